//! Who is signed in: sessions through tower-sessions (stored in the database, idle and
//! absolute expiry, a new id at sign-in), and what the signed-in user may act for.

use std::time::Duration;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use merge_api_types::{ErrorCode, StoredAccount};
use merge_core::AccountSnapshot;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::db::{load_account, merged_into, Conn};
use crate::error::ApiError;
use crate::AppState;

/// The session cookie's name.
pub const COOKIE: &str = "pm_session";

/// Who sent the request, by their session: an email. Which account they act for is read by
/// [`Caller::now`] inside the work's own transaction, where it cannot change under it.
#[derive(Debug, Clone)]
pub struct Caller {
    pub email: String,
}

impl Caller {
    /// The user as the database says now, inside the caller's transaction: a merge may have
    /// moved them to another account since the request was sent.
    pub async fn now(&self, conn: &mut Conn) -> Result<SignedIn, ApiError> {
        let account = account_of(&mut *conn, &self.email)
            .await?
            .ok_or_else(ApiError::signed_out)?;
        Ok(SignedIn {
            email: self.email.clone(),
            account,
        })
    }
}

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

    /// The user's account as stored, if they act for it (W1-W3, A2): an account admin signing
    /// in through one of its own tenants, not one it absorbed in a merge.
    pub async fn require_admin(&self, conn: &mut Conn) -> Result<StoredAccount, ApiError> {
        let (account, version) = load_account(conn, &self.account)
            .await?
            .ok_or_else(|| ApiError::internal(format!("account {} is missing", self.account)))?;
        let absorbed = merged_into(conn, &self.account).await?;
        if merge_core::acts_for(&account, &absorbed, &self.email) {
            return Ok(StoredAccount {
                version,
                snapshot: account,
            });
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

/// Who a session belongs to, as tower-sessions keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct SessionUser {
    email: String,
    /// Made by demo sign-in, which only a server in demo mode accepts.
    demo: bool,
    /// Unix milliseconds; the session ends `SessionLimits::absolute` after it, active or not.
    signed_in_at_ms: i64,
}

const USER: &str = "user";

/// How long sessions last.
#[derive(Debug, Clone, Copy)]
pub struct SessionLimits {
    /// Ends after this long without a request.
    pub idle: Duration,
    /// Ends this long after sign-in, whatever happens.
    pub absolute: Duration,
}

impl Default for SessionLimits {
    fn default() -> Self {
        Self {
            idle: Duration::from_secs(30 * 60),
            absolute: Duration::from_secs(12 * 60 * 60),
        }
    }
}

/// Signs `email` in on this session, under a new session id (so an id planted before sign-in
/// is worth nothing). `demo`: by email alone, in demo mode.
pub async fn start_session(session: &Session, email: &str, demo: bool) -> Result<(), ApiError> {
    session.cycle_id().await?;
    let user = SessionUser {
        email: email.to_ascii_lowercase(),
        demo,
        signed_in_at_ms: chrono::Utc::now().timestamp_millis(),
    };
    Ok(session.insert(USER, user).await?)
}

/// Ends the session on the server; the response removes its cookie.
pub async fn end_session(session: &Session) -> Result<(), ApiError> {
    Ok(session.flush().await?)
}

/// The user's current account, by the users table (emails in lower case).
pub async fn account_of(
    conn: impl sqlx::Executor<'_, Database = sqlx::Any>,
    email: &str,
) -> Result<Option<String>, ApiError> {
    Ok(
        sqlx::query_scalar("SELECT account FROM users WHERE email = $1")
            .bind(email.to_ascii_lowercase())
            .fetch_optional(conn)
            .await?,
    )
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|(_, e)| ApiError::internal(e))?;
        let user: SessionUser = session.get(USER).await?.ok_or_else(ApiError::signed_out)?;
        if user.demo && !state.demo {
            end_session(&session).await?;
            return Err(ApiError::new(
                ErrorCode::SignedOut,
                "this session was made by demo sign-in, which this server does not accept; sign in",
            ));
        }
        let age = chrono::Utc::now().timestamp_millis() - user.signed_in_at_ms;
        if age < 0 || age as u128 >= state.sessions.absolute.as_millis() {
            end_session(&session).await?;
            return Err(ApiError::new(
                ErrorCode::SignedOut,
                format!(
                    "sessions end {} hours after sign-in; sign in again",
                    state.sessions.absolute.as_secs() / 3600
                ),
            ));
        }
        Ok(Caller { email: user.email })
    }
}
