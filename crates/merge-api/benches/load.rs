//! Load: preview and confirm at 64 concurrent clients on 127.0.0.1, each client with its own
//! accepted merge request between two small accounts, against release server processes: one
//! node on SQLite, then two replicas on one PostgreSQL database (the server of the PG*
//! variables: scripts/bench.sh and scripts/test.sh run this under pg_virtualenv), the clients
//! split between them. Prints throughput and p50/p99 latency of each.
//! Target: confirm p99 <= 50 ms on both (docs/performance.md). Bounded: a fixed number of
//! requests.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use merge_api::Database;
use merge_core::{AccountSnapshot, Location, MpnId, RoleAssignment, Tenant, User};
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
        designations: vec![],
        specializations: vec![],
        purchases: vec![],
        benefit_packages: vec![],
        merged_into: None,
    }
}

async fn signed_in(base: &str, email: &str) -> Client {
    // Idle connections are dropped before the server's 10 s keep-alive would close them under
    // a request.
    let client = Client::builder()
        .cookie_store(true)
        .pool_idle_timeout(Duration::from_secs(5))
        .build()
        .unwrap();
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

fn report(name: &str, mut times: Vec<Duration>, wall: Duration) -> Duration {
    times.sort();
    println!(
        "{name:<8} {:>5} requests  {:>7.0} req/s  p50 {:>6.2} ms  p99 {:>6.2} ms  max {:>6.2} ms",
        times.len(),
        times.len() as f64 / wall.as_secs_f64(),
        percentile(&times, 0.50).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3,
    );
    percentile(&times, 0.99)
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

/// A release server process on `database`, in demo mode (sign-in by email).
struct Replica {
    child: Child,
    base: String,
}

impl Replica {
    fn start(database: &Database, url: &str) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_partner-merge-api"))
            // Every client is on 127.0.0.1 here: no cap of connections per address.
            .args(["--demo", "--port", "0", "--database", url])
            .args(["--connections-per-address", "100000"])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("the server on {database}: {e}"));
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let addr = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|line| line.strip_prefix("listening on ").map(str::to_string))
            .expect("the server says where it listens");
        std::thread::spawn(move || for _ in lines {});
        Self {
            child,
            base: format!("http://{addr}"),
        }
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every pair's accounts into a demo database, whose users sign in by email alone.
async fn import(database: &Database, pairs: usize) {
    let accounts = (0..pairs)
        .flat_map(|i| [1, 2].map(|side| (format!("pair {i}"), account(i, side))))
        .collect();
    merge_api::import_demo_snapshots(database, accounts)
        .await
        .unwrap();
}

/// Invites and accepts every pair (not measured), then measures previews and confirms; pair i
/// goes to replica i modulo their number.
async fn measure(label: &str, replicas: &[Replica], pairs: usize) {
    let set_up = Instant::now();
    let mut initiators = Vec::new();
    for i in 0..pairs {
        let base = &replicas[i % replicas.len()].base;
        let alice = signed_in(base, &format!("admin@c{i}s1.example")).await;
        let fiona = signed_in(base, &format!("admin@c{i}s2.example")).await;
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
        let id = sent["id"].as_i64().unwrap();
        let accepted = fiona
            .post(format!("{base}/api/merges/{id}/accept"))
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert!(accepted.status().is_success());
        initiators.push((alice, format!("{base}/api/merges/{id}")));
    }

    let previews = |client: Client, url: String| async move {
        let response = client
            .post(format!("{url}/preview"))
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success(), "{}", response.status());
        response.bytes().await.unwrap();
    };
    let set_up = set_up.elapsed();
    let (times, wall) = concurrently(&initiators, previews).await;
    println!(
        "{label}: {pairs} pairs, {CLIENTS} concurrent clients, 127.0.0.1, {} process{} \
         (set-up {:.1} s)",
        replicas.len(),
        if replicas.len() == 1 { "" } else { "es" },
        set_up.as_secs_f64()
    );
    let _ = report("preview", times, wall);

    let mut confirms = Vec::new();
    for (client, url) in &initiators {
        let preview: Value = client
            .post(format!("{url}/preview"))
            .json(&json!({}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let fingerprint = preview["plan"]["fingerprint"].as_str().unwrap();
        confirms.push((client.clone(), format!("{url}|{fingerprint}")));
    }
    let confirm = |client: Client, job: String| async move {
        let (url, fingerprint) = job.split_once('|').unwrap();
        let response = client
            .post(format!("{url}/confirm"))
            .json(&json!({ "fingerprint": fingerprint, "rights_acknowledged": "own_tenants" }))
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success(), "{}", response.status());
    };
    let (times, wall) = concurrently(&confirms, confirm).await;
    let p99 = report("confirm", times, wall).as_secs_f64() * 1e3;
    println!(
        "verdict: confirm p99 on {label} at {CLIENTS} clients, {pairs} merges {p99:.1} ms (target <= 50 ms: {})",
        if p99 <= 50.0 { "ok" } else { "OVER" }
    );
}

/// The PostgreSQL server of the PG* variables, with a new database for this run.
fn postgres_database(name: &str) -> (Database, String) {
    let var = |name: &str| {
        std::env::var(name).unwrap_or_else(|_| {
            panic!(
                "the load benchmark measures PostgreSQL too and needs a server ({name} is not \
                 set): run it under pg_virtualenv, as scripts/bench.sh does"
            )
        })
    };
    let url = format!(
        "postgres://{}:{}@{}:{}/{name}",
        var("PGUSER"),
        var("PGPASSWORD"),
        var("PGHOST"),
        var("PGPORT")
    );
    for (tool, args) in [
        ("dropdb", vec!["--if-exists", name]),
        ("createdb", vec![name]),
    ] {
        let status = Command::new(tool)
            .args(&args)
            .env("PGOPTIONS", "-c client_min_messages=warning")
            .status()
            .unwrap_or_else(|e| panic!("{tool}: {e}"));
        assert!(status.success(), "{tool} {name}");
    }
    (url.parse().unwrap(), url)
}

#[tokio::main]
async fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let pairs = if full { 640 } else { 64 };

    let dir = std::env::temp_dir().join(format!("partner-merge-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("load.sqlite");
    let sqlite = Database::sqlite(&file);
    import(&sqlite, pairs).await;
    let node = Replica::start(&sqlite, file.to_str().unwrap());
    measure("SQLite", std::slice::from_ref(&node), pairs).await;
    drop(node);
    let _ = std::fs::remove_dir_all(&dir);

    let name = format!("partner_merge_load_{}", std::process::id());
    let (postgres, url) = postgres_database(&name);
    import(&postgres, pairs).await;
    let replicas = [
        Replica::start(&postgres, &url),
        Replica::start(&postgres, &url),
    ];
    measure("PostgreSQL", &replicas, pairs).await;
    drop(replicas);
    let _ = Command::new("dropdb").arg(&name).status();
}
