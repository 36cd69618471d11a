//! Merge requests as stored (W1-W6): the requests, the accounts an open one holds (W6), and the
//! plans shown and applied (W4, the report).

use merge_api_types::{AccountRef, MergeRequest, RequestState};
use merge_core::{to_json, DealKind, MergePlan};
use serde::de::DeserializeOwned;

use super::stamp::{now_stamp, parse_stamp};
use super::{sql, Conn, DbError};

/// A request with both companies' names; `WHERE …` follows.
macro_rules! select_request {
    ($($rest:literal),*) => {
        concat!("SELECT ", request_columns!(), request_tables!(), $($rest),*)
    };
}

/// The columns of a [`RequestRow`].
macro_rules! request_columns {
    () => {
        "r.id, r.initiator, a.company AS initiator_company, r.invitee,
         b.company AS invitee_company, r.state, r.reason, r.created_by, r.created_at,
         r.updated_at, r.accepted_by, r.accepted_at, r.closed_by, r.deal"
    };
}

macro_rules! request_tables {
    () => {
        " FROM merge_requests r
         JOIN accounts a ON a.mpn_id = r.initiator
         JOIN accounts b ON b.mpn_id = r.invitee "
    };
}

#[derive(serde::Deserialize)]
struct RequestRow {
    id: i64,
    initiator: String,
    initiator_company: String,
    invitee: String,
    invitee_company: String,
    state: String,
    reason: Option<String>,
    created_by: String,
    created_at: String,
    updated_at: String,
    accepted_by: Option<String>,
    accepted_at: Option<String>,
    closed_by: Option<String>,
    deal: Option<String>,
}

impl TryFrom<RequestRow> for MergeRequest {
    type Error = DbError;

    fn try_from(row: RequestRow) -> Result<Self, DbError> {
        Ok(MergeRequest {
            id: row.id,
            initiator: account_ref(row.initiator, row.initiator_company),
            invitee: account_ref(row.invitee, row.invitee_company),
            state: wire_enum("request state", &row.state)?,
            reason: row.reason,
            created_by: row.created_by,
            created_at: parse_stamp(&row.created_at)?,
            updated_at: parse_stamp(&row.updated_at)?,
            accepted_by: row.accepted_by,
            accepted_at: row.accepted_at.as_deref().map(parse_stamp).transpose()?,
            closed_by: row.closed_by,
            deal: deal(row.deal.as_deref())?,
        })
    }
}

/// A party of a request: its MPN ID and company name, as two columns hold them.
pub(super) fn account_ref(mpn_id: String, company: String) -> AccountRef {
    AccountRef {
        mpn_id: mpn_id.into(),
        company,
    }
}

/// A request's kind of deal, none for a request sent before deal kinds existed.
pub(super) fn deal(stored: Option<&str>) -> Result<Option<DealKind>, DbError> {
    stored.map(|deal| wire_enum("deal kind", deal)).transpose()
}

/// A value stored as the serde name of a wire enum (its `as_str`).
pub(super) fn wire_enum<T: DeserializeOwned>(what: &'static str, text: &str) -> Result<T, DbError> {
    use serde::de::value::{Error, StrDeserializer};
    T::deserialize(StrDeserializer::<Error>::new(text))
        .map_err(|e| DbError::unreadable(what, text, e))
}

