//! Issue #31: requests that expire, with short settings. A pending invitation nobody answers
//! is reminded of, then expires: both histories say so, both companies' admins are told, and
//! another company can invite Fabricam now (W6). An accepted request nobody confirms expires
//! too. Two processes on one database run the timer: each request expires once.

use crate::common;

use std::time::{Duration, Instant};

use common::{count, ok, read, Api, Server, TestDatabase};
use reqwest::StatusCode;
use serde_json::Value;

/// A demo server (no mail server: its mailbox) whose requests expire within seconds.
fn server_expiring(name: &str, pending: &str, accepted: &str, reminder: &str) -> Server {
    let dir = Server::scratch(name);
    let config = dir.join("expiry.toml");
    std::fs::write(
        &config,
        format!(
            "[expiry]\npending = \"{pending}\"\naccepted = \"{accepted}\"\n\
             reminder = \"{reminder}\"\ncheck = \"100ms\"\n\n\
             [notifications]\npoll = \"100ms\"\n"
        ),
    )
    .unwrap();
    let database = TestDatabase::fresh(name, &dir);
    Server::with_args(database, dir, &["--config", config.to_str().unwrap()])
}

fn again(server: &Server) -> Server {
    let config = server.dir.join("expiry.toml");
    Server::with_args(
        server.database.clone(),
        server.dir.clone(),
        &["--config", config.to_str().unwrap()],
    )
}

/// The demo mailbox once `done` holds of it (at most 15 s).
async fn mailbox_until(api: &Api, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let start = Instant::now();
    loop {
        let messages: Vec<Value> = ok(api.get("/api/demo/mailbox").await)
            .await
            .as_array()
            .unwrap()
            .clone();
        if done(&messages) || start.elapsed() > Duration::from_secs(15) {
            return messages;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn sent(messages: &[Value], event: &str, to: &str) -> usize {
    messages
        .iter()
        .filter(|m| m["event"] == event && m["to"] == to)
        .count()
}

#[tokio::test]
async fn an_unanswered_invitation_is_reminded_of_then_expires_and_frees_both_accounts() {
    let one = server_expiring("expiry-pending", "3s", "1h", "2s");
    let two = again(&one);
    let alice = one.sign_in("alice@contoso.com").await;
    let fiona = one.sign_in("fiona@fabricam.com").await;
    let id = ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap();

    // The reminder goes to the one who must answer, once, before it expires.
    let messages = mailbox_until(&alice, |m| sent(m, "expiring", "fiona@fabricam.com") > 0).await;
    assert_eq!(
        sent(&messages, "expiring", "fiona@fabricam.com"),
        1,
        "{messages:#?}"
    );
    let reminder = messages.iter().find(|m| m["event"] == "expiring").unwrap();
    assert!(
        reminder["subject"]
            .as_str()
            .unwrap()
            .contains("expires in 1 day"),
        "{reminder}"
    );
    // It takes fiona to the invitation she must answer.
    assert_eq!(reminder["link"], format!("/merges/{id}"), "{reminder}");
    let request = ok(alice.get(&format!("/api/merges/{id}")).await).await;
    assert_eq!(request["state"], "pending", "not yet expired when reminded");

    // Expired: both companies' admins are told, once, whichever process expired it.
    mailbox_until(&alice, |m| {
        sent(m, "expired", "alice@contoso.com") > 0 && sent(m, "expired", "fiona@fabricam.com") > 0
    })
    .await;
    // Time for a second expiry by the other process to show, if there were one.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let messages = mailbox_until(&alice, |_| true).await;
    assert_eq!(
        sent(&messages, "expired", "alice@contoso.com"),
        1,
        "{messages:#?}"
    );
    assert_eq!(sent(&messages, "expired", "fiona@fabricam.com"), 1);
    assert_eq!(sent(&messages, "expiring", "fiona@fabricam.com"), 1);
    let request = ok(alice.get(&format!("/api/merges/{id}")).await).await;
    assert_eq!(request["state"], "expired");
    assert_eq!(request["closed_by"], "Partner Merge");
    // Both histories say so, once each.
    for api in [&alice, &fiona] {
        let history = ok(api.get("/api/history").await).await;
        let expired: Vec<&Value> = history
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["event"] == "expired")
            .collect();
        assert_eq!(expired.len(), 1, "{history}");
        assert_eq!(expired[0]["request_id"], id);
    }
    assert_eq!(
        count(
            &one.database,
            "SELECT count(*) FROM history WHERE event = 'expired'"
        ),
        2
    );
    // An expired invitation cannot be accepted, and Fabricam is free: Tailspin invites it.
    let (status, body) = read(fiona.accept(id).await).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["code"], "wrong_state");
    let tom = two.sign_in("tom@tailspin.com").await;
    ok(tom.invite("3333333").await).await;
}

#[tokio::test]
async fn an_accepted_request_nobody_confirms_expires() {
    let server = server_expiring("expiry-accepted", "1h", "2s", "1s");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let id = ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap();
    ok(fiona.accept(id).await).await;
    // The initiator, who must confirm, is reminded; then both are told it expired.
    let messages = mailbox_until(&alice, |m| {
        sent(m, "expired", "alice@contoso.com") > 0 && sent(m, "expired", "fiona@fabricam.com") > 0
    })
    .await;
    assert_eq!(
        sent(&messages, "expiring", "alice@contoso.com"),
        1,
        "{messages:#?}"
    );
    assert_eq!(sent(&messages, "expiring", "fiona@fabricam.com"), 0);
    // It takes alice to the preview she confirms from.
    let reminder = messages
        .iter()
        .find(|m| m["event"] == "expiring" && m["to"] == "alice@contoso.com")
        .unwrap();
    assert_eq!(
        reminder["link"],
        format!("/merges/{id}/preview"),
        "{reminder}"
    );
    // The acceptance said by when: its deadline is the day the request expires.
    let accepted = messages
        .iter()
        .find(|m| m["event"] == "accepted" && m["to"] == "alice@contoso.com")
        .unwrap();
    assert!(
        accepted["text"]
            .as_str()
            .unwrap()
            .contains("Confirm or call off the merge before"),
        "{accepted}"
    );
    let request = ok(alice.get(&format!("/api/merges/{id}")).await).await;
    assert_eq!(request["state"], "expired");
    // W6: Contoso may invite again.
    ok(alice.invite("3333333").await).await;
}
