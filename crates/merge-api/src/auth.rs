//! Who is signed in: sessions through tower-sessions (stored in the database, idle and
//! absolute expiry, a new id at sign-in), bound to the directory user the provider vouched for,
//! how recent the sign-in is, and what the signed-in user may act for.

use std::time::Duration;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use merge_api_types::{ErrorCode, StoredAccount};
use merge_core::{AccountSnapshot, AdminReading};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::db::{load_account, merged_into, users, Conn, DbError};
use crate::error::ApiError;
use crate::AppState;

/// The session cookie's name over plain HTTP.
pub const COOKIE: &str = "pm_session";

/// Its name when the cookie is `Secure` (https): a `__Host-` cookie is `Secure`, for `/`, and
/// has no `Domain`, so a neighbouring site or an http page cannot set or shadow it.
pub const SECURE_COOKIE: &str = "__Host-pm_session";

/// Who sent the request, by their session: an email, and the directory user who signed in as
/// it. Which account they act for is read by [`Caller::signed_in`] inside the work's own
/// transaction, where it cannot change under it.
#[derive(Debug, Clone)]
pub struct Caller {
    pub email: String,
    /// The directory user's subject key (`users.subject`); none for demo sign-in.
    subject: Option<String>,
    recency: Recency,
    /// The deployment's reading of admin rights (A3): who acts for a merged account.
    pub reading: AdminReading,
}

/// How recent the caller's sign-in is, for the steps that cannot be undone.
#[derive(Debug, Clone, Copy)]
enum Recency {
    /// Demo mode asks for no fresh sign-in.
    Exempt,
    Recent,
    /// Older than `max_age` seconds, or of an age the provider did not say.
    TooOld {
        max_age: u64,
        minutes: Option<i64>,
    },
}

impl Caller {
    /// The user as the database says now, inside the caller's transaction: a merge may have
    /// moved them to another account since the request was sent, and an operator may have
    /// unbound their directory user (or a re-issue given them a new email), which ends the
    /// session.
    pub async fn signed_in(&self, conn: &mut Conn) -> Result<SignedIn, ApiError> {
        let users::UserRow { account, subject } = users::user(conn, &self.email)
            .await?
            .ok_or_else(ApiError::signed_out)?;
        if self.subject.is_some() && subject != self.subject {
            return Err(ApiError::new(
                ErrorCode::SignedOut,
                format!(
                    "{} is no longer bound to the directory user who signed in; sign in again",
                    self.email
                ),
            ));
        }
        Ok(SignedIn {
            email: self.email.clone(),
            account,
            reading: self.reading,
        })
    }

    /// Steps that cannot be undone (confirming a merge or a re-issue) need a sign-in at most
    /// the server's `fresh_sign_in` old (OIDC `auth_time`), as GitHub's sudo mode does: an
    /// unattended session or a stolen cookie cannot take them.
    pub fn require_recent_sign_in(&self) -> Result<(), ApiError> {
        let Recency::TooOld { max_age, minutes } = self.recency else {
            return Ok(());
        };
        let when = match minutes {
            Some(minutes) => format!("you signed in {minutes} minutes ago"),
            None => "your identity provider did not say when you signed in".to_string(),
        };
        Err(ApiError::new(
            ErrorCode::ReauthenticationRequired,
            format!(
                "this cannot be undone, so it needs a sign-in within the last {} minutes and {when}: \
                 sign in again through your identity provider, then confirm",
                max_age.div_ceil(60)
            ),
        )
        .with(merge_api_types::ErrorDetails::Reauthenticate { max_age }))
    }
}

/// The signed-in user and the account they belong to.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub email: String,
    pub account: String,
    pub reading: AdminReading,
}

impl SignedIn {
    /// Whether the user is an account admin of their account, by its stored roles.
    pub fn is_admin(&self, account: &AccountSnapshot) -> bool {
        account
            .users
            .iter()
            .any(|u| u.email.eq_ignore_ascii_case(&self.email) && u.is_account_admin())
    }