/// Request `id`, if there is one.
pub async fn request(conn: &mut Conn, id: i64) -> Result<Option<MergeRequest>, DbError> {
    let row: Option<RequestRow> = sql::query_as(select_request!("WHERE r.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(MergeRequest::try_from).transpose()
}

/// The requests `account` takes part in, newest first.
pub async fn requests_of(conn: &mut Conn, account: &str) -> Result<Vec<MergeRequest>, DbError> {
    let rows: Vec<RequestRow> = sql::query_as(select_request!(
        "WHERE r.initiator = $1 OR r.invitee = $1 ORDER BY r.id DESC"
    ))
    .bind(account)
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter().map(MergeRequest::try_from).collect()
}

/// The latest completed merge of `invitee` into `initiator`.
pub async fn completed_merge(
    conn: &mut Conn,
    initiator: &str,
    invitee: &str,
) -> Result<Option<MergeRequest>, DbError> {
    let row: Option<RequestRow> = sql::query_as(select_request!(
        "WHERE r.initiator = $1 AND r.invitee = $2 AND r.state = $3 ORDER BY r.id DESC LIMIT 1"
    ))
    .bind(initiator)
    .bind(invitee)
    .bind(RequestState::Completed.as_str())
    .fetch_optional(&mut *conn)
    .await?;
    row.map(MergeRequest::try_from).transpose()
}

#[derive(serde::Deserialize)]
struct OpenRow {
    #[serde(flatten)]
    request: RequestRow,
    reminded_for: Option<String>,
}

/// Every open request, each with the state it was last reminded in (none, if never): what the
/// expiry timer looks at.
pub async fn open_requests(
    conn: &mut Conn,
) -> Result<Vec<(MergeRequest, Option<String>)>, DbError> {
    let rows: Vec<OpenRow> = sql::query_as(concat!(
        "SELECT r.reminded_for, ",
        request_columns!(),
        request_tables!(),
        "JOIN open_merges o ON o.request_id = r.id AND o.account = r.initiator"
    ))
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|row| Ok((row.request.try_into()?, row.reminded_for)))
        .collect()
}

/// The state request `id` was last reminded in, if any.
pub async fn reminded_for(conn: &mut Conn, id: i64) -> Result<Option<String>, DbError> {
    sql::query_scalar("SELECT reminded_for FROM merge_requests WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await
}

/// Records that request `id` was reminded in its present state.
pub async fn mark_reminded(conn: &mut Conn, id: i64) -> Result<(), DbError> {
    sql::query("UPDATE merge_requests SET reminded_for = state WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// PostgreSQL: locks the two accounts of request `id` in MPN ID order, if the user `email`
/// belongs to one of them (others' requests lock nothing). SQLite's write transaction holds
/// everything already.
pub async fn lock_accounts_of_request(
    conn: &mut Conn,
    id: i64,
    email: &str,
) -> Result<(), DbError> {
    if !super::is_postgres(conn) {
        return Ok(());
    }
    sql::query(
        "SELECT a.mpn_id FROM merge_requests r
         JOIN users u ON u.email = $2 AND u.account IN (r.initiator, r.invitee)
         JOIN accounts a ON a.mpn_id IN (r.initiator, r.invitee)
         WHERE r.id = $1 ORDER BY a.mpn_id FOR NO KEY UPDATE OF a",
    )
    .bind(id)
    .bind(email)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A new pending request; its id.
pub async fn insert_request(
    conn: &mut Conn,
    initiator: &str,
    invitee: &str,
    created_by: &str,
    deal: Option<DealKind>,
) -> Result<i64, DbError> {
    sql::query_scalar(
        "INSERT INTO merge_requests
           (initiator, invitee, state, created_by, created_at, updated_at, deal)
         VALUES ($1, $2, 'pending', $3, $4, $4, $5) RETURNING id",
    )
    .bind(initiator)
    .bind(invitee)
    .bind(created_by)
    .bind(now_stamp())
    .bind(deal.map(DealKind::as_str))
    .fetch_one(&mut *conn)
    .await
}

/// Of `first` and `second`, the accounts an open request holds (W6).
pub async fn held_accounts(
    conn: &mut Conn,
    first: &str,
    second: &str,
) -> Result<Vec<String>, DbError> {
    sql::query_scalar("SELECT account FROM open_merges WHERE account IN ($1, $2)")
        .bind(first)
        .bind(second)
        .fetch_all(&mut *conn)
        .await
}

/// W6, by the primary key of open_merges: holds `account` for request `id`, or says that
/// another request holds it.
pub async fn hold_account(conn: &mut Conn, account: &str, id: i64) -> Result<bool, DbError> {
    let held = sql::query(
        "INSERT INTO open_merges (account, request_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(account)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(held == 1)
}

/// Where a step moves a request, with what each move records: the rights reading only with a
/// completed merge, a reason only with a rejection.
#[derive(Debug, Clone, Copy)]
pub enum Transition<'a> {
    Accepted {
        by: &'a str,
    },
    /// With the invitee's reason, if they gave one.
    Rejected {
        by: &'a str,
        reason: Option<&'a str>,
    },
    Cancelled {
        by: &'a str,
    },
    Expired {
        by: &'a str,
    },
    /// The merge applied, under the reading of admin rights acknowledged (A3).
    Completed {
        by: &'a str,
        rights_reading: &'a str,
    },
}

impl<'a> Transition<'a> {
    pub fn state(self) -> RequestState {
        match self {
            Self::Accepted { .. } => RequestState::Accepted,
            Self::Rejected { .. } => RequestState::Rejected,
            Self::Cancelled { .. } => RequestState::Cancelled,
            Self::Expired { .. } => RequestState::Expired,
            Self::Completed { .. } => RequestState::Completed,
        }
    }

    /// Who accepted (for `Accepted`) or closed it.
    fn actor(self) -> &'a str {
        match self {
            Self::Accepted { by }
            | Self::Rejected { by, .. }
            | Self::Cancelled { by }
            | Self::Expired { by }
            | Self::Completed { by, .. } => by,
        }
    }

    fn reason(self) -> Option<&'a str> {
        match self {
            Self::Rejected { reason, .. } => reason,
            _ => None,
        }
    }

    fn rights_reading(self) -> Option<&'a str> {
        match self {
            Self::Completed { rights_reading, .. } => Some(rights_reading),
            _ => None,
        }
    }
}

#[derive(serde::Deserialize)]
struct StateRow {
    state: String,
    reason: Option<String>,
    updated_at: String,
    accepted_by: Option<String>,
    accepted_at: Option<String>,
    closed_by: Option<String>,
}

/// Moves `request` to a new state in one statement, and frees its accounts once it is closed
/// (W6); the request as stored now.
pub async fn set_state(
    conn: &mut Conn,
    request: &MergeRequest,
    to: Transition<'_>,
) -> Result<MergeRequest, DbError> {
    let accepted = to.state() == RequestState::Accepted;
    let closed = !to.state().is_open();
    let row: StateRow = sql::query_as(
        "UPDATE merge_requests SET state = $2, reason = coalesce($3, reason), updated_at = $4,
                accepted_by = CASE WHEN $5 THEN $6 ELSE accepted_by END,
                accepted_at = CASE WHEN $5 THEN $4 ELSE accepted_at END,
                closed_by = CASE WHEN $7 THEN $6 ELSE closed_by END,
                rights_reading = coalesce($8, rights_reading)
         WHERE id = $1
         RETURNING state, reason, updated_at, accepted_by, accepted_at, closed_by",
    )
    .bind(request.id)
    .bind(to.state().as_str())
    .bind(to.reason())
    .bind(now_stamp())
    .bind(accepted)
    .bind(to.actor())
    .bind(closed)
    .bind(to.rights_reading())
    .fetch_one(&mut *conn)
    .await?;
    if closed {
        sql::query("DELETE FROM open_merges WHERE request_id = $1")
            .bind(request.id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(MergeRequest {
        state: wire_enum("request state", &row.state)?,
        reason: row.reason,
        updated_at: parse_stamp(&row.updated_at)?,
        accepted_by: row.accepted_by,
        accepted_at: row.accepted_at.as_deref().map(parse_stamp).transpose()?,
        closed_by: row.closed_by,
        ..request.clone()
    })
}

/// Keeps a plan shown or applied for request `id`, once per fingerprint (W4: what a stale
/// confirmation is compared with; the report of an applied merge).
pub async fn keep_plan(conn: &mut Conn, id: i64, plan: &MergePlan) -> Result<(), DbError> {
    sql::query(
        "INSERT INTO previews (request_id, fingerprint, plan, shown_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(plan.fingerprint.as_str())
    .bind(to_json(plan))
    .bind(now_stamp())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The plan (JSON) shown for request `id` with `fingerprint`, if it was shown.
pub async fn shown_plan(
    conn: &mut Conn,
    id: i64,
    fingerprint: &str,
) -> Result<Option<String>, DbError> {
    sql::query_scalar("SELECT plan FROM previews WHERE request_id = $1 AND fingerprint = $2")
        .bind(id)
        .bind(fingerprint)
        .fetch_optional(&mut *conn)
        .await
}

/// The plan a completed merge applied, and the reading of admin rights its initiator
/// acknowledged (none for a merge applied before readings were kept).
#[derive(serde::Deserialize)]
pub struct AppliedPlan {
    pub plan: String,
    pub rights_reading: Option<String>,
}

/// The plan applied by request `id`, if this server kept it (the one whose fingerprint its
/// completion recorded).
pub async fn applied_plan(conn: &mut Conn, id: i64) -> Result<Option<AppliedPlan>, DbError> {
    sql::query_as(
        "SELECT p.plan, r.rights_reading FROM previews p
         JOIN history h ON h.request_id = p.request_id AND h.detail = p.fingerprint
         JOIN merge_requests r ON r.id = p.request_id
         WHERE p.request_id = $1 AND h.event = 'completed' LIMIT 1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
}
