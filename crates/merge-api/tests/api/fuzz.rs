//! Fuzzing every request body on stable (proptest), in process: whatever a signed-in admin
//! sends, each endpoint that reads a body answers with a status it documents and the one error
//! body, never a panic or a 500.

use crate::common;

use axum::body::{to_bytes, Body};
use axum::http::{header, Request, StatusCode};
use axum::Router;
use merge_api_types::ErrorBody;
use proptest::prelude::*;
use serde_json::Value;
use tower::ServiceExt;

/// The app on a fresh database, and alice's session cookie. The app's database connections
/// belong to `runtime`.
fn signed_in_app(
    runtime: &tokio::runtime::Runtime,
    name: &str,
) -> (Router, String, common::TestDatabase, tempdir::Dir) {
    let dir = tempdir::Dir::new(name);
    let database = common::TestDatabase::fresh(name, &dir.0);
    let settings = merge_api::Settings::new(database.arg().parse().unwrap()).demo(true);
    let app = runtime.block_on(merge_api::app(&settings)).unwrap().router;
    let response = runtime.block_on(send(
        &app,
        "POST",
        "/api/session",
        None,
        br#"{"email":"alice@contoso.com"}"#.to_vec(),
    ));
    assert_eq!(response.0, StatusCode::OK);
    let cookie = response.2.split(';').next().unwrap().to_string();
    (app, cookie, database, dir)
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Status, body and set-cookie of one request.
async fn send(
    app: &Router,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: Vec<u8>,
) -> (StatusCode, Vec<u8>, String) {
    let mut request = Request::builder()
        .method(method)
        .uri(path)
        // A demo server answers only requests for this machine.
        .header(header::HOST, "127.0.0.1")
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let set_cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    (status, body.to_vec(), set_cookie)
}

/// The endpoints that read a body, with the request that sets each up.
const ENDPOINTS: &[(&str, &str)] = &[
    ("POST", "/api/session"),
    ("POST", "/api/merges"),
    ("POST", "/api/merges/1/reject"),
    ("POST", "/api/merges/1/confirm"),
    ("PUT", "/api/users/bob@contoso.com/roles"),
];

/// Bodies: JSON of any shape, near-misses of the real ones, and bytes that are not JSON.
fn any_body() -> impl Strategy<Value = Vec<u8>> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,16}".prop_map(Value::from),
        Just(Value::from("3333333")),
        Just(Value::from("account_admin")),
        Just(Value::from("sha256:00")),
        Just(Value::from("acquisition")),
        Just(Value::from("own_tenants")),
    ];
    let json = leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("email".to_string()),
                    Just("invitee_mpn_id".to_string()),
                    Just("reason".to_string()),
                    Just("fingerprint".to_string()),
                    Just("deal".to_string()),
                    Just("rights_acknowledged".to_string()),
                    Just("roles".to_string()),
                    Just("role".to_string()),
                    Just("location".to_string()),
                    "[a-z]{1,6}",
                ],
                inner,
                0..4
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    prop_oneof![
        json.prop_map(|v| v.to_string().into_bytes()),
        prop::collection::vec(any::<u8>(), 0..64),
    ]
}

#[test]
fn every_request_body_gets_a_documented_answer_never_a_panic() {
    let runtime = runtime();
    let (app, cookie, _database, _dir) = signed_in_app(&runtime, "bodies");
    let document = serde_json::to_value(merge_api::openapi()).unwrap();
    // An open request 1, so that reject and confirm reach their bodies' checks.
    let invited = runtime.block_on(send(
        &app,
        "POST",
        "/api/merges",
        Some(&cookie),
        br#"{"invitee_mpn_id":"3333333"}"#.to_vec(),
    ));
    assert_eq!(invited.0, StatusCode::CREATED);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(200));
    for (method, path) in ENDPOINTS {
        let template = path
            .replace("/api", "")
            .replace("/1/", "/{id}/")
            .replace("bob@contoso.com", "{email}");
        let operation = &document["paths"][&template][method.to_lowercase()];
        assert!(!operation.is_null(), "{method} {template} is documented");
        runner
            .run(&any_body(), |body| {
                let (status, answer, _) =
                    runtime.block_on(send(&app, method, path, Some(&cookie), body.clone()));
                prop_assert!(
                    !status.is_server_error(),
                    "{method} {path} {}: {status}",
                    String::from_utf8_lossy(&body)
                );
                prop_assert!(
                    !operation["responses"][status.as_str()].is_null(),
                    "{method} {path} answered {status}, undocumented"
                );
                if !status.is_success() {
                    let error: Result<ErrorBody, _> = serde_json::from_slice(&answer);
                    prop_assert!(error.is_ok(), "{}", String::from_utf8_lossy(&answer));
                }
                Ok(())
            })
            .unwrap_or_else(|failure| panic!("{failure}"));
    }
}

/// A scratch folder removed when dropped.
mod tempdir {
    pub struct Dir(pub std::path::PathBuf);

    impl Dir {
        pub fn new(name: &str) -> Self {
            let dir = std::env::temp_dir().join(format!(
                "partner-merge-fuzz-{name}-{}",
                crate::common::unique()
            ));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Self(dir)
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}
