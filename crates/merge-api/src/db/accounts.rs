//! Accounts as stored: each a snapshot (docs/snapshot-format.md) and a version, and the users
//! who sign in to it. The demo companies are seeded here.

use std::path::Path;

use merge_core::{read_snapshot, to_json, AccountSnapshot};

use super::{sql, Conn, Db, DbError};
use crate::error::ApiError;

const fn day(year: i32, month: u32, day: u32) -> chrono::NaiveDate {
    match chrono::NaiveDate::from_ymd_opt(year, month, day) {
        Some(day) => day,
        None => panic!("a valid date"),
    }
}

/// The seeded companies, each with the day its dates are relative to (the day its golden test
/// plans on, before every expiry and anniversary): seeding moves them so that this day is
/// today. E1's Contoso and Fabricam and Tailspin (the 2020 program), and E3's Adatum and
/// Litware (today's program: designations, specializations, Partner Launch Benefits).
const SEED: &[(&str, chrono::NaiveDate)] = &[
    (
        include_str!("../../../../fixtures/contoso.json"),
        day(2020, 5, 15),
    ),
    (
        include_str!("../../../../fixtures/fabricam.json"),
        day(2020, 5, 15),
    ),
    (
        include_str!("../../../../fixtures/tailspin.json"),
        day(2020, 5, 15),
    ),
    (
        include_str!("../../../../fixtures/adatum.json"),
        day(2026, 6, 1),
    ),
    (
        include_str!("../../../../fixtures/litware.json"),
        day(2026, 6, 1),
    ),
];

/// Creates the database file, if missing, readable and writable by its owner only: it holds
/// every account's bank and tax details and the sessions. SQLite gives its WAL and shared-memory
/// files the same permissions.
pub(super) fn create_private(path: &Path) -> Result<(), ApiError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| ApiError::internal(format!("cannot create {}: {e}", dir.display())))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => tighten(path),
        Err(e) => Err(ApiError::internal(format!(
            "cannot create {}: {e}",
            path.display()
        ))),
    }
}

/// A database file that others may read (an older version made it 0644, or a copy did) is made
/// its owner's only, with its WAL and shared-memory files.
#[cfg(unix)]
fn tighten(path: &Path) -> Result<(), ApiError> {
    use std::os::unix::fs::PermissionsExt;
    let mut name = path.as_os_str().to_owned();
    let files = ["", "-wal", "-shm"].map(|suffix| {
        name.clear();
        name.push(path.as_os_str());
        name.push(suffix);
        std::path::PathBuf::from(&name)
    });
    for file in files {
        let Ok(metadata) = std::fs::metadata(&file) else {
            continue;
        };
        let mode = metadata.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode & 0o700))
                .map_err(|e| {
                    ApiError::internal(format!("cannot make {} private: {e}", file.display()))
                })?;
            tracing::warn!(
                file = %file.display(),
                was = format!("{:o}", mode & 0o777),
                "the database file was readable by others; made it its owner's only (0600)"
            );
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn tighten(_: &Path) -> Result<(), ApiError> {
    Ok(())
}

/// Fills an empty database with the demo companies, dated from today: a demo preview shows
/// packages in force and renewals to come, as E1 does on its own day, not warnings about 2020.
/// Replicas starting together seed once.
pub(super) async fn seed(db: &Db) -> Result<(), ApiError> {
    let today = chrono::Utc::now().date_naive();
    let mut snapshots = Vec::new();
    for (json, as_of) in SEED {
        let mut snapshot = read_snapshot(json).map_err(|e| ApiError::internal(e.to_string()))?;
        snapshot.shift_dates((today - *as_of).num_days());
        snapshots.push(snapshot);
    }
    let seeded = db
        .write(snapshots, |conn, snapshots| {
            Box::pin(async move {
                super::lock_all_accounts(conn).await?;
                let accounts: i64 = sql::query_scalar("SELECT count(*) FROM accounts")
                    .fetch_one(&mut *conn)
                    .await?;
                if accounts > 0 {
                    return Ok(false);
                }
                for snapshot in snapshots {
                    insert_account(conn, snapshot, true).await?;
                }
                Ok(true)
            })
        })
        .await?;
    if seeded {
        tracing::info!(
            accounts = SEED.len(),
            "seeded the demo companies, dated from today"
        );
    }
    Ok(())
}

/// Adds an account and its users; `demo`: made by the demo seed (the users demo sign-in takes).
pub async fn insert_account(
    conn: &mut Conn,
    snapshot: &AccountSnapshot,
    demo: bool,
) -> Result<(), DbError> {
    sql::query("INSERT INTO accounts (mpn_id, company, snapshot) VALUES ($1, $2, $3)")
        .bind(snapshot.global_mpn_id.as_str())
        .bind(&snapshot.company)
        .bind(to_json(snapshot))
        .execute(&mut *conn)
        .await?;
    for user in &snapshot.users {
        sql::query("INSERT INTO users (email, account, demo) VALUES ($1, $2, $3)")
            .bind(user.email.to_ascii_lowercase())
            .bind(snapshot.global_mpn_id.as_str())
            .bind(demo)
            .execute(&mut *conn)
            .await?;
    }
    index_locations(conn, &snapshot.global_mpn_id, &snapshot.locations).await
}

/// Rows of the location index written per statement (two parameters each).
const INDEX_CHUNK: usize = 500;

