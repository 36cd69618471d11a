//! Issue #31 over HTTP: each workflow step writes its emails in its own transaction, to the other
//! party's account admins (both companies' on a completion or a re-issue; never a third
//! company's), each in the recipient's language; a step that is refused writes none. Read back
//! through the demo mailbox (a demo server with no `[smtp]` keeps what it would send).

use crate::common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use common::{count, ok, read, Api, Server};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// The mailbox once it holds `n` emails (at most a few seconds later).
async fn mailbox(api: &Api, n: usize) -> Vec<Value> {
    let start = Instant::now();
    loop {
        let messages: Vec<Value> = ok(api.get("/api/demo/mailbox").await)
            .await
            .as_array()
            .unwrap()
            .clone();
        if messages.len() >= n || start.elapsed() > Duration::from_secs(10) {
            assert_eq!(messages.len(), n, "{messages:#?}");
            return messages;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn of<'a>(messages: &'a [Value], event: &str) -> Vec<&'a Value> {
    messages.iter().filter(|m| m["event"] == event).collect()
}

fn recipients(messages: &[&Value]) -> BTreeSet<String> {
    messages
        .iter()
        .map(|m| m["to"].as_str().unwrap().to_string())
        .collect()
}

/// No email carries the bank or tax details of any demo company.
fn assert_no_bank_or_tax(messages: &[Value]) {
    for m in messages {
        let all = format!("{} {} {}", m["subject"], m["text"], m["html"]);
        for secret in ["4242", "1881", "7070", "bank_account", "tax_id"] {
            assert!(!all.contains(secret), "{secret} in {all}");
        }
    }
}

#[tokio::test]
async fn each_step_tells_the_other_party_in_their_language_and_the_receipt_goes_to_both() {
    let server = Server::start("notify-e1");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let tom = server.sign_in("tom@tailspin.com").await;
    // Fiona reads Dutch: the app's language switch says so.
    let response = fiona.put("/api/me/language", json!({ "lang": "nl" })).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let (status, _) = read(fiona.put("/api/me/language", json!({ "lang": "fr" })).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Invited: Fabricam's account admin, in Dutch, with the link to the invitation.
    let invited = ok(alice.invite("3333333").await).await;
    let id = invited["id"].as_i64().unwrap();
    let messages = mailbox(&alice, 1).await;
    let invitation = &messages[0];
    assert_eq!(invitation["to"], "fiona@fabricam.com");
    assert_eq!(invitation["event"], "invited");
    assert_eq!(invitation["lang"], "nl");
    assert_eq!(
        invitation["subject"],
        "Contoso nodigt Fabricam uit om accounts samen te voegen"
    );
    let link = format!("/merges/{id}\n");
    assert!(
        invitation["text"].as_str().unwrap().contains(&link),
        "{invitation}"
    );
    assert!(invitation["html"]
        .as_str()
        .unwrap()
        .contains("<html lang=\"nl-NL\">"));
    // By when to answer: 14 days from the invitation, written in Dutch.
    let sent_at: chrono::DateTime<chrono::Utc> =
        invited["created_at"].as_str().unwrap().parse().unwrap();
    let deadline = (sent_at + chrono::Days::new(14)).date_naive();
    let deadline = format!("Antwoord vóór {}", merge_core::Lang::Nl.date(deadline));
    assert!(
        invitation["text"].as_str().unwrap().contains(&deadline),
        "{deadline}: {invitation}"
    );

    // Accepted: Contoso's account admin, in English.
    ok(fiona.accept(id).await).await;
    let messages = mailbox(&alice, 2).await;
    let accepted = of(&messages, "accepted");
    assert_eq!(
        recipients(&accepted),
        ["alice@contoso.com".to_string()].into()
    );
    assert_eq!(accepted[0]["lang"], "en");
    assert_eq!(accepted[0]["subject"], "Fabricam accepted the merge");

    // Completed: both companies' admins, each in their language, with the fingerprint.
    let preview = ok(alice
        .post(&format!("/api/merges/{id}/preview"), json!({}))
        .await)
    .await;
    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap().to_string();
    ok(alice.confirm(id, &fingerprint).await).await;
    let messages = mailbox(&alice, 4).await;
    let receipts = of(&messages, "completed");
    assert_eq!(
        recipients(&receipts),
        [
            "alice@contoso.com".to_string(),
            "fiona@fabricam.com".to_string()
        ]
        .into()
    );
    for receipt in &receipts {
        for part in ["text", "html"] {
            let body = receipt[part].as_str().unwrap();
            assert!(body.contains(&fingerprint), "{part}: {body}");
            assert!(body.contains(&format!("/merges/{id}/report")), "{body}");
        }
    }
    let fionas = receipts
        .iter()
        .find(|m| m["to"] == "fiona@fabricam.com")
        .unwrap();
    assert!(fionas["subject"]
        .as_str()
        .unwrap()
        .starts_with("Bevestiging:"));
    assert!(fionas["text"]
        .as_str()
        .unwrap()
        .contains("accountbeheerder van Fabricam"));

    // Re-issued: both companies' admins again (fiona stays in fabricam.com).
    let reissue = json!({
        "from_tenant": "fabricam.com",
        "to_tenant": "contoso.com",
        "users": [{ "email": "frank@fabricam.com" }]
    });
    let shown = ok(alice.post("/api/reissues/preview", reissue.clone()).await).await;
    let body = json!({ "request": reissue, "fingerprint": shown["plan"]["fingerprint"] });
    ok(alice.post("/api/reissues", body).await).await;
    let messages = mailbox(&alice, 6).await;
    assert_eq!(
        recipients(&of(&messages, "reissued")),
        [
            "alice@contoso.com".to_string(),
            "fiona@fabricam.com".to_string()
        ]
        .into()
    );

    // Tom (Tailspin) heard of none of it; nobody else did either; no bank or tax data.
    assert!(messages.iter().all(|m| m["to"] != "tom@tailspin.com"));
    let everyone = recipients(&messages.iter().collect::<Vec<_>>());
    assert_eq!(
        everyone,
        [
            "alice@contoso.com".to_string(),
            "fiona@fabricam.com".to_string()
        ]
        .into()
    );
    assert_no_bank_or_tax(&messages);
    // Message ids are unique: a receiver recognises a repeat by them.
    let ids: BTreeSet<&str> = messages.iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), messages.len());
    drop(tom);
}

