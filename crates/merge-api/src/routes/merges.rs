//! Merge requests, from the invitation to the applied merge (W1-W5), and the history.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use merge_api_types::{
    AppliedMerge, Confirm, ErrorBody, ErrorCode, HistoryEvent, HistoryPage, Invitation, Invite,
    MergeRequest, NoData, Preview, Reject,
};

use super::extract::{Body, ReaderLang, RequestId};
use super::{read, write};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::merges;
use crate::AppState;

/// W1: an account admin invites another company by its global MPN ID.
#[utoipa::path(post, path = "/merges", tag = "merges", request_body = Invite, security(("session" = [])), responses(
    (status = 201, body = MergeRequest),
    (status = 401, body = ErrorBody),
    (status = 403, description = "Not an account admin", body = ErrorBody),
    (status = 409, description = "open_merge_exists (the inviting account's own open request, W6), invitee_unavailable", body = ErrorBody),
    (status = 422, description = "malformed_mpn_id, self_merge, location_id, merged_away, unknown_account; invalid_body (a deal that is not merger or acquisition)", body = ErrorBody),
    (status = 429, description = "too_many_invitations: 10 attempts an hour, sent or refused; see Retry-After", body = ErrorBody, headers(("retry-after" = u64))),
))]
pub(super) async fn invite(
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
#[utoipa::path(get, path = "/merges", operation_id = "list", tag = "merges", security(("session" = [])), responses(
    (status = 200, body = Vec<MergeRequest>),
    (status = 401, body = ErrorBody),
))]
pub(super) async fn list_requests(
    State(state): State<AppState>,
    user: Caller,
) -> Result<Json<Vec<MergeRequest>>, ApiError> {
    read(&state, user, |conn, user| {
        Box::pin(merges::list(conn, user))
    })
    .await
}

/// One merge request the user's account takes part in.
#[utoipa::path(get, path = "/merges/{id}", operation_id = "one", tag = "merges", security(("session" = [])),
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = MergeRequest),
        (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody),
    ))]
pub(super) async fn show_request(
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
pub(super) async fn accept(
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
pub(super) async fn reject(
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
pub(super) async fn cancel(
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
pub(super) async fn invitation(
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
pub(super) async fn report(
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
pub(super) async fn preview(
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
pub(super) async fn confirm(
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
pub(super) async fn history(
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
