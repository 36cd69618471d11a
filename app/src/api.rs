//! The API calls the app makes, with its JSON errors as typed failures.

use gloo_net::http::{Request, Response};
use merge_core::{AccountSnapshot, RoleAssignment};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// What the API answered instead of what was asked; shown to the user as it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ApiFailure {
    pub status: u16,
    pub code: String,
    pub message: String,
}

impl ApiFailure {
    pub fn signed_out(&self) -> bool {
        self.status == 401
    }
}

#[derive(Deserialize)]
struct ErrorBody {
    code: String,
    message: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DemoUser {
    pub company: String,
    pub email: String,
    pub account_admin: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AccountRef {
    pub mpn_id: String,
    pub company: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Me {
    pub email: String,
    pub account: AccountRef,
    pub roles: Vec<RoleAssignment>,
    pub is_account_admin: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StoredAccount {
    pub version: i64,
    pub snapshot: AccountSnapshot,
}

async fn read<T: DeserializeOwned>(
    response: Result<Response, gloo_net::Error>,
) -> Result<T, ApiFailure> {
    let network = |e: gloo_net::Error| ApiFailure {
        status: 0,
        code: "network".into(),
        message: format!("the server could not be reached ({e}); check that it is running"),
    };
    let response = response.map_err(network)?;
    if response.ok() {
        return response.json().await.map_err(network);
    }
    let status = response.status();
    let body: Option<ErrorBody> = response.json().await.ok();
    Err(match body {
        Some(body) => ApiFailure {
            status,
            code: body.code,
            message: body.message,
        },
        None => ApiFailure {
            status,
            code: "unexpected".into(),
            message: format!("the server answered {status}"),
        },
    })
}

pub async fn demo_users() -> Result<Vec<DemoUser>, ApiFailure> {
    read(Request::get("/api/demo-users").send().await).await
}

pub async fn sign_in(email: String) -> Result<serde_json::Value, ApiFailure> {
    let body = serde_json::json!({ "email": email });
    let request = Request::post("/api/session")
        .json(&body)
        .map_err(|e| ApiFailure {
            status: 0,
            code: "request".into(),
            message: e.to_string(),
        })?;
    read(request.send().await).await
}

pub async fn me() -> Result<Me, ApiFailure> {
    read(Request::get("/api/me").send().await).await
}

pub async fn account(mpn_id: &str) -> Result<StoredAccount, ApiFailure> {
    read(
        Request::get(&format!("/api/accounts/{mpn_id}"))
            .send()
            .await,
    )
    .await
}

/// The signed-in user and their account, in one load.
pub async fn my_account() -> Result<(Me, StoredAccount), ApiFailure> {
    let me = me().await?;
    let account = account(&me.account.mpn_id).await?;
    Ok((me, account))
}
