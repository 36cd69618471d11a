//! The merge workflow (W1-W6 in docs/rules.md) on the database. Every writing step runs in one transaction
//! (`Db::write`) and locks the accounts it touches before it reads what it decides on
//! (`lock_accounts`), so that it reads, checks and writes as if no other step ran at the same
//! time, in this process or another.

use crate::auth::{Caller, SignedIn};
use crate::db::requests::{self, Transition};
use crate::db::{
    history, index_merged_locations, invitations, load_account, location_owner, lock_accounts,
    merged_into, move_users, save_account, still_locked, Conn,
};
use crate::error::ApiError;
use chrono::{NaiveDate, Utc};
use merge_api_types::{
    AccountRef, AppliedMerge, ErrorCode, ErrorDetails, HistoryEvent, HistoryEventKind, HistoryPage,
    Invitation, MergeRequest, Preview, RequestState, RightsSection, StoredAccount,
};
use merge_core::{
    diff_plans_in, find_invitee, is_well_formed_mpn, plan_merge_deal, plan_merge_owned, read_plan,
    AccountSnapshot, AdminReading, DealKind, InviteError, Lang, MergePlan,
};

/// Longest rejection reason kept (W2).
pub const MAX_REASON: u32 = 500;

/// Invitations an account may send per [`INVITATION_WINDOW`]: enough for any real merge, too few
/// to flood another company's history or keep it locked by inviting and cancelling.
pub const INVITATIONS_PER_WINDOW: i64 = 10;
pub const INVITATION_WINDOW: chrono::TimeDelta = chrono::TimeDelta::hours(1);

/// The day plans are made for: today, UTC.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// A request the user's account takes part in; others' requests do not exist for them.
async fn visible_request(
    conn: &mut Conn,
    user: &SignedIn,
    id: i64,
) -> Result<MergeRequest, ApiError> {
    let request = requests::request(conn, id)
        .await?
        .filter(|r| r.initiator.mpn_id == *user.account || r.invitee.mpn_id == *user.account);
    request
        .ok_or_else(|| ApiError::not_found(format!("no merge request {id} involves your account")))
}

/// Records `event` in both companies' history (W5) and writes the messages it owes, in the
/// step's transaction (issue #31). `known`: account snapshots the step holds already.
pub(crate) async fn record_event(
    conn: &mut Conn,
    request: &MergeRequest,
    event: HistoryEventKind,
    actor: &str,
    detail: Option<&str>,
    known: &[&AccountSnapshot],
) -> Result<(), ApiError> {
    history::insert_event(conn, request, event, actor, detail).await?;
    crate::outbox::enqueue(conn, request, event, actor, detail, known).await
}

fn expect_state(
    request: &MergeRequest,
    allowed: &[RequestState],
    action: &str,
) -> Result<(), ApiError> {
    match allowed.contains(&request.state) {
        true => Ok(()),
        false => Err(ApiError::wrong_state(request.id, request.state, action)),
    }
}

/// The caller and a request of their account, read once the request's two accounts are locked
/// (`lock_accounts`; in one statement, if the caller takes part in it): a step that ran
/// meanwhile (a confirm, a cancel) is seen whole.
async fn locked_request(
    conn: &mut Conn,
    caller: &Caller,
    id: i64,
) -> Result<(SignedIn, MergeRequest), ApiError> {
    requests::lock_accounts_of_request(conn, id, &caller.email).await?;
    let user = caller.signed_in(conn).await?;
    let request = visible_request(conn, &user, id).await?;
    Ok((user, request))
}

/// Inviters refused at their account's limit, remembered for a while so that a flood past the
/// limit costs no database work at all (the database stays what decides: an entry lasts at
/// most a minute, and only ever repeats a refusal the database gave).
#[derive(Default)]
pub struct LimitedInviters(std::sync::Mutex<std::collections::HashMap<String, Limited>>);

struct Limited {
    until: std::time::Instant,
    /// When the next invitation is possible.
    next: std::time::Instant,
    message: String,
}

