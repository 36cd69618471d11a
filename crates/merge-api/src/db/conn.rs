//! A step's connection, SQLite's (rusqlite, from this process's pool of them) or PostgreSQL's
//! (sqlx), with the transaction it runs in.

use std::path::PathBuf;

use deadpool::managed::{Manager, Metrics, Object, RecycleError, RecycleResult};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, Transaction};

use super::DbError;

/// A connection inside a step, in its transaction (or, for [`super::Db::autocommit`], none).
pub struct Conn(Link);

enum Link {
    /// `open`: a transaction was begun and not yet ended; it is rolled back if the step is
    /// dropped unfinished (its request given up), before the connection goes back to the pool.
    Sqlite { conn: SqliteLink, open: bool },
    /// None only while the transaction ends.
    Postgres(Option<PgLink>),
}

enum SqliteLink {
    Pooled(Object<SqliteFile>),
    /// The readiness check's, opened for it.
    Own(rusqlite::Connection),
}

impl std::ops::Deref for SqliteLink {
    type Target = rusqlite::Connection;

    fn deref(&self) -> &rusqlite::Connection {
        match self {
            Self::Pooled(conn) => conn,
            Self::Own(conn) => conn,
        }
    }
}

enum PgLink {
    Transaction(Transaction<'static, Any>),
    Plain(PoolConnection<Any>),
}

/// What a statement runs on.
pub(super) enum Driver<'c> {
    Sqlite(&'c rusqlite::Connection),
    Postgres(&'c mut AnyConnection),
}

impl Conn {
    pub(super) fn sqlite(conn: Object<SqliteFile>) -> Self {
        Self(Link::Sqlite {
            conn: SqliteLink::Pooled(conn),
            open: false,
        })
    }

    pub(super) fn own_sqlite(conn: rusqlite::Connection) -> Self {
        Self(Link::Sqlite {
            conn: SqliteLink::Own(conn),
            open: false,
        })
    }

    pub(super) fn postgres(conn: PoolConnection<Any>) -> Self {
        Self(Link::Postgres(Some(PgLink::Plain(conn))))
    }

    pub(super) fn postgres_transaction(tx: Transaction<'static, Any>) -> Self {
        Self(Link::Postgres(Some(PgLink::Transaction(tx))))
    }

    /// Whether a writing step must lock what it touches (PostgreSQL), or holds it all already
    /// (SQLite).
    pub fn is_postgres(&self) -> bool {
        matches!(self.0, Link::Postgres(_))
    }

    pub(super) fn driver(&mut self) -> Driver<'_> {
        match &mut self.0 {
            Link::Sqlite { conn, .. } => Driver::Sqlite(conn),
            Link::Postgres(Some(PgLink::Transaction(tx))) => Driver::Postgres(tx),
            Link::Postgres(Some(PgLink::Plain(conn))) => Driver::Postgres(conn),
            Link::Postgres(None) => unreachable!("a connection is used only before it ends"),
        }
    }

    /// SQLite: begins a transaction with `statement`.
    pub(super) fn begin_sqlite(&mut self, statement: &str) -> Result<(), DbError> {
        if let Link::Sqlite { conn, open } = &mut self.0 {
            conn.execute_batch(statement)?;
            *open = true;
        }
        Ok(())
    }

    /// Commits after work that succeeded, rolls back otherwise (at once: on SQLite an open
    /// transaction holds the write lock).
    pub(super) async fn finish<T, E: From<DbError>>(
        mut self,
        result: Result<T, E>,
    ) -> Result<T, E> {
        let ended = match &mut self.0 {
            Link::Sqlite { conn, open } => {
                let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
                let ended = conn.execute_batch(end).map_err(DbError::from);
                // A failed COMMIT leaves the transaction open: the drop rolls it back.
                *open = ended.is_err();
                ended
            }
            Link::Postgres(link) => match link.take() {
                Some(PgLink::Transaction(tx)) if result.is_ok() => {
                    tx.commit().await.map_err(DbError::from)
                }
                Some(PgLink::Transaction(tx)) => {
                    if let Err(rollback) = tx.rollback().await {
                        tracing::warn!(%rollback, "rollback failed; the connection is dropped");
                    }
                    Ok(())
                }
                _ => Ok(()),
            },
        };
        match (result, ended) {
            (Ok(value), Ok(())) => Ok(value),
            (Ok(_), Err(error)) => Err(error.into()),
            (Err(error), ended) => {
                if let Err(rollback) = ended {
                    tracing::warn!(%rollback, "rollback failed");
                }
                Err(error)
            }
        }
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        if let Link::Sqlite { conn, open: true } = &mut self.0 {
            if let Err(error) = conn.execute_batch("ROLLBACK") {
                tracing::warn!(%error, "rolling back a step given up failed");
            }
        }
    }
}

/// The SQLite file's connections: each opened with the same settings, and kept with its
/// prepared statements.
#[derive(Clone)]
pub(super) struct SqliteFile {
    pub(super) path: PathBuf,
    pub(super) pragmas: String,
    /// The readers' connections: a step that only reads cannot write by mistake.
    pub(super) query_only: bool,
}

/// Prepared statements each connection keeps: every statement the API runs, with room
/// (rusqlite keeps 16 unless told, fewer than a confirm runs).
const STATEMENTS_KEPT: usize = 256;

impl SqliteFile {
    /// A connection with the file's settings.
    pub(super) fn open(&self) -> Result<rusqlite::Connection, rusqlite::Error> {
        // Not as a URI: the file's name is taken whole, whatever characters it has. Not
        // created: `Db::connect` made it, its owner's only; a file gone meanwhile is an error.
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = rusqlite::Connection::open_with_flags(&self.path, flags)?;
        conn.execute_batch(&self.pragmas)?;
        if self.query_only {
            conn.execute_batch("PRAGMA query_only = ON")?;
        }
        conn.set_prepared_statement_cache_capacity(STATEMENTS_KEPT);
        Ok(conn)
    }
}

impl Manager for SqliteFile {
    type Type = rusqlite::Connection;
    type Error = rusqlite::Error;

