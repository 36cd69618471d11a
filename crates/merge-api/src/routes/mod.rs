//! The HTTP surface: thin handlers over `merges` and `auth`, JSON in and out. Each handler
//! describes itself for the OpenAPI document (`/api/openapi.json`), which is generated from
//! these descriptions and the wire types.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use std::sync::LazyLock;

use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use merge_api_types::{
    AccountRef, AppliedMerge, Confirm, ConfirmReissue, ErrorBody, ErrorCode, HistoryEvent,
    HistoryPage, Invitation, Invite, Me, MergeRequest, NoData, Preview, ReissuePreview, Reject,
    SetLanguage, SetRoles, StoredAccount,
};
use serde::Serialize;
use utoipa::openapi::header::Header;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::Caller;
use crate::db::{load_account, Conn, Work};
use crate::error::ApiError;
use crate::merges;
use crate::reissues;
use crate::AppState;

mod extract;
mod session;

pub use extract::{json_required, ReaderLang};
use extract::{Body, RequestId};

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
        .routes(routes!(session::sign_out))
        .routes(routes!(session::sign_in_methods))
        .routes(routes!(session::demo_users))
        .routes(routes!(openapi))
        .routes(routes!(me))
        .routes(routes!(set_language))
        .routes(routes!(session::demo_mailbox))
        .routes(routes!(account))
        .routes(routes!(invite, list))
        .routes(routes!(one))
        .routes(routes!(accept))
        .routes(routes!(reject))
        .routes(routes!(cancel))
        .routes(routes!(invitation))
        .routes(routes!(preview))
        .routes(routes!(confirm))
        .routes(routes!(report))
        .routes(routes!(history))
        .routes(routes!(set_roles))
        .routes(routes!(preview_reissue))
        .routes(routes!(confirm_reissue))
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

/// The signed-in user, their account and roles.
#[utoipa::path(get, path = "/me", tag = "accounts", security(("session" = [])), responses(
    (status = 200, body = Me),
    (status = 401, body = ErrorBody),
))]
async fn me(State(state): State<AppState>, user: Caller) -> Result<Json<Me>, ApiError> {
    read(&state, user, |conn, user| {
        Box::pin(async move {
            let user = user.now(conn).await?;
            let (account, _) = load_account(conn, &user.account)
                .await?
                .ok_or_else(|| ApiError::internal("the user's account is missing"))?;
            let roles = account
                .users
                .iter()
                .find(|u| u.email.eq_ignore_ascii_case(&user.email))
                .map(|u| u.roles.clone())
                .unwrap_or_default();
            Ok(Me {
                is_account_admin: user.is_admin(&account),
                email: user.email,
                account: AccountRef {
                    mpn_id: account.global_mpn_id,
                    company: account.company,
                },
                roles,
            })
        })
    })
    .await
}

/// The language the signed-in user reads their emails in (the app's language switch sets it):
/// each email is written in its recipient's language.
#[utoipa::path(put, path = "/me/language", tag = "accounts", security(("session" = [])),
    request_body = SetLanguage,
    responses(
        (status = 204, description = "Set"),
        (status = 401, body = ErrorBody),
        (status = 422, description = "invalid_body: not en, nl or de", body = ErrorBody),
    ))]
