//! The operator's view of the outbox: `partner-merge-api notifications list [--failed]` and
//! `notifications retry ID… | --failed`.

use crate::db::{sql, Database, Db, DbOptions};
use crate::error::ApiError;

/// One message as the operator sees it (a row of the outbox, read by its columns' names).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Notification {
    pub id: String,
    pub state: String,
    pub channel: String,
    pub recipient: String,
    pub event: String,
    pub request_id: i64,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: String,
}

impl std::fmt::Display for Notification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}  {:<7}  {} {}  {} of request {}  {} tries  {}",
            self.id,
            self.state,
            self.channel,
            self.recipient,
            self.event,
            self.request_id,
            self.attempts,
            self.created_at
        )?;
        if let Some(error) = &self.last_error {
            write!(f, "  last error: {error}")?;
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OperatorError {
    #[error("no dead message has the id {0} (`notifications list --failed` lists them)")]
    NotDead(String),
    #[error(transparent)]
    Database(#[from] ApiError),
}

/// The messages in the outbox, newest first: all, or only the dead ones.
pub async fn list_notifications(
    database: &Database,
    failed: bool,
) -> Result<Vec<Notification>, OperatorError> {
    let db = Db::connect(database, DbOptions::default(), None).await?;
    let list = db
        .read(failed, |conn, failed| {
            Box::pin(async move {
                Ok(sql::query_as(
                    "SELECT id, state, channel, recipient, event, request_id, attempts,
                            last_error, created_at
                     FROM outbox WHERE channel <> 'event' AND (NOT $1 OR state = 'dead')
                     ORDER BY created_at DESC, id",
                )
                .bind(*failed)
                .fetch_all(&mut *conn)
                .await?)
            })
        })
        .await?;
    Ok(list)
}

/// Makes dead messages pending again with their tries counted afresh, so the delivery task of
/// a running server sends them (within its poll interval). `ids` empty: every dead message.
/// How many were revived.
pub async fn retry_notifications(
    database: &Database,
    ids: &[String],
) -> Result<u64, OperatorError> {
    let db = Db::connect(database, DbOptions::default(), None).await?;
    let ids = ids.to_vec();
    let revived = db
        .write(ids, |conn, ids| {
            Box::pin(async move {
                let now = crate::db::now_stamp();
                if ids.is_empty() {
                    let done = sql::query(
                        "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = $1,
                                claimed_until = NULL WHERE state = 'dead'",
                    )
                    .bind(&now)
                    .execute(&mut *conn)
                    .await?;
                    return Ok(Ok(done));
                }
                // All or none: every id names a dead message before any is revived.
                for id in ids {
                    let dead: Option<String> =
                        sql::query_scalar("SELECT id FROM outbox WHERE id = $1 AND state = 'dead'")
                            .bind(id)
                            .fetch_optional(&mut *conn)
                            .await?;
                    if dead.is_none() {
                        return Ok(Err(id.clone()));
                    }
                }
                for id in ids {
                    sql::query(
                        "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = $2,
                                claimed_until = NULL WHERE id = $1 AND state = 'dead'",
                    )
                    .bind(id)
                    .bind(&now)
                    .execute(&mut *conn)
                    .await?;
                }
                Ok(Ok(ids.len() as u64))
            })
        })
        .await?;
    revived.map_err(OperatorError::NotDead)
}
