//! Demo sign-in and sessions: a random token in an HttpOnly, SameSite=Strict cookie, stored
//! only as its SHA-256.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use merge_core::AccountSnapshot;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::db::{load_account, merged_into};
use crate::error::ApiError;
use crate::AppState;

pub const COOKIE: &str = "pm_session";

/// The signed-in user and the account they belong to.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub email: String,
    pub account: String,
}

impl SignedIn {
    /// Whether the user is an account admin of their account, by its stored roles.
    pub fn is_admin(&self, account: &AccountSnapshot) -> bool {
        account
            .users
            .iter()
            .any(|u| u.email.eq_ignore_ascii_case(&self.email) && u.is_account_admin())
    }

    /// The user as the database says now, inside the caller's transaction: a merge may have
    /// moved them to another account since the request was read.
    pub fn now(&self, conn: &Connection) -> Result<SignedIn, ApiError> {
        let account: Option<String> = conn
            .prepare_cached("SELECT account FROM users WHERE email = ?1")?
            .query_row([&self.email], |r| r.get(0))
            .optional()?;
        let account = account.ok_or_else(ApiError::signed_out)?;
        Ok(SignedIn {
            email: self.email.clone(),
            account,
        })
    }

    /// The user's account, if they act for it (W1-W3, A2): an account admin signing in through
    /// one of its own tenants, not one it absorbed in a merge.
    pub fn require_admin(&self, conn: &Connection) -> Result<AccountSnapshot, ApiError> {
        let (account, _) = load_account(conn, &self.account)?
            .ok_or_else(|| ApiError::internal(format!("account {} is missing", self.account)))?;
        let absorbed = merged_into(conn, &self.account)?;
        if merge_core::acts_for(&account, &absorbed, &self.email) {
            return Ok(account);
        }
        let domain = self.email.rsplit_once('@').map_or("", |(_, d)| d);
        Err(ApiError::forbidden(
            match absorbed.iter().find(|a| a.has_tenant(domain)) {
                Some(from) => format!(
                    "{} signs in through {domain}, which came into {} from {}: account admins of \
                 {}'s own tenants act for the merged account; you manage {domain}'s users",
                    self.email, account.company, from.company, account.company
                ),
                None => format!(
                    "{} is not an account admin of {}; ask one of its account admins",
                    self.email, account.company
                ),
            },
        ))
    }
}

fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Starts a session for a known user; returns it and its cookie. `demo`: made by demo sign-in,
/// which only a server in demo mode accepts.
pub fn sign_in(
    conn: &Connection,
    email: &str,
    demo: bool,
) -> Result<(SignedIn, Cookie<'static>), ApiError> {
    let account: Option<String> = conn
        .prepare_cached("SELECT account FROM users WHERE email = ?1")?
        .query_row([email], |r| r.get(0))
        .optional()?;
    let account = account.ok_or_else(ApiError::signed_out)?;
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| ApiError::internal(format!("randomness: {e}")))?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    conn.prepare_cached(
        "INSERT INTO sessions (token_sha256, email, created_at, demo) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        digest(&token),
        email,
        chrono::Utc::now().to_rfc3339(),
        demo
    ])?;
    let cookie = Cookie::build((COOKIE, token))
        .http_only(true)
        .same_site(SameSite::Strict)
        .path("/")
        .build();
    let user = SignedIn {
        email: email.to_ascii_lowercase(),
        account,
    };
    Ok((user, cookie))
}

/// Ends the session of `jar`'s cookie, if any; returns the jar with the cookie removed.
pub fn sign_out(conn: &Connection, jar: CookieJar) -> Result<CookieJar, ApiError> {
    if let Some(cookie) = jar.get(COOKIE) {
        conn.prepare_cached("DELETE FROM sessions WHERE token_sha256 = ?1")?
            .execute([digest(cookie.value())])?;
    }
    Ok(jar.remove(Cookie::build(COOKIE).path("/")))
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let jar = CookieJar::from_headers(&parts.headers);
        let token = jar
            .get(COOKIE)
            .map(|c| c.value().to_string())
            .ok_or_else(ApiError::signed_out)?;
        let demo = state.demo;
        state
            .db
            .run(move |conn| {
                let row: Option<(String, String)> = conn
                    .prepare_cached(
                        "SELECT users.email, users.account FROM sessions
                         JOIN users ON users.email = sessions.email
                         WHERE sessions.token_sha256 = ?1 AND (sessions.demo = 0 OR ?2)",
                    )?
                    .query_row(params![digest(&token), demo], |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })
                    .optional()?;
                let (email, account) = row.ok_or_else(ApiError::signed_out)?;
                Ok(SignedIn { email, account })
            })
            .await
    }
}
