//! R17: an account admin moves users of a tenant the company absorbed onto its own tenant:
//! picks the users and their new emails, reads the server's plan (merge-core's, in the
//! reader's language), and confirms it by fingerprint in a modal.

use leptos::prelude::*;
use merge_api_types::{ErrorCode, Me, ReissuePreview};
use merge_core::{AccountSnapshot, Fingerprint, ReissueRequest, RoleLabels};

use crate::api::{self, ApiFailure};
use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::refusal::refusal;
use crate::view_model::{reissue_request, reissue_tenants, user_choices, UserChoice};

#[component]
pub fn Reissue() -> impl IntoView {
    let loaded = LocalResource::new(api::my_account);
    let i18n = use_i18n();
    view! {
        <h1>{t!(i18n, reissue.title)}</h1>
        <p>{t!(i18n, reissue.intro)}</p>
        <Transition fallback=move || view! { <p>{t!(i18n, reissue.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    loaded.await.map(|(me, account)| form(me, account.snapshot))
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// The users to move and their new emails, then the preview.
fn form(me: Me, account: AccountSnapshot) -> AnyView {
    let i18n = use_i18n();
    let Some((to, others)) = reissue_tenants(&account, &me.email).filter(|(_, o)| !o.is_empty())
    else {
        return view! { <p>{t!(i18n, reissue.nothing)}</p> }.into_any();
    };
    let from = RwSignal::new(others[0].clone());
    let account = StoredValue::new(account);
    let to = StoredValue::new(to);
    let users_of =
        move |tenant: &str| account.with_value(|a| user_choices(a, tenant, &to.get_value()));
    let choices = RwSignal::new(users_of(&others[0]));
    // Another tenant picked: its users, each with the default new email.
    let pick = move |tenant: String| {
        choices.set(users_of(&tenant));
        from.set(tenant);
    };
    let preview = Action::new_local(|request: &ReissueRequest| {
        let request = request.clone();
        async move { api::preview_reissue(&request).await.map(|p| (request, p)) }
    });
    // Back from signing in again (issue #30): the re-issue that was being confirmed, again.
    if let Some(request) = crate::step_up::kept::<ReissueRequest>(KEPT) {
        preview.dispatch_local(request);
    }
    let ask = move || {
        let request = choices.with(|c| reissue_request(&from.get(), &to.get_value(), c));
        preview.dispatch_local(request);
    };
    let options = others
        .into_iter()
        .map(|t| view! { <option value=t.clone()>{t.clone()}</option> })
        .collect::<Vec<_>>();
    // Drawn again when the users change, not when one is edited (typing keeps its focus).
    let count = Memo::new(move |_| choices.with(Vec::len));
    let rows = move || {
        (0..count.get())
            .map(|at| choice_row(choices, at))
            .collect::<Vec<_>>()
    };
    let shown = move || match preview.value().get() {
        Some(Ok((request, shown))) => {
            view! { <Previewed request shown on_stale=Callback::new(move |_| ask()) /> }.into_any()
        }
        Some(Err(failure)) => failure_view(&failure).into_any(),
        None => ().into_any(),
    };
    view! {
        <div class="row">
            <label for="reissue-from">{t!(i18n, reissue.from)}</label>
            <select id="reissue-from" on:change:target=move |ev| pick(ev.target().value())>{options}</select>
            <span>{t!(i18n, reissue.to)} " " <strong>{to.get_value()}</strong></span>
        </div>
        <div class="table-window card" role="region" aria-labelledby="reissue-users" tabindex="0">
            <table class="stacks picks">
                <caption id="reissue-users">{t!(i18n, reissue.users)}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, reissue.pick)}</th>
                    <th scope="col">{t!(i18n, reissue.user)}</th>
                    <th scope="col">{t!(i18n, reissue.new_email)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p><button disabled=move || preview.pending().get() on:click=move |_| ask()>{t!(i18n, reissue.preview)}</button></p>
        {shown}
    }
    .into_any()
}

/// One user: moved or not, and the new email.
fn choice_row(choices: RwSignal<Vec<UserChoice>>, at: usize) -> impl IntoView {
    let i18n = use_i18n();
    let choice = move || choices.with(|c| c.get(at).cloned().unwrap_or_default());
    let email = choices.with_untracked(|c| c[at].email.clone());
    let (pick_id, email_id) = (format!("reissue-pick-{at}"), format!("reissue-email-{at}"));
    let email_label = t_string!(i18n, reissue.new_email_of, email = email.clone()).to_string();
    view! {
        <tr>
            <td><input type="checkbox" id=pick_id.clone() prop:checked=move || choice().picked
                on:change:target=move |ev| choices.update(|c| c[at].picked = ev.target().checked()) /></td>
            <td><label for=pick_id>{email}</label></td>
            <td data-label=move || t_string!(i18n, reissue.new_email).to_string()><input type="email" id=email_id aria-label=email_label autocomplete="off"
                prop:value=move || choice().new_email disabled=move || !choice().picked
                on:input:target=move |ev| choices.update(|c| c[at].new_email = ev.target().value()) /></td>
        </tr>
    }
}

/// The plan the server made: what it does, who moves with which roles, and the confirmation.
#[component]
fn Previewed(
    request: ReissueRequest,
    shown: ReissuePreview,
    #[prop(into)] on_stale: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let done = RwSignal::new(false);
    let plan = StoredValue::new(shown.plan);
    let (from, to) = plan.with_value(|p| (p.from_tenant.clone(), p.to_tenant.clone()));
    let sentences = move || {
        plan.with_value(|p| p.describe_in(lang.get()))
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect::<Vec<_>>()
    };
    let moved = move || {
        let lang = lang.get();
        plan.with_value(|p| {
            let labels = RoleLabels::new(&p.result, lang);
            p.moved
                .iter()
                .map(|m| {
                    let roles: Vec<String> = m.roles.iter().map(|r| labels.label(r)).collect();
                    let roles = match roles.is_empty() {
                        true => t_string!(i18n, reissue.no_roles).to_string(),
                        false => roles.join(", "),
                    };
                    view! {
                        <tr class="moved-user">
                            <td data-label=move || t_string!(i18n, reissue.user).to_string()>{m.from.clone()}</td>
                            <td data-label=move || t_string!(i18n, reissue.new_email).to_string()>{m.to.clone()}</td>
                            <td data-label=move || t_string!(i18n, reissue.roles).to_string()>{roles}</td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let fingerprint = plan.with_value(|p| p.fingerprint.clone());
    view! {
        <section class="card reissue-preview" aria-labelledby="reissue-preview-title">
            <h2 id="reissue-preview-title">{t!(i18n, reissue.title_preview, from = from.clone(), to = to.clone())}</h2>
            <h3>{t!(i18n, reissue.what)}</h3>
            <ul class="reissue-sentences">{sentences}</ul>
            <div class="table-window" role="region" aria-labelledby="reissue-moved" tabindex="0">
                <table class="stacks">
                    <caption id="reissue-moved">{t!(i18n, reissue.who_moves)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, reissue.user)}</th>
                        <th scope="col">{t!(i18n, reissue.new_email)}</th>
                        <th scope="col">{t!(i18n, reissue.roles)}</th>
                    </tr></thead>
                    <tbody>{moved}</tbody>
                </table>
            </div>
            <details class="technical">
                <summary>{t!(i18n, preview.technical)}</summary>
                <p class="fingerprint">{t!(i18n, reissue.fingerprint)} <code>{fingerprint.to_string()}</code></p>
            </details>
            {move || match done.get() {
                true => view! {
                    <p class="done" role="status">{t!(i18n, reissue.done)} " " <a href="/history">{t!(i18n, reissue.see_history)}</a></p>
                }.into_any(),
                false => view! {
                    <ReissueDialog request=request.clone() tenant=from.clone() fingerprint=fingerprint.clone()
                        on_stale=on_stale on_done=move |_| done.set(true) />
                }.into_any(),
            }}
        </section>
    }
}

/// Where the re-issue being confirmed waits while the person signs in again.
const KEPT: &str = "partner-merge.reissue";

/// The modal confirmation: type the old tenant to re-issue with the fingerprint on screen.
#[component]
fn ReissueDialog(
    request: ReissueRequest,
    tenant: String,
    fingerprint: Fingerprint,
    #[prop(into)] on_stale: Callback<()>,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Issue #30 (crate::step_up): refused for want of a recent sign-in, the request is kept in
    // the tab and the person goes through their provider and back here.
    let return_to = {
        let (request, fingerprint) = (request.clone(), fingerprint.to_string());
        Callback::new(move |()| {
            crate::step_up::keep(KEPT, &request);
            crate::step_up::marked("/reissue", &fingerprint)
        })
    };
    let shown = fingerprint.to_string();
    let modal = super::Modal::new();
    let close = move || modal.close();
    // Re-issued: the dialog closes and the page says so.
    let confirm = Action::new_local(move |_: &()| {
        let sent = api::confirm_reissue(request.clone(), fingerprint.clone());
        async move {
            let done = sent.await?;
            close();
            on_done.run(());
            Ok::<_, ApiFailure>(done)
        }
    });
    let refused = Signal::derive(move || confirm.value().get().and_then(Result::err));
    // A domain name: typed in any case.
    let typed = super::Typed::new(tenant.clone(), true);
    let open = move |_| {
        typed.clear();
        modal.open();
    };
    let failure = move || match confirm.value().get() {
        Some(Err(failure)) => {
            let stale = failure.code == Some(ErrorCode::StalePreview);
            Some(view! {
                {failure_view(&failure)}
                {stale.then(|| view! {
                    <button on:click=move |_| { close(); on_stale.run(()); }>{t!(i18n, confirm.review_new)}</button>
                })}
            })
        }
        _ => None,
    };
    let resume = {
        let tenant = tenant.clone();
        Callback::new(move |()| {
            crate::step_up::forget(KEPT);
            typed.set(tenant.clone());
            modal.open();
        })
    };
    view! {
        <crate::step_up::Resume fingerprint=shown dialog=modal.dialog open=resume />
        <button class="danger" node_ref=modal.opener on:click=open>{t!(i18n, reissue.open)}</button>
        <dialog class="dialog" node_ref=modal.dialog aria-labelledby="reissue-dialog-title" on:close=move |_| modal.return_focus()>
            <h2 id="reissue-dialog-title">{t!(i18n, reissue.dialog_title)}</h2>
            <crate::step_up::DemoNote />
            <p>{t!(i18n, reissue.dialog_text)}</p>
            <super::TypeToConfirm id="reissue-confirm" typed
                label=Signal::derive(t!(i18n, reissue.type_to_confirm, tenant = tenant.clone())) />
            <div class="row">
                <button class="danger" disabled=move || !typed.ready() || confirm.pending().get()
                    on:click=move |_| { confirm.dispatch_local(()); }>{t!(i18n, reissue.now)}</button>
                <button class="secondary" on:click=move |_| close()>{t!(i18n, confirm.back)}</button>
            </div>
            {failure}
            <crate::step_up::SignInAgain refusal=refused return_to=return_to />
        </dialog>
    }
}

fn failure_view(failure: &ApiFailure) -> impl IntoView {
    let i18n = use_i18n();
    let text = refusal(failure, i18n.get_locale_untracked());
    view! { <p class="error" role="alert">{text}</p> }
}
