//! The headers every answer carries, so that a browser holds the app to what it is: a
//! Content-Security-Policy that lets only this site's own scripts and WebAssembly run (and the
//! inline loader Trunk writes into each page, by its hash), no framing (`frame-ancestors
//! 'none'`), no MIME sniffing, no referrer beyond the origin, and HSTS when served over https.

use std::path::Path;

use axum::http::{HeaderName, HeaderValue};
use axum::Router;
use base64::Engine;
use sha2::{Digest, Sha256};
use tower_http::set_header::SetResponseHeaderLayer;

/// The policy, with `script-src` allowing each of `inline_scripts` by its SHA-256.
pub fn content_security_policy(inline_scripts: &[String]) -> String {
    let hashes: String = inline_scripts
        .iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    // 'wasm-unsafe-eval': compiling the app's (and the planner worker's) WebAssembly, nothing
    // else (no eval). Styles may be inline: the embeddable element puts its own <style> in its
    // shadow root, and style cannot run code.
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; \
         worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// The contents of every inline `<script>` of the app's pages (Trunk's loaders).
pub fn inline_scripts(site: &Path) -> Vec<String> {
    crate::site::PAGES
        .iter()
        .filter_map(|name| std::fs::read_to_string(site.join(name)).ok())
        .flat_map(|html| scripts_in(&html))
        .collect()
}

/// The inline scripts of one page.
fn scripts_in(html: &str) -> Vec<String> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            scripts.push(body[..close].to_string());
        }
        rest = &body[close..];
    }
    scripts
}

/// `router` with the headers set on every answer, unless a handler set its own.
pub fn add(router: Router, inline_scripts: &[String], https: bool) -> Router {
    let csp = HeaderValue::from_str(&content_security_policy(inline_scripts))
        .expect("a policy of ASCII text");
    let header = |name: &'static str| HeaderName::from_static(name);
    let fixed = [
        ("content-security-policy", csp),
        (
            "x-content-type-options",
            HeaderValue::from_static("nosniff"),
        ),
        (
            "referrer-policy",
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ),
        // For browsers older than frame-ancestors.
        ("x-frame-options", HeaderValue::from_static("DENY")),
    ];
    let mut router = router;
    for (name, value) in fixed {
        router = router.layer(SetResponseHeaderLayer::if_not_present(header(name), value));
    }
    if https {
        router = router.layer(SetResponseHeaderLayer::if_not_present(
            header("strict-transport-security"),
            HeaderValue::from_static("max-age=31536000"),
        ));
    }
    router
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunks_inline_loader_is_allowed_by_its_hash_and_nothing_else_inline() {
        let dir = std::env::temp_dir().join(format!("pm-csp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<html><head><script type=\"module\">import init from '/app.js';init();</script>\
             <script src=\"/other.js\"></script></head></html>",
        )
        .unwrap();
        std::fs::write(
            dir.join("sign-in.html"),
            "<html><head><script type=\"module\">import init from '/start.js';init();</script>\
             </head></html>",
        )
        .unwrap();
        let scripts = inline_scripts(&dir);
        assert_eq!(
            scripts,
            [
                "import init from '/app.js';init();",
                "import init from '/start.js';init();"
            ]
        );
        let policy = content_security_policy(&scripts);
        // echo -n "import init from '/app.js';init();" | openssl dgst -sha256 -binary | base64
        let digest = Sha256::digest(scripts[0].as_bytes());
        let expected = base64::engine::general_purpose::STANDARD.encode(digest);
        assert!(policy.contains(&format!("'sha256-{expected}'")), "{policy}");
        let start = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&scripts[1]));
        assert!(policy.contains(&format!("'sha256-{start}'")), "{policy}");
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(
            !policy.contains("'unsafe-eval'")
                && !policy.contains("script-src 'self' 'unsafe-inline'")
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
