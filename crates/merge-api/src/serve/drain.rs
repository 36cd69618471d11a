//! Letting open connections finish at shutdown, through hyper's own graceful shutdown of each
//! connection: one that is answering a request finishes it (with `Connection: close`) and
//! closes; an idle kept-alive one closes at once. A connection that was accepted but has not
//! sent its first request yet is let send it and have it answered first (at most the header
//! timeout, which hyper enforces): its client connected before the listener closed and its
//! request is on the way, so closing it would fail a request the server had accepted. hyper-util's
//! `GracefulShutdown` closes such a connection at once, which is why the connections are
//! watched here (the same watch channel it uses).

use std::error::Error as StdError;
use std::future::{poll_fn, Future};
use std::pin::pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::Poll;

use hyper::body::{Body, Incoming};
use hyper::server::conn::http1::Connection;
use hyper::service::HttpService;
use tokio::sync::watch;

/// The open connections: tells them to finish, and waits until they have.
pub struct Drain(watch::Sender<bool>);

impl Drain {
    pub fn new() -> Self {
        Self(watch::channel(false).0)
    }

    /// For one connection: whether to finish, and (while it is held) that it is open.
    pub fn watcher(&self) -> watch::Receiver<bool> {
        self.0.subscribe()
    }

    /// Connections still open.
    pub fn open(&self) -> usize {
        self.0.receiver_count()
    }

    /// Tells every connection to finish, and completes when all have closed.
    pub async fn finish(self) {
        self.0.send_replace(true);
        self.0.closed().await;
    }
}

/// Whether a connection's first request has come (its head read, handed to the app).
#[derive(Clone, Default)]
pub struct FirstRequest(Arc<AtomicBool>);

impl FirstRequest {
    pub fn mark<T>(&self, request: T) -> T {
        self.0.store(true, Ordering::Release);
        request
    }

    fn came(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

/// Serves `connection` until it ends; once `finish` says so, until it has answered the request
/// it is on, or its first one.
pub async fn serve<I, S, B>(
    connection: Connection<I, S>,
    first: FirstRequest,
    mut finish: watch::Receiver<bool>,
) -> Result<(), hyper::Error>
where
    S: HttpService<Incoming, ResBody = B>,
    S::Error: Into<Box<dyn StdError + Send + Sync>>,
    I: hyper::rt::Read + hyper::rt::Write + Unpin + 'static,
    B: Body + 'static,
    B::Error: Into<Box<dyn StdError + Send + Sync>>,
{
    let mut connection = pin!(connection);
    tokio::select! {
        ended = connection.as_mut() => return ended,
        _ = finish.wait_for(|finish| *finish) => {}
    }
    // Until its first request has come: served as usual meanwhile.
    let ended = poll_fn(|cx| match connection.as_mut().poll(cx) {
        Poll::Ready(ended) => Poll::Ready(Some(ended)),
        Poll::Pending if first.came() => Poll::Ready(None),
        Poll::Pending => Poll::Pending,
    })
    .await;
    if let Some(ended) = ended {
        return ended;
    }
    connection.as_mut().graceful_shutdown();
    let ended = connection.await;
    // Held until here: the connection counts as open to `Drain::finish` until it has closed.
    drop(finish);
    ended
}
