//! One test's database: an SQLite file in the test's folder, or a database of its own on the
//! PostgreSQL server of the PG* variables (made with `createdb`, removed with `dropdb` when the
//! last handle goes). Read and edited with sqlx, as the API does.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sqlx::AnyPool;

/// The variable that picks the backend of a test run: `sqlite` (the default) or `postgres`.
pub const BACKEND: &str = "PARTNER_MERGE_TEST_DATABASE";

#[derive(Clone)]
pub struct TestDatabase(Arc<Inner>);

struct Inner {
    /// What `--database` gets.
    arg: String,
    file: Option<PathBuf>,
    /// The PostgreSQL database's name.
    postgres: Option<String>,
}

impl TestDatabase {
    /// A fresh database on the backend of this test run.
    pub fn fresh(name: &str, dir: &Path) -> Self {
        match std::env::var(BACKEND).as_deref() {
            Ok("postgres") => Self::postgres(name),
            Ok("sqlite") | Err(_) => Self::sqlite(dir.join("merge.sqlite")),
            Ok(other) => panic!("{BACKEND}={other}: say sqlite or postgres"),
        }
    }

    /// An SQLite file, whatever the run's backend (for what only SQLite has: a file).
    pub fn sqlite(path: PathBuf) -> Self {
        Self(Arc::new(Inner {
            arg: path.to_str().unwrap().to_string(),
            file: Some(path),
            postgres: None,
        }))
    }

    /// A new, empty database on the PostgreSQL server of the PG* variables.
    pub fn postgres(name: &str) -> Self {
        let var = |name: &str| {
            std::env::var(name).unwrap_or_else(|_| {
                panic!("{BACKEND}=postgres needs {name}: run the tests under pg_virtualenv")
            })
        };
        let clean: String = name
            .chars()
            .map(|c| match c.is_ascii_alphanumeric() {
                true => c.to_ascii_lowercase(),
                false => '_',
            })
            .take(40)
            .collect();
        let database = format!("pm_{clean}_{}", super::unique().replace('-', "_"));
        pg_tool("dropdb", &["--if-exists", "--force", &database]);
        pg_tool("createdb", &[&database]);
        // No TLS on the loopback to a throwaway cluster: in the unoptimized test build its
        // handshake took ~100 ms of each of a server's 8 connections (docs/decisions.md).
        let url = format!(
            "postgres://{}:{}@{}:{}/{database}?sslmode=disable",
            var("PGUSER"),
            var("PGPASSWORD"),
            var("PGHOST"),
            var("PGPORT")
        );
        Self(Arc::new(Inner {
            arg: url,
            file: None,
            postgres: Some(database),
        }))
    }

    /// A PostgreSQL database that the test made itself (its own server), left as it is.
    pub fn postgres_at(url: &str) -> Self {
        Self(Arc::new(Inner {
            arg: url.to_string(),
            file: None,
            postgres: None,
        }))
    }

    /// The `--database` argument.
    pub fn arg(&self) -> &str {
        &self.0.arg
    }

    pub fn is_postgres(&self) -> bool {
        self.0.postgres.is_some()
    }

    /// The SQLite file.
    pub fn file(&self) -> &Path {
        self.0.file.as_deref().expect("an SQLite database")
    }

    /// The first column of every row `sql` gives, as text.
    pub fn texts(&self, sql: &str) -> Vec<String> {
        let sql = sql.to_string();
        self.with(move |pool| async move {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .fetch_all(&pool)
                .await
                .unwrap()
        })
    }

    /// The first column of the first row, as text (none for no row or NULL).
    pub fn text(&self, sql: &str) -> Option<String> {
        let sql = sql.to_string();
        self.with(move |pool| async move {
            sqlx::query_scalar::<_, Option<String>>(sqlx::AssertSqlSafe(sql))
                .fetch_optional(&pool)
                .await
                .unwrap()
                .flatten()
        })
    }

    /// The number of a `SELECT count(*) …`.
    pub fn number(&self, sql: &str) -> i64 {
        let sql = sql.to_string();
        self.with(move |pool| async move {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .fetch_one(&pool)
                .await
                .unwrap()
        })
    }

    /// Runs one statement behind the API's back, as another system might.
    pub fn execute(&self, sql: &str) {
        let sql = sql.to_string();
        self.with(move |pool| async move {
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&pool)
                .await
                .unwrap();
        })
    }

    /// Stores a new snapshot of an account (a new version), as another system might.
    pub fn update_snapshot(&self, mpn_id: &str, json: &str) {
        let (mpn_id, json) = (mpn_id.to_string(), json.to_string());
        self.with(move |pool| async move {
            sqlx::query(
                "UPDATE accounts SET snapshot = $2, version = version + 1 WHERE mpn_id = $1",
            )
            .bind(mpn_id)
            .bind(json)
            .execute(&pool)
            .await
            .unwrap();
        })
    }

    /// Runs `work` on a pool of its own, on a thread of its own: the tests call these from
    /// inside their own runtime.
    fn with<T, F>(&self, work: impl FnOnce(AnyPool) -> F + Send) -> T
    where
        T: Send,
        F: std::future::Future<Output = T>,
    {
        let url = match &self.0.file {
            Some(file) => format!("sqlite://{}", file.display()),
            None => self.0.arg.clone(),
        };
        std::thread::scope(|scope| {
            scope
                .spawn(|| {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .unwrap();
                    runtime.block_on(async {
                        sqlx::any::install_default_drivers();
                        let pool = AnyPool::connect(&url).await.unwrap();
                        let result = work(pool.clone()).await;
                        pool.close().await;
                        result
                    })
                })
                .join()
                .unwrap()
        })
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some(database) = &self.postgres {
            pg_tool("dropdb", &["--if-exists", "--force", database]);
        }
    }
}

/// `createdb`, `dropdb`: PostgreSQL's own tools, on the server of the PG* variables.
fn pg_tool(tool: &str, args: &[&str]) {
    let status = std::process::Command::new(tool)
        .args(args)
        .env("PGOPTIONS", "-c client_min_messages=warning")
        .status()
        .unwrap_or_else(|e| panic!("{tool}: {e} (PostgreSQL's client tools are needed)"));
    assert!(status.success(), "{tool} {args:?}: {status}");
}
