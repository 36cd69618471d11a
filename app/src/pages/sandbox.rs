//! The sandbox: no sign-in, no server. Two snapshots (a sample, pasted or uploaded), the same
//! preview as for a real merge, and the plan JSON to download.

use leptos::prelude::*;
use merge_core::{to_json, AccountSnapshot, MergePlan};
use wasm_bindgen::JsCast;

use super::PlanView;
use crate::i18n::{t, use_i18n};
use crate::view_model::{sandbox_plan, SAMPLES};

type Outcome = Option<Result<(MergePlan, [AccountSnapshot; 2]), String>>;

#[component]
pub fn Sandbox() -> impl IntoView {
    let i18n = use_i18n();
    let initiator = RwSignal::new(SAMPLES[0].1.to_string());
    let invitee = RwSignal::new(SAMPLES[1].1.to_string());
    let as_of = RwSignal::new("2020-05-15".to_string());
    let outcome = RwSignal::new(Outcome::None);
    let preview = move |_| {
        mark("merge:data");
        let plan = sandbox_plan(
            &initiator.get(),
            &invitee.get(),
            &as_of.get(),
            i18n.get_locale_untracked(),
        );
        mark("merge:planned");
        outcome.set(Some(plan));
        // The DOM is updated before the next frame is rendered; a task queued from that frame's
        // animation callback runs once the frame is painted.
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
    };

    view! {
        <h1>{t!(i18n, sandbox.title)}</h1>
        <p>{t!(i18n, sandbox.intro)}</p>
        <div class="sides">
            <SnapshotInput id="initiator" label=move || t!(i18n, sandbox.initiator) text=initiator />
            <SnapshotInput id="invitee" label=move || t!(i18n, sandbox.invitee) text=invitee />
        </div>
        <div class="row">
            <label for="as-of">{t!(i18n, sandbox.as_of)}</label>
            <input id="as-of" type="date" prop:value=as_of on:input:target=move |ev| as_of.set(ev.target().value()) />
            <button on:click=preview>{t!(i18n, sandbox.preview)}</button>
        </div>
        {move || outcome.get().map(|result| match result {
            Ok((plan, before)) => {
                // The plan's JSON is written when it is asked for, from the plan in the signal.
                let download = move |ev: leptos::ev::Targeted<leptos::ev::MouseEvent, web_sys::HtmlAnchorElement>| {
                    let json = outcome.with_untracked(|o| match o {
                        Some(Ok((plan, _))) => to_json(plan),
                        _ => String::new(),
                    });
                    let json = js_sys::encode_uri_component(&json);
                    ev.target().set_href(&format!("data:application/json;charset=utf-8,{json}"));
                };
                view! {
                    <p><a class="download" href="#" download="merge-plan.json" on:click:target=download>{t!(i18n, sandbox.download)}</a></p>
                    <PlanView plan=plan before=before />
                }
                .into_any()
            }
            Err(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
        })}
    }
}

/// A snapshot to merge: pick a sample, paste, or upload a JSON file.
#[component]
fn SnapshotInput(
    id: &'static str,
    #[prop(into)] label: ViewFn,
    text: RwSignal<String>,
) -> impl IntoView {
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

/// A performance mark, for scripts/bench.sh's browser benchmark.
fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
