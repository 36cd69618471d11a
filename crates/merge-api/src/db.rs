//! The SQLite file: a pool of connections (r2d2) with cached statements, migrated on start (and
//! seeded with the demo companies in demo mode).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use merge_core::{read_snapshot, to_json, AccountSnapshot};
use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::ApiError;

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/001_init.sql"),
    include_str!("../migrations/002_demo_sessions.sql"),
    include_str!("../migrations/003_tower_sessions.sql"),
];

/// The day the demo companies' dates are relative to: the day E1 is planned on in the golden
/// tests, before every expiry. Seeding moves them so that this day is today.
const SEED_AS_OF: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2020, 5, 15) {
    Some(day) => day,
    None => panic!("a valid date"),
};

/// The seeded companies: E1's Contoso and Fabricam (SPEC §4), and Tailspin.
const SEED: &[&str] = &[
    include_str!("../../../fixtures/contoso.json"),
    include_str!("../../../fixtures/fabricam.json"),
    include_str!("../../../fixtures/tailspin.json"),
];

/// Connections the pool keeps at most: every blocking worker can hold one.
const POOL_SIZE: u32 = 32;

pub type Pool = r2d2::Pool<SqliteConnectionManager>;
pub type Pooled = r2d2::PooledConnection<SqliteConnectionManager>;

#[derive(Clone)]
pub struct Db {
    pool: Pool,
    /// Writers queue here rather than in SQLite's busy handler, whose growing sleeps would
    /// give long tails under contention. The database's own locks and constraints still decide.
    /// First come, first served, so no writer waits behind many that came later.
    writer: Arc<tokio::sync::Mutex<()>>,
}

impl Db {
    /// Opens (creating) the database file and applies pending migrations; in demo mode, seeds
    /// an empty one with the demo companies.
    pub fn open(path: &Path, demo: bool) -> Result<Self, ApiError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| ApiError::internal(format!("cannot create {}: {e}", dir.display())))?;
        }
        create_private(path)?;
        let manager = SqliteConnectionManager::file(path).with_init(|conn| {
            conn.busy_timeout(Duration::from_secs(10))?;
            // WAL with NORMAL survives a killed process (tests/safety.rs) without an fsync per
            // commit.
            conn.execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
            )
        });
        let pool = r2d2::Pool::builder()
            .max_size(POOL_SIZE)
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(10))
            .build(manager)
            .map_err(|e| ApiError::internal(format!("cannot open {}: {e}", path.display())))?;
        let db = Self {
            pool,
            writer: Arc::default(),
        };
        let mut conn = db.connection()?;
        migrate(&mut conn)?;
        if demo {
            seed(&mut conn)?;
        }
        Ok(db)
    }

    fn connection(&self) -> Result<Pooled, ApiError> {
        self.pool
            .get()
            .map_err(|e| ApiError::internal(format!("no database connection: {e}")))
    }

    /// Runs `work` on a pooled connection on this thread (before the server runs).
    pub fn run_now<T>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        work(&mut *self.connection()?)
    }

    /// Runs read-only `work` on a pooled connection off the async threads.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let db = self.clone();
        tokio::task::spawn_blocking(move || work(&mut *db.connection()?))
            .await
            .map_err(|e| ApiError::internal(format!("worker: {e}")))?
    }

    /// Runs `work`, which writes, once the writers before it are done.
    pub async fn write<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let db = self.clone();
        let turn = self.writer.clone().lock_owned().await;
        tokio::task::spawn_blocking(move || {
            let _turn = turn;
            work(&mut *db.connection()?)
        })
        .await
        .map_err(|e| ApiError::internal(format!("worker: {e}")))?
    }
}

/// Creates the database file, if missing, readable and writable by its owner only: it holds
/// every account's bank and tax details and the sessions. SQLite gives its WAL and shared-memory
/// files the same permissions.
fn create_private(path: &Path) -> Result<(), ApiError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(ApiError::internal(format!(
            "cannot create {}: {e}",
            path.display()
        ))),
    }
}

fn migrate(conn: &mut Connection) -> Result<(), ApiError> {
    let done: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
    Ok(())
}

