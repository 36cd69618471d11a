//! A real server process on a real SQLite file, and signed-in HTTP clients.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};

pub struct Server {
    child: Child,
    pub base: String,
    pub database: PathBuf,
    dir: PathBuf,
}

impl Server {
    /// Starts `partner-merge-api --demo` on a free port with a fresh database.
    pub fn start(name: &str) -> Self {
        let dir = Self::scratch(name);
        Self::on(dir.join("merge.sqlite"), dir)
    }

    /// A fresh folder for one test's files.
    pub fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("partner-merge-api-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Starts a server on an existing database file (after a restart).
    pub fn on(database: PathBuf, dir: PathBuf) -> Self {
        Self::with_args(database, dir, &[])
    }

    pub fn with_args(database: PathBuf, dir: PathBuf, extra: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_partner-merge-api"))
            .args(["--demo", "--port", "0", "--database"])
            .arg(&database)
            .args(extra)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server starts");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let addr = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|line| line.strip_prefix("listening on ").map(str::to_string))
            .expect("the server says where it listens");
        // Keep draining stdout so the server never blocks on it.
        std::thread::spawn(move || for _ in lines {});
        Self {
            child,
            base: format!("http://{addr}"),
            database,
            dir,
        }
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// A client with no session.
    pub fn anonymous(&self) -> Api {
        Api {
            client: Client::builder().cookie_store(true).build().unwrap(),
            base: self.base.clone(),
        }
    }

    /// A client signed in as `email`.
    pub async fn sign_in(&self, email: &str) -> Api {
        let api = self.anonymous();
        let response = api.post("/api/session", json!({ "email": email })).await;
        assert_eq!(response.status(), StatusCode::OK, "sign-in of {email}");
        let cookie = response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        api
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub struct Api {
    pub client: Client,
    pub base: String,
}

impl Api {
    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn post(&self, path: &str, body: Value) -> Response {
        self.client
            .post(format!("{}{path}", self.base))
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    /// W1: invites the account with this global MPN ID.
    pub async fn invite(&self, mpn_id: &str) -> Response {
        self.post("/api/merges", json!({ "invitee_mpn_id": mpn_id }))
            .await
    }

    /// W2: the invitee's admin accepts request `id`.
    pub async fn accept(&self, id: i64) -> Response {
        self.post(&format!("/api/merges/{id}/accept"), json!({}))
            .await
    }

    /// W3, W4: confirms request `id` with the fingerprint of the preview shown.
    pub async fn confirm(&self, id: i64, fingerprint: &str) -> Response {
        let body = json!({ "fingerprint": fingerprint });
        self.post(&format!("/api/merges/{id}/confirm"), body).await
    }
}

/// Status and JSON body.
pub async fn read(response: Response) -> (StatusCode, Value) {
    let status = response.status();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body)
}

pub async fn ok(response: Response) -> Value {
    let (status, body) = read(response).await;
    assert!(status.is_success(), "{status}: {body}");
    body
}

/// R4 over the whole database: the MPN IDs of the accounts still standing are the seeded ones,
/// each exactly once.
pub fn assert_mpn_ids_conserved(database: &std::path::Path) {
    let conn = rusqlite::Connection::open(database).unwrap();
    let mut statement = conn
        .prepare("SELECT snapshot FROM accounts WHERE merged_into IS NULL")
        .unwrap();
    let mut ids: Vec<String> = Vec::new();
    for json in statement.query_map([], |r| r.get::<_, String>(0)).unwrap() {
        let snapshot: Value = serde_json::from_str(&json.unwrap()).unwrap();
        ids.push(snapshot["global_mpn_id"].as_str().unwrap().into());
        for location in snapshot["locations"].as_array().unwrap() {
            ids.push(location["mpn_id"].as_str().unwrap().into());
        }
    }
    ids.sort();
    let seeded = [
        "1111111", "2222222", "3333333", "4444444", "5555555", "8888888", "9999999",
    ];
    assert_eq!(ids, seeded, "every MPN ID exactly once");
}

/// Edits an account's stored snapshot behind the API's back, as another system might.
pub fn edit_account(database: &std::path::Path, mpn_id: &str, edit: impl FnOnce(&mut Value)) {
    let conn = rusqlite::Connection::open(database).unwrap();
    let json: String = conn
        .query_row(
            "SELECT snapshot FROM accounts WHERE mpn_id = ?1",
            [mpn_id],
            |r| r.get(0),
        )
        .unwrap();
    let mut snapshot: Value = serde_json::from_str(&json).unwrap();
    edit(&mut snapshot);
    conn.execute(
        "UPDATE accounts SET snapshot = ?2, version = version + 1 WHERE mpn_id = ?1",
        (mpn_id, snapshot.to_string()),
    )
    .unwrap();
}

/// Alice invites Fabricam, Fiona accepts; returns the request id and the previewed fingerprint.
pub async fn accepted_e1(server: &Server) -> (Api, i64, String) {
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let id = ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap();
    ok(fiona.accept(id).await).await;
    let preview = ok(alice.get(&format!("/api/merges/{id}/preview")).await).await;
    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap().to_string();
    (alice, id, fingerprint)
}
