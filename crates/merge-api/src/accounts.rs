//! The operator's commands: accounts into the database from snapshot files, and out again.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use merge_core::{read_snapshot, to_json, validate_snapshot, AccountSnapshot};

use crate::db::{self, Db};
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
pub fn import_accounts(database: &Path, files: &[PathBuf]) -> Result<Vec<String>, AccountsError> {
    let db = Db::open(database, false)?;
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
            Ok(account) => match validate_snapshot(&account) {
                Ok(()) => accounts.push((name, account)),
                Err(found) => problems.extend(found.iter().map(|p| format!("{name}: {p}"))),
            },
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    db.run_now(|conn| {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut owners = Owners::default();
        for stored in db::all_accounts(&tx)? {
            let owner = format!("the database ({})", stored.company);
            claim_all(&mut owners, &stored, &owner, &mut problems);
        }
        for (name, account) in &accounts {
            claim_all(&mut owners, account, name, &mut problems);
        }
        if !problems.is_empty() {
            return Ok(Err(AccountsError::Refused(std::mem::take(&mut problems))));
        }
        for (_, account) in &accounts {
            db::insert_account(&tx, account)?;
        }
        tx.commit()?;
        Ok(Ok(accounts
            .iter()
            .map(|(_, a)| format!("{} ({})", a.company, a.global_mpn_id.as_str()))
            .collect()))
    })?
}

/// The stored snapshot of the account with this global MPN ID, as JSON.
pub fn export_account(database: &Path, mpn_id: &str) -> Result<String, AccountsError> {
    let db = Db::open(database, false)?;
    let account = db.run_now(|conn| db::load_account(conn, mpn_id))?;
    let (account, _) = account.ok_or_else(|| AccountsError::NotFound(mpn_id.to_string()))?;
    Ok(to_json(&account))
}
