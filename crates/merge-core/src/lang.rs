//! The languages the engine's sentences are written in, and how each writes lists, dates and
//! amounts (the words themselves are in the catalogue, `locales/`). Plans store their warnings
//! and checklist in English with ISO dates ([`Wording::Stored`]); a reader reads the same plan
//! in English, Dutch (nl-NL) or German (de-DE), with dates written out.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::catalogue::{engine, say};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    /// Dutch as written in the Netherlands (nl-NL).
    Nl,
    /// German as written in Germany (de-DE).
    De,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a language the engine writes: use en, nl or de")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// `en`, `nl`, `de`, or a tag of one (`en-US`, `nl-NL`, `de_AT`), in any case.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
            .ok_or_else(|| UnknownLang(tag.to_string()))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Lang {
    /// Every language, English first (the one a missing message falls back to).
    pub const ALL: [Self; 3] = [Self::En, Self::Nl, Self::De];

    /// `en`, `nl`, `de`: the name of its folder in `locales/` and of its command-line value.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl",
            Self::De => "de",
        }
    }

    /// The BCP 47 tag for the browser's and the document's `lang`: `en`, `nl-NL`, `de-DE`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl-NL",
            Self::De => "de-DE",
        }
    }

    /// The language's own name, as a language menu lists it: `Nederlands`.
    pub fn name(self) -> String {
        say!(self, "language-name")
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// A month's short name, as a chart's axis writes it: `Sep`, `sep`; `month0` from 0.
    pub fn short_month(self, month0: u32) -> String {
        let id = format!("month-short-{}", month0 % 12 + 1);
        engine().say(self, &id, &[])
    }

    /// A day and its month's short name, as a chart's axis writes it: `Sep 7`, `7 sep`,
    /// `7. Sep`.
    pub fn short_date(self, date: NaiveDate) -> String {
        let month = self.short_month(date.month0());
        say!(self, "date-short", day = date.day(), month)
    }

    /// `1 October 2020`, `1 oktober 2020`, `1. Oktober 2020`: day, month and year, read the
    /// same way in every country that speaks the language.
    pub fn date(self, date: NaiveDate) -> String {
        let month = engine().say(self, &format!("month-{}", date.month()), &[]);
        say!(
            self,
            "date",
            day = date.day(),
            month,
            year = date.year().to_string()
        )
    }

    /// Up to five items, then how many more: `a, b, c, d, e and 2 more`.
    pub fn list<T: fmt::Display>(self, items: &[T]) -> String {
        let shown: Vec<String> = items.iter().take(5).map(ToString::to_string).collect();
        let shown = shown.join(", ");
        match items.len() {
            n if n > 5 => say!(self, "list-more", shown, more = n - 5),
            _ => shown,
        }
    }

    /// Thousands and decimal separators: `,` and `.` in English, the other way round in Dutch
    /// and German.
    fn separators(self) -> (char, char) {
        match self {
            Self::En => (',', '.'),
            Self::Nl | Self::De => ('.', ','),
        }
    }

    /// A whole number with the language's thousands separator: `10,001`, `10.001`.
    pub fn number(self, n: u64) -> String {
        let (thousands, _) = self.separators();
        let digits = n.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(thousands);
            }
            grouped.push(digit);
        }
        grouped
    }

    /// Cents as dollars (the snapshot has no currency): `$120,000.00`, `$ 120.000,00`,
    /// `120.000,00 $`.
    pub fn cents(self, cents: i64) -> String {
        let (_, decimal) = self.separators();
        let sign = if cents < 0 { "-" } else { "" };
        let abs = cents.unsigned_abs();
        let amount = format!("{}{decimal}{:02}", self.number(abs / 100), abs % 100);
        say!(self, "amount-in-dollars", sign, amount)
    }
}

/// How a plan's text is written: as plans store it (English with ISO dates, frozen: a changed
/// byte would change every stored plan's fingerprint), or for a reader in their language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    Stored,
    Reader(Lang),
}

impl Wording {
    /// The language the words are in: stored text is English.
    pub fn lang(self) -> Lang {
        match self {
            Self::Stored => Lang::En,
            Self::Reader(lang) => lang,
        }
    }

    /// `2020-10-01` as stored; as the reader's language writes it otherwise.
    pub fn date(self, date: NaiveDate) -> String {
        match self {
            Self::Stored => date.to_string(),
            Self::Reader(lang) => lang.date(date),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn tags_name_a_language() {
        assert_eq!("nl-NL".parse::<Lang>(), Ok(Lang::Nl));
        assert_eq!("NL".parse::<Lang>(), Ok(Lang::Nl));
        assert_eq!("en_GB".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("de-AT".parse::<Lang>(), Ok(Lang::De));
        let error = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"fr\" is not a language the engine writes: use en, nl or de"
        );
    }

    #[test]
    fn dates_amounts_and_lists_read_as_each_language_writes_them() {
        let day = crate::parse_date("2020-10-01").unwrap();
        assert_eq!(Lang::En.date(day), "1 October 2020");
        assert_eq!(Lang::Nl.date(day), "1 oktober 2020");
        assert_eq!(Lang::De.date(day), "1. Oktober 2020");
        assert_eq!(Lang::De.cents(12_000_000), "120.000,00 $");
        assert_eq!(Lang::De.short_month(2), "Mär");
        assert_eq!(Lang::Nl.short_month(2), "mrt");
        assert_eq!(Lang::En.cents(12_000_000), "$120,000.00");
        assert_eq!(Lang::Nl.cents(12_000_000), "$ 120.000,00");
        assert_eq!(Lang::Nl.cents(-5), "-$ 0,05");
        assert_eq!(Lang::En.number(10_001), "10,001");
        assert_eq!(Lang::Nl.number(1_234_567), "1.234.567");
        assert_eq!(Lang::Nl.number(999), "999");
        let seven = [1, 2, 3, 4, 5, 6, 7];
        assert_eq!(Lang::En.list(&seven), "1, 2, 3, 4, 5 and 2 more");
        assert_eq!(Lang::Nl.list(&seven), "1, 2, 3, 4, 5 en nog 2");
        assert_eq!(Lang::De.list(&seven), "1, 2, 3, 4, 5 und 2 weitere");
    }
}
