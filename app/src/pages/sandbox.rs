//! The sandbox: no sign-in, no server. Two snapshots (a sample, pasted or uploaded), the same
//! preview as for a real merge, and the plan JSON to download.

use std::sync::Arc;

use leptos::prelude::*;
use merge_core::{to_json, AccountSnapshot, MergePlan, MergeSummary};

use gloo_worker::Spawnable;
use leptos::task::spawn_local;

use super::snapshot_input::{SnapshotField, SnapshotInput};
use super::{AccountTree, Comparison, PlanView, PrintButton, Report, ReportStatus};
use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::planner::{
    Assembled, JsValues, PlanMessage, PlanParts, PlanRequest, Planned, Planner, Progress,
    SnapshotSource, LOADER,
};
use crate::view_model::{
    account_tree, sandbox_chain, sandbox_comparison, sandbox_plan, SandboxChain, UsersByTenant,
    SAMPLES,
};

/// A plan, the snapshots it was made from and its users read, shared (not copied) by the views
/// that show it: with 100,000 users a copy is tens of milliseconds.
#[derive(Clone)]
struct Shown {
    plan: Arc<MergePlan>,
    before: Arc<[AccountSnapshot; 2]>,
    users: Arc<UsersByTenant>,
    /// When the snapshots come from the worker, without their users.
    summary: Option<MergeSummary>,
}
type Outcome = Option<Result<Shown, String>>;

/// What the sandbox shows besides one merge: a chain, or both directions compared.
#[derive(Clone)]
enum Other {
    Chain(Arc<SandboxChain>),
    Compared(Arc<merge_core::DirectionComparison>),
    Refused(String),
}

