//! The transactional outbox (issue #31): every workflow step that another person must hear of
//! writes its messages here in the step's own transaction ([`enqueue`], called by
//! `merges::record`), so a step that rolls back has no messages and a step that commits has all
//! of them. The delivery task ([`deliver`]) sends them after commit.
//!
//! Who hears of what: the other party's account admins of an invitation, an answer or a
//! cancellation; both companies' admins of a completed merge or a re-issue. Only users of the
//! request's two accounts, never a third company's; never bank or tax data (the facts kept are
//! the companies, who acted, when, a rejection's reason and the applied plan's fingerprint).

mod deliver;
mod operator;
mod render;
mod settings;

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;
use merge_api_types::{HistoryEventKind, MergeRequest, RequestState, WebhookEvent};
use merge_core::{AccountSnapshot, AdminReading, DealKind, Lang};
use serde::{Deserialize, Serialize};

use crate::db::now_stamp as now;
use crate::db::{load_account, sql, Conn};
use crate::error::ApiError;

pub use deliver::{backlog, mailbox, spawn_delivery};
pub use operator::{list_notifications, retry_notifications, Notification, OperatorError};
pub use settings::{DeliveryConfig, ExpiryConfig, Settings, SmtpConfig, Webhook, WebhookConfig};

/// What a message tells of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MessageKind {
    Invited,
    Accepted,
    Rejected,
    Cancelled,
    Completed,
    Reissued,
    /// A reminder: the request expires soon.
    Expiring,
    Expired,
}

impl MessageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invited => "invited",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
            Self::Cancelled => "cancelled",
            Self::Completed => "completed",
            Self::Reissued => "reissued",
            Self::Expiring => "expiring",
            Self::Expired => "expired",
        }
    }

    fn of(event: HistoryEventKind) -> Self {
        match event {
            HistoryEventKind::Sent => Self::Invited,
            HistoryEventKind::Accepted => Self::Accepted,
            HistoryEventKind::Rejected => Self::Rejected,
            HistoryEventKind::Cancelled => Self::Cancelled,
            HistoryEventKind::Completed => Self::Completed,
            HistoryEventKind::Reissued => Self::Reissued,
            HistoryEventKind::Expired => Self::Expired,
        }
    }
}

/// What a message says, kept with it and rendered in the recipient's language when it is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    pub initiator: String,
    pub invitee: String,
    /// The company the recipient is an account admin of (the email says why they get it).
    pub company: String,
    /// The recipient is of the invited company (a reminder takes them to the invitation).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub invitee_side: bool,
    pub actor: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// A completed merge's or a re-issue's plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// A reminder's: the day the request has waited since, the day it expires, and in how many
    /// days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// The request's deal kind, if it was sent with one (R22).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<DealKind>,
    /// The deployment's reading of admin rights (A3), set when the email is written: whose
    /// admins act for the merged account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<AdminReading>,
}

/// Whose account admins hear of a step.
enum Audience {
    Initiator,
    Invitee,
    /// After a completed merge or a re-issue: the merged account's admins, both companies'.
    Both,
    /// Each company's own admins (an expired request: no merge happened).
    Parties,
}

/// Writes the messages `event` of `request` owes, in the step's transaction: one email per
/// account admin of the party that must hear of it, in that admin's language.
/// `known`: account snapshots the step holds already, which are not read again.
pub async fn enqueue(
    conn: &mut Conn,
    request: &MergeRequest,
    event: HistoryEventKind,
    actor: &str,
    detail: Option<&str>,
    known: &[&AccountSnapshot],
) -> Result<(), ApiError> {
    let kind = MessageKind::of(event);
    enqueue_message(conn, request, kind, actor, detail, None, known).await
}

/// When a request expires, for its reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub since: NaiveDate,
    pub expires: NaiveDate,
    pub days: i64,
}

