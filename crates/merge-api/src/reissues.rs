//! R17 on the database: an account admin of the PGA's own tenant previews, then confirms by
//! fingerprint, re-issuing an absorbed tenant's users as users of their own tenant. Applied in
//! one transaction: the account's snapshot, the users who sign in, the applied plan and a history
//! entry for both companies of the merge that brought the tenant in (W5).

use merge_api_types::{ErrorCode, ErrorDetails, HistoryEventKind, ReissuePreview};
use merge_core::{plan_reissue, AdminReading, ReissueConflict, ReissuePlan, ReissueRequest};

use crate::auth::{Caller, SignedIn};
use crate::db::{lock_accounts, merged_into, reissues, requests, save_account, still_locked, Conn};
use crate::error::ApiError;
use crate::merges::record_event;

/// The plan of `request` in the user's account, and the completed merge it follows.
async fn planned(
    conn: &mut Conn,
    user: &SignedIn,
    request: &ReissueRequest,
) -> Result<ReissuePreview, ApiError> {
    // A2: only an account admin signing in through one of the account's own tenants, whatever
    // the deployment's reading (A3): re-issuing makes users of the PGA's own tenant, whose
    // users only its own admins manage (R16).
    let own_tenant = SignedIn {
        reading: AdminReading::OwnTenants,
        ..user.clone()
    };
    let stored = own_tenant.require_admin(conn).await?;
    let absorbed = merged_into(conn, &user.account).await?;
    let from = request.from_tenant.trim();
    let to = request.to_tenant.trim();
    let Some(source) = absorbed.iter().find(|a| a.has_tenant(from)) else {
        let message = match stored.snapshot.has_tenant(from) {
            true => format!(
                "{from} did not come into {} by a merge; only an absorbed tenant's users are \
                 re-issued (R17)",
                stored.snapshot.company
            ),
            false => format!(
                "{from} is not a tenant of {}; pick a tenant it absorbed in a merge",
                stored.snapshot.company
            ),
        };
        return Err(ApiError::new(ErrorCode::InvalidReissue, message));
    };
    if absorbed.iter().any(|a| a.has_tenant(to)) {
        let message = format!(
            "{to} came into {} by a merge too; users are re-issued into the PGA's own tenant",
            stored.snapshot.company
        );
        return Err(ApiError::new(ErrorCode::InvalidReissue, message));
    }
    let plan = plan_reissue(&stored.snapshot, request)?;
    let merge = requests::completed_merge(conn, &user.account, source.global_mpn_id.as_str());
    let merge = merge.await?.ok_or_else(|| {
        ApiError::internal(format!(
            "no completed merge brought {} into the account",
            source.company
        ))
    })?;
    Ok(ReissuePreview { merge, plan })
}

/// R17: the plan of a re-issue, for the PGA's account admins; nothing is written (a read, with
/// no lock: a flood of previews does not hold up the writers).
pub async fn preview(
    conn: &mut Conn,
    caller: &Caller,
    request: &ReissueRequest,
) -> Result<ReissuePreview, ApiError> {
    let user = caller.signed_in(conn).await?;
    planned(conn, &user, request).await
}

/// R17: applies the re-issue if, and only if, its plan now has the fingerprint the admin
/// confirmed: the moved users sign in under their new emails only (their old sessions end with
/// their old emails), with the roles the plan gives them.
pub async fn confirm(
    conn: &mut Conn,
    caller: &Caller,
    request: &ReissueRequest,
    fingerprint: &str,
) -> Result<ReissuePreview, ApiError> {
    let account = caller.signed_in(conn).await?.account;
    lock_accounts(conn, &account, None).await?;
    let user = caller.signed_in(conn).await?;
    still_locked(&account, &user.account)?;
    let preview = planned(conn, &user, request).await?;
    // It cannot be undone: a recent sign-in, checked once the caller may re-issue at all.
    caller.require_recent_sign_in()?;
    let plan = &preview.plan;
    if plan.fingerprint.as_str() != fingerprint {
        let message = "the account changed since that preview (its users, roles or tenants); \
                       review the new preview and confirm again";
        return Err(ApiError::new(ErrorCode::StalePreview, message).with(
            ErrorDetails::StalePreview {
                fingerprint: plan.fingerprint.clone(),
                differences: Vec::new(),
            },
        ));
    }
    refuse_emails_of_other_accounts(conn, plan).await?;
    save_account(conn, &plan.result).await?;
    // A new address in another tenant is another directory user: bound at their next sign-in.
    for moved in &plan.moved {
        reissues::rename_user(conn, &moved.from, &moved.to).await?;
    }
    reissues::insert_reissue(conn, preview.merge.id, plan, &user.email).await?;
    record_event(
        conn,
        &preview.merge,
        HistoryEventKind::Reissued,
        &user.email,
        Some(plan.fingerprint.as_str()),
        &[],
    )
    .await?;
    Ok(preview)
}

/// The engine checks the new emails against the account; an email signs in to one account
/// only, so one that another account uses is refused the same way.
async fn refuse_emails_of_other_accounts(
    conn: &mut Conn,
    plan: &ReissuePlan,
) -> Result<(), ApiError> {
    let mut conflicts = Vec::new();
    for moved in &plan.moved {
        if reissues::email_taken(conn, &moved.to).await? {
            conflicts.push(ReissueConflict::EmailTaken {
                email: moved.from.clone(),
                new_email: moved.to.clone(),
            });
        }
    }
    if conflicts.is_empty() {
        return Ok(());
    }
    Err(merge_core::ReissueError::Conflicts { conflicts }.into())
}
