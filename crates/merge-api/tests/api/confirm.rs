//! W4: what was previewed is exactly what gets applied, once.

use crate::common;

use common::{accepted_e1, assert_mpn_ids_conserved, edit_account, ok, read, Server};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_stale_preview_is_refused_with_what_changed() {
    let server = Server::start("stale");
    let (alice, id, fingerprint) = accepted_e1(&server).await;
    edit_account(&server.database, "3333333", |fabricam| {
        fabricam["locations"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "mpn_id": "6666666", "name": "Fabricam Oslo", "country": "NO" }));
    });

    let (status, body) = read(alice.confirm(id, &fingerprint).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "stale_preview");
    let messages: Vec<&str> = body["details"]["differences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        ["Location 6666666 (Fabricam Oslo) was added to Fabricam"]
    );
    let fresh = body["details"]["fingerprint"].as_str().unwrap().to_string();
    assert_ne!(fresh, fingerprint);

    // In the language the reader asked for, the first of Accept-Language the engine writes.
    let dutch = alice
        .client
        .post(format!("{}/api/merges/{id}/confirm", alice.base))
        .header("accept-language", "fr-BE, nl-NL;q=0.9, en;q=0.5")
        .json(&common::confirmation(&fingerprint))
        .send()
        .await
        .unwrap();
    let (status, body) = read(dutch).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        body["details"]["differences"][0]["message"],
        "Locatie 6666666 (Fabricam Oslo) is toegevoegd aan Fabricam"
    );

    // Nothing was applied; the fresh preview confirms.
    let contoso = ok(alice.get("/api/accounts/1111111").await).await;
    assert_eq!(contoso["version"], 1);
    let preview = ok(alice
        .post(&format!("/api/merges/{id}/preview"), json!({}))
        .await)
    .await;
    assert_eq!(preview["plan"]["fingerprint"], fresh.as_str());
    ok(alice.confirm(id, &fresh).await).await;
    let contoso = ok(alice.get("/api/accounts/1111111").await).await;
    assert_eq!(
        contoso["snapshot"]["locations"].as_array().unwrap().len(),
        5
    );
}

#[tokio::test]
async fn sixty_four_concurrent_confirms_apply_the_merge_once() {
    let server = Server::start("race");
    let (alice, id, fingerprint) = accepted_e1(&server).await;
    let url = format!("{}/api/merges/{id}/confirm", alice.base);
    let handles: Vec<_> = (0..64)
        .map(|_| {
            let (client, url) = (alice.client.clone(), url.clone());
            let body = common::confirmation(&fingerprint);
            tokio::spawn(async move { client.post(url).json(&body).send().await.unwrap().status() })
        })
        .collect();
    let mut statuses = Vec::new();
    for handle in handles {
        statuses.push(handle.await.unwrap());
    }
    let applied = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!((applied, refused), (1, 63), "{statuses:?}");

    let history = ok(alice.get("/api/history").await).await;
    let completed = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["event"] == "completed")
        .count();
    assert_eq!(completed, 1);
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn a_fingerprint_never_shown_is_refused() {
    let server = Server::start("unknown-fingerprint");
    let (alice, id, _) = accepted_e1(&server).await;
    let bogus = format!("sha256:{}", "0".repeat(64));
    let (status, body) = read(alice.confirm(id, &bogus).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "stale_preview");
    assert_mpn_ids_conserved(&server.database);
}
