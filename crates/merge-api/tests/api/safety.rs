//! W6 under concurrency, and no half-applied merge after the server is killed mid-confirm.

use crate::common;

use common::{assert_mpn_ids_conserved, assert_one_invitation_created, ok, Server};
use serde_json::{json, Value};

#[tokio::test]
async fn crossed_invitations_at_once_leave_one_open_request() {
    let server = Server::start("crossed");
    let contoso = server.sign_in("alice@contoso.com").await;
    let fabricam = server.sign_in("fiona@fabricam.com").await;
    let tailspin = server.sign_in("tom@tailspin.com").await;
    // A→B, B→A and C→B all involve B: the database lets exactly one through.
    let sends = [
        (contoso, "3333333"),
        (fabricam, "1111111"),
        (tailspin, "3333333"),
    ]
    .map(|(api, target)| {
        let url = format!("{}/api/merges", api.base);
        let client = api.client.clone();
        tokio::spawn(async move {
            let response = client
                .post(url)
                .json(&json!({ "invitee_mpn_id": target }))
                .send()
                .await
                .unwrap();
            let status = response.status();
            (status, response.json::<Value>().await.unwrap())
        })
    });
    assert_one_invitation_created(sends).await;
    let open = common::count(
        &server.database,
        "SELECT count(*) FROM merge_requests WHERE state = 'pending'",
    );
    assert_eq!(open, 1);
    assert_mpn_ids_conserved(&server.database);
}

#[tokio::test]
async fn killing_the_server_during_confirms_never_half_applies() {
    // The kill comes later each round, until rounds have ended on both sides of the commit (a
    // round killed before the merge was applied, and one after): the kills are then known to
    // fall around the confirms, not all before they began or all after they ended.
    let (mut before_commit, mut after_commit) = (0, 0);
    let delays = [0u64, 2, 5, 10, 20, 40, 80, 160, 320, 640, 1280];
    for (round, delay_ms) in delays.into_iter().enumerate() {
        if before_commit > 0 && after_commit > 0 && round >= 5 {
            break;
        }
        let mut server = Server::start(&format!("crash{round}"));
        let alice = server.sign_in("alice@contoso.com").await;
        let fiona = server.sign_in("fiona@fabricam.com").await;
        ok(alice.invite("3333333").await).await;
        ok(fiona.post("/api/merges/1/accept", json!({})).await).await;
        let preview = ok(alice.post("/api/merges/1/preview", json!({})).await).await;
        let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap().to_string();

        let url = format!("{}/api/merges/1/confirm", alice.base);
        for _ in 0..16 {
            let (client, url) = (alice.client.clone(), url.clone());
            let body = common::confirmation(&fingerprint);
            tokio::spawn(async move { client.post(url).json(&body).send().await });
        }
        tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
        server.kill(); // SIGKILL

        let database = server.database.clone();
        let applied = common::e1_applied(&database);
        let restarted = Server::on(database.clone(), server.dir.clone());
        let alice = restarted.sign_in("alice@contoso.com").await;
        let request = ok(alice.get("/api/merges/1").await).await;
        assert_eq!(request["state"] == "completed", applied);
        match applied {
            true => after_commit += 1,
            false => before_commit += 1,
        }
        if !applied {
            ok(alice
                .post("/api/merges/1/confirm", common::confirmation(&fingerprint))
                .await)
            .await;
            assert!(common::e1_applied(&database));
        }
        assert_mpn_ids_conserved(&database);
        drop(server);
    }
    assert!(
        before_commit > 0 && after_commit > 0,
        "every kill landed on one side of the commit ({before_commit} before, {after_commit} \
         after): the kills never fell around a confirm"
    );
}
