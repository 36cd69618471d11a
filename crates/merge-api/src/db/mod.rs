//! The database, SQLite (through rusqlite) or PostgreSQL (through sqlx's Any driver), every
//! statement written once ([`sql`]): migrated on start, seeded with the demo companies in demo
//! mode.
//!
//! Every step of the workflow runs in one transaction, and steps that touch the same account run
//! one after the other, however many API processes share the database, so W6 and exactly-once
//! confirms hold: on SQLite each writing step is a `BEGIN IMMEDIATE` transaction (one writer at
//! a time); on PostgreSQL it locks the rows of the accounts it touches before it reads them
//! ([`lock_accounts`]), and is run again when the database reports a deadlock or a
//! serialization failure. Serializable isolation was measured and not chosen: its predicate
//! locks on shared index pages made unrelated merges abort each other (docs/decisions.md).

mod accounts;
mod checkpoint;
mod conn;
mod error;
pub mod history;
pub mod invitations;
mod location;
mod migrate;
mod mode;
mod readiness;
pub mod reissues;
pub mod requests;
pub mod sql;
mod stamp;
pub mod users;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyConnection, AnyPool, AssertSqlSafe, Connection, Executor, SqlSafeStr, Transaction};

use crate::error::ApiError;
use crate::metrics::Waiting;

pub use accounts::{
    all_accounts, demo_users, index_merged_locations, insert_account, load_account, location_owner,
    merged_into, move_users, save_account,
};
pub use conn::Conn;
use conn::{Driver, SqliteFile};
pub use error::DbError;
pub use location::Database;
pub use mode::Mode;
pub use stamp::{now_stamp, parse_stamp};

/// A step's work on its transaction's connection.
pub type Work<'c, T> = Pin<Box<dyn Future<Output = Result<T, ApiError>> + Send + 'c>>;

/// How the database is used; the defaults suit one node on SQLite and a replica on PostgreSQL.
#[derive(Debug, Clone, Copy, Default)]
pub struct DbOptions {
    /// Connections each API process keeps at most; none: [`DEFAULT_POOL_SIZE`].
    pub pool_size: Option<u32>,
    /// SQLite: an fsync at every commit (`synchronous = FULL`), so a committed merge survives a
    /// power cut, not only a crash of the process (`NORMAL`, the default).
    pub sqlite_full_sync: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    fn of(database: &Database) -> Self {
        match database {
            Database::Sqlite(_) => Self::Sqlite,
            Database::Postgres(_) => Self::Postgres,
        }
    }

    /// A writing step: SQLite takes its write lock at once (a deferred transaction that reads
    /// and then writes can fail where another writer came in between); on PostgreSQL each
    /// statement sees what was committed before it, which after [`lock_accounts`] is final.
    fn begin_write(self) -> &'static str {
        match self {
            Self::Sqlite => "BEGIN IMMEDIATE",
            Self::Postgres => "BEGIN ISOLATION LEVEL READ COMMITTED",
        }
    }

    /// A reading step: one consistent view of the database, which never conflicts.
    fn begin_read(self) -> &'static str {
        match self {
            Self::Sqlite => "BEGIN",
            Self::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        }
    }
}

/// Connections a process keeps at most, unless told. Measured on two cores at 64 clients
/// (docs/performance.md): more connections only add server processes (PostgreSQL) taking turns
/// on the same cores, 16 per replica gave confirm p99 225 ms against 139-147 ms; SQLite writes
/// one at a time whatever the number, and reads are a few at once.
pub const DEFAULT_POOL_SIZE: u32 = 8;

/// Tries of a writing step that keeps meeting concurrent changes.
const WRITE_ATTEMPTS: u32 = 12;

/// The connections of each backend.
#[derive(Clone)]
enum Pool {
    /// rusqlite's connections to the file: each statement runs on the step's own thread.
    /// Writing steps, one at a time, all take the one writer connection, whose cache of the
    /// file's pages stays valid from one step to the next (no other connection writes); reading
    /// steps take one of the readers (docs/performance.md).
    Sqlite {
        readers: deadpool::managed::Pool<SqliteFile>,
        writer: deadpool::managed::Pool<SqliteFile>,
    },
    /// sqlx's connections to the server.
    Postgres(AnyPool),
}

#[derive(Clone)]
pub struct Db {
    pool: Pool,
    backend: Backend,
    /// SQLite only: writers of this process queue here rather than in SQLite's busy handler,
    /// whose growing sleeps would give long tails under contention; first come, first served.
    /// The database's own locks and constraints still decide, also between processes.
    writer: Option<Arc<tokio::sync::Mutex<()>>>,
    /// PostgreSQL: the readiness check's own connection: a pool busy with requests is not a
    /// database that cannot answer ([`readiness`]). SQLite's check opens the file afresh.
    probe: Option<AnyPool>,
    /// When the database was last seen lost: connections idle since are tested before use.
    outage: readiness::Outage,
    /// Poked after each writing step commits: the outbox's delivery task wakes to send what
    /// the step wrote (issue #31).
    committed: Arc<tokio::sync::Notify>,
}

