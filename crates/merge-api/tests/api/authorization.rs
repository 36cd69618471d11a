//! Every endpoint × {anonymous, non-admin, admin of another company, admin of each party}:
//! the expected status, and no data of the other company in a refusal. Each cell runs on its
//! own server and database, after the set-up its endpoint needs.

use crate::common;

use common::{ok, Api, Server};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::sync::Arc;
use tokio::task::JoinSet;

#[derive(Clone, Copy, Debug)]
enum Actor {
    Anonymous,
    NonAdmin,
    OtherCompany,
    InitiatorAdmin,
    InviteeAdmin,
}

const ACTORS: [Actor; 5] = [
    Actor::Anonymous,
    Actor::NonAdmin,
    Actor::OtherCompany,
    Actor::InitiatorAdmin,
    Actor::InviteeAdmin,
];

#[derive(Clone, Copy)]
enum Setup {
    Nothing,
    Invited,
    Accepted,
    Previewed,
    /// E1 confirmed: Fabricam's users may be re-issued (R17).
    Merged,
}

struct Row {
    method: Method,
    path: &'static str,
    body: Value,
    setup: Setup,
    /// Anonymous, non-admin (bob, Contoso), other company (tom, Tailspin), alice, fiona.
    expected: [u16; 5],
}

fn rows() -> Vec<Row> {
    let row = |method, path, body, setup, expected| Row {
        method,
        path,
        body,
        setup,
        expected,
    };
    vec![
        row(
            Method::GET,
            "/api/me",
            Value::Null,
            Setup::Nothing,
            [401, 200, 200, 200, 200],
        ),
        row(
            Method::GET,
            "/api/accounts/1111111",
            Value::Null,
            Setup::Nothing,
            [401, 200, 403, 200, 403],
        ),
        row(
            Method::POST,
            "/api/merges",
            json!({ "invitee_mpn_id": "3333333" }),
            Setup::Nothing,
            [401, 403, 201, 201, 422],
        ),
        row(
            Method::GET,
            "/api/merges",
            Value::Null,
            Setup::Invited,
            [401, 200, 200, 200, 200],
        ),
        row(
            Method::GET,
            "/api/merges/1",
            Value::Null,
            Setup::Invited,
            [401, 200, 404, 200, 200],
        ),
        row(
            Method::POST,
            "/api/merges/1/accept",
            json!({}),
            Setup::Invited,
            [401, 403, 404, 403, 200],
        ),
        row(
            Method::POST,
            "/api/merges/1/reject",
            json!({ "reason": "no" }),
            Setup::Invited,
            [401, 403, 404, 403, 200],
        ),
        row(
            Method::POST,
            "/api/merges/1/cancel",
            json!({}),
            Setup::Invited,
            [401, 403, 404, 200, 200],
        ),
        row(
            Method::GET,
            "/api/merges/1/invitation",
            Value::Null,
            Setup::Invited,
            [401, 403, 404, 403, 200],
        ),
        row(
            Method::GET,
            "/api/merges/1/report",
            Value::Null,
            Setup::Merged,
            [401, 403, 404, 200, 403],
        ),
        row(
            Method::POST,
            "/api/merges/1/preview",
            json!({}),
            Setup::Accepted,
            [401, 403, 404, 200, 403],
        ),
        row(
            Method::POST,
            "/api/merges/1/confirm",
            json!({ "fingerprint": "FROM_PREVIEW" }),
            Setup::Previewed,
            [401, 403, 404, 200, 403],
        ),
        row(
            Method::GET,
            "/api/history",
            Value::Null,
            Setup::Invited,
            [401, 200, 200, 200, 200],
        ),
        row(
            Method::PUT,
            "/api/users/frank@fabricam.com/roles",
            json!({ "roles": [] }),
            Setup::Nothing,
            [401, 403, 404, 404, 200],
        ),
        row(
            Method::DELETE,
            "/api/session",
            json!({}),
            Setup::Nothing,
            [204, 204, 204, 204, 204],
        ),
        row(
            Method::POST,
            "/api/reissues/preview",
            reissue(),
            Setup::Merged,
            [401, 403, 422, 200, 403],
        ),
        row(
            Method::POST,
            "/api/reissues",
            json!({ "request": reissue(), "fingerprint": format!("sha256:{}", "0".repeat(64)) }),
            Setup::Merged,
            [401, 403, 422, 409, 403],
        ),
        row(
            Method::GET,
            "/api/openapi.json",
            Value::Null,
            Setup::Nothing,
            [200, 200, 200, 200, 200],
        ),
    ]
}

