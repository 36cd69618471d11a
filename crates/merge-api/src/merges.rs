//! The merge workflow (SPEC W1-W6) on the database. Every step runs in one IMMEDIATE
//! transaction: it reads, checks and writes with no other writer in between.

use chrono::{DateTime, NaiveDate, Utc};
use merge_api_types::{
    AccountRef, ErrorCode, ErrorDetails, HistoryEvent, HistoryEventKind, HistoryPage, MergeRequest,
    Preview, RequestState, StoredAccount,
};
use merge_core::{diff_plans, find_invitee, plan_merge_owned, read_plan, to_json, AccountSnapshot};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::de::value::StrDeserializer;
use serde::de::DeserializeOwned;

use crate::auth::{Caller, SignedIn};
use crate::db::{all_accounts, load_account, save_account};
use crate::error::ApiError;

/// Longest rejection reason kept (W2).
pub const MAX_REASON: u32 = 500;

/// Invitations an account may send per [`INVITATION_WINDOW`]: enough for any real merge, too few
/// to flood another company's history or keep it locked by inviting and cancelling.
pub const INVITATIONS_PER_WINDOW: i64 = 10;
pub const INVITATION_WINDOW: chrono::TimeDelta = chrono::TimeDelta::hours(1);

fn now() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The day plans are made for: today, UTC.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn write(conn: &mut Connection) -> Result<Transaction<'_>, ApiError> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

const SELECT_REQUEST: &str = "
    SELECT r.id, r.initiator, a.company, r.invitee, b.company, r.state, r.reason,
           r.created_by, r.created_at, r.updated_at
    FROM merge_requests r
    JOIN accounts a ON a.mpn_id = r.initiator
    JOIN accounts b ON b.mpn_id = r.invitee";

