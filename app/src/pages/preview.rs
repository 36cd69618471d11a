//! The preview: both accounts before and the merged account after, computed in the browser by
//! merge-core, and the confirmation that sends that plan's fingerprint (W3, W4).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use merge_core::{plan_merge, AccountSnapshot, Lang, MergePlan, MergeSummary};

use super::history::local_time;
use super::AccountTree;
use crate::api::{self, ApiFailure};
use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::refusal::refusal;
use crate::view_model::{account_tree, TreeNode, UsersByTenant};
use merge_api_types::{ErrorCode, MergeRequest, Preview};

#[component]
pub fn PreviewPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let (reload, set_reload) = signal(0u32);
    let data = LocalResource::new(move || {
        reload.track();
        api::preview(id())
    });
    let i18n = use_i18n();
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, preview.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    data.await.map(|preview| preview_view(preview, set_reload))
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// The plan this browser makes of the stored accounts.
fn browser_plan(preview: &Preview) -> Result<MergePlan, String> {
    plan_merge(
        &preview.initiator.snapshot,
        &preview.invitee.snapshot,
        preview.as_of,
    )
    .map_err(|e| e.to_string())
}

/// An account as a tree, moved and demoted locations marked.
fn preview_view(preview: Preview, set_reload: WriteSignal<u32>) -> AnyView {
    let plan = match browser_plan(&preview) {
        Ok(plan) => plan,
        Err(error) => return view! { <p class="error" role="alert">{error}</p> }.into_any(),
    };
    let matches = plan.fingerprint == preview.plan.fingerprint;
    let company = plan.result.company.clone();
    let fingerprint = plan.fingerprint.clone();
    let merged = RwSignal::new(None::<MergeRequest>);
    let plan = Arc::new(plan);
    let before = Arc::new([preview.initiator.snapshot, preview.invitee.snapshot]);
    let id = preview.request.id;
    let i18n = use_i18n();
    // Drawn again only when the merge completes: the preview, then the merged account.
    (move || match merged.get() {
        Some(request) => view! { <MergedView plan=plan.clone() request=request /> }.into_any(),
        None => view! {
            <super::PrintReport plan=plan.clone() />
            <PlanView plan=plan.clone() before=before.clone() />
            <p class="fingerprint">
                {t!(i18n, preview.fingerprint)} <code>{fingerprint.to_string()}</code>
                {move || if matches { t_string!(i18n, preview.same_plan) } else { t_string!(i18n, preview.other_plan) }}
            </p>
            <super::CompareOffer before=before.clone() as_of=plan.as_of />
            <ConfirmDialog id=id company=company.clone() fingerprint=fingerprint.clone()
                set_reload=set_reload on_merged=move |request| merged.set(Some(request)) />
        }
        .into_any(),
    })
    .into_any()
}

/// Everything a plan says, for a person: both accounts before and the merged account after,
/// warnings, changes, benefits and the renewal timeline, users by tenant, what is not merged,
/// and the checklist, in the reader's language. The signed-in preview and the sandbox show
/// the same.
#[component]
pub fn PlanView(
    #[prop(into)] plan: Arc<MergePlan>,
    #[prop(into)] before: Arc<[AccountSnapshot; 2]>,
    /// The merged account's users, when read already (by the sandbox, as they arrived).
    #[prop(optional)]
    users: Option<Arc<UsersByTenant>>,
    /// The merge at a glance, when `before` comes without its users: the sandbox's worker
    /// sends the summary that counts them instead.
    #[prop(default = None)]
    summary: Option<MergeSummary>,
) -> impl IntoView {
    let lang = use_lang();
    // Drawn again, whole, when the reader changes language.
    move || {
        let lang = lang.get();
        let users = match &users {
            Some(users) if users.lang == lang => users.clone(),
            _ => Arc::new(UsersByTenant::of_account(&plan.result, lang)),
        };
        let summary = summary
            .clone()
            .unwrap_or_else(|| merge_core::summarize(&plan, &before[0], &before[1]));
        plan_in(&plan, &before, &users, summary, lang)
    }
}

