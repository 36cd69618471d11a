//! Signing in and out: by email alone in demo mode, or through the identity provider of the
//! user's tenant (OIDC); and the demo's mailbox.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::Json;
use merge_api_types::{
    ErrorBody, ErrorCode, MailboxMessage, NoData, Session, SignIn, SignInAgain, SignInMethods,
    SignInRedirect,
};

use super::extract::Body;
use super::read;
use crate::auth::{self, Caller, SignedInBy};
use crate::error::ApiError;
use crate::oidc::Pending;
use crate::AppState;

/// Demo sign-in and the demo's mailbox exist only with `--demo`.
fn demo_only(state: &AppState) -> Result<(), ApiError> {
    match state.demo {
        true => Ok(()),
        false => Err(ApiError::forbidden(
            "demo sign-in is off; start the server with --demo",
        )),
    }
}

/// The emails a demo server kept instead of sending them (demo mode with no `[smtp]`), newest
/// first: the demo's mailbox page shows them.
#[utoipa::path(get, path = "/demo/mailbox", tag = "session", security(()), responses(
    (status = 200, body = Vec<MailboxMessage>),
    (status = 403, description = "Not in demo mode", body = ErrorBody),
))]
pub(super) async fn demo_mailbox(
    State(state): State<AppState>,
) -> Result<Json<Vec<MailboxMessage>>, ApiError> {
    demo_only(&state)?;
    read(&state, (), |conn, _| Box::pin(crate::outbox::mailbox(conn))).await
}

/// Signs in by email alone (demo mode only): one of the users the demo seed made; sets the
/// session cookie.
#[utoipa::path(post, path = "/session", tag = "session", security(()), request_body = SignIn, responses(
    (status = 200, body = Session, headers(("set-cookie" = String, description = "pm_session: HttpOnly, SameSite=Lax, Path=/ (over https: __Host-pm_session, Secure)"))),
    (status = 401, description = "No such demo user", body = ErrorBody),
    (status = 403, description = "Not in demo mode", body = ErrorBody),
    (status = 422, body = ErrorBody),
))]
pub(super) async fn sign_in(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    Body(body): Body<SignIn>,
) -> Result<Json<Session>, ApiError> {
    demo_only(&state)?;
    let email = body.email.trim().to_ascii_lowercase();
    let account = state
        .db
        .read_one(&email, |conn, email| {
            Box::pin(async move { auth::demo_account_of(conn, email).await })
        })
        .await?
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::SignedOut,
                format!("{email} is not one of the demo users; pick one of the list"),
            )
        })?;
    auth::start_session(&session, &email, SignedInBy::Demo).await?;
    Ok(Json(Session {
        email,
        account: account.into(),
    }))
}

/// Signs out: ends the session on the server and removes the cookie.
#[utoipa::path(delete, path = "/session", tag = "session", security(("session" = []), ()),
    request_body(content = NoData, description = "`{}`: JSON, as every request that changes something"),
    responses(
    (status = 204, description = "Signed out"),
))]
pub(super) async fn sign_out(session: tower_sessions::Session) -> Result<StatusCode, ApiError> {
    auth::end_session(&session).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// How this server signs people in, and in demo mode who can.
#[utoipa::path(get, path = "/sign-in", tag = "session", security(()), responses(
    (status = 200, body = SignInMethods),
))]
pub(super) async fn sign_in_methods(
    State(state): State<AppState>,
) -> Result<Json<SignInMethods>, ApiError> {
    let demo_users = match state.demo {
        true => {
            let Json(users) = read(&state, (), |conn, _| {
                Box::pin(async move { Ok(crate::db::demo_users(conn).await?) })
            })
            .await?;
            users
        }
        false => Vec::new(),
    };
    Ok(Json(SignInMethods {
        demo: state.demo,
        demo_users,
        identity_provider: state.identity_providers.is_some(),
        fresh_sign_in_seconds: (!state.demo).then_some(state.sessions.fresh_sign_in.as_secs()),
    }))
}

/// The session key of a sign-in under way.
const PENDING: &str = "sign_in";

/// Starts signing in through the identity provider of the email's tenant: answers the URL to
/// send the browser to (authorization code flow with PKCE and a nonce), and keeps what the
/// answer will be checked against in the session. Says nothing but whether the email's domain
/// signs in here.
#[utoipa::path(post, path = "/sign-in", tag = "session", security(()), request_body = SignIn, responses(
    (status = 200, body = SignInRedirect, headers(("set-cookie" = String, description = "pm_session"))),
    (status = 403, description = "No identity provider here, or none for the email's tenant", body = ErrorBody),
    (status = 422, body = ErrorBody),
    (status = 502, description = "The tenant's identity provider cannot be reached", body = ErrorBody),
))]
pub(super) async fn start_sign_in(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    Body(body): Body<SignIn>,
) -> Result<Json<SignInRedirect>, ApiError> {
    let providers = providers(&state)?;
    let email = body.email.trim();
    let (url, pending) = providers.start(email, None).await?;
    session.insert(PENDING, pending).await?;
    Ok(Json(SignInRedirect { url }))
}

