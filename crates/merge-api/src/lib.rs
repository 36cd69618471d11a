//! The Partner Merge HTTP API: accounts, users, merge requests and history on SQLite. The
//! merge rules are merge-core's; this crate enforces the workflow (W1-W6) and applies a
//! confirmed merge atomically.

mod auth;
mod db;
mod error;
mod merges;
mod routes;

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, Method};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use tower_http::services::{ServeDir, ServeFile};

pub use error::ApiError;

/// Largest request body accepted (413 beyond).
pub const BODY_LIMIT: usize = 64 * 1024;

#[derive(Clone)]
pub struct AppState {
    db: db::Db,
    demo: bool,
    next_request: Arc<AtomicU64>,
}

/// Opens the database (creating, migrating and seeding it as needed) and builds the router:
/// the API under `/api`, and the app's built files (`site`) at `/` with `index.html` for every
/// other path, so that the app's own routes load it.
pub fn app(database: &Path, demo: bool, site: Option<&Path>) -> Result<Router, ApiError> {
    let state = AppState {
        db: db::Db::open(database)?,
        demo,
        next_request: Arc::new(AtomicU64::new(1)),
    };
    let mut router = Router::new().nest("/api", routes::api());
    if let Some(site) = site {
        let index = ServeFile::new(site.join("index.html"));
        router = router.fallback_service(ServeDir::new(site).fallback(index));
    }
    Ok(router
        .layer(middleware::from_fn(json_only))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(state.clone(), traced))
        .with_state(state))
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
        return Err(ApiError::UnsupportedMediaType);
    }
    Ok(next.run(request).await)
}

/// Logs each request with an id, its status and duration.
async fn traced(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let id = state.next_request.fetch_add(1, Ordering::Relaxed);
    let span = tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path());
    let start = std::time::Instant::now();
    let response = {
        let _enter = span.enter();
        tracing::debug!("started");
        drop(_enter);
        next.run(request).await
    };
    let _enter = span.enter();
    tracing::info!(
        status = response.status().as_u16(),
        ms = start.elapsed().as_secs_f64() * 1e3,
        "done"
    );
    response
}

/// A user who can sign in in demo mode.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DemoUser {
    pub company: String,
    pub email: String,
    pub account_admin: bool,
}

/// Everyone who can sign in, by company, for the start-up banner.
pub fn demo_users(database: &Path) -> Result<Vec<DemoUser>, ApiError> {
    let db = db::Db::open(database)?;
    db::demo_users(&db.connect()?)
}
