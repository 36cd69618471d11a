//! The app's files (`--site`), served the way a first and a second visit want them: each file as
//! the brotli or gzip copy the build wrote (scripts/precompress.mjs), by the browser's
//! `Accept-Encoding`, so nothing is compressed per request; Trunk's hashed assets cached for a
//! year; everything else (the pages, the worker's unhashed files) revalidated on every visit,
//! the pages by their ETag. `/` is the start page on its own (`sign-in.html`, a wasm a third of
//! the app's), every other path the app (`index.html`).

use std::path::Path;

use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use sha2::{Digest, Sha256};
use tower_http::services::{ServeDir, ServeFile};

const IMMUTABLE: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
const REVALIDATE: HeaderValue = HeaderValue::from_static("no-cache");

/// The app's pages: `index.html`, and the start page `sign-in.html`.
pub const PAGES: [&str; 2] = ["index.html", "sign-in.html"];

/// The files of `site`: `sign-in.html` at `/` (`index.html` in a build without it), and
/// `index.html` for any path that is not a file (the app routes).
pub fn router(site: &Path) -> Router {
    let page = |name: &str| {
        ServeFile::new(site.join(name))
            .precompressed_br()
            .precompressed_gzip()
    };
    let start = match site.join("sign-in.html").is_file() {
        true => page("sign-in.html"),
        false => page("index.html"),
    };
    let files = ServeDir::new(site)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(page("index.html"));
    let etag = pages_etag(site);
    Router::new()
        .route_service("/", start)
        .fallback_service(files)
        .layer(middleware::from_fn(move |request, next| {
            cache_headers(etag.clone(), request, next)
        }))
}

/// A weak ETag of the pages as they are when the server starts (a deployment restarts it), one
/// for both, since a build changes them together: weak, since each page's brotli, gzip and plain
/// bytes are one representation.
fn pages_etag(site: &Path) -> HeaderValue {
    let mut digest = Sha256::new();
    for name in PAGES {
        digest.update(std::fs::read(site.join(name)).unwrap_or_default());
    }
    let digest = digest.finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("W/\"{hex}\"")).expect("hex is a valid header value")
}

async fn cache_headers(pages_etag: HeaderValue, request: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(request.uri().path());
    let known = matches(request.headers(), &pages_etag);
    let mut response = next.run(request).await;
    let status = response.status();
    if !(status.is_success() || status == StatusCode::NOT_MODIFIED) {
        return response;
    }
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    if hashed && html {
        // Not the file (index.html for a name this build does not have, say a newer build's
        // asset asked of an older replica mid-rollout): a 404 nobody keeps, never a year's cache.
        let headers = [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))];
        return (StatusCode::NOT_FOUND, headers).into_response();
    }
    let headers = response.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if hashed {
        headers.insert(header::CACHE_CONTROL, IMMUTABLE);
        return response;
    }
    headers.insert(header::CACHE_CONTROL, REVALIDATE);
    if html {
        if known {
            let headers = [
                (header::ETAG, pages_etag),
                (header::CACHE_CONTROL, REVALIDATE),
                (header::VARY, HeaderValue::from_static("accept-encoding")),
            ];
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        headers.insert(header::ETAG, pages_etag);
    }
    response
}

/// Whether `If-None-Match` names `etag` (or `*`).
fn matches(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let Some(Ok(listed)) = headers.get(header::IF_NONE_MATCH).map(HeaderValue::to_str) else {
        return false;
    };
    let ours = etag.to_str().unwrap_or_default();
    let bare = ours.trim_start_matches("W/");
    listed
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag == ours || tag.trim_start_matches("W/") == bare)
}

/// Trunk names what it hashes `<name>-<hash>` followed by `.` or `_bg.`, the hash a 64-bit number
/// in hex without leading zeros (`f7d7302307b195`): such a file never changes under its name, so
/// a browser may keep it for a year. A hash under 8 digits (one build in four billion) is taken
/// for a name, and the file is merely revalidated.
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let Some((_, after)) = name.rsplit_once('-') else {
        return false;
    };
    let digits = after
        .find(|c: char| !c.is_ascii_hexdigit())
        .map_or(after, |end| &after[..end]);
    let rest = &after[digits.len()..];
    (8..=16).contains(&digits.len()) && (rest.starts_with('.') || rest.starts_with("_bg."))
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn trunks_hashed_names_are_told_from_the_rest() {
        assert!(is_hashed_asset(
            "/partner-merge-app-6eb4e917f102ba88_bg.wasm"
        ));
        assert!(is_hashed_asset("/partner-merge-app-6eb4e917f102ba88.js"));
        assert!(is_hashed_asset("/main-7e3fd361d14aebbc.css"));
        // Without leading zeros the hash is shorter.
        assert!(is_hashed_asset("/partner-merge-app-f7d7302307b195_bg.wasm"));
        assert!(!is_hashed_asset("/partner-merge-planner_bg.wasm"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/merges/12"));
        assert!(!is_hashed_asset("/main-7e3fd361d14aebbcz.css"));
        assert!(!is_hashed_asset("/main-7e3fd361d14aebbc12.css"));
        assert!(!is_hashed_asset("/favicon-ab.ico"));
    }
}
