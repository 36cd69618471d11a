//! The API calls the app makes, with the API's JSON errors as typed failures. Bodies are the
//! wire types the API itself uses (`merge_api_types`), read with gloo-net's `.json()`.

use gloo_net::http::{Request, Response};
use merge_api_types::{
    AppliedMerge, Confirm, ConfirmReissue, ErrorBody, ErrorCode, ErrorDetails, HistoryEvent,
    Invitation, Invite, MailboxMessage, Me, MergeRequest, Preview, ReissuePreview, Reject, Session,
    SetLanguage, SignIn, SignInAgain, SignInMethods, SignInRedirect, StoredAccount,
};
use merge_core::PlanDifference;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// What the API answered instead of what was asked; shown to the user as it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ApiFailure {
    /// The HTTP status; 0 when the server was not reached or not understood.
    pub status: u16,
    /// The API's code; None when the failure is the app's own.
    pub code: Option<ErrorCode>,
    pub message: String,
    pub details: Option<ErrorDetails>,
}

impl ApiFailure {
    fn local(message: String) -> Self {
        Self {
            status: 0,
            code: None,
            message,
            details: None,
        }
    }

    /// What changed since the preview, when a confirmation was refused as stale (W4).
    pub fn stale_differences(&self) -> Option<&[PlanDifference]> {
        match &self.details {
            Some(ErrorDetails::StalePreview { differences, .. }) => Some(differences),
            _ => None,
        }
    }
}

fn network(error: gloo_net::Error) -> ApiFailure {
    ApiFailure::local(format!(
        "the server could not be reached ({error}); check that it is running"
    ))
}

/// The answer's body, or the API's error.
async fn answer<T: DeserializeOwned>(response: Response) -> Result<T, ApiFailure> {
    let status = response.status();
    if response.ok() {
        return response.json().await.map_err(|e| {
            ApiFailure::local(format!("the server's answer was not understood: {e}"))
        });
    }
    Err(match response.json::<ErrorBody>().await {
        Ok(body) => ApiFailure {
            status,
            code: Some(body.code),
            message: body.message,
            details: body.details,
        },
        Err(_) => ApiFailure {
            status,
            ..ApiFailure::local(format!("the server answered {status}"))
        },
    })
}

/// Every request names the reader's language: the API says its refusals (and a stale
/// preview's differences) in it.
fn in_reader_language(request: gloo_net::http::RequestBuilder) -> gloo_net::http::RequestBuilder {
    request.header("accept-language", crate::i18n::reader_language().tag())
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    let request = in_reader_language(Request::get(path));
    answer(request.send().await.map_err(network)?).await
}

async fn post<T: DeserializeOwned>(path: &str, body: &impl Serialize) -> Result<T, ApiFailure> {
    let request = in_reader_language(Request::post(path))
        .json(body)
        .map_err(network)?;
    answer(request.send().await.map_err(network)?).await
}

pub async fn sign_in(email: String) -> Result<Session, ApiFailure> {
    post("/api/session", &SignIn { email }).await
}

pub async fn sign_in_methods() -> Result<SignInMethods, ApiFailure> {
    get("/api/sign-in").await
}

/// The API's sign-in methods, asked once per page and shared by whoever reads them (the
/// header's mailbox link, the sign-in, a step's demo note): the first call under a component
/// asks and shares the answer with that component's descendants.
pub fn use_sign_in_methods() -> leptos::prelude::LocalResource<Result<SignInMethods, ApiFailure>> {
    use leptos::prelude::{provide_context, use_context, LocalResource};
    #[derive(Clone, Copy)]
    struct Asked(LocalResource<Result<SignInMethods, ApiFailure>>);
    use_context::<Asked>()
        .map(|asked| asked.0)
        .unwrap_or_else(|| {
            let methods = LocalResource::new(sign_in_methods);
            provide_context(Asked(methods));
            methods
        })
}

/// Starts signing in through the identity provider of the email's tenant: where to go.
pub async fn start_sign_in(email: String) -> Result<SignInRedirect, ApiFailure> {
    post("/api/sign-in", &SignIn { email }).await
}

/// Signs the signed-in user in again through their identity provider, for a step that needs a
/// recent sign-in; where to go (the browser comes back to `return_to`).
pub async fn sign_in_again(return_to: String) -> Result<SignInRedirect, ApiFailure> {
    post("/api/sign-in/again", &SignInAgain { return_to }).await
}

