//! One test per finding of the security review (issue #10), each named after it.

use crate::common;

use common::{accepted_e1, assert_mpn_ids_conserved, ok, read, Server};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn bank_tax_and_csp_accounts_are_shown_to_account_admins_only() {
    let server = Server::start("hidden-financials");
    let bob = server.sign_in("bob@contoso.com").await;
    let seen = ok(bob.get("/api/accounts/1111111").await).await;
    assert!(seen["snapshot"]["bank_tax_profile"].is_null(), "{seen}");
    assert_eq!(seen["snapshot"]["tenants"][0]["csp_accounts"], json!([]));
    assert!(!seen.to_string().contains("CSP-CONTOSO-01"));
    let alice = server.sign_in("alice@contoso.com").await;
    let seen = ok(alice.get("/api/accounts/1111111").await).await;
    assert_eq!(
        seen["snapshot"]["bank_tax_profile"]["bank_account_last4"],
        "4242"
    );
    assert_eq!(
        seen["snapshot"]["tenants"][0]["csp_accounts"][0],
        "CSP-CONTOSO-01"
    );
}

#[tokio::test]
async fn reasons_with_control_characters_or_direction_overrides_are_refused() {
    let server = Server::start("reasons");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let id = ok(alice.invite("3333333").await).await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/merges/{id}/reject");
    let reject = |reason: &str| {
        let body = json!({ "reason": reason });
        let (fiona, path) = (&fiona, &path);
        async move { read(fiona.post(path, body).await).await }
    };
    for reason in ["Not now \u{202E}won yes", "Not\u{0}now", "No\u{2066}t now"] {
        let (status, body) = reject(reason).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{reason:?}");
        assert_eq!(body["code"], "invalid_text");
        assert!(body["message"].as_str().unwrap().contains("U+"), "{body}");
    }
    // Plain text in any script is fine, and the request was not touched by the refusals.
    let (status, body) = reject("Nog niet — misschien volgend jaar 🙂").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["reason"], "Nog niet — misschien volgend jaar 🙂");
}

#[tokio::test]
async fn history_is_paged_newest_first() {
    let server = Server::start("history-pages");
    let alice = server.sign_in("alice@contoso.com").await;
    // Six events: three invitations, each cancelled.
    for _ in 0..3 {
        alice.invite_and_cancel("3333333").await;
    }
    let all = ok(alice.get("/api/history").await).await;
    let ids: Vec<i64> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), 6);
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first: {ids:?}");
    assert_eq!(all[0]["event"], "cancelled");
    let first = ok(alice.get("/api/history?limit=4").await).await;
    assert_eq!(first.as_array().unwrap().len(), 4);
    let last = first[3]["id"].as_i64().unwrap();
    let next = ok(alice
        .get(&format!("/api/history?limit=4&before={last}"))
        .await)
    .await;
    let rest: Vec<i64> = next
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    assert_eq!(rest, ids[4..]);
    let (status, _) = read(alice.get("/api/history?before=yesterday").await).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_preview_is_made_with_post_and_nothing_is_written_by_a_get() {
    let server = Server::start("preview-post");
    let (alice, id, _) = accepted_e1(&server).await;
    let count = || common::count(&server.database, "SELECT count(*) FROM previews");
    assert_eq!(count(), 1, "accepted_e1 made one preview");
    let (status, _) = read(
        alice
            .request(Method::GET, &format!("/api/merges/{id}/preview"), None)
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(count(), 1);
    assert_mpn_ids_conserved(&server.database);
}

#[cfg(unix)]
#[tokio::test]
async fn the_database_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Server::scratch("private-file");
    let database = common::TestDatabase::sqlite(dir.join("merge.sqlite"));
    let server = Server::on(database, dir);
    server.sign_in("alice@contoso.com").await;
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(server.database.file()), 0o600);
    let wal = server.database.file().with_extension("sqlite-wal");
    assert_eq!(
        mode(&wal),
        0o600,
        "SQLite's WAL file takes the database's permissions"
    );
}

