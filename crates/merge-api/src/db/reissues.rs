//! Re-issues as stored (R17): the users they give new emails, and the plans they applied.

use merge_core::{to_json, ReissuePlan};

use super::stamp::now_stamp;
use super::{sql, Conn, DbError};

/// Whether some user signs in as `email` (any account: an email signs in to one only).
pub async fn email_taken(conn: &mut Conn, email: &str) -> Result<bool, DbError> {
    let taken: Option<String> = sql::query_scalar("SELECT email FROM users WHERE email = $1")
        .bind(email.to_ascii_lowercase())
        .fetch_optional(&mut *conn)
        .await?;
    Ok(taken.is_some())
}

/// Gives user `from` the email `to`, unbound from their directory user: an address in another
/// tenant is another directory user, bound at their next sign-in.
pub async fn rename_user(conn: &mut Conn, from: &str, to: &str) -> Result<(), DbError> {
    sql::query("UPDATE users SET email = $2, subject = NULL WHERE email = $1")
        .bind(from.to_ascii_lowercase())
        .bind(to.to_ascii_lowercase())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Keeps the plan of a re-issue applied after merge request `request_id`, by `applied_by`.
pub async fn insert_reissue(
    conn: &mut Conn,
    request_id: i64,
    plan: &ReissuePlan,
    applied_by: &str,
) -> Result<(), DbError> {
    sql::query(
        "INSERT INTO reissues (request_id, fingerprint, plan, applied_by, applied_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(request_id)
    .bind(plan.fingerprint.as_str())
    .bind(to_json(plan))
    .bind(applied_by)
    .bind(now_stamp())
    .execute(&mut *conn)
    .await?;
    Ok(())
}
