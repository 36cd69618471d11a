//! A rolling restart under load: two replicas on one database (PostgreSQL in the suite's
//! PostgreSQL run) behind a load balancer of the test's own, which sends each request to a
//! ready replica in turn and retries a refused connection on another. Workers preview and
//! confirm merges all along; one replica gets SIGTERM, and a new one joins. No request fails
//! (only refused connections, retried), every request the stopped replica accepted gets its
//! usual answer, it exits 0 within the grace, and every merge is applied exactly once.

use crate::common;

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{small_account, Server, TestDatabase};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

/// Workers previewing and confirming at once, and the merges each has ready.
const WORKERS: usize = 6;
const MERGES_EACH: usize = 40;
/// A worker's pause between merges: a steady load, which lasts through the restart however
/// fast the machine is (at most 60 merges a second).
const PAUSE: Duration = Duration::from_millis(100);

/// The replicas in rotation (those whose /readyz answered 200 last), a request's replica in
/// turn among them.
#[derive(Default)]
struct Balancer {
    ready: Mutex<Vec<String>>,
    next: AtomicUsize,
    /// Connections refused, each retried on another replica.
    refused: AtomicUsize,
    /// Requests answered: by which replica, sent when, answered when.
    answered: Mutex<Vec<(String, Instant, Instant)>>,
}

impl Balancer {
    fn pick(&self, not: Option<&str>) -> String {
        let ready = self.ready.lock().unwrap();
        let turn = self.next.fetch_add(1, Ordering::Relaxed);
        let choices: Vec<&String> = ready.iter().filter(|r| Some(r.as_str()) != not).collect();
        let choices = if choices.is_empty() {
            ready.iter().collect()
        } else {
            choices
        };
        choices[turn % choices.len()].clone()
    }

    /// Sends a POST to a ready replica, and again to another if the connection is refused.
    /// Any other failure is the test's.
    async fn post(&self, client: &Client, path: &str, body: Value) -> (StatusCode, Value) {
        let mut refused_by = None;
        for _ in 0..10 {
            let base = self.pick(refused_by.as_deref());
            let sent = Instant::now();
            match client
                .post(format!("{base}{path}"))
                .json(&body)
                .send()
                .await
            {
                Ok(response) => {
                    self.answered
                        .lock()
                        .unwrap()
                        .push((base, sent, Instant::now()));
                    let status = response.status();
                    return (status, response.json().await.unwrap_or(Value::Null));
                }
                Err(error) if error.is_connect() => {
                    self.refused.fetch_add(1, Ordering::Relaxed);
                    refused_by = Some(base);
                }
                Err(error) => {
                    panic!("{path} on {base} failed, not by a refused connection: {error:?}")
                }
            }
        }
        panic!("{path}: refused ten times");
    }

