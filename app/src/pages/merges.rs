//! Settings → Account merge: invite by global MPN ID (checked as you type) to a merger or an
//! acquisition (R22, chosen each time, never preset), and the incoming and outgoing requests with what each side may do now: the invitee reads the invitation and
//! answers there, the initiator reviews and confirms, either calls off an open request.

use leptos::prelude::*;

use merge_api_types::{Me, MergeRequest, RequestState};
use merge_core::DealKind;

use crate::api::{self, Answer};
use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::refusal::refusal;
use crate::time::local_time;
use crate::view_model::not_an_mpn_id_yet;

#[component]
pub fn Merges() -> impl IntoView {
    let i18n = use_i18n();
    let (mpn, set_mpn) = signal(String::new());
    // Merger or acquisition: nothing chosen until the initiator chooses (R22).
    let deal = RwSignal::new(None::<DealKind>);
    let deal_missing = RwSignal::new(false);
    let invite = Action::new_local(move |(id, kind): &(String, DealKind)| {
        let (id, kind) = (id.trim().to_string(), *kind);
        async move {
            let sent = api::invite(id, kind).await;
            if sent.is_ok() {
                set_mpn.set(String::new());
                deal.set(None);
            }
            sent
        }
    });
    let answer =
        Action::new_local(|(id, answer): &(i64, Answer)| api::answer_request(*id, answer.clone()));
    // Read again after every invitation and answer.
    let data = LocalResource::new(move || {
        invite.version().track();
        answer.version().track();
        async { Ok::<_, api::ApiFailure>((api::me().await?, api::merges().await?)) }
    });
    let invite_error = move || {
        invite
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| refusal(&e, i18n.get_locale()))
    };
    let answer_error = move || {
        answer
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| refusal(&e, i18n.get_locale()))
    };
    let hint = move || {
        mpn.with(|mpn| {
            not_an_mpn_id_yet(mpn).map(|text| {
                t_string!(i18n, merges.not_an_id_yet, text = text.to_string()).to_string()
            })
        })
    };

    view! {
        <h1>{t!(i18n, merges.title)}</h1>
        <form
            class="invite card"
            on:submit=move |ev| {
                ev.prevent_default();
                match deal.get() {
                    Some(kind) => {
                        deal_missing.set(false);
                        invite.dispatch_local((mpn.get(), kind));
                    }
                    None => deal_missing.set(true),
                }
            }
        >
            <label for="invitee">{t!(i18n, merges.invite_label)}</label>
            <div class="row">
                <input
                    id="invitee"
                    inputmode="numeric"
                    autocomplete="off"
                    aria-describedby="invite-hint invite-error"
                    prop:value=mpn
                    on:input:target=move |ev| set_mpn.set(ev.target().value())
                />
            </div>
            <p id="invite-hint" class="hint">{hint}</p>
            // The kind of deal before the button that sends it.
            <DealChoice deal missing=deal_missing />
            <div class="row">
                <button type="submit">{t!(i18n, merges.send)}</button>
            </div>
            <p id="invite-error" class="error" role="alert">{invite_error}</p>
        </form>
        <p class="error" role="alert">{answer_error}</p>
        <Transition fallback=move || view! { <p>{t!(i18n, merges.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    data.await.map(|(me, requests)| requests_view(me, requests, answer))
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// Merger or acquisition, as a group of two radio buttons, each with what it means.
#[component]
fn DealChoice(deal: RwSignal<Option<DealKind>>, missing: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let option = move |kind: DealKind| {
        let id = format!("deal-{}", kind.as_str());
        let hint_id = format!("{id}-hint");
        let hint = move || match kind {
            DealKind::Merger => t_string!(i18n, merges.deal_merger_hint),
            DealKind::Acquisition => t_string!(i18n, merges.deal_acquisition_hint),
        };
        view! {
            <div class="choice">
                <input type="radio" name="deal" id=id.clone() value=kind.as_str()
                    aria-describedby=hint_id.clone()
                    prop:checked=move || deal.get() == Some(kind)
                    on:change=move |_| { deal.set(Some(kind)); missing.set(false); } />
                <label for=id>{move || kind.word(lang.get())}</label>
                <p class="hint" id=hint_id>{hint}</p>
            </div>
        }
    };
    let error = move || missing.get().then(|| t_string!(i18n, merges.deal_missing));
    view! {
        <fieldset class="deal" aria-describedby="deal-same deal-error">
            <legend>{t!(i18n, reading.deal)}</legend>
            {option(DealKind::Merger)}
            {option(DealKind::Acquisition)}
            <p id="deal-same" class="hint">{t!(i18n, merges.deal_same)}</p>
            <p id="deal-error" class="error" role="alert">{error}</p>
        </fieldset>
    }
}

fn requests_view(
    me: Me,
    requests: Vec<MergeRequest>,
    answer: Action<(i64, Answer), Result<MergeRequest, api::ApiFailure>>,
) -> impl IntoView {
    let i18n = use_i18n();
    if requests.is_empty() {
        return view! { <p>{t!(i18n, merges.none)}</p> }.into_any();
    }
    let rows = requests
        .into_iter()
        .map(|request| {
            let id = request.id;
            let incoming = request.invitee.mpn_id == me.account.mpn_id;
            let admin = me.is_account_admin;
            let state = request.state;
            let title = t!(
                i18n,
                merges.invites,
                initiator = request.initiator.company.clone(),
                initiator_id = request.initiator.mpn_id.to_string(),
                invitee = request.invitee.company.clone(),
                invitee_id = request.invitee.mpn_id.to_string()
            );
            // What each side may do now: the invitee reads the invitation before answering
            // (no Cancel beside Reject while it is pending); the initiator reviews and
            // confirms once accepted; either side may call off an open request (W3).
            let action = match (admin, incoming, state) {
                (true, true, RequestState::Pending) => Some(view! {
                    <a class="button-link" href=format!("/merges/{id}")>{t!(i18n, merges.read)}</a>
                }.into_any()),
                (true, true, RequestState::Accepted) => Some(view! {
                    <a href=format!("/merges/{id}")>{t!(i18n, merges.read_again)}</a>
                }.into_any()),
                (true, false, RequestState::Pending) => {
                    let waiting = request.invitee.company.clone();
                    Some(view! {
                        <span class="hint">{t!(i18n, merges.waiting, company = waiting)}</span>
                        <button class="secondary" on:click=move |_| { answer.dispatch_local((id, Answer::Cancel)); }>{t!(i18n, merges.cancel_invitation)}</button>
                    }.into_any())
                }
                (true, false, RequestState::Accepted) => Some(view! {
                    <a class="button-link" href=format!("/merges/{id}/preview")>{t!(i18n, merges.review)}</a>
                    <button class="secondary" on:click=move |_| { answer.dispatch_local((id, Answer::Cancel)); }>{t!(i18n, merges.cancel)}</button>
                }.into_any()),
                (true, false, RequestState::Completed) => Some(view! {
                    <a href=format!("/merges/{id}/report")>{t!(i18n, merges.report)}</a>
                }.into_any()),
                _ => None,
            };
            view! {
                <li class="card request" data-id=id data-state=state.as_str()>
                    <p>
                        <span class="state badge" data-state=state.as_str()>{move || state.word(i18n.get_locale())}</span>
                        " "
                        <strong>{title}</strong>
                    </p>
                    {deal_line(&request)}
                    {closed_line(&request)}
                    {request.reason.clone().map(|r| view! { <p class="reason">{t!(i18n, merges.reason_shown)} <q>{r}</q></p> })}
                    {action.map(|action| view! { <div class="row">{action}</div> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ul class="requests">{rows}</ul> }.into_any()
}

/// "Kind of deal: Acquisition", for a request sent with one (R22).
fn deal_line(request: &MergeRequest) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let deal = request.deal?;
    let text = move || {
        let lang = i18n.get_locale();
        t_string!(i18n, merges.deal_shown, deal = deal.word(lang)).to_string()
    };
    Some(view! { <p class="deal">{text}</p> })
}

/// "Rejected by alice@contoso.com on 6 December 2026 at 10:02 UTC", for a closed request.
fn closed_line(request: &MergeRequest) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let lang = use_lang();
    let who = request.closed_by.clone()?;
    let (state, at) = (request.state, request.updated_at);
    let text = move || {
        let locale = i18n.get_locale();
        t_string!(
            i18n,
            merges.closed_by,
            state = state.word(locale),
            who = who.clone(),
            when = local_time(at, lang.get())
        )
        .to_string()
    };
    Some(view! { <p class="meta">{text}</p> })
}