/// How long a refusal is repeated without asking the database again.
const REMEMBERED_REFUSAL: std::time::Duration = std::time::Duration::from_secs(60);

/// Inviters remembered at most; past it the memory starts afresh.
const REMEMBERED_INVITERS: usize = 10_000;

impl LimitedInviters {
    /// The refusal `email` was given a moment ago, if any.
    pub fn refusal(&self, email: &str) -> Option<ApiError> {
        let now = std::time::Instant::now();
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let limited = map.get(email).filter(|l| l.until > now)?;
        let seconds = limited.next.saturating_duration_since(now).as_secs().max(1);
        Some(
            ApiError::new(ErrorCode::TooManyInvitations, limited.message.clone())
                .retry_after(seconds),
        )
    }

    /// Remembers `refusal` of `email`, if it is the limit's.
    pub fn remember(&self, email: &str, refusal: &ApiError) {
        let (ErrorCode::TooManyInvitations, Some(seconds)) = (refusal.code, refusal.retry_after)
        else {
            return;
        };
        let now = std::time::Instant::now();
        let next = now + std::time::Duration::from_secs(seconds);
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= REMEMBERED_INVITERS {
            map.clear();
        }
        map.insert(
            email.to_string(),
            Limited {
                until: next.min(now + REMEMBERED_REFUSAL),
                next,
                message: refusal.message.clone(),
            },
        );
    }
}

/// W1 before any write: the caller may invite for their account (an account admin acting for
/// it) and it is under its allowance. A read, so a flood past the limit never waits for, nor
/// holds, the writer.
pub async fn may_invite(conn: &mut Conn, user: &Caller) -> Result<(), ApiError> {
    let user = user.signed_in(conn).await?;
    let initiator = user.require_admin(conn).await?.snapshot;
    limit_invitations(conn, &initiator).await
}

/// The account `mpn_id` names for an invitation from `initiator`, or why it cannot be invited:
/// the format first, then the accounts table by its key and the location index, never every
/// account (merge-core decides among the two it may be).
async fn find_invitee_indexed(
    conn: &mut Conn,
    initiator: &AccountSnapshot,
    mpn_id: &str,
) -> Result<Result<AccountSnapshot, InviteError>, ApiError> {
    let target = mpn_id.trim();
    let mut candidates = Vec::new();
    if is_well_formed_mpn(target) {
        if let Some((account, _)) = load_account(conn, target).await? {
            candidates.push(account);
        }
        let owner = location_owner(conn, target).await?;
        if let Some(owner) = owner.filter(|o| o != target) {
            if let Some((account, _)) = load_account(conn, &owner).await? {
                candidates.push(account);
            }
        }
    }
    Ok(find_invitee(initiator, target, &candidates).cloned())
}

