//! Demo sign-in and sessions: a random token in an HttpOnly, SameSite=Strict cookie, stored
//! only as its SHA-256.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use merge_core::AccountSnapshot;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::db::load_account;
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
    /// Whether the user is an account admin of their account, by its stored roles (W1, W2).
    pub fn is_admin(&self, account: &AccountSnapshot) -> bool {
        account
            .users
            .iter()
            .any(|u| u.email.eq_ignore_ascii_case(&self.email) && u.is_account_admin())
    }

    pub fn require_admin(&self, conn: &Connection) -> Result<AccountSnapshot, ApiError> {
        let (account, _) = load_account(conn, &self.account)?
            .ok_or_else(|| ApiError::Internal(format!("account {} is missing", self.account)))?;
        if self.is_admin(&account) {
            Ok(account)
        } else {
            Err(ApiError::Forbidden(format!(
                "{} is not an account admin of {}; ask one of its account admins",
                self.email, account.company
            )))
        }
    }
}

fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Starts a session for a known user; returns the cookie to set.
pub fn sign_in(conn: &Connection, email: &str) -> Result<(SignedIn, String), ApiError> {
    let account: Option<String> = conn
        .query_row("SELECT account FROM users WHERE email = ?1", [email], |r| {
            r.get(0)
        })
        .optional()?;
    let account = account.ok_or(ApiError::SignedOut)?;
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| ApiError::Internal(format!("randomness: {e}")))?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    conn.execute(
        "INSERT INTO sessions (token_sha256, email, created_at) VALUES (?1, ?2, ?3)",
        params![digest(&token), email, chrono::Utc::now().to_rfc3339()],
    )?;
    let cookie = format!("{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/");
    Ok((
        SignedIn {
            email: email.to_ascii_lowercase(),
            account,
        },
        cookie,
    ))
}

pub fn sign_out(conn: &Connection, token: &str) -> Result<(), ApiError> {
    conn.execute(
        "DELETE FROM sessions WHERE token_sha256 = ?1",
        [digest(token)],
    )?;
    Ok(())
}

pub fn session_token(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = session_token(parts).ok_or(ApiError::SignedOut)?;
        state
            .db
            .run(move |conn| {
                let row: Option<(String, String)> = conn
                    .query_row(
                        "SELECT users.email, users.account FROM sessions
                         JOIN users ON users.email = sessions.email
                         WHERE sessions.token_sha256 = ?1",
                        [digest(&token)],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                let (email, account) = row.ok_or(ApiError::SignedOut)?;
                Ok(SignedIn { email, account })
            })
            .await
    }
}
