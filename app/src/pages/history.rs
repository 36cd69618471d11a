//! Merge history of the signed-in company (W5): each step as a sentence, with its badge, who
//! took it and when, the reason of a rejection, and the report of an applied merge.

use leptos::prelude::*;
use merge_api_types::{HistoryEvent, HistoryEventKind};

use crate::api;
use crate::i18n::{t, td_string, use_i18n, Locale};
use crate::language::use_lang;
use crate::refusal::event_word;
use crate::time::{local_time, relative_time};

#[component]
pub fn History() -> impl IntoView {
    let events = LocalResource::new(api::history);
    let i18n = use_i18n();
    view! {
        <h1 id="history-title">{t!(i18n, history.title)}</h1>
        <Transition fallback=move || view! { <p>{t!(i18n, history.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    events.await.map(|events| {
                        if events.is_empty() {
                            return view! { <p>{t!(i18n, history.none)}</p> }.into_any();
                        }
                        let rows = events.into_iter().map(|e| view! { <EventRow event=e /> }).collect::<Vec<_>>();
                        view! { <ol class="history" aria-labelledby="history-title">{rows}</ol> }.into_any()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// "Contoso absorbed Fabricam", in the reader's language.
fn sentence(event: &HistoryEvent, locale: Locale) -> String {
    let (initiator, invitee) = (
        event.initiator.company.clone(),
        event.invitee.company.clone(),
    );
    match event.event {
        HistoryEventKind::Sent => td_string!(locale, history.sentence.sent, initiator, invitee),
        HistoryEventKind::Accepted => {
            td_string!(locale, history.sentence.accepted, initiator, invitee)
        }
        HistoryEventKind::Rejected => {
            td_string!(locale, history.sentence.rejected, initiator, invitee)
        }
        HistoryEventKind::Cancelled => {
            td_string!(locale, history.sentence.cancelled, initiator, invitee)
        }
        HistoryEventKind::Completed => {
            td_string!(locale, history.sentence.completed, initiator, invitee)
        }
        HistoryEventKind::Reissued => {
            td_string!(locale, history.sentence.reissued, initiator, invitee)
        }
    }
    .to_string()
}

#[component]
fn EventRow(event: HistoryEvent) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let kind = event.event;
    // A rejection's detail is its reason; the others' is a fingerprint, for the report.
    let reason = (kind == HistoryEventKind::Rejected)
        .then(|| event.detail.clone())
        .flatten()
        .map(|reason| view! { <p class="reason">{t!(i18n, history.reason, reason)}</p> });
    let report = (kind == HistoryEventKind::Completed).then(|| {
        view! { <a class="report-link" href=format!("/merges/{}/report", event.request_id)>{t!(i18n, history.report)}</a> }
    });
    let at = event.at;
    let who = event.actor.clone();
    let text = {
        let event = event.clone();
        move || sentence(&event, i18n.get_locale())
    };
    view! {
        <li class="card event" data-event=kind.as_str()>
            <span class="badge" data-event=kind.as_str()>{move || event_word(kind, i18n.get_locale())}</span>
            <p class="sentence">{text}</p>
            <p class="meta">
                {t!(i18n, history.by, who)} " · "
                <time datetime=at.to_rfc3339()>{move || local_time(at, lang.get())}</time>
                " (" {move || relative_time(at, lang.get())} ")"
                {report.map(|link| view! { " · " {link} })}
            </p>
            {reason}
        </li>
    }
}
