//! Serving connections with limits `axum::serve` does not set: HTTP/1.1 only (the plain
//! listener has no TLS, so HTTP/2 could only be cleartext h2c, which hyper gives no header or
//! idle deadline), how long a client may take to send a request's headers (also while a
//! kept-alive connection idles), how long in all a connection may wait for its client to read
//! what it is sent, how many connections are open at once, and how many of them one client
//! address holds. At shutdown it stops accepting and lets open connections finish ([`drain`]).

use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower::Layer;

use crate::client_address::{ClientAddress, TrustedProxies};

mod drain;
mod write_deadline;

pub use drain::Drain;
use drain::FirstRequest;
use write_deadline::WriteDeadline;

/// What one client may hold of the server.
#[derive(Debug, Clone)]
pub struct ConnectionLimits {
    /// Connections open at once; further ones wait in the listen backlog.
    pub max_connections: usize,
    /// Connections one client address (an IPv6 /64) holds at once; more are closed at once.
    /// Trusted proxies, which carry many clients, are not held to it.
    pub per_address: usize,
    /// Time to send a request's headers, also while a kept-alive connection idles.
    pub header_read_timeout: Duration,
    /// Time a connection may spend, in all, waiting for its client to take what it is sent.
    pub write_timeout: Duration,
    pub trusted_proxies: TrustedProxies,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        Self {
            max_connections: 4096,
            per_address: 256,
            header_read_timeout: Duration::from_secs(10),
            write_timeout: Duration::from_secs(30),
            trusted_proxies: TrustedProxies::default(),
        }
    }
}

/// Connections open per client address.
#[derive(Default)]
struct PerAddress(Mutex<HashMap<IpAddr, usize>>);

/// One connection's place in [`PerAddress`], given back when it closes.
struct Held {
    counts: Arc<PerAddress>,
    key: IpAddr,
}

impl PerAddress {
    fn take(counts: &Arc<PerAddress>, key: IpAddr, most: usize) -> Option<Held> {
        let mut map = counts.0.lock().unwrap_or_else(|e| e.into_inner());
        let open = map.entry(key).or_default();
        if *open >= most {
            return None;
        }
        *open += 1;
        Some(Held {
            counts: counts.clone(),
            key,
        })
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut map = self.counts.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(open) = map.get_mut(&self.key) {
            *open -= 1;
            if *open == 0 {
                map.remove(&self.key);
            }
        }
    }
}

/// Serves `app` on `listener` until the process ends.
pub async fn serve(listener: TcpListener, app: Router, limits: ConnectionLimits) {
    serve_until(listener, app, limits, std::future::pending()).await;
}

/// Serves `app` on `listener` until `stop` completes; then takes the connections the system
/// had already accepted for it, closes the listener (new connections are refused), and returns
/// the open connections, to be let finish ([`Drain::finish`]).
pub async fn serve_until(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    stop: impl Future<Output = ()>,
) -> Drain {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let per_address = Arc::new(PerAddress::default());
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    let builder = Arc::new(builder);
    let drain = Drain::new();
    let mut stop = std::pin::pin!(stop);
    let connection = |stream: TcpStream, peer: SocketAddr, slot: Option<OwnedSemaphorePermit>| {
        let held = match limits.trusted_proxies.contains(peer.ip()) {
            true => None,
            false => {
                let key = ClientAddress(peer.ip()).key();
                match PerAddress::take(&per_address, key, limits.per_address) {
                    Some(held) => Some(held),
                    None => {
                        tracing::debug!(%peer, "closed: the address holds its most connections");
                        return;
                    }
                }
            }
        };
        let first = FirstRequest::default();
        let marks = first.clone();
        // The peer's address, for the client's (`ConnectInfo`).
        let service = axum::Extension(ConnectInfo(peer)).layer(app.clone());
        let service = tower::util::MapRequest::new(service, move |request| marks.mark(request));
        let service = TowerToHyperService::new(service);
        let builder = builder.clone();
        let finish = drain.watcher();
        let io = TokioIo::new(WriteDeadline::new(stream, limits.write_timeout));
        tokio::spawn(async move {
            let connection = builder.serve_connection(io, service);
            if let Err(error) = drain::serve(connection, first, finish).await {
                tracing::debug!(%error, "connection ended");
            }
            drop(held);
            drop(slot);
        });
    };
    loop {
        let slot = tokio::select! {
            biased;
            () = &mut stop => break,
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => Some(slot),
                Err(_) => break,
            },
        };
        let (stream, peer) = tokio::select! {
            biased;
            () = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of descriptors or the like: wait for connections to close, keep serving.
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        connection(stream, peer, slot);
    }
    // Connections the system completed before the listener closes are clients that sent their
    // request already: served like the others (the connection limit no longer matters).
    match listener.into_std() {
        Ok(listener) => {
            while let Ok((stream, peer)) = listener.accept() {
                match stream
                    .set_nonblocking(true)
                    .and_then(|()| TcpStream::from_std(stream))
                {
                    Ok(stream) => connection(stream, peer, None),
                    Err(error) => tracing::warn!(%error, "cannot serve a connection"),
                }
            }
        }
        Err(error) => tracing::warn!(%error, "cannot take the last accepted connections"),
    }
    drain
}
