//! The preview: what the merge costs first, then both accounts before and the merged account
//! after, computed in the browser by merge-core, and the confirmation that sends that plan's
//! fingerprint (W3, W4), always in reach in the action bar.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use merge_core::{
    plan_merge, plan_merge_deal, AccountSnapshot, AdminReading, Lang, MergePlan, MergeSummary,
    RightsAfterMerge, Weight,
};

use super::changes::{not_merged_items, MarkLegend, MarkedChanges};
use super::consequences::ConsequenceBars;
use super::print::{PrintButton, Report, ReportStatus};
use super::AccountTree;
use crate::api::{self, ApiFailure};
use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::refusal::refusal;
use crate::time::local_time;
use crate::view_model::{account_tree, TreeNode, UsersByTenant};
use merge_api_types::{ErrorCode, MergeRequest, Preview};

/// The request's id in the route.
pub(super) fn id_in_route() -> impl Fn() -> i64 + Copy {
    let params = use_params_map();
    move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(0)
    }
}

#[component]
pub fn PreviewPage() -> impl IntoView {
    let id = id_in_route();
    let data = LocalResource::new(move || {
        let id = id();
        async move { Ok::<_, ApiFailure>((api::preview(id).await?, api::me().await?.email)) }
    });
    let i18n = use_i18n();
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, preview.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    // A stale preview's "review the new preview" loads it again.
                    let review_new = Callback::new(move |()| data.refetch());
                    data.await.map(|(preview, me)| preview_view(preview, me, review_new))
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// The plan this browser makes of the stored accounts, as the request's deal (R22) when it
/// names one, as the server plans it.
fn browser_plan(preview: &Preview) -> Result<MergePlan, String> {
    let (initiator, invitee) = (&preview.initiator.snapshot, &preview.invitee.snapshot);
    match preview.request.deal {
        Some(deal) => plan_merge_deal(initiator, invitee, preview.as_of, deal),
        None => plan_merge(initiator, invitee, preview.as_of),
    }
    .map_err(|e| e.to_string())
}

fn preview_view(preview: Preview, me: String, review_new: Callback<()>) -> AnyView {
    let plan = match browser_plan(&preview) {
        Ok(plan) => plan,
        Err(error) => return view! { <p class="error" role="alert">{error}</p> }.into_any(),
    };
    let matches = plan.fingerprint == preview.plan.fingerprint;
    let merged = RwSignal::new(None::<MergeRequest>);
    let plan = Arc::new(plan);
    // Who gains which rights as the server reads them: what the confirm acknowledges.
    let rights = Arc::new(preview.rights.rights);
    let before = Arc::new([preview.initiator.snapshot, preview.invitee.snapshot]);
    let request = preview.request;
    let i18n = use_i18n();
    // Drawn again only when the merge completes: the preview, then the merged account.
    (move || match merged.get() {
        Some(request) => view! { <MergedView plan=plan.clone() request=request /> }.into_any(),
        None => view! {
            <PlanView plan=plan.clone() before=before.clone() status=ReportStatus::Proposed request=request.clone() rights=rights.clone() />
            <details class="technical card">
                <summary>{t!(i18n, preview.technical)}</summary>
                <p class="fingerprint">{t!(i18n, preview.fingerprint)} <code>{plan.fingerprint.to_string()}</code></p>
                <p>{move || if matches { t_string!(i18n, preview.same_plan) } else { t_string!(i18n, preview.other_plan) }}</p>
            </details>
            <super::CompareOffer before=before.clone() as_of=plan.as_of />
            <Report plan=plan.clone() status=ReportStatus::Proposed request=request.clone() generated_by=me.clone() rights=rights.clone() />
            <div class="action-bar" role="region" aria-label=move || t_string!(i18n, confirm.open).to_string()>
                <PrintButton />
                <ConfirmDialog plan=plan.clone() request=request.clone() rights=rights.clone()
                    review_new=review_new on_merged=move |request| merged.set(Some(request)) />
            </div>
        }
        .into_any(),
    })
    .into_any()
}

/// Everything a plan says, for a person, what it costs first: what is lost, moves or stays;
/// the counts; both accounts before and the merged account after; the changes, each marked;
/// benefits and the renewal timeline; users by tenant; what is not merged; the checklist; and,
/// for a request, who gains which rights. In the reader's language. The signed-in preview and
/// the sandbox show the same.
#[component]
pub fn PlanView(
    #[prop(into)] plan: Arc<MergePlan>,
    #[prop(into)] before: Arc<[AccountSnapshot; 2]>,
    /// A trial in the sandbox, or a proposed merge.
    status: ReportStatus,
    /// The request, for its consent trail; none in the sandbox.
    #[prop(optional)]
    request: Option<MergeRequest>,
    /// The merged account's users, when read already (by the sandbox, as they arrived).
    #[prop(optional)]
    users: Option<Arc<UsersByTenant>>,
    /// The merge at a glance, when `before` comes without its users: the sandbox's worker
    /// sends the summary that counts them instead.
    #[prop(default = None)]
    summary: Option<MergeSummary>,
    /// Who gains which rights under the server's reading of admin rights (R23, A3); none in
    /// the sandbox, which knows no deployment's reading.
    #[prop(optional, into)]
    rights: Option<Arc<RightsAfterMerge>>,
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
        let standing = Standing {
            status,
            request: request.clone(),
            rights: rights.clone(),
        };
        plan_in(&plan, &before, &users, summary, standing, lang)
    }
}