fn providers(state: &AppState) -> Result<&crate::IdentityProviders, ApiError> {
    state.identity_providers.as_deref().ok_or_else(|| {
        ApiError::forbidden(
            "sign-in through an identity provider is not set up on this server (--config)",
        )
    })
}

/// Signs the signed-in user in again through their identity provider, asking it for an
/// authentication at most `fresh_sign_in` old (OIDC `max_age`), for a step that needs a recent
/// sign-in (`reauthentication_required`); the browser then comes back to `return_to`, as
/// GitHub's sudo mode brings it back to what it was doing.
#[utoipa::path(post, path = "/sign-in/again", tag = "session", security(("session" = [])), request_body = SignInAgain, responses(
    (status = 200, body = SignInRedirect),
    (status = 401, body = ErrorBody),
    (status = 403, description = "Demo mode (it asks for no fresh sign-in), or no identity provider here", body = ErrorBody),
    (status = 422, description = "invalid_body: return_to is not a path of this site", body = ErrorBody),
    (status = 502, description = "The tenant's identity provider cannot be reached", body = ErrorBody),
))]
pub(super) async fn sign_in_again(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    user: Caller,
    Body(body): Body<SignInAgain>,
) -> Result<Json<SignInRedirect>, ApiError> {
    if state.demo {
        return Err(ApiError::forbidden(
            "demo mode asks for no fresh sign-in before a merge or a re-issue; a real server does",
        ));
    }
    let return_to = local_path(&body.return_to)?;
    let providers = providers(&state)?;
    let (url, mut pending) = providers
        .start(&user.email, Some(state.sessions.fresh_sign_in))
        .await?;
    pending.return_to = Some(return_to);
    session.insert(PENDING, pending).await?;
    Ok(Json(SignInRedirect { url }))
}

/// `path` if it is a path of this site (`/…`, not `//host/…` nor `/\host`, no control
/// characters): where a sign-in may send the browser back to.
fn local_path(path: &str) -> Result<String, ApiError> {
    let fine = path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && path.len() <= 2048
        && path.chars().all(|c| c.is_ascii_graphic());
    match fine {
        true => Ok(path.to_string()),
        false => Err(ApiError::new(
            ErrorCode::InvalidBody,
            "return_to must be a path of this site, such as /merges/1/preview",
        )),
    }
}

/// What the identity provider sends the browser back with.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct ProviderAnswer {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

/// The identity provider's redirect back: checks its answer against the sign-in this browser
/// started (once: a replayed answer is refused), binds the user to the directory user who
/// signed in (or checks it is the one bound), signs them in under a new session id and sends
/// the browser to the app (or back to where a sign-in again started).
#[utoipa::path(get, path = "/sign-in/callback", tag = "session", security(()), params(ProviderAnswer), responses(
    (status = 303, description = "Signed in: on to /account, or to the sign-in again's return_to", headers(("set-cookie" = String, description = "pm_session"))),
    (status = 403, description = "Refused: the message says why", body = ErrorBody),
    (status = 502, description = "The tenant's identity provider cannot be reached", body = ErrorBody),
))]
pub(super) async fn sign_in_callback(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    answer: Result<Query<ProviderAnswer>, QueryRejection>,
) -> Result<Redirect, ApiError> {
    let Query(answer) = answer.map_err(|e| ApiError::new(ErrorCode::BadRequest, e.body_text()))?;
    let providers = state.identity_providers.as_ref().ok_or_else(|| {
        ApiError::forbidden("sign-in through an identity provider is not set up on this server")
    })?;
    // Taken out of the session whatever happens next: each sign-in is answered once.
    let pending: Pending = session.remove(PENDING).await?.ok_or_else(|| {
        ApiError::forbidden(
            "no sign-in is under way in this browser (it was finished, or started elsewhere); \
                 start again",
        )
    })?;
    if let Some(error) = answer.error {
        return Err(ApiError::forbidden(format!(
            "the identity provider did not sign you in: {error}{}",
            answer
                .error_description
                .map(|d| format!(": {d}"))
                .unwrap_or_default()
        )));
    }
    let (Some(code), Some(returned_state)) = (answer.code, answer.state) else {
        return Err(ApiError::new(
            ErrorCode::BadRequest,
            "the identity provider's answer has no code or state",
        ));
    };
    let identity = providers.finish(&pending, &code, &returned_state).await?;
    let email = identity.email.clone();
    let subject = identity.subject.key();
    let known = state
        .db
        .write(
            (email.clone(), subject.clone()),
            |conn, (email, subject)| Box::pin(auth::bind_subject(conn, email, subject)),
        )
        .await?;
    if !known {
        return Err(ApiError::forbidden(format!(
            "{email} signed in, but is not a user of any account here: ask an account admin of \
             your company to add you"
        )));
    }
    let by = SignedInBy::Provider {
        subject,
        authenticated_at: identity.authenticated_at,
    };
    auth::start_session(&session, &email, by).await?;
    Ok(Redirect::to(
        pending.return_to.as_deref().unwrap_or("/account"),
    ))
}
