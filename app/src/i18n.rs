//! The reader's language and the app's words. One language type, merge-core's [`Lang`], for the
//! app, the engine and the API; one catalogue of Fluent files (`locales/<lang>/`): the app's
//! own `app.ftl`, then the API's `api.ftl` (a request's states, refusals) and the engine's
//! `engine.ftl` (the plan's sentences and headings), each embedded once, by the crate that
//! owns it.
//!
//! `t!(i18n, merges.title, company = name)` is a view that follows the language;
//! `t_string!` the text now; `td_string!(lang, key, ...)` the text in a given language. A key
//! is the message's id with `.` and `_` written for `-` (`merges.not_an_id_yet` is
//! `merges-not-an-id-yet`).

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use leptos::prelude::*;
use merge_core::{Arg, Catalogue, MpnId};

/// The one language type: the engine's.
pub use merge_core::Lang;

/// The app's own messages (`app.ftl`).
fn words() -> &'static Catalogue {
    static WORDS: OnceLock<Catalogue> = OnceLock::new();
    WORDS.get_or_init(|| {
        Catalogue::new(|lang| {
            vec![match lang {
                Lang::En => include_str!("../../locales/en/app.ftl"),
                Lang::Nl => include_str!("../../locales/nl/app.ftl"),
                Lang::De => include_str!("../../locales/de/app.ftl"),
            }]
        })
    })
}

/// Message `id` in `lang`: the app's own, else the API's, else the engine's.
pub fn say(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let catalogues = [words(), merge_api_types::words(), merge_core::engine()];
    match catalogues.into_iter().find(|c| c.has(Lang::En, id)) {
        Some(catalogue) => catalogue.say(lang, id, args),
        None => id.to_string(),
    }
}

/// The message id of a key as the macros take it: `merges.not_an_id_yet` →
/// `merges-not-an-id-yet`.
pub fn id_of(key: &str) -> String {
    key.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '.' || c == '_' { '-' } else { c })
        .collect()
}

/// A value a message is given, taken when the message is made (as a view, it follows the
/// language, not the value).
pub trait ToArg {
    fn to_arg(&self) -> Arg<'static>;
}

impl ToArg for str {
    fn to_arg(&self) -> Arg<'static> {
        Arg::Text(Cow::Owned(self.to_string()))
    }
}

impl ToArg for String {
    fn to_arg(&self) -> Arg<'static> {
        self.as_str().to_arg()
    }
}

impl ToArg for MpnId {
    fn to_arg(&self) -> Arg<'static> {
        self.as_str().to_arg()
    }
}

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> Arg<'static> {
        (**self).to_arg()
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> Arg<'static> {
                Arg::from(*self)
            }
        }
    )*};
}
number_arg!(u64, u32, usize, i64);

/// The reader's language as the API calls (`crate::api`) name it, outside any view.
static READER: AtomicUsize = AtomicUsize::new(0);

pub fn reader_language() -> Lang {
    Lang::ALL[READER.load(Ordering::Relaxed) % Lang::ALL.len()]
}

/// The reader's language, shared by every view.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// The language, followed by the reactive scope that reads it.
    pub fn get_locale(&self) -> Lang {
        self.lang.get()
    }

    pub fn get_locale_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn set_locale(&self, lang: Lang) {
        self.lang.set(lang);
    }
}

pub fn use_i18n() -> I18n {
    expect_context()
}

/// Where the reader's own pick is kept.
const KEPT_AS: &str = "partner-merge.language";

/// The language the reader picked before, if any.
fn kept() -> Option<Lang> {
    let stored = window().local_storage().ok()??.get_item(KEPT_AS).ok()??;
    stored.parse().ok()
}

/// Keeps the reader's pick for their next visit (localStorage).
pub fn keep(lang: Lang) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(KEPT_AS, lang.code());
    }
}

/// The first of the browser's preferred languages the app speaks (`nl-BE` → Dutch), else
/// English.
fn browser_language() -> Lang {
    let navigator = window().navigator();
    let languages = navigator.languages();
    (0..languages.length())
        .filter_map(|i| languages.get(i).as_string())
        .chain(navigator.language())
        .find_map(|tag| tag.parse().ok())
        .unwrap_or_default()
}

/// Provides the reader's language: the one they picked before, else the browser's; and keeps
/// the document's `lang` attribute in step with it.
#[component]
pub fn I18nContextProvider(children: Children) -> impl IntoView {
    let lang = RwSignal::new(kept().unwrap_or_else(browser_language));
    provide_context(I18n { lang });
    let follow = move |lang: Lang| {
        let index = Lang::ALL
            .iter()
            .position(|l| *l == lang)
            .unwrap_or_default();
        READER.store(index, Ordering::Relaxed);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
    };
    follow(lang.get_untracked());
    Effect::new(move || follow(lang.get()));
    children()
}

/// A view of message `key` that follows the reader's language.
macro_rules! t {
    (@value $name:ident = $value:expr) => { $value };
    (@value $name:ident) => { $name };
    ($i18n:expr, $($key:ident).+ $(, $name:ident $(= $value:expr)?)* $(,)?) => {{
        let i18n = $i18n;
        let id = $crate::i18n::id_of(stringify!($($key).+));
        let args: Vec<(&'static str, merge_core::Arg<'static>)> = vec![$((
            stringify!($name),
            $crate::i18n::ToArg::to_arg(&$crate::i18n::t!(@value $name $(= $value)?)),
        )),*];
        move || $crate::i18n::say(i18n.get_locale(), &id, &args)
    }};
}

/// Message `key` in the reader's language now (a reactive scope that calls it follows it).
macro_rules! t_string {
    ($i18n:expr, $($key:ident).+ $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::i18n::td_string!($i18n.get_locale(), $($key).+ $(, $name $(= $value)?)*)
    };
}

/// Message `key` in `lang`.
macro_rules! td_string {
    ($lang:expr, $($key:ident).+ $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::i18n::say(
            $lang,
            &$crate::i18n::id_of(stringify!($($key).+)),
            &[$((
                stringify!($name),
                $crate::i18n::ToArg::to_arg(&$crate::i18n::t!(@value $name $(= $value)?)),
            )),*],
        )
    };
}

pub(crate) use {t, t_string, td_string};
