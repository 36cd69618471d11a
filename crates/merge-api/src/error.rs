//! Every failure as a precise HTTP status and a JSON body `{code, message, details}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use merge_core::{InviteError, PlanError, RoleError};
use serde_json::{json, Value};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("sign in first")]
    SignedOut,
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{message}")]
    Conflict {
        code: &'static str,
        message: String,
        details: Value,
    },
    #[error("{message}")]
    Unprocessable {
        code: &'static str,
        message: String,
        details: Value,
    },
    #[error("{0}")]
    BadRequest(String),
    #[error("send the request as JSON (Content-Type: application/json)")]
    UnsupportedMediaType,
    #[error("the request body is larger than 64 KiB")]
    PayloadTooLarge,
    #[error("the server failed: {0}")]
    Internal(String),
}

impl ApiError {
    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::Conflict {
            code,
            message: message.into(),
            details: Value::Null,
        }
    }

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            Self::SignedOut => (StatusCode::UNAUTHORIZED, "signed_out"),
            Self::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            Self::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            Self::Conflict { code, .. } => (StatusCode::CONFLICT, code),
            Self::Unprocessable { code, .. } => (StatusCode::UNPROCESSABLE_ENTITY, code),
            Self::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            Self::UnsupportedMediaType => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "json_required"),
            Self::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "body_too_large"),
            Self::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        if status == StatusCode::INTERNAL_SERVER_ERROR {
            tracing::error!(error = %self, "request failed");
        }
        let details = match &self {
            Self::Conflict { details, .. } | Self::Unprocessable { details, .. } => details.clone(),
            _ => Value::Null,
        };
        let body = json!({ "code": code, "message": self.to_string(), "details": details });
        (status, Json(body)).into_response()
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Internal(format!("database: {error}"))
    }
}

/// W1: an invitation's MPN ID that names no account that can be invited.
impl From<InviteError> for ApiError {
    fn from(error: InviteError) -> Self {
        let details = serde_json::to_value(&error).unwrap_or(Value::Null);
        let code = match &error {
            InviteError::MalformedMpnId { .. } => "malformed_mpn_id",
            InviteError::SelfMerge { .. } => "self_merge",
            InviteError::LocationId { .. } => "location_id",
            InviteError::MergedAway { .. } => "merged_away",
            InviteError::UnknownAccount { .. } => "unknown_account",
        };
        Self::Unprocessable {
            code,
            message: error.to_string(),
            details,
        }
    }
}

/// Stored accounts that cannot merge (they changed since the invitation).
impl From<PlanError> for ApiError {
    fn from(error: PlanError) -> Self {
        let details = serde_json::to_value(&error).unwrap_or(Value::Null);
        Self::Conflict {
            code: "cannot_merge",
            message: error.to_string(),
            details,
        }
    }
}

/// R16 and role validation.
impl From<RoleError> for ApiError {
    fn from(error: RoleError) -> Self {
        let details = serde_json::to_value(&error).unwrap_or(Value::Null);
        match error {
            RoleError::NotAnAdmin { .. } | RoleError::OtherTenant { .. } => {
                Self::Forbidden(error.to_string())
            }
            RoleError::UnknownUser { .. } => Self::NotFound(error.to_string()),
            RoleError::InvalidRoles { .. } => Self::Unprocessable {
                code: "invalid_roles",
                message: error.to_string(),
                details,
            },
        }
    }
}
