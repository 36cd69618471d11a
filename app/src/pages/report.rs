//! The report of an applied merge (`/merges/:id/report`): the plan that was confirmed, its
//! consent trail, on screen and ready to print.

use std::sync::Arc;

use leptos::prelude::*;

use super::preview::id_in_route;
use super::print::{PrintButton, Report, ReportStatus};
use crate::api::{self, ApiFailure};
use crate::i18n::{t, use_i18n};

#[component]
pub fn ReportPage() -> impl IntoView {
    let id = id_in_route();
    let data = LocalResource::new(move || {
        let id = id();
        async move { Ok::<_, ApiFailure>((api::applied_merge(id).await?, api::me().await?.email)) }
    });
    let i18n = use_i18n();
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, report.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    data.await.map(|(applied, me)| view! {
                        <div class="action-bar top"><PrintButton /></div>
                        <Report plan=Arc::new(applied.plan) status=ReportStatus::Applied
                            request=applied.request generated_by=me on_screen=true
                            rights=Arc::new(applied.rights.rights) />
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}