/// Frank re-issued into contoso.com.
fn reissue() -> Value {
    json!({
        "from_tenant": "fabricam.com",
        "to_tenant": "contoso.com",
        "users": [{ "email": "frank@fabricam.com" }]
    })
}

async fn actor(server: &Server, actor: Actor) -> Api {
    match actor {
        Actor::Anonymous => server.anonymous(),
        Actor::NonAdmin => server.sign_in("bob@contoso.com").await,
        Actor::OtherCompany => server.sign_in("tom@tailspin.com").await,
        Actor::InitiatorAdmin => server.sign_in("alice@contoso.com").await,
        Actor::InviteeAdmin => server.sign_in("fiona@fabricam.com").await,
    }
}

/// Prepares the request the row needs; returns the previewed fingerprint, if any.
async fn set_up(server: &Server, setup: Setup) -> Option<String> {
    if matches!(setup, Setup::Nothing) {
        return None;
    }
    let alice = server.sign_in("alice@contoso.com").await;
    ok(alice.invite("3333333").await).await;
    if matches!(setup, Setup::Invited) {
        return None;
    }
    let fiona = server.sign_in("fiona@fabricam.com").await;
    ok(fiona.post("/api/merges/1/accept", json!({})).await).await;
    if matches!(setup, Setup::Accepted) {
        return None;
    }
    let preview = ok(alice.post("/api/merges/1/preview", json!({})).await).await;
    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap().to_string();
    if matches!(setup, Setup::Merged) {
        ok(alice.confirm(1, &fingerprint).await).await;
    }
    Some(fingerprint)
}

/// Data only Contoso's and Fabricam's own people may see.
fn leaks(text: &str) -> Option<&'static str> {
    [
        "Fabricam Amsterdam",
        "Contoso Seattle",
        "\"snapshot\"",
        "CSP-CONTOSO-01",
    ]
    .into_iter()
    .find(|secret| text.contains(secret))
}

/// One cell of the table, on its own server and database: what went wrong, if anything.
async fn check(number: usize, row: Arc<Row>, column: usize) -> Vec<String> {
    let who = ACTORS[column];
    let name = format!("authz-{number}-{column}");
    // Starting a server waits for its process (and, on PostgreSQL, for `createdb`).
    let server = tokio::task::spawn_blocking(move || Server::start(&name))
        .await
        .unwrap();
    let fingerprint = set_up(&server, row.setup).await;
    let api = actor(&server, who).await;
    let body = match (&fingerprint, &row.body) {
        (Some(fingerprint), body) if body["fingerprint"] == "FROM_PREVIEW" => {
            common::confirmation(fingerprint)
        }
        (_, body) => body.clone(),
    };
    let body = (!body.is_null()).then_some(body);
    let response = api.request(row.method.clone(), row.path, body).await;
    let status = response.status();
    let text = response.text().await.unwrap();
    let mut failures = Vec::new();
    let expected = StatusCode::from_u16(row.expected[column]).unwrap();
    if status != expected {
        failures.push(format!(
            "{} {} as {who:?}: {status}, expected {expected}: {text}",
            row.method, row.path
        ));
    }
    let may_see = matches!(
        who,
        Actor::NonAdmin | Actor::InitiatorAdmin | Actor::InviteeAdmin
    );
    let public = row.path == "/api/openapi.json";
    if !public && (!status.is_success() || !may_see) {
        if let Some(secret) = leaks(&text) {
            failures.push(format!(
                "{} {} as {who:?} leaked {secret}: {text}",
                row.method, row.path
            ));
        }
    }
    failures
}

// The cells are independent and each mostly waits on its own server, so a row's five run at
// once (on PostgreSQL one after the other took two minutes).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_answers_each_kind_of_caller_as_it_should() {
    let mut failures = Vec::new();
    for (number, row) in rows().into_iter().enumerate() {
        let row = Arc::new(row);
        let mut cells = JoinSet::new();
        for column in 0..ACTORS.len() {
            cells.spawn(check(number, Arc::clone(&row), column));
        }
        while let Some(cell) = cells.join_next().await {
            failures.extend(cell.unwrap());
        }
    }
    failures.sort();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
