//! The HTTP surface: thin handlers over `merges` and `auth`, JSON in and out.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::auth::{self, SignedIn};
use crate::db::load_account;
use crate::error::ApiError;
use crate::merges;
use crate::AppState;

/// The endpoints under `/api`; `openapi.json` describes each.
pub fn api() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/session", post(sign_in).delete(sign_out))
        .route("/demo-users", get(demo_users))
        .route("/me", get(me))
        .route("/accounts/{mpn}", get(account))
        .route("/merges", post(invite).get(list))
        .route("/merges/{id}", get(one))
        .route("/merges/{id}/accept", post(accept))
        .route("/merges/{id}/reject", post(reject))
        .route("/merges/{id}/cancel", post(cancel))
        .route("/merges/{id}/preview", get(preview))
        .route("/merges/{id}/confirm", post(confirm))
        .route("/history", get(history))
        .route("/users/{email}/roles", put(set_roles))
        .fallback(|| async { ApiError::NotFound("no such endpoint".into()) })
}

pub const OPENAPI: &str = include_str!("../openapi.json");

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

/// `Json` whose rejections are our JSON errors.
pub struct Body<T>(T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(JsonRejection::JsonDataError(e)) => Err(ApiError::Unprocessable {
                code: "invalid_body",
                message: e.body_text(),
                details: Value::Null,
            }),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::UnsupportedMediaType),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(ApiError::PayloadTooLarge),
            Err(e) => Err(ApiError::BadRequest(e.body_text())),
        }
    }
}

/// The `{id}` of a merge request in the path; 404 when it is not a number.
pub struct RequestId(i64);

impl<S: Send + Sync> FromRequestParts<S> for RequestId {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let Path(text) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::NotFound("no such merge request".into()))?;
        text.parse()
            .map(RequestId)
            .map_err(|_| ApiError::NotFound(format!("\"{text}\" is not a merge request id")))
    }
}

/// Runs a writing step and answers with its result as JSON.
async fn write<T: Serialize + Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&mut rusqlite::Connection) -> Result<T, ApiError> + Send + 'static,
) -> Result<Json<T>, ApiError> {
    Ok(Json(state.db.write(work).await?))
}

/// Runs a reading step and answers with its result as JSON.
async fn read<T: Serialize + Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&mut rusqlite::Connection) -> Result<T, ApiError> + Send + 'static,
) -> Result<Json<T>, ApiError> {
    Ok(Json(state.db.run(work).await?))
}

/// The users who can sign in, for the app's demo sign-in screen.
async fn demo_users(State(state): State<AppState>) -> Result<Json<Vec<crate::DemoUser>>, ApiError> {
    demo_only(&state)?;
    read(&state, |conn| crate::db::demo_users(conn)).await
}

/// Demo sign-in, and the list of who can sign in, exist only with `--demo`.
fn demo_only(state: &AppState) -> Result<(), ApiError> {
    if state.demo {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "demo sign-in is off; start the server with --demo".into(),
        ))
    }
}

#[derive(Deserialize)]
struct SignIn {
    email: String,
}

async fn sign_in(
    State(state): State<AppState>,
    Body(body): Body<SignIn>,
) -> Result<impl IntoResponse, ApiError> {
    demo_only(&state)?;
    let (user, cookie) = state
        .db
        .write(move |conn| auth::sign_in(conn, body.email.trim()))
        .await?;
    let body = json!({ "email": user.email, "account": user.account });
    Ok(([(header::SET_COOKIE, cookie)], Json(body)))
}

async fn sign_out(
    State(state): State<AppState>,
    request: Request,
) -> Result<impl IntoResponse, ApiError> {
    let (parts, _) = request.into_parts();
    if let Some(token) = auth::session_token(&parts) {
        state
            .db
            .write(move |conn| auth::sign_out(conn, &token))
            .await?;
    }
    let expired = format!(
        "{}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0",
        auth::COOKIE
    );
    Ok(([(header::SET_COOKIE, expired)], StatusCode::NO_CONTENT))
}

