//! The merge at a glance, at the top of the preview: merge-core's counts before and after, and
//! whether anything needs attention.

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
    let attention = match summary.attention.len() {
        0 => view! { <p class="attention none">{t!(i18n, glance.nothing)}</p> }.into_any(),
        1 => view! {
            <p class="attention">{t!(i18n, glance.one_thing)} <a href="#warnings">{t!(i18n, glance.see_warnings)}</a></p>
        }
        .into_any(),
        count => view! {
            <p class="attention">{t!(i18n, glance.things, count)} <a href="#warnings">{t!(i18n, glance.see_warnings)}</a></p>
        }
        .into_any(),
    };
    view! {
        <section class="card at-a-glance" aria-labelledby="at-a-glance">
            <h2 id="at-a-glance">{t!(i18n, glance.title)}</h2>
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
            {attention}
        </section>
    }
}
