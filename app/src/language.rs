//! The reader's language: the app's own words from `crate::i18n` (locales/*.json), the
//! engine's sentences from merge-core in the same language. The choice is the browser's
//! language at first, then what the reader picks, kept in the browser's localStorage.

use leptos::prelude::*;
use leptos_i18n::Locale as _;
use merge_core::Lang;

use crate::i18n::{t, use_i18n, Locale};

/// The engine's language for the app's locale.
pub fn lang_of(locale: Locale) -> Lang {
    match locale {
        Locale::en => Lang::En,
        Locale::nl => Lang::Nl,
    }
}

/// The app's locale for the engine's language.
pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Nl => Locale::nl,
    }
}

/// The reader's language, followed as it changes.
pub fn use_lang() -> Signal<Lang> {
    let i18n = use_i18n();
    Signal::derive(move || lang_of(i18n.get_locale()))
}

/// The locale `Intl` formats a date or time in: the reader's language, in the browser's own
/// region when it has one for that language (`en-GB`, `nl-BE`), else the language's own.
pub fn intl_locale(lang: Lang) -> String {
    let wanted = lang.to_string();
    let browser = window().navigator().language().unwrap_or_default();
    if browser.to_ascii_lowercase().starts_with(&wanted) {
        browser
    } else {
        lang.tag().to_string()
    }
}

/// Where the reader's own pick is kept.
const KEPT_AS: &str = "partner-merge.language";

fn kept() -> Option<Locale> {
    let stored = window().local_storage().ok()??.get_item(KEPT_AS).ok()??;
    [Locale::en, Locale::nl]
        .into_iter()
        .find(|locale| locale.as_str() == stored)
}

fn keep(locale: Locale) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(KEPT_AS, locale.as_str());
    }
}

/// Starts in the language the reader picked before, if any. An effect: it runs after the i18n
/// context's own, which starts from the browser's languages.
pub fn use_kept_language() {
    let i18n = use_i18n();
    Effect::new(move || {
        if let Some(locale) = kept() {
            i18n.set_locale(locale);
        }
    });
}

/// English | Nederlands, in the header.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let choose = move |ev: leptos::ev::Event| {
        let locale = match event_target_value(&ev).as_str() {
            "nl" => Locale::nl,
            _ => Locale::en,
        };
        keep(locale);
        i18n.set_locale(locale);
    };
    let option = move |locale: Locale, name: &'static str, tag: &'static str| {
        view! {
            <option value=locale.as_str() lang=tag selected=move || i18n.get_locale() == locale>
                {name}
            </option>
        }
    };
    view! {
        <label class="language">
            <span class="visually-hidden">{t!(i18n, language)}</span>
            <select on:change=choose>
                {option(Locale::en, "English", "en")}
                {option(Locale::nl, "Nederlands", "nl-NL")}
            </select>
        </label>
    }
}
