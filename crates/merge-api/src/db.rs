//! The SQLite file: opened per request (cheap), migrated and seeded on start.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use merge_core::{read_snapshot, to_json, AccountSnapshot};
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::ApiError;

const MIGRATIONS: &[&str] = &[include_str!("../migrations/001_init.sql")];

/// The seeded companies: E1's Contoso and Fabricam (SPEC §4), and Tailspin.
const SEED: &[&str] = &[
    include_str!("../../../fixtures/contoso.json"),
    include_str!("../../../fixtures/fabricam.json"),
    include_str!("../../../fixtures/tailspin.json"),
];

#[derive(Clone)]
pub struct Db {
    path: Arc<PathBuf>,
    /// Writers queue here rather than in SQLite's busy handler, whose growing sleeps would
    /// give long tails under contention. The database's own locks and constraints still decide.
    /// First come, first served, so no writer waits behind many that came later.
    writer: Arc<tokio::sync::Mutex<()>>,
    /// Idle connections, reused with their cached statements.
    idle: Arc<std::sync::Mutex<Vec<Connection>>>,
}

/// A connection from the pool, returned to it when dropped.
pub struct Pooled {
    conn: Option<Connection>,
    idle: Arc<std::sync::Mutex<Vec<Connection>>>,
}

impl std::ops::Deref for Pooled {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn.as_ref().expect("present until dropped")
    }
}

impl std::ops::DerefMut for Pooled {
    fn deref_mut(&mut self) -> &mut Connection {
        self.conn.as_mut().expect("present until dropped")
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        if let (Some(conn), Ok(mut idle)) = (self.conn.take(), self.idle.lock()) {
            // A connection left inside a transaction (a panic mid-work) is not reused.
            if conn.is_autocommit() && idle.len() < 32 {
                idle.push(conn);
            }
        }
    }
}

impl Db {
    /// Opens (creating) the database file, applies pending migrations and seeds an empty one.
    pub fn open(path: &Path) -> Result<Self, ApiError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| ApiError::Internal(format!("cannot create {}: {e}", dir.display())))?;
        }
        let db = Self {
            path: Arc::new(path.to_path_buf()),
            writer: Arc::default(),
            idle: Arc::default(),
        };
        let mut conn = db.connect()?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        migrate(&mut conn)?;
        seed(&mut conn)?;
        Ok(db)
    }

    /// A pooled connection.
    pub fn pooled(&self) -> Result<Pooled, ApiError> {
        let reused = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let conn = match reused {
            Some(conn) => conn,
            None => self.connect()?,
        };
        Ok(Pooled {
            conn: Some(conn),
            idle: self.idle.clone(),
        })
    }

    pub fn connect(&self) -> Result<Connection, ApiError> {
        let conn = Connection::open(&*self.path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // WAL with NORMAL survives a killed process (tests/safety.rs) without an fsync per commit.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Ok(conn)
    }

    /// Runs read-only `work` on its own connection off the async threads.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let db = self.clone();
        tokio::task::spawn_blocking(move || work(&mut *db.pooled()?))
            .await
            .map_err(|e| ApiError::Internal(format!("worker: {e}")))?
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
            work(&mut *db.pooled()?)
        })
        .await
        .map_err(|e| ApiError::Internal(format!("worker: {e}")))?
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
        for json in SEED {
            let snapshot = read_snapshot(json).map_err(|e| ApiError::Internal(e.to_string()))?;
            insert_account(&tx, &snapshot)?;
        }
        tracing::info!(accounts = SEED.len(), "seeded the demo companies");
    }
    tx.commit()?;
    Ok(())
}

fn insert_account(conn: &Connection, snapshot: &AccountSnapshot) -> Result<(), ApiError> {
    conn.execute(
        "INSERT INTO accounts (mpn_id, company, snapshot) VALUES (?1, ?2, ?3)",
        params![
            snapshot.global_mpn_id.as_str(),
            snapshot.company,
            to_json(snapshot)
        ],
    )?;
    for user in &snapshot.users {
        conn.execute(
            "INSERT INTO users (email, account) VALUES (?1, ?2)",
            params![user.email, snapshot.global_mpn_id.as_str()],
        )?;
    }
    Ok(())
}

/// An account's snapshot and version.
pub fn load_account(
    conn: &Connection,
    mpn_id: &str,
) -> Result<Option<(AccountSnapshot, i64)>, ApiError> {
    let row: Option<(String, i64)> = conn
        .query_row(
            "SELECT snapshot, version FROM accounts WHERE mpn_id = ?1",
            [mpn_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    row.map(|(json, version)| {
        let snapshot = read_snapshot(&json)
            .map_err(|e| ApiError::Internal(format!("stored account {mpn_id}: {e}")))?;
        Ok((snapshot, version))
    })
    .transpose()
}

/// Every stored account, merged-away ones included.
pub fn all_accounts(conn: &Connection) -> Result<Vec<AccountSnapshot>, ApiError> {
    let mut statement = conn.prepare("SELECT snapshot FROM accounts ORDER BY mpn_id")?;
    let rows = statement.query_map([], |r| r.get::<_, String>(0))?;
    rows.map(|json| {
        read_snapshot(&json?).map_err(|e| ApiError::Internal(format!("stored account: {e}")))
    })
    .collect()
}

/// Writes a new version of an account's snapshot.
pub fn save_account(conn: &Connection, snapshot: &AccountSnapshot) -> Result<(), ApiError> {
    conn.execute(
        "UPDATE accounts SET snapshot = ?2, company = ?3, version = version + 1,
                merged_into = ?4 WHERE mpn_id = ?1",
        params![
            snapshot.global_mpn_id.as_str(),
            to_json(snapshot),
            snapshot.company,
            snapshot.merged_into.as_ref().map(|m| m.as_str()),
        ],
    )?;
    Ok(())
}

/// Everyone who can sign in to an account still standing, by company.
pub fn demo_users(conn: &Connection) -> Result<Vec<crate::DemoUser>, ApiError> {
    let accounts = all_accounts(conn)?;
    Ok(accounts
        .iter()
        .filter(|a| a.merged_into.is_none())
        .flat_map(|account| {
            account.users.iter().map(move |user| crate::DemoUser {
                company: account.company.clone(),
                email: user.email.clone(),
                account_admin: user.is_account_admin(),
            })
        })
        .collect())
}