#[tokio::test]
async fn the_race_of_a_slow_confirm_and_concurrent_invites_never_acts_for_a_merged_away_account() {
    let server = Server::start("race-invites");
    let (alice, id, _) = accepted_e1(&server).await;
    // A large Fabricam makes the confirm slow: the invites below are read while it runs.
    common::edit_account(&server.database, "3333333", |fabricam| {
        let locations = fabricam["locations"].as_array_mut().unwrap();
        for k in 0..20_000 {
            locations.push(
                json!({ "mpn_id": format!("{}", 70_000_000 + k), "name": format!("Site {k}") }),
            );
        }
    });
    let preview = ok(alice
        .post(&format!("/api/merges/{id}/preview"), json!({}))
        .await)
    .await;
    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap().to_string();
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let confirm = {
        let (client, base) = (alice.client.clone(), alice.base.clone());
        tokio::spawn(async move {
            client
                .post(format!("{base}/api/merges/{id}/confirm"))
                .json(&common::confirmation(&fingerprint))
                .send()
                .await
                .unwrap()
                .status()
        })
    };
    let mut invites = Vec::new();
    for _ in 0..20 {
        let (client, base) = (fiona.client.clone(), fiona.base.clone());
        invites.push(tokio::spawn(async move {
            let response = client
                .post(format!("{base}/api/merges"))
                .json(&json!({ "invitee_mpn_id": "9999999" }))
                .send()
                .await
                .unwrap();
            (response.status(), response.text().await.unwrap())
        }));
    }
    assert_eq!(confirm.await.unwrap(), StatusCode::OK);
    for invite in invites {
        let (status, body) = invite.await.unwrap();
        // Before the confirm: Fabricam is in the open request (W6). After: fiona does not act
        // for Contoso (A2). Never an invitation in the name of an account merged away.
        assert!(
            status == StatusCode::CONFLICT || status == StatusCode::FORBIDDEN,
            "{status}: {body}"
        );
    }
    let requests = common::count(&server.database, "SELECT count(*) FROM merge_requests");
    assert_eq!(requests, 1, "only the E1 request");
    let held = common::count(&server.database, "SELECT count(*) FROM open_merges");
    assert_eq!(held, 0, "Tailspin and everyone else free");
    let tom = server.sign_in("tom@tailspin.com").await;
    let (status, body) = read(tom.request(Method::GET, "/api/merges", None).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!([]));
}

#[tokio::test]
async fn after_a_merge_the_absorbed_tenants_admins_do_not_act_for_the_merged_account() {
    let server = Server::start("absorbed-admins");
    let (alice, id, fingerprint) = accepted_e1(&server).await;
    ok(alice.confirm(id, &fingerprint).await).await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let (status, body) = read(fiona.invite("9999999").await).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let message = body["message"].as_str().unwrap();
    assert!(
        message.contains("fabricam.com") && message.contains("Contoso"),
        "{message}"
    );
    // She still manages her own tenant's users (R16), and alice acts for Contoso.
    let roles = json!({ "roles": [{ "role": "referrals_admin" }] });
    ok(fiona
        .put("/api/users/frank@fabricam.com/roles", roles)
        .await)
    .await;
    ok(alice.invite("9999999").await).await;
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn a_third_company_learns_only_that_an_account_cannot_be_invited_now() {
    let server = Server::start("no-leak");
    let alice = server.sign_in("alice@contoso.com").await;
    ok(alice.invite("3333333").await).await;
    let tom = server.sign_in("tom@tailspin.com").await;
    let (status, body) = read(tom.invite("3333333").await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "invitee_unavailable");
    assert!(body.get("details").is_none(), "{body}");
    let text = body.to_string();
    for secret in ["Contoso", "1111111", "open merge", "request"] {
        assert!(!text.contains(secret), "{secret} leaked: {text}");
    }
}

#[tokio::test]
async fn invitations_are_rate_limited_per_inviting_account() {
    let server = Server::start("rate-limit");
    let alice = server.sign_in("alice@contoso.com").await;
    // Invite and cancel, as a flood would; each pair writes history for Fabricam.
    for _ in 0..10 {
        alice.invite_and_cancel("3333333").await;
    }
    let response = alice.invite("3333333").await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((3000..=3600).contains(&retry), "{retry}");
    let (_, body) = read(response).await;
    assert_eq!(body["code"], "too_many_invitations");
    assert_eq!(body["details"]["seconds"], retry);
    // Another account's allowance is its own: Tailspin invites Fabricam at once.
    let tom = server.sign_in("tom@tailspin.com").await;
    ok(tom.invite("3333333").await).await;
    let fabricam_history = common::count(
        &server.database,
        "SELECT count(*) FROM history WHERE account = '3333333'",
    );
    assert_eq!(
        fabricam_history, 21,
        "10 sent, 10 cancelled, and Tailspin's invitation"
    );
}

#[tokio::test]
async fn only_demo_mode_seeds_the_demo_companies() {
    let dir = Server::scratch("no-seed");
    let server = Server::without_demo(common::TestDatabase::fresh("no-seed", &dir), dir);
    let accounts = common::count(&server.database, "SELECT count(*) FROM accounts");
    assert_eq!(accounts, 0);
}

#[test]
fn demo_mode_listens_on_loopback_only() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_partner-merge-api"))
        .args(["--demo", "--host", "0.0.0.0", "--port", "0"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(
        message.contains("--demo") && message.contains("127.0.0.1"),
        "{message}"
    );
}

#[tokio::test]
async fn duplicate_keys_in_a_request_body_are_refused() {
    let server = Server::start("duplicate-keys");
    let alice = server.sign_in("alice@contoso.com").await;
    // Read as the last key, this would invite Tailspin while a log or a proxy saw Fabricam.
    let body = r#"{"invitee_mpn_id":"3333333","invitee_mpn_id":"9999999"}"#;
    let response = alice
        .client
        .post(format!("{}/api/merges", alice.base))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let (status, body) = read(response).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("duplicate field `invitee_mpn_id`"),
        "{body}"
    );
    assert_eq!(
        common::count(&server.database, "SELECT count(*) FROM merge_requests"),
        0
    );
}
