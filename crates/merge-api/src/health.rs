//! The probes of a load balancer or Kubernetes, outside `/api`, for anyone (they say nothing
//! but ready or not: no version, no configuration, no reason; the reason is logged):
//! `GET /healthz`, the process answers (liveness); `GET /readyz`, it can serve requests now:
//! not shutting down, the database answers within a short deadline with every migration this
//! server needs applied, and on SQLite the file takes a write ([`crate::db::NotReady`]).

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use merge_api_types::{ErrorBody, ErrorCode};
use serde::Serialize;
use utoipa::openapi::path::{OperationBuilder, PathItem, PathItemBuilder};
use utoipa::openapi::{ContentBuilder, HttpMethod, Ref, ResponseBuilder, ServerBuilder};
use utoipa::{PartialSchema, ToSchema};

use crate::db::{Db, NotReady};
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
}

pub fn routes(db: Db, shutdown: Shutdown) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(Probed { db, shutdown })
}

async fn healthz() -> Response {
    answer(Json(Health { status: "ok" }))
}

async fn readyz(State(probed): State<Probed>) -> Response {
    let readiness = match probed.shutdown.has_begun() {
        true => Err(NotReady::ShuttingDown),
        false => probed.db.readiness().await,
    };
    match readiness {
        Ok(()) => answer(Json(Health { status: "ready" })),
        Err(why) => {
            tracing::warn!(%why, "not ready");
            answer(ApiError::new(ErrorCode::Busy, "not ready"))
        }
    }
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