/// Writes the messages of `kind` about `request`, as [`enqueue`].
pub async fn enqueue_message(
    conn: &mut Conn,
    request: &MergeRequest,
    kind: MessageKind,
    actor: &str,
    detail: Option<&str>,
    deadline: Option<Deadline>,
    known: &[&AccountSnapshot],
) -> Result<(), ApiError> {
    let (initiator, invitee) = (
        request.initiator.mpn_id.as_str(),
        request.invitee.mpn_id.as_str(),
    );
    // Every user of the two accounts, with the language each chose: no one else is written to.
    #[derive(serde::Deserialize)]
    struct User {
        email: String,
        account: String,
        lang: Option<String>,
    }
    let rows: Vec<User> =
        sql::query_as("SELECT email, account, lang FROM users WHERE account IN ($1, $2)")
            .bind(initiator)
            .bind(invitee)
            .fetch_all(&mut *conn)
            .await?;
    let mut users: HashMap<String, (String, Option<Lang>)> = HashMap::with_capacity(rows.len());
    for row in rows {
        let lang = row.lang.and_then(|l| l.parse().ok());
        users.insert(row.email, (row.account, lang));
    }
    let audience = match kind {
        MessageKind::Invited => Audience::Invitee,
        MessageKind::Accepted | MessageKind::Rejected => Audience::Initiator,
        // The side that did not call it off.
        MessageKind::Cancelled => match users.get(&actor.to_ascii_lowercase()) {
            Some((account, _)) if account == invitee => Audience::Initiator,
            _ => Audience::Invitee,
        },
        MessageKind::Completed | MessageKind::Reissued => Audience::Both,
        // Whoever must act next: the invitee answers, the initiator confirms.
        MessageKind::Expiring => match request.state {
            RequestState::Accepted => Audience::Initiator,
            _ => Audience::Invitee,
        },
        MessageKind::Expired => Audience::Parties,
    };
    // Each party told, by its account; a completed merge's admins of both companies are the
    // merged account's (R5, R6).
    let parties = match audience {
        Audience::Invitee => vec![(invitee, &request.invitee.company)],
        Audience::Initiator | Audience::Both => vec![(initiator, &request.initiator.company)],
        Audience::Parties => vec![
            (initiator, &request.initiator.company),
            (invitee, &request.invitee.company),
        ],
    };
    // After the merge, the absorbed company's admins are told of their own company.
    let absorbed_domains: Vec<String> = match audience {
        Audience::Both => snapshot_of(conn, known, invitee)
            .await?
            .map(|a| a.tenants.iter().map(|t| t.domain.clone()).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let at = now();
    let mut messages = Vec::new();
    for (account, party) in parties {
        let snapshot = snapshot_of(conn, known, account)
            .await?
            .ok_or_else(|| ApiError::internal(format!("account {account} is missing")))?;
        let admins = account_admins(&snapshot, account, &users);
        // Who chose no language reads the account's first admin's, else English.
        let first_choice = admins.first().and_then(|(_, lang)| *lang);
        for (email, lang) in &admins {
            let absorbed = absorbed_domains.iter().any(|d| {
                email
                    .rsplit_once('@')
                    .is_some_and(|(_, at)| at.eq_ignore_ascii_case(d))
            });
            let facts = Facts {
                initiator: request.initiator.company.clone(),
                invitee: request.invitee.company.clone(),
                company: match absorbed {
                    true => request.invitee.company.clone(),
                    false => party.clone(),
                },
                invitee_side: absorbed || account == invitee,
                actor: actor.to_string(),
                reason: (kind == MessageKind::Rejected)
                    .then(|| detail.map(str::to_string))
                    .flatten(),
                fingerprint: matches!(kind, MessageKind::Completed | MessageKind::Reissued)
                    .then(|| detail.map(str::to_string))
                    .flatten(),
                as_of: (kind == MessageKind::Completed).then(crate::merges::today),
                since: deadline.map(|d| d.since),
                expires: deadline.map(|d| d.expires),
                days: deadline.map(|d| d.days),
                deal: request.deal,
                reading: None,
            };
            let lang = lang.or(first_choice).unwrap_or_default();
            let facts = serde_json::to_string(&facts)
                .map_err(|e| ApiError::internal(format!("a message's facts: {e}")))?;
            messages.push(Message {
                id: message_id()?,
                channel: "email",
                recipient: email.clone(),
                lang,
                facts,
            });
        }
    }
    // The operators' webhooks: one event, fanned out to each webhook by the delivery task.
    let id = message_id()?;
    let event = WebhookEvent {
        id: id.clone(),
        event: kind.as_str().to_string(),
        created_at: crate::db::parse_stamp(&at)?,
        request_id: request.id,
        initiator: request.initiator.clone(),
        invitee: request.invitee.clone(),
        actor: actor.to_string(),
        fingerprint: matches!(kind, MessageKind::Completed | MessageKind::Reissued)
            .then(|| detail.map(str::to_string))
            .flatten(),
        reason: (kind == MessageKind::Rejected)
            .then(|| detail.map(str::to_string))
            .flatten(),
        deal: request.deal,
    };
    let event = serde_json::to_string(&event)
        .map_err(|e| ApiError::internal(format!("a webhook event: {e}")))?;
    messages.push(Message {
        id,
        channel: "event",
        recipient: "*".into(),
        lang: Lang::En,
        facts: event,
    });
    // One statement for all of them: the step holds its accounts' locks until it commits.
    insert(conn, request.id, kind, &at, &messages).await
}

/// `account`'s snapshot: the one the step holds, else the stored one.
async fn snapshot_of<'k>(
    conn: &mut Conn,
    known: &[&'k AccountSnapshot],
    account: &str,
) -> Result<Option<Cow<'k, AccountSnapshot>>, ApiError> {
    if let Some(snapshot) = known.iter().find(|s| s.global_mpn_id.as_str() == account) {
        return Ok(Some(Cow::Borrowed(*snapshot)));
    }
    Ok(load_account(conn, account)
        .await?
        .map(|(snapshot, _)| Cow::Owned(snapshot)))
}

/// One outbox row to write.
struct Message {
    id: String,
    /// `email`, `event` (fanned out to the webhooks) or `webhook`.
    channel: &'static str,
    recipient: String,
    lang: Lang,
    /// An email's [`Facts`], or an event's or a webhook's body, as JSON.
    facts: String,
}

/// The account-wide account admins of `snapshot` who sign in to `account`, in the snapshot's
/// order, each with the language they chose.
fn account_admins(
    snapshot: &AccountSnapshot,
    account: &str,
    users: &HashMap<String, (String, Option<Lang>)>,
) -> Vec<(String, Option<Lang>)> {
    snapshot
        .users
        .iter()
        .filter(|u| u.is_account_admin())
        .filter_map(|u| {
            let email = u.email.to_ascii_lowercase();
            match users.get(&email) {
                Some((their_account, lang)) if their_account == account => Some((email, *lang)),
                _ => None,
            }
        })
        .collect()
}

/// Writes `messages` about `request_id`'s step `kind`, taken at `at`; a message whose id is
/// written already is left as it is.
async fn insert(
    conn: &mut Conn,
    request_id: i64,
    kind: MessageKind,
    at: &str,
    messages: &[Message],
) -> Result<(), ApiError> {
    // Within PostgreSQL's 65,535 parameters a statement, however many admins an account has.
    for chunk in messages.chunks(1_000) {
        // $1-$3 are the step's, then five per message.
        let rows: Vec<String> = (0..chunk.len())
            .map(|i| {
                let p = 4 + i * 5;
                format!(
                    "(${}, ${}, ${}, ${}, $1, $2, ${}, $3, $3)",
                    p,
                    p + 1,
                    p + 2,
                    p + 3,
                    p + 4
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO outbox (id, channel, recipient, lang, request_id, event, facts,
                                 next_attempt_at, created_at)
             VALUES {} ON CONFLICT DO NOTHING",
            rows.join(", ")
        );
        let mut query = sql::query(sql::built(sql))
            .bind(request_id)
            .bind(kind.as_str())
            .bind(at);
        for m in chunk {
            query = query
                .bind(&m.id)
                .bind(m.channel)
                .bind(&m.recipient)
                .bind(m.lang.code())
                .bind(&m.facts);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Writes one message with the given id (a webhook delivery: its event's id and the webhook's).
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_with_id(
    conn: &mut Conn,
    id: &str,
    channel: &'static str,
    request_id: i64,
    kind: MessageKind,
    recipient: &str,
    lang: Lang,
    facts: &str,
    at: &str,
) -> Result<(), ApiError> {
    let message = Message {
        id: id.to_string(),
        channel,
        recipient: recipient.to_string(),
        lang,
        facts: facts.to_string(),
    };
    insert(conn, request_id, kind, at, &[message]).await
}

/// A new message's id: 128 random bits, as hex.
fn message_id() -> Result<String, ApiError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| ApiError::internal(format!("random id: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// PUT /api/me/language: the language `email` reads their emails in.
pub async fn set_language(conn: &mut Conn, email: &str, lang: Lang) -> Result<(), ApiError> {
    sql::query("UPDATE users SET lang = $2 WHERE email = $1")
        .bind(email)
        .bind(lang.code())
        .execute(&mut *conn)
        .await?;
    Ok(())
}
