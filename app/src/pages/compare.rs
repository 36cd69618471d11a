//! Who should absorb whom: both directions of one pair side by side, and what differs in
//! merge-core's words (issue #13). The sandbox and the preview of an accepted request show it.

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;
use merge_core::{compare_directions, AccountSnapshot, DirectionComparison, Lang};

use super::AccountTree;
use crate::i18n::{t, td_string, use_i18n};
use crate::language::use_lang;
use crate::view_model::account_tree;

/// On the preview of a request: both directions, planned when asked for.
#[component]
pub fn CompareOffer(
    #[prop(into)] before: Arc<[AccountSnapshot; 2]>,
    as_of: NaiveDate,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = RwSignal::new(None::<Arc<DirectionComparison>>);
    let open = move |_| {
        let compared = compare_directions(&before[0], &before[1], as_of);
        shown.set(Some(Arc::new(compared)));
    };
    view! {
        <p class="compare-offer">
            <button class="secondary" on:click=open disabled=move || shown.with(Option::is_some)>{t!(i18n, compare.open)}</button>
        </p>
        {move || shown.get().map(|comparison| view! { <Comparison comparison /> })}
    }
}

#[component]
pub fn Comparison(#[prop(into)] comparison: Arc<DirectionComparison>) -> impl IntoView {
    let lang = use_lang();
    move || comparison_in(&comparison, lang.get())
}

fn comparison_in(comparison: &DirectionComparison, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let locale = lang;
    let differences = comparison
        .describe_in(lang)
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect::<Vec<_>>();
    let sides = comparison
        .directions
        .iter()
        .map(|direction| {
            let (initiator, invitee) = (direction.initiator.clone(), direction.invitee.clone());
            let title = td_string!(locale, compare.direction, initiator, invitee).to_string();
            let outcome = match direction.plan() {
                Ok(plan) => {
                    let mpn_id = plan.result.global_mpn_id.to_string();
                    view! {
                        <p class="global-mpn">{td_string!(locale, compare.global, mpn_id = mpn_id).to_string()}</p>
                        <AccountTree label=plan.result.company.clone() nodes=account_tree(&plan.result, lang) />
                    }
                    .into_any()
                }
                Err(refusal) => {
                    let why = refusal.describe_in(locale);
                    view! { <p class="error">{td_string!(locale, refusal.cannot_merge, why = why).to_string()}</p> }
                        .into_any()
                }
            };
            view! {
                <section class="card side direction">
                    <h3>{title}</h3>
                    {outcome}
                </section>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="card comparison" aria-labelledby="compare-title">
            <h2 id="compare-title">{t!(i18n, compare.title)}</h2>
            <p>{t!(i18n, compare.intro)}</p>
            <ul class="direction-differences">{differences}</ul>
            <div class="sides">{sides}</div>
        </section>
    }
}
