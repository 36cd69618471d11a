//! Dates as `YYYY-MM-DD`, strictly: chrono's own parser also takes `2020-5-15` and `+2020-05-15`,
//! which a snapshot must not contain. Written with chrono's `Display`.

use std::fmt;

use chrono::NaiveDate;
use serde::{de, Deserializer, Serializer};

/// A `YYYY-MM-DD` date, or None when the text is anything else or no such day exists.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(
        i32::try_from(number(&b[..4])?).ok()?,
        number(&b[5..7])?,
        number(&b[8..])?,
    )
}

struct DateVisitor;

impl de::Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        parse_date(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

/// `#[serde(with = "crate::date::iso")]` for a `NaiveDate`.
pub(crate) mod iso {
    use super::*;

    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        deserializer.deserialize_str(DateVisitor)
    }
}

/// A date as the engine writes it, `YYYY-MM-DD`: the TypeScript type of every date field.
#[cfg(feature = "ts")]
#[derive(ts_rs::TS)]
pub struct IsoDate(#[allow(dead_code)] String);

/// `#[serde(with = "crate::date::optional")]` for an `Option<NaiveDate>`: `null` when absent.
pub(crate) mod optional {
    use serde::{Deserialize, Serialize};

    use super::*;

    /// Lets `Option`'s own serde code carry a strict date.
    #[derive(Serialize, Deserialize)]
    #[serde(transparent)]
    struct Iso(#[serde(with = "super::iso")] NaiveDate);

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        date.map(Iso).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Iso>::deserialize(deserializer)?.map(|Iso(date)| date))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_date;
    use chrono::NaiveDate;

    #[test]
    fn reads_only_real_days_written_yyyy_mm_dd() {
        assert_eq!(
            parse_date("2020-05-15"),
            NaiveDate::from_ymd_opt(2020, 5, 15)
        );
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2023-02-29",
            "2020-13-01",
            "2020-5-15",
            "15/05/2020",
            "2020-05-15T00",
            "２０２０-05-15",
            "+020-05-15",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
