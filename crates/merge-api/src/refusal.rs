//! Refusals in the caller's language: every error answer is made in English by the handler
//! that refused ([`crate::error::ApiError`]); this layer says it again in the first language of
//! `Accept-Language` the catalogue has (`locales/<lang>/api.ftl`), from its code and details.
//! The body keeps its shape; `Content-Language` names the language.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use merge_api_types::{refusal_in, ErrorBody};
use merge_core::Lang;

use crate::error::Refusal;
use crate::routes::ReaderLang;

pub async fn in_reader_language(
    ReaderLang(lang): ReaderLang,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let Some(refusal) = response.extensions_mut().remove::<Refusal>() else {
        return response;
    };
    if lang == Lang::En {
        return response;
    }
    let message = refusal_in(
        refusal.code,
        refusal.details.as_ref(),
        refusal.plan_refusal.as_deref(),
        &refusal.message,
        lang,
    );
    let body = ErrorBody {
        code: refusal.code,
        message,
        details: refusal.details,
    };
    let Ok(json) = serde_json::to_vec(&body) else {
        return response;
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.tag()),
    );
    Response::from_parts(parts, Body::from(json))
}
