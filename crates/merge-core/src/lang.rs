//! The languages the engine's sentences are written in, and how each writes counts, lists,
//! dates and amounts. Plans store their warnings and checklist in English with ISO dates
//! ([`Wording::Stored`]); a reader reads the same plan in English or Dutch (nl-NL), with dates
//! written out.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    /// Dutch as written in the Netherlands (nl-NL).
    Nl,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a language the engine writes: use en or nl")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// `en`, `nl`, or a tag of either (`en-US`, `nl-NL`, `nl_BE`), in any case.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Ok(Self::En),
            "nl" => Ok(Self::Nl),
            _ => Err(UnknownLang(tag.to_string())),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::En => "en",
            Self::Nl => "nl",
        })
    }
}

const DUTCH_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const ENGLISH_SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const DUTCH_SHORT_MONTHS: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

impl Lang {
    /// The BCP 47 tag for the browser's and the document's `lang`: `en`, `nl-NL`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl-NL",
        }
    }

    /// A month's short name, as a chart's axis writes it: `Sep`, `sep`; `month0` from 0.
    pub fn short_month(self, month0: u32) -> &'static str {
        let months = match self {
            Self::En => &ENGLISH_SHORT_MONTHS,
            Self::Nl => &DUTCH_SHORT_MONTHS,
        };
        months[month0 as usize % 12]
    }

    /// `1 October 2020`, `1 oktober 2020`: day, month and year, read the same way in every
    /// English-speaking country.
    pub fn date(self, date: NaiveDate) -> String {
        let months = match self {
            Self::En => &ENGLISH_MONTHS,
            Self::Nl => &DUTCH_MONTHS,
        };
        format!(
            "{} {} {}",
            date.day(),
            months[date.month0() as usize],
            date.year()
        )
    }

    /// `1 user`, `3 users`: `one` and `many` are the noun's two forms.
    pub fn counted(self, n: u64, one: &str, many: &str) -> String {
        match n {
            1 => format!("1 {one}"),
            _ => format!("{n} {many}"),
        }
    }

    /// Up to five items, then how many more: `a, b, c, d, e and 2 more`.
    pub fn list<T: fmt::Display>(self, items: &[T]) -> String {
        let shown: Vec<String> = items.iter().take(5).map(ToString::to_string).collect();
        match (items.len(), self) {
            (n, Self::En) if n > 5 => format!("{} and {} more", shown.join(", "), n - 5),
            (n, Self::Nl) if n > 5 => format!("{} en nog {}", shown.join(", "), n - 5),
            _ => shown.join(", "),
        }
    }

    /// A whole number with the language's thousands separator: `10,001`, `10.001`.
    pub fn number(self, n: u64) -> String {
        let thousands = match self {
            Self::En => ',',
            Self::Nl => '.',
        };
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

    /// Cents as dollars (the snapshot has no currency): `$120,000.00`, `$ 120.000,00`.
    pub fn cents(self, cents: i64) -> String {
        let decimal = match self {
            Self::En => '.',
            Self::Nl => ',',
        };
        let sign = if cents < 0 { "-" } else { "" };
        let abs = cents.unsigned_abs();
        let space = if self == Self::Nl { " " } else { "" };
        let whole = self.number(abs / 100);
        format!("{sign}${space}{whole}{decimal}{:02}", abs % 100)
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
        let error = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"fr\" is not a language the engine writes: use en or nl"
        );
    }

    #[test]
    fn dates_amounts_and_lists_read_as_each_language_writes_them() {
        let day = crate::parse_date("2020-10-01").unwrap();
        assert_eq!(Lang::En.date(day), "1 October 2020");
        assert_eq!(Lang::Nl.date(day), "1 oktober 2020");
        assert_eq!(Lang::En.cents(12_000_000), "$120,000.00");
        assert_eq!(Lang::Nl.cents(12_000_000), "$ 120.000,00");
        assert_eq!(Lang::Nl.cents(-5), "-$ 0,05");
        assert_eq!(Lang::En.number(10_001), "10,001");
        assert_eq!(Lang::Nl.number(1_234_567), "1.234.567");
        assert_eq!(Lang::Nl.number(999), "999");
        let seven = [1, 2, 3, 4, 5, 6, 7];
        assert_eq!(Lang::En.list(&seven), "1, 2, 3, 4, 5 and 2 more");
        assert_eq!(Lang::Nl.list(&seven), "1, 2, 3, 4, 5 en nog 2");
        assert_eq!(Lang::Nl.counted(1, "locatie", "locaties"), "1 locatie");
        assert_eq!(Lang::Nl.counted(3, "locatie", "locaties"), "3 locaties");
    }
}
