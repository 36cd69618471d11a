//! "Who gains which rights" (R23): a section of the preview, the invitation and the report,
//! under the deployment's reading of admin rights (A3), read by merge-core in the reader's
//! language (crate::view_model::RightsReading).

use std::sync::Arc;

use leptos::prelude::*;
use merge_core::RightsAfterMerge;

use crate::i18n::{t, use_i18n};
use crate::language::use_lang;
use crate::view_model::{RightsReading, TenantReading};

#[component]
pub fn WhoGains(
    #[prop(into)] rights: Arc<RightsAfterMerge>,
    /// The heading's id, for the section's label.
    #[prop(into, default = "who-gains".into())]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let section = move || {
        let RightsReading { reading, tenants } = RightsReading::of(&rights, lang.get());
        view! {
            <p class="reading">{reading}</p>
            {tenant_lists(tenants)}
        }
    };
    let labelled_by = id.clone();
    view! {
        <section class="card who-gains" aria-labelledby=labelled_by>
            <h2 id=id>{t!(i18n, reading.rights)}</h2>
            {section}
        </section>
    }
}

/// Each tenant's title, then its people's lines: the screen's section and the printed report's.
pub fn tenant_lists(tenants: Vec<TenantReading>) -> Vec<impl IntoView> {
    tenants
        .into_iter()
        .map(|tenant| {
            let lines = tenant
                .lines
                .into_iter()
                .map(|line| view! { <li>{line}</li> });
            view! {
                <h3>{tenant.title}</h3>
                <ul>{lines.collect::<Vec<_>>()}</ul>
            }
        })
        .collect()
}
