//! Re-issuing users of an absorbed tenant as users of the account's own tenant (R17).

use axum::extract::State;
use axum::Json;
use merge_api_types::{ConfirmReissue, ErrorBody, ReissuePreview};

use super::extract::Body;
use super::{read, write};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::reissues;
use crate::AppState;

/// R17: the plan of re-issuing users of a tenant the account absorbed as users of its own
/// tenant, for the PGA's account admins; nothing is written.
#[utoipa::path(post, path = "/reissues/preview", tag = "reissues", security(("session" = [])),
    request_body = merge_core::ReissueRequest,
    responses(
        (status = 200, body = ReissuePreview),
        (status = 401, body = ErrorBody),
        (status = 403, description = "Not an account admin of the PGA's own tenants (A2)", body = ErrorBody),
        (status = 409, description = "reissue_conflicts: every user who cannot be moved as asked", body = ErrorBody),
        (status = 422, description = "invalid_reissue: not an absorbed tenant, the same tenant, no users, over 1,000 users, a new email that is not an address; invalid_roles: chosen roles that do not fit; invalid_body", body = ErrorBody),
    ))]
pub(super) async fn preview_reissue(
    State(state): State<AppState>,
    user: Caller,
    Body(body): Body<merge_core::ReissueRequest>,
) -> Result<Json<ReissuePreview>, ApiError> {
    read(&state, (user, body), |conn, (user, body)| {
        Box::pin(reissues::preview(conn, user, body))
    })
    .await
}

/// R17: applies a re-issue if its plan now has the fingerprint that was shown, in one
/// transaction, recorded in both companies' history.
#[utoipa::path(post, path = "/reissues", tag = "reissues", security(("session" = [])),
    request_body = ConfirmReissue,
    responses(
        (status = 200, description = "Applied", body = ReissuePreview),
        (status = 401, description = "signed_out; reauthentication_required: the sign-in is older than the server's fresh_sign_in (details.max_age, seconds): sign in again (POST /sign-in/again) and confirm again", body = ErrorBody),
        (status = 403, description = "Not an account admin of the PGA's own tenants (A2)", body = ErrorBody),
        (status = 409, description = "stale_preview (with the plan's fingerprint now), reissue_conflicts", body = ErrorBody),
        (status = 422, description = "invalid_reissue, invalid_roles, invalid_body", body = ErrorBody),
    ))]
pub(super) async fn confirm_reissue(
    State(state): State<AppState>,
    user: Caller,
    Body(body): Body<ConfirmReissue>,
) -> Result<Json<ReissuePreview>, ApiError> {
    let applied = write(&state, (user, body), |conn, (user, body)| {
        Box::pin(reissues::confirm(
            conn,
            user,
            &body.request,
            body.fingerprint.as_str(),
        ))
    })
    .await?;
    tracing::info!(
        fingerprint = applied.plan.fingerprint.as_str(),
        users = applied.plan.moved.len(),
        "users re-issued"
    );
    Ok(applied)
}