/// "Invited by … on …, accepted by … on …".
fn consent_line(request: &MergeRequest, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let invited = t_string!(
        i18n,
        preview.invited,
        who = request.created_by.clone(),
        when = local_time(request.created_at, lang)
    )
    .to_string();
    let accepted = match (&request.accepted_by, request.accepted_at) {
        (Some(who), Some(at)) => format!(
            ", {}",
            t_string!(
                i18n,
                preview.accepted,
                who = who.clone(),
                when = local_time(at, lang)
            )
        ),
        _ => String::new(),
    };
    view! { <p class="consent-line">{invited}{accepted}</p> }
}

/// Where a plan stands and, for a request, its consent trail and who gains which rights.
struct Standing {
    status: ReportStatus,
    request: Option<MergeRequest>,
    rights: Option<Arc<RightsAfterMerge>>,
}

fn plan_in(
    plan: &Arc<MergePlan>,
    before: &[AccountSnapshot; 2],
    users: &UsersByTenant,
    summary: MergeSummary,
    standing: Standing,
    lang: Lang,
) -> impl IntoView {
    let i18n = use_i18n();
    let Standing {
        status,
        request,
        rights,
    } = standing;
    let reading = rights.as_ref().map(|r| r.reading).unwrap_or_default();
    let deal = plan.deal.map(|deal| deal.describe_in(plan, lang));
    let before: Vec<(String, Vec<TreeNode>)> = before
        .iter()
        .map(|a| (a.company.clone(), account_tree(a, lang)))
        .collect();
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
    let checklist = plan
        .checklist_in(lang)
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect::<Vec<_>>();
    let company = plan.result.company.clone();
    let after = account_tree(&plan.result, lang);
    let (initiator, invitee) = (plan.initiator.company.clone(), plan.invitee.company.clone());
    let date = lang.date(plan.as_of);
    let status_badge = match status {
        ReportStatus::Trial => t_string!(i18n, preview.trial),
        _ => t_string!(i18n, preview.status),
    };
    view! {
        <h1>{t!(i18n, preview.title, initiator = initiator.clone(), invitee = invitee.clone())}</h1>
        <p class="as-of"><span class="badge status">{status_badge}</span> " " {t!(i18n, preview.as_of, date)}</p>
        {request.as_ref().map(|r| consent_line(r, lang))}
        {deal.map(|deal| view! { <p class="deal"><strong>{deal}</strong></p> })}
        <ConsequenceBars consequences=plan.consequences_under(reading) />
        <super::AtAGlance summary=summary initiator=initiator invitee=invitee />
        {rights.map(|rights| view! { <super::WhoGains rights /> })}
        <div class="sides">
            <section class="card side before" aria-labelledby="before">
                <h2 id="before">{t!(i18n, reading.before)}</h2>
                {before.into_iter().map(|(company, nodes)| view! { <AccountTree label=company nodes=nodes /> }).collect::<Vec<_>>()}
            </section>
            <section class="card side after" aria-labelledby="after">
                <h2 id="after">{t!(i18n, reading.after)}</h2>
                <AccountTree label=company nodes=after />
            </section>
        </div>
        <TreeLegend />
        <section class="card" aria-labelledby="changes">
            <h2 id="changes">{t!(i18n, preview.changes)}</h2>
            <MarkLegend />
            <ul class="marked"><MarkedChanges changes=plan.changes.clone() /></ul>
        </section>
        <section class="card" aria-labelledby="benefits">
            <h2 id="benefits">{t!(i18n, preview.benefits)}</h2>
            <ul>{packages}</ul>
            {renewal}
            <super::Timeline plan=plan.clone() />
        </section>
        <section class="card" aria-labelledby="people"><h2 id="people">{t!(i18n, preview.people)}</h2>{tenants}</section>
        <section class="card" aria-labelledby="not-merged">
            <h2 id="not-merged">{t!(i18n, reading.not_merged)}</h2>
            <ul class="marked">{not_merged_items(plan.not_merged.describe_in(lang))}</ul>
        </section>
        <section class="card" aria-labelledby="checklist"><h2 id="checklist">{t!(i18n, preview.checklist)}</h2><ul>{checklist}</ul></section>
    }
}

