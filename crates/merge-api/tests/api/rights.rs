//! Issue #32 over HTTP: the merger or acquisition alice chooses on the invitation is what fiona
//! reads before she accepts, and it stays with the request, the plan, the history, the report
//! and the emails; who gains which rights (R23) is a section of the preview and the report
//! under the deployment's reading (A3), and the confirm is refused until the initiator
//! acknowledges it; a request sent without a deal kind (before the upgrade) is planned as
//! before and confirms by its fingerprint.

use crate::common;

use std::time::{Duration, Instant};

use common::{e1_applied, ok, previewed_e1, read, refused_start, Api, Server, TestDatabase};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// The people of the rights section, by email: (tenant, acts for the merged account).
fn people(section: &Value) -> Vec<(String, String, bool)> {
    let mut all = Vec::new();
    for tenant in section["tenants"].as_array().unwrap() {
        for person in tenant["people"].as_array().unwrap() {
            all.push((
                tenant["tenant"].as_str().unwrap().to_string(),
                person["email"].as_str().unwrap().to_string(),
                person["acts_for_merged_account"].as_bool().unwrap(),
            ));
        }
    }
    all
}

fn person<'a>(section: &'a Value, email: &str) -> &'a Value {
    section["tenants"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["people"].as_array().unwrap())
        .find(|p| p["email"] == email)
        .unwrap_or_else(|| panic!("{email} in {section:#}"))
}

/// A request in the reader's language, with `Accept-Language`.
async fn in_language(api: &Api, method: reqwest::Method, path: &str, lang: &str) -> Value {
    let response = api
        .client
        .request(method, format!("{}{path}", api.base))
        .header("accept-language", lang)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    ok(response).await
}

/// Whether the invitation lists, among what accepting costs, that the invitee's admins stop
/// acting for the account.
fn stops_acting(invitation: &Value) -> bool {
    let consequences = invitation["preview"]["consequences"].as_array().unwrap();
    consequences
        .iter()
        .any(|c| c.get("admins_stop_acting").is_some())
}