#[component]
pub fn Sandbox() -> impl IntoView {
    let i18n = use_i18n();
    let initiator = SnapshotField::new(SAMPLES[0].1);
    let invitee = SnapshotField::new(SAMPLES[1].1);
    let as_of = RwSignal::new("2020-05-15".to_string());
    let outcome = RwSignal::new(Outcome::None);
    let other = RwSignal::new(None::<Other>);
    // The invitees after the first, each with a key of its own: a chain (issue #13).
    let more = RwSignal::new(Vec::<(u32, SnapshotField)>::new());
    let next_key = StoredValue::new(0u32);
    let progress = RwSignal::new(None::<Progress>);
    // Planning happens in a worker, started with the page so that its wasm is ready by the
    // time the reader asks; the answers of an earlier request are set aside by their serial.
    let serial = StoredValue::new(0u32);
    let parts = StoredValue::new_local(PlanParts::new(i18n.get_locale_untracked()));
    let on_message = move |message: PlanMessage| {
        if message.serial != serial.get_value() {
            return;
        }
        match parts.try_update_value(|parts| parts.take(message.part)) {
            Some(Assembled::Working(now)) => progress.set(Some(now)),
            Some(Assembled::Ready(planned)) => {
                mark("merge:planned");
                let Planned {
                    plan,
                    before,
                    summary,
                    users,
                } = *planned;
                let shown = Shown {
                    plan: Arc::new(plan),
                    before: Arc::new(before),
                    users: Arc::new(users),
                    summary: Some(summary),
                };
                // Drawn in a task of its own, not in the one that read the last part: together
                // they were ~50 ms for 100,000 users.
                let drawn = message.serial;
                set_timeout(
                    move || {
                        if serial.get_value() == drawn {
                            progress.set(None);
                            outcome.set(Some(Ok(shown)));
                            measure_when_painted();
                        }
                    },
                    std::time::Duration::ZERO,
                );
            }
            Some(Assembled::Refused(why)) => {
                progress.set(None);
                outcome.set(Some(Err(why)));
            }
            None => {}
        }
    };
    let mut spawner = Planner::spawner().encoding::<JsValues>();
    spawner
        .callback(on_message)
        .as_module(false)
        .with_loader(true);
    let planner = StoredValue::new_local(spawner.spawn(LOADER));
    // A chain and a comparison are planned here: their companies are pasted ones, small.
    let chain = move || {
        let fields = more.get_untracked();
        spawn_local(async move {
            let mut invitees = vec![invitee.text().await];
            for (_, field) in fields {
                invitees.push(field.text().await);
            }
            let locale = i18n.get_locale_untracked();
            let shown = sandbox_chain(
                &initiator.text().await,
                &invitees,
                &as_of.get_untracked(),
                locale,
            );
            other.set(Some(
                shown.map_or_else(Other::Refused, |c| Other::Chain(Arc::new(c))),
            ));
        });
    };
    let compare = move |_| {
        serial.update_value(|n| *n += 1);
        outcome.set(None);
        progress.set(None);
        spawn_local(async move {
            let locale = i18n.get_locale_untracked();
            let (a, b) = (initiator.text().await, invitee.text().await);
            let compared = sandbox_comparison(&a, &b, &as_of.get_untracked(), locale);
            other.set(Some(
                compared.map_or_else(Other::Refused, |c| Other::Compared(Arc::new(c))),
            ));
        });
    };
    let add_invitee = move |_| {
        next_key.update_value(|k| *k += 1);
        let field = SnapshotField::new(SAMPLES[2].1);
        more.update(|more| more.push((next_key.get_value(), field)));
    };
    let preview = move |_| {
        serial.update_value(|n| *n += 1);
        other.set(None);
        if !more.with_untracked(Vec::is_empty) {
            outcome.set(None);
            progress.set(None);
            return chain();
        }
        mark("merge:data");
        let locale = i18n.get_locale_untracked();
        let lang = locale;
        let (initiator, invitee, as_of) =
            (initiator.source(), invitee.source(), as_of.get_untracked());
        if let (SnapshotSource::Text(a), SnapshotSource::Text(b)) = (&initiator, &invitee) {
            if plans_on_page(a, b) {
                progress.set(None);
                let shown = sandbox_plan(a, b, &as_of, locale).map(|(plan, before)| Shown {
                    users: Arc::new(UsersByTenant::of_account(&plan.result, lang)),
                    plan: Arc::new(plan),
                    before: Arc::new(before),
                    summary: None,
                });
                mark("merge:planned");
                if shown.is_ok() {
                    measure_when_painted();
                }
                return outcome.set(Some(shown));
            }
        }
        parts.set_value(PlanParts::new(lang));
        progress.set(Some(Progress::Planning));
        let request = PlanRequest {
            serial: serial.get_value(),
            initiator,
            invitee,
            as_of,
            lang,
        };
        planner.with_value(|planner| planner.send(request));
    };
    let progress_view = move || {
        progress.get().map(|now| {
            let (label, value, max) = match now {
                Progress::Planning => (t_string!(i18n, sandbox.planning).to_string(), None, None),
                Progress::Receiving { users, of } => {
                    let lang = i18n.get_locale();
                    let (n, total) = (lang.number(users as u64), lang.number(of as u64));
                    let label = t_string!(i18n, sandbox.receiving, users = n, of = total);
                    (label.to_string(), Some(users as f64), Some(of as f64))
                }
            };
            view! {
                <div class="planning" role="status">
                    <progress aria-label=label.clone() value=value max=max></progress>
                    <span>{label}</span>
                </div>
            }
        })
    };

    view! {
        <h1>{t!(i18n, sandbox.title)}</h1>
        <p>{t!(i18n, sandbox.intro)}</p>
        <div class="sides sandbox-input">
            <SnapshotInput id="initiator".to_string() label=move || t!(i18n, sandbox.initiator) field=initiator />
            <SnapshotInput id="invitee".to_string() label=move || t!(i18n, sandbox.invitee) field=invitee />
            <For each=move || more.get() key=|(key, _)| *key let((key, field))>
                <MoreInvitee key field more />
            </For>
        </div>
        <div class="row sandbox-input">
            <button class="secondary" on:click=add_invitee>{t!(i18n, sandbox.add_invitee)}</button>
            <span class="row as-of-field">
                <label for="as-of">{t!(i18n, sandbox.as_of)}</label>
                <input id="as-of" type="date" prop:value=as_of on:input:target=move |ev| as_of.set(ev.target().value()) />
            </span>
            <button on:click=preview>{t!(i18n, sandbox.preview)}</button>
            <button class="secondary" on:click=compare disabled=move || !more.with(Vec::is_empty)>{t!(i18n, sandbox.compare)}</button>
        </div>
        {progress_view}
        {move || other.get().map(|other| match other {
            Other::Chain(shown) => view! { <ChainView shown /> }.into_any(),
            Other::Compared(comparison) => view! { <Comparison comparison /> }.into_any(),
            Other::Refused(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
        })}
        {move || outcome.get().map(|result| match result {
            Ok(Shown { plan, before, users, summary }) => {
                // The plan's JSON is written when it is asked for, from the plan in the signal.
                let download = move |ev: leptos::ev::Targeted<leptos::ev::MouseEvent, web_sys::HtmlAnchorElement>| {
                    let json = outcome.with_untracked(|o| match o {
                        Some(Ok(shown)) => to_json(&shown.plan),
                        _ => String::new(),
                    });
                    let json = js_sys::encode_uri_component(&json);
                    ev.target().set_href(&format!("data:application/json;charset=utf-8,{json}"));
                };
                view! {
                    <p class="row no-print">
                        <a class="download" href="#" download="merge-plan.json" on:click:target=download>{t!(i18n, sandbox.download)}</a>
                        <PrintButton />
                    </p>
                    <PlanView plan=plan.clone() before=before users=users summary=summary status=ReportStatus::Trial />
                    <Report plan=plan status=ReportStatus::Trial />
                }
                .into_any()
            }
            Err(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
        })}
    }
}

/// Snapshots up to this size, both together, are planned on the page: sending the texts to
/// the worker and the plan back costs such a pair more than planning takes (a 10,000-location
/// invitee, 0.7 MB: 19 ms on the page, ~70 ms through the worker; docs/performance.md). Larger
/// ones are planned in the worker, so that the page never blocks.
pub const PLAN_ON_PAGE_MAX_BYTES: usize = 1 << 20;

/// Whether the sandbox plans these texts on the page rather than in its worker.
pub fn plans_on_page(initiator: &str, invitee: &str) -> bool {
    initiator.len() + invitee.len() <= PLAN_ON_PAGE_MAX_BYTES
}

/// An invitee after the first, absorbed after the one before; it can be removed.
#[component]
fn MoreInvitee(
    key: u32,
    field: SnapshotField,
    more: RwSignal<Vec<(u32, SnapshotField)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Numbered by place: the first invitee is 1.
    let n = move || {
        let at = more.with(|more| more.iter().position(|(k, _)| *k == key));
        (at.unwrap_or(0) + 2).to_string()
    };
    let remove = move |_| more.update(|more| more.retain(|(k, _)| *k != key));
    view! {
        <div class="more-invitee">
            <SnapshotInput id=format!("invitee-{key}") label=move || t!(i18n, sandbox.invitee_n, n = n()) field=field />
            <button class="secondary" on:click=remove>{move || t_string!(i18n, sandbox.remove_invitee, n = n()).to_string()}</button>
        </div>
    }
}

/// A chain: the account after the last step, then each step's changes and fingerprint.
#[component]
fn ChainView(shown: Arc<SandboxChain>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let steps = &shown.chain.steps;
        let initiator = steps[0].initiator.company.clone();
        let names: Vec<String> = steps.iter().map(|s| s.invitee.company.clone()).collect();
        let invitees = lang.list(&names);
        let result = shown.chain.result();
        let steps = steps
            .iter()
            .zip(&shown.before)
            .enumerate()
            .map(|(at, (plan, [absorbing, invitee]))| {
                let step = (at + 1).to_string();
                let bars_id = format!("step-{step}");
                let reading = plan.reading([absorbing, invitee], lang);
                let lines = |lines: Vec<String>| {
                    lines.into_iter().map(|l| view! { <li>{l}</li> }).collect::<Vec<_>>()
                };
                let (heading, labelled_by) = (format!("chain-step-{step}"), format!("chain-step-{step}"));
                let (initiator, invitee) = (absorbing.company.clone(), invitee.company.clone());
                view! {
                    <section class="card chain-step" aria-labelledby=labelled_by>
                        <h2 id=heading>{t!(i18n, sandbox.step, step, initiator, invitee)}</h2>
                        <super::ConsequenceBars consequences=plan.consequences() id=bars_id nested=true />
                        <ul class="changes">{lines(reading.changes)}</ul>
                        <details class="technical">
                            <summary>{t!(i18n, preview.technical)}</summary>
                            <p class="fingerprint">{t!(i18n, sandbox.step_fingerprint)} <code>{plan.fingerprint.to_string()}</code></p>
                        </details>
                    </section>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <h1>{t!(i18n, sandbox.chain_title, initiator, invitees)}</h1>
            <section class="after" aria-labelledby="chain-result">
                <h2 id="chain-result">{t!(i18n, sandbox.chain_result)}</h2>
                <AccountTree label=result.company.clone() nodes=account_tree(result, lang) />
            </section>
            {steps}
        }
    }
}

/// Measures `merge:preview`, from the data to the painted preview. The DOM is updated before
/// the next frame is rendered; a task queued from that frame's animation callback runs once
/// the frame is painted.
fn measure_when_painted() {
    request_animation_frame(|| {
        set_timeout(
            || {
                mark("merge:painted");
                if let Some(performance) = window().performance() {
                    let _ = performance.measure_with_start_mark_and_end_mark(
                        "merge:preview",
                        "merge:data",
                        "merge:painted",
                    );
                }
            },
            std::time::Duration::ZERO,
        )
    });
}

/// A performance mark, for scripts/bench.sh's browser benchmark.
fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
