//! `GET /healthz` and `GET /readyz` over real HTTP: for anyone, saying nothing but ok or ready;
//! readiness follows the database (a migration missing, PostgreSQL stopped and started again)
//! without the server restarting.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::{ok, read, Server, TestDatabase};
use reqwest::StatusCode;
use serde_json::{json, Value};

async fn probe(server: &Server, path: &str) -> (StatusCode, Value, Duration) {
    let started = Instant::now();
    let response = server.anonymous().get(path).await;
    assert_eq!(response.headers()["cache-control"], "no-store");
    let (status, body) = read(response).await;
    (status, body, started.elapsed())
}

#[tokio::test]
async fn healthz_and_readyz_answer_anyone_with_their_status_only() {
    let dir = Server::scratch("probes-anyone");
    // Not in demo mode, nobody signed in: a load balancer's probe has no session.
    let server = Server::without_demo(TestDatabase::fresh("probes-anyone", &dir), dir);
    let (status, body, _) = probe(&server, "/healthz").await;
    assert_eq!((status, body), (StatusCode::OK, json!({ "status": "ok" })));
    let (status, body, _) = probe(&server, "/readyz").await;
    assert_eq!(
        (status, body),
        (StatusCode::OK, json!({ "status": "ready" }))
    );
    // Nothing about the server in the headers either.
    let response = server.anonymous().get("/readyz").await;
    for header in ["server", "x-powered-by"] {
        assert!(response.headers().get(header).is_none(), "{header}");
    }
    // Only GET; the probes are not under /api, where unknown paths are the API's 404.
    let post = server.anonymous().post("/readyz", json!({})).await;
    assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
    let under_api = server.anonymous().get("/api/readyz").await;
    assert_eq!(under_api.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn readyz_is_503_while_a_migration_is_missing_and_200_once_it_is_applied_again() {
    let server = Server::start("probes-migration");
    let (status, _, _) = probe(&server, "/readyz").await;
    assert_eq!(status, StatusCode::OK);
    // As if the database were restored from a backup older than this server.
    let latest = "(SELECT max(version) FROM _sqlx_migrations)";
    server.database.execute(&format!(
        "UPDATE _sqlx_migrations SET success = FALSE WHERE version = {latest}"
    ));
    let (status, body, _) = probe(&server, "/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert_eq!(body, json!({ "code": "busy", "message": "not ready" }));
    // Liveness is the process's: it still answers.
    assert_eq!(probe(&server, "/healthz").await.0, StatusCode::OK);
    server.database.execute(&format!(
        "UPDATE _sqlx_migrations SET success = TRUE WHERE version = {latest}"
    ));
    assert_eq!(probe(&server, "/readyz").await.0, StatusCode::OK);
}

#[tokio::test]
async fn readyz_is_503_while_the_sqlite_file_takes_no_write() {
    let dir = Server::scratch("probes-sqlite-write");
    let database = TestDatabase::sqlite(dir.join("merge.sqlite"));
    let server = Server::on(database, dir);
    assert_eq!(probe(&server, "/readyz").await.0, StatusCode::OK);
    // Every write refused, as on a full disk or a file system mounted read-only (which root,
    // running the tests, cannot be kept from writing by permissions).
    for event in ["INSERT", "UPDATE"] {
        server.database.execute(&format!(
            "CREATE TRIGGER refuse_{event} BEFORE {event} ON settings
             BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        ));
    }
    let (status, body, _) = probe(&server, "/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    for event in ["INSERT", "UPDATE"] {
        server
            .database
            .execute(&format!("DROP TRIGGER refuse_{event}"));
    }
    assert_eq!(probe(&server, "/readyz").await.0, StatusCode::OK);
}

/// A PostgreSQL server of the test's own, which it stops and starts (the suite's shared one
/// must keep running for the other tests).
struct OwnPostgres {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
    as_postgres: bool,
}

impl OwnPostgres {
    fn new(dir: &Path) -> Self {
        let versions = std::fs::read_dir("/usr/lib/postgresql").expect("PostgreSQL is installed");
        let bin = versions
            .map(|v| v.unwrap().path().join("bin"))
            .max()
            .expect("a PostgreSQL version");
        // PostgreSQL refuses to run as root: then as its own user, in a folder it owns.
        let as_postgres = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|id| id.stdout.starts_with(b"0\n"));
        if as_postgres {
            let chown = Command::new("chown")
                .args(["-R", "postgres"])
                .arg(dir)
                .status()
                .unwrap();
            assert!(chown.success());
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let own = Self {
            bin,
            data: dir.join("data"),
            port,
            as_postgres,
        };
        own.tool(
            "initdb",
            &[
                "-D",
                own.data.to_str().unwrap(),
                "-U",
                "pm",
                "-A",
                "trust",
                "--no-sync",
            ],
        );
        own.start();
        own
    }

    fn tool(&self, tool: &str, args: &[&str]) {
        let program = self.bin.join(tool);
        let mut command = match self.as_postgres {
            true => {
                let mut runuser = Command::new("runuser");
                runuser.args(["-u", "postgres", "--"]).arg(program);
                runuser
            }
            false => Command::new(program),
        };
        let output = command.args(args).output().unwrap();
        assert!(
            output.status.success(),
            "{tool} {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    fn start(&self) {
        let options = format!(
            "-p {} -c listen_addresses=127.0.0.1 -k {} -c fsync=off",
            self.port,
            self.data.display()
        );
        let log = self.data.join("server.log");
        let data = self.data.to_str().unwrap();
        self.tool(
            "pg_ctl",
            &[
                "-D",
                data,
                "-o",
                &options,
                "-l",
                log.to_str().unwrap(),
                "-w",
                "start",
            ],
        );
    }

    fn stop(&self) {
        let data = self.data.to_str().unwrap();
        self.tool("pg_ctl", &["-D", data, "-m", "fast", "-w", "stop"]);
    }

    fn url(&self) -> String {
        format!("postgres://pm@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for OwnPostgres {
    fn drop(&mut self) {
        let data = self.data.to_str().unwrap();
        let stop = ["-D", data, "-m", "immediate", "stop"];
        let _ = match self.as_postgres {
            true => Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(self.bin.join("pg_ctl"))
                .args(stop)
                .output(),
            false => Command::new(self.bin.join("pg_ctl")).args(stop).output(),
        };
        let _ = std::fs::remove_dir_all(self.data.parent().unwrap());
    }
}

#[tokio::test]
async fn readyz_is_503_while_postgresql_is_stopped_and_200_when_it_is_back_without_a_restart() {
    if std::env::var("PARTNER_MERGE_TEST_DATABASE").as_deref() != Ok("postgres") {
        eprintln!("on PostgreSQL only: the suite's PostgreSQL run (scripts/test.sh) runs it");
        return;
    }
    let dir = Server::scratch("probes-postgres");
    let postgres = OwnPostgres::new(&dir);
    let server = Server::on(
        TestDatabase::postgres_at(&postgres.url()),
        dir.join("server"),
    );
    let alice = server.sign_in("alice@contoso.com").await;
    assert_eq!(probe(&server, "/readyz").await.0, StatusCode::OK);

    postgres.stop();
    let (status, body, took) = probe(&server, "/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(
        took < Duration::from_secs(3),
        "answered within its deadline: {took:?}"
    );
    assert_eq!(probe(&server, "/healthz").await.0, StatusCode::OK);
    // Still not ready a moment later: the answer is about now, not remembered.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        probe(&server, "/readyz").await.0,
        StatusCode::SERVICE_UNAVAILABLE
    );

    postgres.start();
    let back = Instant::now();
    let mut status = StatusCode::SERVICE_UNAVAILABLE;
    while status != StatusCode::OK && back.elapsed() < Duration::from_secs(10) {
        status = probe(&server, "/readyz").await.0;
    }
    assert_eq!(
        status,
        StatusCode::OK,
        "ready again once PostgreSQL is back"
    );
    println!("ready again {:?} after PostgreSQL started", back.elapsed());
    // And serving: the session made before the outage still works, and a new one can be made.
    let me = ok(alice.get("/api/me").await).await;
    assert_eq!(me["email"], "alice@contoso.com");
    server.sign_in("fiona@fabricam.com").await;
}
