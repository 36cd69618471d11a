//! The Partner Merge HTTP API: accounts, users, merge requests and history on SQLite (one
//! node) or PostgreSQL (several replicas). The merge rules are merge-core's; this crate
//! enforces the workflow (W1-W6) and applies a confirmed merge atomically. Request and response
//! bodies are `merge_api_types`.

mod accounts;
mod auth;
mod client_address;
mod compression;
mod db;
mod demo_fence;
mod error;
mod expiry;
mod foreground;
mod health;
mod logging;
mod merges;
mod metrics;
mod oidc;
mod operations;
mod outbox;
mod own_account;
mod refusal;
mod reissues;
mod routes;
mod security_headers;
mod serve;
mod session_store;
mod shutdown;
mod site;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::error_handling::HandleErrorLayer;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::middleware::{self, Next};
use axum::response::IntoResponse;
use axum::response::Response;
use axum::Router;
use governor::clock::QuantaInstant;
use governor::middleware::NoOpMiddleware;
use merge_api_types::ErrorCode;
use tower::timeout::TimeoutLayer;
use tower::ServiceBuilder;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::{GovernorError, GovernorLayer};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub use accounts::{
    export_account, import_accounts, import_demo_snapshots, import_snapshots, unbind_user,
    AccountsError,
};
pub use auth::SessionLimits;
pub use client_address::{ForwardedHeader, TrustedProxies};
pub use db::{Database, DbOptions};
pub use error::ApiError;
pub use logging::LogFormat;
pub use merge_api_types::DemoUser;
pub use oidc::{admin_reading, ConfigError, IdentityProviders};
pub use operations::Operations;
pub use outbox::{
    list_notifications, retry_notifications, Notification, OperatorError,
    Settings as NotificationSettings,
};
pub use serve::{serve, ConnectionLimits};

use client_address::ClientKey;

/// Largest request body accepted (413 beyond).
pub const BODY_LIMIT: usize = 64 * 1024;

/// The header that carries each request's id, in the logs and back to the client.
const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

