//! Moments as the reader reads them: in their language and their own time zone, named.

use chrono::{DateTime, Utc};
use js_sys::{Array, Date, Intl, Object, Reflect};
use merge_core::Lang;
use wasm_bindgen::JsValue;

use crate::language::intl_locale;

fn options(pairs: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    options
}

/// `6 December 2026 at 08:01 CET`, `6 december 2026 om 08:01 CET`: the day written out as the
/// engine writes dates (day, month, year, in every English-speaking country), the time on a
/// 24-hour clock and the reader's own time zone.
pub fn local_time(at: DateTime<Utc>, lang: Lang) -> String {
    let options = options(&[
        ("year", "numeric"),
        ("month", "long"),
        ("day", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
        ("timeZoneName", "short"),
    ]);
    let millis = JsValue::from_f64(at.timestamp_millis() as f64);
    // English day-month-year, as the engine writes dates.
    let locale = match lang {
        Lang::En => "en-GB",
        other => other.tag(),
    };
    String::from(Date::new(&millis).to_locale_string(locale, &options))
}

/// "3 minutes ago", "3 minuten geleden", "yesterday", in the reader's language.
pub fn relative_time(at: DateTime<Utc>, lang: Lang) -> String {
    let now = DateTime::from_timestamp_millis(Date::now() as i64).unwrap_or(at);
    let (value, unit) = crate::view_model::time_ago(at, now);
    let locales = Array::of1(&intl_locale(lang).into());
    Intl::RelativeTimeFormat::new(&locales, &options(&[("numeric", "auto")]))
        .format(value as f64, unit)
        .into()
}

/// Now, for a report's "generated on".
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(Date::now() as i64).unwrap_or_default()
}
