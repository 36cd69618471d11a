//! Accounts as stored, and their users' roles (R16).

use axum::extract::{Path, State};
use axum::Json;
use merge_api_types::{ErrorBody, SetRoles, StoredAccount};

use super::extract::Body;
use super::{read, write};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::merges;
use crate::own_account;
use crate::AppState;

/// The signed-in user's own account, as stored; without its bank and tax profile and CSP
/// accounts unless the user acts for it (an account admin of one of its own tenants, A2: not an
/// admin of a tenant it absorbed).
#[utoipa::path(get, path = "/accounts/{mpn}", operation_id = "account", tag = "accounts", security(("session" = [])),
    params(("mpn" = String, Path, description = "The account's global Partner ID (MPN ID)")),
    responses(
        (status = 200, body = StoredAccount),
        (status = 401, body = ErrorBody),
        (status = 403, description = "Another company's account", body = ErrorBody),
    ))]
pub(super) async fn show_account(
    State(state): State<AppState>,
    user: Caller,
    Path(mpn): Path<String>,
) -> Result<Json<StoredAccount>, ApiError> {
    read(&state, (user, mpn), |conn, (user, mpn)| {
        Box::pin(own_account::stored(conn, user, mpn))
    })
    .await
}

/// R16: replaces a user's roles; only admins of the user's own tenant may.
#[utoipa::path(put, path = "/users/{email}/roles", tag = "accounts", security(("session" = [])),
    params(("email" = String, Path)),
    request_body = SetRoles,
    responses(
        (status = 200, body = merge_core::User),
        (status = 401, body = ErrorBody),
        (status = 403, description = "Not an admin, or another tenant's user (R16)", body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "last_admin: a tenant would have no account admin (A1)", body = ErrorBody),
        (status = 422, description = "invalid_roles, invalid_body", body = ErrorBody),
    ))]
pub(super) async fn set_roles(
    State(state): State<AppState>,
    user: Caller,
    Path(email): Path<String>,
    Body(body): Body<SetRoles>,
) -> Result<Json<merge_core::User>, ApiError> {
    write(
        &state,
        (user, email, body.roles),
        |conn, (user, email, roles)| Box::pin(merges::set_roles(conn, user, email, roles)),
    )
    .await
}
