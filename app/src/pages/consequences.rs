//! What a merge costs, first on the page: what is lost or changes (a warning; the all-clear
//! only when nothing is lost), then what stays where it is. merge-core decides and words each
//! consequence; this only arranges them.

use leptos::prelude::*;
use merge_core::{Consequence, Weight};

use super::icons::{Icon, IconKind};
use crate::i18n::{t, use_i18n};
use crate::language::use_lang;

#[component]
pub fn ConsequenceBars(
    consequences: Vec<Consequence>,
    /// The company whose losses these are, when they are one company's (the invitation).
    #[prop(optional, into)]
    company: Option<String>,
    /// Its headings' ids start with this, when a page shows several (a chain's steps).
    #[prop(into, default = "consequences".into())]
    id: String,
    /// Under a heading of the page's second level (a chain's step): the bars' titles are third.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let (heavy, stays): (Vec<Consequence>, Vec<Consequence>) = consequences
        .into_iter()
        .partition(|c| c.weight() != Weight::Stays);
    let lost_anything = heavy.iter().any(|c| c.weight() == Weight::Lost);
    let sentences = move |list: &[Consequence]| {
        let list = list.to_vec();
        move || {
            let lang = lang.get();
            list.iter()
                .map(|c| view! { <li data-weight=weight_name(c.weight())>{c.describe_in(lang)}</li> })
                .collect::<Vec<_>>()
        }
    };
    let title = {
        let company = company.clone();
        move || match &company {
            Some(company) => t!(i18n, consequences.lost_of, company = company.clone()).into_any(),
            None => t!(i18n, consequences.lost).into_any(),
        }
    };
    let (lost_id, stays_id) = (format!("{id}-lost"), format!("{id}-stays"));
    let heavy_bar = (!heavy.is_empty()).then(|| {
        let labelled_by = lost_id.clone();
        // A date that moves is worth a look; something lost is a warning.
        let tone = if lost_anything { "warning" } else { "notice" };
        view! {
            <section class=format!("message-bar {tone} consequences") aria-labelledby=labelled_by>
                <Icon kind=IconKind::Warning />
                <div>
                    {heading(nested, lost_id, title.into_any())}
                    <ul>{sentences(&heavy)}</ul>
                </div>
            </section>
        }
    });
    let all_clear = (!lost_anything).then(|| {
        view! {
            <p class="message-bar success all-clear" role="status">
                <Icon kind=IconKind::Success />
                <span>{t!(i18n, consequences.nothing_lost)}</span>
            </p>
        }
    });
    let stays_bar = (!stays.is_empty()).then(|| {
        let labelled_by = stays_id.clone();
        view! {
            <section class="message-bar info stays" aria-labelledby=labelled_by>
                <Icon kind=IconKind::Info />
                <div>
                    {heading(nested, stays_id, t!(i18n, consequences.stays).into_any())}
                    <ul>{sentences(&stays)}</ul>
                </div>
            </section>
        }
    });
    view! { {all_clear} {heavy_bar} {stays_bar} }
}

fn heading(nested: bool, id: String, text: AnyView) -> AnyView {
    match nested {
        true => view! { <h3 id=id>{text}</h3> }.into_any(),
        false => view! { <h2 id=id>{text}</h2> }.into_any(),
    }
}

fn weight_name(weight: Weight) -> &'static str {
    match weight {
        Weight::Lost => "lost",
        Weight::Moves => "moves",
        Weight::Stays => "stays",
    }
}
