//! Every request and response body of the Partner Merge API, as serde types: the API writes them
//! and the app reads them, so the two cannot disagree on a field. Accounts and plans are
//! merge-core's own types.
//!
//! With the `openapi` feature each type also describes itself for the API's OpenAPI document.

mod words;
pub use words::{refusal_in, words};

use chrono::{DateTime, NaiveDate, Utc};
use merge_core::{
    AccountSnapshot, AdminReading, DealKind, Fingerprint, Lang, MergePlan, MpnId, PlanDifference,
    Problem, ReissueConflict, ReissuePlan, ReissueRequest, RightsAfterMerge, RoleAssignment,
};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// `POST /api/session` (demo mode): sign in by email alone. `POST /api/sign-in`: start signing
/// in through the identity provider of the email's tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    pub email: String,
}

/// The body of a request that changes something but carries no data (`POST
/// /api/merges/{id}/accept`, `…/cancel`, `…/preview`, `DELETE /api/session`): `{}`. Every
/// request that changes state must be JSON (415 `json_required` otherwise), which a form on
/// another site cannot send.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NoData {}

/// `GET /api/sign-in`: the ways this server signs people in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SignInMethods {
    /// Demo mode: any demo user by email alone (`POST /api/session`).
    pub demo: bool,
    /// In demo mode, who can sign in, each with their company (empty otherwise): the start page
    /// needs this one answer to be usable.
    #[serde(default)]
    pub demo_users: Vec<DemoUser>,
    /// Through each tenant's identity provider (`POST /api/sign-in`).
    pub identity_provider: bool,
    /// Confirming a merge or a re-issue needs a sign-in at most this many seconds old
    /// (`reauthentication_required` until then; `POST /api/sign-in/again`); none in demo mode,
    /// which asks for no fresh sign-in.
    #[serde(default)]
    pub fresh_sign_in_seconds: Option<u64>,
}

/// `POST /api/sign-in/again`: sign in afresh through the signed-in user's identity provider
/// (for a step that needs a recent sign-in), then come back to `return_to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignInAgain {
    /// A path of this site (`/merges/1/preview?…`), where the browser goes once signed in.
    pub return_to: String,
}

/// `POST /api/sign-in`: where to send the browser to sign in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SignInRedirect {
    /// The identity provider's authorization URL; it redirects back to
    /// `/api/sign-in/callback`.
    pub url: String,
}

/// Who signed in, and to which account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Session {
    pub email: String,
    pub account: MpnId,
}

/// A user who can sign in in demo mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DemoUser {
    pub company: String,
    pub email: String,
    pub account_admin: bool,
}

/// An account, by its global MPN ID and company name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AccountRef {
    pub mpn_id: MpnId,
    pub company: String,
}

/// `GET /api/me`: the signed-in user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Me {
    pub email: String,
    pub account: AccountRef,
    pub roles: Vec<RoleAssignment>,
    pub is_account_admin: bool,
}

/// An account's snapshot as stored, with its version (it grows with every change).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct StoredAccount {
    pub version: i64,
    pub snapshot: AccountSnapshot,
}

/// `POST /api/merges`: invite a company by its global MPN ID (W1), as a merger or an
/// acquisition (R22).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Invite {
    pub invitee_mpn_id: String,
    /// What the companies agreed: carried in the plan (version 2), shown to the invitee before
    /// they answer, in the history, the report and the emails. Left out (clients from before
    /// deal kinds): a request without one, planned as before (docs/decisions.md).
    #[serde(default)]
    pub deal: Option<DealKind>,
}

/// `POST /api/merges/{id}/reject`: the reason the initiator reads (W2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Reject {
    #[serde(default)]
    pub reason: String,
}

/// `POST /api/merges/{id}/confirm`: the fingerprint of the plan that was shown (W3, W4), and
/// the initiator's acknowledgement of who gains which rights (R23).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Confirm {
    pub fingerprint: Fingerprint,
    /// The reading of admin rights (`rights.reading`) of the preview's "Who gains which
    /// rights" section that the initiator read and acknowledged. Without it, or with another
    /// reading than the server's, the confirm is refused (422 `rights_not_acknowledged`).
    /// Required: a body without it (a client from before) is refused as
    /// `rights_not_acknowledged`, which says what to send, not as `invalid_body`.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = AdminReading))]
    pub rights_acknowledged: Option<AdminReading>,
}

/// `PUT /api/users/{email}/roles`: a user's roles, replaced as a whole (R16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SetRoles {
    pub roles: Vec<RoleAssignment>,
}