async fn set_language(
    State(state): State<AppState>,
    user: Caller,
    Body(body): Body<SetLanguage>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write((user, body.lang), |conn, (user, lang)| {
            Box::pin(async move {
                let user = user.now(conn).await?;
                crate::outbox::set_language(conn, &user.email, *lang).await
            })
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in user's own account, as stored; without its bank and tax profile and CSP
/// accounts unless the user acts for it (an account admin of one of its own tenants, A2: not an
/// admin of a tenant it absorbed).
#[utoipa::path(get, path = "/accounts/{mpn}", tag = "accounts", security(("session" = [])),
    params(("mpn" = String, Path, description = "The account's global Partner ID (MPN ID)")),
    responses(
        (status = 200, body = StoredAccount),
        (status = 401, body = ErrorBody),
        (status = 403, description = "Another company's account", body = ErrorBody),
    ))]
async fn account(
    State(state): State<AppState>,
    user: Caller,
    Path(mpn): Path<String>,
) -> Result<Json<StoredAccount>, ApiError> {
    read(&state, (user, mpn), |conn, (user, mpn)| {
        Box::pin(async move {
            let user = user.now(conn).await?;
            if *mpn != user.account {
                return Err(ApiError::forbidden("you can see only your own account"));
            }
            let (mut snapshot, version) = load_account(conn, mpn)
                .await?
                .ok_or_else(|| ApiError::not_found(format!("no account {mpn}")))?;
            // Bank, tax and CSP details are for those who act for the account.
            let absorbed = crate::db::merged_into(conn, mpn).await?;
            if !merge_core::acts_for(&snapshot, user.not_acting(&absorbed), &user.email) {
                snapshot.bank_tax_profile = None;
                for tenant in &mut snapshot.tenants {
                    tenant.csp_accounts.clear();
                }
            }
            Ok(StoredAccount { version, snapshot })
        })
    })
    .await
}

/// W1: an account admin invites another company by its global MPN ID.
#[utoipa::path(post, path = "/merges", tag = "merges", request_body = Invite, security(("session" = [])), responses(
    (status = 201, body = MergeRequest),
    (status = 401, body = ErrorBody),
    (status = 403, description = "Not an account admin", body = ErrorBody),
    (status = 409, description = "open_merge_exists (the inviting account's own open request, W6), invitee_unavailable", body = ErrorBody),
    (status = 422, description = "malformed_mpn_id, self_merge, location_id, merged_away, unknown_account; invalid_body (a deal that is not merger or acquisition)", body = ErrorBody),
    (status = 429, description = "too_many_invitations: 10 attempts an hour, sent or refused; see Retry-After", body = ErrorBody, headers(("retry-after" = u64))),
))]
async fn invite(
    State(state): State<AppState>,
    user: Caller,
    Body(body): Body<Invite>,
) -> Result<(StatusCode, Json<MergeRequest>), ApiError> {
    // Past the limit, refused from memory or by a read: a flood of invitations never queues
    // for the writer.
    if let Some(refusal) = state.limited_inviters.refusal(&user.email) {
        return Err(refusal);
    }
    let allowed = state
        .db
        .read(&user, |conn, user| Box::pin(merges::may_invite(conn, user)))
        .await;
    if let Err(refusal) = allowed {
        state.limited_inviters.remember(&user.email, &refusal);
        return Err(refusal);
    }
    let sent = state
        .db
        .write(
            (user, body.invitee_mpn_id, body.deal),
            |conn, (user, mpn, deal)| Box::pin(merges::invite(conn, user, mpn, *deal)),
        )
        .await?;
    // A refused invitation is counted (its attempt committed) and answered as refused.
    Ok((StatusCode::CREATED, Json(sent?)))
}

/// The merge requests the user's account takes part in, newest first.
#[utoipa::path(get, path = "/merges", tag = "merges", security(("session" = [])), responses(
    (status = 200, body = Vec<MergeRequest>),
    (status = 401, body = ErrorBody),
))]
async fn list(
    State(state): State<AppState>,
    user: Caller,
) -> Result<Json<Vec<MergeRequest>>, ApiError> {
    read(&state, user, |conn, user| {
        Box::pin(merges::list(conn, user))
    })
    .await
}

/// One merge request the user's account takes part in.
#[utoipa::path(get, path = "/merges/{id}", tag = "merges", security(("session" = [])),
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = MergeRequest),
        (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody),
    ))]
async fn one(
    State(state): State<AppState>,
    user: Caller,
    RequestId(id): RequestId,
) -> Result<Json<MergeRequest>, ApiError> {
    read(&state, (user, id), |conn, (user, id)| {
        Box::pin(merges::get(conn, user, *id))
    })
    .await
}

/// W2: an account admin of the invitee accepts.
#[utoipa::path(post, path = "/merges/{id}/accept", tag = "merges", security(("session" = [])),
    params(("id" = i64, Path)),
    request_body(content = NoData, description = "`{}`: JSON, as every request that changes something (415 json_required otherwise)"),
    responses(
        (status = 200, body = MergeRequest),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "wrong_state, already_completed", body = ErrorBody),
    ))]
async fn accept(
    State(state): State<AppState>,
    user: Caller,
    RequestId(id): RequestId,
) -> Result<Json<MergeRequest>, ApiError> {
    write(&state, (user, id), |conn, (user, id)| {
        Box::pin(merges::accept(conn, user, *id))
    })
    .await
}

/// W2: an account admin of the invitee rejects, with a reason.
#[utoipa::path(post, path = "/merges/{id}/reject", tag = "merges", security(("session" = [])),
    params(("id" = i64, Path)),
    request_body = Reject,
    responses(
        (status = 200, body = MergeRequest),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "wrong_state, already_completed", body = ErrorBody),
        (status = 422, description = "reason_too_long, invalid_text, invalid_body", body = ErrorBody),
    ))]
async fn reject(
    State(state): State<AppState>,
    user: Caller,
    RequestId(id): RequestId,
    Body(body): Body<Reject>,
) -> Result<Json<MergeRequest>, ApiError> {
    let reason = merges::rejection_reason(&body.reason)?.map(str::to_string);
    write(&state, (user, id, reason), |conn, (user, id, reason)| {
        Box::pin(merges::reject(conn, user, *id, reason.as_deref()))
    })
    .await
}