/// W1: an account admin of the initiator invites another company by its global MPN ID, as a
/// merger or an acquisition (R22; none from a client that does not say). Every attempt counts
/// toward the account's allowance, sent or refused: a refusal is the inner error, committed
/// with its attempt; the outer one rolls everything back.
pub async fn invite(
    conn: &mut Conn,
    user: &Caller,
    invitee_mpn_id: &str,
    deal: Option<DealKind>,
) -> Result<Result<MergeRequest, ApiError>, ApiError> {
    // Which accounts to lock; everything is read again once they are.
    let (inviting, invited) = {
        let user = user.signed_in(conn).await?;
        let initiator = user.require_admin(conn).await?.snapshot;
        let invitee = find_invitee_indexed(conn, &initiator, invitee_mpn_id).await?;
        (
            user.account,
            invitee.ok().map(|a| a.global_mpn_id.to_string()),
        )
    };
    match &invited {
        Some(invited) => lock_accounts(conn, &inviting, Some(invited)).await?,
        None => lock_accounts(conn, &inviting, None).await?,
    }
    let user = &user.signed_in(conn).await?;
    still_locked(&inviting, &user.account)?;
    let initiator = user.require_admin(conn).await?.snapshot;
    limit_invitations(conn, &initiator).await?;
    let forget_until = Utc::now() - INVITATION_WINDOW;
    invitations::record_attempt(conn, initiator.global_mpn_id.as_str(), forget_until).await?;
    let invitee = match find_invitee_indexed(conn, &initiator, invitee_mpn_id).await? {
        Ok(invitee) => invitee,
        Err(refused) => {
            // Found before the locks, gone after: read again with the right locks.
            if invited.is_some() {
                return Err(ApiError::concurrent_change());
            }
            return Ok(Err(refused.into()));
        }
    };
    still_locked(
        invited.as_deref().unwrap_or_default(),
        invitee.global_mpn_id.as_str(),
    )?;
    // W6: both accounts free, checked under their locks before anything is written.
    let (inviting, invited) = (
        initiator.global_mpn_id.as_str(),
        invitee.global_mpn_id.as_str(),
    );
    let held = requests::held_accounts(conn, inviting, invited).await?;
    if held.iter().any(|a| a == initiator.global_mpn_id.as_str()) {
        let message = format!(
            "{} already takes part in an open merge request; it must be completed, rejected or \
             cancelled first",
            initiator.company
        );
        return Ok(Err(ApiError::new(ErrorCode::OpenMergeExists, message)
            .with(ErrorDetails::OpenMerge {
                mpn_id: initiator.global_mpn_id.clone(),
            })));
    }
    if !held.is_empty() {
        // Another company's merge is confidential: say only that it cannot be invited now.
        let message = format!(
            "{} cannot be invited now; try again later, or ask them",
            invitee.company
        );
        return Ok(Err(ApiError::new(ErrorCode::InviteeUnavailable, message)));
    }
    let id = requests::insert_request(conn, inviting, invited, &user.email, deal).await?;
    // Free a moment ago under the locks: a conflict now is a concurrent step's, run again.
    if !requests::hold_account(conn, inviting, id).await?
        || !requests::hold_account(conn, invited, id).await?
    {
        return Err(ApiError::concurrent_change());
    }
    let request = requests::request(conn, id)
        .await?
        .ok_or_else(|| ApiError::internal("the new request vanished"))?;
    record_event(
        conn,
        &request,
        HistoryEventKind::Sent,
        &user.email,
        None,
        &[],
    )
    .await?;
    Ok(Ok(request))
}

/// Refuses an invitation beyond the account's allowance in the last window (invitations sent
/// and refused alike), saying when the next one is possible.
async fn limit_invitations(conn: &mut Conn, initiator: &AccountSnapshot) -> Result<(), ApiError> {
    let since = Utc::now() - INVITATION_WINDOW;
    let account = initiator.global_mpn_id.as_str();
    let (sent, oldest) = invitations::attempts_since(conn, account, since).await?;
    if sent < INVITATIONS_PER_WINDOW {
        return Ok(());
    }
    let oldest = oldest.unwrap_or_else(Utc::now);
    let next = oldest + INVITATION_WINDOW;
    let seconds = (next - Utc::now()).num_seconds().max(1) as u64;
    let message = format!(
        "{} has tried {sent} invitations in the last hour (sent or refused), the most allowed; \
         the next is possible in {} minutes",
        initiator.company,
        seconds.div_ceil(60)
    );
    Err(ApiError::new(ErrorCode::TooManyInvitations, message).retry_after(seconds))
}

/// W2: an account admin of the invitee accepts.
pub async fn accept(conn: &mut Conn, user: &Caller, id: i64) -> Result<MergeRequest, ApiError> {
    let (user, request) = &locked_request(conn, user, id).await?;
    admin_of(conn, user, &request.invitee, "answer this request").await?;
    expect_state(request, &[RequestState::Pending], "accepted")?;
    let request =
        requests::set_state(conn, request, Transition::Accepted { by: &user.email }).await?;
    record_event(
        conn,
        &request,
        HistoryEventKind::Accepted,
        &user.email,
        None,
        &[],
    )
    .await?;
    Ok(request)
}

