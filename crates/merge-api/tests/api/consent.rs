//! Both companies decide informed: the invitee reads what accepting costs before answering
//! (and nothing of the initiator beyond its name, global MPN ID and counts), the request keeps
//! its consent trail, and a completed merge has the report of the plan that was applied.

use crate::common;

use common::{accepted_e1, ok, read, Server};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn fiona_reads_what_accepting_costs_fabricam_before_she_answers() {
    let server = Server::start("invitation");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let id = ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/merges/{id}/invitation");

    let response = fiona.get(&path).await;
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    // Nothing of Contoso's own beyond its name, global MPN ID and counts, and who sent the
    // invitation (the consent trail's first step, as the request list shows it too).
    assert_eq!(text.matches("alice@contoso.com").count(), 1, "{text}");
    assert!(
        text.contains(r#""created_by":"alice@contoso.com""#),
        "{text}"
    );
    for secret in [
        "bob@contoso.com",
        "4242",
        "CSP-CONTOSO-01",
        "Contoso Seattle",
        "2222222",
        "Cloud Platform",
        "900001",
        "contoso.backup",
    ] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    let invitation: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(invitation["request"]["state"], "pending");
    assert_eq!(invitation["invitee"]["snapshot"]["company"], "Fabricam");
    let preview = &invitation["preview"];
    assert_eq!(preview["initiator"]["global_mpn_id"], "1111111");
    assert_eq!(
        preview["consequences"][0]["bank_tax_profile_not_carried"]["company"],
        "Fabricam"
    );

    // Only Fabricam's account admins read it.
    let (status, body) = read(alice.get(&path).await).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let frank = server.sign_in("frank@fabricam.com").await;
    assert_eq!(frank.get(&path).await.status(), StatusCode::FORBIDDEN);
    let tom = server.sign_in("tom@tailspin.com").await;
    assert_eq!(tom.get(&path).await.status(), StatusCode::NOT_FOUND);

    // Once accepted it still reads, with who accepted and when; the plan is the one alice
    // will preview.
    let accepted = ok(fiona.accept(id).await).await;
    assert_eq!(accepted["accepted_by"], "fiona@fabricam.com");
    assert!(accepted["accepted_at"].is_string(), "{accepted}");
    let invitation = ok(fiona.get(&path).await).await;
    assert_eq!(invitation["request"]["accepted_by"], "fiona@fabricam.com");
    let shown = ok(alice
        .post(&format!("/api/merges/{id}/preview"), json!({}))
        .await)
    .await;
    assert_eq!(
        invitation["preview"]["fingerprint"],
        shown["plan"]["fingerprint"]
    );
    assert_eq!(shown["request"]["accepted_by"], "fiona@fabricam.com");

    // A closed request has no invitation to read.
    ok(fiona.cancel(id).await).await;
    let (status, body) = read(fiona.get(&path).await).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["code"], "wrong_state");
}

#[tokio::test]
async fn the_report_of_an_applied_merge_is_the_plan_that_was_confirmed() {
    let server = Server::start("report");
    let (alice, id, fingerprint) = accepted_e1(&server).await;
    let path = format!("/api/merges/{id}/report");
    let (status, body) = read(alice.get(&path).await).await;
    assert_eq!(status, StatusCode::CONFLICT, "not applied yet: {body}");

    let done = ok(alice.confirm(id, &fingerprint).await).await;
    assert_eq!(done["closed_by"], "alice@contoso.com");
    let report = ok(alice.get(&path).await).await;
    assert_eq!(report["plan"]["fingerprint"], fingerprint.as_str());
    assert_eq!(report["request"]["state"], "completed");
    assert_eq!(report["request"]["accepted_by"], "fiona@fabricam.com");
    assert_eq!(report["request"]["closed_by"], "alice@contoso.com");
    assert_eq!(report["request"]["created_by"], "alice@contoso.com");

    // Fabricam's admin no longer acts for the merged account (A2): the report names Contoso's
    // bank profile, so it is not hers to read.
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let (status, body) = read(fiona.get(&path).await).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
}