/// Ends the session on the server.
pub async fn sign_out() -> Result<(), ApiFailure> {
    let request = in_reader_language(Request::delete("/api/session"))
        .header("content-type", "application/json")
        .send()
        .await
        .map_err(network)?;
    match request.ok() {
        true => Ok(()),
        false => answer::<()>(request).await,
    }
}

/// The emails a demo server kept instead of sending them, newest first (demo mode only).
pub async fn demo_mailbox() -> Result<Vec<MailboxMessage>, ApiFailure> {
    get("/api/demo/mailbox").await
}

/// Tells the server the language the signed-in user reads: their emails come in it. Signed
/// out, there is nobody to tell (401), which is no failure.
pub async fn set_language(lang: merge_core::Lang) -> Result<(), ApiFailure> {
    let request = in_reader_language(Request::put("/api/me/language"))
        .json(&SetLanguage { lang })
        .map_err(network)?
        .send()
        .await
        .map_err(network)?;
    match request.ok() || request.status() == 401 {
        true => Ok(()),
        false => answer::<()>(request).await,
    }
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
    let account = account(me.account.mpn_id.as_str()).await?;
    Ok((me, account))
}

pub async fn merges() -> Result<Vec<MergeRequest>, ApiFailure> {
    get("/api/merges").await
}

/// W1: invites the company of `invitee_mpn_id` to a merger or an acquisition (R22).
pub async fn invite(
    invitee_mpn_id: String,
    deal: merge_core::DealKind,
) -> Result<MergeRequest, ApiFailure> {
    let deal = Some(deal);
    post(
        "/api/merges",
        &Invite {
            invitee_mpn_id,
            deal,
        },
    )
    .await
}

/// How the invitee (or either side, to cancel) answers a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Reject { reason: String },
    Cancel,
}

pub async fn answer_request(id: i64, answer: Answer) -> Result<MergeRequest, ApiFailure> {
    match answer {
        Answer::Accept => post(&format!("/api/merges/{id}/accept"), &()).await,
        Answer::Reject { reason } => {
            post(&format!("/api/merges/{id}/reject"), &Reject { reason }).await
        }
        Answer::Cancel => post(&format!("/api/merges/{id}/cancel"), &()).await,
    }
}

/// What the invitee's admins read before they answer: the merge as merge-core reads it for
/// them (W2).
pub async fn invitation(id: i64) -> Result<Invitation, ApiFailure> {
    get(&format!("/api/merges/{id}/invitation")).await
}

/// A completed merge and the plan that was applied, for its report.
pub async fn applied_merge(id: i64) -> Result<AppliedMerge, ApiFailure> {
    get(&format!("/api/merges/{id}/report")).await
}

/// Makes the preview (the server keeps the plan it shows, W4).
pub async fn preview(id: i64) -> Result<Preview, ApiFailure> {
    post(&format!("/api/merges/{id}/preview"), &()).await
}

/// W3, W4: confirms with the fingerprint shown, acknowledging who gains which rights under
/// the reading shown (R23); a stale preview's differences in `lang`.
pub async fn confirm(
    id: i64,
    fingerprint: merge_core::Fingerprint,
    rights_acknowledged: merge_core::AdminReading,
    lang: merge_core::Lang,
) -> Result<MergeRequest, ApiFailure> {
    let rights_acknowledged = Some(rights_acknowledged);
    let request = Request::post(&format!("/api/merges/{id}/confirm"))
        .header("accept-language", lang.tag())
        .json(&Confirm {
            fingerprint,
            rights_acknowledged,
        })
        .map_err(network)?;
    answer(request.send().await.map_err(network)?).await
}

/// W5: a page of `limit` events, newest first, older than event `before` if given.
pub async fn history(before: Option<i64>, limit: u32) -> Result<Vec<HistoryEvent>, ApiFailure> {
    let older = before.map(|id| format!("&before={id}")).unwrap_or_default();
    get(&format!("/api/history?limit={limit}{older}")).await
}

/// R17: the plan of a re-issue, made by the server (which knows the absorbed tenants).
pub async fn preview_reissue(
    request: &merge_core::ReissueRequest,
) -> Result<ReissuePreview, ApiFailure> {
    post("/api/reissues/preview", request).await
}

/// R17: applies the re-issue whose preview had `fingerprint`.
pub async fn confirm_reissue(
    request: merge_core::ReissueRequest,
    fingerprint: merge_core::Fingerprint,
) -> Result<ReissuePreview, ApiFailure> {
    post(
        "/api/reissues",
        &ConfirmReissue {
            request,
            fingerprint,
        },
    )
    .await
}
