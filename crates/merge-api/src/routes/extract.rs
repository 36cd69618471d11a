//! What the handlers take from a request, refused in the API's one error shape.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::Json;
use merge_api_types::ErrorCode;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// `Json` whose rejections are our JSON errors.
pub struct Body<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(JsonRejection::JsonDataError(e)) => {
                Err(ApiError::new(ErrorCode::InvalidBody, e.body_text()))
            }
            Err(JsonRejection::MissingJsonContentType(_)) => Err(json_required()),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(ApiError::new(
                ErrorCode::BodyTooLarge,
                format!(
                    "the request body is larger than {} KiB",
                    crate::BODY_LIMIT / 1024
                ),
            )),
            Err(e) => Err(ApiError::new(ErrorCode::BadRequest, e.body_text())),
        }
    }
}

/// The 415 for a change not sent as JSON: here, and from the `json_only` layer for a request
/// whose handler takes no body.
pub fn json_required() -> ApiError {
    ApiError::new(
        ErrorCode::JsonRequired,
        "send the request as JSON (Content-Type: application/json)",
    )
}

/// The `{id}` of a merge request in the path; 404 when it is not a number.
pub struct RequestId(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for RequestId {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let Path(text) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::not_found("no such merge request"))?;
        text.parse()
            .map(RequestId)
            .map_err(|_| ApiError::not_found(format!("\"{text}\" is not a merge request id")))
    }
}

/// The language the caller reads, from `Accept-Language` (the app sends the one chosen in it):
/// the first the engine writes, English otherwise.
pub struct ReaderLang(pub merge_core::Lang);

impl<S: Send + Sync> FromRequestParts<S> for ReaderLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(header::ACCEPT_LANGUAGE);
        let tags = header
            .and_then(|h| h.to_str().ok())
            .map(accept_language::parse);
        let lang = tags
            .unwrap_or_default()
            .iter()
            .find_map(|tag| tag.parse().ok())
            .unwrap_or_default();
        Ok(Self(lang))
    }
}
