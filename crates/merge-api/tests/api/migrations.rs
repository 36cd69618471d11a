//! The schema on start: a database made by an earlier version keeps its data, and settings that
//! name no database the server can use are refused with what to give instead.

use crate::common;

use std::process::Command;

use common::{ok, Server, TestDatabase};
use sqlx::{AnyPool, Executor};

const BINARY: &str = env!("CARGO_BIN_EXE_partner-merge-api");

/// An SQLite file as the API made it before sqlx: migrations 001-003 counted in `user_version`,
/// with Contoso in it and a user whose email has capitals.
async fn made_before_sqlx(database: &TestDatabase) {
    std::fs::File::create(database.file()).unwrap();
    sqlx::any::install_default_drivers();
    let pool = AnyPool::connect(&format!("sqlite://{}", database.file().display()))
        .await
        .unwrap();
    for sql in [
        include_str!("../../migrations/sqlite/001_init.sql"),
        include_str!("../../migrations/sqlite/002_demo_sessions.sql"),
        include_str!("../../migrations/sqlite/003_tower_sessions.sql"),
        "PRAGMA user_version = 3",
    ] {
        pool.execute(sql).await.unwrap();
    }
    let contoso = include_str!("../../../../fixtures/contoso.json");
    sqlx::query(
        "INSERT INTO accounts (mpn_id, company, snapshot) VALUES ('1111111', 'Contoso', $1)",
    )
    .bind(contoso)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO users (email, account) VALUES ('Alice@Contoso.com', '1111111')")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
}

#[tokio::test]
async fn a_database_made_before_sqlx_keeps_its_data_and_gets_only_the_new_migrations() {
    let dir = Server::scratch("before-sqlx");
    let database = TestDatabase::sqlite(dir.join("old.sqlite"));
    made_before_sqlx(&database).await;

    let server = Server::on(database.clone(), dir);
    let alice = server.sign_in("alice@contoso.com").await;
    let me = ok(alice.get("/api/me").await).await;
    assert_eq!(me["account"]["company"], "Contoso");
    assert_eq!(
        common::count(&database, "SELECT count(*) FROM accounts"),
        1,
        "not seeded again"
    );
    let applied = database.texts("SELECT description FROM _sqlx_migrations ORDER BY version");
    assert_eq!(
        applied,
        [
            "init",
            "demo sessions",
            "tower sessions",
            "indexes",
            "reissues",
            "identity and fences",
            "consent",
            "notifications",
            "deal kind",
            "rights reading"
        ],
        "001-003 recorded as they were, 004 and later run"
    );
    assert_eq!(
        database.text("SELECT email FROM users").as_deref(),
        Some("alice@contoso.com"),
        "emails kept in lower case"
    );
    // And it starts again as any migrated database does.
    drop(server);
}

#[test]
fn a_database_setting_the_server_cannot_use_says_what_to_give() {
    let output = Command::new(BINARY)
        .args(["--database", "mysql://db/merge"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("an SQLite file's path or a postgres:// URL"),
        "{error}"
    );

    // A PostgreSQL server that is not there: the start fails, saying which (without the
    // password) and why.
    let output = Command::new(BINARY)
        .args(["--port", "0", "--database"])
        .arg("postgres://pm:s3cret@127.0.0.1:1/merge")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("cannot open the database postgres://pm:***@127.0.0.1:1/merge"),
        "{error}"
    );
    assert!(error.contains("Connection refused"), "{error}");
    assert!(!error.contains("s3cret"), "{error}");
}
