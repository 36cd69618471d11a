//! Issue #31: the outbox's emails reach a real SMTP server (npm `smtp-server`, started by each
//! test) after their step commits, however the server or the mail server fails: none is lost
//! while the mail server is down, a refused address goes dead after the bounded tries (and the
//! operator lists it and sends it again), a server killed between a commit and its send
//! delivers the email once after a restart, and two processes on one database deliver each
//! message exactly once. Each message's outbox id is its Message-ID, counted at the SMTP server.

use crate::common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use common::mail::{to, SmtpSink};
use common::{ok, Server, TestDatabase};
use serde_json::Value;

const BINARY: &str = env!("CARGO_BIN_EXE_partner-merge-api");

/// Fast retries for tests.
const QUICK: &str = "max_attempts = 20\nretry_base = \"100ms\"\nretry_max = \"400ms\"\n\
                     claim_lease = \"2s\"\npoll = \"100ms\"";

fn write_config(dir: &std::path::Path, text: &str) -> PathBuf {
    let path = dir.join("mail.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// A demo server (its companies and sign-in) that sends through `sink`.
fn server_with_mail(name: &str, sink: &SmtpSink, notifications: &str) -> Server {
    server_with_mail_and(name, sink, notifications, &[])
}

fn server_with_mail_and(name: &str, sink: &SmtpSink, notifications: &str, args: &[&str]) -> Server {
    let dir = Server::scratch(name);
    let config = write_config(&dir, &sink.config(notifications));
    let database = TestDatabase::fresh(name, &dir);
    let config = ["--config", config.to_str().unwrap()];
    Server::with_args(database, dir, &[&config[..], args].concat())
}

/// The outbox's gauge of messages in `state`, as the metrics listener reports it.
async fn outbox_gauge(server: &Server, state: &str) -> String {
    let scrape = reqwest::get(server.metrics.as_deref().expect("--metrics-listen"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let series = format!("partner_merge_outbox_messages{{state=\"{state}\"}} ");
    scrape
        .lines()
        .find_map(|line| line.strip_prefix(&series))
        .unwrap_or_else(|| panic!("no {series} in {scrape}"))
        .to_string()
}

/// The same database and config, a new process (a restart, or a second replica).
fn again(server: &Server) -> Server {
    let config = server.dir.join("mail.toml");
    Server::with_args(
        server.database.clone(),
        server.dir.clone(),
        &["--config", config.to_str().unwrap()],
    )
}

/// The outbox's email ids, as the database has them.
fn outbox_ids(database: &TestDatabase, state: &str) -> Vec<String> {
    database.texts(&format!(
        "SELECT id FROM outbox WHERE state = '{state}' AND channel = 'email' ORDER BY id"
    ))
}

/// How many times each Message-ID reached the SMTP server, by outbox id.
fn received(messages: &[Value]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for m in messages {
        let id = m["message_id"].as_str().unwrap_or_default();
        let id = id
            .trim_matches(['<', '>'])
            .split('@')
            .next()
            .unwrap()
            .to_string();
        *counts.entry(id).or_default() += 1;
    }
    counts
}

/// Every message of the outbox reached the server exactly once, and nothing else did. The
/// server records a send once the SMTP server has answered, so what arrived may be on its way
/// to `sent` for a moment on a busy machine: waited for, 10 s at most.
async fn assert_each_once(database: &TestDatabase, messages: &[Value]) {
    let counts = received(messages);
    let start = std::time::Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        let sent = outbox_ids(database, "sent");
        if counts.keys().all(|id| sent.contains(id)) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut all = outbox_ids(database, "sent");
    all.extend(outbox_ids(database, "pending"));
    all.sort();
    assert!(
        outbox_ids(database, "pending").is_empty(),
        "unsent: {all:?}"
    );
    assert_eq!(counts.keys().cloned().collect::<Vec<_>>(), all);
    let repeated: Vec<_> = counts.iter().filter(|(_, n)| **n != 1).collect();
    assert!(repeated.is_empty(), "sent more than once: {repeated:?}");
}

/// Runs an operator command on the server's database: its exit code and output.
fn operator(database: &TestDatabase, args: &[&str]) -> (bool, String) {
    let output = Command::new(BINARY)
        .args(args)
        .args(["--database", database.arg()])
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[tokio::test]
async fn the_invitation_reaches_the_smtp_server_with_its_message_id_and_language() {
    let sink = SmtpSink::start();
    let server = server_with_mail("mail-first", &sink, QUICK);
    let alice = server.sign_in("alice@contoso.com").await;
    let fiona = server.sign_in("fiona@fabricam.com").await;
    ok(fiona
        .put("/api/me/language", serde_json::json!({ "lang": "nl" }))
        .await)
    .await;
    ok(alice.invite("3333333").await).await;
    // Until fiona's has come (generous for a busy machine); then exactly one is hers.
    let messages = sink
        .wait_until(Duration::from_secs(30), |m| {
            !to(m, "fiona@fabricam.com").is_empty()
        })
        .await;
    let fionas = to(&messages, "fiona@fabricam.com");
    assert_eq!(fionas.len(), 1, "{messages:#?}");
    let mail = fionas[0];
    assert_eq!(mail["from"], "\"Partner Merge\" <merge@example.com>");
    assert_eq!(mail["language"], "nl-NL");
    assert_eq!(
        mail["subject"],
        "Contoso nodigt Fabricam uit om accounts samen te voegen"
    );
    assert!(
        mail["html"].as_str().unwrap().contains("/merges/1\""),
        "{mail}"
    );
    assert_each_once(&server.database, &messages).await;
}

#[tokio::test]
async fn smtp_down_for_a_while_then_back_loses_no_message() {
    let sink = SmtpSink::start();
    let server = server_with_mail("mail-down", &sink, QUICK);
    let alice = server.sign_in("alice@contoso.com").await;
    sink.down().await;
    for _ in 0..3 {
        alice.invite_and_cancel("3333333").await;
    }
    // Tried while down, and kept.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let tried = server
        .database
        .number("SELECT count(*) FROM outbox WHERE attempts >= 2 AND state = 'pending' AND channel = 'email'");
    assert_eq!(tried, 6, "every message was tried more than once and kept");
    assert!(sink.messages().await.is_empty());
    sink.up().await;
    let messages = sink
        .wait_until(Duration::from_secs(10), |m| m.len() >= 6)
        .await;
    assert_eq!(messages.len(), 6);
    assert_each_once(&server.database, &messages).await;
}

#[tokio::test]
async fn a_refused_address_goes_dead_after_the_bounded_tries_and_the_operator_sends_it_again() {
    let sink = SmtpSink::start();
    let three = "max_attempts = 3\nretry_base = \"100ms\"\nretry_max = \"200ms\"\n\
                 claim_lease = \"2s\"\npoll = \"100ms\"";
    let metrics = ["--metrics-listen", "127.0.0.1:0"];
    let server = server_with_mail_and("mail-refused", &sink, three, &metrics);
    let alice = server.sign_in("alice@contoso.com").await;
    sink.refuse("fiona@fabricam.com").await;
    ok(alice.invite("3333333").await).await;
    let start = std::time::Instant::now();
    while outbox_ids(&server.database, "dead").is_empty() && start.elapsed().as_secs() < 10 {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let dead = outbox_ids(&server.database, "dead");
    assert_eq!(dead.len(), 1);
    // Operators' alerts see it too.
    assert_eq!(outbox_gauge(&server, "dead").await, "1");
    assert_eq!(outbox_gauge(&server, "pending").await, "0");
    assert_eq!(
        server
            .database
            .number("SELECT attempts FROM outbox WHERE state = 'dead' AND channel = 'email'"),
        3
    );
    // The operator sees it, with the server's answer.
    let (success, listed) = operator(&server.database, &["notifications", "list", "--failed"]);
    assert!(success, "{listed}");
    assert!(listed.contains(&dead[0]), "{listed}");
    assert!(
        listed.contains("fiona@fabricam.com") && listed.contains("550"),
        "{listed}"
    );
    // Nothing else is dead.
    assert_eq!(listed.lines().count(), 1, "{listed}");
    let (_, everything) = operator(&server.database, &["notifications", "list"]);
    assert!(everything.contains(&dead[0]), "{everything}");
    let (success, refused) = operator(&server.database, &["notifications", "retry", "nope"]);
    assert!(
        !success && refused.contains("no dead message has the id nope"),
        "{refused}"
    );

    // The address is fixed; the operator sends it again and it arrives, once.
    sink.allow("fiona@fabricam.com").await;
    let (success, retried) = operator(&server.database, &["notifications", "retry", &dead[0]]);
    assert!(success && retried.contains("1 messages"), "{retried}");
    let messages = sink
        .wait_until(Duration::from_secs(10), |m| !m.is_empty())
        .await;
    assert_eq!(to(&messages, "fiona@fabricam.com").len(), 1);
    assert_each_once(&server.database, &messages).await;
    assert_eq!(outbox_gauge(&server, "dead").await, "0");
}

#[tokio::test]
async fn a_server_killed_between_a_commit_and_its_send_delivers_it_once_after_restart() {
    let sink = SmtpSink::start();
    let mut server = server_with_mail("mail-crash", &sink, QUICK);
    let mut killed = Vec::new();
    for round in 0..5 {
        // The steps commit, their emails cannot go out yet: the process dies holding them.
        sink.down().await;
        let alice = server.sign_in("alice@contoso.com").await;
        alice.invite_and_cancel("3333333").await;
        server.kill();
        sink.up().await;
        let expected = 2 * (round + 1);
        assert_eq!(
            server
                .database
                .number("SELECT count(*) FROM outbox WHERE channel = 'email'"),
            expected as i64,
            "round {round}: the steps' messages are in the outbox"
        );
        let restarted = again(&server);
        sink.wait_until(Duration::from_secs(10), |m| m.len() >= expected)
            .await;
        // Time for a repeat to arrive, if there were one.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let messages = sink.messages().await;
        assert_eq!(messages.len(), expected, "round {round}");
        assert_each_once(&restarted.database, &messages).await;
        // The killed process's folder holds the database: dropped only at the end.
        killed.push(std::mem::replace(&mut server, restarted));
    }
    drop(killed);
}

#[tokio::test]
async fn fifty_steps_split_between_two_processes_deliver_each_message_once() {
    let sink = SmtpSink::start();
    let one = server_with_mail("mail-replicas", &sink, QUICK);
    let two = again(&one);
    let people = [
        ("alice@contoso.com", "1111111"),
        ("fiona@fabricam.com", "3333333"),
        ("tom@tailspin.com", "9999999"),
    ];
    let mut steps = 0;
    for round in 0..25 {
        let (inviter, _) = people[round % 3];
        let (_, invitee) = people[(round + 1) % 3];
        let (first, second) = match round % 2 {
            0 => (&one, &two),
            _ => (&two, &one),
        };
        let api = first.sign_in(inviter).await;
        let id = ok(api.invite(invitee).await).await["id"].as_i64().unwrap();
        let api = second.sign_in(inviter).await;
        ok(api.cancel(id).await).await;
        steps += 2;
    }
    assert_eq!(steps, 50);
    sink.wait_until(Duration::from_secs(20), |m| m.len() >= 50)
        .await;
    // Time for a repeat to arrive, if there were one.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let messages = sink.messages().await;
    assert_eq!(messages.len(), 50, "{} received", messages.len());
    assert_each_once(&one.database, &messages).await;
    drop(two);
}
