//! Merge history of the signed-in company (W5).

use leptos::prelude::*;

use crate::api;

/// The moment in the reader's own time zone and format.
pub(super) fn local_time(at: chrono::DateTime<chrono::Utc>) -> String {
    let millis = wasm_bindgen::JsValue::from_f64(at.timestamp_millis() as f64);
    String::from(
        js_sys::Date::new(&millis).to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED),
    )
}

/// "3 minutes ago", "yesterday", in the reader's language.
fn relative_time(at: chrono::DateTime<chrono::Utc>) -> String {
    let now = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or(at);
    let (value, unit) = crate::view_model::time_ago(at, now);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"numeric".into(), &"auto".into());
    js_sys::Intl::RelativeTimeFormat::new(&js_sys::Array::new(), &options)
        .format(value as f64, unit)
        .into()
}

#[component]
pub fn History() -> impl IntoView {
    let events = LocalResource::new(api::history);
    view! {
        <h1>"Merge history"</h1>
        <Transition fallback=|| view! { <p>"Loading the history…"</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    events.await.map(|events| {
                        let rows = events
                            .into_iter()
                            .map(|e| {
                                let detail = e.detail.unwrap_or_default();
                                let event = e.event.as_str();
                                view! {
                                    <tr class="event" data-event=event>
                                        <td><time datetime=e.at.to_rfc3339() title=local_time(e.at)>{relative_time(e.at)}</time></td>
                                        <td>{format!("{} → {}", e.initiator.company, e.invitee.company)}</td>
                                        <td>{event}</td>
                                        <td>{e.actor}</td>
                                        <td>{detail}</td>
                                    </tr>
                                }
                            })
                            .collect::<Vec<_>>();
                        view! {
                            <table>
                                <thead><tr><th scope="col">"When"</th><th scope="col">"Request"</th><th scope="col">"What"</th><th scope="col">"Who"</th><th scope="col">"Detail"</th></tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        }
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}
