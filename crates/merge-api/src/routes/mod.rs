//! The HTTP surface: a module of thin handlers per resource, JSON in and out, over the domain
//! modules. Each handler describes itself for the OpenAPI document (`/api/openapi.json`), which
//! is generated from these descriptions and the wire types. A handler's name is its operation
//! id, which clients generated from the document call it by: a renamed handler keeps its old
//! one (`operation_id`).

mod accounts;
mod extract;
mod me;
mod merges;
mod reissues;
mod session;

use std::sync::LazyLock;

use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use merge_api_types::ErrorBody;
use serde::Serialize;
use utoipa::openapi::header::Header;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::db::{Conn, Work};
use crate::error::ApiError;
use crate::AppState;

pub use extract::{json_required, ReaderLang};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Partner Merge API",
        description = "Merge two Partner Center accounts: invite, accept, preview the exact \
                       post-merge account, and confirm it by its fingerprint (the workflow W1-W6 of docs/rules.md). \
                       Every error answers with `ErrorBody`. Signed-in operations need the \
                       session cookie (security scheme `session`). Every request that changes \
                       something (POST, PUT, DELETE) is JSON, `Content-Type: application/json`, \
                       even when it carries no data (`{}`): anything else is refused with 415 \
                       `json_required`, so that a form on another site cannot send it.",
    ),
    servers((url = "/api")),
    components(schemas(ErrorBody, merge_api_types::WebhookEvent)),
    modifiers(&SessionCookie, &Webhooks)
)]
struct ApiDoc;

/// The session cookie as the security scheme of every operation that needs a signed-in user
/// (`security(("session" = []))`); the others say they need none (`security(())`).
struct SessionCookie;

impl Modify for SessionCookie {
    fn modify(&self, document: &mut utoipa::openapi::OpenApi) {
        let components = document.components.get_or_insert_with(Default::default);
        let cookie = ApiKeyValue::with_description(
            crate::auth::COOKIE,
            "Set by signing in (POST /session in demo mode, or the identity provider's callback); \
             HttpOnly, SameSite=Lax, Secure when the public URL is https",
        );
        components.add_security_scheme("session", SecurityScheme::ApiKey(ApiKey::Cookie(cookie)));
    }
}

/// The operators' webhooks (issue #31, docs/webhooks.md), as OpenAPI 3.1 `webhooks`: utoipa 5
/// has no field for them, so they are added as the document's own top-level key.
struct Webhooks;

impl Modify for Webhooks {
    fn modify(&self, document: &mut utoipa::openapi::OpenApi) {
        let header = |name: &str, description: &str| {
            serde_json::json!({
                "name": name, "in": "header", "required": true,
                "description": description, "schema": { "type": "string" }
            })
        };
        let webhook = serde_json::json!({
            "mergeEvent": {
                "post": {
                    "operationId": "mergeEvent",
                    "summary": "A step of a merge request",
                    "description": "Sent to each `[[webhooks]]` URL of the server's --config for the \
                        events it names, signed with its secret; retried with backoff until it \
                        answers 2xx (dead after the configured tries).",
                    "tags": ["webhooks"],
                    // Nothing to present: the receiver checks the signature instead.
                    "security": [{}],
                    "parameters": [
                        header("Partner-Merge-Signature", "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"{t}.{body}\" with the webhook's secret>"),
                        header("Partner-Merge-Delivery", "The delivery's id: the same on every retry"),
                        header("Partner-Merge-Event", "The event, as in the body"),
                    ],
                    "requestBody": {
                        "required": true,
                        "content": { "application/json": {
                            "schema": { "$ref": "#/components/schemas/WebhookEvent" }
                        } }
                    },
                    "responses": {
                        "200": { "description": "Received (any 2xx); anything else is retried" }
                    }
                }
            }
        });
        document
            .extensions
            .get_or_insert_with(Default::default)
            .insert("webhooks".to_string(), webhook);
    }
}

/// The endpoints under `/api` and their OpenAPI document, from the same handlers: a route
/// cannot be served without being described.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(signing_in())
        .merge(signed_in())
}

/// What anyone may call to sign in: the routes a flood from one address is limited on (each
/// writes a session, or asks an identity provider).
pub fn signing_in() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(session::sign_in))
        .routes(routes!(session::start_sign_in))
        .routes(routes!(session::sign_in_again))
        .routes(routes!(session::sign_in_callback))
}

