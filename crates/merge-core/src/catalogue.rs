//! Every sentence a person reads, from one set of Fluent files per language (`locales/<lang>/`
//! at the repository's root). Each surface embeds its own files at compile time and reads them
//! through a [`Catalogue`]: the engine `engine.ftl` (the plan's sentences, its headings and
//! refusals), the CLI `cli.ftl`, the API `api.ftl`, the app `app.ftl`. Nothing is read from
//! disk at run time.
//!
//! Plans store their warnings and checklist in English written in code ([`crate::Wording`]):
//! that English is a format, frozen by the fingerprints of stored plans, not a translation.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;
use crate::mpn::MpnId;

/// The messages of every language, each language's from its own files.
pub struct Catalogue {
    /// In the order of [`Lang::ALL`].
    bundles: Vec<FluentBundle<FluentResource>>,
}

/// A value a message is given: text, or a number (which also picks a plural form).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a, T: AsRef<str> + ?Sized> From<&'a T> for Arg<'a> {
    fn from(text: &'a T) -> Self {
        Self::Text(Cow::Borrowed(text.as_ref()))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Self::Text(Cow::Owned(text))
    }
}

impl From<MpnId> for Arg<'_> {
    fn from(id: MpnId) -> Self {
        Self::Text(Cow::Owned(id.to_string()))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                // Counts and days: far below f64's 2^53 of exact integers.
                Self::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u64, u32, usize, i64);

impl AsRef<str> for MpnId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Catalogue {
    /// A catalogue of `files(lang)` for each language: Fluent sources, embedded with
    /// `include_str!`. Panics on a file that is not valid Fluent or defines a message twice:
    /// the files are the program's own, and every surface's tests load them.
    pub fn new(files: impl Fn(Lang) -> Vec<&'static str>) -> Self {
        let bundles = Lang::ALL
            .iter()
            .map(|&lang| {
                let id = lang.tag().parse().expect("our languages are valid tags");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Unicode isolation marks around each value would only hide text from searches
                // and tests: every language we write runs left to right.
                bundle.set_use_isolating(false);
                for source in files(lang) {
                    let resource = FluentResource::try_new(source.to_string())
                        .unwrap_or_else(|(_, errors)| panic!("{lang}: {errors:?}"));
                    bundle
                        .add_resource(resource)
                        .unwrap_or_else(|errors| panic!("{lang}: {errors:?}"));
                }
                bundle
            })
            .collect();
        Self { bundles }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self.bundles[lang.index()]
    }

    /// Whether `lang` has the message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// Message `id` in `lang` with `args`; in English when `lang` lacks it (the completeness
    /// test keeps that from happening), and the id itself when no language has it.
    pub fn say(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let lang = if self.has(lang, id) { lang } else { Lang::En };
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::String(Cow::Borrowed(text.as_ref())),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        debug_assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
        text.into_owned()
    }
}

/// Message `id` of `catalogue` in `lang`, each argument `name = value` or a variable `name`:
/// `message!(words, lang, "reading-step", number = at + 1)`.
#[macro_export]
macro_rules! message {
    (@value $name:ident = $value:expr) => { $value };
    (@value $name:ident) => { $name };
    ($catalogue:expr, $lang:expr, $id:expr $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $catalogue.say(
            $lang,
            $id,
            &[$((
                stringify!($name),
                $crate::Arg::from($crate::message!(@value $name $(= $value)?)),
            )),*],
        )
    };
}

/// The engine's own messages (`engine.ftl`).
pub fn engine() -> &'static Catalogue {
    static ENGINE: OnceLock<Catalogue> = OnceLock::new();
    ENGINE.get_or_init(|| Catalogue::new(|lang| vec![engine_file(lang)]))
}

/// The engine's Fluent file in `lang`, as embedded.
pub fn engine_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../../locales/en/engine.ftl"),
        Lang::Nl => include_str!("../../../locales/nl/engine.ftl"),
        Lang::De => include_str!("../../../locales/de/engine.ftl"),
    }
}

/// An engine message: `say!(lang, "change-pga-kept", mpn_id, company)`.
macro_rules! say {
    ($lang:expr, $id:literal $($args:tt)*) => {
        $crate::message!($crate::catalogue::engine(), $lang, $id $($args)*)
    };
}
pub(crate) use say;