/// Characters that do not show as themselves: control characters (NUL, line breaks) and the
/// Unicode bidirectional formatting characters, which can make text display reversed.
fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// W2: a rejection reason is plain text of bounded length (what is kept: trimmed, or none).
pub fn rejection_reason(reason: &str) -> Result<Option<&str>, ApiError> {
    let reason = reason.trim();
    if let Some(c) = reason.chars().find(|&c| is_hidden_control(c)) {
        let message = format!(
            "a rejection reason is plain text: U+{:04X} (a control character or a text-direction \
             override, which could make the reason read differently than written) is not allowed",
            u32::from(c)
        );
        return Err(ApiError::new(ErrorCode::InvalidText, message));
    }
    if reason.chars().count() > MAX_REASON as usize {
        let message = format!("a rejection reason is at most {MAX_REASON} characters");
        return Err(ApiError::new(ErrorCode::ReasonTooLong, message)
            .with(ErrorDetails::Limit { max: MAX_REASON }));
    }
    Ok((!reason.is_empty()).then_some(reason))
}

/// W2: an account admin of the invitee rejects, with a reason the initiator sees (checked by
/// [`rejection_reason`]).
pub async fn reject(
    conn: &mut Conn,
    user: &Caller,
    id: i64,
    reason: Option<&str>,
) -> Result<MergeRequest, ApiError> {
    let (user, request) = &locked_request(conn, user, id).await?;
    admin_of(conn, user, &request.invitee, "answer this request").await?;
    expect_state(request, &[RequestState::Pending], "rejected")?;
    let rejected = Transition::Rejected {
        by: &user.email,
        reason,
    };
    let request = requests::set_state(conn, request, rejected).await?;
    record_event(
        conn,
        &request,
        HistoryEventKind::Rejected,
        &user.email,
        reason,
        &[],
    )
    .await?;
    Ok(request)
}

/// W3: either side's account admin cancels before the merge is applied.
pub async fn cancel(conn: &mut Conn, user: &Caller, id: i64) -> Result<MergeRequest, ApiError> {
    let (user, request) = &locked_request(conn, user, id).await?;
    user.require_admin(conn).await?;
    let open = [RequestState::Pending, RequestState::Accepted];
    expect_state(request, &open, "cancelled")?;
    let request =
        requests::set_state(conn, request, Transition::Cancelled { by: &user.email }).await?;
    record_event(
        conn,
        &request,
        HistoryEventKind::Cancelled,
        &user.email,
        None,
        &[],
    )
    .await?;
    Ok(request)
}

/// The user is an account admin of `party`'s account, the only ones who may `act` (W1-W3);
/// that account as stored.
async fn admin_of(
    conn: &mut Conn,
    user: &SignedIn,
    party: &AccountRef,
    act: &str,
) -> Result<StoredAccount, ApiError> {
    if party.mpn_id != *user.account {
        return Err(ApiError::forbidden(format!(
            "only an account admin of {} can {act}",
            party.company
        )));
    }
    user.require_admin(conn).await
}

/// An accepted request, locked, for an account admin of its initiator (who may preview and
/// confirm, W3), with both accounts as stored.
struct Accepted {
    user: SignedIn,
    request: MergeRequest,
    initiator: StoredAccount,
    invitee: StoredAccount,
}

async fn accepted_request(
    conn: &mut Conn,
    caller: &Caller,
    id: i64,
    action: &str,
) -> Result<Accepted, ApiError> {
    let (user, request) = locked_request(conn, caller, id).await?;
    let act = "review and confirm this merge";
    let initiator = admin_of(conn, &user, &request.initiator, act).await?;
    expect_state(&request, &[RequestState::Accepted], action)?;
    let invitee = stored_account(conn, request.invitee.mpn_id.as_str()).await?;
    Ok(Accepted {
        user,
        request,
        initiator,
        invitee,
    })
}

