//! Demo mode answers only this machine's own browser: its server listens on a loopback address,
//! and a request must name a loopback host (a web page whose DNS name was re-pointed at
//! 127.0.0.1, DNS rebinding, names its own) and come from no proxy (`Forwarded`,
//! `X-Forwarded-For`: a reverse proxy on the same host looks like loopback).

use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// Whether `host` (a `Host` header or URI authority, with or without a port) is this machine:
/// `localhost` (or a name under it), `127.0.0.0/8`, `[::1]`.
pub fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((v6, port)) if port.is_empty() || port.starts_with(':') => v6,
            _ => return false,
        },
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    if name == "localhost" || name.ends_with(".localhost") {
        return true;
    }
    name.parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback())
}

/// Refuses, in demo mode, a request for another host or through a proxy.
pub async fn only_this_machine(request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| request.uri().authority().map(|a| a.as_str()));
    if !host.is_some_and(is_loopback_host) {
        return ApiError::forbidden(
            "a demo server answers only this machine's browser: open it at http://127.0.0.1 or \
             http://localhost with its port",
        )
        .into_response();
    }
    let proxied = ["forwarded", "x-forwarded-for", "x-real-ip"]
        .iter()
        .any(|name| headers.contains_key(*name));
    if proxied {
        return ApiError::forbidden(
            "a demo server does not answer through a proxy: demo sign-in takes anyone's word \
             for who they are, so it stays on this machine",
        )
        .into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_names_are_this_machine() {
        for host in [
            "127.0.0.1:8080",
            "127.9.9.9",
            "localhost",
            "LOCALHOST:3000",
            "app.localhost:80",
            "[::1]:8080",
            "[::1]",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "attacker.example:8080",
            "localhost.attacker.example",
            "192.168.1.2:8080",
            "[2001:db8::1]:80",
            "[::1]x",
            "",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }
}
