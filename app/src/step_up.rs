//! A fresh sign-in before a step that cannot be undone (issue #30), as GitHub's sudo mode does:
//! when the API refuses a confirm with `reauthentication_required`, the app sends the person
//! through their identity provider again (`POST /api/sign-in/again`) and back to the page they
//! were on, marked with the fingerprint they were confirming (`?confirm=…`). There the confirm
//! dialog opens again on that same plan, or the page says the plan changed meanwhile. Demo mode
//! asks for no fresh sign-in, and the dialogs say so.

use leptos::prelude::*;
use merge_api_types::ErrorCode;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::api::{self, ApiFailure};
use crate::i18n::{t, use_i18n};
use crate::refusal::refusal as in_words;
use crate::reload_at;

/// The address's mark of a confirm to resume.
const MARK: &str = "confirm";

/// Whether the API refused for want of a recent sign-in.
pub fn needed(failure: &ApiFailure) -> bool {
    failure.code == Some(ErrorCode::ReauthenticationRequired)
}

/// `path` marked to resume the confirm of `fingerprint` once back.
pub fn marked(path: &str, fingerprint: &str) -> String {
    let fingerprint = String::from(js_sys::encode_uri_component(fingerprint));
    format!("{path}?{MARK}={fingerprint}")
}

/// This page's path, marked to resume the confirm of `fingerprint`.
pub fn return_here(fingerprint: &str) -> String {
    let path = window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into());
    marked(&path, fingerprint)
}

/// The fingerprint in a query string's mark, if any.
pub fn mark_in(search: &str) -> Option<String> {
    let value = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(MARK)?.strip_prefix('='))?;
    js_sys::decode_uri_component(value).ok().map(String::from)
}

/// The fingerprint this page was marked to resume, if it was.
fn mark() -> Option<String> {
    mark_in(&window().location().search().ok()?)
}

/// Takes the mark off the address, so that a reload does not resume again.
fn drop_mark() {
    let location = window().location();
    if let (Ok(path), Ok(history)) = (location.pathname(), window().history()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}

/// Sends the browser through the identity provider again when `refusal` asks for a recent
/// sign-in, to come back to `return_to()`; says that it is going, or why it cannot.
#[component]
pub fn SignInAgain(
    #[prop(into)] refusal: Signal<Option<ApiFailure>>,
    #[prop(into)] return_to: Callback<(), String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let again = Action::new_local(|return_to: &String| api::sign_in_again(return_to.clone()));
    Effect::new(move |_| {
        if refusal.get().as_ref().is_some_and(needed) {
            again.dispatch_local(return_to.run(()));
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(redirect)) = again.value().get() {
            reload_at(&redirect.url);
        }
    });
    move || match again.value().get() {
        Some(Err(failure)) => {
            let text = in_words(&failure, i18n.get_locale_untracked());
            Some(view! { <p class="error" role="alert">{text}</p> }.into_any())
        }
        Some(Ok(_)) => Some(view! { <p role="status">{t!(i18n, step_up.going)}</p> }.into_any()),
        None => again
            .pending()
            .get()
            .then(|| view! { <p role="status">{t!(i18n, step_up.going)}</p> }.into_any()),
    }
}

/// Back from signing in again: `open`s the confirm when the page shows the plan that was being
/// confirmed (`fingerprint`), once its `dialog` is on the page, or says that it changed
/// meanwhile. The mark comes off the address then, so that a reload does not resume again.
#[component]
pub fn Resume(
    fingerprint: String,
    dialog: NodeRef<leptos::html::Dialog>,
    #[prop(into)] open: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mark = mark();
    let same = mark.as_deref() == Some(fingerprint.as_str());
    if mark.is_some() {
        Effect::new(move |_| {
            if let Some(dialog) = dialog.get() {
                when_on_page(dialog, move || {
                    drop_mark();
                    if same {
                        open.run(());
                    }
                });
            }
        });
    }
    (mark.is_some() && !same)
        .then(|| view! { <p class="warning" role="alert">{t!(i18n, step_up.changed)}</p> })
}

/// Runs `then` once `element` is in the document (a view is built before it is inserted),
/// looking again at each frame for a second at most.
fn when_on_page(element: web_sys::HtmlDialogElement, then: impl FnOnce() + 'static) {
    fn look(element: web_sys::HtmlDialogElement, then: Box<dyn FnOnce()>, frames: u32) {
        if element.is_connected() {
            then();
        } else if frames > 0 {
            request_animation_frame(move || look(element, then, frames - 1));
        }
    }
    look(element, Box::new(then), 60);
}

/// In demo mode, that a real server would ask for a fresh sign-in here.
#[component]
pub fn DemoNote() -> impl IntoView {
    let i18n = use_i18n();
    let methods = api::use_sign_in_methods();
    move || {
        methods
            .get()
            .and_then(Result::ok)
            .filter(|m| m.demo)
            .map(|_| view! { <p class="note">{t!(i18n, step_up.demo)}</p> })
    }
}

/// Keeps `value` in this tab (sessionStorage) across the trip to the provider, under `key`.
pub fn keep<T: Serialize>(key: &str, value: &T) {
    let storage = window().session_storage().ok().flatten();
    if let (Some(storage), Ok(json)) = (storage, serde_json::to_string(value)) {
        let _ = storage.set_item(key, &json);
    }
}

/// What [`keep`] kept under `key`, if this page was reached back from signing in again; it is
/// kept until taken by [`forget`].
pub fn kept<T: DeserializeOwned>(key: &str) -> Option<T> {
    mark_in(&window().location().search().ok()?)?;
    let storage = window().session_storage().ok().flatten()?;
    serde_json::from_str(&storage.get_item(key).ok().flatten()?).ok()
}

pub fn forget(key: &str) {
    if let Some(storage) = window().session_storage().ok().flatten() {
        let _ = storage.remove_item(key);
    }
}
