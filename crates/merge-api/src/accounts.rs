//! The operator's commands: accounts into the database from snapshot files, and out again.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use merge_core::{read_snapshot, to_json, validate_snapshot, AccountSnapshot};

use crate::db::{self, Database, Db, DbOptions};
use crate::error::ApiError;

#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    /// Every problem of every file; nothing was written.
    #[error("nothing was imported; fix these and run the import again:{}", list(.0))]
    Refused(Vec<String>),
    #[error("no account has the global MPN ID {0}")]
    NotFound(String),
    #[error(transparent)]
    Database(#[from] ApiError),
}

fn list(problems: &[String]) -> String {
    problems.iter().fold(String::new(), |mut out, p| {
        let _ = write!(out, "\n  {p}");
        out
    })
}

/// Where each key already is: "file" or "the database (Contoso)".
#[derive(Default)]
struct Owners(HashMap<String, String>);

impl Owners {
    /// Records `key` for `owner`; a problem if another has it.
    fn claim(&mut self, what: &str, key: &str, owner: &str, problems: &mut Vec<String>) {
        let key_lower = key.to_ascii_lowercase();
        match self.0.get(&key_lower) {
            Some(other) if other != owner => {
                problems.push(format!("{owner}: {what} {key} is already in {other}"))
            }
            _ => {
                self.0.insert(key_lower, owner.to_string());
            }
        }
    }
}

fn claim_all(
    owners: &mut Owners,
    account: &AccountSnapshot,
    owner: &str,
    problems: &mut Vec<String>,
) {
    owners.claim("MPN ID", account.global_mpn_id.as_str(), owner, problems);
    for location in &account.locations {
        if location.mpn_id != account.global_mpn_id {
            owners.claim("MPN ID", location.mpn_id.as_str(), owner, problems);
        }
    }
    for tenant in &account.tenants {
        owners.claim("tenant", &tenant.domain, owner, problems);
    }
    for user in &account.users {
        owners.claim("user", &user.email, owner, problems);
    }
}

/// Validates every file (merge-core's rules) and checks that no MPN ID, tenant or user is in
/// two accounts, among the files or with the database; then adds them all in one transaction,
/// or nothing. Returns "Company (MPN ID)" of each account added.
pub async fn import_accounts(
    database: &Database,
    files: &[PathBuf],
) -> Result<Vec<String>, AccountsError> {
    let mut problems = Vec::new();
    let mut accounts = Vec::new();
    for file in files {
        let name = file.display().to_string();
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                problems.push(format!("{name}: cannot read it: {e}"));
                continue;
            }
        };
        match read_snapshot(&text) {
            Ok(account) => accounts.push((name, account)),
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    import_snapshots(database, accounts, problems).await
}

/// [`import_accounts`] of snapshots already read, each named by where it came from, after
/// `problems` found in reading others.
pub async fn import_snapshots(
    database: &Database,
    accounts: Vec<(String, AccountSnapshot)>,
    mut problems: Vec<String>,
) -> Result<Vec<String>, AccountsError> {
    for (name, account) in &accounts {
        if let Err(found) = validate_snapshot(account) {
            problems.extend(found.iter().map(|p| format!("{name}: {p}")));
        }
    }
    let db = Db::connect(database, DbOptions::default(), false).await?;
    let imported = db
        .write((accounts, problems), |conn, (accounts, problems)| {
            Box::pin(async move {
                db::lock_all_accounts(conn).await?;
                let mut problems = problems.clone();
                let mut owners = Owners::default();
                for stored in db::all_accounts(conn).await? {
                    let owner = format!("the database ({})", stored.company);
                    claim_all(&mut owners, &stored, &owner, &mut problems);
                }
                for (name, account) in accounts {
                    claim_all(&mut owners, account, name, &mut problems);
                }
                if !problems.is_empty() {
                    return Ok(Err(problems)); // before anything is written
                }
                for (_, account) in accounts {
                    db::insert_account(conn, account).await?;
                }
                Ok(Ok(accounts
                    .iter()
                    .map(|(_, a)| format!("{} ({})", a.company, a.global_mpn_id.as_str()))
                    .collect()))
            })
        })
        .await?;
    imported.map_err(AccountsError::Refused)
}

/// The stored snapshot of the account with this global MPN ID, as JSON.
pub async fn export_account(database: &Database, mpn_id: &str) -> Result<String, AccountsError> {
    let db = Db::connect(database, DbOptions::default(), false).await?;
    let account = db
        .read(mpn_id, |conn, mpn_id| {
            Box::pin(db::load_account(conn, mpn_id))
        })
        .await?;
    let (account, _) = account.ok_or_else(|| AccountsError::NotFound(mpn_id.to_string()))?;
    Ok(to_json(&account))
}