/// What the trees' marks mean: words beside the lines, so they read in greyscale too.
#[component]
fn TreeLegend() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="legend tree-legend">
            {t!(i18n, preview.legend)} " "
            <span class="mark moved">{t!(i18n, preview.legend_moved)}</span> " · "
            <span class="mark demoted">{t!(i18n, preview.legend_demoted)}</span>
        </p>
    }
}

/// Asks the initiator, in a modal `<dialog>`, to confirm what the merge costs: titled with the
/// action, restating what is lost or changes and the invitee's acceptance, with the absorbed
/// company's name typed. A stale preview disables it until the new one is loaded.
#[component]
pub fn ConfirmDialog(
    #[prop(into)] plan: Arc<MergePlan>,
    request: MergeRequest,
    /// Who gains which rights as the preview shows them: restated, and acknowledged with the
    /// confirmation (R23).
    #[prop(into)]
    rights: Arc<RightsAfterMerge>,
    /// Loads the preview again, after a stale one was refused.
    #[prop(into)]
    review_new: Callback<()>,
    #[prop(into)] on_merged: Callback<MergeRequest>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let id = request.id;
    let fingerprint = plan.fingerprint.clone();
    let reading: AdminReading = rights.reading;
    let confirm = Action::new_local(move |fingerprint: &merge_core::Fingerprint| {
        // A stale preview's differences come back in the language on screen.
        api::confirm(id, fingerprint.clone(), reading, lang.get_untracked())
    });
    let acknowledged = RwSignal::new(false);
    let absorbed = plan.invitee.company.clone();
    let typed = super::Typed::new(absorbed.clone(), false);
    let stale = Memo::new(move |_| {
        matches!(
            confirm.value().get(),
            Some(Err(ApiFailure {
                code: Some(ErrorCode::StalePreview),
                ..
            }))
        )
    });
    let modal = super::Modal::new();
    let open = move |_| {
        typed.clear();
        acknowledged.set(false);
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
        Some(Err(failure)) => Some(failure_view(failure, review_new)),
        _ => None,
    };
    let (initiator, invitee) = (plan.initiator.clone(), plan.invitee.clone());
    let title = {
        let (initiator, invitee) = (initiator.company.clone(), invitee.company.clone());
        move || {
            t_string!(
                i18n,
                confirm.title,
                initiator = initiator.clone(),
                invitee = invitee.clone()
            )
            .to_string()
        }
    };
    let irreversible = move || {
        t_string!(
            i18n,
            confirm.irreversible,
            initiator = initiator.company.clone(),
            initiator_id = initiator.global_mpn_id.to_string(),
            invitee = invitee.company.clone(),
            invitee_id = invitee.global_mpn_id.to_string()
        )
        .to_string()
    };
    let heavy: Vec<merge_core::Consequence> = plan
        .consequences_under(reading)
        .into_iter()
        .filter(|c| c.weight() != Weight::Stays)
        .collect();
    let restated = move || {
        crate::view_model::acting_lines(&rights, lang.get())
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect::<Vec<_>>()
    };
    let consequences = move || {
        let lang = lang.get();
        heavy
            .iter()
            .map(|c| view! { <li>{c.describe_in(lang)}</li> })
            .collect::<Vec<_>>()
    };
    let acceptance = move || {
        let (Some(who), Some(at)) = (request.accepted_by.clone(), request.accepted_at) else {
            return String::new();
        };
        t_string!(
            i18n,
            confirm.accepted,
            who,
            company = request.invitee.company.clone(),
            when = local_time(at, lang.get())
        )
        .to_string()
    };
    // Issue #30 (crate::step_up): refused for want of a recent sign-in, the person goes through
    // their provider and back here, where the dialog opens again on the same fingerprint.
    let refused = Signal::derive(move || confirm.value().get().and_then(Result::err));
    let return_to = {
        let fingerprint = fingerprint.to_string();
        Callback::new(move |()| crate::step_up::return_here(&fingerprint))
    };
    let resume = {
        let absorbed = absorbed.clone();
        Callback::new(move |()| {
            // They had acknowledged and typed the name before signing in again.
            typed.set(absorbed.clone());
            acknowledged.set(true);
            modal.open();
        })
    };
    view! {
        <crate::step_up::Resume fingerprint=fingerprint.to_string() dialog=modal.dialog open=resume />
        <button class="danger" node_ref=modal.opener on:click=open>{t!(i18n, confirm.open)}</button>
        <dialog class="dialog confirm" node_ref=modal.dialog aria-labelledby="confirm-title" on:close=move |_| modal.return_focus()>
            <h2 id="confirm-title">{title}</h2>
            <crate::step_up::DemoNote />
            <p class="message-bar warning"><strong>{irreversible}</strong></p>
            // A refusal is read first: what changed, before the consequences it changes.
            {failure}
            <crate::step_up::SignInAgain refusal=refused return_to=return_to />
            <p>{t!(i18n, confirm.consequences)}</p>
            <ul class="lost">{consequences}</ul>
            <p class="acceptance">{acceptance}</p>
            <section class="rights" aria-labelledby="confirm-rights">
                <h3 id="confirm-rights">{t!(i18n, reading.rights)}</h3>
                <ul>{restated}</ul>
                <div class="choice">
                    <input type="checkbox" id="confirm-rights-acknowledged" prop:checked=acknowledged
                        on:change:target=move |ev| acknowledged.set(ev.target().checked()) />
                    <label for="confirm-rights-acknowledged">{t!(i18n, confirm.rights_acknowledge)}</label>
                </div>
            </section>
            <super::TypeToConfirm id="confirm-company" typed
                label=Signal::derive(t!(i18n, confirm.type_to_confirm, company = absorbed.clone())) />
            <div class="row dialog-actions">
                <button class="danger" disabled=move || !acknowledged.get() || !typed.ready() || stale.get() || confirm.pending().get()
                    on:click=move |_| { confirm.dispatch_local(fingerprint.clone()); }>{t!(i18n, confirm.merge_now)}</button>
                <button class="secondary" on:click=move |_| close()>{t!(i18n, confirm.back)}</button>
            </div>
        </dialog>
    }
}

/// After the merge: what the account is now, the history entry, the report, what to do next.
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
            <p class="message-bar success done" role="status">{t!(i18n, merged.done)} <a href="/account">{t!(i18n, merged.see_account)}</a></p>
            <p><a class="button-link" href=format!("/merges/{}/report", request.id)>{t!(i18n, merged.report)}</a></p>
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

fn failure_view(failure: ApiFailure, review_new: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let changes = failure
        .stale_differences()
        .unwrap_or_default()
        .iter()
        .map(|difference| view! { <li>{difference.message.clone()}</li> })
        .collect::<Vec<_>>();
    let stale = failure.code == Some(ErrorCode::StalePreview);
    view! {
        <div class="message-bar error" role="alert">
            <super::icons::Icon kind=super::icons::IconKind::Error />
            <div>
                <p>{if stale { t_string!(i18n, confirm.stale).to_string() } else { refusal(&failure, i18n.get_locale_untracked()) }}</p>
                {stale.then(|| view! {
                    <ul class="differences">{changes}</ul>
                    <button on:click=move |_| review_new.run(())>{t!(i18n, confirm.review_new)}</button>
                })}
            </div>
        </div>
    }
}
