//! The sandbox: no sign-in, no server. Two snapshots (a sample, pasted or uploaded), the same
//! preview as for a real merge, and the plan JSON to download.

use std::sync::Arc;

use leptos::prelude::*;
use merge_core::{to_json, AccountSnapshot, MergePlan};
use wasm_bindgen::JsCast;

use gloo_worker::Spawnable;

use super::{AccountTree, Comparison, PlanView, PrintReport};
use crate::i18n::{t, t_string, use_i18n};
use crate::language::{lang_of, use_lang};
use crate::planner::{
    Assembled, JsValues, PlanMessage, PlanParts, PlanRequest, Planned, Planner, Progress, LOADER,
};
use crate::view_model::{
    account_tree, sandbox_chain, sandbox_comparison, SandboxChain, UsersByTenant, SAMPLES,
};

/// A plan, the snapshots it was made from and its users read, shared (not copied) by the views
/// that show it: with 100,000 users a copy is tens of milliseconds.
type Shown = (
    Arc<MergePlan>,
    Arc<[AccountSnapshot; 2]>,
    Arc<UsersByTenant>,
);
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
    let initiator = RwSignal::new(SAMPLES[0].1.to_string());
    let invitee = RwSignal::new(SAMPLES[1].1.to_string());
    let as_of = RwSignal::new("2020-05-15".to_string());
    let outcome = RwSignal::new(Outcome::None);
    let other = RwSignal::new(None::<Other>);
    // The invitees after the first, each with a key of its own: a chain (issue #13).
    let more = RwSignal::new(Vec::<(u32, RwSignal<String>)>::new());
    let next_key = StoredValue::new(0u32);
    let progress = RwSignal::new(None::<Progress>);
    // Planning happens in a worker, started with the page so that its wasm is ready by the
    // time the reader asks; the answers of an earlier request are set aside by their serial.
    let serial = StoredValue::new(0u32);
    let parts = StoredValue::new_local(PlanParts::new(lang_of(i18n.get_locale_untracked())));
    let on_message = move |message: PlanMessage| {
        if message.serial != serial.get_value() {
            return;
        }
        match parts.try_update_value(|parts| parts.take(message.part)) {
            Some(Assembled::Working(now)) => progress.set(Some(now)),
            Some(Assembled::Ready(planned)) => {
                mark("merge:planned");
                progress.set(None);
                let Planned {
                    plan,
                    before,
                    users,
                } = *planned;
                let shown = (Arc::new(plan), Arc::new(before), Arc::new(users));
                outcome.set(Some(Ok(shown)));
                measure_when_painted();
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
        let mut invitees = vec![invitee.get_untracked()];
        invitees.extend(
            more.get_untracked()
                .iter()
                .map(|(_, text)| text.get_untracked()),
        );
        let locale = i18n.get_locale_untracked();
        let shown = sandbox_chain(
            &initiator.get_untracked(),
            &invitees,
            &as_of.get_untracked(),
            locale,
        );
        other.set(Some(
            shown.map_or_else(Other::Refused, |c| Other::Chain(Arc::new(c))),
        ));
    };
    let compare = move |_| {
        serial.update_value(|n| *n += 1);
        outcome.set(None);
        progress.set(None);
        let locale = i18n.get_locale_untracked();
        let (a, b, date) = (
            initiator.get_untracked(),
            invitee.get_untracked(),
            as_of.get_untracked(),
        );
        let compared = sandbox_comparison(&a, &b, &date, locale);
        other.set(Some(
            compared.map_or_else(Other::Refused, |c| Other::Compared(Arc::new(c))),
        ));
    };
    let add_invitee = move |_| {
        next_key.update_value(|k| *k += 1);
        let text = RwSignal::new(SAMPLES[2].1.to_string());
        more.update(|more| more.push((next_key.get_value(), text)));
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
        let lang = lang_of(i18n.get_locale_untracked());
        parts.set_value(PlanParts::new(lang));
        progress.set(Some(Progress::Planning));
        let request = PlanRequest {
            serial: serial.get_value(),
            initiator: initiator.get_untracked(),
            invitee: invitee.get_untracked(),
            as_of: as_of.get_untracked(),
            lang,
        };
        planner.with_value(|planner| planner.send(request));
    };
    let progress_view = move || {
        progress.get().map(|now| {
            let (label, value, max) = match now {
                Progress::Planning => (t_string!(i18n, sandbox.planning).to_string(), None, None),
                Progress::Receiving { users, of } => {
                    let lang = lang_of(i18n.get_locale());
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
            <SnapshotInput id="initiator".to_string() label=move || t!(i18n, sandbox.initiator) text=initiator />
            <SnapshotInput id="invitee".to_string() label=move || t!(i18n, sandbox.invitee) text=invitee />
            <For each=move || more.get() key=|(key, _)| *key let((key, text))>
                <MoreInvitee key text more />
            </For>
        </div>
        <div class="row sandbox-input">
            <button class="secondary" on:click=add_invitee>{t!(i18n, sandbox.add_invitee)}</button>
            <label for="as-of">{t!(i18n, sandbox.as_of)}</label>
            <input id="as-of" type="date" prop:value=as_of on:input:target=move |ev| as_of.set(ev.target().value()) />
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
            Ok((plan, before, users)) => {
                // The plan's JSON is written when it is asked for, from the plan in the signal.
                let download = move |ev: leptos::ev::Targeted<leptos::ev::MouseEvent, web_sys::HtmlAnchorElement>| {
                    let json = outcome.with_untracked(|o| match o {
                        Some(Ok((plan, ..))) => to_json(plan),
                        _ => String::new(),
                    });
                    let json = js_sys::encode_uri_component(&json);
                    ev.target().set_href(&format!("data:application/json;charset=utf-8,{json}"));
                };
                view! {
                    <p><a class="download" href="#" download="merge-plan.json" on:click:target=download>{t!(i18n, sandbox.download)}</a></p>
                    <PrintReport plan=plan.clone() />
                    <PlanView plan=plan before=before users=users />
                }
                .into_any()
            }
            Err(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
        })}
    }
}

/// An invitee after the first, absorbed after the one before; it can be removed.
#[component]
fn MoreInvitee(
    key: u32,
    text: RwSignal<String>,
    more: RwSignal<Vec<(u32, RwSignal<String>)>>,
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
            <SnapshotInput id=format!("invitee-{key}") label=move || t!(i18n, sandbox.invitee_n, n = n()) text=text />
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
                let reading = plan.reading([absorbing, invitee], lang);
                let lines = |lines: Vec<String>| {
                    lines.into_iter().map(|l| view! { <li>{l}</li> }).collect::<Vec<_>>()
                };
                let (heading, labelled_by) = (format!("chain-step-{step}"), format!("chain-step-{step}"));
                let (initiator, invitee) = (absorbing.company.clone(), invitee.company.clone());
                view! {
                    <section class="chain-step" aria-labelledby=labelled_by>
                        <h2 id=heading>{t!(i18n, sandbox.step, step, initiator, invitee)}</h2>
                        <div class="warnings">{reading.warnings.into_iter().map(|w| view! { <p class="warning" role="note">{w}</p> }).collect::<Vec<_>>()}</div>
                        <ul class="changes">{lines(reading.changes)}</ul>
                        <p class="fingerprint">{t!(i18n, sandbox.step_fingerprint)} <code>{plan.fingerprint.to_string()}</code></p>
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

/// A snapshot to merge: pick a sample, paste, or upload a JSON file.
#[component]
fn SnapshotInput(id: String, #[prop(into)] label: ViewFn, text: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let samples = SAMPLES
        .iter()
        .map(|(name, _)| view! { <option value=*name>{*name}</option> })
        .collect::<Vec<_>>();
    let pick = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        if let Some((_, json)) = SAMPLES.iter().find(|(n, _)| *n == name) {
            text.set(json.to_string());
        }
    };
    let upload = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().unwrap().unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            leptos::task::spawn_local(async move {
                if let Ok(content) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    text.set(content.as_string().unwrap_or_default());
                }
            });
        }
    };
    view! {
        <section class="side" aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{label.run()}</h2>
            <div class="row">
                <label for=format!("{id}-sample")>{t!(i18n, sandbox.sample)}</label>
                <select id=format!("{id}-sample") on:change=pick>
                    <option value="">{t!(i18n, sandbox.choose)}</option>
                    {samples}
                </select>
                <label for=format!("{id}-file")>{t!(i18n, sandbox.upload)}</label>
                <input id=format!("{id}-file") type="file" accept="application/json,.json" on:change=upload />
            </div>
            <label for=format!("{id}-json")>{t!(i18n, sandbox.json)}</label>
            <textarea id=format!("{id}-json") rows="14" spellcheck="false"
                prop:value=text on:input:target=move |ev| text.set(ev.target().value())></textarea>
        </section>
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