/// W3: either side's account admin cancels before the merge.
#[utoipa::path(post, path = "/merges/{id}/cancel", tag = "merges", security(("session" = [])),
    params(("id" = i64, Path)),
    request_body(content = NoData, description = "`{}`: JSON, as every request that changes something (415 json_required otherwise)"),
    responses(
        (status = 200, body = MergeRequest),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "wrong_state, already_completed", body = ErrorBody),
    ))]
async fn cancel(
    State(state): State<AppState>,
    user: Caller,
    RequestId(id): RequestId,
) -> Result<Json<MergeRequest>, ApiError> {
    write(&state, (user, id), |conn, (user, id)| {
        Box::pin(merges::cancel(conn, user, *id))
    })
    .await
}

/// W2: for the invitee's account admins, before they answer: their own account and the merge
/// as it would be applied today, read for them (of the initiator only its name, global MPN ID
/// and counts; never its users, bank or tax data or CSP accounts): the deal kind the initiator
/// chose (R22), and who of their own tenants gains which rights (R23), in `Accept-Language`.
#[utoipa::path(get, path = "/merges/{id}/invitation", tag = "merges", security(("session" = [])),
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = Invitation),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "wrong_state, cannot_merge", body = ErrorBody),
    ))]
async fn invitation(
    State(state): State<AppState>,
    user: Caller,
    RequestId(id): RequestId,
    ReaderLang(lang): ReaderLang,
) -> Result<Json<Invitation>, ApiError> {
    read(&state, (user, id), |conn, (user, id)| {
        Box::pin(merges::invitation(conn, user, *id, lang))
    })
    .await
}

/// A completed merge as it was applied, for the report to sign, with who gained which rights
/// (R23, in `Accept-Language`): for the account admins who act for the merged account (A2, A3).
#[utoipa::path(get, path = "/merges/{id}/report", tag = "merges", security(("session" = [])),
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = AppliedMerge),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "wrong_state: not completed", body = ErrorBody),
    ))]
async fn report(
    State(state): State<AppState>,
    user: Caller,
    RequestId(id): RequestId,
    ReaderLang(lang): ReaderLang,
) -> Result<Json<AppliedMerge>, ApiError> {
    read(&state, (user, id), |conn, (user, id)| {
        Box::pin(merges::report(conn, user, *id, lang))
    })
    .await
}

/// W3: both accounts as stored, the plan of their merge and who gains which rights (R23, in
/// `Accept-Language`), for the initiator's admins. A POST: the plan shown is kept, so that a
/// stale confirmation can say what changed (W4).
#[utoipa::path(post, path = "/merges/{id}/preview", tag = "merges", security(("session" = [])),
    params(("id" = i64, Path)),
    request_body(content = NoData, description = "`{}`: JSON, as every request that changes something (415 json_required otherwise)"),
    responses(
        (status = 200, body = Preview),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "wrong_state, already_completed, cannot_merge", body = ErrorBody),
    ))]
async fn preview(
    State(state): State<AppState>,
    user: Caller,
    RequestId(id): RequestId,
    ReaderLang(lang): ReaderLang,
) -> Result<Json<Preview>, ApiError> {
    write(&state, (user, id), |conn, (user, id)| {
        Box::pin(merges::preview(conn, user, *id, lang))
    })
    .await
}

/// W3, W4: applies the merge if the plan now has the fingerprint that was shown and the
/// initiator acknowledged who gains which rights (R23: `rights_acknowledged` is the preview's
/// `rights.reading`). A stale preview's differences are in the `Accept-Language` the engine
/// writes (en, nl, de).
#[utoipa::path(post, path = "/merges/{id}/confirm", tag = "merges", security(("session" = [])),
    params(("id" = i64, Path)),
    request_body = Confirm,
    responses(
        (status = 200, body = MergeRequest),
        (status = 401, description = "signed_out; reauthentication_required: the sign-in is older than the server's fresh_sign_in (details.max_age, seconds): sign in again (POST /sign-in/again) and confirm again", body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "stale_preview (with the differences), wrong_state, already_completed, cannot_merge", body = ErrorBody),
        (status = 422, description = "rights_not_acknowledged: no rights_acknowledged, or another reading than the server's (details.reading): read the preview's rights section and send its reading; invalid_body", body = ErrorBody),
    ))]
async fn confirm(
    State(state): State<AppState>,
    user: Caller,
    RequestId(id): RequestId,
    ReaderLang(lang): ReaderLang,
    Body(body): Body<Confirm>,
) -> Result<Json<MergeRequest>, ApiError> {
    let (fingerprint, acknowledged) = (body.fingerprint, body.rights_acknowledged);
    let request = write(
        &state,
        (user, id, &fingerprint),
        |conn, (user, id, fingerprint)| {
            let fingerprint = fingerprint.as_str();
            Box::pin(merges::confirm(
                conn,
                user,
                *id,
                fingerprint,
                acknowledged,
                lang,
            ))
        },
    )
    .await?;
    tracing::info!(
        request = id,
        fingerprint = fingerprint.as_str(),
        "merge applied"
    );
    Ok(request)
}