/// Where a merge request stands (W2, W3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RequestState {
    /// Sent; the invitee has not answered.
    Pending,
    /// The invitee accepted; the initiator may preview and confirm.
    Accepted,
    /// The invitee said no, with a reason.
    Rejected,
    /// Either side called it off before the merge.
    Cancelled,
    /// The merge was applied.
    Completed,
    /// Nobody answered (pending) or confirmed (accepted) in time; both accounts are free
    /// again (issue #31).
    Expired,
}

impl RequestState {
    /// As stored and sent.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
            Self::Cancelled => "cancelled",
            Self::Completed => "completed",
            Self::Expired => "expired",
        }
    }

    /// Still open: it holds both accounts (W6).
    pub fn is_open(self) -> bool {
        matches!(self, Self::Pending | Self::Accepted)
    }
}

impl std::fmt::Display for RequestState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A merge request between two accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct MergeRequest {
    pub id: i64,
    pub initiator: AccountRef,
    pub invitee: AccountRef,
    pub state: RequestState,
    /// Why the invitee rejected it, if they said.
    pub reason: Option<String>,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Who of the invitee accepted it, and when (the consent trail).
    #[serde(default)]
    pub accepted_by: Option<String>,
    #[serde(default)]
    pub accepted_at: Option<DateTime<Utc>>,
    /// Who rejected, cancelled or confirmed it, at `updated_at`.
    #[serde(default)]
    pub closed_by: Option<String>,
    /// A merger or an acquisition, as the initiator chose it on the invitation (R22); none for
    /// a request sent without one (before deal kinds existed).
    #[serde(default)]
    pub deal: Option<DealKind>,
}

/// A step in a request's history (W5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HistoryEventKind {
    Sent,
    Accepted,
    Rejected,
    Cancelled,
    Completed,
    /// R17: after the merge, the absorbed tenant's users were re-issued into the PGA's tenant.
    Reissued,
    /// Not answered or not confirmed in time (issue #31): both accounts are free again.
    Expired,
}

impl HistoryEventKind {
    /// As stored and sent.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
            Self::Cancelled => "cancelled",
            Self::Completed => "completed",
            Self::Reissued => "reissued",
            Self::Expired => "expired",
        }
    }
}

/// `GET /api/history`: one step of a request, as both companies see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct HistoryEvent {
    /// Events are numbered in the order they happened; page with `?before=`.
    pub id: i64,
    pub request_id: i64,
    pub event: HistoryEventKind,
    pub actor: String,
    pub at: DateTime<Utc>,
    /// The rejection's reason, or the applied plan's fingerprint (a merge's or a re-issue's).
    pub detail: Option<String>,
    pub initiator: AccountRef,
    pub invitee: AccountRef,
    /// The request's deal kind (R22), if it was sent with one.
    #[serde(default)]
    pub deal: Option<DealKind>,
}

/// `GET /api/history?before=&limit=`: which page of the history, newest first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct HistoryPage {
    /// Only events older than this event id (the `id` of the last event of the page before).
    pub before: Option<i64>,
    /// At most this many events (default and most: 100).
    pub limit: Option<u32>,
}

impl HistoryPage {
    pub const MAX: u32 = 100;

    /// The page size asked for, within 1 to [`Self::MAX`].
    pub fn limit(self) -> u32 {
        self.limit.unwrap_or(Self::MAX).clamp(1, Self::MAX)
    }
}

/// `POST /api/merges/{id}/preview`: what the initiator reviews before confirming (W3): both
/// accounts as stored, the day the plan is made for, and the server's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Preview {
    pub request: MergeRequest,
    pub as_of: NaiveDate,
    pub initiator: StoredAccount,
    pub invitee: StoredAccount,
    pub plan: MergePlan,
    /// Who gains which rights (R23) under this server's reading (A3): what the confirm
    /// acknowledges.
    pub rights: RightsSection,
}

/// `GET /api/merges/{id}/invitation`: what the invitee's account admins see before they
/// answer (W2): their own account as stored, and the merge as it would be applied today, read
/// for them by merge-core (the initiator only by name, global MPN ID and counts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Invitation {
    pub request: MergeRequest,
    pub invitee: StoredAccount,
    pub preview: merge_core::InvitationPreview,
    /// Who gains which rights (R23) among the invitee's own tenants: the initiator's people are
    /// not disclosed.
    pub rights: RightsSection,
}

/// "Who gains which rights" (R23) under the server's reading of admin rights (A3), read from
/// the plan by merge-core: each tenant's people with an account-wide role, and the same in
/// sentences in the reader's language (`Accept-Language`: en, nl or de).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RightsSection {
    /// The reading, both companies, and each tenant's people with what they gain.
    #[serde(flatten)]
    pub rights: RightsAfterMerge,
    /// The language of `sentences`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "nl"))]
    pub lang: Lang,
    /// The reading first, then each person's rights, tenant by tenant.
    pub sentences: Vec<String>,
}

