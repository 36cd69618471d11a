//! Metrics in Prometheus text format, with the `metrics` facade and
//! `metrics-exporter-prometheus`, served at `/metrics` on a listener of their own
//! (`--metrics-listen`, off by default): never on the main listener, which the internet may
//! reach. Without it no recorder is installed and recording costs nothing.
//!
//! - `http_requests_total`, `http_request_duration_seconds` (a histogram): per method, route
//!   (the route's template, `/api/merges/{id}/confirm`; `other` for the app's files and
//!   unknown paths) and status.
//! - `partner_merge_confirms_total{outcome}`: merges confirmed, `applied` or the refusal's code.
//! - `partner_merge_sign_ins_total{method, outcome}`: sign-ins ended (`oidc`: at the provider's
//!   answer, or refused before the provider was asked; `demo`), `signed_in` or the refusal's
//!   code.
//! - `partner_merge_db_connections{state}`: the pool's connections `in_use` and `idle`;
//!   `partner_merge_db_connection_waiters`: steps waiting for one.
//! - `partner_merge_sqlite_writer_queue`: SQLite only, writing steps waiting for their turn.
//! - `partner_merge_outbox_messages{state}`: the outbox's messages `pending` (not yet sent, or
//!   waiting for a retry) and `dead` (given up on: `notifications list --failed`);
//!   `partner_merge_outbox_oldest_pending_seconds`: how long the oldest pending one has waited
//!   (0 with none), so an alert sees delivery that has stopped. Read from the database at each
//!   scrape; left as they were when it cannot be read.

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use ::metrics::{counter, gauge, histogram};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tokio::net::TcpListener;

use crate::db::Db;
use crate::error::Refusal;
use crate::shutdown::Shutdown;

/// The recorder's handle, once `--metrics-listen` installed it.
static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Latency buckets, in seconds: from a cached read (a few ms) to the request timeout (30 s).
const BUCKETS: [f64; 13] = [
    0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Installs the recorder; from now on what is recorded is kept. Once per process.
pub fn install() -> Result<(), String> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &BUCKETS)
        .and_then(|builder| builder.install_recorder())
        .map_err(|e| format!("metrics: {e}"))?;
    HANDLE
        .set(handle)
        .map_err(|_| "metrics: installed twice".to_string())
}

/// Serves `/metrics` on `listener` until the shutdown has begun.
pub async fn serve(listener: TcpListener, db: Db, shutdown: Shutdown) {
    let Some(handle) = HANDLE.get() else {
        return;
    };
    // Histograms are kept in blocks that upkeep folds together; the exporter's own server does
    // this every few seconds.
    let upkeep = tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(5)).await;
            handle.run_upkeep();
        }
    });
    let router = Router::new().route("/metrics", get(scrape)).with_state(db);
    let stopped = async move { shutdown.begun().await };
    if let Err(error) = axum::serve(listener, router)
        .with_graceful_shutdown(stopped)
        .await
    {
        tracing::warn!(%error, "the metrics listener failed");
    }
    upkeep.abort();
}

async fn scrape(State(db): State<Db>) -> Response {
    let Some(handle) = HANDLE.get() else {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    };
    let (in_use, idle) = db.pool_state();
    gauge!("partner_merge_db_connections", "state" => "in_use").set(in_use as f64);
    gauge!("partner_merge_db_connections", "state" => "idle").set(idle as f64);
    match crate::outbox::backlog(&db).await {
        Ok(backlog) => {
            gauge!("partner_merge_outbox_messages", "state" => "pending")
                .set(backlog.pending as f64);
            gauge!("partner_merge_outbox_messages", "state" => "dead").set(backlog.dead as f64);
            gauge!("partner_merge_outbox_oldest_pending_seconds")
                .set(backlog.oldest_pending.as_secs_f64());
        }
        Err(error) => tracing::warn!(%error, "the outbox's backlog for the metrics"),
    }
    handle.run_upkeep();
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        handle.render(),
    )
        .into_response()
}

/// The address the metrics listener took (the port, when 0 was asked for).
pub async fn bind(addr: SocketAddr) -> Result<TcpListener, String> {
    TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen for metrics on {addr}: {e}"))
}

/// Counts each request and its latency by route and status; confirms and sign-ins by outcome.
/// Inside the layer that rewords refusals, so that it sees their code.
pub async fn record(request: Request, next: Next) -> Response {
    if HANDLE.get().is_none() {
        return next.run(request).await;
    }
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|route| route.as_str().to_string());
    let method = method_name(request.method());
    let started = Instant::now();
    let response = next.run(request).await;
    let elapsed = started.elapsed();
    let status = response.status();
    let refusal = response
        .extensions()
        .get::<Refusal>()
        .and_then(|refusal| serde_json::to_value(refusal.code).ok())
        .and_then(|code| code.as_str().map(str::to_string));
    let outcome = |done: &'static str| refusal.clone().unwrap_or_else(|| done.to_string());
    match (method, route.as_deref()) {
        ("POST", Some("/api/merges/{id}/confirm")) => {
            counter!("partner_merge_confirms_total", "outcome" => outcome("applied")).increment(1)
        }
        ("GET", Some("/api/sign-in/callback")) => counter!(
            "partner_merge_sign_ins_total", "method" => "oidc", "outcome" => outcome("signed_in")
        )
        .increment(1),
        // A sign-in refused before the provider was asked (it is unreachable, the tenant has
        // none, too many from one address) ends here; one that goes on is counted at the
        // callback.
        ("POST", Some("/api/sign-in" | "/api/sign-in/again")) => {
            if let Some(code) = refusal.clone() {
                counter!("partner_merge_sign_ins_total", "method" => "oidc", "outcome" => code)
                    .increment(1)
            }
        }
        ("POST", Some("/api/session")) => counter!(
            "partner_merge_sign_ins_total", "method" => "demo", "outcome" => outcome("signed_in")
        )
        .increment(1),
        _ => {}
    }
    let labels = [
        ("method", method.to_string()),
        ("route", route.unwrap_or_else(|| "other".to_string())),
        ("status", status.as_str().to_string()),
    ];
    counter!("http_requests_total", &labels).increment(1);
    histogram!("http_request_duration_seconds", &labels).record(elapsed);
    response
}

/// The request's method as one of a closed set: any token is a valid method to HTTP, and a
/// label taken from it as sent would let anyone add series without end (and memory with them).
pub fn method_name(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        _ => "other",
    }
}

/// A step waiting for something (a connection, the SQLite writer's turn), counted in a gauge
/// while it waits.
pub struct Waiting(&'static str);

impl Waiting {
    pub fn for_connection() -> Self {
        Self::on("partner_merge_db_connection_waiters")
    }

    pub fn for_sqlite_writer() -> Self {
        Self::on("partner_merge_sqlite_writer_queue")
    }

    fn on(gauge: &'static str) -> Self {
        gauge!(gauge).increment(1.0);
        Self(gauge)
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        gauge!(self.0).decrement(1.0);
    }
}
