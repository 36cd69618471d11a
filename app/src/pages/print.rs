//! The report to sign: the preview printed as a document (style/main.css's print rules), with
//! the companies, the as-of date and the fingerprint in every page's margin (issue #13).

use std::sync::Arc;

use leptos::prelude::*;
use merge_core::MergePlan;

use crate::i18n::{t, td_string, use_i18n};
use crate::language::{locale_of, use_lang};
use crate::view_model::page_margin_css;

/// "Print or save as PDF", and the line every printed page carries, in the reader's language.
#[component]
pub fn PrintReport(#[prop(into)] plan: Arc<MergePlan>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let running = move || {
        let (lang, fingerprint) = (lang.get(), plan.fingerprint.to_string());
        let locale = locale_of(lang);
        let top = td_string!(
            locale,
            print.running,
            initiator = plan.initiator.company.clone(),
            invitee = plan.invitee.company.clone(),
            date = lang.date(plan.as_of)
        );
        let bottom = td_string!(locale, print.fingerprint, fingerprint);
        page_margin_css(&top.to_string(), &bottom.to_string())
    };
    view! {
        <p class="no-print">
            <button class="secondary" on:click=move |_| { let _ = window().print(); }>{t!(i18n, print.button)}</button>
        </p>
        <style>{running}</style>
    }
}