impl RightsSection {
    /// `rights` with its sentences in `lang`.
    pub fn new(rights: RightsAfterMerge, lang: Lang) -> Self {
        let sentences = rights.describe_in(lang);
        Self {
            rights,
            lang,
            sentences,
        }
    }
}

/// `GET /api/merges/{id}/report`: a completed merge as it was applied, for the report to sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AppliedMerge {
    pub request: MergeRequest,
    /// The plan that was confirmed and applied, its fingerprint as recorded in the history.
    pub plan: MergePlan,
    /// Who gained which rights (R23) under this server's reading of admin rights (A3).
    pub rights: RightsSection,
}

/// `POST /api/reissues/preview`, `POST /api/reissues` (R17): the plan of re-issuing an absorbed
/// tenant's users, and the completed merge that brought that tenant in (whose history records
/// it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ReissuePreview {
    pub merge: MergeRequest,
    pub plan: ReissuePlan,
}

/// `POST /api/reissues` (R17): apply the re-issue asked for, if its plan now has the fingerprint
/// that was shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ConfirmReissue {
    pub request: ReissueRequest,
    pub fingerprint: Fingerprint,
}

/// The body of every error answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ErrorBody {
    pub code: ErrorCode,
    /// What was wrong and what to do, for a person.
    pub message: String,
    /// Data for the codes that carry some.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<ErrorDetails>,
}

/// Every error the API answers with; each has one HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 400: the body is not JSON.
    BadRequest,
    /// 401: no session, or it ended.
    SignedOut,
    /// 401: signed in, but this step (confirming a merge or a re-issue) needs a sign-in at most
    /// `details.max_age` seconds old: sign in again (`POST /api/sign-in/again`) and send it again.
    ReauthenticationRequired,
    /// 403: signed in, but not allowed.
    Forbidden,
    /// 404
    NotFound,
    /// 409: the request is not in a state that allows this.
    WrongState,
    /// 409: the merge was applied already.
    AlreadyCompleted,
    /// 409: the inviting account takes part in another open request (W6).
    OpenMergeExists,
    /// 409: the invited account cannot be invited now (why is the other company's business).
    InviteeUnavailable,
    /// 409: the accounts changed since the preview that was confirmed (W4).
    StalePreview,
    /// 422 (R23): the confirm does not acknowledge who gains which rights: read the preview's
    /// `rights` section and send `rights_acknowledged` with its reading (`details.reading`).
    RightsNotAcknowledged,
    /// 409: the stored accounts cannot merge (merge-core's refusal, in the message).
    CannotMerge,
    /// 413
    BodyTooLarge,
    /// 415: a request that changes state must send JSON.
    JsonRequired,
    /// 429: more invitations than an account may send per hour; see `Retry-After`.
    TooManyInvitations,
    /// 422: the JSON does not fit the endpoint's body.
    InvalidBody,
    /// 422: a rejection reason longer than allowed.
    ReasonTooLong,
    /// 422: text with control characters or text-direction overrides.
    InvalidText,
    /// 422 (W1): not an MPN ID.
    MalformedMpnId,
    /// 422 (W1): the initiator's own account.
    SelfMerge,
    /// 422 (W1): a location's MPN ID, not an account's global one.
    LocationId,
    /// 422 (W1): an account merged into another already.
    MergedAway,
    /// 422 (W1): no account has this global MPN ID.
    UnknownAccount,
    /// 422 (R16): roles that do not fit the account.
    InvalidRoles,
    /// 409 (A1): the change would leave a tenant without an account admin.
    LastAdmin,
    /// 422 (R17): a re-issue that names no absorbed tenant, the same tenant twice, or no users.
    InvalidReissue,
    /// 409 (R17): users who cannot be re-issued as asked; each conflict in `details`.
    ReissueConflicts,
    /// 429: too many requests of one kind from one address; see `Retry-After`.
    TooManyRequests,
    /// 502: the identity provider of the email's tenant cannot be reached.
    ProviderUnavailable,
    /// 408: the request took longer than the server allows (a slow client or a busy server).
    RequestTimeout,
    /// 503: the database is busy (changes that collided kept colliding, or no connection came
    /// free in time); see `Retry-After`.
    Busy,
    /// 500
    Internal,
}

