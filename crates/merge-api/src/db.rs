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
        };
        let mut conn = db.connect()?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        migrate(&mut conn)?;
        seed(&mut conn)?;
        Ok(db)
    }

    pub fn connect(&self) -> Result<Connection, ApiError> {
        let conn = Connection::open(&*self.path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        Ok(conn)
    }

    /// Runs `work` on its own connection off the async threads.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let db = self.clone();
        tokio::task::spawn_blocking(move || work(&mut db.connect()?))
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