/// The demo mailbox once it holds an email of `event` to `to`.
async fn email(api: &Api, event: &str, to: &str) -> Value {
    let start = Instant::now();
    loop {
        let messages = ok(api.get("/api/demo/mailbox").await).await;
        let found = messages
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["event"] == event && m["to"] == to);
        if let Some(found) = found {
            return found.clone();
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{messages:#}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_deal_alice_chooses_is_what_fiona_reads_before_accepting_and_it_stays_with_the_merge() {
    let server = Server::start("deal-kind");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;

    // Only the two kinds the rules name.
    let body = json!({ "invitee_mpn_id": "3333333", "deal": "takeover" });
    let (status, refused) = read(alice.post("/api/merges", body).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["code"], "invalid_body", "{refused}");

    let body = json!({ "invitee_mpn_id": "3333333", "deal": "acquisition" });
    let sent = ok(alice.post("/api/merges", body).await).await;
    assert_eq!(sent["deal"], "acquisition");
    let id = sent["id"].as_i64().unwrap();

    // Before she answers, fiona reads the deal on the request and in the merge read for her.
    let invitation = ok(fiona.get(&format!("/api/merges/{id}/invitation")).await).await;
    assert_eq!(invitation["request"]["state"], "pending");
    assert_eq!(invitation["request"]["deal"], "acquisition");
    assert_eq!(invitation["preview"]["deal"], "acquisition");
    // The invitation's email tells her the same, in her words.
    let invited = email(&alice, "invited", "fiona@fabricam.com").await;
    let text = invited["text"].as_str().unwrap();
    assert!(text.contains("an acquisition"), "{text}");

    // Her own tenant's people's rights, and none of Contoso's people.
    let rights = &invitation["rights"];
    assert_eq!(rights["reading"], "own_tenants");
    assert_eq!(
        people(rights),
        [
            (
                "fabricam.com".to_string(),
                "fiona@fabricam.com".to_string(),
                false
            ),
            (
                "fabricam.com".to_string(),
                "greta@fabricam.com".to_string(),
                false
            ),
        ]
    );
    let section = rights.to_string();
    assert!(!section.contains("@contoso.com"), "{section}");
    // Under A2 her admins stop acting for the account: among what accepting costs.
    assert!(stops_acting(&invitation), "{:#}", invitation["preview"]);

    ok(fiona.accept(id).await).await;
    let preview = ok(alice
        .post(&format!("/api/merges/{id}/preview"), json!({}))
        .await)
    .await;
    // The plan carries the deal (format version 2), so its fingerprint covers it.
    assert_eq!(preview["plan"]["deal"], "acquisition");
    assert_eq!(preview["plan"]["format_version"], 2);
    assert_eq!(preview["request"]["deal"], "acquisition");
    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap();
    ok(alice.confirm(id, fingerprint).await).await;

    let report = ok(alice.get(&format!("/api/merges/{id}/report")).await).await;
    assert_eq!(report["request"]["deal"], "acquisition");
    assert_eq!(report["plan"]["deal"], "acquisition");
    assert_eq!(report["plan"]["fingerprint"], fingerprint);
    // Both companies' history: every step of the request with its deal.
    for api in [&alice, &fiona] {
        let history = ok(api.get("/api/history").await).await;
        let events: Vec<(&str, &str)> = history
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["request_id"] == id)
            .map(|e| (e["event"].as_str().unwrap(), e["deal"].as_str().unwrap()))
            .collect();
        assert_eq!(
            events,
            [
                ("completed", "acquisition"),
                ("accepted", "acquisition"),
                ("sent", "acquisition")
            ]
        );
    }
    let receipt = email(&alice, "completed", "fiona@fabricam.com").await;
    assert!(
        receipt["text"].as_str().unwrap().contains("an acquisition"),
        "{receipt:#}"
    );
}

#[tokio::test]
async fn the_confirm_is_refused_until_the_initiator_acknowledges_who_gains_which_rights() {
    let server = Server::start("rights-ack");
    let (alice, id, preview) = previewed_e1(&server).await;
    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap();
    let path = format!("/api/merges/{id}/confirm");

    // A client from before the acknowledgement: refused, saying what to send.
    let old_client = json!({ "fingerprint": fingerprint });
    let (status, refused) = read(alice.post(&path, old_client.clone()).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["code"], "rights_not_acknowledged");
    assert_eq!(refused["details"]["reading"], "own_tenants");
    let message = refused["message"].as_str().unwrap();
    assert!(
        message.contains("\"rights_acknowledged\": \"own_tenants\""),
        "{message}"
    );
    // In the reader's language.
    let dutch = alice
        .client
        .post(format!("{}{path}", alice.base))
        .header("accept-language", "nl")
        .json(&old_client)
        .send()
        .await
        .unwrap();
    let (status, refused) = read(dutch).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .starts_with("Lees in de voorbeeldweergave wie welke rechten krijgt"),
        "{refused}"
    );
    // Another reading than the one the preview showed is not this server's.
    let other = json!({ "fingerprint": fingerprint, "rights_acknowledged": "both_tenants" });
    let (status, refused) = read(alice.post(&path, other).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["code"], "rights_not_acknowledged");
    assert!(!e1_applied(&server.database), "nothing applied");

    // Acknowledged as the preview read it: applied.
    let reading = preview["rights"]["reading"].as_str().unwrap();
    let body = json!({ "fingerprint": fingerprint, "rights_acknowledged": reading });
    let confirmed = ok(alice.post(&path, body).await).await;
    assert_eq!(confirmed["state"], "completed");
    assert!(e1_applied(&server.database));
}

