//! One test per finding of the second security review (issue #30), each named after it, against
//! a real server process on SQLite, or on PostgreSQL under `pg_virtualenv`. Sign-in through
//! real OpenID Connect providers (subject binding, required claims, step-up) is tested end to
//! end in tests/e2e/identity-provider.test.mjs; the flood of invitations, which measures, in
//! tests/invitation_flood.rs, alone.

use crate::common;

use std::io::{Read, Write};
use std::net::{IpAddr, TcpStream};
use std::time::{Duration, Instant};

use common::{accepted_e1, ok, read, refused_start, Server, TestDatabase};
use reqwest::StatusCode;
use serde_json::{json, Value};

fn fresh(name: &str) -> (TestDatabase, std::path::PathBuf) {
    let dir = Server::scratch(name);
    (TestDatabase::fresh(name, &dir), dir)
}

fn other_address() -> IpAddr {
    "127.0.0.2".parse().unwrap()
}

// --- Demo fenced by the data ---------------------------------------------------------------

#[tokio::test]
async fn a_demo_database_is_refused_by_a_real_server_and_a_real_one_by_demo() {
    let (database, dir) = fresh("demo-fence");
    let mut demo = Server::on(database.clone(), dir.clone());
    demo.sign_in("alice@contoso.com").await;
    demo.kill();
    // The demo database: no real server, and no import into it.
    let (code, said) = refused_start(&database, &[]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("was made by --demo"), "{said}");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/contoso.json");
    let import = std::process::Command::new(env!("CARGO_BIN_EXE_partner-merge-api"))
        .args(["accounts", "import", fixture, "--database", database.arg()])
        .output()
        .unwrap();
    assert!(!import.status.success());
    assert!(String::from_utf8_lossy(&import.stderr).contains("was made by --demo"));

    // A database with imported accounts: no --demo on it.
    let (real, dir) = fresh("real-fence");
    let import = std::process::Command::new(env!("CARGO_BIN_EXE_partner-merge-api"))
        .args(["accounts", "import", fixture, "--database", real.arg()])
        .output()
        .unwrap();
    assert!(import.status.success(), "{import:?}");
    let (code, said) = refused_start(&real, &["--demo"]);
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("holds accounts imported for real sign-in"),
        "{said}"
    );
    assert!(said.contains("data/demo.sqlite"), "{said}");
    assert_eq!(
        common::count(&real, "SELECT count(*) FROM accounts"),
        1,
        "not seeded"
    );
    // The same database serves without --demo.
    let server = Server::without_demo(real, dir);
    let methods = ok(server.anonymous().get("/api/sign-in").await).await;
    assert_eq!(methods["demo"], false);
    // Its imported users are nobody's to list: only a demo server names who can sign in.
    assert_eq!(methods["demo_users"], json!([]), "{methods}");
    assert_eq!(methods["fresh_sign_in_seconds"], 600);
    drop(demo);
}

#[tokio::test]
async fn demo_sign_in_refuses_a_user_the_demo_seed_did_not_make() {
    let server = Server::start("demo-users-only");
    // Someone added behind the demo's back (as a copy of real data would bring).
    server
        .database
        .execute("INSERT INTO users (email, account) VALUES ('mallory@contoso.com', '1111111')");
    let (status, body) = read(
        server
            .anonymous()
            .post("/api/session", json!({ "email": "mallory@contoso.com" }))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body["message"]
        .as_str()
        .unwrap()
        .contains("not one of the demo users"));
    let methods = ok(server.anonymous().get("/api/sign-in").await).await;
    let listed = methods["demo_users"].as_array().unwrap();
    assert!(
        listed.iter().any(|u| u["email"] == "alice@contoso.com"),
        "{methods}"
    );
    assert!(!methods.to_string().contains("mallory"), "{methods}");
    // The seeded users sign in as before.
    server.sign_in("alice@contoso.com").await;
}

