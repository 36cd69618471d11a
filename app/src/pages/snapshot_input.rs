//! One of the sandbox's snapshots: a sample, pasted text, or an uploaded file. A large file is
//! not put in the text area (megabytes of text there hold the page on every focus change and
//! every copy); it is kept as the `File` and read where it is planned.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::planner::SnapshotSource;
use crate::view_model::SAMPLES;

/// Files up to this size are shown as text, to read and edit; larger ones are kept as files.
pub const SHOWN_AS_TEXT_MAX_BYTES: f64 = 1024.0 * 1024.0;

/// A snapshot field: its text, or the large file uploaded into it.
#[derive(Clone, Copy)]
pub struct SnapshotField {
    pub text: RwSignal<String>,
    pub file: RwSignal<Option<web_sys::File>, LocalStorage>,
}

impl SnapshotField {
    pub fn new(text: &str) -> Self {
        Self {
            text: RwSignal::new(text.to_string()),
            file: RwSignal::new_local(None),
        }
    }

    /// What to plan: the file when there is one, else the text.
    pub fn source(&self) -> SnapshotSource {
        match self.file.get_untracked() {
            Some(file) => SnapshotSource::File(file.into()),
            None => SnapshotSource::Text(self.text.get_untracked()),
        }
    }

    /// The snapshot's text, read from the file when there is one.
    pub async fn text(&self) -> String {
        match self.file.get_untracked() {
            Some(file) => read_text(&file).await,
            None => self.text.get_untracked(),
        }
    }
}

async fn read_text(file: &web_sys::File) -> String {
    let text = JsFuture::from(file.text()).await.ok();
    text.and_then(|text| text.as_string()).unwrap_or_default()
}

/// A snapshot to merge: pick a sample, paste, or upload a JSON file.
#[component]
pub fn SnapshotInput(
    id: String,
    #[prop(into)] label: ViewFn,
    field: SnapshotField,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let SnapshotField { text, file } = field;
    let samples = SAMPLES
        .iter()
        .map(|(name, _)| view! { <option value=*name>{*name}</option> })
        .collect::<Vec<_>>();
    // The browser's own file button speaks the browser's language: ours speaks the page's.
    let chosen_name = RwSignal::new(None::<String>);
    let pick = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        if let Some((_, json)) = SAMPLES.iter().find(|(n, _)| *n == name) {
            file.set(None);
            chosen_name.set(None);
            text.set(json.to_string());
        }
    };
    let upload = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().unwrap().unchecked_into();
        let Some(chosen) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        chosen_name.set(Some(chosen.name()));
        if chosen.size() > SHOWN_AS_TEXT_MAX_BYTES {
            text.set(String::new());
            file.set(Some(chosen));
        } else {
            spawn_local(async move {
                file.set(None);
                text.set(read_text(&chosen).await);
            });
        }
    };
    let show_text = move |_| {
        if let Some(chosen) = file.get_untracked() {
            spawn_local(async move {
                text.set(read_text(&chosen).await);
                file.set(None);
            });
        }
    };
    let uploaded = move || {
        file.get().map(|chosen| {
            let name = chosen.name();
            let size = lang.get().number((chosen.size() / 1024.0).ceil() as u64);
            view! {
                <p class="uploaded" role="status">
                    {t!(i18n, sandbox.uploaded, file = name, size)} " "
                    <button class="secondary" on:click=show_text>{t!(i18n, sandbox.show_text)}</button>
                </p>
            }
        })
    };
    let as_file = move || file.with(Option::is_some);
    view! {
        <section class="card side" aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{label.run()}</h2>
            <div class="row">
                <label for=format!("{id}-sample")>{t!(i18n, sandbox.sample)}</label>
                <select id=format!("{id}-sample") on:change=pick>
                    <option value="">{t!(i18n, sandbox.choose)}</option>
                    {samples}
                </select>
                <label class="file-picker">
                    <span class="label-text">{t!(i18n, sandbox.upload)}</span>
                    <input class="visually-hidden" id=format!("{id}-file") type="file" accept="application/json,.json" on:change=upload />
                    <span class="button secondary" aria-hidden="true">{t!(i18n, sandbox.choose_file)}</span>
                    <span class="file-name">{move || chosen_name.get().unwrap_or_else(|| t_string!(i18n, sandbox.no_file).to_string())}</span>
                </label>
            </div>
            {uploaded}
            <label for=format!("{id}-json") hidden=as_file>{t!(i18n, sandbox.json)}</label>
            <textarea id=format!("{id}-json") rows="14" spellcheck="false" hidden=as_file
                prop:value=text on:input:target=move |ev| text.set(ev.target().value())></textarea>
        </section>
    }
}