async fn me(State(state): State<AppState>, user: SignedIn) -> Result<Json<Value>, ApiError> {
    state
        .db
        .run(move |conn| {
            let (account, _) = load_account(conn, &user.account)?
                .ok_or_else(|| ApiError::Internal("the user's account is missing".into()))?;
            let roles = account
                .users
                .iter()
                .find(|u| u.email.eq_ignore_ascii_case(&user.email))
                .map(|u| u.roles.clone())
                .unwrap_or_default();
            Ok(Json(json!({
                "email": user.email,
                "account": { "mpn_id": account.global_mpn_id, "company": account.company },
                "roles": roles,
                "is_account_admin": user.is_admin(&account),
            })))
        })
        .await
}

async fn account(
    State(state): State<AppState>,
    user: SignedIn,
    Path(mpn): Path<String>,
) -> Result<Json<Value>, ApiError> {
    if mpn != user.account {
        return Err(ApiError::Forbidden(
            "you can see only your own account".into(),
        ));
    }
    state
        .db
        .run(move |conn| {
            let (snapshot, version) = load_account(conn, &mpn)?
                .ok_or_else(|| ApiError::NotFound(format!("no account {mpn}")))?;
            Ok(Json(json!({ "version": version, "snapshot": snapshot })))
        })
        .await
}

#[derive(Deserialize)]
struct Invite {
    invitee_mpn_id: String,
}

async fn invite(
    State(state): State<AppState>,
    user: SignedIn,
    Body(body): Body<Invite>,
) -> Result<impl IntoResponse, ApiError> {
    let request = state
        .db
        .write(move |conn| merges::invite(conn, &user, &body.invitee_mpn_id))
        .await?;
    Ok((StatusCode::CREATED, Json(request)))
}

async fn list(
    State(state): State<AppState>,
    user: SignedIn,
) -> Result<Json<Vec<merges::MergeRequest>>, ApiError> {
    read(&state, move |conn| merges::list(conn, &user)).await
}

async fn one(
    State(state): State<AppState>,
    user: SignedIn,
    RequestId(id): RequestId,
) -> Result<Json<merges::MergeRequest>, ApiError> {
    read(&state, move |conn| merges::get(conn, &user, id)).await
}

async fn accept(
    State(state): State<AppState>,
    user: SignedIn,
    RequestId(id): RequestId,
) -> Result<Json<merges::MergeRequest>, ApiError> {
    write(&state, move |conn| merges::accept(conn, &user, id)).await
}

#[derive(Deserialize)]
struct Reject {
    #[serde(default)]
    reason: String,
}

async fn reject(
    State(state): State<AppState>,
    user: SignedIn,
    RequestId(id): RequestId,
    Body(body): Body<Reject>,
) -> Result<Json<merges::MergeRequest>, ApiError> {
    write(&state, move |conn| {
        merges::reject(conn, &user, id, &body.reason)
    })
    .await
}

async fn cancel(
    State(state): State<AppState>,
    user: SignedIn,
    RequestId(id): RequestId,
) -> Result<Json<merges::MergeRequest>, ApiError> {
    write(&state, move |conn| merges::cancel(conn, &user, id)).await
}

async fn preview(
    State(state): State<AppState>,
    user: SignedIn,
    RequestId(id): RequestId,
) -> Result<Json<merges::Preview>, ApiError> {
    write(&state, move |conn| merges::preview(conn, &user, id)).await
}

#[derive(Deserialize)]
struct Confirm {
    fingerprint: String,
}

async fn confirm(
    State(state): State<AppState>,
    user: SignedIn,
    RequestId(id): RequestId,
    Body(body): Body<Confirm>,
) -> Result<Json<merges::MergeRequest>, ApiError> {
    write(&state, move |conn| {
        merges::confirm(conn, &user, id, &body.fingerprint)
    })
    .await
}

async fn history(
    State(state): State<AppState>,
    user: SignedIn,
) -> Result<Json<Vec<merges::HistoryEvent>>, ApiError> {
    read(&state, move |conn| merges::history(conn, &user)).await
}

#[derive(Deserialize)]
struct Roles {
    roles: Vec<merge_core::RoleAssignment>,
}

async fn set_roles(
    State(state): State<AppState>,
    user: SignedIn,
    Path(email): Path<String>,
    Body(body): Body<Roles>,
) -> Result<Json<merge_core::User>, ApiError> {
    write(&state, move |conn| {
        merges::set_roles(conn, &user, &email, body.roles)
    })
    .await
}
