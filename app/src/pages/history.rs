//! Merge history of the signed-in company (W5).

use leptos::prelude::*;

use crate::api;

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
                                        <td>{e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)}</td>
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
