//! Accounts as stored, and their users' roles (R16).

use axum::extract::{Path, State};
use axum::Json;
use merge_api_types::{ErrorBody, SetRoles, StoredAccount};

use super::extract::Body;
use super::{read, write};
use crate::auth::Caller;
use crate::db::load_account;
use crate::error::ApiError;
use crate::merges;
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
        Box::pin(async move {
            let user = user.now(conn).await?;
            if *mpn != user.account {
                return Err(ApiError::forbidden("you can see only your own account"));
            }
            let (mut snapshot, version) = load_account(conn, mpn)
                .await?
                .ok_or_else(|| ApiError::not_found(format!("no account {mpn}")))?;
            // Bank, tax and CSP details are for those who act for the account.
            let absorbed = crate::db::merged_into(conn, mpn).await?;
            if !merge_core::acts_for(&snapshot, user.not_acting(&absorbed), &user.email) {
                snapshot.bank_tax_profile = None;
                for tenant in &mut snapshot.tenants {
                    tenant.csp_accounts.clear();
                }
            }
            Ok(StoredAccount { version, snapshot })
        })
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
