//! A real server process on a real database, and signed-in HTTP clients. The database is an
//! SQLite file, or with `PARTNER_MERGE_TEST_DATABASE=postgres` a fresh database on the
//! PostgreSQL server that the PG* variables name (scripts/test.sh runs the suite a second time
//! under `pg_virtualenv` for that).
#![allow(dead_code)]

mod database;
pub mod mail;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;

use reqwest::{Client, Method, Response, StatusCode};
use serde_json::{json, Value};

pub use database::TestDatabase;

/// This process's id and a number no other call in it gets, for names of folders and
/// databases: tests of different files, one program, may give the same name.
pub fn unique() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let number = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("{}-{number}", std::process::id())
}

pub struct Server {
    child: Child,
    pub base: String,
    /// The metrics' address (`--metrics-listen`), if asked for: `http://…/metrics`.
    pub metrics: Option<String>,
    pub database: TestDatabase,
    pub dir: PathBuf,
}

impl Server {
    /// Starts `partner-merge-api --demo` on a free port with a fresh database.
    pub fn start(name: &str) -> Self {
        let dir = Self::scratch(name);
        Self::on(TestDatabase::fresh(name, &dir), dir)
    }

    /// A fresh folder for one test's files.
    pub fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("partner-merge-api-{name}-{}", unique()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Starts a server on an existing database (after a restart, or another replica).
    pub fn on(database: TestDatabase, dir: PathBuf) -> Self {
        Self::with_args(database, dir, &[])
    }

    pub fn with_args(database: TestDatabase, dir: PathBuf, extra: &[&str]) -> Self {
        Self::spawn(database, dir, &[&["--demo"], extra].concat(), &[])
    }

    /// Starts a server not in demo mode.
    pub fn without_demo(database: TestDatabase, dir: PathBuf) -> Self {
        Self::spawn(database, dir, &[], &[])
    }

    /// Starts a server not in demo mode, with these arguments.
    pub fn without_demo_with(database: TestDatabase, dir: PathBuf, args: &[&str]) -> Self {
        Self::spawn(database, dir, args, &[])
    }

    /// Starts a demo server with these arguments and these environment variables of its own
    /// (not the test process's: the tests of every file share that process).
    pub fn with_args_and_env(
        database: TestDatabase,
        dir: PathBuf,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Self {
        Self::spawn(database, dir, &[&["--demo"], extra].concat(), env)
    }

    fn spawn(database: TestDatabase, dir: PathBuf, extra: &[&str], env: &[(&str, &str)]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_partner-merge-api"))
            .args(["--port", "0", "--database", database.arg()])
            .args(extra)
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server starts");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let mut metrics = None;
        let addr = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|line| {
                if let Some(url) = line.strip_prefix("metrics on ") {
                    metrics = Some(url.to_string());
                }
                line.strip_prefix("listening on ").map(str::to_string)
            })
            .expect("the server says where it listens");
        // Keep draining stdout so the server never blocks on it.
        std::thread::spawn(move || for _ in lines {});
        Self {
            child,
            base: format!("http://{addr}"),
            metrics,
            database,
            dir,
        }
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Sends SIGTERM, as a supervisor or Kubernetes does to stop it.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -TERM: {status}");
    }

    /// Its exit status, once it has exited within `most`; none if it still runs then.
    pub fn exited_within(&mut self, most: std::time::Duration) -> Option<std::process::ExitStatus> {
        let until = std::time::Instant::now() + most;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            if std::time::Instant::now() > until {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// A client with no session.
    pub fn anonymous(&self) -> Api {
        Api {
            client: client_builder().build().unwrap(),
            base: self.base.clone(),
        }
    }

    /// A client with no session whose connections come from `local` (another loopback
    /// address: 127.0.0.2 is another client to the server on 127.0.0.1).
    pub fn anonymous_from(&self, local: std::net::IpAddr) -> Api {
        Api {
            client: client_builder().local_address(local).build().unwrap(),
            base: self.base.clone(),
        }
    }

    /// The address the server listens on.
    pub fn addr(&self) -> &str {
        self.base.trim_start_matches("http://")
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
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        api
    }
}

/// The server closes a kept-alive connection that idles for 10 s
/// (`ConnectionLimits::header_read_timeout`); a client sending on it at that moment gets no
/// answer (hyper's `IncompleteMessage`), and reqwest does not send a POST again. So the tests'
/// clients drop idle connections first (browsers retry on such a connection). Seen on a loaded
/// machine: the flood test's confirm, sent as the server closed its connection.
const CLIENT_IDLE: std::time::Duration = std::time::Duration::from_secs(5);

fn client_builder() -> reqwest::ClientBuilder {
    Client::builder()
        .cookie_store(true)
        .pool_idle_timeout(CLIENT_IDLE)
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
        self.request(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Response {
        self.request(Method::POST, path, Some(body)).await
    }

    pub async fn put(&self, path: &str, body: Value) -> Response {
        self.request(Method::PUT, path, Some(body)).await
    }

    /// Sends a request (with a JSON body, if any) and checks the answer against the OpenAPI
    /// document: every test's responses are documented and fit their schemas.
    pub async fn request(&self, method: Method, path: &str, body: Option<Value>) -> Response {
        let mut request = self
            .client
            .request(method.clone(), format!("{}{path}", self.base));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response.bytes().await.unwrap();
        DOCUMENT.check(&method, path, status, &bytes);
        let mut rebuilt = http::Response::new(bytes);
        *rebuilt.status_mut() = status;
        *rebuilt.headers_mut() = headers;
        Response::from(rebuilt)
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

    /// W3: cancels request `id`.
    pub async fn cancel(&self, id: i64) -> Response {
        self.post(&format!("/api/merges/{id}/cancel"), json!({}))
            .await
    }

    /// W1, W3: invites the account and cancels at once, as a flood would; returns the request id.
    pub async fn invite_and_cancel(&self, mpn_id: &str) -> i64 {
        let id = ok(self.invite(mpn_id).await).await["id"].as_i64().unwrap();
        ok(self.cancel(id).await).await;
        id
    }

    /// W3, W4: confirms request `id` with the fingerprint of the preview shown, who gains which
    /// rights acknowledged (R23) as a test server reads them (A2).
    pub async fn confirm(&self, id: i64, fingerprint: &str) -> Response {
        let body = confirmation(fingerprint);
        self.post(&format!("/api/merges/{id}/confirm"), body).await
    }
}

/// The body of a confirm: the preview's fingerprint, and who gains which rights acknowledged
/// as a test server reads them (R23, A2: `own_tenants`).
pub fn confirmation(fingerprint: &str) -> Value {
    json!({ "fingerprint": fingerprint, "rights_acknowledged": "own_tenants" })
}

/// Starts the server with `args` on `database`, expecting it to refuse: its exit code and what
/// it said.
pub fn refused_start(database: &TestDatabase, args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_partner-merge-api"))
        .args(["--port", "0", "--database", database.arg()])
        .args(args)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .output()
        .expect("the server runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A small account of its own, `i` numbering accounts and `side` 1 or 2: one tenant
/// (`c{i}s{side}.example`), a location, and an account admin `admin@` that tenant.
pub fn small_account(i: usize, side: u8) -> merge_core::AccountSnapshot {
    let domain = format!("c{i}s{side}.example");
    let base = 60_000_000 + i * 10 + usize::from(side) * 4;
    let json = json!({
        "company": format!("Company {i}-{side}"),
        "global_mpn_id": base.to_string(),
        "locations": [{ "mpn_id": (base + 1).to_string(), "name": format!("Site {i}-{side}") }],
        "tenants": [{ "domain": domain }],
        "users": [{ "email": format!("admin@{domain}"), "roles": [{ "role": "account_admin" }] }],
    });
    merge_core::read_snapshot(&json.to_string()).unwrap()
}

/// Crossed invitations sent at once: exactly one is created, every other refused by W6.
pub async fn assert_one_invitation_created(
    sends: impl IntoIterator<Item = tokio::task::JoinHandle<(StatusCode, Value)>>,
) {
    let mut created = 0;
    for send in sends {
        let (status, body) = send.await.unwrap();
        match status {
            StatusCode::CREATED => created += 1,
            StatusCode::CONFLICT => assert!(
                ["open_merge_exists", "invitee_unavailable"]
                    .contains(&body["code"].as_str().unwrap()),
                "{body}"
            ),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(created, 1);
}

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

/// The MPN IDs of the accounts still standing, sorted, each as often as it is stored.
pub fn standing_mpn_ids(database: &TestDatabase) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for json in database.texts("SELECT snapshot FROM accounts WHERE merged_into IS NULL") {
        let snapshot: Value = serde_json::from_str(&json).unwrap();
        ids.push(snapshot["global_mpn_id"].as_str().unwrap().into());
        for location in snapshot["locations"].as_array().unwrap() {
            ids.push(location["mpn_id"].as_str().unwrap().into());
        }
    }
    ids.sort();
    ids
}

/// R4 over the whole database: the MPN IDs of the accounts still standing are the seeded ones,
/// each exactly once.
pub fn assert_mpn_ids_conserved(database: &TestDatabase) {
    let seeded = [
        "1111111", "2222222", "3333333", "4444444", "5555555", "6100000", "6100001", "6200000",
        "6200001", "6200002", "8888888", "9999999",
    ];
    assert_eq!(
        standing_mpn_ids(database),
        seeded,
        "every MPN ID exactly once"
    );
}

/// The one number a `SELECT count(*) ...` over the database gives.
pub fn count(database: &TestDatabase, sql: &str) -> i64 {
    database.number(sql)
}

/// Edits an account's stored snapshot behind the API's back, as another system might.
pub fn edit_account(database: &TestDatabase, mpn_id: &str, edit: impl FnOnce(&mut Value)) {
    let json = database
        .text(&format!(
            "SELECT snapshot FROM accounts WHERE mpn_id = '{mpn_id}'"
        ))
        .expect("the account is stored");
    let mut snapshot: Value = serde_json::from_str(&json).unwrap();
    edit(&mut snapshot);
    database.update_snapshot(mpn_id, &snapshot.to_string());
}

/// The stored state of the E1 merge: all of it applied or none of it.
pub fn e1_applied(database: &TestDatabase) -> bool {
    let text = |sql: &str| database.text(sql);
    let state = text("SELECT state FROM merge_requests WHERE id = 1");
    let merged_into = text("SELECT merged_into FROM accounts WHERE mpn_id = '3333333'");
    let contoso: Value = serde_json::from_str(
        &text("SELECT snapshot FROM accounts WHERE mpn_id = '1111111'").unwrap(),
    )
    .unwrap();
    let locations = contoso["locations"].as_array().unwrap().len();
    let fiona = text("SELECT account FROM users WHERE email = 'fiona@fabricam.com'");
    let completed = count(
        database,
        "SELECT count(*) FROM history WHERE event = 'completed'",
    );
    let facts = (
        state.as_deref(),
        merged_into.as_deref(),
        locations,
        fiona.as_deref(),
        completed,
    );
    match facts {
        (Some("completed"), Some("1111111"), 4, Some("1111111"), 2) => true,
        (Some("accepted"), None, 1, Some("3333333"), 0) => false,
        other => panic!("half-applied merge: {other:?}"),
    }
}

/// Alice invites Fabricam, Fiona accepts; returns the request id and the previewed fingerprint.
pub async fn accepted_e1(server: &Server) -> (Api, i64, String) {
    let (alice, id, preview) = previewed_e1(server).await;
    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap().to_string();
    (alice, id, fingerprint)
}

/// Alice invites Fabricam, Fiona accepts, Alice previews; returns the request id and the preview.
pub async fn previewed_e1(server: &Server) -> (Api, i64, Value) {
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let id = ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap();
    ok(fiona.accept(id).await).await;
    let preview = ok(alice
        .post(&format!("/api/merges/{id}/preview"), json!({}))
        .await)
    .await;
    (alice, id, preview)
}

/// The API's OpenAPI document, as the library generates it.
pub static DOCUMENT: LazyLock<Document> = LazyLock::new(|| Document {
    json: serde_json::to_value(merge_api::openapi()).unwrap(),
});

pub struct Document {
    pub json: Value,
}

impl Document {
    /// The documented path template that `path` (under `/api`) matches, if any.
    pub fn template(&self, path: &str) -> Option<&str> {
        let path = path.split('?').next()?.strip_prefix("/api")?;
        let parts: Vec<&str> = path.split('/').collect();
        let paths = self.json["paths"].as_object()?;
        // Paths with a server of their own (the probes, at the root) are not under /api.
        let under_api = paths.iter().filter(|(_, item)| item["servers"].is_null());
        under_api
            .map(|(template, _)| template)
            .find_map(|template| {
                let pattern: Vec<&str> = template.split('/').collect();
                let fits = pattern.len() == parts.len()
                    && pattern
                        .iter()
                        .zip(&parts)
                        .all(|(p, part)| p.starts_with('{') || p == part);
                fits.then_some(template.as_str())
            })
    }

    /// Fails the test if a documented endpoint answered with an undocumented status, or with
    /// a body that does not fit the documented schema.
    fn check(&self, method: &Method, path: &str, status: StatusCode, body: &[u8]) {
        if let Err(problem) = self.problems(method, path, status, body) {
            panic!("{problem}");
        }
    }

    /// What is wrong with an answer, by the document.
    pub fn problems(
        &self,
        method: &Method,
        path: &str,
        status: StatusCode,
        body: &[u8],
    ) -> Result<(), String> {
        let Some(template) = self.template(path) else {
            return Ok(());
        };
        let operation = &self.json["paths"][template][method.as_str().to_lowercase()];
        if operation.is_null() {
            return Ok(()); // 405: not an operation of this path
        }
        let response = &operation["responses"][status.as_str()];
        if response.is_null() {
            return Err(format!(
                "{method} {path} answered {status}, which its OpenAPI operation does not list: {}",
                String::from_utf8_lossy(body)
            ));
        }
        let schema = &response["content"]["application/json"]["schema"];
        if schema.is_null() || body.is_empty() {
            return Ok(());
        }
        let instance: Value = serde_json::from_slice(body)
            .map_err(|e| format!("{method} {path} answered {status} with no JSON: {e}"))?;
        let mut root = schema.clone();
        root["components"] = self.json["components"].clone();
        let validator = jsonschema::validator_for(&root).map_err(|e| e.to_string())?;
        let problems: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        match problems.is_empty() {
            true => Ok(()),
            false => Err(format!(
                "{method} {path} answered {status} with a body its schema refuses:\n{}\n{instance}",
                problems.join("\n")
            )),
        }
    }
}