/// Everything else; signing out too, which a limit must never refuse.
pub fn signed_in() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(openapi))
        .routes(routes!(session::sign_out))
        .routes(routes!(session::sign_in_methods))
        .routes(routes!(session::demo_mailbox))
        .routes(routes!(me::me))
        .routes(routes!(me::set_language))
        .routes(routes!(accounts::show_account))
        .routes(routes!(accounts::set_roles))
        .routes(routes!(merges::invite, merges::list_requests))
        .routes(routes!(merges::show_request))
        .routes(routes!(merges::accept))
        .routes(routes!(merges::reject))
        .routes(routes!(merges::cancel))
        .routes(routes!(merges::invitation))
        .routes(routes!(merges::preview))
        .routes(routes!(merges::confirm))
        .routes(routes!(merges::report))
        .routes(routes!(merges::history))
        .routes(routes!(reissues::preview_reissue))
        .routes(routes!(reissues::confirm_reissue))
}

/// The OpenAPI document of [`api`], with the failures any request can meet added to every
/// operation: 400, 413 and 415 where a body is sent, 408, 500 and 503 everywhere.
pub fn document() -> utoipa::openapi::OpenApi {
    let mut document = api().split_for_parts().1;
    // The sign-in limit (a layer on `signing_in`) answers 429 on exactly these operations.
    let limited: Vec<(String, bool, bool)> = signing_in()
        .split_for_parts()
        .1
        .paths
        .paths
        .into_iter()
        .map(|(path, item)| (path, item.get.is_some(), item.post.is_some()))
        .collect();
    let error = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ErrorBody")))
                    .build(),
            )
            .build()
    };
    for (path, item) in document.paths.paths.iter_mut() {
        let limits = |get: bool| {
            limited
                .iter()
                .any(|(p, g, post)| p == path && if get { *g } else { *post })
        };
        let operations = [
            (&mut item.get, limits(true)),
            (&mut item.post, limits(false)),
            (&mut item.put, false),
            (&mut item.delete, false),
        ];
        for (operation, limited) in operations {
            let Some(operation) = operation else {
                continue;
            };
            let responses = &mut operation.responses.responses;
            if operation.request_body.is_some() {
                for (status, description) in [
                    ("400", "bad_request: the body is not JSON"),
                    ("413", "body_too_large"),
                    ("415", "json_required"),
                ] {
                    responses.insert(status.into(), error(description).into());
                }
            }
            responses.insert(
                "408".into(),
                error("request_timeout: not complete within the server's time").into(),
            );
            responses.insert("500".into(), error("internal").into());
            let mut busy = error(
                "busy: the database is busy (changes that collided kept colliding, or no \
                 connection came free in time)",
            );
            busy.headers.insert("retry-after".into(), retry_after());
            responses.insert("503".into(), busy.into());
            if limited {
                let mut too_many = error("too_many_requests: too many sign-ins from one address");
                too_many.headers.insert("retry-after".into(), retry_after());
                responses.insert("429".into(), too_many.into());
            }
        }
    }
    crate::health::describe(&mut document);
    document
}

/// The `Retry-After` header: seconds.
fn retry_after() -> Header {
    Header::new(ObjectBuilder::new().schema_type(Type::Integer))
}

/// This document.
#[utoipa::path(get, path = "/openapi.json", tag = "meta", security(()), responses(
    (status = 200, description = "The OpenAPI 3.1 document of this API", content_type = "application/json"),
))]
async fn openapi() -> impl IntoResponse {
    static DOCUMENT: LazyLock<String> =
        LazyLock::new(|| document().to_pretty_json().unwrap_or_default());
    (
        [(header::CONTENT_TYPE, "application/json")],
        DOCUMENT.as_str(),
    )
}

/// Runs a writing step on `args` and answers with its result as JSON.
async fn write<A: Send + Sync, T: Serialize + Send>(
    state: &AppState,
    args: A,
    work: impl for<'c> Fn(&'c mut Conn, &'c A) -> Work<'c, T>,
) -> Result<Json<T>, ApiError> {
    Ok(Json(state.db.write(args, work).await?))
}

/// Runs a reading step on `args` and answers with its result as JSON.
async fn read<A: Send + Sync, T: Serialize + Send>(
    state: &AppState,
    args: A,
    work: impl for<'c> FnOnce(&'c mut Conn, &'c A) -> Work<'c, T>,
) -> Result<Json<T>, ApiError> {
    Ok(Json(state.db.read(args, work).await?))
}