    /// Probes every replica's /readyz every 20 ms, as a load balancer does; keeps in rotation
    /// those that answer 200.
    async fn probe(self: Arc<Self>, replicas: Arc<Mutex<Vec<String>>>, stop: Arc<AtomicBool>) {
        let client = Client::builder()
            .pool_max_idle_per_host(0)
            .timeout(Duration::from_secs(3))
            .build()
            .unwrap();
        while !stop.load(Ordering::Relaxed) {
            let known = replicas.lock().unwrap().clone();
            let mut ready = Vec::new();
            for base in known {
                let answer = client.get(format!("{base}/readyz")).send().await;
                if answer.is_ok_and(|a| a.status() == StatusCode::OK) {
                    ready.push(base);
                }
            }
            if !ready.is_empty() {
                *self.ready.lock().unwrap() = ready;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// A client of its own for one admin: a new connection for each request, as a browser's many
/// tabs and a load balancer's many clients give; signed in (the session is good on every
/// replica: it is in the database).
async fn signed_in(base: &str, email: &str) -> Client {
    let client = Client::builder()
        .cookie_store(true)
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let response = client
        .post(format!("{base}/api/session"))
        .json(&json!({ "email": email }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "sign-in of {email}");
    client
}

/// Invited and accepted, ready to preview and confirm: the initiator's client and the request.
async fn accepted(base: &str, i: usize) -> (Client, i64) {
    let initiator = signed_in(base, &format!("admin@c{i}s1.example")).await;
    let invitee = signed_in(base, &format!("admin@c{i}s2.example")).await;
    let invitee_id = small_account(i, 2).global_mpn_id.to_string();
    let invited = initiator
        .post(format!("{base}/api/merges"))
        .json(&json!({ "invitee_mpn_id": invitee_id }))
        .send()
        .await
        .unwrap();
    assert_eq!(invited.status(), StatusCode::CREATED);
    let id = invited.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let accept = invitee
        .post(format!("{base}/api/merges/{id}/accept"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(accept.status(), StatusCode::OK);
    (initiator, id)
}

/// One raw connection, accepted by the server and idle: a request sent on it later is one the
/// server had accepted the connection for.
fn raw_get(addr: &str, path: &str) -> impl FnOnce() -> String {
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n");
    move || {
        stream.write_all(request.as_bytes()).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut text = String::new();
        stream.read_to_string(&mut text).unwrap();
        text
    }
}

/// A replica on `database`, with the default grace said out loud.
fn replica(database: &TestDatabase, dir: &Path) -> Server {
    Server::with_args(
        database.clone(),
        dir.to_path_buf(),
        &["--shutdown-grace", "20s"],
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_rolling_restart_under_load_fails_no_request_and_applies_every_merge_once() {
    let began = Instant::now();
    let dir = Server::scratch("rolling-restart");
    let database = TestDatabase::fresh("rolling-restart", &dir);
    let pairs = WORKERS * MERGES_EACH;
    let accounts = (0..pairs)
        .flat_map(|i| [1, 2].map(|side| (format!("pair {i}"), small_account(i, side))))
        .collect();
    merge_api::import_demo_snapshots(&database.arg().parse().unwrap(), accounts)
        .await
        .unwrap();
    let mut one = replica(&database, &dir);
    let two = replica(&database, &dir);

    // Each worker's merges, invited and accepted before the load starts.
    let mut ready = Vec::new();
    for worker in 0..WORKERS {
        let base = [&one.base, &two.base][worker % 2].clone();
        ready.push(tokio::spawn(async move {
            let mut merges = Vec::new();
            for k in 0..MERGES_EACH {
                merges.push(accepted(&base, worker * MERGES_EACH + k).await);
            }
            merges
        }));
    }
    let mut work = Vec::new();
    for merges in ready {
        work.push(merges.await.unwrap());
    }

    println!("set up in {:?}", began.elapsed());
    let balancer = Arc::new(Balancer::default());
    *balancer.ready.lock().unwrap() = vec![one.base.clone(), two.base.clone()];
    let replicas = Arc::new(Mutex::new(vec![one.base.clone(), two.base.clone()]));
    let stop = Arc::new(AtomicBool::new(false));
    let probing = tokio::spawn(balancer.clone().probe(replicas.clone(), stop.clone()));
    let workers: Vec<_> = work
        .into_iter()
        .map(|merges| {
            let (balancer, stop) = (balancer.clone(), stop.clone());
            tokio::spawn(async move {
                let mut confirmed = Vec::new();
                for (client, id) in merges {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let preview = format!("/api/merges/{id}/preview");
                    let (status, body) = balancer.post(&client, &preview, json!({})).await;
                    assert_eq!(status, StatusCode::OK, "preview {id}: {body}");
                    // Previewed again (as a reader does, coming back to it), then confirmed.
                    let (status, again) = balancer.post(&client, &preview, json!({})).await;
                    assert_eq!(status, StatusCode::OK, "preview {id}: {again}");
                    assert_eq!(again["plan"]["fingerprint"], body["plan"]["fingerprint"]);
                    let confirm =
                        common::confirmation(body["plan"]["fingerprint"].as_str().unwrap());
                    let path = format!("/api/merges/{id}/confirm");
                    let (status, body) = balancer.post(&client, &path, confirm).await;
                    assert_eq!(status, StatusCode::OK, "confirm {id}: {body}");
                    confirmed.push(id);
                    tokio::time::sleep(PAUSE).await;
                }
                confirmed
            })
        })
        .collect();

    tokio::time::sleep(Duration::from_millis(700)).await;
    // A connection to the first replica, accepted before its SIGTERM, to ask it afterwards.
    let ask_readiness = raw_get(one.addr(), "/readyz");
    let signalled = Instant::now();
    one.terminate();
    // Once it refuses new connections, the shutdown has begun: from then on it is not ready.
    let addr = one.addr().to_string();
    let readiness = tokio::task::spawn_blocking(move || {
        while std::net::TcpStream::connect(&addr).is_ok() {
            assert!(
                signalled.elapsed() < Duration::from_secs(2),
                "still accepting"
            );
        }
        ask_readiness()
    })
    .await
    .unwrap();
    assert!(readiness.starts_with("HTTP/1.1 503"), "{readiness}");
    let exit = tokio::task::spawn_blocking(move || {
        let exit = one.exited_within(Duration::from_secs(20));
        (one, exit)
    });
    let (one, exit) = exit.await.unwrap();
    let exit = exit.expect("the stopped replica exits within its grace");
    let stopped_in = signalled.elapsed();
    assert!(exit.success(), "{exit}");

    // A new replica joins, and takes requests once it reports ready.
    let (database_again, dir_again) = (database.clone(), dir.clone());
    let three = tokio::task::spawn_blocking(move || replica(&database_again, &dir_again))
        .await
        .unwrap();
    replicas.lock().unwrap().retain(|base| *base != one.base);
    replicas.lock().unwrap().push(three.base.clone());
    let joined = Instant::now();
    while !balancer.ready.lock().unwrap().contains(&three.base) {
        assert!(
            joined.elapsed() < Duration::from_secs(10),
            "the new replica joins"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    println!("joined {:?} after the SIGTERM", signalled.elapsed());
    tokio::time::sleep(Duration::from_millis(700)).await;
    stop.store(true, Ordering::Relaxed);
    let mut confirmed = Vec::new();
    for worker in workers {
        confirmed.extend(worker.await.expect("no request of the load failed"));
    }
    probing.await.unwrap();

    // Every confirmed merge applied exactly once, and no other.
    let done = common::count(
        &database,
        "SELECT count(*) FROM merge_requests WHERE state = 'completed'",
    );
    assert_eq!(done, confirmed.len() as i64);
    let completed = common::count(
        &database,
        "SELECT count(*) FROM history WHERE event = 'completed'",
    );
    assert_eq!(
        completed,
        2 * confirmed.len() as i64,
        "one entry per company"
    );
    let absorbed = common::count(
        &database,
        "SELECT count(*) FROM accounts WHERE merged_into IS NOT NULL",
    );
    assert_eq!(absorbed, confirmed.len() as i64);
    let mut applied = database
        .texts("SELECT CAST(id AS TEXT) FROM merge_requests WHERE state = 'completed' ORDER BY id");
    let mut expected: Vec<String> = confirmed.iter().map(i64::to_string).collect();
    applied.sort();
    expected.sort();
    assert_eq!(
        applied, expected,
        "the merges applied are the ones confirmed"
    );
    let twice_or_more = common::count(
        &database,
        "SELECT count(*) FROM (SELECT request_id FROM history WHERE event = 'completed'
         GROUP BY request_id HAVING count(*) <> 2) AS odd",
    );
    assert_eq!(
        twice_or_more, 0,
        "each merge completed once, for each company"
    );

    let answered = balancer.answered.lock().unwrap();
    let by = |base: &str| answered.iter().filter(|(b, _, _)| b == base).count();
    let in_flight = answered
        .iter()
        .filter(|(b, sent, at)| *b == one.base && *sent < signalled && *at > signalled)
        .count();
    println!(
        "{} requests answered ({} by the stopped replica, {in_flight} of them in flight \
         at its SIGTERM; {} by the one that stayed; {} by the new one), {} refused connections \
         retried; {} merges confirmed; the stopped replica exited 0 {stopped_in:?} after \
         SIGTERM",
        answered.len(),
        by(&one.base),
        by(&two.base),
        by(&three.base),
        balancer.refused.load(Ordering::Relaxed),
        confirmed.len(),
    );
    assert!(by(&one.base) > 0 && by(&two.base) > 0);
    assert!(by(&three.base) > 0, "the new replica took requests");
}