#[tokio::test]
async fn the_preview_and_the_report_of_e1_say_who_gains_which_rights_in_the_reader_s_language() {
    let server = Server::start("rights-e1");
    let (alice, id, preview) = previewed_e1(&server).await;
    let rights = &preview["rights"];
    assert_eq!(rights["reading"], "own_tenants");
    assert_eq!(
        (&rights["initiator"], &rights["invitee"]),
        (&json!("Contoso"), &json!("Fabricam"))
    );
    let strict = [
        (
            "contoso.com".to_string(),
            "alice@contoso.com".to_string(),
            true,
        ),
        (
            "fabricam.com".to_string(),
            "fiona@fabricam.com".to_string(),
            false,
        ),
        (
            "fabricam.com".to_string(),
            "greta@fabricam.com".to_string(),
            false,
        ),
    ];
    assert_eq!(people(rights), strict);
    let greta = person(rights, "greta@fabricam.com");
    assert_eq!(greta["gains_sight_of"], json!(["referrals"]));
    assert_eq!(rights["lang"], "en");
    let sentences: Vec<&str> = rights["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(
        sentences[0].starts_with("Only the admins of Contoso's own"),
        "{sentences:#?}"
    );
    assert!(sentences
        .contains(&"fiona@fabricam.com (fabricam.com) does not act for the merged account"));

    // The same section in Dutch, for a Dutch reader.
    let path = format!("/api/merges/{id}/preview");
    let dutch = in_language(&alice, reqwest::Method::POST, &path, "nl-NL").await;
    assert_eq!(dutch["rights"]["lang"], "nl");
    assert_eq!(people(&dutch["rights"]), strict);
    let first = dutch["rights"]["sentences"][0].as_str().unwrap();
    assert!(
        first.starts_with("Alleen de beheerders van de eigen"),
        "{first}"
    );

    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap();
    ok(alice.confirm(id, fingerprint).await).await;
    let report_path = format!("/api/merges/{id}/report");
    let report = ok(alice.get(&report_path).await).await;
    assert_eq!(report["rights"]["reading"], "own_tenants");
    assert_eq!(people(&report["rights"]), strict);
    assert_eq!(report["rights"]["sentences"], rights["sentences"]);
    let german = in_language(&alice, reqwest::Method::GET, &report_path, "de").await;
    assert_eq!(german["rights"]["lang"], "de");
    let first = german["rights"]["sentences"][0].as_str().unwrap();
    assert!(
        first.starts_with("Nur die Administratoren der eigenen"),
        "{first}"
    );
}

/// A3: a deployment that reads admin rights as Microsoft's current page does says so in the
/// section, asks for that reading's acknowledgement, and lets the absorbed tenant's admins act
/// for the merged account, as the section told.
#[tokio::test]
async fn a_deployment_reading_admin_rights_as_microsoft_does_says_and_does_so() {
    let dir = Server::scratch("rights-both");
    let config = dir.join("partner-merge.toml");
    std::fs::write(&config, "[rights]\nadmin_reading = \"both_tenants\"\n").unwrap();
    let database = TestDatabase::fresh("rights-both", &dir);
    let args = ["--config", config.to_str().unwrap()];
    let mut server = Server::with_args(database, dir.clone(), &args);
    let (alice, id, preview) = previewed_e1(&server).await;
    let rights = &preview["rights"];
    assert_eq!(rights["reading"], "both_tenants");
    assert_eq!(
        person(rights, "fiona@fabricam.com")["acts_for_merged_account"],
        true
    );
    assert_eq!(
        person(rights, "greta@fabricam.com")["acts_for_merged_account"],
        false
    );
    // Fiona's invitation says the same, and does not count acting among what she loses; her
    // email says both companies' admins act.
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let invitation = ok(fiona.get(&format!("/api/merges/{id}/invitation")).await).await;
    assert_eq!(invitation["rights"]["reading"], "both_tenants");
    let hers = person(&invitation["rights"], "fiona@fabricam.com");
    assert_eq!(hers["acts_for_merged_account"], true);
    assert!(!stops_acting(&invitation), "{:#}", invitation["preview"]);
    let invited = email(&alice, "invited", "fiona@fabricam.com").await;
    let text = invited["text"].as_str().unwrap();
    assert!(
        text.contains("the account admins of both Contoso and Fabricam act"),
        "{text}"
    );

    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap();
    let path = format!("/api/merges/{id}/confirm");
    let a2 = json!({ "fingerprint": fingerprint, "rights_acknowledged": "own_tenants" });
    let (status, refused) = read(alice.post(&path, a2).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["details"]["reading"], "both_tenants");
    let both = json!({ "fingerprint": fingerprint, "rights_acknowledged": "both_tenants" });
    ok(alice.post(&path, both).await).await;

    // Fiona, an admin of the absorbed tenant, now acts for the merged account: its report.
    let report = ok(fiona.get(&format!("/api/merges/{id}/report")).await).await;
    assert_eq!(report["rights"]["reading"], "both_tenants");
    // Tenant boundaries stay for user management (R16): re-issuing makes users of Contoso's
    // own tenant, which only its own admins do, under this reading too.
    let reissue = json!({
        "from_tenant": "fabricam.com",
        "to_tenant": "contoso.com",
        "users": [{ "email": "frank@fabricam.com" }],
    });
    let (status, refused) = read(fiona.post("/api/reissues/preview", reissue.clone()).await).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");
    ok(alice.post("/api/reissues/preview", reissue).await).await;

    // The deployment changes its reading (a full stop, docs/deploy.md): the report still says
    // who gained which rights as alice acknowledged it.
    server.kill();
    let restarted = Server::on(server.database.clone(), server.dir.clone());
    let alice = restarted.sign_in("alice@contoso.com").await;
    let report = ok(alice.get(&format!("/api/merges/{id}/report")).await).await;
    assert_eq!(report["rights"]["reading"], "both_tenants");
    assert_eq!(
        person(&report["rights"], "fiona@fabricam.com")["acts_for_merged_account"],
        true
    );
}

