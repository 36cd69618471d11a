//! The preview: both accounts before and the merged account after, computed in the browser by
//! merge-core, and the confirmation that sends that plan's fingerprint (W3, W4).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use merge_core::{plan_merge, AccountSnapshot, MergePlan};

use super::AccountTree;
use crate::api::{self, ApiFailure};
use crate::view_model::{account_tree, TreeNode};
use merge_api_types::{ErrorCode, Preview};

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
    view! {
        <Transition fallback=|| view! { <p>"Loading the preview…"</p> }>
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
    view! {
        <PlanView plan=plan before=[preview.initiator.snapshot, preview.invitee.snapshot] />
        <p class="fingerprint">
            "Fingerprint of this preview: " <code>{fingerprint.to_string()}</code>
            {if matches { " (the server's plan is the same)" } else { " (differs from the server's plan: reload before confirming)" }}
        </p>
        <ConfirmDialog id=preview.request.id company=company fingerprint=fingerprint set_reload=set_reload />
    }
    .into_any()
}

/// Everything a plan says, for a person: both accounts before and the merged account after,
/// warnings, changes, benefits and the renewal timeline, users by tenant, what is not merged,
/// and the checklist. The signed-in preview and the sandbox show the same.
#[component]
pub fn PlanView(plan: MergePlan, before: [AccountSnapshot; 2]) -> impl IntoView {
    let before: Vec<(String, Vec<TreeNode>)> = before
        .iter()
        .map(|a| (a.company.clone(), account_tree(a)))
        .collect();
    let changes = plan
        .changes
        .iter()
        .map(|c| view! { <li>{c.describe()}</li> })
        .collect::<Vec<_>>();
    let warnings = plan
        .warnings
        .iter()
        .map(|w| view! { <p class="warning" role="note">{w.message.clone()}</p> })
        .collect::<Vec<_>>();
    let checklist = plan
        .checklist
        .iter()
        .map(|i| view! { <li>{i.text.clone()}</li> })
        .collect::<Vec<_>>();
    let packages = plan
        .benefit_packages
        .iter()
        .map(|p| view! { <li>{format!("{}'s benefits package, until {}", p.company, p.expires)}</li> })
        .collect::<Vec<_>>();
    let renewal = plan.renewal.date.map(|d| {
        format!("Consolidated renewal on {d}: one benefits package, every competency kept.")
    });
    let tenants = plan
        .role_management
        .iter()
        .map(|t| {
            let users = plan.result.users.iter().filter(|u| u.domain().as_deref() == Some(t.tenant.as_str()));
            let rows = users
                .map(|u| {
                    let roles = u.roles.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                    view! { <li>{u.email.clone()} ": " {roles}</li> }
                })
                .collect::<Vec<_>>();
            view! {
                <h3>{format!("{} ({}), managed by {}", t.tenant, t.company, t.admins.join(", "))}</h3>
                <ul>{rows}</ul>
            }
        })
        .collect::<Vec<_>>();
    let not_merged = plan
        .not_merged
        .describe()
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect::<Vec<_>>();
    let company = plan.result.company.clone();
    let after = account_tree(&plan.result);
    view! {
        <h1>{format!("Preview: {} absorbs {}", plan.initiator.company, plan.invitee.company)}</h1>
        <p class="as-of">"As of " {plan.as_of.to_string()}</p>
        <div class="sides">
            <section class="side before" aria-labelledby="before">
                <h2 id="before">"Before"</h2>
                {before.into_iter().map(|(company, nodes)| view! { <AccountTree label=company nodes=nodes /> }).collect::<Vec<_>>()}
            </section>
            <section class="side after" aria-labelledby="after">
                <h2 id="after">"After"</h2>
                <AccountTree label=company nodes=after />
            </section>
        </div>
        {warnings}
        <section aria-labelledby="changes"><h2 id="changes">"What changes"</h2><ul>{changes}</ul></section>
        <section aria-labelledby="benefits">
            <h2 id="benefits">"Benefits until renewal"</h2>
            <ul>{packages}</ul>
            <p>{renewal}</p>
            <super::Timeline plan=plan.clone() />
        </section>
        <section aria-labelledby="people"><h2 id="people">"Users and roles, by tenant"</h2>{tenants}</section>
        <section aria-labelledby="not-merged"><h2 id="not-merged">"Not merged"</h2><ul>{not_merged}</ul></section>
        <section aria-labelledby="checklist"><h2 id="checklist">"After the merge"</h2><ul>{checklist}</ul></section>
    }
}

/// Asks the initiator to type the company name, then confirms with the fingerprint on screen.
#[component]
pub fn ConfirmDialog(
    id: i64,
    company: String,
    fingerprint: merge_core::Fingerprint,
    set_reload: WriteSignal<u32>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let confirm = Action::new_local(move |fingerprint: &merge_core::Fingerprint| {
        api::confirm(id, fingerprint.clone())
    });
    let expected = company.clone();
    let ready = Memo::new(move |_| typed.get().trim() == expected);
    let input = NodeRef::<leptos::html::Input>::new();
    let opener = NodeRef::<leptos::html::Button>::new();
    // Closing gives focus back to the button that opened the dialog.
    let close = move || {
        open.set(false);
        if let Some(button) = opener.get() {
            let _ = button.focus();
        }
    };
    Effect::new(move |_| {
        if open.get() {
            if let Some(input) = input.get() {
                let _ = input.focus();
            }
        }
    });
    let outcome = move || {
        match confirm.value().get() {
        None => None,
        Some(Ok(_)) => Some(view! {
            <p class="done" role="status">"The merge is complete. " <a href="/account">"See the merged account"</a></p>
        }.into_any()),
        Some(Err(failure)) => Some(failure_view(failure, set_reload).into_any()),
    }
    };
    view! {
        <button class="danger" node_ref=opener on:click=move |_| open.set(true)>"Confirm merge…"</button>
        <Show when=move || open.get()>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="confirm-title"
                on:keydown=move |ev| { if ev.key() == "Escape" { close(); } }>
                <h2 id="confirm-title">"This cannot be undone"</h2>
                <label for="confirm-company">{format!("Type {company} to confirm")}</label>
                <input id="confirm-company" node_ref=input autocomplete="off"
                    prop:value=typed on:input:target=move |ev| typed.set(ev.target().value()) />
                <div class="row">
                    <button class="danger" disabled=move || !ready.get()
                        on:click={
                            let fingerprint = fingerprint.clone();
                            move |_| { confirm.dispatch_local(fingerprint.clone()); }
                        }>"Merge now"</button>
                    <button class="secondary" on:click=move |_| close()>"Back"</button>
                </div>
                {outcome}
            </div>
        </Show>
    }
}

fn failure_view(failure: ApiFailure, set_reload: WriteSignal<u32>) -> impl IntoView {
    let changes = failure
        .stale_differences()
        .unwrap_or_default()
        .iter()
        .map(|difference| view! { <li>{difference.message.clone()}</li> })
        .collect::<Vec<_>>();
    let stale = failure.code == Some(ErrorCode::StalePreview);
    view! {
        <div class="error" role="alert">
            <p>{failure.message.clone()}</p>
            {stale.then(|| view! {
                <ul class="differences">{changes}</ul>
                <button on:click=move |_| set_reload.update(|n| *n += 1)>"Review the new preview"</button>
            })}
        </div>
    }
}
