//! Who the client is, by address: the TCP peer, or behind a reverse proxy the operator trusts
//! (`--trusted-proxy CIDR`) the address that proxy says it forwarded for, in the one header it
//! writes (`X-Forwarded-For`, or `Forwarded` if the operator says so: a client may send the
//! other one, which a proxy passes on untouched), read from the right: the first address that
//! is not itself a trusted proxy (what a client wrote there itself is further left). Anyone can
//! write those headers, so they count only when a trusted proxy sent them. Limits key on the
//! client's address, an IPv6 one by its /64 (one host is given a whole /64).

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::GovernorError;

/// The header a trusted proxy writes the client's address in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1` (nginx, Caddy, HAProxy, most load balancers).
    #[default]
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=client, for=proxy1`.
    Forwarded,
}

/// The proxies whose forwarding header is believed, and which header that is.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies {
    networks: Arc<[IpNet]>,
    header: ForwardedHeader,
}

impl TrustedProxies {
    pub fn new(networks: Vec<IpNet>) -> Self {
        Self {
            networks: networks.into(),
            header: ForwardedHeader::default(),
        }
    }

    /// Reads the client's address from `header` (by default `X-Forwarded-For`).
    pub fn reading(mut self, header: ForwardedHeader) -> Self {
        self.header = header;
        self
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.networks.iter().any(|net| net.contains(&address))
    }

    pub fn is_empty(&self) -> bool {
        self.networks.is_empty()
    }

    /// The client's address for a request from `peer` with these headers.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.contains(peer) {
            return canonical(peer);
        }
        let hops = forwarded_for(headers, self.header);
        // Right to left: each hop was added by the proxy before it; stop at the first one no
        // trusted proxy speaks for.
        let mut client = canonical(peer);
        for hop in hops.iter().rev() {
            match hop {
                Some(address) => {
                    client = canonical(*address);
                    if !self.contains(client) {
                        break;
                    }
                }
                // `unknown` or an obfuscated name: the last proxy is all that is known.
                None => break,
            }
        }
        client
    }
}

/// An IPv4 address mapped into IPv6 (`::ffff:a.b.c.d`) as the IPv4 address it is.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

/// The addresses a request was forwarded for in `header`, first hop first (its lines in the
/// order they came). A hop that names no address is `None`.
fn forwarded_for(headers: &HeaderMap, header: ForwardedHeader) -> Vec<Option<IpAddr>> {
    let name = match header {
        ForwardedHeader::XForwardedFor => "x-forwarded-for",
        ForwardedHeader::Forwarded => "forwarded",
    };
    let hops = headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','));
    match header {
        ForwardedHeader::XForwardedFor => hops.map(|hop| parse_node(hop.trim())).collect(),
        ForwardedHeader::Forwarded => hops
            .map(|element| {
                element.split(';').find_map(|pair| {
                    let (name, value) = pair.split_once('=')?;
                    name.trim()
                        .eq_ignore_ascii_case("for")
                        .then(|| parse_node(value.trim().trim_matches('"')))
                })?
            })
            .collect(),
    }
}

/// `192.0.2.60`, `192.0.2.60:4711`, `[2001:db8::1]`, `[2001:db8::1]:4711`, `2001:db8::1`.
fn parse_node(node: &str) -> Option<IpAddr> {
    if let Ok(address) = node.parse::<IpAddr>() {
        return Some(address);
    }
    if let Ok(socket) = node.parse::<SocketAddr>() {
        return Some(socket.ip());
    }
    node.strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(address, _)| address.parse().ok())
}

/// The client's address, for handlers and limits (set by [`find_client`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientAddress(pub IpAddr);

impl ClientAddress {
    /// What limits count by: the address, or for IPv6 its /64 (an IPv4 client of a dual-stack
    /// listener, `::ffff:a.b.c.d`, by its IPv4 address).
    pub fn key(self) -> IpAddr {
        match canonical(self.0) {
            IpAddr::V6(v6) => {
                let prefix = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(Ipv6Addr::from(prefix))
            }
            v4 => v4,
        }
    }
}

/// Puts the [`ClientAddress`] in the request's extensions (when the peer's address is known:
/// [`crate::serve`] gives it).
pub async fn find_client(trusted: TrustedProxies, mut request: Request, next: Next) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| peer.ip());
    if let Some(peer) = peer {
        let client = trusted.client(peer, request.headers());
        request.extensions_mut().insert(ClientAddress(client));
    }
    next.run(request).await
}

/// The sign-in limit's key: the client's address (its /64 for IPv6).
#[derive(Debug, Clone, Copy)]
pub struct ClientKey;

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, request: &axum::http::Request<T>) -> Result<IpAddr, GovernorError> {
        request
            .extensions()
            .get::<ClientAddress>()
            .map(|client| client.key())
            .ok_or(GovernorError::UnableToExtractKey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                value.parse().unwrap(),
            );
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn forwarding_headers_count_only_from_a_trusted_proxy() {
        let trusted = TrustedProxies::new(vec!["10.0.0.0/8".parse().unwrap()]);
        let spoofed = headers(&[("x-forwarded-for", "203.0.113.9")]);
        assert_eq!(
            trusted.client(ip("198.51.100.7"), &spoofed),
            ip("198.51.100.7")
        );
        assert_eq!(trusted.client(ip("10.0.0.2"), &spoofed), ip("203.0.113.9"));
        // The client wrote a first hop itself; the proxy appended the address it saw.
        let chained = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.9, 10.0.0.3")]);
        assert_eq!(trusted.client(ip("10.0.0.2"), &chained), ip("203.0.113.9"));
        // A proxy that writes X-Forwarded-For passes a client's own Forwarded on: not read.
        let forwarded = headers(&[
            (
                "forwarded",
                r#"for=1.2.3.4, for="[2001:db8::7]:4711";proto=https"#,
            ),
            ("x-forwarded-for", "5.6.7.8"),
        ]);
        assert_eq!(trusted.client(ip("10.0.0.2"), &forwarded), ip("5.6.7.8"));
        let rfc7239 = trusted.clone().reading(ForwardedHeader::Forwarded);
        assert_eq!(
            rfc7239.client(ip("10.0.0.2"), &forwarded),
            ip("2001:db8::7")
        );
        let unknown = headers(&[("forwarded", "for=unknown")]);
        assert_eq!(rfc7239.client(ip("10.0.0.2"), &unknown), ip("10.0.0.2"));
        // Two lines of the header, the proxy's last.
        let lines = headers(&[
            ("x-forwarded-for", "6.6.6.6"),
            ("x-forwarded-for", "203.0.113.4"),
        ]);
        assert_eq!(trusted.client(ip("10.0.0.2"), &lines), ip("203.0.113.4"));
        let mapped = TrustedProxies::new(vec!["127.0.0.1/32".parse().unwrap()]);
        assert!(mapped.contains(ip("::ffff:127.0.0.1")));
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        let a = ClientAddress(ip("2001:db8:1:2:aaaa::1")).key();
        let b = ClientAddress(ip("2001:db8:1:2:bbbb::9")).key();
        let c = ClientAddress(ip("2001:db8:1:3::1")).key();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(ClientAddress(ip("192.0.2.1")).key(), ip("192.0.2.1"));
        // Each IPv4 client of a dual-stack listener is counted alone.
        assert_eq!(ClientAddress(ip("::ffff:192.0.2.1")).key(), ip("192.0.2.1"));
        assert_ne!(
            ClientAddress(ip("::ffff:192.0.2.1")).key(),
            ClientAddress(ip("::ffff:192.0.2.2")).key()
        );
    }
}
