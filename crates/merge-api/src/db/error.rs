//! What can go wrong in the storage layer, in its own terms; `crate::error` says what each means
//! for the client, in one place.

/// A failure of a database step.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// PostgreSQL reported a deadlock or a serialization failure, or the accounts a step locked
    /// changed before the locks were held: the step is run again (`Db::write`).
    #[error("a concurrent step changed what this one read")]
    ConcurrentChange,
    /// Another process holds SQLite's write lock beyond the busy timeout, or no connection of
    /// the pool came free in time.
    #[error("the database is busy: {0}")]
    Busy(#[source] Cause),
    /// A stored value this version cannot read (a row written by hand, or by a newer version).
    #[error("a stored {what} does not read: {problem}")]
    Unreadable { what: String, problem: String },
    /// A row would repeat a unique key another step wrote meanwhile.
    #[error("duplicate: {0}")]
    Duplicate(#[source] Cause),
    /// A statement that was to return a row returned none.
    #[error("the database returned no row where one was expected")]
    NoRow,
    #[error("database: {0}")]
    Sqlx(#[source] sqlx::Error),
    #[error("database: {0}")]
    Sqlite(#[source] rusqlite::Error),
    #[error("database: {0}")]
    Pool(String),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// A driver's own error, kept as what caused one of ours.
pub type Cause = Box<dyn std::error::Error + Send + Sync>;

impl From<sqlx::Error> for DbError {
    fn from(error: sqlx::Error) -> Self {
        let code = error
            .as_database_error()
            .and_then(|e| e.code().map(|c| c.into_owned()));
        match (&error, code.as_deref()) {
            // PostgreSQL: serialization_failure, deadlock_detected.
            (_, Some("40001" | "40P01")) => Self::ConcurrentChange,
            // SQLite: SQLITE_BUSY and SQLITE_BUSY_RECOVERY.
            (_, Some("5" | "517")) | (sqlx::Error::PoolTimedOut, _) => Self::Busy(error.into()),
            (sqlx::Error::Database(e), _) if e.is_unique_violation() => {
                Self::Duplicate(error.into())
            }
            _ => Self::Sqlx(error),
        }
    }
}

impl From<rusqlite::Error> for DbError {
    fn from(error: rusqlite::Error) -> Self {
        use rusqlite::{ffi, ErrorCode};
        let Some(sqlite) = error.sqlite_error() else {
            return Self::Sqlite(error);
        };
        match (sqlite.code, sqlite.extended_code) {
            // Every kind of SQLITE_BUSY (a timeout, a recovery, a snapshot) and SQLITE_LOCKED.
            (ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked, _) => Self::Busy(error.into()),
            (_, ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY) => {
                Self::Duplicate(error.into())
            }
            _ => Self::Sqlite(error),
        }
    }
}

/// No connection of the pool came free in time: busy; the others are the pool's own failures.
impl From<deadpool::managed::PoolError<rusqlite::Error>> for DbError {
    fn from(error: deadpool::managed::PoolError<rusqlite::Error>) -> Self {
        use deadpool::managed::PoolError;
        match error {
            PoolError::Backend(error) => error.into(),
            PoolError::Timeout(_) => Self::Busy(error.into()),
            other => Self::Pool(other.to_string()),
        }
    }
}

impl DbError {
    /// A stored `value` of `what` (a short one: a time, a state) that does not read as one.
    pub fn unreadable(what: &str, value: &str, problem: impl ToString) -> Self {
        Self::Unreadable {
            what: format!("{what} {value:?}"),
            problem: problem.to_string(),
        }
    }

    /// A stored document (an account's snapshot, a plan) that does not read; neither it nor the
    /// parser's words are quoted (they may quote a value: bank details), only where it failed.
    pub fn unreadable_document(what: &str, problem: impl ToString) -> Self {
        Self::Unreadable {
            what: what.to_string(),
            problem: problem.to_string(),
        }
    }
}
