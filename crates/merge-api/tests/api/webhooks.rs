//! Issue #31: the operators' webhooks. A receiver in the test verifies each delivery's
//! signature the way docs/webhooks.md shows (HMAC-SHA256 over `{t}.{body}`, a timestamp no
//! older than five minutes); a tampered body or an old timestamp fails; a receiver answering 500
//! gets the same delivery again later. The body is the `WebhookEvent` of merge-api-types, and the
//! OpenAPI document describes it as a webhook.

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use common::{ok, Server, TestDatabase};
use hmac::{Hmac, Mac};
use merge_api_types::WebhookEvent;
use sha2::Sha256;

const SECRET: &str = "whsec_test_4f1c9a7e2b5d8c30";

/// Verifies a delivery as docs/webhooks.md does: the signature header's `t` within `tolerance`
/// seconds of `now`, and its `v1` the HMAC-SHA256 of `"{t}.{body}"` with the secret.
fn verify(secret: &str, header: &str, body: &[u8], now: i64, tolerance: i64) -> Result<(), String> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", t)) => timestamp = t.parse::<i64>().ok(),
            Some(("v1", v)) => signatures.push(v.to_string()),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or("no timestamp")?;
    if (now - timestamp).abs() > tolerance {
        return Err(format!("timestamp {timestamp} is too far from {now}"));
    }
    for signature in signatures {
        let Ok(expected) = hex(&signature) else {
            continue;
        };
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(format!("{timestamp}.").as_bytes());
        mac.update(body);
        // Constant time.
        if mac.verify_slice(&expected).is_ok() {
            return Ok(());
        }
    }
    Err("no signature matches".into())
}

fn hex(text: &str) -> Result<Vec<u8>, ()> {
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
                .ok_or(())
        })
        .collect()
}

#[derive(Clone, Debug)]
struct Received {
    delivery: String,
    signature: String,
    body: Vec<u8>,
    verified: bool,
}

#[derive(Default)]
struct Receiver {
    received: Mutex<Vec<Received>>,
    /// Answers 500 to this many deliveries first.
    failures: Mutex<usize>,
}

async fn receiver(state: Arc<Receiver>) -> String {
    let app = Router::new().route(
        "/hook",
        post(move |headers: HeaderMap, body: axum::body::Bytes| {
            let state = state.clone();
            async move {
                let header = |name: &str| {
                    headers
                        .get(name)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_string()
                };
                let signature = header("partner-merge-signature");
                let now = chrono::Utc::now().timestamp();
                let verified = verify(SECRET, &signature, &body, now, 300).is_ok();
                state.received.lock().unwrap().push(Received {
                    delivery: header("partner-merge-delivery"),
                    signature,
                    body: body.to_vec(),
                    verified,
                });
                let mut failures = state.failures.lock().unwrap();
                if *failures > 0 {
                    *failures -= 1;
                    return StatusCode::INTERNAL_SERVER_ERROR;
                }
                match verified {
                    true => StatusCode::OK,
                    false => StatusCode::BAD_REQUEST,
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/hook")
}

#[tokio::test]
async fn a_receiver_verifies_each_delivery_refuses_tampering_and_gets_a_500_again() {
    let state = Arc::new(Receiver::default());
    *state.failures.lock().unwrap() = 1;
    let url = receiver(state.clone()).await;
    let dir = Server::scratch("webhooks");
    let config = dir.join("hooks.toml");
    std::fs::write(
        &config,
        format!(
            "[[webhooks]]\nurl = \"{url}\"\nsecret_env = \"PM_TEST_WEBHOOK_SECRET\"\n\
             events = [\"invited\", \"completed\"]\n\n\
             [notifications]\nretry_base = \"200ms\"\nretry_max = \"400ms\"\npoll = \"100ms\"\n"
        ),
    )
    .unwrap();
    let database = TestDatabase::fresh("webhooks", &dir);
    // The server reads the secret from the environment variable its config names.
    let server = Server::with_args_and_env(
        database,
        dir,
        &["--config", config.to_str().unwrap()],
        &[("PM_TEST_WEBHOOK_SECRET", SECRET)],
    );
    let (alice, id, fingerprint) = common::accepted_e1(&server).await;
    ok(alice.confirm(id, &fingerprint).await).await;

    // The invitation's first delivery got 500 and came again; then the completion.
    let start = Instant::now();
    while state.received.lock().unwrap().len() < 3 && start.elapsed() < Duration::from_secs(15) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Time for a fourth, if there were one.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let received = state.received.lock().unwrap().clone();
    assert_eq!(received.len(), 3, "{received:#?}");
    assert!(received.iter().all(|r| r.verified), "{received:#?}");
    let event = |r: &Received| serde_json::from_slice::<WebhookEvent>(&r.body).unwrap();
    // The first delivery (the invitation's) got 500, and came again: the same delivery.
    let first = &received[0];
    assert_eq!(event(first).event, "invited");
    let again: Vec<&Received> = received[1..]
        .iter()
        .filter(|r| r.delivery == first.delivery)
        .collect();
    assert_eq!(
        again.len(),
        1,
        "a retry is the same delivery: {received:#?}"
    );
    assert_eq!(again[0].body, first.body);
    let invited = event(first);
    assert_eq!(invited.request_id, id);
    assert_eq!(invited.invitee.company, "Fabricam");
    assert_eq!(invited.actor, "alice@contoso.com");
    // Only the events asked for: no "accepted".
    let completed: Vec<&Received> = received
        .iter()
        .filter(|r| event(r).event == "completed")
        .collect();
    assert_eq!(completed.len(), 1, "{received:#?}");
    let good = completed[0];
    assert_eq!(
        event(good).fingerprint.as_deref(),
        Some(fingerprint.as_str())
    );
    assert_ne!(good.delivery, first.delivery);
    // Nothing the receiver cannot see in the event: no bank or tax data.
    let body = String::from_utf8_lossy(&good.body);
    assert!(!body.contains("1881") && !body.contains("bank"), "{body}");

    // A tampered body, another secret or an old timestamp fails verification.
    let now = chrono::Utc::now().timestamp();
    assert!(verify(SECRET, &good.signature, &good.body, now, 300).is_ok());
    let mut tampered = good.body.clone();
    tampered.extend_from_slice(b" ");
    assert!(verify(SECRET, &good.signature, &tampered, now, 300).is_err());
    assert!(verify("another", &good.signature, &good.body, now, 300).is_err());
    assert!(verify(SECRET, &good.signature, &good.body, now + 301, 300).is_err());
}

#[test]
fn the_openapi_document_describes_the_webhook_and_its_body() {
    let document = serde_json::to_value(merge_api::openapi()).unwrap();
    let webhook = &document["webhooks"]["mergeEvent"]["post"];
    assert_eq!(
        webhook["requestBody"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/WebhookEvent"
    );
    let schema = &document["components"]["schemas"]["WebhookEvent"];
    for field in [
        "id",
        "event",
        "created_at",
        "request_id",
        "initiator",
        "invitee",
        "actor",
    ] {
        assert!(schema["properties"][field].is_object(), "{field}: {schema}");
    }
}
