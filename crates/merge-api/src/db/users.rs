//! The users who sign in: each to one account, bound to one directory user (its subject key)
//! once they have signed in through a provider.

use super::{sql, Conn, DbError};

/// A user as stored.
#[derive(serde::Deserialize)]
pub struct UserRow {
    /// The account they sign in to.
    pub account: String,
    /// Their directory user's subject key; none before their first provider sign-in.
    pub subject: Option<String>,
}

/// The user who signs in as `email`.
pub async fn user(conn: &mut Conn, email: &str) -> Result<Option<UserRow>, DbError> {
    sql::query_as("SELECT account, subject FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(&mut *conn)
        .await
}

/// The account of a user the demo seed made (the only ones demo sign-in accepts).
pub async fn demo_account_of(conn: &mut Conn, email: &str) -> Result<Option<String>, DbError> {
    sql::query_scalar("SELECT account FROM users WHERE email = $1 AND demo = TRUE")
        .bind(email.to_ascii_lowercase())
        .fetch_optional(conn)
        .await
}

/// The user (other than `except`) bound to the directory user `subject`, if any.
pub async fn email_bound_to(
    conn: &mut Conn,
    subject: &str,
    except: Option<&str>,
) -> Result<Option<String>, DbError> {
    sql::query_scalar("SELECT email FROM users WHERE subject = $1 AND ($2 IS NULL OR email <> $2)")
        .bind(subject)
        .bind(except)
        .fetch_optional(&mut *conn)
        .await
}

/// Binds `email` to `subject` if it is bound to no one yet; [`DbError::Duplicate`] if another
/// user took that subject meanwhile.
pub async fn bind_if_unbound(conn: &mut Conn, email: &str, subject: &str) -> Result<(), DbError> {
    sql::query("UPDATE users SET subject = $2 WHERE email = $1 AND subject IS NULL")
        .bind(email)
        .bind(subject)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Binds `email` to `subject`, whatever it was bound to (the operator's import).
pub async fn set_subject(conn: &mut Conn, email: &str, subject: &str) -> Result<(), DbError> {
    sql::query("UPDATE users SET subject = $2 WHERE email = $1")
        .bind(email)
        .bind(subject)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Unbinds `email` from its directory user; whether there is such a user.
pub async fn unbind(conn: &mut Conn, email: &str) -> Result<bool, DbError> {
    let unbound = sql::query("UPDATE users SET subject = NULL WHERE email = $1")
        .bind(email)
        .execute(&mut *conn)
        .await?;
    Ok(unbound == 1)
}
