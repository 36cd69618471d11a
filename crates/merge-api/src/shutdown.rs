//! Graceful shutdown, for rolling restarts: at SIGTERM or Ctrl-C the server reports not-ready at
//! once, stops accepting connections, lets the requests in flight finish (up to
//! `--shutdown-grace`), closes its database connections and exits 0. Background work watches
//! [`Shutdown::begun`] and stops at a point where nothing is half done.

use std::sync::Arc;

use tokio::sync::watch;

/// Whether the server is shutting down, for whoever must know: the readiness probe, the
/// connection loop, background work.
#[derive(Clone)]
pub struct Shutdown(Arc<watch::Sender<bool>>);

impl Default for Shutdown {
    fn default() -> Self {
        Self(Arc::new(watch::channel(false).0))
    }
}

impl Shutdown {
    pub fn begin(&self) {
        self.0.send_replace(true);
    }

    pub fn has_begun(&self) -> bool {
        *self.0.borrow()
    }

    /// Completes when the shutdown begins (at once if it has).
    pub async fn begun(&self) {
        let mut watch = self.0.subscribe();
        // The sender lives as long as `self`: the wait ends only by the shutdown.
        let _ = watch.wait_for(|begun| *begun).await;
    }

    /// Begins the shutdown at the first SIGTERM or Ctrl-C; a second one ends the process at
    /// once (exit 130), for an operator who will not wait for the grace.
    pub fn on_signal(&self) {
        let shutdown = self.clone();
        tokio::spawn(async move {
            signal().await;
            tracing::info!("shutting down: not ready, no new connections, finishing requests");
            shutdown.begin();
            signal().await;
            tracing::warn!("a second signal: exiting without waiting for requests in flight");
            std::process::exit(130);
        });
    }
}

/// SIGTERM (what a supervisor or Kubernetes sends) or SIGINT (Ctrl-C).
async fn signal() {
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut terminate) => {
                terminate.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot watch for SIGTERM; Ctrl-C still shuts down");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
}