impl Db {
    /// Connects (creating an SQLite file, or making an existing one its owner's only) and
    /// applies pending migrations. With a `mode`, refuses a database made for the other one and
    /// records it in a new one; in demo mode, seeds an empty database with the demo companies.
    pub async fn connect(
        database: &Database,
        options: DbOptions,
        mode: Option<Mode>,
    ) -> Result<Self, ApiError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of(database);
        if let Some(path) = database.sqlite_file() {
            accounts::create_private(path)?;
        }
        let url = database.url().map_err(ApiError::internal)?;
        let connect: AnyConnectOptions = url
            .parse()
            .map_err(|e| ApiError::internal(format!("database {database}: {e}")))?;
        let pragmas = sqlite_pragmas(options.sqlite_full_sync);
        // A connection of its own first: a server that cannot be reached says why (the pool
        // would say only that it timed out), and the schema is brought up to date on it by
        // sqlx's migrator, on either backend.
        let mut first = AnyConnection::connect_with(&connect)
            .await
            .map_err(|e| ApiError::internal(format!("cannot open the database {database}: {e}")))?;
        if backend == Backend::Sqlite {
            first.execute(AssertSqlSafe(pragmas.clone())).await?;
        }
        migrate::run(&mut first, backend).await.map_err(|e| {
            ApiError::internal(format!("cannot migrate the database {database}: {e}"))
        })?;
        first.close().await?;
        let pool_size = options.pool_size.unwrap_or(DEFAULT_POOL_SIZE);
        let outage = readiness::Outage::default();
        let (pool, probe) = match database.sqlite_file() {
            Some(path) => {
                let file = |query_only| SqliteFile {
                    path: path.to_owned(),
                    pragmas: pragmas.clone(),
                    query_only,
                };
                let pool = |size: u32, query_only: bool| {
                    deadpool::managed::Pool::builder(file(query_only))
                        .max_size(size as usize)
                        .wait_timeout(Some(ACQUIRE_TIMEOUT))
                        .runtime(deadpool::Runtime::Tokio1)
                        .build()
                        .map_err(|e| ApiError::internal(format!("database {database}: {e}")))
                };
                let (readers, writer) = (pool(pool_size, true)?, pool(1, false)?);
                checkpoint::spawn(writer.weak());
                (Pool::Sqlite { readers, writer }, None)
            }
            None => {
                let pool = AnyPoolOptions::new()
                    .max_connections(pool_size)
                    // A PostgreSQL connection takes a server process and tens of milliseconds
                    // to open: they are opened at start, not while requests wait for them.
                    .min_connections(pool_size)
                    .acquire_timeout(ACQUIRE_TIMEOUT)
                    // Connections are tested when they come back to the pool (sqlx pings them
                    // then); a second ping at every acquire would add a round trip to every
                    // request.
                    .test_before_acquire(false)
                    .before_acquire(outage.test())
                    .connect_with(connect.clone())
                    .await
                    .map_err(|e| {
                        ApiError::internal(format!("cannot open the database {database}: {e}"))
                    })?;
                (Pool::Postgres(pool), Some(readiness::probe_pool(connect)))
            }
        };
        let db = Self {
            pool,
            backend,
            writer: (backend == Backend::Sqlite).then(Arc::default),
            probe,
            outage,
            committed: Arc::default(),
        };
        if let Some(want) = mode {
            match mode::settle(&db, Some(want)).await? {
                Some(made) if made != want => return Err(mode::refusal(database, made, want)),
                _ => {}
            }
        }
        if mode == Some(Mode::Demo) {
            accounts::seed(&db).await?;
        }
        Ok(db)
    }

    /// Notified after each writing step commits.
    pub fn committed(&self) -> Arc<tokio::sync::Notify> {
        self.committed.clone()
    }

    /// A connection of the pool (on SQLite, the writer's for a step that writes), counted in
    /// the metrics while it is waited for.
    async fn acquire(&self, writes: bool) -> Result<Conn, DbError> {
        let _waiting = Waiting::for_connection();
        Ok(match &self.pool {
            Pool::Sqlite { writer, .. } if writes => Conn::sqlite(writer.get().await?),
            Pool::Sqlite { readers, .. } => Conn::sqlite(readers.get().await?),
            Pool::Postgres(pool) => Conn::postgres(pool.acquire().await?),
        })
    }

    /// A transaction begun with `statement` on a connection of the pool. On PostgreSQL, a
    /// connection that the database closed meanwhile (it restarted) fails at `BEGIN`, before
    /// anything was done: it is dropped (the pool tests it on its return) and the next one is
    /// tried.
    async fn begin(&self, statement: &'static str, writes: bool) -> Result<Conn, DbError> {
        let pool = match &self.pool {
            Pool::Sqlite { .. } => {
                let mut conn = self.acquire(writes).await?;
                conn.begin_sqlite(statement)?;
                return Ok(conn);
            }
            Pool::Postgres(pool) => pool,
        };
        let mut attempt = 1;
        loop {
            let conn = {
                let _waiting = Waiting::for_connection();
                pool.acquire().await?
            };
            match Transaction::begin(conn, Some(statement.into_sql_str())).await {
                Err(error) if is_lost_connection(&error) && attempt <= pool.size() => {
                    tracing::info!(%error, "a pooled connection had closed; trying another");
                    self.outage.seen();
                    attempt += 1;
                }
                begun => return Ok(Conn::postgres_transaction(begun?)),
            }
        }
    }

    /// Runs `work`, which only reads, in one transaction: it sees the database as of one moment.
    pub async fn read<A, T>(
        &self,
        args: A,
        work: impl for<'c> FnOnce(&'c mut Conn, &'c A) -> Work<'c, T>,
    ) -> Result<T, ApiError>
    where
        A: Send + Sync,
        T: Send,
    {
        let mut conn = self.begin(self.backend.begin_read(), false).await?;
        let result = work(&mut conn, &args).await;
        conn.finish(result).await
    }

    /// Runs `work`, one statement that reads, with no transaction around it (a session's
    /// lookup on every request: a transaction would add two round trips on PostgreSQL).
    pub async fn read_one<A, T>(
        &self,
        args: A,
        work: impl for<'c> FnOnce(&'c mut Conn, &'c A) -> Work<'c, T>,
    ) -> Result<T, ApiError>
    where
        A: Send + Sync,
        T: Send,
    {
        let mut conn = self.acquire(false).await?;
        work(&mut conn, &args).await
    }

    /// On SQLite, waits for this process's writers before this one to finish; first come,
    /// first served (the queue's depth is in the metrics). On PostgreSQL, nothing: the database
    /// orders writers by their row locks.
    async fn writer_turn(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match &self.writer {
            Some(writer) => {
                let _queued = Waiting::for_sqlite_writer();
                Some(writer.lock().await)
            }
            None => None,
        }
    }

    /// Whether the database can serve requests now ([`readiness`]).
    pub async fn readiness(&self) -> Result<(), readiness::NotReady> {
        readiness::check(self).await
    }

    /// Connections in use and idle, for the metrics.
    pub fn pool_state(&self) -> (u32, usize) {
        match &self.pool {
            Pool::Sqlite { readers, writer } => {
                let (readers, writer) = (readers.status(), writer.status());
                let idle = readers.available + writer.available;
                ((readers.size + writer.size - idle) as u32, idle)
            }
            Pool::Postgres(pool) => {
                let idle = pool.num_idle();
                (pool.size().saturating_sub(idle as u32), idle)
            }
        }
    }

    /// Closes every connection (after the last request, at shutdown).
    pub async fn close(&self) {
        match &self.pool {
            Pool::Sqlite { readers, writer } => {
                readers.close();
                writer.close();
            }
            Pool::Postgres(pool) => pool.close().await,
        }
        if let Some(probe) = &self.probe {
            probe.close().await;
        }
    }

    /// Runs `work`'s statements each on its own, committed as it runs, with no transaction
    /// around them (sessions: each statement stands alone). On SQLite in this process's queue
    /// of writers.
    pub async fn autocommit<A, T>(
        &self,
        args: A,
        work: impl for<'c> FnOnce(&'c mut Conn, &'c A) -> Work<'c, T>,
    ) -> Result<T, ApiError>
    where
        A: Send + Sync,
        T: Send,
    {
        let _turn = self.writer_turn().await;
        let mut conn = self.acquire(true).await?;
        work(&mut conn, &args).await
    }

    /// Runs `work`, which writes, in one transaction, all of it or none of it. Work that met a
    /// concurrent change ([`ApiError::concurrent_change`]) is run again after a short random
    /// pause, so `work` must do nothing but database work.
    pub async fn write<A, T>(
        &self,
        args: A,
        work: impl for<'c> Fn(&'c mut Conn, &'c A) -> Work<'c, T>,
    ) -> Result<T, ApiError>
    where
        A: Send + Sync,
        T: Send,
    {
        self.write_then(args, work, true).await
    }

    /// As [`Db::write`], without waking the outbox's delivery task: its own bookkeeping, which
    /// owes no message (a wake there would only make it look again for nothing).
    pub async fn write_unannounced<A, T>(
        &self,
        args: A,
        work: impl for<'c> Fn(&'c mut Conn, &'c A) -> Work<'c, T>,
    ) -> Result<T, ApiError>
    where
        A: Send + Sync,
        T: Send,
    {
        self.write_then(args, work, false).await
    }

    async fn write_then<A, T>(
        &self,
        args: A,
        work: impl for<'c> Fn(&'c mut Conn, &'c A) -> Work<'c, T>,
        announce: bool,
    ) -> Result<T, ApiError>
    where
        A: Send + Sync,
        T: Send,
    {
        let _turn = self.writer_turn().await;
        let mut attempt = 1;
        loop {
            let result = async {
                let mut conn = self.begin(self.backend.begin_write(), true).await?;
                let result = work(&mut conn, &args).await;
                conn.finish(result).await
            }
            .await;
            match result {
                Err(error) if error.is_concurrent_change() && attempt < WRITE_ATTEMPTS => {
                    tokio::time::sleep(backoff(attempt)).await;
                    attempt += 1;
                }
                other => {
                    if announce && other.is_ok() {
                        self.committed.notify_one();
                    }
                    return other;
                }
            }
        }
    }
}

