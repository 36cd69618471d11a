//! The merge at a glance, at the top of the preview: merge-core's counts before and after, and
//! whether anything needs attention.

use leptos::prelude::*;
use merge_core::MergeSummary;

#[component]
pub fn AtAGlance(summary: MergeSummary, initiator: String, invitee: String) -> impl IntoView {
    let rows = summary
        .rows
        .iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{row.counted.label()}</th>
                    <td>{row.initiator}</td>
                    <td>{row.invitee}</td>
                    <td class="merged">{row.merged}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let attention = match summary.attention.len() {
        0 => view! { <p class="attention none">"Nothing has expired or lapsed."</p> }.into_any(),
        n => {
            let text = match n {
                1 => "1 thing needs attention: ".to_string(),
                n => format!("{n} things need attention: "),
            };
            view! { <p class="attention">{text} <a href="#warnings">"see the warnings"</a></p> }
                .into_any()
        }
    };
    view! {
        <section class="at-a-glance" aria-labelledby="at-a-glance">
            <h2 id="at-a-glance">"At a glance"</h2>
            <table>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{initiator}</th>
                        <th scope="col">{invitee}</th>
                        <th scope="col">"After the merge"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {attention}
        </section>
    }
}
