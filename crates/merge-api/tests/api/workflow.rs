//! The merge workflow (W1-W6) over real HTTP against a real SQLite file.

use crate::common;

use common::{assert_mpn_ids_conserved, ok, read, Server};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn mpn_ids(account: &Value) -> Vec<String> {
    let snapshot = &account["snapshot"];
    let mut ids = vec![snapshot["global_mpn_id"].as_str().unwrap().to_string()];
    for location in snapshot["locations"].as_array().unwrap() {
        ids.push(location["mpn_id"].as_str().unwrap().to_string());
    }
    ids
}

fn events(history: &Value) -> Vec<String> {
    history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn e1_alice_invites_fiona_accepts_alice_previews_and_confirms() {
    let server = Server::start("e1");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;

    let request = ok(alice.invite("3333333").await).await;
    assert_eq!(request["state"], "pending");
    assert_eq!(request["invitee"]["company"], "Fabricam");
    let id = request["id"].as_i64().unwrap();

    let incoming = ok(fiona.get("/api/merges").await).await;
    assert_eq!(incoming[0]["id"], id);
    let accepted = ok(fiona.accept(id).await).await;
    assert_eq!(accepted["state"], "accepted");

    let preview = ok(alice
        .post(&format!("/api/merges/{id}/preview"), json!({}))
        .await)
    .await;
    let plan = &preview["plan"];
    let locations: Vec<&str> = plan["result"]["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["mpn_id"].as_str().unwrap())
        .collect();
    assert_eq!(locations, ["2222222", "3333333", "4444444", "5555555"]);
    assert_eq!(preview["initiator"]["version"], 1);
    let fingerprint = plan["fingerprint"].as_str().unwrap().to_string();

    let done = ok(alice.confirm(id, &fingerprint).await).await;
    assert_eq!(done["state"], "completed");

    // Contoso now has the four locations, and every MPN ID of both companies (R4).
    let contoso = ok(alice.get("/api/accounts/1111111").await).await;
    assert_eq!(
        mpn_ids(&contoso),
        ["1111111", "2222222", "3333333", "4444444", "5555555"]
    );
    assert_eq!(contoso["version"], 2);

    // Fabricam's users now sign in to the merged account (R6).
    let me = ok(fiona.get("/api/me").await).await;
    assert_eq!(me["account"]["mpn_id"], "1111111");

    // Both companies' history shows every step (W5), newest first.
    assert_eq!(
        events(&ok(alice.get("/api/history").await).await),
        ["completed", "accepted", "sent"]
    );
    assert_eq!(
        events(&ok(fiona.get("/api/history").await).await),
        ["completed", "accepted", "sent"]
    );

    // Never applied twice.
    let (status, body) = read(alice.confirm(id, &fingerprint).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "already_completed");

    // A merged-away account cannot take part again (W6).
    let tom = server.sign_in("tom@tailspin.com").await;
    let (status, body) = read(tom.invite("3333333").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "merged_away");
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn a_rejection_reason_is_shown_to_the_initiator() {
    let server = Server::start("reject");
    let alice = server.sign_in("alice@contoso.com").await;
    let tom = server.sign_in("tom@tailspin.com").await;
    let id = ok(alice.invite("9999999").await).await["id"]
        .as_i64()
        .unwrap();
    let rejected = ok(tom
        .post(
            &format!("/api/merges/{id}/reject"),
            json!({ "reason": "Not this year" }),
        )
        .await)
    .await;
    assert_eq!(rejected["state"], "rejected");
    let seen = ok(alice.get(&format!("/api/merges/{id}")).await).await;
    assert_eq!(seen["reason"], "Not this year");
    let history = ok(alice.get("/api/history").await).await;
    assert_eq!(history[0]["event"], "rejected");
    assert_eq!(history[0]["detail"], "Not this year");

    // With the request closed, Contoso can invite again (W6).
    ok(alice.invite("9999999").await).await;
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn either_side_cancels_and_the_accounts_are_free_again() {
    let server = Server::start("cancel");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let id = ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap();
    ok(fiona.accept(id).await).await;
    let cancelled = ok(fiona
        .post(&format!("/api/merges/{id}/cancel"), json!({}))
        .await)
    .await;
    assert_eq!(cancelled["state"], "cancelled");
    let (status, body) = read(
        alice
            .post(&format!("/api/merges/{id}/preview"), json!({}))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "wrong_state");
    ok(fiona.invite("1111111").await).await;
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn invites_of_a_location_a_malformed_id_or_oneself_are_refused() {
    let server = Server::start("invites");
    let alice = server.sign_in("alice@contoso.com").await;

    let (status, body) = read(alice.invite("4444444").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "location_id");
    assert_eq!(
        body["message"],
        "4444444 is a location of Fabricam; use its global Partner ID 3333333"
    );
    assert_eq!(body["details"]["global_mpn_id"], "3333333");

    let (status, body) = read(alice.invite("33-33").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "malformed_mpn_id");

    for own in ["1111111", "2222222"] {
        let (status, body) = read(
            alice
                .post("/api/merges", json!({ "invitee_mpn_id": own }))
                .await,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(body["code"], "self_merge");
    }

    // Only an account admin invites (W1).
    let bob = server.sign_in("bob@contoso.com").await;
    let (status, body) = read(bob.invite("3333333").await).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "forbidden");
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn an_account_takes_part_in_one_open_request_at_a_time() {
    let server = Server::start("w6");
    let alice = server.sign_in("alice@contoso.com").await;
    ok(alice.invite("3333333").await).await;
    // Contoso's own open request is Contoso's to know about.
    let (status, body) = read(alice.invite("9999999").await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "open_merge_exists");
    assert_eq!(body["details"]["mpn_id"], "1111111");
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn requests_and_bodies_are_checked() {
    let server = Server::start("http");
    let anonymous = server.anonymous();
    let (status, body) = read(anonymous.get("/api/me").await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["code"], "signed_out");

    let alice = server.sign_in("alice@contoso.com").await;
    let form = alice
        .client
        .post(format!("{}/api/merges", server.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("invitee_mpn_id=3333333")
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let huge = json!({ "invitee_mpn_id": "x".repeat(100_000) });
    let (status, body) = read(alice.post("/api/merges", huge).await).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");

    let (status, _) = read(alice.post("/api/merges", json!({ "wrong": 1 })).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let (status, _) = read(alice.get("/api/accounts/3333333").await).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = read(alice.get("/api/merges/999").await).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn after_the_merge_admins_manage_only_their_own_tenants_users() {
    let server = Server::start("r16");
    let (alice, id, fingerprint) = common::accepted_e1(&server).await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    ok(alice.confirm(id, &fingerprint).await).await;

    let roles = json!({ "roles": [{ "role": "incentives_admin", "location": "5555555" }] });
    let path = |email: &str| format!("/api/users/{email}/roles");
    let frank = path("frank@fabricam.com");
    let (status, body) = read(alice.put(&frank, roles.clone()).await).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(
        body["message"].as_str().unwrap().contains("fabricam.com"),
        "{body}"
    );
    let changed = ok(fiona.put(&frank, roles.clone()).await).await;
    assert_eq!(changed["roles"][0]["location"], "5555555");
    ok(alice.put(&path("bob@contoso.com"), roles).await).await;
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn the_last_admin_rule_keeps_every_tenant_managed() {
    let server = Server::start("last-admin");
    let alice = server.sign_in("alice@contoso.com").await;
    let none = json!({ "roles": [] });
    let (status, body) = read(
        alice
            .put("/api/users/alice@contoso.com/roles", none.clone())
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "last_admin");
    assert!(
        body["message"].as_str().unwrap().contains("contoso.com"),
        "{body}"
    );
    // Alice is still an admin: she can invite.
    ok(alice.invite("3333333").await).await;
    // Duplicate keys in a body are refused, not read as the last one.
    let duplicate = r#"{"roles":[{"role":"sales_agent","role":"billing_admin"}]}"#;
    let response = alice
        .client
        .put(format!("{}/api/users/bob@contoso.com/roles", alice.base))
        .header("content-type", "application/json")
        .body(duplicate)
        .send()
        .await
        .unwrap();
    let (status, body) = read(response).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("duplicate field `role`"),
        "{body}"
    );
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn the_openapi_document_describes_every_endpoint_and_the_app_is_served() {
    let server = Server::start("openapi");
    let anonymous = server.anonymous();
    let served = ok(anonymous.get("/api/openapi.json").await).await;
    // The document served is the one generated from the handlers and the wire types.
    assert_eq!(served, serde_json::to_value(merge_api::openapi()).unwrap());
    assert_eq!(served["openapi"], "3.1.0");
    // Every documented operation is routed: none answers the fallback's 404 or 405.
    let mut operations = 0;
    for (template, methods) in served["paths"].as_object().unwrap() {
        // Under the document's server, /api, but the probes, which name the root as theirs.
        let server = methods["servers"][0]["url"].as_str().unwrap_or("/api/");
        let path = format!("{}{template}", server.trim_end_matches('/'),)
            .replace("{id}", "1")
            .replace("{mpn}", "1111111")
            .replace("{email}", "bob@contoso.com");
        if server == "/api/" {
            assert_eq!(common::DOCUMENT.template(&path), Some(template.as_str()));
        }
        for method in methods
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| *k != "servers")
        {
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let body = (method != Method::GET).then(|| json!({}));
            let (status, body) = read(anonymous.request(method.clone(), &path, body).await).await;
            assert!(
                status != StatusCode::METHOD_NOT_ALLOWED && body["message"] != "no such endpoint",
                "{method} {path}: {status} {body}"
            );
            operations += 1;
        }
    }
    assert_eq!(
        operations, 27,
        "every endpoint of the API and the two probes, and no other"
    );
    // The check every test's answers go through refuses what does not fit.
    let request = ok(server
        .sign_in("alice@contoso.com")
        .await
        .invite("3333333")
        .await)
    .await;
    let fits = |body: &Value| {
        common::DOCUMENT.problems(
            &Method::GET,
            "/api/merges/1",
            StatusCode::OK,
            body.to_string().as_bytes(),
        )
    };
    assert_eq!(fits(&request), Ok(()));
    let mut wrong = request.clone();
    wrong["state"] = json!("open");
    assert!(fits(&wrong).unwrap_err().contains("state"));
    let mut number = request.clone();
    number["initiator"]["mpn_id"] = json!(1111111);
    assert!(fits(&number).unwrap_err().contains("mpn_id"));
    let status = common::DOCUMENT.problems(&Method::GET, "/api/me", StatusCode::IM_A_TEAPOT, b"{}");
    assert!(status.unwrap_err().contains("does not list"));
    // Each error status lists the one error body.
    let confirm = &served["paths"]["/merges/{id}/confirm"]["post"]["responses"];
    assert_eq!(
        confirm["409"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/ErrorBody"
    );

    let dir = Server::scratch("site");
    let site = dir.join("dist");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "<!doctype html><title>app</title>").unwrap();
    std::fs::write(site.join("app.js"), "export {};").unwrap();
    let server = Server::with_args(
        common::TestDatabase::fresh("site", &dir),
        dir,
        &["--site", site.to_str().unwrap()],
    );
    let api = server.anonymous();
    let page = api.get("/merges/12/preview").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("<title>app</title>"));
    assert_eq!(api.get("/app.js").await.text().await.unwrap(), "export {};");
    let (status, body) = read(api.get("/api/nope").await).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["code"], "not_found");
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn the_demo_preview_made_today_has_no_expired_warning() {
    let server = Server::start("demo-today");
    let (_, _, preview) = common::previewed_e1(&server).await;
    let today = chrono::Utc::now().date_naive();
    assert_eq!(preview["as_of"], today.to_string());
    let kinds: Vec<&str> = preview["plan"]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap())
        .collect();
    // Only R15's: the merge cannot be undone. Nothing expired or passed.
    assert_eq!(kinds, ["irreversible"]);
    // The packages are in force and their renewal is to come.
    let expiries: Vec<chrono::NaiveDate> = preview["plan"]["result"]["competencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["expires"].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(
        !expiries.is_empty() && expiries.iter().all(|d| *d > today),
        "{expiries:?}"
    );
}