    async fn create(&self) -> Result<rusqlite::Connection, rusqlite::Error> {
        self.open()
    }

    async fn recycle(
        &self,
        conn: &mut rusqlite::Connection,
        _: &Metrics,
    ) -> RecycleResult<rusqlite::Error> {
        // Never expected (steps end their transactions, or their drop does), but a connection
        // still in one would hold the write lock for good.
        match conn.is_autocommit() {
            true => Ok(()),
            false => Err(RecycleError::message("left inside a transaction")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch_file(name: &str) -> SqliteFile {
        let dir =
            std::env::temp_dir().join(format!("merge-api-conn-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("db.sqlite");
        rusqlite::Connection::open(&path).unwrap();
        SqliteFile {
            path,
            pragmas: "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 100;".into(),
            query_only: false,
        }
    }

    #[tokio::test]
    async fn a_step_given_up_inside_its_transaction_is_rolled_back_and_holds_no_lock() {
        let file = scratch_file("dropped");
        file.open()
            .unwrap()
            .execute_batch("CREATE TABLE t (v INTEGER)")
            .unwrap();
        let other = file.open().unwrap();
        let pool = deadpool::managed::Pool::builder(file)
            .max_size(1)
            .build()
            .unwrap();
        let mut step = Conn::sqlite(pool.get().await.unwrap());
        step.begin_sqlite("BEGIN IMMEDIATE").unwrap();
        super::super::sql::query("INSERT INTO t (v) VALUES ($1)")
            .bind(1)
            .execute(&mut step)
            .await
            .unwrap();
        // Its request was given up: the step's future is dropped, and its connection goes back
        // to the pool (open, not closed, which would roll back by itself).
        drop(step);
        // Another writer gets the lock at once (the busy timeout is 100 ms) and sees no row.
        other.execute_batch("BEGIN IMMEDIATE; COMMIT").unwrap();
        let rows: i64 = other
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 0);
    }

    #[tokio::test]
    async fn a_readers_connection_does_not_write() {
        let file = scratch_file("reader");
        file.open()
            .unwrap()
            .execute_batch("CREATE TABLE t (v INTEGER)")
            .unwrap();
        let reader = SqliteFile {
            query_only: true,
            ..file
        };
        let mut step = Conn::own_sqlite(reader.open().unwrap());
        let write = super::super::sql::query("INSERT INTO t (v) VALUES (1)")
            .execute(&mut step)
            .await;
        assert!(write.is_err());
    }

    #[tokio::test]
    async fn a_failed_step_is_rolled_back_and_a_good_one_committed() {
        let file = scratch_file("finish");
        file.open()
            .unwrap()
            .execute_batch("CREATE TABLE t (v INTEGER)")
            .unwrap();
        for (v, outcome) in [(1, Ok(())), (2, Err(DbError::NoRow))] {
            let mut step = Conn::own_sqlite(file.open().unwrap());
            step.begin_sqlite("BEGIN IMMEDIATE").unwrap();
            super::super::sql::query("INSERT INTO t (v) VALUES ($1)")
                .bind(v)
                .execute(&mut step)
                .await
                .unwrap();
            let _ = step.finish(outcome).await;
        }
        let kept: Vec<i64> = file
            .open()
            .unwrap()
            .prepare("SELECT v FROM t")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(kept, [1]);
    }
}
