//! The signed-in user: who they are, and the language of their emails.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use merge_api_types::{ErrorBody, Me, SetLanguage};

use super::extract::Body;
use super::read;
use crate::auth::Caller;
use crate::error::ApiError;
use crate::own_account;
use crate::AppState;

/// The signed-in user, their account and roles.
#[utoipa::path(get, path = "/me", tag = "accounts", security(("session" = [])), responses(
    (status = 200, body = Me),
    (status = 401, body = ErrorBody),
))]
pub(super) async fn me(State(state): State<AppState>, user: Caller) -> Result<Json<Me>, ApiError> {
    read(&state, user, |conn, user| {
        Box::pin(own_account::me(conn, user))
    })
    .await
}

/// The language the signed-in user reads their emails in (the app's language switch sets it):
/// each email is written in its recipient's language.
#[utoipa::path(put, path = "/me/language", tag = "accounts", security(("session" = [])),
    request_body = SetLanguage,
    responses(
        (status = 204, description = "Set"),
        (status = 401, body = ErrorBody),
        (status = 422, description = "invalid_body: not en, nl or de", body = ErrorBody),
    ))]
pub(super) async fn set_language(
    State(state): State<AppState>,
    user: Caller,
    Body(body): Body<SetLanguage>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write((user, body.lang), |conn, (user, lang)| {
            Box::pin(own_account::set_language(conn, user, *lang))
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