fn seed(conn: &mut Connection) -> Result<(), ApiError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let accounts: i64 = tx.query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))?;
    if accounts == 0 {
        // Dated from today: a demo preview shows packages in force and renewals to come, as E1
        // does on its own day, not warnings about 2020.
        let days = (chrono::Utc::now().date_naive() - SEED_AS_OF).num_days();
        for json in SEED {
            let mut snapshot =
                read_snapshot(json).map_err(|e| ApiError::internal(e.to_string()))?;
            snapshot.shift_dates(days);
            insert_account(&tx, &snapshot)?;
        }
        tracing::info!(
            accounts = SEED.len(),
            days,
            "seeded the demo companies, dated from today"
        );
    }
    tx.commit()?;
    Ok(())
}

pub fn insert_account(conn: &Connection, snapshot: &AccountSnapshot) -> Result<(), ApiError> {
    conn.prepare_cached("INSERT INTO accounts (mpn_id, company, snapshot) VALUES (?1, ?2, ?3)")?
        .execute(params![
            snapshot.global_mpn_id.as_str(),
            snapshot.company,
            to_json(snapshot)
        ])?;
    let mut insert_user =
        conn.prepare_cached("INSERT INTO users (email, account) VALUES (?1, ?2)")?;
    for user in &snapshot.users {
        insert_user.execute(params![user.email, snapshot.global_mpn_id.as_str()])?;
    }
    Ok(())
}

/// An account's snapshot and version.
pub fn load_account(
    conn: &Connection,
    mpn_id: &str,
) -> Result<Option<(AccountSnapshot, i64)>, ApiError> {
    let row: Option<(String, i64)> = conn
        .prepare_cached("SELECT snapshot, version FROM accounts WHERE mpn_id = ?1")?
        .query_row([mpn_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    row.map(|(json, version)| {
        let snapshot = read_snapshot(&json)
            .map_err(|e| ApiError::internal(format!("stored account {mpn_id}: {e}")))?;
        Ok((snapshot, version))
    })
    .transpose()
}

/// The accounts merged into `mpn_id`, as they were when they merged.
pub fn merged_into(conn: &Connection, mpn_id: &str) -> Result<Vec<AccountSnapshot>, ApiError> {
    let mut statement =
        conn.prepare_cached("SELECT snapshot FROM accounts WHERE merged_into = ?1")?;
    let rows = statement.query_map([mpn_id], |r| r.get::<_, String>(0))?;
    rows.map(|json| {
        read_snapshot(&json?).map_err(|e| ApiError::internal(format!("stored account: {e}")))
    })
    .collect()
}

/// Every stored account, merged-away ones included.
pub fn all_accounts(conn: &Connection) -> Result<Vec<AccountSnapshot>, ApiError> {
    let mut statement = conn.prepare_cached("SELECT snapshot FROM accounts ORDER BY mpn_id")?;
    let rows = statement.query_map([], |r| r.get::<_, String>(0))?;
    rows.map(|json| {
        read_snapshot(&json?).map_err(|e| ApiError::internal(format!("stored account: {e}")))
    })
    .collect()
}

/// Writes a new version of an account's snapshot.
pub fn save_account(conn: &Connection, snapshot: &AccountSnapshot) -> Result<(), ApiError> {
    conn.prepare_cached(
        "UPDATE accounts SET snapshot = ?2, company = ?3, version = version + 1,
                merged_into = ?4 WHERE mpn_id = ?1",
    )?
    .execute(params![
        snapshot.global_mpn_id.as_str(),
        to_json(snapshot),
        snapshot.company,
        snapshot.merged_into.as_ref().map(|m| m.as_str()),
    ])?;
    Ok(())
}

/// Everyone who can sign in to an account still standing, by company.
pub fn demo_users(conn: &Connection) -> Result<Vec<merge_api_types::DemoUser>, ApiError> {
    let accounts = all_accounts(conn)?;
    Ok(accounts
        .iter()
        .filter(|a| a.merged_into.is_none())
        .flat_map(|account| {
            account
                .users
                .iter()
                .map(move |user| merge_api_types::DemoUser {
                    company: account.company.clone(),
                    email: user.email.clone(),
                    account_admin: user.is_account_admin(),
                })
        })
        .collect())
}