fn plan_in(
    plan: &Arc<MergePlan>,
    before: &[AccountSnapshot; 2],
    users: &UsersByTenant,
    summary: MergeSummary,
    lang: Lang,
) -> impl IntoView {
    let i18n = use_i18n();
    let reading = plan.reading([&before[0], &before[1]], lang);
    let before: Vec<(String, Vec<TreeNode>)> = before
        .iter()
        .map(|a| (a.company.clone(), account_tree(a, lang)))
        .collect();
    let items = |lines: Vec<String>| {
        lines
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect::<Vec<_>>()
    };
    let warnings = reading
        .warnings
        .into_iter()
        .map(|w| view! { <p class="warning" role="note">{w}</p> })
        .collect::<Vec<_>>();
    let packages = plan
        .benefit_packages
        .iter()
        .map(|p| {
            let (company, date) = (p.company.clone(), lang.date(p.expires));
            view! { <li>{t!(i18n, preview.package, company, date)}</li> }
        })
        .collect::<Vec<_>>();
    let renewal = plan.renewal.date.map(|d| {
        let date = lang.date(d);
        view! { <p>{t!(i18n, preview.renewal, date)}</p> }
    });
    let tenants = plan
        .role_management
        .iter()
        .map(|t| {
            let users = users.of(&t.tenant);
            let (tenant, company, admins) =
                (t.tenant.clone(), t.company.clone(), t.admins.join(", "));
            let label = t_string!(i18n, preview.users_of, tenant = tenant.clone()).to_string();
            view! {
                <h3>{t!(i18n, preview.tenant, tenant, company, admins)}</h3>
                <super::TenantUsers label users />
            }
        })
        .collect::<Vec<_>>();
    let company = plan.result.company.clone();
    let after = account_tree(&plan.result, lang);
    let (initiator, invitee) = (plan.initiator.company.clone(), plan.invitee.company.clone());
    let date = lang.date(plan.as_of);
    view! {
        <h1>{t!(i18n, preview.title, initiator = initiator.clone(), invitee = invitee.clone())}</h1>
        <p class="as-of">{t!(i18n, preview.as_of, date)}</p>
        <super::AtAGlance summary=summary initiator=initiator invitee=invitee />
        <div class="sides">
            <section class="card side before" aria-labelledby="before">
                <h2 id="before">{t!(i18n, preview.before)}</h2>
                {before.into_iter().map(|(company, nodes)| view! { <AccountTree label=company nodes=nodes /> }).collect::<Vec<_>>()}
            </section>
            <section class="card side after" aria-labelledby="after">
                <h2 id="after">{t!(i18n, preview.after)}</h2>
                <AccountTree label=company nodes=after />
            </section>
        </div>
        <section id="warnings" aria-label=t_string!(i18n, preview.warnings)>{warnings}</section>
        <section class="card" aria-labelledby="changes"><h2 id="changes">{t!(i18n, preview.changes)}</h2><ul>{items(reading.changes)}</ul></section>
        <section class="card" aria-labelledby="benefits">
            <h2 id="benefits">{t!(i18n, preview.benefits)}</h2>
            <ul>{packages}</ul>
            {renewal}
            <super::Timeline plan=plan.clone() />
        </section>
        <section class="card" aria-labelledby="people"><h2 id="people">{t!(i18n, preview.people)}</h2>{tenants}</section>
        <section class="card" aria-labelledby="not-merged"><h2 id="not-merged">{t!(i18n, preview.not_merged)}</h2><ul>{items(reading.not_merged)}</ul></section>
        <section class="card" aria-labelledby="checklist"><h2 id="checklist">{t!(i18n, preview.checklist)}</h2><ul>{items(reading.checklist)}</ul></section>
    }
}