/// An account of a request as stored now.
async fn stored_account(conn: &mut Conn, mpn: &str) -> Result<StoredAccount, ApiError> {
    load_account(conn, mpn)
        .await?
        .map(|(snapshot, version)| StoredAccount { version, snapshot })
        .ok_or_else(|| ApiError::internal(format!("account {mpn} is missing")))
}

/// The plan of merging the two accounts today as `request`'s deal (R22); a large account's on
/// the blocking pool: it takes milliseconds that the server's other requests should not wait
/// for. A request sent without a deal kind is planned as before deal kinds existed, so that the
/// plan it was shown keeps its fingerprint.
async fn plan(
    initiator: AccountSnapshot,
    invitee: AccountSnapshot,
    request: &MergeRequest,
) -> Result<MergePlan, ApiError> {
    let deal = request.deal;
    let size = |a: &AccountSnapshot| a.locations.len() + a.users.len();
    let in_place = size(&initiator) + size(&invitee) <= PLANNED_IN_PLACE;
    let make = move || match deal {
        Some(deal) => plan_merge_deal(&initiator, &invitee, today(), deal),
        None => plan_merge_owned(initiator, invitee, today()),
    };
    if in_place {
        return make().map_err(ApiError::from);
    }
    tokio::task::spawn_blocking(make)
        .await
        .map_err(|e| ApiError::internal(format!("planning: {e}")))?
        .map_err(ApiError::from)
}

/// Accounts of up to this many locations and users together are planned on the step's own
/// thread, in a tenth of a millisecond or so (merge-core's plan benchmark: 0.25-1.2 ms for a
/// pair of 1,000 entities): less than handing the work to a blocking thread and waiting to be
/// woken again costs, all of it while a confirm holds SQLite's writer (docs/performance.md).
/// Larger ones go to a blocking thread, so that no worker thread is held for long.
const PLANNED_IN_PLACE: usize = 200;

/// Who gains which rights once `plan` is applied (R23), under the deployment's reading (A3),
/// in `lang`: the accounts merged into the initiator before are not its own tenants under A2.
async fn rights(
    conn: &mut Conn,
    reading: AdminReading,
    plan: &MergePlan,
    lang: Lang,
) -> Result<RightsSection, ApiError> {
    let absorbed = merged_into(conn, plan.initiator.global_mpn_id.as_str()).await?;
    Ok(RightsSection::new(plan.rights(reading, &absorbed), lang))
}

/// W3: the preview of an accepted request, for the initiator's account admins. The plan shown
/// is kept, so that a stale confirmation can say what changed (W4).
pub async fn preview(
    conn: &mut Conn,
    user: &Caller,
    id: i64,
    lang: Lang,
) -> Result<Preview, ApiError> {
    let Accepted {
        request,
        initiator,
        invitee,
        ..
    } = accepted_request(conn, user, id, "previewed").await?;
    // The response shows the accounts too: the plan gets copies.
    let plan = plan(
        initiator.snapshot.clone(),
        invitee.snapshot.clone(),
        &request,
    )
    .await?;
    requests::keep_plan(conn, id, &plan).await?;
    let rights = rights(conn, user.reading, &plan, lang).await?;
    Ok(Preview {
        request,
        as_of: plan.as_of,
        initiator,
        invitee,
        plan,
        rights,
    })
}

