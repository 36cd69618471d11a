//! Dates as `YYYY-MM-DD`: read strictly, with no general-purpose date parser (which would cost
//! the wasm package tens of kilobytes); written by `json::write`.

use chrono::NaiveDate;

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
