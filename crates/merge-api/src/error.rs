//! Every failure as a precise HTTP status and one JSON body, `merge_api_types::ErrorBody`:
//! `{code, message, details?}`, the code from one enum.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use merge_api_types::{ErrorBody, ErrorCode, ErrorDetails, RequestState};
use merge_core::{InviteError, PlanError, ReissueError, RoleError};

use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub details: Option<ErrorDetails>,
    /// Seconds until the request may be made again (`Retry-After`).
    pub retry_after: Option<u64>,
    /// merge-core's refusal behind `cannot_merge`, to say it in the reader's language.
    plan_refusal: Option<Box<PlanError>>,
    /// The step met a concurrent one that changed what it had read (a deadlock or
    /// serialization failure the database reported, or accounts to lock that changed before
    /// the locks were held): it is run again (`Db::write`), and answered 503 only if that keeps
    /// happening.
    concurrent_change: bool,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            details: None,
            retry_after: None,
            plan_refusal: None,
            concurrent_change: false,
        }
    }

    pub fn concurrent_change() -> Self {
        let mut error = Self::new(
            ErrorCode::Busy,
            "other changes to the same accounts kept colliding with this one; try again",
        )
        .retry_after(1);
        error.concurrent_change = true;
        error
    }

    pub fn is_concurrent_change(&self) -> bool {
        self.concurrent_change
    }

    pub fn retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self.details = Some(ErrorDetails::RetryAfter { seconds });
        self
    }

    pub fn with(mut self, details: ErrorDetails) -> Self {
        self.details = Some(details);
        self
    }

    pub fn signed_out() -> Self {
        Self::new(ErrorCode::SignedOut, "sign in first")
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Forbidden, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::NotFound, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Internal, message)
    }

    /// A request in a state that does not allow `action`.
    pub fn wrong_state(id: i64, state: RequestState, action: &str) -> Self {
        let code = match state {
            RequestState::Completed => ErrorCode::AlreadyCompleted,
            _ => ErrorCode::WrongState,
        };
        Self::new(
            code,
            format!("merge request {id} is {state}; it cannot be {action}"),
        )
        .with(ErrorDetails::State { state })
    }
}

