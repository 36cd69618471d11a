//! Merge history of the signed-in company (W5): each step as a sentence, with its badge, who
//! took it and when, the reason of a rejection, and the report of an applied merge; a page at a
//! time, newest first, with "show older" while there may be more.

use leptos::prelude::*;
use merge_api_types::{HistoryEvent, HistoryEventKind};

use crate::api::{self, ApiFailure};
use crate::i18n::{t, t_string, td_string, use_i18n, Lang};
use crate::language::use_lang;
use crate::time::{local_time, relative_time};

/// Events asked for at a time.
const PAGE: u32 = 50;

#[component]
pub fn History() -> impl IntoView {
    let first = LocalResource::new(|| api::history(None, PAGE));
    let i18n = use_i18n();
    view! {
        <h1 id="history-title">{t!(i18n, history.title)}</h1>
        <Transition fallback=move || view! { <p>{t!(i18n, history.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    first.await.map(|events| {
                        if events.is_empty() {
                            return view! { <p>{t!(i18n, history.none)}</p> }.into_any();
                        }
                        view! { <Events first=events /> }.into_any()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// The events shown so far; "show older" asks for the page before the last one shown and adds
/// it below, for as long as a page comes back full.
#[component]
fn Events(first: Vec<HistoryEvent>) -> impl IntoView {
    let i18n = use_i18n();
    let more = RwSignal::new(first.len() == PAGE as usize);
    let events = RwSignal::new(first);
    let older = Action::new_local(move |before: &i64| {
        let before = *before;
        async move {
            let page = api::history(Some(before), PAGE).await?;
            more.set(page.len() == PAGE as usize);
            events.update(|shown| shown.extend(page));
            Ok::<_, ApiFailure>(())
        }
    });
    let show_older = move |_| {
        if let Some(last) = events.with_untracked(|shown| shown.last().map(|e| e.id)) {
            older.dispatch_local(last);
        }
    };
    let failed = move || {
        older
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| view! { <p class="error" role="alert">{crate::refusal::refusal(&e, i18n.get_locale())}</p> })
    };
    view! {
        <ol class="history" aria-labelledby="history-title">
            <For each=move || events.get() key=|event| event.id let:event>
                <EventRow event />
            </For>
        </ol>
        {failed}
        <Show when=move || more.get()>
            <button class="secondary show-older" disabled=move || older.pending().get() on:click=show_older>
                {t!(i18n, history.show_older)}
            </button>
        </Show>
    }
}

/// "Contoso absorbed Fabricam", in the reader's language.
fn sentence(event: &HistoryEvent, locale: Lang) -> String {
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
        HistoryEventKind::Expired => {
            td_string!(locale, history.sentence.expired, initiator, invitee)
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
    // Merger or acquisition, for a request sent with one (R22).
    let deal = event.deal.map(|deal| {
        let text = move || t_string!(i18n, merges.deal_shown, deal = deal.word(lang.get()));
        view! { <p class="deal">{text}</p> }
    });
    view! {
        <li class="card event" data-event=kind.as_str()>
            <span class="badge" data-event=kind.as_str()>{move || kind.word(i18n.get_locale())}</span>
            <p class="sentence">{text}</p>
            {deal}
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
