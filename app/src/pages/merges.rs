//! Settings → Account merge: invite by global MPN ID (checked as you type), and the incoming
//! and outgoing requests with accept, reject with a reason, and cancel.

use leptos::prelude::*;

use merge_api_types::{Me, MergeRequest, RequestState};

use crate::api::{self, Answer};
use crate::i18n::{t, t_string, use_i18n};
use crate::refusal::{refusal, state_word};
use crate::view_model::not_an_mpn_id_yet;

#[component]
pub fn Merges() -> impl IntoView {
    let i18n = use_i18n();
    let (reload, set_reload) = signal(0u32);
    let data = LocalResource::new(move || {
        reload.track();
        async { Ok::<_, api::ApiFailure>((api::me().await?, api::merges().await?)) }
    });
    let (mpn, set_mpn) = signal(String::new());
    let invite = Action::new_local(|id: &String| api::invite(id.trim().to_string()));
    let answer =
        Action::new_local(|(id, answer): &(i64, Answer)| api::answer_request(*id, answer.clone()));
    Effect::new(move |_| {
        if let Some(Ok(_)) = invite.value().get() {
            set_mpn.set(String::new());
            set_reload.update(|n| *n += 1);
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = answer.value().get() {
            set_reload.update(|n| *n += 1);
        }
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
                invite.dispatch_local(mpn.get());
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
                <button type="submit">{t!(i18n, merges.send)}</button>
            </div>
            <p id="invite-hint" class="hint">{hint}</p>
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
            let pending = request.state == RequestState::Pending;
            let open = request.state.is_open();
            let reason = RwSignal::new(String::new());
            let title = t!(
                i18n,
                merges.invites,
                initiator = request.initiator.company.clone(),
                initiator_id = request.initiator.mpn_id.to_string(),
                invitee = request.invitee.company.clone(),
                invitee_id = request.invitee.mpn_id.to_string()
            );
            let state = request.state;
            view! {
                <li class="card request" data-id=id data-state=request.state.as_str()>
                    <p>
                        <strong>{title}</strong>
                        " · "
                        <span class="state badge" data-state=state.as_str()>{move || state_word(state, i18n.get_locale())}</span>
                        {request.reason.clone().map(|r| view! { {t!(i18n, merges.reason_shown)} <q>{r}</q> })}
                    </p>
                    {(admin && incoming && pending).then(|| view! {
                        <div class="row">
                            <button on:click=move |_| { answer.dispatch_local((id, Answer::Accept)); }>{t!(i18n, merges.accept)}</button>
                            <label for=format!("reason-{id}")>{t!(i18n, merges.reason)}</label>
                            <input id=format!("reason-{id}") maxlength="500" prop:value=reason on:input:target=move |ev| reason.set(ev.target().value()) />
                            <button class="secondary" on:click=move |_| { answer.dispatch_local((id, Answer::Reject { reason: reason.get() })); }>{t!(i18n, merges.reject)}</button>
                        </div>
                    })}
                    {(admin && !incoming && request.state == RequestState::Accepted).then(|| view! {
                        <p><a href=format!("/merges/{id}/preview")>{t!(i18n, merges.review)}</a></p>
                    })}
                    {(admin && open).then(|| view! {
                        <button class="secondary" on:click=move |_| { answer.dispatch_local((id, Answer::Cancel)); }>{t!(i18n, merges.cancel)}</button>
                    })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ul class="requests">{rows}</ul> }.into_any()
}
