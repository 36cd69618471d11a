//! R17 over HTTP: after E1, Contoso's admin re-issues Fabricam's users into contoso.com.

use crate::common;

use common::{accepted_e1, ok, read, Api, Server};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// E1 applied; returns Alice's client.
async fn merged_e1(server: &Server) -> Api {
    let (alice, id, fingerprint) = accepted_e1(server).await;
    ok(alice.confirm(id, &fingerprint).await).await;
    alice
}

fn frank_and_greta() -> Value {
    json!({
        "from_tenant": "fabricam.com",
        "to_tenant": "contoso.com",
        "users": [
            { "email": "frank@fabricam.com" },
            { "email": "greta@fabricam.com", "new_email": "greta.lind@contoso.com" }
        ]
    })
}

async fn assert_signs_in(server: &Server, email: &str) {
    ok(server.sign_in(email).await.get("/api/me").await).await;
}

async fn preview(api: &Api, request: Value) -> (StatusCode, Value) {
    read(api.post("/api/reissues/preview", request).await).await
}

#[tokio::test]
async fn alice_reissues_frank_and_greta_who_then_sign_in_as_contoso_users() {
    let server = Server::start("reissue");
    let alice = merged_e1(&server).await;
    let frank = server.sign_in("frank@fabricam.com").await;
    let frank_before = ok(frank.get("/api/me").await).await;

    let (status, shown) = preview(&alice, frank_and_greta()).await;
    assert_eq!(status, StatusCode::OK, "{shown}");
    let plan = &shown["plan"];
    assert_eq!(shown["merge"]["invitee"]["company"], "Fabricam");
    assert_eq!(plan["moved"][0]["to"], "frank@contoso.com");
    assert_eq!(plan["moved"][1]["to"], "greta.lind@contoso.com");
    assert_eq!(plan["stay"], json!(["fiona@fabricam.com"]));
    // A preview writes nothing: Frank still signs in as before.
    ok(frank.get("/api/me").await).await;

    let fingerprint = plan["fingerprint"].as_str().unwrap();
    let body = json!({ "request": frank_and_greta(), "fingerprint": fingerprint });
    let applied = ok(alice.post("/api/reissues", body.clone()).await).await;
    assert_eq!(applied["plan"]["fingerprint"], fingerprint);

    // The old email's session has ended; the new email signs in with the same roles (R17).
    let (status, _) = read(frank.get("/api/me").await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let anonymous = server.anonymous();
    let (status, _) = read(
        anonymous
            .post("/api/session", json!({ "email": "frank@fabricam.com" }))
            .await,
    )
    .await;
    assert!(status.is_client_error(), "the old email no longer signs in");
    let frank_now = ok(server
        .sign_in("frank@contoso.com")
        .await
        .get("/api/me")
        .await)
    .await;
    assert_eq!(frank_now["account"]["mpn_id"], "1111111");
    assert_eq!(frank_now["roles"], frank_before["roles"]);
    let greta = ok(server
        .sign_in("greta.lind@contoso.com")
        .await
        .get("/api/me")
        .await)
    .await;
    assert_eq!(greta["roles"], json!([{ "role": "referrals_admin" }]));
    // Users not moved keep their access as before.
    let fiona = server.sign_in("fiona@fabricam.com").await;
    ok(fiona.get("/api/me").await).await;

    // Recorded once, in both companies' history (W5).
    for api in [&alice, &fiona] {
        let history = ok(api.get("/api/history").await).await;
        assert_eq!(history[0]["event"], "reissued");
        assert_eq!(history[0]["actor"], "alice@contoso.com");
        assert_eq!(history[0]["detail"], fingerprint);
    }
    assert_eq!(
        server
            .database
            .number("SELECT count(*) FROM reissues WHERE request_id = 1"),
        1
    );

    // Never applied twice: the users are no longer in fabricam.com.
    let (status, body) = read(alice.post("/api/reissues", body).await).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["code"], "reissue_conflicts");
}

