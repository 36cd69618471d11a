//! The app's files and large answers as a browser gets them over real HTTP: the build's brotli
//! and gzip copies by `Accept-Encoding`, hashed assets cached for a year, `index.html`
//! revalidated by its ETag, a large preview compressed (issue #28).

use crate::common;

use common::Server;
use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, ETAG, VARY};
use reqwest::StatusCode;
use serde_json::json;

const WASM: &str = "partner-merge-app-0123456789abcdef_bg.wasm";

/// A built site: the hashed wasm with brotli and gzip copies whose bytes say which one was sent.
fn site_server(name: &str) -> Server {
    let dir = Server::scratch(name);
    let site = dir.join("dist");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("index.html"), "<!doctype html><title>app</title>").unwrap();
    std::fs::write(
        site.join("sign-in.html"),
        "<!doctype html><title>start</title>",
    )
    .unwrap();
    std::fs::write(site.join(WASM), "plain wasm").unwrap();
    std::fs::write(site.join(format!("{WASM}.br")), "brotli wasm").unwrap();
    std::fs::write(site.join(format!("{WASM}.gz")), "gzip wasm").unwrap();
    std::fs::write(site.join("partner-merge-planner_bg.wasm"), "worker").unwrap();
    Server::with_args(
        common::TestDatabase::fresh(name, &dir),
        dir,
        &["--site", site.to_str().unwrap()],
    )
}

async fn get(server: &Server, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(format!("http://{}{path}", server.addr()));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn the_page_wasm_goes_as_its_brotli_copy_cached_for_a_year() {
    let server = site_server("site-br");
    let path = format!("/{WASM}");
    let brotli = get(&server, &path, &[("accept-encoding", "gzip, deflate, br")]).await;
    assert_eq!(brotli.status(), StatusCode::OK);
    assert_eq!(brotli.headers()[CONTENT_ENCODING], "br");
    assert_eq!(
        brotli.headers()[CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(brotli.headers()[VARY], "accept-encoding");
    assert_eq!(brotli.text().await.unwrap(), "brotli wasm");

    let gzip = get(&server, &path, &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.headers()[CONTENT_ENCODING], "gzip");
    assert_eq!(gzip.text().await.unwrap(), "gzip wasm");

    let plain = get(&server, &path, &[]).await;
    assert!(plain.headers().get(CONTENT_ENCODING).is_none());
    assert_eq!(plain.text().await.unwrap(), "plain wasm");
}

#[tokio::test]
async fn the_root_is_the_start_page_and_every_app_route_the_app() {
    let server = site_server("site-pages");
    let start = get(&server, "/", &[]).await;
    assert_eq!(start.status(), StatusCode::OK);
    let etag = start.headers()[ETAG].to_str().unwrap().to_string();
    assert_eq!(start.headers()[CACHE_CONTROL], "no-cache");
    assert_eq!(
        start.text().await.unwrap(),
        "<!doctype html><title>start</title>"
    );
    for path in ["/account", "/merges/12/preview", "/sandbox"] {
        let app = get(&server, path, &[]).await;
        assert_eq!(app.status(), StatusCode::OK, "{path}");
        assert_eq!(app.headers()[CACHE_CONTROL], "no-cache", "{path}");
        // One ETag for both pages: a build changes them together.
        assert_eq!(app.headers()[ETAG], etag.as_str(), "{path}");
        assert_eq!(
            app.text().await.unwrap(),
            "<!doctype html><title>app</title>"
        );
    }
}

#[tokio::test]
async fn index_and_unhashed_files_are_revalidated_and_a_known_index_answers_304() {
    let server = site_server("site-etag");
    let first = get(&server, "/", &[]).await;
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(first.headers()[CACHE_CONTROL], "no-cache");
    let etag = first.headers()[ETAG].to_str().unwrap().to_string();
    assert!(etag.starts_with("W/\""), "{etag}");

    // A second visit, to the root or to an app route, costs no body.
    for path in ["/", "/merges/12/preview"] {
        let again = get(&server, path, &[("if-none-match", &etag)]).await;
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
        assert_eq!(again.headers()[ETAG], etag.as_str());
        assert!(again.bytes().await.unwrap().is_empty());
    }
    let other = get(&server, "/", &[("if-none-match", "W/\"0000000000000000\"")]).await;
    assert_eq!(other.status(), StatusCode::OK);

    // A hashed name this build does not have (a newer build's, asked of an older replica):
    // not the app's page with a year's cache, but a 404 nobody keeps.
    let missing = get(&server, "/partner-merge-app-fedcba9876543210_bg.wasm", &[]).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(missing.headers()[CACHE_CONTROL], "no-store");

    // The worker's files keep their name from build to build: revalidated, never immutable.
    let worker = get(&server, "/partner-merge-planner_bg.wasm", &[]).await;
    assert_eq!(worker.headers()[CACHE_CONTROL], "no-cache");
}

#[tokio::test]
async fn a_large_preview_is_compressed_and_a_small_answer_is_not() {
    let server = Server::start("compressed-preview");
    let (alice, id, _) = common::previewed_e1(&server).await;
    let url = format!("{}/api/merges/{id}/preview", alice.base);
    let send = |encoding: Option<&'static str>| {
        let mut request = alice.client.post(&url).json(&json!({}));
        if let Some(encoding) = encoding {
            request = request.header(ACCEPT_ENCODING, encoding);
        }
        request.send()
    };
    let plain = send(None).await.unwrap();
    assert!(plain.headers().get(CONTENT_ENCODING).is_none());
    let plain = plain.bytes().await.unwrap();
    assert!(plain.len() > 4096, "E1's preview is {} bytes", plain.len());

    let gzip = send(Some("gzip")).await.unwrap();
    assert_eq!(gzip.status(), StatusCode::OK);
    // What the API answers is the caller's own: no browser or proxy keeps it.
    assert_eq!(gzip.headers()[CACHE_CONTROL], "no-store");
    assert_eq!(gzip.headers()[CONTENT_ENCODING], "gzip");
    let gzip = gzip.bytes().await.unwrap();
    assert_eq!(&gzip[..2], [0x1f, 0x8b], "a gzip stream");
    assert!(
        gzip.len() * 3 < plain.len(),
        "{} of {}",
        gzip.len(),
        plain.len()
    );

    let brotli = send(Some("br")).await.unwrap();
    assert_eq!(brotli.headers()[CONTENT_ENCODING], "br");

    // An error body is a few dozen bytes: it goes as it is.
    let small = alice
        .client
        .get(format!("{}/api/nope", alice.base))
        .header(ACCEPT_ENCODING, "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(small.status(), StatusCode::NOT_FOUND);
    assert!(small.headers().get(CONTENT_ENCODING).is_none());
    assert_eq!(small.headers()[CACHE_CONTROL], "no-store");
    assert!(small.bytes().await.unwrap().len() < 1024);
}
