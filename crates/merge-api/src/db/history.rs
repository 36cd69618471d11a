//! The merge history (W5): one entry per step for each of the request's two accounts.

use merge_api_types::{HistoryEvent, HistoryEventKind, HistoryPage, MergeRequest};

use super::requests::{account_ref, deal, wire_enum};
use super::stamp::{now_stamp, parse_stamp};
use super::{sql, Conn, DbError};

/// Records `event` of `request`, done by `actor`, in both accounts' history.
pub async fn insert_event(
    conn: &mut Conn,
    request: &MergeRequest,
    event: HistoryEventKind,
    actor: &str,
    detail: Option<&str>,
) -> Result<(), DbError> {
    sql::query(
        "INSERT INTO history (request_id, account, event, actor, at, detail)
         VALUES ($1, $2, $4, $5, $6, $7), ($1, $3, $4, $5, $6, $7)",
    )
    .bind(request.id)
    .bind(request.initiator.mpn_id.as_str())
    .bind(request.invitee.mpn_id.as_str())
    .bind(event.as_str())
    .bind(actor)
    .bind(now_stamp())
    .bind(detail)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(serde::Deserialize)]
struct EventRow {
    id: i64,
    request_id: i64,
    event: String,
    actor: String,
    at: String,
    detail: Option<String>,
    initiator: String,
    initiator_company: String,
    invitee: String,
    invitee_company: String,
    deal: Option<String>,
}

impl TryFrom<EventRow> for HistoryEvent {
    type Error = DbError;

    fn try_from(row: EventRow) -> Result<Self, DbError> {
        Ok(HistoryEvent {
            id: row.id,
            request_id: row.request_id,
            event: wire_enum("history event", &row.event)?,
            actor: row.actor,
            at: parse_stamp(&row.at)?,
            detail: row.detail,
            initiator: account_ref(row.initiator, row.initiator_company),
            invitee: account_ref(row.invitee, row.invitee_company),
            deal: deal(row.deal.as_deref())?,
        })
    }
}

/// A page of `account`'s history, newest first.
pub async fn history_page(
    conn: &mut Conn,
    account: &str,
    page: HistoryPage,
) -> Result<Vec<HistoryEvent>, DbError> {
    let rows: Vec<EventRow> = sql::query_as(
        "SELECT h.id, h.request_id, h.event, h.actor, h.at, h.detail,
                r.initiator, a.company AS initiator_company,
                r.invitee, b.company AS invitee_company, r.deal
         FROM history h
         JOIN merge_requests r ON r.id = h.request_id
         JOIN accounts a ON a.mpn_id = r.initiator
         JOIN accounts b ON b.mpn_id = r.invitee
         WHERE h.account = $1 AND h.id < $2 ORDER BY h.id DESC LIMIT $3",
    )
    .bind(account)
    .bind(page.before.unwrap_or(i64::MAX))
    .bind(i64::from(page.limit()))
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter().map(HistoryEvent::try_from).collect()
}