#[tokio::test]
async fn a_stale_reissue_preview_is_refused_and_nothing_moves() {
    let server = Server::start("reissue-stale");
    let alice = merged_e1(&server).await;
    let (_, shown) = preview(&alice, frank_and_greta()).await;
    let old = shown["plan"]["fingerprint"].as_str().unwrap().to_string();

    // The account changes after the preview: Greta is re-issued on her own first.
    let greta = json!({
        "from_tenant": "fabricam.com",
        "to_tenant": "contoso.com",
        "users": [{ "email": "greta@fabricam.com" }]
    });
    let (_, greta_plan) = preview(&alice, greta.clone()).await;
    let body = json!({ "request": greta, "fingerprint": greta_plan["plan"]["fingerprint"] });
    ok(alice.post("/api/reissues", body).await).await;

    let frank = json!({
        "from_tenant": "fabricam.com",
        "to_tenant": "contoso.com",
        "users": [{ "email": "frank@fabricam.com" }]
    });
    let (_, frank_plan) = preview(&alice, frank.clone()).await;
    let body = json!({ "request": frank.clone(), "fingerprint": old });
    let (status, refused) = read(alice.post("/api/reissues", body).await).await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    assert_eq!(refused["code"], "stale_preview");
    assert_eq!(
        refused["details"]["fingerprint"],
        frank_plan["plan"]["fingerprint"]
    );
    // Frank still signs in under his old email.
    assert_signs_in(&server, "frank@fabricam.com").await;
}

#[tokio::test]
async fn conflicts_are_refused_with_every_user_named() {
    let server = Server::start("reissue-conflicts");
    let alice = merged_e1(&server).await;
    let request = json!({
        "from_tenant": "fabricam.com",
        "to_tenant": "contoso.com",
        "users": [
            { "email": "frank@fabricam.com", "new_email": "alice@contoso.com" },
            { "email": "greta@fabricam.com", "new_email": "team@contoso.com" },
            { "email": "fiona@fabricam.com", "new_email": "team@contoso.com" }
        ]
    });
    let (status, body) = preview(&alice, request).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["code"], "reissue_conflicts");
    let kinds: Vec<&str> = body["details"]["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["email_taken", "same_new_email"]);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("alice@contoso.com"),
        "{body}"
    );
}

#[tokio::test]
async fn an_email_of_another_account_is_refused() {
    let server = Server::start("reissue-other-account");
    let alice = merged_e1(&server).await;
    let request = json!({
        "from_tenant": "fabricam.com",
        "to_tenant": "contoso.com",
        "users": [{ "email": "frank@fabricam.com" }]
    });
    // Tom's email is in another account: the engine cannot see it, the API refuses it.
    let (_, shown) = preview(&alice, request.clone()).await;
    server
        .database
        .execute("UPDATE users SET email = 'frank@contoso.com' WHERE email = 'tom@tailspin.com'");
    let body = json!({ "request": request, "fingerprint": shown["plan"]["fingerprint"] });
    let (status, body) = read(alice.post("/api/reissues", body).await).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["details"]["conflicts"][0]["kind"], "email_taken");
    assert_signs_in(&server, "frank@fabricam.com").await;
}

#[tokio::test]
async fn only_the_pgas_admins_reissue_and_only_absorbed_tenants() {
    let server = Server::start("reissue-who");
    let alice = merged_e1(&server).await;

    // A2: Fiona is an account admin, but of the absorbed tenant; Bob is no admin.
    for email in ["fiona@fabricam.com", "bob@contoso.com"] {
        let api = server.sign_in(email).await;
        let (status, body) = preview(&api, frank_and_greta()).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{email}: {body}");
    }
    let (status, _) = preview(&server.anonymous(), frank_and_greta()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Only users of a tenant that came in by a merge, and into the PGA's own tenant.
    let cases = [
        ("contoso.com", "fabricam.com", "did not come into"),
        ("tailspin.com", "contoso.com", "is not a tenant of"),
        ("fabricam.com", "fabricam.com", "came into"),
    ];
    for (from, to, says) in cases {
        let request = json!({
            "from_tenant": from,
            "to_tenant": to,
            "users": [{ "email": format!("frank@{from}") }]
        });
        let (status, body) = preview(&alice, request).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{from}: {body}");
        assert_eq!(body["code"], "invalid_reissue");
        assert!(body["message"].as_str().unwrap().contains(says), "{body}");
    }
    // Before any merge there is nothing to re-issue.
    let tom = server.sign_in("tom@tailspin.com").await;
    let request = json!({
        "from_tenant": "tailspin.com",
        "to_tenant": "tailspin.com",
        "users": [{ "email": "tom@tailspin.com" }]
    });
    let (status, body) = preview(&tom, request).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
}
