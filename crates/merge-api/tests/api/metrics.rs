//! `--metrics-listen`: Prometheus text on a listener of its own, scraped after the E1 flow; the
//! main listener does not serve it, and without the option nothing listens.

use crate::common;

use common::{accepted_e1, ok, Server, TestDatabase};
use reqwest::StatusCode;

/// The value of the sample `name{labels}` (labels as the exporter writes them, sorted).
fn sample(scrape: &str, series: &str) -> Option<f64> {
    scrape.lines().find_map(|line| {
        let (name, value) = line.rsplit_once(' ')?;
        (name == series).then(|| value.parse().unwrap())
    })
}

async fn scrape(server: &Server) -> String {
    let url = server.metrics.as_deref().expect("the metrics' address");
    let response = reqwest::get(url).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    response.text().await.unwrap()
}

#[tokio::test]
async fn after_e1_the_scrape_counts_the_confirm_with_its_latency_and_the_main_listener_has_none() {
    let dir = Server::scratch("metrics-e1");
    let database = TestDatabase::fresh("metrics-e1", &dir);
    let server = Server::with_args(database, dir, &["--metrics-listen", "127.0.0.1:0"]);
    let (alice, id, fingerprint) = accepted_e1(&server).await;
    // A stale fingerprint first: refused, and counted by its code.
    let stale = "0".repeat(64);
    assert_eq!(
        alice.confirm(id, &stale).await.status(),
        StatusCode::CONFLICT
    );
    ok(alice.confirm(id, &fingerprint).await).await;

    let text = scrape(&server).await;
    let confirm = r#"method="POST",route="/api/merges/{id}/confirm""#;
    assert_eq!(
        sample(
            &text,
            &format!(r#"http_requests_total{{{confirm},status="200"}}"#)
        ),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        sample(
            &text,
            &format!(r#"http_requests_total{{{confirm},status="409"}}"#)
        ),
        Some(1.0)
    );
    // The latency histogram: its buckets, sum and count.
    let histogram = format!(r#"http_request_duration_seconds_count{{{confirm},status="200"}}"#);
    assert_eq!(sample(&text, &histogram), Some(1.0), "{text}");
    let inf =
        format!(r#"http_request_duration_seconds_bucket{{{confirm},status="200",le="+Inf"}}"#);
    assert_eq!(sample(&text, &inf), Some(1.0));
    let sum = format!(r#"http_request_duration_seconds_sum{{{confirm},status="200"}}"#);
    let seconds = sample(&text, &sum).unwrap();
    assert!(seconds > 0.0 && seconds < 30.0, "{seconds}");
    let le_30 =
        format!(r#"http_request_duration_seconds_bucket{{{confirm},status="200",le="30"}}"#);
    assert_eq!(sample(&text, &le_30), Some(1.0));
    // The workflow's own counters.
    assert_eq!(
        sample(&text, r#"partner_merge_confirms_total{outcome="applied"}"#),
        Some(1.0)
    );
    assert_eq!(
        sample(
            &text,
            r#"partner_merge_confirms_total{outcome="stale_preview"}"#
        ),
        Some(1.0)
    );
    assert_eq!(
        sample(
            &text,
            r#"partner_merge_sign_ins_total{method="demo",outcome="signed_in"}"#
        ),
        Some(2.0),
        "alice and fiona"
    );
    // The pool, and the SQLite writer's queue (empty now) where there is one.
    assert!(sample(&text, r#"partner_merge_db_connections{state="in_use"}"#).is_some());
    assert!(sample(&text, r#"partner_merge_db_connections{state="idle"}"#).is_some());
    if server.database.is_postgres() {
        assert_eq!(sample(&text, "partner_merge_sqlite_writer_queue"), None);
    } else {
        assert_eq!(
            sample(&text, "partner_merge_sqlite_writer_queue"),
            Some(0.0)
        );
    }
    assert_eq!(
        sample(&text, "partner_merge_db_connection_waiters"),
        Some(0.0)
    );
    // No path names a merge request: the route is the template.
    assert!(!text.contains(&format!("/api/merges/{id}/")), "{text}");

    // The main listener does not serve them.
    let main = server.anonymous().get("/metrics").await;
    assert_eq!(main.status(), StatusCode::NOT_FOUND);
    assert!(!main.text().await.unwrap().contains("http_requests_total"));
}

#[tokio::test]
async fn without_metrics_listen_no_listener_is_opened() {
    let server = Server::start("metrics-off");
    assert_eq!(server.metrics, None);
    let main = server.anonymous().get("/metrics").await;
    assert_eq!(main.status(), StatusCode::NOT_FOUND);
}
