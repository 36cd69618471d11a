//! Load: preview and confirm at 64 concurrent clients on 127.0.0.1, each client with its own
//! accepted merge request between two small accounts. Prints throughput and p50/p99 latency.
//! Target: confirm p99 <= 50 ms (docs/performance.md). Bounded: a fixed number of requests.

use std::time::{Duration, Instant};

use merge_core::{to_json, AccountSnapshot, Location, MpnId, RoleAssignment, Tenant, User};
use reqwest::Client;
use serde_json::{json, Value};

const CLIENTS: usize = 64;

fn account(i: usize, side: u8) -> AccountSnapshot {
    let domain = format!("c{i}s{side}.example");
    let base = 60_000_000 + i * 10 + usize::from(side) * 4;
    AccountSnapshot {
        format_version: 1,
        company: format!("Company {i}-{side}"),
        global_mpn_id: MpnId::new(base.to_string()),
        locations: vec![Location {
            mpn_id: MpnId::new((base + 1).to_string()),
            name: format!("Site {i}-{side}"),
            country: Some("US".into()),
            origin: None,
        }],
        tenants: vec![Tenant {
            domain: domain.clone(),
            csp_accounts: vec![],
        }],
        users: vec![User {
            email: format!("admin@{domain}"),
            roles: vec![RoleAssignment {
                role: "account_admin".into(),
                location: None,
            }],
        }],
        competencies: vec![],
        action_pack: None,
        advanced_specializations: vec![],
        sa_vouchers: vec![],
        mcp_ids: vec![],
        offers: vec![],
        co_sell: vec![],
        azure_expert_msp: None,
        benefit_tokens: vec![],
        bank_tax_profile: None,
        benefit_packages: vec![],
        merged_into: None,
    }
}

async fn signed_in(base: &str, email: &str) -> Client {
    let client = Client::builder().cookie_store(true).build().unwrap();
    let response = client
        .post(format!("{base}/api/session"))
        .json(&json!({ "email": email }))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    client
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn report(name: &str, mut times: Vec<Duration>, wall: Duration) {
    times.sort();
    println!(
        "{name:<8} {:>5} requests  {:>7.0} req/s  p50 {:>6.2} ms  p99 {:>6.2} ms  max {:>6.2} ms",
        times.len(),
        times.len() as f64 / wall.as_secs_f64(),
        percentile(&times, 0.50).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3,
    );
}

/// Runs `work` for every pair with `CLIENTS` at once; returns each latency and the wall time.
async fn concurrently<F, Fut>(pairs: &[(Client, String)], work: F) -> (Vec<Duration>, Duration)
where
    F: Fn(Client, String) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let start = Instant::now();
    let chunks: Vec<Vec<(Client, String)>> = (0..CLIENTS)
        .map(|c| pairs.iter().skip(c).step_by(CLIENTS).cloned().collect())
        .collect();
    let tasks: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            let work = work.clone();
            tokio::spawn(async move {
                let mut times = Vec::new();
                for (client, id) in chunk {
                    let t = Instant::now();
                    work(client, id).await;
                    times.push(t.elapsed());
                }
                times
            })
        })
        .collect();
    let mut times = Vec::new();
    for task in tasks {
        times.extend(task.await.unwrap());
    }
    (times, start.elapsed())
}

#[tokio::main]
async fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let pairs_count = if full { 640 } else { 64 };
    let dir = std::env::temp_dir().join(format!("partner-merge-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let database = dir.join("load.sqlite");
    drop(merge_api::app(&merge_api::Settings::new(&database).demo(true)).unwrap()); // create, migrate, seed
    {
        let mut conn = rusqlite::Connection::open(&database).unwrap();
        let tx = conn.transaction().unwrap();
        for i in 0..pairs_count {
            for side in [1, 2] {
                let a = account(i, side);
                tx.execute(
                    "INSERT INTO accounts (mpn_id, company, snapshot) VALUES (?1, ?2, ?3)",
                    (a.global_mpn_id.as_str(), &a.company, to_json(&a)),
                )
                .unwrap();
                tx.execute(
                    "INSERT INTO users (email, account) VALUES (?1, ?2)",
                    (&a.users[0].email, a.global_mpn_id.as_str()),
                )
                .unwrap();
            }
        }
        tx.commit().unwrap();
    }
    let app = merge_api::app(&merge_api::Settings::new(&database).demo(true)).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(merge_api::serve(
        listener,
        app,
        merge_api::ConnectionLimits::default(),
    ));

    // Set-up, not measured: every pair invited and accepted.
    let mut initiators = Vec::new();
    for i in 0..pairs_count {
        let alice = signed_in(&base, &format!("admin@c{i}s1.example")).await;
        let fiona = signed_in(&base, &format!("admin@c{i}s2.example")).await;
        let invitee = account(i, 2).global_mpn_id.to_string();
        let sent: Value = alice
            .post(format!("{base}/api/merges"))
            .json(&json!({ "invitee_mpn_id": invitee }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let id = sent["id"].as_i64().unwrap().to_string();
        let accepted = fiona
            .post(format!("{base}/api/merges/{id}/accept"))
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert!(accepted.status().is_success());
        initiators.push((alice, id));
    }

    let previews = {
        let base = base.clone();
        move |client: Client, id: String| {
            let url = format!("{base}/api/merges/{id}/preview");
            async move {
                let response = client.post(url).json(&json!({})).send().await.unwrap();
                assert!(response.status().is_success());
                response.bytes().await.unwrap();
            }
        }
    };
    let (times, wall) = concurrently(&initiators, previews).await;
    println!(
        "{} pairs, {CLIENTS} concurrent clients, 127.0.0.1",
        pairs_count
    );
    report("preview", times, wall);

    let mut fingerprints = Vec::new();
    for (client, id) in &initiators {
        let preview: Value = client
            .post(format!("{base}/api/merges/{id}/preview"))
            .json(&json!({}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        fingerprints.push(preview["plan"]["fingerprint"].as_str().unwrap().to_string());
    }
    let confirms: Vec<(Client, String)> = initiators
        .iter()
        .zip(&fingerprints)
        .map(|((client, id), fingerprint)| (client.clone(), format!("{id}|{fingerprint}")))
        .collect();
    let confirm = {
        let base = base.clone();
        move |client: Client, job: String| {
            let (id, fingerprint) = job
                .split_once('|')
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .unwrap();
            let url = format!("{base}/api/merges/{id}/confirm");
            async move {
                let response = client
                    .post(url)
                    .json(&json!({ "fingerprint": fingerprint }))
                    .send()
                    .await
                    .unwrap();
                assert!(response.status().is_success(), "{}", response.status());
            }
        }
    };
    let (times, wall) = concurrently(&confirms, confirm).await;
    report("confirm", times, wall);
    let _ = std::fs::remove_dir_all(&dir);
}