/// W2: what the invitee's account admins see before they answer: their own account as stored
/// and the merge as it would be applied today, read for them by merge-core (of the initiator
/// only its name, global MPN ID and counts). A read: nothing is locked or kept.
pub async fn invitation(
    conn: &mut Conn,
    user: &Caller,
    id: i64,
    lang: Lang,
) -> Result<Invitation, ApiError> {
    let user = user.signed_in(conn).await?;
    let request = visible_request(conn, &user, id).await?;
    let invitee = admin_of(conn, &user, &request.invitee, "read this invitation").await?;
    expect_state(
        &request,
        &[RequestState::Pending, RequestState::Accepted],
        "previewed",
    )?;
    let initiator = stored_account(conn, request.initiator.mpn_id.as_str()).await?;
    let plan = plan(
        initiator.snapshot.clone(),
        invitee.snapshot.clone(),
        &request,
    )
    .await?;
    let preview = plan.for_invitee_under(&initiator.snapshot, &invitee.snapshot, user.reading);
    // Of the rights, the invitee's own tenants' people: the initiator's are not disclosed.
    // Chosen by tenant, not by company name, which two companies may share.
    let absorbed = merged_into(conn, request.initiator.mpn_id.as_str()).await?;
    let mut disclosed = plan.rights(user.reading, &absorbed);
    disclosed
        .tenants
        .retain(|tenant| invitee.snapshot.has_tenant(&tenant.tenant));
    Ok(Invitation {
        request,
        invitee,
        preview,
        rights: RightsSection::new(disclosed, lang),
    })
}

/// The report of a completed merge: the plan that was applied, for the admins who act for the
/// merged account (A2). It names both companies' users and the bank and tax profile.
pub async fn report(
    conn: &mut Conn,
    user: &Caller,
    id: i64,
    lang: Lang,
) -> Result<AppliedMerge, ApiError> {
    let user = user.signed_in(conn).await?;
    let request = visible_request(conn, &user, id).await?;
    user.require_admin(conn).await?;
    expect_state(
        &request,
        &[RequestState::Completed],
        "reported on as applied",
    )?;
    let (applied, acknowledged) = requests::applied_plan(conn, id)
        .await?
        .map(|applied| (applied.plan, applied.rights_reading))
        .unzip();
    // Who gained which rights as the initiator acknowledged it; a merge applied before the
    // reading was recorded reads as the deployment does now.
    let reading = acknowledged
        .flatten()
        .and_then(|text| AdminReading::parse(&text))
        .unwrap_or(user.reading);
    let plan = applied
        .map(|json| read_plan(&json))
        .transpose()
        .map_err(|e| ApiError::internal(format!("the applied plan of request {id}: {e}")))?
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "merge {id} was applied before this server kept applied plans: it has no report"
            ))
        })?;
    let rights = rights(conn, reading, &plan, lang).await?;
    Ok(AppliedMerge {
        request,
        plan,
        rights,
    })
}

/// W3, W4: applies the merge if, and only if, the plan the engine makes now has the
/// fingerprint the user confirmed. One transaction: all of it or none of it.
pub async fn confirm(
    conn: &mut Conn,
    caller: &Caller,
    id: i64,
    fingerprint: &str,
    rights_acknowledged: Option<AdminReading>,
    lang: Lang,
) -> Result<MergeRequest, ApiError> {
    let Accepted {
        user,
        request,
        initiator,
        invitee,
    } = accepted_request(conn, caller, id, "confirmed").await?;
    // R23: who gains which rights, acknowledged as this server reads them (before a fresh
    // sign-in is asked for, so that nobody signs in again only to be sent back to read it).
    require_rights_acknowledged(rights_acknowledged, user.reading)?;
    // It cannot be undone: a recent sign-in, checked once the caller may confirm at all.
    caller.require_recent_sign_in()?;
    let invitee_record = invitee.snapshot.clone();
    let plan = plan(initiator.snapshot, invitee.snapshot, &request).await?;
    if plan.fingerprint.as_str() != fingerprint {
        let shown = requests::shown_plan(conn, id, fingerprint).await?;
        let differences = match shown.map(|json| read_plan(&json)) {
            Some(Ok(old)) => diff_plans_in(&old, &plan, lang),
            _ => Vec::new(),
        };
        let message =
            "the accounts changed since that preview; review the new preview and confirm again";
        return Err(ApiError::new(ErrorCode::StalePreview, message).with(
            ErrorDetails::StalePreview {
                fingerprint: plan.fingerprint,
                differences,
            },
        ));
    }

    // R2, W6: the invitee keeps its record, marked merged away; its data lives on in the result.
    let merged_away = plan.merged_away_record(invitee_record);
    save_account(conn, &merged_away).await?;
    save_account(conn, &plan.result).await?;
    let (initiator, invitee) = (&plan.initiator.global_mpn_id, &plan.invitee.global_mpn_id);
    // W1's index: the invitee's MPN IDs are the merged account's locations now.
    index_merged_locations(conn, initiator, invitee, &plan.result.locations).await?;
    // R6: each tenant's users now sign in to the merged account.
    move_users(conn, invitee.as_str(), initiator.as_str()).await?;
    // The plan applied is kept with those shown, for the report of the merge.
    requests::keep_plan(conn, id, &plan).await?;
    // With the reading acknowledged, for the report: what was agreed, whatever the setting
    // later.
    let completed = Transition::Completed {
        by: &user.email,
        rights_reading: user.reading.as_str(),
    };
    let request = requests::set_state(conn, &request, completed).await?;
    record_event(
        conn,
        &request,
        HistoryEventKind::Completed,
        &user.email,
        Some(plan.fingerprint.as_str()),
        // The outbox words the receipt from the accounts as merged, held here already.
        &[&plan.result, &merged_away],
    )
    .await?;
    Ok(request)
}

