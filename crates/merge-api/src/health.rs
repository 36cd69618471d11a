//! The probes of a load balancer or Kubernetes, outside `/api`, for anyone (they say nothing
//! but ready or not: no version, no configuration, no reason; the reason is logged):
//! `GET /healthz`, the process answers (liveness); `GET /readyz`, it can serve requests now:
//! not shutting down, the database answers within a short deadline with every migration this
//! server needs applied, and on SQLite the file takes a write.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use merge_api_types::{ErrorBody, ErrorCode};
use serde::Serialize;
use tokio::sync::Mutex;
use utoipa::openapi::path::{OperationBuilder, PathItem, PathItemBuilder};
use utoipa::openapi::{ContentBuilder, HttpMethod, Ref, ResponseBuilder, ServerBuilder};
use utoipa::{PartialSchema, ToSchema};

use crate::db::Db;
use crate::error::ApiError;
use crate::shutdown::Shutdown;

/// What a probe is told when all is well.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `ok` (healthz) or `ready` (readyz).
    status: &'static str,
}

#[derive(Clone)]
struct Probed {
    db: Db,
    shutdown: Shutdown,
    /// When the last check ended, and whether the database was ready then.
    last_check: Arc<Mutex<Option<(Instant, bool)>>>,
}

pub fn routes(db: Db, shutdown: Shutdown) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(Probed {
            db,
            shutdown,
            last_check: Arc::default(),
        })
}

async fn healthz() -> Response {
    answer(Json(Health { status: "ok" }))
}

async fn readyz(State(probed): State<Probed>) -> Response {
    let ready = !probed.shutdown.has_begun() && database_ready(&probed).await;
    match ready {
        true => answer(Json(Health { status: "ready" })),
        false => answer(ApiError::new(ErrorCode::Busy, "not ready")),
    }
}

/// One check of the database at a time: probes that arrive while one runs take its result,
/// which is about a moment after they came, so a flood of probes (they are open to anyone)
/// asks the database once per check, and no probe's wait counts against the check's deadline.
async fn database_ready(probed: &Probed) -> bool {
    let arrived = Instant::now();
    let mut last_check = probed.last_check.lock().await;
    if let Some((ended, ready)) = *last_check {
        if ended >= arrived {
            return ready;
        }
    }
    let ready = match probed.db.readiness().await {
        Ok(()) => true,
        Err(why) => {
            tracing::warn!(%why, "not ready");
            false
        }
    };
    *last_check = Some((Instant::now(), ready));
    ready
}

/// A probe's answer is never cached: it is about now.
fn answer(response: impl IntoResponse) -> Response {
    ([(header::CACHE_CONTROL, "no-store")], response).into_response()
}

/// The probes in the OpenAPI document, whose other paths are under its server `/api`: these
/// name the server's root as theirs.
pub fn describe(document: &mut utoipa::openapi::OpenApi) {
    document
        .components
        .get_or_insert_with(Default::default)
        .schemas
        .insert("Health".into(), Health::schema());
    let probe = |id: &str, summary: &str, ok: &str, unavailable: Option<&str>| {
        let json = |schema: &str| {
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name(schema)))
                .build()
        };
        let mut operation = OperationBuilder::new()
            .operation_id(Some(id))
            .summary(Some(summary))
            .tag("probes")
            .security(utoipa::openapi::security::SecurityRequirement::default())
            .response(
                "200",
                ResponseBuilder::new()
                    .description(ok)
                    .content("application/json", json("Health")),
            )
            .response(
                "408",
                ResponseBuilder::new()
                    .description("request_timeout: not complete within the server's time")
                    .content("application/json", json(&ErrorBody::name())),
            );
        if let Some(unavailable) = unavailable {
            operation = operation.response(
                "503",
                ResponseBuilder::new()
                    .description(unavailable)
                    .content("application/json", json(&ErrorBody::name())),
            );
        }
        PathItemBuilder::new()
            .operation(HttpMethod::Get, operation.build())
            .servers(Some(vec![ServerBuilder::new().url("/").build()]))
            .build()
    };
    let paths: [(&str, PathItem); 2] = [
        (
            "/healthz",
            probe("healthz", "Liveness: the process answers", "ok", None),
        ),
        (
            "/readyz",
            probe(
                "readyz",
                "Readiness: the server can serve requests now",
                "ready: the database answers, its migrations are applied (SQLite: the file takes \
                 a write), and the server is not shutting down",
                Some(
                    "busy: not ready (starting, shutting down, or its database is unreachable, \
                      too slow, not migrated or not writable; the log says which)",
                ),
            ),
        ),
    ];
    document.paths.paths.extend(
        paths
            .into_iter()
            .map(|(path, item)| (path.to_string(), item)),
    );
}
