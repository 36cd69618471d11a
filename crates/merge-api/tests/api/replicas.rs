//! Two API processes on one database, as replicas behind a load balancer: W6 and exactly-once
//! confirms are held by the database, not by either process, and a replica killed mid-confirm
//! leaves nothing half-applied. On the run's backend: PostgreSQL in the suite's second run
//! (scripts/test.sh), and on SQLite two processes on one file.

use crate::common;

use common::{
    accepted_e1, assert_mpn_ids_conserved, assert_one_invitation_created, e1_applied, ok,
    previewed_e1, standing_mpn_ids, Api, Server,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// A second replica on the first one's database.
fn replica_of(server: &Server) -> Server {
    Server::on(server.database.clone(), server.dir.clone())
}

/// The same signed-in client (its session cookie) talking to another replica.
fn through(api: &Api, replica: &Server) -> Api {
    Api {
        client: api.client.clone(),
        base: replica.base.clone(),
    }
}

/// POSTs `body` to `path` on `api`'s replica without waiting: status and body.
fn post(api: &Api, path: &str, body: Value) -> tokio::task::JoinHandle<(StatusCode, Value)> {
    let (client, url) = (api.client.clone(), format!("{}{path}", api.base));
    tokio::spawn(async move {
        let response = client.post(url).json(&body).send().await.unwrap();
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    })
}

#[tokio::test]
async fn sixty_four_confirms_split_between_two_replicas_apply_the_merge_once() {
    let one = Server::start("replicas-confirm");
    let two = replica_of(&one);
    let (alice, id, _) = accepted_e1(&one).await;
    // A larger Fabricam makes each confirm take a while, so that they overlap in the database.
    common::edit_account(&one.database, "3333333", |fabricam| {
        let locations = fabricam["locations"].as_array_mut().unwrap();
        for k in 0..3_000 {
            let mpn_id = format!("{}", 70_000_000 + k);
            locations.push(json!({ "mpn_id": mpn_id, "name": format!("Site {k}") }));
        }
    });
    let before = standing_mpn_ids(&one.database);
    let preview = ok(alice
        .post(&format!("/api/merges/{id}/preview"), json!({}))
        .await)
    .await;
    let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap();
    // A session made on one replica is good on the other: both read the same database.
    let alice_two = through(&alice, &two);
    ok(alice_two.get("/api/me").await).await;

    let path = format!("/api/merges/{id}/confirm");
    let sends: Vec<_> = (0..64)
        .map(|n| {
            let api = if n % 2 == 0 { &alice } else { &alice_two };
            post(api, &path, common::confirmation(fingerprint))
        })
        .collect();
    let mut applied = 0;
    for send in sends {
        let (status, body) = send.await.unwrap();
        match status {
            StatusCode::OK => applied += 1,
            StatusCode::CONFLICT => assert_eq!(body["code"], "already_completed", "{body}"),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(applied, 1);
    for api in [&alice, &alice_two] {
        let history = ok(api.get("/api/history").await).await;
        let completed = history
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["event"] == "completed")
            .count();
        assert_eq!(
            completed, 1,
            "one completed entry, read through either replica"
        );
    }
    assert_eq!(
        common::count(
            &one.database,
            "SELECT count(*) FROM history WHERE event = 'completed'"
        ),
        2,
        "one for each company"
    );
    // R4: the IDs that stood before stand after, each once, all in Contoso now.
    assert_eq!(standing_mpn_ids(&one.database), before);
    let contoso = ok(alice.get("/api/accounts/1111111").await).await;
    assert_eq!(contoso["version"], 2, "Contoso written once");
}

#[tokio::test]
async fn crossed_invitations_on_two_replicas_leave_one_open_request() {
    let one = Server::start("replicas-crossed");
    let two = replica_of(&one);
    let contoso = one.sign_in("alice@contoso.com").await;
    let fabricam = two.sign_in("fiona@fabricam.com").await;
    let tailspin = two.sign_in("tom@tailspin.com").await;
    // A→B on one replica, B→A and C→B on the other, at once: all involve B (W6).
    let sends = [
        post(
            &contoso,
            "/api/merges",
            json!({ "invitee_mpn_id": "3333333" }),
        ),
        post(
            &fabricam,
            "/api/merges",
            json!({ "invitee_mpn_id": "1111111" }),
        ),
        post(
            &tailspin,
            "/api/merges",
            json!({ "invitee_mpn_id": "3333333" }),
        ),
    ];
    assert_one_invitation_created(sends).await;
    let database = &one.database;
    let open = "SELECT count(*) FROM merge_requests WHERE state = 'pending'";
    assert_eq!(common::count(database, open), 1);
    // Fabricam is held by exactly that request, and so is its other party.
    assert_eq!(
        common::count(database, "SELECT count(*) FROM open_merges"),
        2
    );
    assert_eq!(
        common::count(
            database,
            "SELECT count(*) FROM open_merges WHERE account = '3333333'"
        ),
        1
    );
    assert_mpn_ids_conserved(database);
}

#[tokio::test]
async fn killing_a_replica_during_confirms_never_half_applies_and_the_other_keeps_answering() {
    for (round, delay_ms) in [0u64, 2, 5, 10, 20].into_iter().enumerate() {
        let mut one = Server::start(&format!("replicas-kill{round}"));
        let two = replica_of(&one);
        let (alice, id, preview) = previewed_e1(&one).await;
        let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap().to_string();
        let path = format!("/api/merges/{id}/confirm");
        for _ in 0..16 {
            post(&alice, &path, common::confirmation(&fingerprint));
        }
        tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
        one.kill(); // SIGKILL, mid-confirm or about

        let applied = e1_applied(&one.database);
        // The other replica answers, and says what the database says.
        let alice_two = through(&alice, &two);
        let request = ok(alice_two.get(&format!("/api/merges/{id}")).await).await;
        assert_eq!(request["state"] == "completed", applied, "round {round}");
        if !applied {
            ok(alice_two.confirm(id, &fingerprint).await).await;
            assert!(e1_applied(&one.database));
        }
        // The killed replica, restarted, finds the same consistent database.
        let restarted = replica_of(&one);
        let alice_again = through(&alice, &restarted);
        let request = ok(alice_again.get(&format!("/api/merges/{id}")).await).await;
        assert_eq!(request["state"], "completed");
        let (status, body) = common::read(alice_again.confirm(id, &fingerprint).await).await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
        assert_eq!(body["code"], "already_completed");
        assert_mpn_ids_conserved(&one.database);
    }
}