#[tokio::test]
async fn a_rejection_and_a_cancellation_tell_the_other_side_and_a_refused_step_tells_nobody() {
    let server = Server::start("notify-reject");
    let alice = server.sign_in("alice@contoso.com").await;
    let tom = server.sign_in("tom@tailspin.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    // Tom sets no language: he reads his account's first admin's, which is his own: English.
    let tailspin = ok(alice.invite(&tailspin_mpn(&tom).await).await).await["id"]
        .as_i64()
        .unwrap();
    let rejected = tom
        .post(
            &format!("/api/merges/{tailspin}/reject"),
            json!({ "reason": "Not this year" }),
        )
        .await;
    ok(rejected).await;
    let messages = mailbox(&alice, 2).await;
    let rejection = of(&messages, "rejected");
    assert_eq!(rejection[0]["to"], "alice@contoso.com");
    assert!(rejection[0]["text"]
        .as_str()
        .unwrap()
        .contains("Reason: Not this year"));

    // Alice invites Fabricam and calls it off: Fabricam hears of it, Contoso does not.
    let id = ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap();
    ok(alice.cancel(id).await).await;
    let messages = mailbox(&alice, 4).await;
    let cancelled = of(&messages, "cancelled");
    assert_eq!(
        recipients(&cancelled),
        ["fiona@fabricam.com".to_string()].into()
    );

    // Refused steps write no message: an invitation W6 refuses, a stale confirm.
    let id = ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap();
    let (status, _) = read(tom.invite("3333333").await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    ok(fiona.accept(id).await).await;
    let (status, _) = read(alice.confirm(id, "sha256:0000").await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    mailbox(&alice, 6).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        count(
            &server.database,
            "SELECT count(*) FROM outbox WHERE channel = 'email'"
        ),
        6,
        "only the invitation and the acceptance of the last request were added"
    );
    assert_eq!(
        count(
            &server.database,
            "SELECT count(*) FROM outbox WHERE event = 'completed'"
        ),
        0
    );
}

#[tokio::test]
async fn a_user_with_no_language_of_their_own_reads_their_first_admins() {
    let server = Server::start("notify-default-lang");
    let alice = server.sign_in("alice@contoso.com").await;
    ok(alice.put("/api/me/language", json!({ "lang": "de" })).await).await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let id = ok(fiona.invite("1111111").await).await["id"]
        .as_i64()
        .unwrap();
    let messages = mailbox(&alice, 1).await;
    assert_eq!(messages[0]["to"], "alice@contoso.com");
    assert_eq!(messages[0]["lang"], "de");
    assert_eq!(
        messages[0]["subject"],
        "Fabricam lädt Contoso zur Kontozusammenführung ein"
    );
    ok(alice.accept(id).await).await;
    // Fiona chose nothing, nor did any Fabricam admin: English.
    let messages = mailbox(&alice, 2).await;
    assert_eq!(of(&messages, "accepted")[0]["lang"], "en");
}

#[tokio::test]
async fn the_mailbox_is_for_demo_servers_only() {
    let dir = Server::scratch("notify-no-demo");
    let server = Server::without_demo(common::TestDatabase::fresh("notify-no-demo", &dir), dir);
    let (status, body) = read(server.anonymous().get("/api/demo/mailbox").await).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
}

/// Tailspin's global MPN ID, as Tom's account says.
async fn tailspin_mpn(tom: &Api) -> String {
    ok(tom.get("/api/me").await).await["account"]["mpn_id"]
        .as_str()
        .unwrap()
        .to_string()
}