/// Asks the initiator to type the company name in a modal `<dialog>` (`showModal`: the page
/// behind is inert, Escape closes it, focus returns to the button that opened it), then
/// confirms with the fingerprint on screen and hands the completed request to `on_merged`.
#[component]
pub fn ConfirmDialog(
    id: i64,
    company: String,
    fingerprint: merge_core::Fingerprint,
    set_reload: WriteSignal<u32>,
    #[prop(into)] on_merged: Callback<MergeRequest>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let typed = RwSignal::new(String::new());
    let confirm = Action::new_local(move |fingerprint: &merge_core::Fingerprint| {
        // A stale preview's differences come back in the language on screen.
        api::confirm(id, fingerprint.clone(), lang.get_untracked())
    });
    let expected = company.clone();
    let ready = Memo::new(move |_| typed.get().trim() == expected);
    let modal = super::Modal::new();
    let open = move |_| {
        typed.set(String::new());
        modal.open();
    };
    let close = move || modal.close();
    Effect::new(move |_| {
        if let Some(Ok(request)) = confirm.value().get() {
            close();
            on_merged.run(request);
        }
    });
    let failure = move || match confirm.value().get() {
        Some(Err(failure)) => Some(failure_view(failure, set_reload)),
        _ => None,
    };
    // Issue #30 (crate::step_up): refused for want of a recent sign-in, the person goes through
    // their provider and back here, where the dialog opens again on the same fingerprint.
    let refused = Signal::derive(move || confirm.value().get().and_then(Result::err));
    let return_to = {
        let fingerprint = fingerprint.to_string();
        Callback::new(move |()| crate::step_up::return_here(&fingerprint))
    };
    let resume = {
        let company = company.clone();
        Callback::new(move |()| {
            typed.set(company.clone());
            modal.open();
        })
    };
    view! {
        <crate::step_up::Resume fingerprint=fingerprint.to_string() dialog=modal.dialog open=resume />
        <button class="danger" node_ref=modal.opener on:click=open>{t!(i18n, confirm.open)}</button>
        <dialog class="dialog" node_ref=modal.dialog aria-labelledby="confirm-title" on:close=move |_| modal.return_focus()>
            <h2 id="confirm-title">{t!(i18n, confirm.title)}</h2>
            <crate::step_up::DemoNote />
            <label for="confirm-company">{t!(i18n, confirm.type_to_confirm, company = company.clone())}</label>
            <input id="confirm-company" autofocus=true autocomplete="off"
                prop:value=typed on:input:target=move |ev| typed.set(ev.target().value()) />
            <div class="row">
                <button class="danger" disabled=move || !ready.get() || confirm.pending().get()
                    on:click={
                        let fingerprint = fingerprint.clone();
                        move |_| { confirm.dispatch_local(fingerprint.clone()); }
                    }>{t!(i18n, confirm.merge_now)}</button>
                <button class="secondary" on:click=move |_| close()>{t!(i18n, confirm.back)}</button>
            </div>
            {failure}
            <crate::step_up::SignInAgain refusal=refused return_to=return_to />
        </dialog>
    }
}

/// After the merge: what the account is now, the history entry, and what to do next.
#[component]
pub fn MergedView(#[prop(into)] plan: Arc<MergePlan>, request: MergeRequest) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let heading = NodeRef::<leptos::html::H1>::new();
    // The dialog is gone: focus the news, so that a screen reader reads it first.
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let checklist = {
        let plan = plan.clone();
        move || {
            plan.checklist_in(lang.get())
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect::<Vec<_>>()
        }
    };
    let (initiator, invitee) = (request.initiator.clone(), request.invitee.clone());
    let title = t!(
        i18n,
        merged.title,
        initiator = initiator.company.clone(),
        invitee = invitee.company.clone()
    );
    let updated_at = request.updated_at;
    let entry = move || {
        t_string!(
            i18n,
            merged.entry,
            when = local_time(updated_at, lang.get()),
            invitee = invitee.company.clone(),
            invitee_id = invitee.mpn_id.to_string(),
            initiator = initiator.company.clone(),
            initiator_id = initiator.mpn_id.to_string()
        )
        .to_string()
    };
    let tree = move || {
        view! { <AccountTree label=plan.result.company.clone() nodes=account_tree(&plan.result, lang.get()) /> }
    };
    view! {
        <section class="card merged" aria-labelledby="merged-title">
            <h1 id="merged-title" tabindex="-1" node_ref=heading>{title}</h1>
            <p class="done" role="status">{t!(i18n, merged.done)} <a href="/account">{t!(i18n, merged.see_account)}</a></p>
            <h2>{t!(i18n, merged.in_history)}</h2>
            <p class="history-entry">{entry} " " <a href="/history">{t!(i18n, merged.see_history)}</a></p>
            <h2>{t!(i18n, merged.next)}</h2>
            <ol class="checklist">{checklist}</ol>
            <p><a href="/reissue">{t!(i18n, account.reissue)}</a></p>
            <h2>{t!(i18n, merged.account)}</h2>
            {tree}
        </section>
    }
}

fn failure_view(failure: ApiFailure, set_reload: WriteSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let changes = failure
        .stale_differences()
        .unwrap_or_default()
        .iter()
        .map(|difference| view! { <li>{difference.message.clone()}</li> })
        .collect::<Vec<_>>();
    let stale = failure.code == Some(ErrorCode::StalePreview);
    view! {
        <div class="error" role="alert">
            <p>{refusal(&failure, i18n.get_locale_untracked())}</p>
            {stale.then(|| view! {
                <ul class="differences">{changes}</ul>
                <button on:click=move |_| set_reload.update(|n| *n += 1)>{t!(i18n, confirm.review_new)}</button>
            })}
        </div>
    }
}
