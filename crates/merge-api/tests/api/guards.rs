//! Guards an audit found with no test that would notice their loss (issue #28): a request's
//! state machine refusing every step its state does not allow (a completed merge cannot be
//! "cancelled"), the reason's length limit, and who did it on every kind of history entry (W5).

use crate::common;

use common::{assert_mpn_ids_conserved, ok, read, Api, Server};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// Each step is refused with 409 and `code`, and the request stays as it was.
async fn refused_with(code: &str, steps: &[(&Api, &str)], id: i64, state: &str) {
    for (api, step) in steps {
        let body = match *step {
            "reject" => json!({ "reason": "too late" }),
            _ => json!({}),
        };
        let (status, answer) =
            read(api.post(&format!("/api/merges/{id}/{step}"), body).await).await;
        assert_eq!(
            status,
            StatusCode::CONFLICT,
            "{step} when {state}: {answer}"
        );
        assert_eq!(answer["code"], code, "{step} when {state}");
        let request = ok(api.get(&format!("/api/merges/{id}")).await).await;
        assert_eq!(request["state"], state, "after a refused {step}");
    }
}

async fn invite(alice: &Api) -> i64 {
    ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn accept_reject_and_cancel_are_refused_in_every_state_that_does_not_allow_them() {
    let server = Server::start("guards-states");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;

    let rejected = invite(&alice).await;
    ok(fiona
        .post(&format!("/api/merges/{rejected}/reject"), json!({}))
        .await)
    .await;
    let steps = [(&fiona, "accept"), (&fiona, "reject"), (&alice, "cancel")];
    refused_with("wrong_state", &steps, rejected, "rejected").await;

    let cancelled = invite(&alice).await;
    ok(alice
        .post(&format!("/api/merges/{cancelled}/cancel"), json!({}))
        .await)
    .await;
    let steps = [
        (&fiona, "accept"),
        (&fiona, "reject"),
        (&alice, "cancel"),
        (&fiona, "cancel"),
    ];
    refused_with("wrong_state", &steps, cancelled, "cancelled").await;

    let completed = invite(&alice).await;
    ok(fiona.accept(completed).await).await;
    refused_with(
        "wrong_state",
        &[(&fiona, "accept"), (&fiona, "reject")],
        completed,
        "accepted",
    )
    .await;
    let preview = ok(alice
        .post(&format!("/api/merges/{completed}/preview"), json!({}))
        .await)
    .await;
    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap();
    ok(alice.confirm(completed, fingerprint).await).await;
    // A completed merge cannot be called off by its initiator (nor by anyone: Fabricam's
    // admins no longer act for an account of their own).
    refused_with(
        "already_completed",
        &[(&alice, "cancel")],
        completed,
        "completed",
    )
    .await;
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn a_reason_of_500_characters_is_kept_and_one_of_501_is_refused() {
    let server = Server::start("guards-reason");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let id = invite(&alice).await;
    let path = format!("/api/merges/{id}/reject");

    // Characters, not bytes: "ë" is two bytes in UTF-8.
    let too_long = "ë".repeat(501);
    let (status, answer) = read(fiona.post(&path, json!({ "reason": too_long })).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(answer["code"], "reason_too_long");
    assert_eq!(answer["details"]["max"], 500);
    let request = ok(fiona.get(&format!("/api/merges/{id}")).await).await;
    assert_eq!(request["state"], "pending");

    let longest = "ë".repeat(500);
    let rejected = ok(fiona.post(&path, json!({ "reason": longest })).await).await;
    assert_eq!(rejected["state"], "rejected");
    assert_eq!(rejected["reason"], longest.as_str());
}

#[tokio::test]
async fn every_kind_of_history_entry_names_who_did_it() {
    let server = Server::start("guards-actors");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;

    let rejected = invite(&alice).await;
    ok(fiona
        .post(&format!("/api/merges/{rejected}/reject"), json!({}))
        .await)
    .await;
    let cancelled = invite(&alice).await;
    ok(fiona.accept(cancelled).await).await;
    ok(fiona
        .post(&format!("/api/merges/{cancelled}/cancel"), json!({}))
        .await)
    .await;
    let merged = invite(&alice).await;
    ok(fiona.accept(merged).await).await;
    let preview = ok(alice
        .post(&format!("/api/merges/{merged}/preview"), json!({}))
        .await)
    .await;
    ok(alice
        .confirm(merged, preview["plan"]["fingerprint"].as_str().unwrap())
        .await)
    .await;
    let reissue = json!({
        "from_tenant": "fabricam.com",
        "to_tenant": "contoso.com",
        "users": [{ "email": "frank@fabricam.com" }]
    });
    let planned = ok(alice.post("/api/reissues/preview", reissue.clone()).await).await;
    let fingerprint = planned["plan"]["fingerprint"].clone();
    ok(alice
        .post(
            "/api/reissues",
            json!({ "request": reissue, "fingerprint": fingerprint }),
        )
        .await)
    .await;

    let history: Value = ok(alice.get("/api/history").await).await;
    let mut seen: Vec<(i64, String, String)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let actor = e["actor"].as_str().unwrap().to_string();
            (
                e["request_id"].as_i64().unwrap(),
                e["event"].as_str().unwrap().to_string(),
                actor,
            )
        })
        .collect();
    seen.sort();
    let entry = |id: i64, event: &str, actor: &str| (id, event.to_string(), actor.to_string());
    assert_eq!(
        seen,
        [
            entry(rejected, "rejected", "fiona@fabricam.com"),
            entry(rejected, "sent", "alice@contoso.com"),
            entry(cancelled, "accepted", "fiona@fabricam.com"),
            entry(cancelled, "cancelled", "fiona@fabricam.com"),
            entry(cancelled, "sent", "alice@contoso.com"),
            entry(merged, "accepted", "fiona@fabricam.com"),
            entry(merged, "completed", "alice@contoso.com"),
            entry(merged, "reissued", "alice@contoso.com"),
            entry(merged, "sent", "alice@contoso.com"),
        ]
    );
}
