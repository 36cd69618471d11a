//! What signed-in users read and set of their own: who they are in their account, the account
//! as stored (its confidential parts only for those who act for it), and the language their
//! emails are written in.

use merge_api_types::{AccountRef, Me, StoredAccount};
use merge_core::Lang;

use crate::auth::Caller;
use crate::db::{load_account, merged_into, Conn};
use crate::error::ApiError;

/// The caller, their account and their roles in it.
pub async fn me(conn: &mut Conn, caller: &Caller) -> Result<Me, ApiError> {
    let user = caller.signed_in(conn).await?;
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
}

/// The caller's own account `mpn` as stored; without its bank and tax profile and CSP accounts
/// unless the caller acts for it (A2, A3). Another company's account is refused.
pub async fn stored(
    conn: &mut Conn,
    caller: &Caller,
    mpn: &str,
) -> Result<StoredAccount, ApiError> {
    let user = caller.signed_in(conn).await?;
    if mpn != user.account {
        return Err(ApiError::forbidden("you can see only your own account"));
    }
    let (mut snapshot, version) = load_account(conn, mpn)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no account {mpn}")))?;
    // Bank, tax and CSP details are for those who act for the account.
    let absorbed = merged_into(conn, mpn).await?;
    if !merge_core::acts_for(&snapshot, user.not_acting(&absorbed), &user.email) {
        snapshot.bank_tax_profile = None;
        for tenant in &mut snapshot.tenants {
            tenant.csp_accounts.clear();
        }
    }
    Ok(StoredAccount { version, snapshot })
}

/// Sets the language the caller reads their emails in.
pub async fn set_language(conn: &mut Conn, caller: &Caller, lang: Lang) -> Result<(), ApiError> {
    let user = caller.signed_in(conn).await?;
    crate::outbox::set_language(conn, &user.email, lang).await
}