/// How long a step waits for a connection of the pool.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);

/// The connection broke: the database closed it (a restart, a failover) or the network did.
fn is_lost_connection(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_) | sqlx::Error::Protocol(_) => true,
        // PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now.
        sqlx::Error::Database(e) => {
            matches!(e.code().as_deref(), Some("57P01" | "57P02" | "57P03"))
        }
        _ => false,
    }
}

/// Every SQLite connection's settings. WAL with `synchronous = NORMAL` survives a killed process
/// (tests/api/safety.rs) without an fsync per commit; FULL also a power cut. No connection copies
/// the log into the file when it commits: [`checkpoint`] does, beside them.
fn sqlite_pragmas(full_sync: bool) -> String {
    let sync = if full_sync { "FULL" } else { "NORMAL" };
    format!(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = {sync}; PRAGMA foreign_keys = ON; \
         PRAGMA busy_timeout = 10000; PRAGMA wal_autocheckpoint = 0; \
         PRAGMA journal_size_limit = 67108864;"
    )
}

/// Whether a writing step must lock what it touches (PostgreSQL), or holds it all already
/// (SQLite).
pub fn is_postgres(conn: &Conn) -> bool {
    conn.is_postgres()
}

/// Locks the rows of the accounts a writing step reads and changes, until it commits, so that
/// no other step changes them, their users or their merge requests meanwhile: every writing
/// step takes these locks before it reads what it decides on. In MPN ID order, so that two
/// steps never wait for each other in a circle. A step touches one account or two. On SQLite
/// the step's IMMEDIATE transaction holds the whole database already.
pub async fn lock_accounts(
    conn: &mut Conn,
    first: &str,
    second: Option<&str>,
) -> Result<(), DbError> {
    if !is_postgres(conn) {
        return Ok(());
    }
    // One statement; PostgreSQL locks the rows in the order it returns them.
    sql::query(
        "SELECT mpn_id FROM accounts WHERE mpn_id IN ($1, $2) ORDER BY mpn_id
         FOR NO KEY UPDATE",
    )
    .bind(first)
    .bind(second.unwrap_or(first))
    .execute(conn)
    .await?;
    Ok(())
}

/// The accounts locked were chosen from reads before the locks; if those changed meanwhile
/// (`now` is not `locked`), the step runs again with the right ones.
pub fn still_locked(locked: &str, now: &str) -> Result<(), DbError> {
    match locked == now {
        true => Ok(()),
        false => Err(DbError::ConcurrentChange),
    }
}

/// Keeps every other writer of accounts out until the step commits (seeding, importing: steps
/// that check the whole table before adding to it). SQLite: as [`lock_accounts`].
pub async fn lock_all_accounts(conn: &mut Conn) -> Result<(), DbError> {
    if is_postgres(conn) {
        sql::query("LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE")
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// A random pause, up to 1, 2, 4 … 64 ms, so that transactions that collided do not collide
/// again in step.
fn backoff(attempt: u32) -> Duration {
    let most = 1u64 << attempt.min(6);
    let random = getrandom::u64().unwrap_or(most / 2);
    Duration::from_micros(random % (most * 1000) + 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_bounded() {
        for attempt in 1..=WRITE_ATTEMPTS {
            let pause = backoff(attempt);
            assert!(pause >= Duration::from_micros(100));
            assert!(pause <= Duration::from_micros((1 << attempt.min(6)) * 1000 + 100));
        }
    }
}
