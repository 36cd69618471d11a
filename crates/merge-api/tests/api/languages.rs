//! Refusals in the caller's language: the first of `Accept-Language` the catalogue has
//! (locales/<lang>/api.ftl), from the error's code and details; the body's shape is the same.

use crate::common;

use common::{read, Server};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// POSTs `body` to `path` as `api`, reading `accept_language`.
async fn post_in(
    api: &common::Api,
    path: &str,
    body: Value,
    accept_language: &str,
) -> (StatusCode, Value, Option<String>) {
    let response = api
        .client
        .post(format!("{}{path}", api.base))
        .header("accept-language", accept_language)
        .json(&body)
        .send()
        .await
        .unwrap();
    let language = response
        .headers()
        .get("content-language")
        .map(|v| v.to_str().unwrap().to_string());
    let (status, body) = read(response).await;
    (status, body, language)
}

#[tokio::test]
async fn a_refusal_reads_in_the_language_the_caller_asks_for() {
    let server = Server::start("languages");
    let alice = server.sign_in("alice@contoso.com").await;
    let own = json!({ "invitee_mpn_id": "1111111" });

    let (status, english, language) = post_in(&alice, "/api/merges", own.clone(), "en-GB").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(english["code"], "self_merge");
    assert!(
        english["message"]
            .as_str()
            .unwrap()
            .contains("is your own account"),
        "{english}"
    );
    assert_eq!(language, None);

    let (status, german, language) = post_in(
        &alice,
        "/api/merges",
        own.clone(),
        "fr-CH, de-DE;q=0.9, en;q=0.5",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(german["code"], "self_merge");
    assert_eq!(
        german["message"],
        "Das ist Ihr eigenes Konto: Laden Sie die globale PartnerID des anderen Unternehmens ein."
    );
    assert_eq!(language.as_deref(), Some("de-DE"));

    let (_, dutch, _) = post_in(&alice, "/api/merges", own, "nl").await;
    assert_eq!(
        dutch["message"],
        "Dat is uw eigen account: nodig de wereldwijde Partner-ID van het andere bedrijf uit."
    );

    // The details fill the sentence: a location's MPN ID names the account to invite.
    let location = json!({ "invitee_mpn_id": "4444444" });
    let (status, body, _) = post_in(&alice, "/api/merges", location, "de").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "location_id");
    assert_eq!(body["details"]["global_mpn_id"], "3333333");
    assert_eq!(
        body["message"],
        "Das ist ein Standort von Fabricam: Verwenden Sie dessen globale PartnerID 3333333."
    );

    // Signed out, in German too; a language the catalogue lacks reads as English.
    let stranger = server.anonymous();
    let (status, body, _) = post_in(
        &stranger,
        "/api/merges",
        json!({ "invitee_mpn_id": "3333333" }),
        "de",
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["message"], "Melden Sie sich zuerst an.");
    let (_, body, language) = post_in(
        &stranger,
        "/api/merges",
        json!({ "invitee_mpn_id": "3333333" }),
        "fr",
    )
    .await;
    assert_eq!(body["code"], "signed_out");
    assert!(body["message"].as_str().unwrap().is_ascii(), "{body}");
    assert_eq!(language, None);
}
