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
                                        <td>{local_time(e.at)}</td>
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