/// R23: a confirm acknowledges the rights section of the preview under the reading the server
/// uses (A3); a confirm without it (a client from before), or of another reading (the
/// deployment changed its reading since that preview), is refused with what to send.
fn require_rights_acknowledged(
    acknowledged: Option<AdminReading>,
    reading: AdminReading,
) -> Result<(), ApiError> {
    let wanted = reading.as_str();
    let message = match acknowledged {
        Some(given) if given == reading => return Ok(()),
        Some(given) => format!(
            "the rights acknowledged were read as {}, but this server reads admin rights as \
             {wanted}: preview again, read who gains which rights, and confirm with \
             \"rights_acknowledged\": \"{wanted}\"",
            given.as_str()
        ),
        None => format!(
            "a merge is confirmed only once its initiator has read who gains which rights: read \
             the preview's rights section and confirm with \"rights_acknowledged\": \"{wanted}\""
        ),
    };
    Err(ApiError::new(ErrorCode::RightsNotAcknowledged, message)
        .with(ErrorDetails::Rights { reading }))
}

/// The requests the user's account takes part in, newest first.
pub async fn list(conn: &mut Conn, user: &Caller) -> Result<Vec<MergeRequest>, ApiError> {
    let user = user.signed_in(conn).await?;
    Ok(requests::requests_of(conn, &user.account).await?)
}

pub async fn get(conn: &mut Conn, user: &Caller, id: i64) -> Result<MergeRequest, ApiError> {
    let user = user.signed_in(conn).await?;
    visible_request(conn, &user, id).await
}

/// W5: the merge history of the user's account, newest first, a page at a time.
pub async fn history(
    conn: &mut Conn,
    user: &Caller,
    page: HistoryPage,
) -> Result<Vec<HistoryEvent>, ApiError> {
    let user = user.signed_in(conn).await?;
    Ok(history::history_page(conn, &user.account, page).await?)
}

/// R16: replaces a user's roles, if the signed-in admin signs in through that user's tenant.
pub async fn set_roles(
    conn: &mut Conn,
    user: &Caller,
    email: &str,
    roles: &[merge_core::RoleAssignment],
) -> Result<merge_core::User, ApiError> {
    let account = user.signed_in(conn).await?.account;
    lock_accounts(conn, &account, None).await?;
    let user = &user.signed_in(conn).await?;
    still_locked(&account, &user.account)?;
    let (account, _) = load_account(conn, &user.account)
        .await?
        .ok_or_else(|| ApiError::internal(format!("account {} is missing", user.account)))?;
    let changed = merge_core::set_roles(&account, &user.email, email, roles.to_vec())?;
    save_account(conn, &changed).await?;
    let updated = changed
        .users
        .into_iter()
        .find(|u| u.email.eq_ignore_ascii_case(email));
    updated.ok_or_else(|| ApiError::internal("the user vanished"))
}
