//! Sessions that end (idle, absolute, sign-out), a new id at sign-in, the Secure cookie, and
//! connections that cannot hold the server: each against a real server process.

use crate::common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{ok, read, Server, TestDatabase};
use reqwest::StatusCode;
use serde_json::{json, Value};

fn server(name: &str, args: &[&str]) -> Server {
    let dir = Server::scratch(name);
    Server::with_args(TestDatabase::fresh(name, &dir), dir, args)
}

/// The session cookie's value from a sign-in answer.
async fn signed_in_cookie(server: &Server, email: &str) -> String {
    let response = reqwest::Client::new()
        .post(format!("{}/api/session", server.base))
        .json(&json!({ "email": email }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let set_cookie = response.headers()["set-cookie"].to_str().unwrap();
    set_cookie.split(';').next().unwrap().to_string()
}

/// `GET /api/me` with this cookie only.
async fn me(server: &Server, cookie: &str) -> (StatusCode, Value) {
    let response = reqwest::Client::new()
        .get(format!("{}/api/me", server.base))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    read(response).await
}

#[tokio::test]
async fn an_idle_session_ends_and_activity_keeps_it() {
    let server = server("idle", &["--session-idle", "3s"]);
    let cookie = signed_in_cookie(&server, "alice@contoso.com").await;
    // Active every second for five seconds: longer than the idle limit, still signed in.
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert_eq!(me(&server, &cookie).await.0, StatusCode::OK);
    }
    tokio::time::sleep(Duration::from_secs(5)).await;
    let (status, body) = me(&server, &cookie).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
}

#[tokio::test]
async fn a_session_ends_at_its_absolute_limit_however_active() {
    // A limit long enough that a slow machine still meets it while active, so the check that
    // activity does not end the session early is always made, never skipped.
    const LIMIT: Duration = Duration::from_secs(6);
    let server = server("absolute", &["--session-max", "6s"]);
    let cookie = signed_in_cookie(&server, "alice@contoso.com").await;
    let signed_in = Instant::now();
    for _ in 0..3 {
        let (status, body) = me(&server, &cookie).await;
        assert!(
            signed_in.elapsed() < LIMIT,
            "the machine took {:?} for three requests: the check cannot be made",
            signed_in.elapsed()
        );
        assert_eq!(status, StatusCode::OK, "{body}");
        tokio::time::sleep(Duration::from_millis(1000)).await;
    }
    // Active all along, and still ended once the limit has passed.
    tokio::time::sleep(LIMIT.saturating_sub(signed_in.elapsed()) + Duration::from_millis(700))
        .await;
    let (status, body) = me(&server, &cookie).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(body["code"], "signed_out");
    assert!(
        body["message"].as_str().unwrap().contains("sign in again"),
        "{body}"
    );
}

#[tokio::test]
async fn sign_out_ends_the_session_on_the_server() {
    let server = server("sign-out", &[]);
    let cookie = signed_in_cookie(&server, "alice@contoso.com").await;
    let response = reqwest::Client::new()
        .delete(format!("{}/api/session", server.base))
        .header("cookie", &cookie)
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let removal = response.headers()["set-cookie"].to_str().unwrap();
    assert!(removal.contains("Max-Age=0"), "{removal}");
    // The old cookie, kept by an attacker or a stale tab, is worth nothing.
    let (status, _) = me(&server, &cookie).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        common::count(&server.database, "SELECT count(*) FROM sessions"),
        0
    );
}

#[tokio::test]
async fn sign_in_gives_a_new_session_id_and_ends_the_one_before() {
    let server = server("renewal", &[]);
    let first = signed_in_cookie(&server, "alice@contoso.com").await;
    // A second sign-in on the same browser: a new id, and the one before no longer works.
    let response = reqwest::Client::new()
        .post(format!("{}/api/session", server.base))
        .header("cookie", &first)
        .json(&json!({ "email": "frank@fabricam.com" }))
        .send()
        .await
        .unwrap();
    let second = response.headers()["set-cookie"].to_str().unwrap();
    let second = second.split(';').next().unwrap().to_string();
    assert_ne!(first, second);
    assert_eq!(me(&server, &first).await.0, StatusCode::UNAUTHORIZED);
    let (status, body) = me(&server, &second).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["email"], "frank@fabricam.com");
    // Only the SHA-256 of an id is stored.
    let id = second.split_once('=').unwrap().1;
    let stored = common::count(
        &server.database,
        &format!("SELECT count(*) FROM sessions WHERE id_sha256 = '{id}' OR data LIKE '%{id}%'"),
    );
    assert_eq!(stored, 0);
}