/// W1's index of location MPN IDs: `account`'s become `locations` (none for an account merged
/// away; its global MPN ID is the accounts table's key).
pub async fn index_locations(
    conn: &mut Conn,
    account: &merge_core::MpnId,
    locations: &[merge_core::Location],
) -> Result<(), DbError> {
    sql::query("DELETE FROM location_ids WHERE account = $1")
        .bind(account.as_str())
        .execute(&mut *conn)
        .await?;
    insert_locations(conn, account, locations).await
}

/// The index after a merge, in one statement fewer than indexing each account: the invitee's
/// location MPN IDs are the merged account's `locations` now, with the initiator's.
pub async fn index_merged_locations(
    conn: &mut Conn,
    initiator: &merge_core::MpnId,
    invitee: &merge_core::MpnId,
    locations: &[merge_core::Location],
) -> Result<(), DbError> {
    sql::query("DELETE FROM location_ids WHERE account IN ($1, $2)")
        .bind(initiator.as_str())
        .bind(invitee.as_str())
        .execute(&mut *conn)
        .await?;
    insert_locations(conn, initiator, locations).await
}

async fn insert_locations(
    conn: &mut Conn,
    account: &merge_core::MpnId,
    locations: &[merge_core::Location],
) -> Result<(), DbError> {
    let ids: Vec<&str> = locations
        .iter()
        .map(|l| l.mpn_id.as_str())
        .filter(|id| *id != account.as_str())
        .collect();
    for chunk in ids.chunks(INDEX_CHUNK) {
        // Placeholders only, written as both databases read them ($1, $2, …).
        let rows: Vec<String> = (0..chunk.len())
            .map(|k| format!("(${}, $1)", k + 2))
            .collect();
        let sql = format!(
            "INSERT INTO location_ids (mpn_id, account) VALUES {}
             ON CONFLICT (mpn_id) DO UPDATE SET account = excluded.account",
            rows.join(", ")
        );
        let mut insert = sql::query(sql::built(sql)).bind(account.as_str());
        for id in chunk {
            insert = insert.bind(*id);
        }
        insert.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The account whose location `mpn_id` is, by W1's index.
pub async fn location_owner(conn: &mut Conn, mpn_id: &str) -> Result<Option<String>, DbError> {
    sql::query_scalar("SELECT account FROM location_ids WHERE mpn_id = $1")
        .bind(mpn_id)
        .fetch_optional(&mut *conn)
        .await
}

/// R6: the users of account `from` sign in to account `to` from now on.
pub async fn move_users(conn: &mut Conn, from: &str, to: &str) -> Result<(), DbError> {
    sql::query("UPDATE users SET account = $1 WHERE account = $2")
        .bind(to)
        .bind(from)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

fn stored(json: &str) -> Result<AccountSnapshot, DbError> {
    read_snapshot(json)
        .map_err(|e| DbError::unreadable_document("account snapshot", format!("at {}", e.path)))
}

/// An account's snapshot and version.
pub async fn load_account(
    conn: &mut Conn,
    mpn_id: &str,
) -> Result<Option<(AccountSnapshot, i64)>, DbError> {
    let row: Option<(String, i64)> =
        sql::query_as("SELECT snapshot, version FROM accounts WHERE mpn_id = $1")
            .bind(mpn_id)
            .fetch_optional(&mut *conn)
            .await?;
    row.map(|(json, version)| Ok((stored(&json)?, version)))
        .transpose()
}

/// The accounts merged into `mpn_id`, as they were when they merged.
pub async fn merged_into(conn: &mut Conn, mpn_id: &str) -> Result<Vec<AccountSnapshot>, DbError> {
    let rows: Vec<String> =
        sql::query_scalar("SELECT snapshot FROM accounts WHERE merged_into = $1")
            .bind(mpn_id)
            .fetch_all(&mut *conn)
            .await?;
    rows.iter().map(|json| stored(json)).collect()
}

/// Every stored account, merged-away ones included.
pub async fn all_accounts(conn: &mut Conn) -> Result<Vec<AccountSnapshot>, DbError> {
    let rows: Vec<String> = sql::query_scalar("SELECT snapshot FROM accounts ORDER BY mpn_id")
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(|json| stored(json)).collect()
}

/// Writes a new version of an account's snapshot.
pub async fn save_account(conn: &mut Conn, snapshot: &AccountSnapshot) -> Result<(), DbError> {
    sql::query(
        "UPDATE accounts SET snapshot = $2, company = $3, version = version + 1,
                merged_into = $4 WHERE mpn_id = $1",
    )
    .bind(snapshot.global_mpn_id.as_str())
    .bind(to_json(snapshot))
    .bind(&snapshot.company)
    .bind(snapshot.merged_into.as_ref().map(|m| m.as_str()))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The demo seed's users, by the company they sign in to now.
pub async fn demo_users(conn: &mut Conn) -> Result<Vec<merge_api_types::DemoUser>, DbError> {
    let demo: std::collections::HashSet<String> =
        sql::query_scalar("SELECT email FROM users WHERE demo = TRUE")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .collect();
    let accounts = all_accounts(conn).await?;
    Ok(accounts
        .iter()
        .filter(|a| a.merged_into.is_none())
        .flat_map(|account| {
            let demo = &demo;
            account
                .users
                .iter()
                .filter(move |user| demo.contains(&user.email.to_ascii_lowercase()))
                .map(move |user| merge_api_types::DemoUser {
                    company: account.company.clone(),
                    email: user.email.clone(),
                    account_admin: user.is_account_admin(),
                })
        })
        .collect())
}
