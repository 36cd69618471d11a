//! Each account's invitation attempts, sent or refused, for its allowance (W1).

use chrono::{DateTime, Utc};

use super::stamp::{now_stamp, parse_stamp, stamp};
use super::{sql, Conn, DbError};

/// `account`'s attempts since `since`: how many, and when the oldest was (if it reads).
pub async fn attempts_since(
    conn: &mut Conn,
    account: &str,
    since: DateTime<Utc>,
) -> Result<(i64, Option<DateTime<Utc>>), DbError> {
    let (count, oldest): (i64, Option<String>) = sql::query_as(
        "SELECT count(*), min(at) FROM invitation_attempts WHERE account = $1 AND at > $2",
    )
    .bind(account)
    .bind(stamp(since))
    .fetch_one(&mut *conn)
    .await?;
    // The oldest only says when the next attempt is possible: one that does not read (a row
    // written by hand) is not worth refusing every invitation of the account for.
    let oldest = oldest.and_then(|text| match parse_stamp(&text) {
        Ok(at) => Some(at),
        Err(error) => {
            tracing::warn!(%error, account, "an invitation attempt's time does not read");
            None
        }
    });
    Ok((count, oldest))
}

/// Counts an attempt of `account`'s now, and forgets its attempts up to `forget_until`.
pub async fn record_attempt(
    conn: &mut Conn,
    account: &str,
    forget_until: DateTime<Utc>,
) -> Result<(), DbError> {
    sql::query("DELETE FROM invitation_attempts WHERE account = $1 AND at <= $2")
        .bind(account)
        .bind(stamp(forget_until))
        .execute(&mut *conn)
        .await?;
    sql::query("INSERT INTO invitation_attempts (account, at) VALUES ($1, $2)")
        .bind(account)
        .bind(now_stamp())
        .execute(&mut *conn)
        .await?;
    Ok(())
}
