//! `partner-merge-api` as an operator runs it: `--help`, `--version`, and settings from the
//! environment instead of arguments.

use crate::common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::Server;

const BINARY: &str = env!("CARGO_BIN_EXE_partner-merge-api");

#[test]
fn help_and_version_exit_0() {
    let help = Command::new(BINARY).arg("--help").output().unwrap();
    assert!(help.status.success());
    let text = String::from_utf8(help.stdout).unwrap();
    for setting in [
        "--database",
        "--host",
        "--port",
        "--demo",
        "--site",
        "PARTNER_MERGE_PORT",
    ] {
        assert!(text.contains(setting), "{setting} in {text}");
    }
    let version = Command::new(BINARY).arg("--version").output().unwrap();
    assert!(version.status.success());
    assert_eq!(
        String::from_utf8(version.stdout).unwrap().trim(),
        format!("partner-merge-api {}", env!("CARGO_PKG_VERSION"))
    );
    let wrong = Command::new(BINARY).arg("--prot").output().unwrap();
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8(wrong.stderr).unwrap().contains("--port"));
}

#[tokio::test]
async fn every_setting_can_come_from_the_environment() {
    let dir = Server::scratch("environment");
    let database = dir.join("from-env.sqlite");
    let mut child = Command::new(BINARY)
        .env("PARTNER_MERGE_DATABASE", &database)
        .env("PARTNER_MERGE_HOST", "127.0.0.1")
        .env("PARTNER_MERGE_PORT", "0")
        .env("PARTNER_MERGE_DEMO", "true")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let addr = lines
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix("listening on ").map(str::to_string))
        .unwrap();
    let response = reqwest::Client::new()
        .post(format!("http://{addr}/api/session"))
        .json(&serde_json::json!({ "email": "alice@contoso.com" }))
        .send()
        .await
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(response.status(), 200, "demo mode from PARTNER_MERGE_DEMO");
    assert!(
        database.exists(),
        "the database from PARTNER_MERGE_DATABASE"
    );
    let _ = std::fs::remove_dir_all(dir);

    // The database settings are read from there too: a wrong value is refused by name.
    for (variable, value, says) in [
        (
            "PARTNER_MERGE_SQLITE_SYNCHRONOUS",
            "sometimes",
            "[possible values: normal, full]",
        ),
        ("PARTNER_MERGE_POOL_SIZE", "many", "--pool-size"),
        (
            "PARTNER_MERGE_DATABASE",
            "ftp://db",
            "ftp:// is not a database",
        ),
    ] {
        let output = Command::new(BINARY).env(variable, value).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{variable}={value}");
        let error = String::from_utf8(output.stderr).unwrap();
        assert!(error.contains(says), "{variable}={value}: {error}");
    }
}
