//! The API calls the app makes, with its JSON errors as typed failures.

use gloo_net::http::{Request, Response};
use merge_core::{AccountSnapshot, RoleAssignment};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

/// What the API answered instead of what was asked; shown to the user as it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ApiFailure {
    pub status: u16,
    pub code: String,
    pub message: String,
    pub details: Value,
}

impl ApiFailure {
    fn local(code: &str, message: String) -> Self {
        Self {
            status: 0,
            code: code.into(),
            message,
            details: Value::Null,
        }
    }
}

#[derive(Deserialize)]
struct ErrorBody {
    code: String,
    message: String,
    #[serde(default)]
    details: Value,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DemoUser {
    pub company: String,
    pub email: String,
    pub account_admin: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Party {
    pub mpn_id: String,
    pub company: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Me {
    pub email: String,
    pub account: Party,
    pub roles: Vec<RoleAssignment>,
    pub is_account_admin: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StoredAccount {
    pub version: i64,
    pub snapshot: AccountSnapshot,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MergeRequest {
    pub id: i64,
    pub initiator: Party,
    pub invitee: Party,
    pub state: String,
    pub reason: Option<String>,
    pub created_by: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct HistoryEvent {
    pub request_id: i64,
    pub event: String,
    pub actor: String,
    pub at: String,
    pub detail: Option<String>,
    pub initiator: Party,
    pub invitee: Party,
}

/// Both accounts as stored, the day to plan for, and the server's own plan to compare with
/// the one the browser makes.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Preview {
    pub request: MergeRequest,
    pub as_of: String,
    pub initiator: StoredAccount,
    pub invitee: StoredAccount,
    pub plan: ServerPlan,
}

/// Of the server's plan, the app needs only its fingerprint: it makes the plan itself.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ServerPlan {
    pub fingerprint: String,
}

async fn read<T: DeserializeOwned>(
    response: Result<Response, gloo_net::Error>,
) -> Result<T, ApiFailure> {
    let network = |e: gloo_net::Error| {
        let message = format!("the server could not be reached ({e}); check that it is running");
        ApiFailure::local("network", message)
    };
    let response = response.map_err(network)?;
    if response.ok() {
        return response.json().await.map_err(network);
    }
    let status = response.status();
    Err(match response.json::<ErrorBody>().await {
        Ok(body) => ApiFailure {
            status,
            code: body.code,
            message: body.message,
            details: body.details,
        },
        Err(_) => ApiFailure {
            status,
            ..ApiFailure::local("unexpected", format!("the server answered {status}"))
        },
    })
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    read(Request::get(path).send().await).await
}

async fn post<T: DeserializeOwned>(path: &str, body: Value) -> Result<T, ApiFailure> {
    let request = Request::post(path)
        .json(&body)
        .map_err(|e| ApiFailure::local("request", e.to_string()))?;
    read(request.send().await).await
}

pub async fn demo_users() -> Result<Vec<DemoUser>, ApiFailure> {
    get("/api/demo-users").await
}

pub async fn sign_in(email: String) -> Result<Value, ApiFailure> {
    post("/api/session", json!({ "email": email })).await
}

pub async fn me() -> Result<Me, ApiFailure> {
    get("/api/me").await
}

pub async fn account(mpn_id: &str) -> Result<StoredAccount, ApiFailure> {
    get(&format!("/api/accounts/{mpn_id}")).await
}

/// The signed-in user and their account, in one load.
pub async fn my_account() -> Result<(Me, StoredAccount), ApiFailure> {
    let me = me().await?;
    let account = account(&me.account.mpn_id).await?;
    Ok((me, account))
}

pub async fn merges() -> Result<Vec<MergeRequest>, ApiFailure> {
    get("/api/merges").await
}

pub async fn invite(mpn_id: String) -> Result<MergeRequest, ApiFailure> {
    post("/api/merges", json!({ "invitee_mpn_id": mpn_id })).await
}

/// `accept`, `reject` (with a reason) or `cancel`.
pub async fn answer(
    id: i64,
    action: &str,
    reason: Option<String>,
) -> Result<MergeRequest, ApiFailure> {
    let body = reason.map_or_else(|| json!({}), |reason| json!({ "reason": reason }));
    post(&format!("/api/merges/{id}/{action}"), body).await
}

pub async fn preview(id: i64) -> Result<Preview, ApiFailure> {
    get(&format!("/api/merges/{id}/preview")).await
}

pub async fn confirm(id: i64, fingerprint: String) -> Result<MergeRequest, ApiFailure> {
    post(
        &format!("/api/merges/{id}/confirm"),
        json!({ "fingerprint": fingerprint }),
    )
    .await
}

pub async fn history() -> Result<Vec<HistoryEvent>, ApiFailure> {
    get("/api/history").await
}
