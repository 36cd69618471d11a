//! The API calls the app makes, with its JSON errors as typed failures.
//!
//! Answers are read with merge-core's JSON reader (the one the engine's own types use), so the
//! app carries no second JSON library. Fields the app does not use are skipped.

use gloo_net::http::Request;
use merge_core::json::{read_whole, ReadJson, Skipped, Writer};
use merge_core::{json_struct, AccountSnapshot, PlanDifference, RoleAssignment};

/// What the API answered instead of what was asked; shown to the user as it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ApiFailure {
    pub status: u16,
    pub code: String,
    pub message: String,
    pub details: ErrorDetails,
}

impl ApiFailure {
    fn local(code: &str, message: String) -> Self {
        Self {
            status: 0,
            code: code.into(),
            message,
            details: ErrorDetails::default(),
        }
    }
}

struct ErrorBody {
    code: String,
    message: String,
    details: Option<ErrorDetails>,
}

/// Of an error's details, what the app shows: why a preview went stale.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ErrorDetails {
    pub differences: Vec<PlanDifference>,
}

json_struct!(@read_known ErrorBody { code, message, details = None });
json_struct!(@read_known ErrorDetails { differences = Vec::new() });

#[derive(Debug, Clone, PartialEq)]
pub struct DemoUser {
    pub company: String,
    pub email: String,
    pub account_admin: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    pub mpn_id: String,
    pub company: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Me {
    pub email: String,
    pub account: Party,
    pub roles: Vec<RoleAssignment>,
    pub is_account_admin: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoredAccount {
    pub version: i64,
    pub snapshot: AccountSnapshot,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MergeRequest {
    pub id: i64,
    pub initiator: Party,
    pub invitee: Party,
    pub state: String,
    pub reason: Option<String>,
    pub created_by: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub request: MergeRequest,
    pub as_of: String,
    pub initiator: StoredAccount,
    pub invitee: StoredAccount,
    pub plan: ServerPlan,
}

/// Of the server's plan, the app needs only its fingerprint: it makes the plan itself.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerPlan {
    pub fingerprint: String,
}

json_struct!(@read_known DemoUser { company, email, account_admin });
json_struct!(@read_known Party { mpn_id, company });
json_struct!(@read_known Me { email, account, roles, is_account_admin });
json_struct!(@read_known StoredAccount { version, snapshot });
json_struct!(@read_known MergeRequest {
    id,
    initiator,
    invitee,
    state,
    reason = None,
    created_by,
    created_at,
});
json_struct!(@read_known HistoryEvent {
    request_id,
    event,
    actor,
    at,
    detail = None,
    initiator,
    invitee,
});
json_struct!(@read_known Preview { request, as_of, initiator, invitee, plan });
json_struct!(@read_known ServerPlan { fingerprint });

/// Sends a request and gives the text of a successful answer, else the API's error. Not
/// generic: every call shares this one future, and only parsing is per answer type.
async fn send(request: Result<Request, gloo_net::Error>) -> Result<String, ApiFailure> {
    let network = |e: gloo_net::Error| {
        let message = format!("the server could not be reached ({e}); check that it is running");
        ApiFailure::local("network", message)
    };
    let response = request.map_err(network)?.send().await.map_err(network)?;
    let status = response.status();
    let text = response.text().await.map_err(network)?;
    if response.ok() {
        return Ok(text);
    }
    Err(match read_whole::<ErrorBody>(&text, "the server's error") {
        Ok(body) => ApiFailure {
            status,
            code: body.code,
            message: body.message,
            details: body.details.unwrap_or_default(),
        },
        Err(_) => ApiFailure {
            status,
            ..ApiFailure::local("unexpected", format!("the server answered {status}"))
        },
    })
}

fn parse<T: ReadJson>(text: &str) -> Result<T, ApiFailure> {
    read_whole(text, "the server's answer").map_err(|e| {
        ApiFailure::local(
            "unexpected",
            format!("the server's answer was not understood: {e}"),
        )
    })
}

async fn get<T: ReadJson>(path: &str) -> Result<T, ApiFailure> {
    parse(&send(Request::get(path).build()).await?)
}

/// Posts a JSON object of string fields.
async fn post<T: ReadJson>(path: &str, fields: &[(&str, &str)]) -> Result<T, ApiFailure> {
    let mut body = Writer::default();
    let mut object = body.object();
    for (name, value) in fields {
        object.field(name, value);
    }
    object.end();
    let request = Request::post(path)
        .header("content-type", "application/json")
        .body(body.finish());
    parse(&send(request).await?)
}

pub async fn demo_users() -> Result<Vec<DemoUser>, ApiFailure> {
    get("/api/demo-users").await
}

pub async fn sign_in(email: String) -> Result<(), ApiFailure> {
    post::<Skipped>("/api/session", &[("email", &email)])
        .await
        .map(drop)
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
    post("/api/merges", &[("invitee_mpn_id", &mpn_id)]).await
}

/// `accept`, `reject` (with a reason) or `cancel`.
pub async fn answer(
    id: i64,
    action: &str,
    reason: Option<String>,
) -> Result<MergeRequest, ApiFailure> {
    let reason = reason.as_deref().map(|reason| ("reason", reason));
    post(&format!("/api/merges/{id}/{action}"), reason.as_slice()).await
}

pub async fn preview(id: i64) -> Result<Preview, ApiFailure> {
    get(&format!("/api/merges/{id}/preview")).await
}

pub async fn confirm(id: i64, fingerprint: String) -> Result<MergeRequest, ApiFailure> {
    post(
        &format!("/api/merges/{id}/confirm"),
        &[("fingerprint", &fingerprint)],
    )
    .await
}

pub async fn history() -> Result<Vec<HistoryEvent>, ApiFailure> {
    get("/api/history").await
}
