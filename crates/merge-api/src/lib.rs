//! The Partner Merge HTTP API: accounts, users, merge requests and history on SQLite. The
//! merge rules are merge-core's; this crate enforces the workflow (W1-W6) and applies a
//! confirmed merge atomically. Request and response bodies are `merge_api_types`.

mod auth;
mod db;
mod error;
mod merges;
mod routes;

use std::path::Path;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderName, Method};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use error::ApiError;
pub use merge_api_types::DemoUser;

/// Largest request body accepted (413 beyond).
pub const BODY_LIMIT: usize = 64 * 1024;

/// The header that carries each request's id, in the logs and back to the client.
const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

#[derive(Clone)]
pub struct AppState {
    db: db::Db,
    demo: bool,
}

/// Opens the database (creating and migrating it as needed; seeding it in demo mode) and builds
/// the router: the API under `/api` (its OpenAPI document at `/api/openapi.json`), and the app's
/// built files (`site`) at `/` with `index.html` for every other path, so that the app's own
/// routes load it.
pub fn app(database: &Path, demo: bool, site: Option<&Path>) -> Result<Router, ApiError> {
    let state = AppState {
        db: db::Db::open(database, demo)?,
        demo,
    };
    let (api, _) = routes::api().split_for_parts();
    let api = api
        .fallback(|| async { ApiError::not_found("no such endpoint") })
        .with_state(state);
    let mut router = Router::new().nest("/api", api);
    if let Some(site) = site {
        let index = ServeFile::new(site.join("index.html"));
        router = router.fallback_service(ServeDir::new(site).fallback(index));
    }
    let trace = TraceLayer::new_for_http()
        .make_span_with(|request: &Request| {
            let id = request
                .headers()
                .get(&REQUEST_ID)
                .and_then(|id| id.to_str().ok())
                .unwrap_or_default();
            tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path())
        })
        .on_response(DefaultOnResponse::new().level(Level::INFO));
    // Layers run outside in: the id is set first, so the trace and the response carry it.
    Ok(router
        .layer(middleware::from_fn(json_only))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(trace)
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid)))
}

/// State-changing requests must say they send JSON: a form on another site cannot.
async fn json_only(request: Request, next: Next) -> Result<Response, ApiError> {
    let changes = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let json = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if changes && !json {
        return Err(routes::json_required());
    }
    Ok(next.run(request).await)
}

/// Everyone who can sign in, by company, for the start-up banner.
pub fn demo_users(database: &Path) -> Result<Vec<DemoUser>, ApiError> {
    let db = db::Db::open(database, true)?;
    db.run_now(|conn| db::demo_users(conn))
}

/// The OpenAPI document, as served at `/api/openapi.json`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    routes::document()
}
