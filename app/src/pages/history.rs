//! Merge history of the signed-in company (W5).

use leptos::prelude::*;
use merge_core::Lang;

use crate::api;
use crate::i18n::{t, use_i18n};
use crate::language::{intl_locale, use_lang};
use crate::refusal::event_word;

/// The moment in the reader's own time zone, written in the reader's language.
pub(super) fn local_time(at: chrono::DateTime<chrono::Utc>, lang: Lang) -> String {
    let millis = wasm_bindgen::JsValue::from_f64(at.timestamp_millis() as f64);
    String::from(
        js_sys::Date::new(&millis)
            .to_locale_string(&intl_locale(lang), &wasm_bindgen::JsValue::UNDEFINED),
    )
}

/// "3 minutes ago", "3 minuten geleden", "yesterday", in the reader's language.
fn relative_time(at: chrono::DateTime<chrono::Utc>, lang: Lang) -> String {
    let now = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or(at);
    let (value, unit) = crate::view_model::time_ago(at, now);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"numeric".into(), &"auto".into());
    let locales = js_sys::Array::of1(&intl_locale(lang).into());
    js_sys::Intl::RelativeTimeFormat::new(&locales, &options)
        .format(value as f64, unit)
        .into()
}

#[component]
pub fn History() -> impl IntoView {
    let events = LocalResource::new(api::history);
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <h1 id="history-title">{t!(i18n, history.title)}</h1>
        <Transition fallback=move || view! { <p>{t!(i18n, history.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    let (lang, locale) = (lang.get(), i18n.get_locale());
                    events.await.map(|events| {
                        let rows = events
                            .into_iter()
                            .map(|e| {
                                let detail = e.detail.unwrap_or_default();
                                let event = e.event.as_str();
                                view! {
                                    <tr class="event" data-event=event>
                                        <td><time datetime=e.at.to_rfc3339() title=local_time(e.at, lang)>{relative_time(e.at, lang)}</time></td>
                                        <td>{format!("{} → {}", e.initiator.company, e.invitee.company)}</td>
                                        <td>{event_word(e.event, locale)}</td>
                                        <td>{e.actor}</td>
                                        <td class="detail">{detail}</td>
                                    </tr>
                                }
                            })
                            .collect::<Vec<_>>();
                        // A phone scrolls the table sideways: a labelled region a keyboard can reach.
                        view! {
                            <div class="table-window card" role="region" aria-labelledby="history-title" tabindex="0">
                            <table>
                                <thead><tr>
                                    <th scope="col">{t!(i18n, history.when)}</th>
                                    <th scope="col">{t!(i18n, history.request)}</th>
                                    <th scope="col">{t!(i18n, history.what)}</th>
                                    <th scope="col">{t!(i18n, history.who)}</th>
                                    <th scope="col">{t!(i18n, history.detail)}</th>
                                </tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                            </div>
                        }
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}