#[derive(Clone)]
pub struct AppState {
    db: db::Db,
    demo: bool,
    sessions: SessionLimits,
    identity_providers: Option<Arc<IdentityProviders>>,
    limited_inviters: Arc<merges::LimitedInviters>,
    /// Who acts for a merged account (A3; `[rights]` in `--config`).
    admin_reading: merge_core::AdminReading,
}

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Where the data lives; created (an SQLite file) and migrated as needed.
    pub database: Database,
    pub database_options: DbOptions,
    /// Demo mode: seeded demo companies, sign-in by email alone.
    pub demo: bool,
    /// The app's built files, served at `/`.
    pub site: Option<PathBuf>,
    /// Served over https (behind a proxy that terminates TLS): session cookies are `Secure`.
    pub https: bool,
    pub sessions: SessionLimits,
    /// The longest a request may take, from its first byte to its answer (408 beyond).
    pub request_timeout: Duration,
    /// Sign-in through each tenant's identity provider (`--config`).
    pub identity_providers: Option<Arc<IdentityProviders>>,
    /// Requests to the sign-in endpoints each client address may make per minute (a burst of
    /// as many, then one every 60/n s); none: no limit. Needs the peer address, which
    /// [`serve`] gives.
    pub sign_ins_per_minute: Option<u32>,
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` name the client (`--trusted-proxy`).
    pub trusted_proxies: TrustedProxies,
    /// Email and its delivery (`[smtp]`, `[notifications]` in `--config`; issue #31).
    pub notifications: NotificationSettings,
    /// The reading of admin rights (A3; `[rights] admin_reading` in `--config`): who acts for a
    /// merged account, and what every preview and report says each admin gains (R23).
    pub admin_reading: merge_core::AdminReading,
}

impl Settings {
    pub fn new(database: Database) -> Self {
        Self {
            database,
            database_options: DbOptions::default(),
            demo: false,
            site: None,
            https: false,
            sessions: SessionLimits::default(),
            request_timeout: Duration::from_secs(30),
            identity_providers: None,
            sign_ins_per_minute: None,
            trusted_proxies: TrustedProxies::default(),
            notifications: NotificationSettings::default(),
            admin_reading: merge_core::AdminReading::default(),
        }
    }

    pub fn demo(mut self, demo: bool) -> Self {
        self.demo = demo;
        self
    }
}

/// The server, ready to serve.
pub struct App {
    pub router: Router,
    /// In demo mode, who can sign in (for the start-up banner); empty otherwise.
    pub demo_users: Vec<DemoUser>,
    db: db::Db,
    shutdown: shutdown::Shutdown,
}

/// Opens the database (creating and migrating it as needed; seeding it in demo mode; refusing
/// one made for the other mode) and builds the router: the API under `/api` (its OpenAPI
/// document at `/api/openapi.json`), and the app's built files (`site`) at `/` with
/// `index.html` for every other path, so that the app's own routes load it.
pub async fn app(settings: &Settings) -> Result<App, ApiError> {
    let mode = match settings.demo {
        true => db::Mode::Demo,
        false => db::Mode::Real,
    };
    let db = db::Db::connect(&settings.database, settings.database_options, Some(mode)).await?;
    let demo_users = match settings.demo {
        true => {
            db.read((), |conn, _| {
                Box::pin(async move { Ok(db::demo_users(conn).await?) })
            })
            .await?
        }
        false => Vec::new(),
    };
    // Background work stops at a safe point (between batches) once the shutdown begins.
    let shutdown = shutdown::Shutdown::default();
    let foreground = foreground::Foreground::default();
    // The emails say who acts for the merged account as this server reads it (A3).
    let notifications = NotificationSettings {
        admin_reading: settings.admin_reading,
        ..settings.notifications.clone()
    };
    outbox::spawn_delivery(
        db.clone(),
        notifications,
        settings.demo,
        db.committed(),
        foreground.clone(),
        shutdown.clone(),
    )?;
    expiry::spawn(
        db.clone(),
        settings.notifications.expiry.clone(),
        shutdown.clone(),
    );
    let sessions = tower_sessions::SessionManagerLayer::new(session_store::DbSessions::new(
        db.clone(),
        settings.sessions.idle,
    ))
    .with_name(match settings.https {
        true => auth::SECURE_COOKIE,
        false => auth::COOKIE,
    })
    .with_http_only(true)
    // Lax, not Strict: the identity provider's redirect back to the callback is a cross-site
    // navigation that must carry the session. Cross-site writes stay impossible: every change
    // needs a JSON body (`json_only`).
    .with_same_site(tower_sessions::cookie::SameSite::Lax)
    .with_secure(settings.https)
    .with_path("/")
    .with_expiry(tower_sessions::Expiry::OnInactivity(
        time::Duration::try_from(settings.sessions.idle)
            .map_err(|e| ApiError::internal(format!("idle timeout: {e}")))?,
    ))
    // Every answer moves the idle expiry (the store writes it at most once a minute).
    .with_always_save(true);
    let probes = health::routes(db.clone(), shutdown.clone());
    let state = AppState {
        db: db.clone(),
        demo: settings.demo,
        sessions: settings.sessions,
        identity_providers: settings.identity_providers.clone(),
        limited_inviters: Arc::default(),
        admin_reading: settings.admin_reading,
    };
    let mut signing_in = routes::signing_in();
    if let Some(per_minute) = settings.sign_ins_per_minute {
        signing_in = signing_in.layer(sign_in_limit(per_minute)?);
    }
    let (api, _) = signing_in.merge(routes::signed_in()).split_for_parts();
    let api = api
        .fallback(|| async { ApiError::not_found("no such endpoint") })
        .with_state(state);
    // An answer is the signed-in caller's own (bank details, users): kept by no browser cache
    // or shared proxy.
    let api = api
        .layer(sessions)
        .layer(compression::large_answers())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    let mut router = Router::new().nest("/api", api).merge(probes);
    let mut inline_scripts = Vec::new();
    if let Some(site) = &settings.site {
        router = router.merge(site::router(site));
        inline_scripts = security_headers::inline_scripts(site);
    }
    let trace = TraceLayer::new_for_http()
        .make_span_with(|request: &Request| {
            let id = request
                .headers()
                .get(&REQUEST_ID)
                .and_then(|id| id.to_str().ok())
                .unwrap_or_default();
            // The route's template: the path may name a merge request, the route never does.
            let route = request
                .extensions()
                .get::<MatchedPath>()
                .map_or("other", |route| route.as_str());
            let method = metrics::method_name(request.method());
            tracing::info_span!("request", id, method, path = %request.uri().path(), route)
        })
        .on_response(
            |response: &Response, latency: Duration, _: &tracing::Span| {
                tracing::info!(
                    status = response.status().as_u16(),
                    latency_ms = latency.as_secs_f64() * 1000.0,
                    "answered"
                );
            },
        );
    // Layers run outside in: the id is set first, so the trace and the response carry it.
    let timeout = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(|_| async {
            ApiError::new(
                ErrorCode::RequestTimeout,
                "the request took too long (a slow connection or a busy server); send it again",
            )
        }))
        .layer(TimeoutLayer::new(settings.request_timeout));
    let trusted = settings.trusted_proxies.clone();
    let mut router = router
        .layer(middleware::from_fn(json_only))
        .layer(middleware::from_fn_with_state(
            foreground,
            foreground::Foreground::count,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(timeout)
        .layer(middleware::from_fn(move |request, next| {
            client_address::find_client(trusted.clone(), request, next)
        }));
    if settings.demo {
        router = router.layer(middleware::from_fn(demo_fence::only_this_machine));
    }
    let router = security_headers::add(router, &inline_scripts, settings.https)
        // Counted by their code, so inside the next layer, which takes the code away.
        .layer(middleware::from_fn(metrics::record))
        // Outside every layer that refuses (limits, timeouts, the demo fence): all refusals
        // are said again in the reader's language.
        .layer(middleware::from_fn(refusal::in_reader_language))
        .layer(middleware::from_fn(with_request_id))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(trace)
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid));
    Ok(App {
        router,
        demo_users,
        db,
        shutdown,
    })
}

/// Answers the request with its id at hand, for a 500's message ([`error::REQUEST_ID`]).
async fn with_request_id(request: Request, next: Next) -> Response {
    let id = request
        .headers()
        .get(&REQUEST_ID)
        .and_then(|id| id.to_str().ok())
        .unwrap_or_default()
        .to_string();
    error::REQUEST_ID.scope(id, next.run(request)).await
}

/// A flood of sign-ins from one client address (each writes a session) is answered 429, in the
/// one error shape, with `Retry-After`. The client's address is the peer's, or the one a
/// trusted proxy forwarded for; IPv6 by its /64.
fn sign_in_limit(
    per_minute: u32,
) -> Result<GovernorLayer<ClientKey, NoOpMiddleware<QuantaInstant>, axum::body::Body>, ApiError> {
    let config = GovernorConfigBuilder::default()
        .key_extractor(ClientKey)
        .period(Duration::from_secs(60) / per_minute.max(1))
        .burst_size(per_minute.max(1))
        .finish()
        .ok_or_else(|| ApiError::internal("the sign-in limit must be above 0"))?;
    let limiter = config.limiter().clone();
    // The limiter keeps a slot per address; forget the quiet ones now and then.
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(60));
        limiter.retain_recent();
    });
    Ok(
        GovernorLayer::new(config).error_handler(|error| match error {
            GovernorError::TooManyRequests { wait_time, .. } => ApiError::new(
                ErrorCode::TooManyRequests,
                format!("too many sign-ins from your address; try again in {wait_time} s"),
            )
            .retry_after(wait_time)
            .into_response(),
            other => ApiError::internal(format!("sign-in limit: {other}")).into_response(),
        }),
    )
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

/// The OpenAPI document, as served at `/api/openapi.json`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    routes::document()
}