#[tokio::test]
async fn the_session_cookie_is_secure_when_the_public_url_is_https() {
    let https = server("secure", &["--public-url", "https://merge.example.com/"]);
    let cookie = reqwest::Client::new()
        .post(format!("{}/api/session", https.base))
        .json(&json!({ "email": "alice@contoso.com" }))
        .send()
        .await
        .unwrap()
        .headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.contains("; Secure"), "{cookie}");
    let http = server("not-secure", &[]);
    let cookie = signed_in_cookie(&http, "alice@contoso.com").await;
    assert!(!cookie.contains("Secure"));
}

/// A connection that sends the start of a request and then nothing.
fn half_sent(server: &Server) -> TcpStream {
    let addr = server.base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .write_all(
            b"POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n",
        )
        .unwrap();
    stream
}

#[tokio::test]
async fn five_hundred_half_sent_connections_do_not_keep_a_real_sign_in_waiting() {
    let server = server("half-sent", &[]);
    let held: Vec<TcpStream> = (0..500).map(|_| half_sent(&server)).collect();
    let started = Instant::now();
    // From another address: 127.0.0.1 holds its most connections (256), which is the point.
    let api = server.anonymous_from("127.0.0.2".parse().unwrap());
    let response = api
        .post("/api/session", json!({ "email": "alice@contoso.com" }))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    ok(api.get("/api/me").await).await;
    let took = started.elapsed();
    // Kept waiting, it would take the held connections' 10 s header timeout; 3 s leaves room for
    // a loaded machine (the program's other tests run beside this one).
    assert!(took < Duration::from_secs(3), "sign-in took {took:?}");
    drop(held);
}

#[tokio::test]
async fn a_client_that_does_not_finish_its_headers_is_disconnected() {
    let server = server("header-timeout", &["--header-timeout", "1s"]);
    let mut stream = half_sent(&server);
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    // The server closes the connection: the read ends (it does not time out).
    stream.read_to_end(&mut answer).unwrap();
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "closed after {took:?}");
}

#[tokio::test]
async fn more_connections_than_the_bound_wait_and_are_then_served() {
    let server = server(
        "bound",
        &["--max-connections", "20", "--header-timeout", "1s"],
    );
    let held: Vec<TcpStream> = (0..20).map(|_| half_sent(&server)).collect();
    // Every slot is taken; this sign-in waits for a header timeout to free one, then succeeds.
    let started = Instant::now();
    let api = server.sign_in("alice@contoso.com").await;
    let took = started.elapsed();
    ok(api.get("/api/me").await).await;
    assert!(
        took >= Duration::from_millis(500),
        "served at once: {took:?}"
    );
    drop(held);
}

#[tokio::test]
async fn a_request_whose_body_never_finishes_gets_408_in_the_error_shape() {
    let server = server("request-timeout", &["--request-timeout", "1s"]);
    let addr = server.base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .write_all(
            b"POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"email\":",
        )
        .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains(r#""code":"request_timeout""#), "{answer}");
}

#[tokio::test]
async fn a_flood_of_sign_ins_from_one_address_gets_429_with_retry_after() {
    let dir = Server::scratch("sign-in-flood");
    let database = TestDatabase::fresh("sign-in-flood", &dir);
    let server = Server::without_demo_with(database, dir, &["--sign-in-limit", "3"]);
    let anonymous = server.anonymous();
    let start = || anonymous.post("/api/sign-in", json!({ "email": "alice@contoso.com" }));
    for _ in 0..3 {
        // No identity provider is configured: refused, but counted.
        assert_eq!(start().await.status(), StatusCode::FORBIDDEN);
    }
    let response = start().await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=20).contains(&wait), "{wait}");
    let (_, body) = read(response).await;
    assert_eq!(body["code"], "too_many_requests");
    // The rest of the API is not limited by it.
    assert_eq!(
        anonymous.get("/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
}