/// The HTTP status of each code.
pub fn status(code: ErrorCode) -> StatusCode {
    use ErrorCode::*;
    match code {
        BadRequest => StatusCode::BAD_REQUEST,
        SignedOut | ReauthenticationRequired => StatusCode::UNAUTHORIZED,
        Forbidden => StatusCode::FORBIDDEN,
        NotFound => StatusCode::NOT_FOUND,
        WrongState | AlreadyCompleted | OpenMergeExists | InviteeUnavailable | StalePreview
        | CannotMerge | LastAdmin | ReissueConflicts => StatusCode::CONFLICT,
        BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        TooManyInvitations | TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
        JsonRequired => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        InvalidBody
        | ReasonTooLong
        | InvalidText
        | MalformedMpnId
        | SelfMerge
        | LocationId
        | MergedAway
        | UnknownAccount
        | InvalidRoles
        | InvalidReissue
        | RightsNotAcknowledged => StatusCode::UNPROCESSABLE_ENTITY,
        RequestTimeout => StatusCode::REQUEST_TIMEOUT,
        ProviderUnavailable => StatusCode::BAD_GATEWAY,
        Busy => StatusCode::SERVICE_UNAVAILABLE,
        Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

tokio::task_local! {
    /// The id of the request being answered (`x-request-id`), set around each request.
    pub static REQUEST_ID: String;
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = status(self.code);
        let message = match status == StatusCode::INTERNAL_SERVER_ERROR {
            // What failed (a database's words, a path) is the operator's, in the log under the
            // request's id; the client gets the id to quote.
            true => {
                tracing::error!(error = %self.message, "request failed");
                let id = REQUEST_ID
                    .try_with(Clone::clone)
                    .unwrap_or_else(|_| "unknown".into());
                format!(
                    "something went wrong on the server; try again, and if it happens again give \
                     the operator this request id: {id}"
                )
            }
            false => self.message,
        };
        // For `refusal::in_reader_language`, which says it again in the reader's language (a
        // server failure's message, with its request id, stays as it is).
        let said = Refusal {
            code: self.code,
            details: self.details.clone(),
            plan_refusal: self.plan_refusal,
            message: message.clone(),
        };
        let body = ErrorBody {
            code: self.code,
            message,
            details: self.details,
        };
        let mut response = (status, Json(body)).into_response();
        response.extensions_mut().insert(said);
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// What an error response refused, kept with the response for
/// [`crate::refusal::in_reader_language`].
#[derive(Debug, Clone)]
pub struct Refusal {
    pub code: ErrorCode,
    pub details: Option<ErrorDetails>,
    pub plan_refusal: Option<Box<PlanError>>,
    pub message: String,
}

/// What the database's failures mean for the client, in one place.
impl From<DbError> for ApiError {
    fn from(error: DbError) -> Self {
        match error {
            DbError::ConcurrentChange => ApiError::concurrent_change(),
            DbError::Busy(_) => ApiError::new(
                ErrorCode::Busy,
                "the database is busy; try again in a moment",
            )
            .retry_after(1),
            // The detail is the operator's: the client is told only that something failed.
            other => ApiError::internal(other.to_string()),
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> Self {
        DbError::from(error).into()
    }
}

impl From<sqlx::migrate::MigrateError> for ApiError {
    fn from(error: sqlx::migrate::MigrateError) -> Self {
        DbError::from(error).into()
    }
}

impl From<tower_sessions::session::Error> for ApiError {
    fn from(error: tower_sessions::session::Error) -> Self {
        Self::internal(format!("session store: {error}"))
    }
}

/// W1: an invitation's MPN ID that names no account that can be invited.
impl From<InviteError> for ApiError {
    fn from(error: InviteError) -> Self {
        let message = error.to_string();
        match error {
            InviteError::MalformedMpnId { .. } => Self::new(ErrorCode::MalformedMpnId, message),
            InviteError::SelfMerge { .. } => Self::new(ErrorCode::SelfMerge, message),
            InviteError::LocationId {
                company,
                global_mpn_id,
                ..
            } => Self::new(ErrorCode::LocationId, message).with(ErrorDetails::LocationOf {
                company,
                global_mpn_id,
            }),
            InviteError::MergedAway { .. } => Self::new(ErrorCode::MergedAway, message),
            InviteError::UnknownAccount { .. } => Self::new(ErrorCode::UnknownAccount, message),
        }
    }
}

/// Stored accounts that cannot merge (they changed since the invitation).
impl From<PlanError> for ApiError {
    fn from(error: PlanError) -> Self {
        let mut refused = Self::new(ErrorCode::CannotMerge, error.to_string());
        refused.plan_refusal = Some(Box::new(error));
        refused
    }
}

/// R16 and role validation.
impl From<RoleError> for ApiError {
    fn from(error: RoleError) -> Self {
        let message = error.to_string();
        match error {
            RoleError::NotAnAdmin { .. } | RoleError::OtherTenant { .. } => {
                Self::forbidden(message)
            }
            RoleError::UnknownUser { .. } => Self::not_found(message),
            RoleError::LastAdmin { .. } => Self::new(ErrorCode::LastAdmin, message),
            RoleError::InvalidRoles { problems } => Self::new(ErrorCode::InvalidRoles, message)
                .with(ErrorDetails::Problems { problems }),
        }
    }
}

/// R17: a re-issue the engine refuses.
impl From<ReissueError> for ApiError {
    fn from(error: ReissueError) -> Self {
        let message = error.to_string();
        match error {
            ReissueError::Conflicts { conflicts } => {
                Self::new(ErrorCode::ReissueConflicts, message)
                    .with(ErrorDetails::ReissueConflicts { conflicts })
            }
            ReissueError::InvalidRoles { problems } => Self::new(ErrorCode::InvalidRoles, message)
                .with(ErrorDetails::Problems { problems }),
            ReissueError::UnknownTenant { .. }
            | ReissueError::SameTenant { .. }
            | ReissueError::NoUsers { .. }
            | ReissueError::TooManyUsers { .. }
            | ReissueError::MalformedEmail { .. } => Self::new(ErrorCode::InvalidReissue, message),
        }
    }
}
