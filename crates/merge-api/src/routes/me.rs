//! The signed-in user: who they are, and the language of their emails.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use merge_api_types::{AccountRef, ErrorBody, Me, SetLanguage};

use super::extract::Body;
use super::read;
use crate::auth::Caller;
use crate::db::load_account;
use crate::error::ApiError;
use crate::AppState;

/// The signed-in user, their account and roles.
#[utoipa::path(get, path = "/me", tag = "accounts", security(("session" = [])), responses(
    (status = 200, body = Me),
    (status = 401, body = ErrorBody),
))]
pub(super) async fn me(State(state): State<AppState>, user: Caller) -> Result<Json<Me>, ApiError> {
    read(&state, user, |conn, user| {
        Box::pin(async move {
            let user = user.now(conn).await?;
            let (account, _) = load_account(conn, &user.account)
                .await?
                .ok_or_else(|| ApiError::internal("the user's account is missing"))?;
            let roles = account
                .users
                .iter()
                .find(|u| u.email.eq_ignore_ascii_case(&user.email))
                .map(|u| u.roles.clone())
                .unwrap_or_default();
            Ok(Me {
                is_account_admin: user.is_admin(&account),
                email: user.email,
                account: AccountRef {
                    mpn_id: account.global_mpn_id,
                    company: account.company,
                },
                roles,
            })
        })
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
            Box::pin(async move {
                let user = user.now(conn).await?;
                crate::outbox::set_language(conn, &user.email, *lang).await
            })
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
