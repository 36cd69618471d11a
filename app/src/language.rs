//! The reader's language menu, and the locale `Intl` formats their dates and times in. The
//! language itself is `crate::i18n`'s: the browser's at first, then what the reader picks,
//! kept in the browser's localStorage.

use leptos::prelude::*;
use merge_core::Lang;

use crate::i18n::{keep, t, use_i18n};

/// The reader's language, followed as it changes.
pub fn use_lang() -> Signal<Lang> {
    let i18n = use_i18n();
    Signal::derive(move || i18n.get_locale())
}

/// The locale `Intl` formats a date or time in: the reader's language, in the browser's own
/// region when it has one for that language (`en-GB`, `nl-BE`), else the language's own.
pub fn intl_locale(lang: Lang) -> String {
    let browser = window().navigator().language().unwrap_or_default();
    if browser.to_ascii_lowercase().starts_with(lang.code()) {
        browser
    } else {
        lang.tag().to_string()
    }
}

/// English | Nederlands | Deutsch, in the header: each language named in itself.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let choose = move |ev: leptos::ev::Event| {
        let lang = event_target_value(&ev).parse().unwrap_or_default();
        keep(lang);
        i18n.set_locale(lang);
        // The server writes the signed-in user's emails in it too.
        leptos::task::spawn_local(async move {
            if let Err(failure) = crate::api::set_language(lang).await {
                leptos::logging::warn!("the language was not kept for emails: {failure}");
            }
        });
    };
    let options = Lang::ALL.map(|lang| {
        view! {
            <option value=lang.code() lang=lang.tag() selected=move || i18n.get_locale() == lang>
                {lang.name()}
            </option>
        }
    });
    view! {
        <label class="language">
            <span class="visually-hidden">{t!(i18n, language)}</span>
            <select on:change=choose>{options}</select>
        </label>
    }
}
