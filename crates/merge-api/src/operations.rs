//! What an operator runs the server with besides the API: the log's format, the metrics'
//! listener and the shutdown's grace (`partner-merge-api --help`), and the server's life from
//! its first log line to its exit after a graceful shutdown.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::logging::{self, LogFormat};
use crate::serve::{serve_until, ConnectionLimits};
use crate::App;

#[derive(Debug, Clone, clap::Args)]
pub struct Operations {
    /// How log lines are written: text, or json (one object a line, for a log collector).
    #[arg(long, env = "PARTNER_MERGE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Serve metrics in Prometheus text format at /metrics on this address (e.g.
    /// 127.0.0.1:9100), never on the main one. Off unless given.
    #[arg(long, env = "PARTNER_MERGE_METRICS_LISTEN")]
    pub metrics_listen: Option<SocketAddr>,
    /// At SIGTERM or Ctrl-C: the time requests in flight have to finish before the server
    /// exits (it reports not-ready and accepts no connection from the start).
    #[arg(long, env = "PARTNER_MERGE_SHUTDOWN_GRACE", default_value = "20s", value_parser = humantime::parse_duration)]
    pub shutdown_grace: Duration,
}

/// The log started and the metrics' listener bound, before the server opens its database.
pub struct Started {
    metrics: Option<TcpListener>,
    grace: Duration,
}

impl Operations {
    /// Starts the log, and the metrics' recorder and listener if asked for (printing
    /// `metrics on ADDR`).
    pub async fn start(&self) -> Result<Started, String> {
        logging::init(self.log_format);
        let metrics = match self.metrics_listen {
            Some(addr) => {
                let listener = crate::metrics::bind(addr).await?;
                crate::metrics::install()?;
                let addr = listener.local_addr().unwrap_or(addr);
                println!("metrics on http://{addr}/metrics");
                Some(listener)
            }
            None => None,
        };
        Ok(Started {
            metrics,
            grace: self.shutdown_grace,
        })
    }
}

impl Started {
    /// Serves `app` on `listener` (and the metrics on theirs) until SIGTERM or Ctrl-C, then
    /// shuts down gracefully: exit 0 when every request in flight finished within the grace.
    pub async fn serve(
        self,
        listener: TcpListener,
        app: App,
        limits: ConnectionLimits,
    ) -> ExitCode {
        let App {
            router,
            db,
            shutdown,
            ..
        } = app;
        shutdown.on_signal();
        if let Some(metrics) = self.metrics {
            tokio::spawn(crate::metrics::serve(metrics, db.clone(), shutdown.clone()));
        }
        let stop = shutdown.clone();
        let drain = serve_until(listener, router, limits, async move { stop.begun().await }).await;
        let open = drain.open();
        // The grace covers the requests in flight, then the database: background work holding
        // a connection finishes its transaction (the pool waits for it) and takes no other.
        let deadline = tokio::time::Instant::now() + self.grace;
        let finished = async {
            drain.finish().await;
            db.close().await;
        };
        match tokio::time::timeout_at(deadline, finished).await {
            Ok(()) => {
                tracing::info!(connections = open, "shut down: every request finished");
                ExitCode::SUCCESS
            }
            Err(_) => {
                tracing::warn!(
                    grace = ?self.grace,
                    "shut down with requests unfinished at the end of the grace (their \
                     transactions roll back)"
                );
                ExitCode::FAILURE
            }
        }
    }
}
