//! The operator's commands: accounts into the database from snapshot files (with their users'
//! directory subjects, where the operator has them), and out again; a user unbound from their
//! directory user.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use merge_core::{read_snapshot, to_json, validate_snapshot, AccountSnapshot};

use crate::db::{self, users, Database, Db, DbOptions, Mode};
use crate::error::ApiError;
use crate::oidc::Subject;

#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    /// Every problem of every file; nothing was written.
    #[error("nothing was imported; fix these and run the import again:{}", list(.0))]
    Refused(Vec<String>),
    #[error("no account has the global Partner ID {0}")]
    NotFound(String),
    #[error("no user has the email {0}")]
    NoUser(String),
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
    owners.claim(
        "Partner ID",
        account.global_mpn_id.as_str(),
        owner,
        problems,
    );
    for location in &account.locations {
        if location.mpn_id != account.global_mpn_id {
            owners.claim("Partner ID", location.mpn_id.as_str(), owner, problems);
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
/// or nothing. `subjects`: a TOML file binding users of these files to their directory users
/// ahead of their first sign-in (docs/sign-in.md). Returns "Company (MPN ID)" of each account
/// added.
pub async fn import_accounts(
    database: &Database,
    files: &[PathBuf],
    subjects: Option<&Path>,
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
    let subjects = match subjects {
        Some(path) => read_subjects(path, &accounts, &mut problems),
        None => Vec::new(),
    };
    import(database, accounts, subjects, problems, Mode::Real).await
}

/// The subjects file: each user's email to their directory user, `{ iss, sub }` or Entra's
/// `{ tid, oid }`; every problem is added to `problems`.
fn read_subjects(
    path: &Path,
    accounts: &[(String, AccountSnapshot)],
    problems: &mut Vec<String>,
) -> Vec<(String, String)> {
    let name = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            problems.push(format!("{name}: cannot read it: {e}"));
            return Vec::new();
        }
    };
    let file: BTreeMap<String, Subject> = match toml::from_str(&text) {
        Ok(file) => file,
        Err(e) => {
            problems.push(format!(
                "{name}: {e} (each line: \"email\" = {{ iss = \"…\", sub = \"…\" }} or \
                 {{ tid = \"…\", oid = \"…\" }})"
            ));
            return Vec::new();
        }
    };
    let users: HashSet<String> = accounts
        .iter()
        .flat_map(|(_, a)| a.users.iter().map(|u| u.email.to_ascii_lowercase()))
        .collect();
    let mut owners = Owners::default();
    let mut subjects = Vec::new();
    for (email, subject) in file {
        let email = email.to_ascii_lowercase();
        if !users.contains(&email) {
            problems.push(format!(
                "{name}: {email} is not a user of the accounts imported"
            ));
            continue;
        }
        let key = subject.key();
        owners.claim("directory user", &key, &email, problems);
        subjects.push((email, key));
    }
    subjects
}

/// [`import_accounts`] of snapshots already read, each named by where it came from, after
/// `problems` found in reading others.
pub async fn import_snapshots(
    database: &Database,
    accounts: Vec<(String, AccountSnapshot)>,
    problems: Vec<String>,
) -> Result<Vec<String>, AccountsError> {
    import(database, accounts, Vec::new(), problems, Mode::Real).await
}

/// Accounts of one's own in a demo database (benchmarks, tests): their users sign in by email
/// alone, as the demo seed's do, on a server in demo mode.
pub async fn import_demo_snapshots(
    database: &Database,
    accounts: Vec<(String, AccountSnapshot)>,
) -> Result<Vec<String>, AccountsError> {
    import(database, accounts, Vec::new(), Vec::new(), Mode::Demo).await
}

async fn import(
    database: &Database,
    accounts: Vec<(String, AccountSnapshot)>,
    subjects: Vec<(String, String)>,
    mut problems: Vec<String>,
    mode: Mode,
) -> Result<Vec<String>, AccountsError> {
    for (name, account) in &accounts {
        if let Err(found) = validate_snapshot(account) {
            problems.extend(found.iter().map(|p| format!("{name}: {p}")));
        }
    }
    let db = Db::connect(database, DbOptions::default(), Some(mode)).await?;
    let demo = mode == Mode::Demo;
    let imported = db
        .write(
            (accounts, subjects, problems),
            |conn, (accounts, subjects, problems)| {
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
                    for (email, subject) in subjects {
                        if let Some(other) = users::email_bound_to(conn, subject, None).await? {
                            problems.push(format!(
                                "{email}: its directory user is bound to {other} in the database"
                            ));
                        }
                    }
                    if !problems.is_empty() {
                        return Ok(Err(problems)); // before anything is written
                    }
                    for (_, account) in accounts {
                        db::insert_account(conn, account, demo).await?;
                    }
                    for (email, subject) in subjects {
                        users::set_subject(conn, email, subject).await?;
                    }
                    Ok(Ok(accounts
                        .iter()
                        .map(|(_, a)| format!("{} ({})", a.company, a.global_mpn_id.as_str()))
                        .collect()))
                })
            },
        )
        .await?;
    imported.map_err(AccountsError::Refused)
}

/// Unbinds `email` from its directory user: the next sign-in as it binds whoever signs in (for
/// a person whose directory account really changed), and its sessions end now.
pub async fn unbind_user(database: &Database, email: &str) -> Result<(), AccountsError> {
    let db = Db::connect(database, DbOptions::default(), None).await?;
    let email = email.trim().to_ascii_lowercase();
    let found = db
        .write(email.clone(), |conn, email| {
            Box::pin(async move { Ok(users::unbind(conn, email).await?) })
        })
        .await?;
    match found {
        true => Ok(()),
        false => Err(AccountsError::NoUser(email)),
    }
}

/// The stored snapshot of the account with this global MPN ID, as JSON.
pub async fn export_account(database: &Database, mpn_id: &str) -> Result<String, AccountsError> {
    let db = Db::connect(database, DbOptions::default(), None).await?;
    let account = db
        .read(mpn_id, |conn, mpn_id| {
            Box::pin(async move { Ok(db::load_account(conn, mpn_id).await?) })
        })
        .await?;
    let (account, _) = account.ok_or_else(|| AccountsError::NotFound(mpn_id.to_string()))?;
    Ok(to_json(&account))
}
