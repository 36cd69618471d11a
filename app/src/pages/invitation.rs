//! The invitee's decision (`/merges/:id`, W2): what accepting means for their company, what
//! it loses first, the merge as it would be applied today (merge-core's reading of the plan
//! for them, from the API: of the initiator only its name, ID and counts), and the answer:
//! accept, or reject with an optional reason; once accepted, withdraw until the initiator
//! confirms (W3).

use leptos::prelude::*;
use merge_api_types::{Invitation, MergeRequest, RequestState};

use super::changes::{MarkLegend, MarkedChanges};
use super::consequences::ConsequenceBars;
use super::preview::id_in_route;
use super::AccountTree;
use crate::api::{self, Answer, ApiFailure};
use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::refusal::refusal;
use crate::time::local_time;
use crate::view_model::invitee_tree;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_in_route();
    let answer =
        Action::new_local(|(id, answer): &(i64, Answer)| api::answer_request(*id, answer.clone()));
    // Read again after each answer: an accepted invitation reads on; a closed one is done.
    let data = LocalResource::new(move || {
        answer.version().track();
        api::invitation(id())
    });
    let answered = move || matches!(answer.value().get(), Some(Ok(MergeRequest { state, .. })) if !state.is_open());
    let error = move || {
        answer
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| view! { <p class="message-bar error" role="alert">{refusal(&e, i18n.get_locale())}</p> })
    };
    view! {
        {error}
        <Show when=answered fallback=move || view! {
            <Transition fallback=move || view! { <p>{t!(i18n, invitation.loading)}</p> }>
                <ErrorBoundary fallback=super::error_list>
                    {move || Suspend::new(async move {
                        data.await.map(|invitation| view! { <InvitationView invitation answer /> })
                    })}
                </ErrorBoundary>
            </Transition>
        }>
            <p class="message-bar success" role="status">
                {t!(i18n, invitation.answered)} " " <a href="/merges">{t!(i18n, nav.merges)}</a>
            </p>
        </Show>
    }
}

type AnswerAction = Action<(i64, Answer), Result<MergeRequest, ApiFailure>>;

#[component]
fn InvitationView(invitation: Invitation, answer: AnswerAction) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let Invitation {
        request,
        preview,
        rights,
        ..
    } = invitation;
    let (initiator, invitee) = (preview.initiator.clone(), preview.invitee.clone());
    let sent = {
        let (who, at) = (request.created_by.clone(), request.created_at);
        move || {
            t_string!(
                i18n,
                invitation.sent,
                who = who.clone(),
                when = local_time(at, lang.get())
            )
            .to_string()
        }
    };
    // Who acts for the merged account as this deployment reads it (A3): under Microsoft's
    // reading, accepting also makes the invitee's own admins act for the whole account.
    let both_act = rights.rights.reading == merge_core::AdminReading::BothTenants;
    let means = {
        let (a, b) = (initiator.clone(), invitee.clone());
        move || {
            let (initiator, initiator_id) = (a.company.clone(), a.global_mpn_id.to_string());
            let (invitee, invitee_id) = (b.company.clone(), b.global_mpn_id.to_string());
            let (first, second) = (initiator.clone(), invitee.clone());
            let admins = match both_act {
                true => view! { <li class="admins">{t!(i18n, invitation.means_admins_both, initiator = first, invitee = second)}</li> }.into_any(),
                false => view! { <li class="admins">{t!(i18n, invitation.means_admins, initiator = first, invitee = second)}</li> }.into_any(),
            };
            view! {
                <li>{t!(i18n, invitation.means_pga, initiator = initiator.clone(), initiator_id, invitee = invitee.clone(), invitee_id)}</li>
                {admins}
                <li>{t!(i18n, invitation.means_final, initiator)}</li>
            }
        }
    };
    let tree = {
        let preview = preview.clone();
        move || view! { <AccountTree label=preview.invitee.company.clone() nodes=invitee_tree(&preview, lang.get()) /> }
    };
    let tenants = preview
        .role_management
        .iter()
        .map(|t| {
            let (tenant, company, admins) =
                (t.tenant.clone(), t.company.clone(), t.admins.join(", "));
            view! { <li>{t!(i18n, preview.tenant, tenant, company, admins)}</li> }
        })
        .collect::<Vec<_>>();
    // Merger or acquisition, as the initiator named it (R22): what accepting agrees to.
    // The kind names what the companies agreed; Partner Center merges the same way for both,
    // which the invitee must not read otherwise (a merger does not keep its admins acting).
    let deal = preview.deal.map(|deal| {
        let (a, b) = (initiator.clone(), invitee.clone());
        let (initiator, invitee) = (a.company.clone(), b.company.clone());
        let sentence =
            move || deal.describe_between(&a.company, &b.company, &a.global_mpn_id, lang.get());
        view! {
            <p class="deal message-bar info"><strong>{sentence}</strong></p>
            <p class="deal-same">{t!(i18n, invitation.deal_same, initiator, invitee)}</p>
        }
    });
    let ours = invitee.company.clone();
    let theirs = initiator.company.clone();
    let as_of = preview.as_of;
    view! {
        <h1>{t!(i18n, invitation.title, initiator = theirs.clone(), invitee = ours.clone())}</h1>
        <p class="consent-line">
            <span class="badge" data-state=request.state.as_str()>{move || request.state.word(i18n.get_locale())}</span>
            " " {sent}
        </p>
        {deal}
        <section class="card means" aria-labelledby="means">
            <h2 id="means">{t!(i18n, invitation.means, company = ours.clone())}</h2>
            <ul>{means}</ul>
        </section>
        <p class="as-of">{move || t_string!(i18n, preview.as_of, date = lang.get().date(as_of)).to_string()}</p>
        <ConsequenceBars consequences=preview.consequences.clone() company=ours.clone() />
        <super::AtAGlance summary=preview.summary.clone() initiator=theirs.clone() invitee=ours.clone() />
        <section class="card after" aria-labelledby="after">
            <h2 id="after">{t!(i18n, invitation.after, company = ours.clone())}</h2>
            {tree}
        </section>
        <section class="card" aria-labelledby="keeps">
            <h2 id="keeps">{t!(i18n, invitation.keeps, company = ours.clone())}</h2>
            <MarkLegend />
            <ul class="marked"><MarkedChanges changes=preview.changes.clone() /></ul>
        </section>
        <section class="card" aria-labelledby="people">
            <h2 id="people">{t!(i18n, invitation.people, company = ours.clone())}</h2>
            <ul>{tenants}</ul>
        </section>
        <super::WhoGains rights=rights.rights />
        // The answer after the evidence: what accepting costs and brings is read first.
        <Decision request=request.clone() initiator=theirs invitee=ours answer />
        <details class="technical card">
            <summary>{t!(i18n, preview.technical)}</summary>
            <p class="fingerprint">{t!(i18n, preview.fingerprint)} <code>{preview.fingerprint.to_string()}</code></p>
        </details>
    }
}