/// Data that comes with some errors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(untagged)]
pub enum ErrorDetails {
    /// `stale_preview`: the plan now, and what differs from the one shown.
    StalePreview {
        fingerprint: Fingerprint,
        differences: Vec<PlanDifference>,
    },
    /// `wrong_state`, `already_completed`.
    State { state: RequestState },
    /// `open_merge_exists`: the account already in an open request.
    OpenMerge { mpn_id: MpnId },
    /// `location_id`: the account whose location was named, to invite instead.
    LocationOf {
        company: String,
        global_mpn_id: MpnId,
    },
    /// `reason_too_long`: the most characters allowed.
    Limit { max: u32 },
    /// `too_many_invitations`: seconds until the next is possible (also `Retry-After`).
    RetryAfter { seconds: u64 },
    /// `invalid_roles`: each problem with its path.
    Problems { problems: Vec<Problem> },
    /// `reissue_conflicts`: every user who cannot be moved as asked, and why.
    ReissueConflicts { conflicts: Vec<ReissueConflict> },
    /// `reauthentication_required`: the most seconds since the sign-in that this step accepts.
    Reauthenticate { max_age: u64 },
    /// `rights_not_acknowledged`: the reading of admin rights the confirm must acknowledge.
    Rights { reading: AdminReading },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_details_read_back_as_the_same_variant() {
        let all = [
            ErrorDetails::StalePreview {
                fingerprint: Fingerprint::from("sha256:00"),
                differences: Vec::new(),
            },
            ErrorDetails::State {
                state: RequestState::Completed,
            },
            ErrorDetails::OpenMerge {
                mpn_id: "3333333".into(),
            },
            ErrorDetails::LocationOf {
                company: "Fabricam".into(),
                global_mpn_id: "3333333".into(),
            },
            ErrorDetails::Limit { max: 500 },
            ErrorDetails::RetryAfter { seconds: 60 },
            ErrorDetails::Problems {
                problems: Vec::new(),
            },
            ErrorDetails::ReissueConflicts {
                conflicts: vec![ReissueConflict::ListedTwice {
                    email: "frank@fabricam.com".into(),
                }],
            },
            ErrorDetails::Reauthenticate { max_age: 600 },
            ErrorDetails::Rights {
                reading: AdminReading::BothTenants,
            },
        ];
        for details in all {
            let json = serde_json::to_string(&details).unwrap();
            let back: ErrorDetails = serde_json::from_str(&json).unwrap();
            assert_eq!(back, details, "{json}");
        }
    }

    #[test]
    fn names_are_the_serde_names() {
        use RequestState::*;
        for state in [Pending, Accepted, Rejected, Cancelled, Completed, Expired] {
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{}\"", state.as_str()));
        }
        use HistoryEventKind as E;
        for event in [
            E::Sent,
            E::Accepted,
            E::Rejected,
            E::Cancelled,
            E::Completed,
            E::Expired,
            E::Reissued,
        ] {
            let json = serde_json::to_string(&event).unwrap();
            assert_eq!(json, format!("\"{}\"", event.as_str()));
        }
    }
}

/// `PUT /api/me/language`: the language the signed-in user reads their emails in, set by the
/// app's language switch (issue #31).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SetLanguage {
    /// `en`, `nl` or `de`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "nl"))]
    pub lang: merge_core::Lang,
}

/// `GET /api/demo/mailbox` (demo mode only): an email the server sent, as its recipient got it,
/// newest first. A demo server with no SMTP server keeps its emails here instead of sending
/// them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct MailboxMessage {
    /// The email's Message-ID (without its angle brackets), stable across retries.
    pub id: String,
    pub to: String,
    /// The workflow step it tells of: `invited`, `accepted`, `rejected`, `cancelled`,
    /// `completed`, `reissued`, `expiring`, `expired`.
    pub event: String,
    pub request_id: i64,
    /// The app's page the email links to (`/merges/1`).
    pub link: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "nl"))]
    pub lang: merge_core::Lang,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub sent_at: DateTime<Utc>,
}

/// The body of every webhook delivery (issue #31; docs/webhooks.md): one step of a merge
/// request. Signed with HMAC-SHA256 over `{timestamp}.{body}` in the `Partner-Merge-Signature`
/// header (`t=<unix seconds>,v1=<hex>`); `Partner-Merge-Delivery` carries the delivery's id,
/// the same on every retry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct WebhookEvent {
    /// The event's id: the same for every webhook it goes to and on every retry.
    pub id: String,
    /// `invited`, `accepted`, `rejected`, `cancelled`, `completed`, `reissued`, `expiring`,
    /// `expired`.
    pub event: String,
    pub created_at: DateTime<Utc>,
    pub request_id: i64,
    pub initiator: AccountRef,
    pub invitee: AccountRef,
    /// Who took the step (an email), or `Partner Merge` for an expiry.
    pub actor: String,
    /// The applied plan's fingerprint (`completed`, `reissued`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// A rejection's reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `merger` or `acquisition`, if the request was sent with one (R22).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<DealKind>,
}