    /// The user's account as stored, if they act for it (W1-W3): an account admin signing in
    /// through one of its own tenants, not one it absorbed in a merge (A2), or through any of
    /// its tenants where the deployment reads admin rights as Microsoft does (A3).
    pub async fn require_admin(&self, conn: &mut Conn) -> Result<StoredAccount, ApiError> {
        let (account, version) = load_account(conn, &self.account)
            .await?
            .ok_or_else(|| ApiError::internal(format!("account {} is missing", self.account)))?;
        let absorbed = merged_into(conn, &self.account).await?;
        if merge_core::acts_for(&account, self.not_acting(&absorbed), &self.email) {
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

impl SignedIn {
    /// Of the accounts merged into the user's, those whose tenants' admins do not act for it
    /// under the deployment's reading (A3): all of them under A2, none under Microsoft's.
    pub fn not_acting<'a>(&self, absorbed: &'a [AccountSnapshot]) -> &'a [AccountSnapshot] {
        match self.reading {
            AdminReading::OwnTenants => absorbed,
            AdminReading::BothTenants => &[],
        }
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
    /// When the identity provider last authenticated the user (`auth_time`), Unix seconds.
    #[serde(default)]
    authenticated_at: Option<i64>,
    /// The directory user bound to `email` (`users.subject`) when they signed in.
    #[serde(default)]
    subject: Option<String>,
}

/// How a session was signed in.
pub enum SignedInBy {
    /// Demo sign-in, by email alone.
    Demo,
    /// The tenant's identity provider vouched for this directory user (`Subject::key`), who
    /// authenticated there at this time (Unix seconds), if it said.
    Provider {
        subject: String,
        authenticated_at: Option<i64>,
    },
}

const USER: &str = "user";

/// How long sessions last.
#[derive(Debug, Clone, Copy)]
pub struct SessionLimits {
    /// Ends after this long without a request.
    pub idle: Duration,
    /// Ends this long after sign-in, whatever happens.
    pub absolute: Duration,
    /// Confirming a merge or a re-issue needs an authentication at most this old.
    pub fresh_sign_in: Duration,
}

impl Default for SessionLimits {
    fn default() -> Self {
        Self {
            idle: Duration::from_secs(30 * 60),
            absolute: Duration::from_secs(12 * 60 * 60),
            fresh_sign_in: Duration::from_secs(10 * 60),
        }
    }
}

/// Signs `email` in on this session, under a new session id (so an id planted before sign-in
/// is worth nothing).
pub async fn start_session(session: &Session, email: &str, by: SignedInBy) -> Result<(), ApiError> {
    session.cycle_id().await?;
    let (demo, subject, authenticated_at) = match by {
        SignedInBy::Demo => (true, None, None),
        SignedInBy::Provider {
            subject,
            authenticated_at,
        } => (false, Some(subject), authenticated_at),
    };
    let user = SessionUser {
        email: email.to_ascii_lowercase(),
        demo,
        signed_in_at_ms: chrono::Utc::now().timestamp_millis(),
        authenticated_at,
        subject,
    };
    Ok(session.insert(USER, user).await?)
}

/// Ends the session on the server; the response removes its cookie.
pub async fn end_session(session: &Session) -> Result<(), ApiError> {
    Ok(session.flush().await?)
}

/// The account of a user the demo seed made (the only ones demo sign-in accepts).
pub async fn demo_account_of(conn: &mut Conn, email: &str) -> Result<Option<String>, ApiError> {
    Ok(users::demo_account_of(conn, email).await?)
}

/// Binds `email` to the directory user `subject` at their first sign-in, or checks that it is
/// the one bound: a different directory user with the same address is refused (an operator
/// unbinds an address whose person's directory account really changed). One directory user is
/// one user here. `Ok(false)`: no such user.
pub async fn bind_subject(conn: &mut Conn, email: &str, subject: &str) -> Result<bool, ApiError> {
    if let Some(other) = users::email_bound_to(conn, subject, Some(email)).await? {
        return Err(ApiError::forbidden(format!(
            "the directory user who signed in as {email} is bound to {other} here; one person \
             signs in as one user (an operator unbinds an address: partner-merge-api users \
             unbind)"
        )));
    }
    match users::bind_if_unbound(conn, email, subject).await {
        // The same directory user signing in as another email at this very moment
        // (PostgreSQL: the unique index decides between the two).
        Err(DbError::Duplicate(_)) => {
            return Err(ApiError::forbidden(format!(
                "the directory user who signed in as {email} is signing in as another user here \
                 at the same time; one person signs in as one user"
            )))
        }
        bound => bound?,
    }
    let bound = users::user(conn, email).await?.map(|user| user.subject);
    match bound {
        None => Ok(false),
        Some(Some(bound)) if bound == subject => Ok(true),
        Some(_) => Err(ApiError::forbidden(format!(
            "{email} is bound to another directory user than the one who signed in: if the \
             person's directory account really changed, an operator unbinds the address \
             (partner-merge-api users unbind {email}) and they sign in again"
        ))),
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|(_, e)| ApiError::internal(e))?;
        let user: SessionUser = session.get(USER).await?.ok_or_else(ApiError::signed_out)?;
        // A provider's session from before subjects were bound signs in again.
        if !user.demo && user.subject.is_none() {
            end_session(&session).await?;
            return Err(ApiError::new(
                ErrorCode::SignedOut,
                "sign in again: sessions now name the directory user who signed in",
            ));
        }
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
        let recency = match (state.demo, user.authenticated_at) {
            (true, _) => Recency::Exempt,
            (false, at) => {
                let max_age = state.sessions.fresh_sign_in.as_secs();
                let now = chrono::Utc::now().timestamp();
                match at {
                    Some(at) if at <= now + 60 && now - at <= max_age as i64 => Recency::Recent,
                    at => Recency::TooOld {
                        max_age,
                        minutes: at.map(|at| (now - at) / 60),
                    },
                }
            }
        };
        Ok(Caller {
            email: user.email,
            subject: user.subject,
            recency,
            reading: state.admin_reading,
        })
    }
}
