//! Whether the database can serve requests now, for `GET /readyz`: it answers within a short
//! deadline, on a connection of the check's own (a pool busy with requests is load, not a
//! database that is down); every migration this server was built with is applied; and on
//! SQLite, the file takes a write.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::pool::PoolConnectionMetadata;
use sqlx::{AnyConnection, AnyPool, Connection};

use super::{migrate, sql, Conn, Db, DbError, Pool};

/// The longest the check may take: below a Kubernetes probe's default timeout (1 s) would
/// fail a replica whose database is merely slow for a moment; docs/deploy.md sets the probe's
/// timeout above this.
pub const DEADLINE: Duration = Duration::from_secs(2);

/// Why the database cannot serve requests now. The operator's to read (in the log); a probe
/// is told only "not ready".
#[derive(Debug, thiserror::Error)]
pub enum NotReady {
    #[error("the database did not answer within {0:?}")]
    TooSlow(Duration),
    #[error("the database cannot be reached: {0}")]
    Unreachable(DbError),
    #[error("the database lacks migration {0} of this server; start a replica of this version to apply it")]
    Unmigrated(i64),
    #[error("the SQLite file does not take writes: {0}")]
    NotWritable(DbError),
}

/// PostgreSQL: one connection, opened when first needed and tested before each check, so that
/// one the database closed (a restart) is replaced rather than failing the check once it is
/// back.
pub(super) fn probe_pool(connect: AnyConnectOptions) -> AnyPool {
    AnyPoolOptions::new()
        .max_connections(1)
        .min_connections(0)
        .acquire_timeout(DEADLINE)
        .test_before_acquire(true)
        .connect_lazy_with(connect)
}

pub(super) async fn check(db: &Db) -> Result<(), NotReady> {
    let checked = match db.probe {
        Some(_) => tokio::time::timeout(DEADLINE, check_within(db)).await,
        // SQLite's statements run on the calling thread and may wait in its busy handler
        // (another process writing): on the blocking pool, so that the deadline holds and no
        // worker thread waits.
        None => {
            let (db, runtime) = (db.clone(), tokio::runtime::Handle::current());
            let blocking = tokio::task::spawn_blocking(move || runtime.block_on(check_within(&db)));
            tokio::time::timeout(DEADLINE, blocking)
                .await
                .map(|joined| joined.unwrap_or(Err(NotReady::TooSlow(DEADLINE))))
        }
    }
    .unwrap_or(Err(NotReady::TooSlow(DEADLINE)));
    if let Err(NotReady::TooSlow(_) | NotReady::Unreachable(_)) = checked {
        db.outage.seen();
    }
    checked
}

type Tested<'c> = Pin<Box<dyn Future<Output = Result<bool, sqlx::Error>> + Send + 'c>>;

/// When the database was last seen lost (unreachable, or a connection it closed). The pool's
/// connections that were idle since before then are tested before a request gets one (they
/// may be connections to a server that has restarted since); the others are not, which costs
/// a request nothing.
#[derive(Clone, Default)]
pub(super) struct Outage(Arc<Mutex<Option<Instant>>>);

impl Outage {
    pub(super) fn seen(&self) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    }

    fn suspects(&self, idle_since: Instant) -> bool {
        let lost = *self.0.lock().unwrap_or_else(|e| e.into_inner());
        lost.is_some_and(|lost| idle_since <= lost)
    }

    /// The pool's `before_acquire`: a connection idle since before the outage is kept only if
    /// it still answers.
    pub(super) fn test(
        &self,
    ) -> impl for<'c> Fn(&'c mut AnyConnection, PoolConnectionMetadata) -> Tested<'c>
           + Send
           + Sync
           + 'static {
        let outage = self.clone();
        move |conn, meta| {
            let suspect = Instant::now()
                .checked_sub(meta.idle_for)
                .is_some_and(|idle_since| outage.suspects(idle_since));
            Box::pin(async move { Ok(!suspect || conn.ping().await.is_ok()) })
        }
    }
}

async fn check_within(db: &Db) -> Result<(), NotReady> {
    let mut conn = match (&db.pool, &db.probe) {
        (_, Some(probe)) => Conn::postgres(
            probe
                .acquire()
                .await
                .map_err(|e| NotReady::Unreachable(e.into()))?,
        ),
        // SQLite: a connection of the check's own, opened afresh (a file opens in microseconds),
        // waiting for another process's write lock no longer than the check may take.
        (Pool::Sqlite { writer, .. }, None) => {
            let conn = writer
                .manager()
                .open()
                .map_err(|e| NotReady::Unreachable(e.into()))?;
            conn.busy_timeout(DEADLINE)
                .map_err(|e| NotReady::Unreachable(e.into()))?;
            Conn::own_sqlite(conn)
        }
        (Pool::Postgres(_), None) => unreachable!("PostgreSQL has its probe"),
    };
    let applied: Vec<i64> = sql::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
        .fetch_all(&mut conn)
        .await
        .map_err(NotReady::Unreachable)?;
    if let Some(missing) = migrate::versions(db.backend).find(|v| !applied.contains(v)) {
        return Err(NotReady::Unmigrated(missing));
    }
    // SQLite: a write, when no writer of this process is at work. When one is, the file is
    // being written already, and a probe must not queue behind the load (a busy single node
    // would be taken out of rotation).
    let turn = db.writer.as_ref().map(|writer| writer.try_lock());
    if let Some(Ok(_turn)) = turn {
        sql::query(
            "INSERT INTO settings (name, value) VALUES ('checked_ready_at', $1)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        )
        .bind(chrono::Utc::now().to_rfc3339())
        .execute(&mut conn)
        .await
        .map_err(NotReady::NotWritable)?;
    }
    Ok(())
}