/// Sends one raw request and reads the answer's status line and body.
fn raw(server: &Server, request: &str) -> String {
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
}

#[tokio::test]
async fn a_foreign_host_or_a_forwarded_request_is_refused_in_demo_mode() {
    let server = Server::start("demo-host");
    let body = r#"{"email":"alice@contoso.com"}"#;
    let sign_in = |host: &str, extra: &str| {
        format!(
            "POST /api/session HTTP/1.1\r\nHost: {host}\r\n{extra}Content-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    };
    // DNS rebinding: a page of attacker.example whose name now points at 127.0.0.1.
    let answer = raw(&server, &sign_in("attacker.example:8080", ""));
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    assert!(answer.contains("only this machine"), "{answer}");
    assert!(
        !answer.to_ascii_lowercase().contains("set-cookie"),
        "{answer}"
    );
    let answer = raw(
        &server,
        &sign_in("127.0.0.1", "X-Forwarded-For: 203.0.113.7\r\n"),
    );
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    let answer = raw(
        &server,
        &sign_in("localhost", "Forwarded: for=203.0.113.7\r\n"),
    );
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    // This machine's own names are served.
    for host in ["localhost:1234", "127.0.0.1", "[::1]:8080"] {
        let answer = raw(&server, &sign_in(host, ""));
        assert!(answer.starts_with("HTTP/1.1 200"), "{host}: {answer}");
    }
}

// --- Invitations in constant time ------------------------------------------------------------

#[tokio::test]
async fn a_malformed_mpn_id_is_refused_before_any_account_is_read_and_counts() {
    let server = Server::start("invitation-format");
    let tom = server.sign_in("tom@tailspin.com").await;
    let (status, body) = read(tom.invite("33333 33").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "malformed_mpn_id");
    // Found through the index: a location names its account; an unknown one is unknown.
    let (_, body) = read(tom.invite("4444444").await).await;
    assert_eq!(body["code"], "location_id");
    assert_eq!(body["details"]["global_mpn_id"], "3333333");
    let (_, body) = read(tom.invite("7654321").await).await;
    assert_eq!(body["code"], "unknown_account");
    assert_eq!(
        common::count(&server.database, "SELECT count(*) FROM invitation_attempts"),
        3
    );
    ok(tom.invite("3333333").await).await;
}

#[tokio::test]
async fn a_merged_accounts_locations_are_found_through_the_index() {
    let server = Server::start("location-index");
    let (alice, id, fingerprint) = accepted_e1(&server).await;
    ok(alice.confirm(id, &fingerprint).await).await;
    let tom = server.sign_in("tom@tailspin.com").await;
    // Fabricam's Berlin is Contoso's now; Fabricam itself merged away.
    let (_, body) = read(tom.invite("5555555").await).await;
    assert_eq!(body["code"], "location_id");
    assert_eq!(body["details"]["global_mpn_id"], "1111111");
    let (_, body) = read(tom.invite("3333333").await).await;
    assert_eq!(body["code"], "merged_away");
}

// --- Connections ---------------------------------------------------------------------------

fn server_with(name: &str, args: &[&str]) -> Server {
    let (database, dir) = fresh(name);
    Server::with_args(database, dir, args)
}

#[tokio::test]
async fn an_h2c_connection_that_stalls_is_closed() {
    let server = server_with("h2c", &["--header-timeout", "2s"]);
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    // HTTP/2 with prior knowledge, then nothing more.
    stream
        .write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
        .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    // No HTTP/2 frames: the plain listener speaks HTTP/1.1 only.
    assert!(!answer.starts_with(&[0, 0]), "{answer:?}");
}

/// A connection that sends the start of a request and then nothing.
fn half_sent(server: &Server) -> TcpStream {
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream
        .write_all(b"GET /api/me HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .unwrap();
    stream
}

#[tokio::test]
async fn one_address_cannot_hold_more_than_its_cap_while_another_still_gets_in() {
    let server = server_with(
        "per-address",
        &["--connections-per-address", "5", "--header-timeout", "30s"],
    );
    let held: Vec<TcpStream> = (0..5).map(|_| half_sent(&server)).collect();
    // The sixth from 127.0.0.1 is closed at once.
    let mut sixth = half_sent(&server);
    sixth
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    let _ = sixth.read_to_end(&mut answer);
    assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
    assert!(started.elapsed() < Duration::from_secs(5));
    // Another address signs in at once.
    let other = server.anonymous_from(other_address());
    let started = Instant::now();
    let response = other
        .post("/api/session", json!({ "email": "alice@contoso.com" }))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(started.elapsed() < Duration::from_secs(2));
    // Once 127.0.0.1's connections close, it gets in again.
    drop(held);
    tokio::time::sleep(Duration::from_millis(200)).await;
    server.sign_in("alice@contoso.com").await;
}

#[tokio::test]
async fn a_client_that_stops_reading_is_cut_off_after_the_write_time() {
    let server = server_with(
        "write-timeout",
        &["--max-connections", "1", "--write-timeout", "1s"],
    );
    // Many requests for a large document, and never a byte read: the server's writes stall.
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    let request = "GET /api/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    stream.write_all(request.repeat(200).as_bytes()).unwrap();
    // It holds the only slot; another client is served once the write time is spent.
    let started = Instant::now();
    let response = tokio::time::timeout(
        Duration::from_secs(15),
        server.anonymous().get("/api/sign-in"),
    )
    .await
    .expect("served after the stalled connection was cut off");
    assert_eq!(response.status(), StatusCode::OK);
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(500),
        "served at once: {took:?}"
    );
    drop(stream);
}

// --- The Low findings ----------------------------------------------------------------------

#[tokio::test]
async fn a_request_in_flight_during_sign_out_does_not_bring_the_session_back() {
    let server = Server::start("sign-out-race");
    let response = server
        .anonymous()
        .post("/api/session", json!({ "email": "alice@contoso.com" }))
        .await;
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    let cookie = cookie.split(';').next().unwrap().to_string();
    // A request whose session is read, and whose body is still coming.
    let body = r#"{"invitee_mpn_id":"3333333"}"#;
    let mut slow = TcpStream::connect(server.addr()).unwrap();
    write!(
        slow,
        "POST /api/merges HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        body.len(),
        &body[..10]
    )
    .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    // Signed out meanwhile.
    let out = reqwest::Client::new()
        .delete(format!("{}/api/session", server.base))
        .header("cookie", &cookie)
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    // The request finishes, and its answer saves the session it read.
    slow.write_all(&body.as_bytes()[10..]).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = String::new();
    let _ = slow.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    assert_eq!(
        common::count(&server.database, "SELECT count(*) FROM sessions"),
        0,
        "the session stays deleted"
    );
    let me = reqwest::Client::new()
        .get(format!("{}/api/me", server.base))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
}

/// E1 applied; alice's client.
async fn merged_e1(server: &Server) -> common::Api {
    let (alice, id, fingerprint) = accepted_e1(server).await;
    ok(alice.confirm(id, &fingerprint).await).await;
    alice
}

async fn reissue(alice: &common::Api, users: Value) -> (StatusCode, Value) {
    let request =
        json!({ "from_tenant": "fabricam.com", "to_tenant": "contoso.com", "users": users });
    let (status, shown) = read(alice.post("/api/reissues/preview", request.clone()).await).await;
    if status != StatusCode::OK {
        return (status, shown);
    }
    let body = json!({ "request": request, "fingerprint": shown["plan"]["fingerprint"] });
    read(alice.post("/api/reissues", body).await).await
}

#[tokio::test]
async fn reissuing_the_last_admin_of_a_tenant_is_refused() {
    let server = Server::start("reissue-last-admin");
    let alice = merged_e1(&server).await;
    let (status, body) = reissue(&alice, json!([{ "email": "fiona@fabricam.com" }])).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["details"]["conflicts"][0]["kind"], "last_admin");
    assert!(body["message"].as_str().unwrap().contains("(A1)"));
    // Fabricam keeps its admin, who still signs in as before.
    let fiona = server.sign_in("fiona@fabricam.com").await;
    assert_eq!(
        ok(fiona.get("/api/me").await).await["is_account_admin"],
        true
    );
}

#[tokio::test]
async fn reissued_users_get_no_account_admin_unless_chosen() {
    let server = Server::start("reissue-roles");
    let alice = merged_e1(&server).await;
    // Greta becomes a second admin of fabricam.com (R16: by fiona), so fiona may move.
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let admin = json!({ "roles": [{ "role": "account_admin" }, { "role": "referrals_admin" }] });
    ok(fiona
        .put("/api/users/greta@fabricam.com/roles", admin)
        .await)
    .await;
    let (status, applied) = reissue(&alice, json!([{ "email": "fiona@fabricam.com" }])).await;
    assert_eq!(status, StatusCode::OK, "{applied}");
    assert_eq!(applied["plan"]["moved"][0]["roles"], json!([]));
    let moved = server.sign_in("fiona@contoso.com").await;
    let me = ok(moved.get("/api/me").await).await;
    assert_eq!(me["is_account_admin"], false, "{me}");
    // Chosen, the role goes with her.
    let (status, applied) = reissue(
        &alice,
        json!([{ "email": "greta@fabricam.com", "new_email": "greta@contoso.com",
                 "roles": [{ "role": "account_admin" }] }]),
    )
    .await;
    // Greta is fabricam.com's last admin now: refused (A1), whatever she is given.
    assert_eq!(status, StatusCode::CONFLICT, "{applied}");
    let (status, applied) = reissue(
        &alice,
        json!([{ "email": "frank@fabricam.com", "roles": [{ "role": "account_admin" }] }]),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{applied}");
    let frank = server.sign_in("frank@contoso.com").await;
    assert_eq!(
        ok(frank.get("/api/me").await).await["is_account_admin"],
        true
    );
}

#[tokio::test]
async fn a_new_email_with_u202e_is_refused_with_422() {
    let server = Server::start("reissue-u202e");
    let alice = merged_e1(&server).await;
    for new_email in [
        "frank\u{202E}moc.liame@contoso.com",
        "frank@evil.example@contoso.com",
        // A capital non-ASCII letter: PostgreSQL's lower() would have refused it with a 500.
        "Fr\u{C4}nk@contoso.com",
    ] {
        let (status, body) = reissue(
            &alice,
            json!([{ "email": "frank@fabricam.com", "new_email": new_email }]),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{new_email:?}: {body}"
        );
        assert_eq!(body["code"], "invalid_reissue");
    }
    // More users than one re-issue takes.
    let many: Vec<Value> = (0..1001)
        .map(|k| json!({ "email": format!("u{k}@fabricam.com") }))
        .collect();
    let (status, body) = reissue(&alice, Value::from(many)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body["message"].as_str().unwrap().contains("at most 1000"));
}

#[tokio::test]
async fn a_client_behind_a_trusted_proxy_is_limited_by_its_own_address() {
    let (database, dir) = fresh("trusted-proxy");
    let server = Server::without_demo_with(
        database,
        dir,
        &["--sign-in-limit", "3", "--trusted-proxy", "127.0.0.1"],
    );
    let client = reqwest::Client::new();
    let start = |forwarded_for: &str| {
        client
            .post(format!("{}/api/sign-in", server.base))
            .header("x-forwarded-for", forwarded_for)
            .json(&json!({ "email": "alice@contoso.com" }))
            .send()
    };
    for _ in 0..3 {
        // No identity provider here: refused, but counted.
        assert_eq!(
            start("203.0.113.5").await.unwrap().status(),
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(
        start("203.0.113.5").await.unwrap().status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    // A Forwarded header the client wrote itself (the proxy writes X-Forwarded-For and passes
    // it on) changes nothing.
    let evading = client
        .post(format!("{}/api/sign-in", server.base))
        .header("x-forwarded-for", "203.0.113.5")
        .header("forwarded", "for=198.51.100.77")
        .json(&json!({ "email": "alice@contoso.com" }))
        .send()
        .await
        .unwrap();
    assert_eq!(evading.status(), StatusCode::TOO_MANY_REQUESTS);
    // Another client behind the same proxy is not limited.
    assert_eq!(
        start("203.0.113.6").await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    // IPv6 clients by their /64.
    for k in 1..=3 {
        let address = format!("2001:db8:0:1::{k}");
        assert_eq!(
            start(&address).await.unwrap().status(),
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(
        start("2001:db8:0:1::99").await.unwrap().status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        start("2001:db8:0:2::1").await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    // Signing out is never limited.
    for _ in 0..5 {
        let out = client
            .delete(format!("{}/api/session", server.base))
            .header("x-forwarded-for", "203.0.113.5")
            .header("content-type", "application/json")
            .send()
            .await
            .unwrap();
        assert_eq!(out.status(), StatusCode::NO_CONTENT);
    }
    // Without --trusted-proxy, the header is anyone's to write and counts for nothing.
    let (database, dir) = fresh("untrusted-proxy");
    let direct = Server::without_demo_with(database, dir, &["--sign-in-limit", "3"]);
    for k in 0..3 {
        let response = client
            .post(format!("{}/api/sign-in", direct.base))
            .header("x-forwarded-for", format!("203.0.113.{k}"))
            .json(&json!({ "email": "alice@contoso.com" }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    let response = client
        .post(format!("{}/api/sign-in", direct.base))
        .header("x-forwarded-for", "198.51.100.1")
        .json(&json!({ "email": "alice@contoso.com" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn an_absorbed_admin_gets_no_bank_profile() {
    let server = Server::start("absorbed-bank");
    let alice = merged_e1(&server).await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let seen = ok(fiona.get("/api/accounts/1111111").await).await;
    assert!(seen["snapshot"]["bank_tax_profile"].is_null(), "{seen}");
    let tenants = seen["snapshot"]["tenants"].as_array().unwrap();
    assert!(
        tenants.iter().all(|t| t["csp_accounts"] == json!([])),
        "{seen}"
    );
    // She is still an account admin (of fabricam.com, R16), and alice acts for Contoso.
    assert_eq!(
        ok(fiona.get("/api/me").await).await["is_account_admin"],
        true
    );
    let seen = ok(alice.get("/api/accounts/1111111").await).await;
    assert_eq!(
        seen["snapshot"]["bank_tax_profile"]["bank_account_last4"],
        "4242"
    );
}

#[tokio::test]
async fn a_forced_database_error_answers_no_sql_text() {
    let server = Server::start("database-error");
    let alice = server.sign_in("alice@contoso.com").await;
    server.database.execute("DROP TABLE history");
    let response = alice.get("/api/history").await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    let (_, body) = read(response).await;
    let text = body.to_string().to_ascii_lowercase();
    for secret in ["history", "sql", "table", "relation", "select", "database"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    assert_eq!(body["code"], "internal");
    assert!(body["message"].as_str().unwrap().contains(&id), "{body}");
}

#[tokio::test]
async fn security_headers_are_on_every_answer() {
    let (database, dir) = fresh("headers");
    let site = dir.join("site");
    std::fs::create_dir_all(&site).unwrap();
    let loader = "import init from '/app.js'; init();";
    std::fs::write(
        site.join("index.html"),
        format!("<!doctype html><script type=\"module\">{loader}</script>"),
    )
    .unwrap();
    let site_arg = site.to_str().unwrap().to_string();
    let server = Server::with_args(
        database,
        dir,
        &[
            "--site",
            &site_arg,
            "--public-url",
            "https://merge.example.com/",
        ],
    );
    let client = reqwest::Client::new();
    for path in [
        "/",
        "/account",
        "/api/me",
        "/api/openapi.json",
        "/api/nowhere",
    ] {
        let response = client
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_string())
                .unwrap_or_else(|| panic!("{path}: no {name}"))
        };
        let csp = header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-eval'") || csp.contains("wasm-unsafe-eval"));
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert_eq!(header("referrer-policy"), "strict-origin-when-cross-origin");
        assert_eq!(header("strict-transport-security"), "max-age=31536000");
    }
    // The cookie of an https server is a __Host- cookie.
    let response = client
        .post(format!("{}/api/session", server.base))
        .json(&json!({ "email": "alice@contoso.com" }))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("__Host-pm_session="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain"), "{cookie}");
    // Over plain http: no HSTS, the plain name.
    let plain = Server::start("headers-plain");
    let response = plain.anonymous().get("/api/sign-in").await;
    assert!(response
        .headers()
        .get("strict-transport-security")
        .is_none());
    assert!(response.headers().get("content-security-policy").is_some());
}

#[cfg(unix)]
#[tokio::test]
async fn a_0644_database_file_is_made_0600() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Server::scratch("file-0644");
    let database = TestDatabase::sqlite(dir.join("merge.sqlite"));
    let mut server = Server::on(database.clone(), dir.clone());
    server.sign_in("alice@contoso.com").await;
    server.kill();
    let file = database.file().to_path_buf();
    let wal = file.with_extension("sqlite-wal");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    if wal.exists() {
        std::fs::set_permissions(&wal, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&file), 0o644);
    let again = Server::on(database, Server::scratch("file-0644-again"));
    again.sign_in("alice@contoso.com").await;
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(&wal), 0o600);
    drop(server);
}

#[tokio::test]
async fn post_sign_in_says_only_whether_the_domain_signs_in_here() {
    let (database, dir) = fresh("sign-in-says");
    let config = dir.join("sign-in.toml");
    std::fs::write(
        &config,
        "[tenants.\"contoso.com\"]\nissuer = \"http://127.0.0.1:1/realms/contoso\"\n\
         client_id = \"client-id-7f3a\"\n",
    )
    .unwrap();
    let config_arg = config.to_str().unwrap().to_string();
    let server = Server::without_demo_with(
        database,
        dir,
        &["--config", &config_arg, "--sign-in-limit", "0"],
    );
    let anonymous = server.anonymous();
    // A domain that signs in here, whose provider is down: it says so, and nothing about it.
    let (status, body) = read(
        anonymous
            .post("/api/sign-in", json!({ "email": "alice@contoso.com" }))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "{body}");
    let text = body.to_string();
    for secret in ["127.0.0.1", "realms", "client-id-7f3a", "refused", "error"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    // One that does not.
    let (status, body) = read(
        anonymous
            .post(
                "/api/sign-in",
                json!({ "email": "someone@northwind.example" }),
            )
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "forbidden");
    assert!(body["message"]
        .as_str()
        .unwrap()
        .contains("no account here signs in through northwind.example"));
    assert!(!body.to_string().contains("contoso"), "{body}");
}

#[tokio::test]
async fn demo_mode_asks_for_no_fresh_sign_in_and_says_so() {
    let server = Server::start("demo-step-up");
    let methods = ok(server.anonymous().get("/api/sign-in").await).await;
    assert_eq!(methods["demo"], true);
    assert!(methods["fresh_sign_in_seconds"].is_null(), "{methods}");
    let (alice, id, fingerprint) = accepted_e1(&server).await;
    let (status, body) = read(
        alice
            .post(
                "/api/sign-in/again",
                json!({ "return_to": "/merges/1/preview" }),
            )
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body["message"]
        .as_str()
        .unwrap()
        .contains("demo mode asks for no fresh sign-in"));
    ok(alice.confirm(id, &fingerprint).await).await;
}