fn request_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MergeRequest> {
    Ok(MergeRequest {
        id: r.get(0)?,
        initiator: account_ref(r, 1)?,
        invitee: account_ref(r, 3)?,
        state: parsed(r, 5)?,
        reason: r.get(6)?,
        created_by: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

/// An account's MPN ID in `column` and its company in the next.
fn account_ref(r: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<AccountRef> {
    Ok(AccountRef {
        mpn_id: r.get::<_, String>(column)?.into(),
        company: r.get(column + 1)?,
    })
}

/// A column stored as the serde name of a wire enum (its `as_str`).
fn parsed<T: DeserializeOwned>(r: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<T> {
    let text: String = r.get(column)?;
    T::deserialize(StrDeserializer::<serde::de::value::Error>::new(&text)).map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(column, Type::Text, error.into())
    })
}

fn select_request(conn: &Connection, id: i64) -> rusqlite::Result<Option<MergeRequest>> {
    conn.prepare_cached(&format!("{SELECT_REQUEST} WHERE r.id = ?1"))?
        .query_row([id], request_from_row)
        .optional()
}

/// A request the user's account takes part in; others' requests do not exist for them.
fn visible_request(conn: &Connection, user: &SignedIn, id: i64) -> Result<MergeRequest, ApiError> {
    let request = select_request(conn, id)?
        .filter(|r| r.initiator.mpn_id == *user.account || r.invitee.mpn_id == *user.account);
    request
        .ok_or_else(|| ApiError::not_found(format!("no merge request {id} involves your account")))
}

fn record(
    tx: &Transaction<'_>,
    request: &MergeRequest,
    event: HistoryEventKind,
    actor: &str,
    detail: Option<&str>,
) -> Result<(), ApiError> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO history (request_id, account, event, actor, at, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for account in [&request.initiator.mpn_id, &request.invitee.mpn_id] {
        insert.execute(params![
            request.id,
            account.as_str(),
            event.as_str(),
            actor,
            now(),
            detail
        ])?;
    }
    Ok(())
}

fn set_state(
    tx: &Transaction<'_>,
    id: i64,
    state: RequestState,
    reason: Option<&str>,
) -> Result<(), ApiError> {
    tx.prepare_cached(
        "UPDATE merge_requests SET state = ?2, reason = coalesce(?3, reason), updated_at = ?4 WHERE id = ?1",
    )?
    .execute(params![id, state.as_str(), reason, now()])?;
    if !state.is_open() {
        tx.prepare_cached("DELETE FROM open_merges WHERE request_id = ?1")?
            .execute([id])?;
    }
    Ok(())
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

/// W1: an account admin of the initiator invites another company by its global MPN ID.
pub fn invite(
    conn: &mut Connection,
    user: &Caller,
    invitee_mpn_id: &str,
) -> Result<MergeRequest, ApiError> {
    let tx = write(conn)?;
    let user = &user.now(&tx)?;
    let initiator = user.require_admin(&tx)?;
    limit_invitations(&tx, &initiator)?;
    let accounts = all_accounts(&tx)?;
    let invitee = find_invitee(&initiator, invitee_mpn_id, &accounts)?;
    let stamp = now();
    tx.prepare_cached(
        "INSERT INTO merge_requests (initiator, invitee, state, created_by, created_at, updated_at)
         VALUES (?1, ?2, 'pending', ?3, ?4, ?4)",
    )?
    .execute(params![
        initiator.global_mpn_id.as_str(),
        invitee.global_mpn_id.as_str(),
        user.email,
        stamp
    ])?;
    let id = tx.last_insert_rowid();
    // W6, by the primary key of open_merges.
    let mut hold = tx.prepare_cached(
        "INSERT INTO open_merges (account, request_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    )?;
    if hold.execute(params![initiator.global_mpn_id.as_str(), id])? == 0 {
        let message = format!(
            "{} already takes part in an open merge request; it must be completed, rejected or \
             cancelled first",
            initiator.company
        );
        return Err(ApiError::new(ErrorCode::OpenMergeExists, message).with(
            ErrorDetails::OpenMerge {
                mpn_id: initiator.global_mpn_id.clone(),
            },
        ));
    }
    if hold.execute(params![invitee.global_mpn_id.as_str(), id])? == 0 {
        // Another company's merge is confidential: say only that it cannot be invited now.
        let message = format!(
            "{} cannot be invited now; try again later, or ask them",
            invitee.company
        );
        return Err(ApiError::new(ErrorCode::InviteeUnavailable, message));
    }
    drop(hold);
    let request =
        select_request(&tx, id)?.ok_or_else(|| ApiError::internal("the new request vanished"))?;
    record(&tx, &request, HistoryEventKind::Sent, &user.email, None)?;
    tx.commit()?;
    Ok(request)
}

/// Refuses an invitation beyond the account's allowance in the last window, saying when the
/// next one is possible.
fn limit_invitations(tx: &Transaction<'_>, initiator: &AccountSnapshot) -> Result<(), ApiError> {
    let since =
        (Utc::now() - INVITATION_WINDOW).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let (sent, oldest): (i64, Option<DateTime<Utc>>) = tx
        .prepare_cached(
            "SELECT count(*), min(created_at) FROM merge_requests
             WHERE initiator = ?1 AND created_at > ?2",
        )?
        .query_row(params![initiator.global_mpn_id.as_str(), since], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    if sent < INVITATIONS_PER_WINDOW {
        return Ok(());
    }
    let next = oldest.unwrap_or_else(Utc::now) + INVITATION_WINDOW;
    let seconds = (next - Utc::now()).num_seconds().max(1) as u64;
    let message = format!(
        "{} has sent {sent} invitations in the last hour, the most allowed; the next is possible \
         in {} minutes",
        initiator.company,
        seconds.div_ceil(60)
    );
    Err(ApiError::new(ErrorCode::TooManyInvitations, message).retry_after(seconds))
}

/// W2: an account admin of the invitee accepts.
pub fn accept(conn: &mut Connection, user: &Caller, id: i64) -> Result<MergeRequest, ApiError> {
    let tx = write(conn)?;
    let user = &user.now(&tx)?;
    let request = visible_request(&tx, user, id)?;
    admin_of(&tx, user, &request.invitee, "answer this request")?;
    expect_state(&request, &[RequestState::Pending], "accepted")?;
    set_state(&tx, id, RequestState::Accepted, None)?;
    record(&tx, &request, HistoryEventKind::Accepted, &user.email, None)?;
    let request = visible_request(&tx, user, id)?;
    tx.commit()?;
    Ok(request)
}

/// Characters that do not show as themselves: control characters (NUL, line breaks) and the
/// Unicode bidirectional formatting characters, which can make text display reversed.
fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// W2: an account admin of the invitee rejects, with a reason the initiator sees.
pub fn reject(
    conn: &mut Connection,
    user: &Caller,
    id: i64,
    reason: &str,
) -> Result<MergeRequest, ApiError> {
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
    let tx = write(conn)?;
    let user = &user.now(&tx)?;
    let request = visible_request(&tx, user, id)?;
    admin_of(&tx, user, &request.invitee, "answer this request")?;
    expect_state(&request, &[RequestState::Pending], "rejected")?;
    let reason = (!reason.is_empty()).then_some(reason);
    set_state(&tx, id, RequestState::Rejected, reason)?;
    record(
        &tx,
        &request,
        HistoryEventKind::Rejected,
        &user.email,
        reason,
    )?;
    let request = visible_request(&tx, user, id)?;
    tx.commit()?;
    Ok(request)
}

/// W3: either side's account admin cancels before the merge is applied.
pub fn cancel(conn: &mut Connection, user: &Caller, id: i64) -> Result<MergeRequest, ApiError> {
    let tx = write(conn)?;
    let user = &user.now(&tx)?;
    let request = visible_request(&tx, user, id)?;
    user.require_admin(&tx)?;
    let open = [RequestState::Pending, RequestState::Accepted];
    expect_state(&request, &open, "cancelled")?;
    set_state(&tx, id, RequestState::Cancelled, None)?;
    record(
        &tx,
        &request,
        HistoryEventKind::Cancelled,
        &user.email,
        None,
    )?;
    let request = visible_request(&tx, user, id)?;
    tx.commit()?;
    Ok(request)
}

/// The user is an account admin of `party`'s account, the only ones who may `act` (W1-W3).
fn admin_of(
    tx: &Transaction<'_>,
    user: &SignedIn,
    party: &AccountRef,
    act: &str,
) -> Result<(), ApiError> {
    if party.mpn_id != *user.account {
        return Err(ApiError::forbidden(format!(
            "only an account admin of {} can {act}",
            party.company
        )));
    }
    user.require_admin(tx).map(drop)
}

/// An accepted request, for an account admin of its initiator: who may preview and confirm (W3).
fn accepted_request(
    tx: &Transaction<'_>,
    user: &SignedIn,
    id: i64,
    action: &str,
) -> Result<MergeRequest, ApiError> {
    let request = visible_request(tx, user, id)?;
    admin_of(
        tx,
        user,
        &request.initiator,
        "review and confirm this merge",
    )?;
    expect_state(&request, &[RequestState::Accepted], action)?;
    Ok(request)
}

/// Both accounts of the request as stored now.
fn current_accounts(
    tx: &Transaction<'_>,
    request: &MergeRequest,
) -> Result<(StoredAccount, StoredAccount), ApiError> {
    let load = |mpn: &str| {
        load_account(tx, mpn)?
            .map(|(snapshot, version)| StoredAccount { version, snapshot })
            .ok_or_else(|| ApiError::internal(format!("account {mpn} is missing")))
    };
    Ok((
        load(request.initiator.mpn_id.as_str())?,
        load(request.invitee.mpn_id.as_str())?,
    ))
}

/// W3: the preview of an accepted request, for the initiator's account admins. The plan shown
/// is kept, so that a stale confirmation can say what changed (W4).
pub fn preview(conn: &mut Connection, user: &Caller, id: i64) -> Result<Preview, ApiError> {
    let tx = write(conn)?;
    let user = &user.now(&tx)?;
    let request = accepted_request(&tx, user, id, "previewed")?;
    let (initiator, invitee) = current_accounts(&tx, &request)?;
    // The response shows the accounts too: the plan gets copies.
    let plan = plan_merge_owned(
        initiator.snapshot.clone(),
        invitee.snapshot.clone(),
        today(),
    )?;
    tx.prepare_cached(
        "INSERT OR IGNORE INTO previews (request_id, fingerprint, plan, shown_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, plan.fingerprint.as_str(), to_json(&plan), now()])?;
    tx.commit()?;
    Ok(Preview {
        request,
        as_of: plan.as_of,
        initiator,
        invitee,
        plan,
    })
}

/// W3, W4: applies the merge if, and only if, the plan the engine makes now has the
/// fingerprint the user confirmed. One transaction: all of it or none of it.
pub fn confirm(
    conn: &mut Connection,
    user: &Caller,
    id: i64,
    fingerprint: &str,
) -> Result<MergeRequest, ApiError> {
    let tx = write(conn)?;
    let user = &user.now(&tx)?;
    let request = accepted_request(&tx, user, id, "confirmed")?;
    let (initiator, invitee) = current_accounts(&tx, &request)?;
    let invitee_record = invitee.snapshot.clone();
    let plan = plan_merge_owned(initiator.snapshot, invitee.snapshot, today())?;
    if plan.fingerprint.as_str() != fingerprint {
        let shown: Option<String> = tx
            .prepare_cached("SELECT plan FROM previews WHERE request_id = ?1 AND fingerprint = ?2")?
            .query_row(params![id, fingerprint], |r| r.get(0))
            .optional()?;
        let differences = match shown.map(|json| read_plan(&json)) {
            Some(Ok(old)) => diff_plans(&old, &plan),
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
    save_account(&tx, &plan.merged_away_record(invitee_record))?;
    save_account(&tx, &plan.result)?;
    let (initiator, invitee) = (&plan.initiator.global_mpn_id, &plan.invitee.global_mpn_id);
    // R6: each tenant's users now sign in to the merged account.
    tx.prepare_cached("UPDATE users SET account = ?1 WHERE account = ?2")?
        .execute(params![initiator.as_str(), invitee.as_str()])?;
    set_state(&tx, id, RequestState::Completed, None)?;
    record(
        &tx,
        &request,
        HistoryEventKind::Completed,
        &user.email,
        Some(plan.fingerprint.as_str()),
    )?;
    let request = visible_request(&tx, user, id)?;
    tx.commit()?;
    tracing::info!(request = id, %initiator, %invitee, fingerprint = %plan.fingerprint, "merge applied");
    Ok(request)
}

/// The requests the user's account takes part in, newest first.
pub fn list(conn: &Connection, user: &SignedIn) -> Result<Vec<MergeRequest>, ApiError> {
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT_REQUEST} WHERE r.initiator = ?1 OR r.invitee = ?1 ORDER BY r.id DESC"
    ))?;
    let rows = statement.query_map([&user.account], request_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(conn: &Connection, user: &SignedIn, id: i64) -> Result<MergeRequest, ApiError> {
    visible_request(conn, user, id)
}

/// W5: the merge history of the user's account, newest first, a page at a time.
pub fn history(
    conn: &Connection,
    user: &SignedIn,
    page: HistoryPage,
) -> Result<Vec<HistoryEvent>, ApiError> {
    let mut statement = conn.prepare_cached(
        "SELECT h.id, h.request_id, h.event, h.actor, h.at, h.detail,
                r.initiator, a.company, r.invitee, b.company
         FROM history h
         JOIN merge_requests r ON r.id = h.request_id
         JOIN accounts a ON a.mpn_id = r.initiator
         JOIN accounts b ON b.mpn_id = r.invitee
         WHERE h.account = ?1 AND h.id < ?2 ORDER BY h.id DESC LIMIT ?3",
    )?;
    let before = page.before.unwrap_or(i64::MAX);
    let limit = page.limit();
    let rows = statement.query_map(params![&user.account, before, limit], |r| {
        Ok(HistoryEvent {
            id: r.get(0)?,
            request_id: r.get(1)?,
            event: parsed(r, 2)?,
            actor: r.get(3)?,
            at: r.get(4)?,
            detail: r.get(5)?,
            initiator: account_ref(r, 6)?,
            invitee: account_ref(r, 8)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// R16: replaces a user's roles, if the signed-in admin signs in through that user's tenant.
pub fn set_roles(
    conn: &mut Connection,
    user: &Caller,
    email: &str,
    roles: Vec<merge_core::RoleAssignment>,
) -> Result<merge_core::User, ApiError> {
    let tx = write(conn)?;
    let user = &user.now(&tx)?;
    let (account, _) = load_account(&tx, &user.account)?
        .ok_or_else(|| ApiError::internal(format!("account {} is missing", user.account)))?;
    let changed = merge_core::set_roles(&account, &user.email, email, roles)?;
    save_account(&tx, &changed)?;
    tx.commit()?;
    let updated = changed
        .users
        .into_iter()
        .find(|u| u.email.eq_ignore_ascii_case(email));
    updated.ok_or_else(|| ApiError::internal("the user vanished"))
}