#[tokio::test]
async fn a_reading_of_admin_rights_that_does_not_exist_is_refused_at_start() {
    let dir = Server::scratch("rights-bad-config");
    let config = dir.join("partner-merge.toml");
    std::fs::write(&config, "[rights]\nadmin_reading = \"everyone\"\n").unwrap();
    let database = TestDatabase::fresh("rights-bad-config", &dir);
    let (code, said) = refused_start(&database, &["--demo", "--config", config.to_str().unwrap()]);
    assert_eq!(code, Some(2), "{said}");
    assert!(
        said.contains("admin_reading") && said.contains("own_tenants"),
        "{said}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A request sent before deal kinds existed (no deal, as an old client still sends it) is
/// planned exactly as before: a version 1 plan, byte for byte the engine's plan of the two
/// stored accounts, so the fingerprint shown before the upgrade still confirms.
#[tokio::test]
async fn a_request_without_a_deal_kind_confirms_by_the_fingerprint_it_was_shown() {
    let server = Server::start("rights-no-deal");
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    let sent = ok(alice.invite("3333333").await).await;
    assert_eq!(sent["deal"], Value::Null);
    let id = sent["id"].as_i64().unwrap();
    ok(fiona.accept(id).await).await;
    let stored: Vec<String> = ["1111111", "3333333"]
        .iter()
        .map(|mpn| {
            let sql = format!("SELECT snapshot FROM accounts WHERE mpn_id = '{mpn}'");
            server.database.text(&sql).unwrap()
        })
        .collect();
    let preview = ok(alice
        .post(&format!("/api/merges/{id}/preview"), json!({}))
        .await)
    .await;
    let shown = preview["plan"]["fingerprint"].as_str().unwrap().to_string();
    assert_eq!(preview["plan"]["format_version"], 1);
    assert!(preview["plan"].get("deal").is_none());
    // The engine's version 1 plan of the stored accounts, as the server made it before.
    let initiator = merge_core::read_snapshot(&stored[0]).unwrap();
    let invitee = merge_core::read_snapshot(&stored[1]).unwrap();
    let today = chrono::Utc::now().date_naive();
    let before = merge_core::plan_merge(&initiator, &invitee, today).unwrap();
    assert_eq!(before.fingerprint.as_str(), shown);
    let kept: String = server
        .database
        .text(&format!(
            "SELECT plan FROM previews WHERE request_id = {id} AND fingerprint = '{shown}'"
        ))
        .unwrap();
    assert_eq!(kept, merge_core::to_json(&before), "byte for byte");

    let confirmed = ok(alice.confirm(id, &shown).await).await;
    assert_eq!(confirmed["state"], "completed");
    assert_eq!(confirmed["deal"], Value::Null);
    let report = ok(alice.get(&format!("/api/merges/{id}/report")).await).await;
    assert_eq!(report["plan"]["fingerprint"], shown.as_str());
    assert!(report["rights"]["tenants"].as_array().unwrap().len() == 2);
}
