//! What a database is for, recorded in it: `demo` (the seeded demo companies, whose users sign
//! in by email alone) or `real` (accounts the operator imported, signed in through their
//! identity providers). A server in demo mode refuses a real database and the reverse, so that
//! `--demo` on the wrong file never lets anyone sign in as a real account's admin.

use std::fmt;

use super::{lock_all_accounts, sql, Conn, Db};
use crate::error::ApiError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Demo,
    Real,
}

impl Mode {
    fn as_str(self) -> &'static str {
        match self {
            Self::Demo => "demo",
            Self::Real => "real",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The global MPN IDs of the demo companies (fixtures/contoso, fabricam, tailspin): a database
/// made before modes were recorded that holds only these is a demo one.
const DEMO_ACCOUNTS: [&str; 3] = ["1111111", "3333333", "9999999"];

/// The database's mode; a database that has none yet gets `want` (or, if it holds accounts
/// from before modes were recorded, what they are). `want` none: only read it.
pub(super) async fn settle(db: &Db, want: Option<Mode>) -> Result<Option<Mode>, ApiError> {
    db.write(want, |conn, want| Box::pin(settle_in(conn, *want)))
        .await
}

async fn settle_in(conn: &mut Conn, want: Option<Mode>) -> Result<Option<Mode>, ApiError> {
    lock_all_accounts(conn).await?;
    let recorded: Option<String> =
        sql::query_scalar("SELECT value FROM settings WHERE name = 'mode'")
            .fetch_optional(&mut *conn)
            .await?;
    match recorded.as_deref() {
        Some("demo") => return Ok(Some(Mode::Demo)),
        Some("real") => return Ok(Some(Mode::Real)),
        Some(other) => {
            return Err(ApiError::internal(format!(
                "the database says its mode is {other:?}, which this server does not know"
            )))
        }
        None => {}
    }
    let accounts: Vec<String> = sql::query_scalar("SELECT mpn_id FROM accounts")
        .fetch_all(&mut *conn)
        .await?;
    let mode = match accounts.is_empty() {
        true => match want {
            Some(mode) => mode,
            None => return Ok(None),
        },
        false if accounts.iter().all(|a| DEMO_ACCOUNTS.contains(&a.as_str())) => {
            // Seeded before the demo users were marked.
            sql::query("UPDATE users SET demo = TRUE")
                .execute(&mut *conn)
                .await?;
            Mode::Demo
        }
        false => Mode::Real,
    };
    sql::query("INSERT INTO settings (name, value) VALUES ('mode', $1)")
        .bind(mode.as_str())
        .execute(&mut *conn)
        .await?;
    Ok(Some(mode))
}

/// What to say when a database made for one mode is opened in the other.
pub(super) fn refusal(database: &dyn fmt::Display, made: Mode, want: Mode) -> ApiError {
    ApiError::internal(match (made, want) {
        (Mode::Real, _) => format!(
            "{database} holds accounts imported for real sign-in; --demo lets anyone sign in as \
             anyone, so it runs only on a database of its own: give --database another file \
             (scripts/run.sh uses data/demo.sqlite)"
        ),
        (Mode::Demo, _) => format!(
            "{database} was made by --demo: its seeded users sign in by email alone, so a real \
             server does not use it, nor imports into it; give --database a database of its own \
             and import the accounts there (docs/sign-in.md)"
        ),
    })
}