/// Accept, or reject with a reason that belongs to the rejection; once accepted, who accepted
/// and when, and withdrawing.
#[component]
fn Decision(
    request: MergeRequest,
    initiator: String,
    invitee: String,
    answer: AnswerAction,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let id = request.id;
    let reason = RwSignal::new(String::new());
    let busy = move || answer.pending().get();
    let body = match request.state {
        RequestState::Pending => {
            let hint = initiator.clone();
            view! {
                <p>{t!(i18n, invitation.accept_hint, initiator = hint)}</p>
                <div class="row">
                    <button disabled=busy on:click=move |_| { answer.dispatch_local((id, Answer::Accept)); }>{t!(i18n, merges.accept)}</button>
                </div>
                <form class="reject" on:submit=move |ev| {
                    ev.prevent_default();
                    answer.dispatch_local((id, Answer::Reject { reason: reason.get() }));
                }>
                    <fieldset>
                        <legend>{t!(i18n, invitation.reject_title)}</legend>
                        <label for="reason">{t!(i18n, invitation.reason, initiator = initiator.clone())}</label>
                        <textarea id="reason" rows="3" maxlength="500" prop:value=reason
                            on:input:target=move |ev| reason.set(ev.target().value())></textarea>
                        <button type="submit" class="secondary" disabled=busy>{t!(i18n, merges.reject)}</button>
                    </fieldset>
                </form>
            }
            .into_any()
        }
        RequestState::Accepted => {
            let accepted = move || {
                let when = request
                    .accepted_at
                    .map(|at| local_time(at, lang.get()))
                    .unwrap_or_default();
                let who = request.accepted_by.clone().unwrap_or_default();
                t_string!(
                    i18n,
                    invitation.accepted_by,
                    who,
                    company = invitee.clone(),
                    when,
                    initiator = initiator.clone()
                )
                .to_string()
            };
            view! {
                <p class="message-bar success" role="status">{accepted}</p>
                <p>{t!(i18n, invitation.withdraw_hint)}</p>
                <button class="secondary" disabled=busy on:click=move |_| { answer.dispatch_local((id, Answer::Cancel)); }>{t!(i18n, invitation.withdraw)}</button>
            }
            .into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <section class="card decision" aria-labelledby="decision">
            <h2 id="decision">{t!(i18n, invitation.decide)}</h2>
            {body}
        </section>
    }
}
