//! The merge at a glance: merge-core's counts before and after. What needs attention comes
//! before it, in the consequences' message bars.

use leptos::prelude::*;
use merge_core::MergeSummary;

use crate::i18n::{t, use_i18n};
use crate::language::use_lang;

#[component]
pub fn AtAGlance(summary: MergeSummary, initiator: String, invitee: String) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let rows = summary
        .rows
        .iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{let counted = row.counted; move || counted.label_in(lang.get())}</th>
                    <td>{row.initiator}</td>
                    <td>{row.invitee}</td>
                    <td class="merged">{row.merged}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="card at-a-glance" aria-labelledby="at-a-glance">
            <h2 id="at-a-glance">{t!(i18n, reading.at_a_glance)}</h2>
            <table>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{initiator}</th>
                        <th scope="col">{invitee}</th>
                        <th scope="col">{t!(i18n, glance.after)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