/// W5: the merge history of the user's account, newest first, a page at a time: the next page
/// is `?before=` the last event's `id`.
#[utoipa::path(get, path = "/history", tag = "merges", params(HistoryPage), security(("session" = [])), responses(
    (status = 200, body = Vec<HistoryEvent>),
    (status = 400, description = "bad_request: a parameter is not a number", body = ErrorBody),
    (status = 401, body = ErrorBody),
))]
async fn history(
    State(state): State<AppState>,
    user: Caller,
    page: Result<Query<HistoryPage>, QueryRejection>,
) -> Result<Json<Vec<HistoryEvent>>, ApiError> {
    let Query(page) = page.map_err(|e| ApiError::new(ErrorCode::BadRequest, e.body_text()))?;
    read(&state, (user, page), |conn, (user, page)| {
        Box::pin(merges::history(conn, user, *page))
    })
    .await
}

/// R16: replaces a user's roles; only admins of the user's own tenant may.
#[utoipa::path(put, path = "/users/{email}/roles", tag = "accounts", security(("session" = [])),
    params(("email" = String, Path)),
    request_body = SetRoles,
    responses(
        (status = 200, body = merge_core::User),
        (status = 401, body = ErrorBody),
        (status = 403, description = "Not an admin, or another tenant's user (R16)", body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "last_admin: a tenant would have no account admin (A1)", body = ErrorBody),
        (status = 422, description = "invalid_roles, invalid_body", body = ErrorBody),
    ))]
async fn set_roles(
    State(state): State<AppState>,
    user: Caller,
    Path(email): Path<String>,
    Body(body): Body<SetRoles>,
) -> Result<Json<merge_core::User>, ApiError> {
    write(
        &state,
        (user, email, body.roles),
        |conn, (user, email, roles)| Box::pin(merges::set_roles(conn, user, email, roles)),
    )
    .await
}

/// R17: the plan of re-issuing users of a tenant the account absorbed as users of its own
/// tenant, for the PGA's account admins; nothing is written.
#[utoipa::path(post, path = "/reissues/preview", tag = "reissues", security(("session" = [])),
    request_body = merge_core::ReissueRequest,
    responses(
        (status = 200, body = ReissuePreview),
        (status = 401, body = ErrorBody),
        (status = 403, description = "Not an account admin of the PGA's own tenants (A2)", body = ErrorBody),
        (status = 409, description = "reissue_conflicts: every user who cannot be moved as asked", body = ErrorBody),
        (status = 422, description = "invalid_reissue: not an absorbed tenant, the same tenant, no users, over 1,000 users, a new email that is not an address; invalid_roles: chosen roles that do not fit; invalid_body", body = ErrorBody),
    ))]
async fn preview_reissue(
    State(state): State<AppState>,
    user: Caller,
    Body(body): Body<merge_core::ReissueRequest>,
) -> Result<Json<ReissuePreview>, ApiError> {
    read(&state, (user, body), |conn, (user, body)| {
        Box::pin(reissues::preview(conn, user, body))
    })
    .await
}

/// R17: applies a re-issue if its plan now has the fingerprint that was shown, in one
/// transaction, recorded in both companies' history.
#[utoipa::path(post, path = "/reissues", tag = "reissues", security(("session" = [])),
    request_body = ConfirmReissue,
    responses(
        (status = 200, description = "Applied", body = ReissuePreview),
        (status = 401, description = "signed_out; reauthentication_required: the sign-in is older than the server's fresh_sign_in (details.max_age, seconds): sign in again (POST /sign-in/again) and confirm again", body = ErrorBody),
        (status = 403, description = "Not an account admin of the PGA's own tenants (A2)", body = ErrorBody),
        (status = 409, description = "stale_preview (with the plan's fingerprint now), reissue_conflicts", body = ErrorBody),
        (status = 422, description = "invalid_reissue, invalid_roles, invalid_body", body = ErrorBody),
    ))]
async fn confirm_reissue(
    State(state): State<AppState>,
    user: Caller,
    Body(body): Body<ConfirmReissue>,
) -> Result<Json<ReissuePreview>, ApiError> {
    let applied = write(&state, (user, body), |conn, (user, body)| {
        Box::pin(reissues::confirm(
            conn,
            user,
            &body.request,
            body.fingerprint.as_str(),
        ))
    })
    .await?;
    tracing::info!(
        fingerprint = applied.plan.fingerprint.as_str(),
        users = applied.plan.moved.len(),
        "users re-issued"
    );
    Ok(applied)
}
