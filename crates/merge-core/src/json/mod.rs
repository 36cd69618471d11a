//! The engine's JSON: reading snapshots and plans (with the path of the first field that does
//! not fit) and writing canonical JSON, with one small reader and writer for every type
//! (`read`, `write`) instead of per-type serde code.
//!
//! The path of an error is found only when reading fails, by scanning the text up to where it
//! failed: reading costs nothing extra when it succeeds.

#[macro_use]
mod macros;
mod path;
pub mod read;
#[cfg(feature = "serde")]
#[doc(hidden)]
pub mod serde_bridge;
pub mod write;

pub use read::{ReadJson, Reader, Skipped};
pub use write::{ObjectWriter, WriteJson, Writer};

use crate::plan::MergePlan;
use crate::snapshot::AccountSnapshot;

/// The text is not a snapshot (or plan) at all; see `validate` for problems in a readable one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} is not readable at {path}: {message}")]
pub struct ReadError {
    pub what: &'static str,
    /// JSON path of the offending field, `.` for the document itself.
    pub path: String,
    pub message: String,
}

pub fn read_snapshot(json: &str) -> Result<AccountSnapshot, ReadError> {
    read_whole(json, "the snapshot")
}

pub fn read_plan(json: &str) -> Result<MergePlan, ReadError> {
    read_whole(json, "the plan")
}

/// Any of the engine's types from a whole JSON document.
pub fn read_whole<T: ReadJson>(json: &str, what: &'static str) -> Result<T, ReadError> {
    let mut reader = Reader::new(json);
    T::read_json(&mut reader)
        .and_then(|value| reader.end().map(|()| value))
        .map_err(|error| {
            let (line, column) = path::line_and_column(json, error.at);
            ReadError {
                what,
                path: path::path_at(json, error.at),
                message: format!("{} (line {line}, column {column})", error.message),
            }
        })
}

/// Canonical JSON of a plan, snapshot or any engine value: the bytes fingerprints are computed
/// over.
pub fn to_json<T: WriteJson + ?Sized>(value: &T) -> String {
    let mut writer = Writer::default();
    value.write_json(&mut writer);
    writer.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of_error(json: &str) -> String {
        read_snapshot(json).unwrap_err().path
    }

    #[test]
    fn finds_the_path_of_a_value_that_does_not_fit() {
        let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[{"domain":"x.com"},{"domain":5}]}"#;
        assert_eq!(path_of_error(json), "tenants[1].domain");
        let json = "{\n  \"company\": \"X\",\n  \"global_mpn_id\": \"1234567\",\n  \"tenants\": [],\n  \"competencies\": [\n    { \"name\": \"A\", \"level\": \"gold\", \"expires\": \"2020-01-01\" },\n    { \"name\": \"B\", \"level\": \"bronze\", \"expires\": \"2020-01-01\" }\n  ]\n}";
        assert_eq!(path_of_error(json), "competencies[1].level");
    }

    #[test]
    fn a_missing_field_is_the_objects_own_error() {
        assert_eq!(
            path_of_error(r#"{"company":"X","global_mpn_id":"1234567"}"#),
            "."
        );
        let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[{"csp_accounts":[]}]}"#;
        assert_eq!(path_of_error(json), "tenants[0]");
    }

    #[test]
    fn unknown_fields_escaped_keys_and_trailing_text() {
        let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[],"sa_voucher":[]}"#;
        let error = read_snapshot(json).unwrap_err();
        assert_eq!(error.path, "sa_voucher");
        assert!(
            error.message.contains("unknown field `sa_voucher`"),
            "{}",
            error.message
        );
        let json = r#"{"company":"X \"Q\" [{","global_mpn_id":1234567,"tenants":[]}"#;
        assert_eq!(path_of_error(json), "global_mpn_id");
        let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[]} extra"#;
        assert_eq!(path_of_error(json), ".");
    }

    fn error_of<T: ReadJson + std::fmt::Debug>(json: &str) -> ReadError {
        read_whole::<T>(json, "the value").unwrap_err()
    }

    #[test]
    fn numbers_must_be_whole_and_in_range() {
        use crate::snapshot::SaVoucher;
        let voucher = |days: &str| format!(r#"{{"id":"V1","days":{days}}}"#);
        assert_eq!(
            read_whole::<SaVoucher>(&voucher("30"), "v").unwrap().days,
            30
        );
        for (days, expected) in [
            (
                "1.5",
                "expected a whole number, 0 or more, found the number 1.5",
            ),
            (
                "-1",
                "expected a whole number, 0 or more, found the number -1",
            ),
            (
                "1e3",
                "expected a whole number, 0 or more, found the number 1e3",
            ),
            (
                "012",
                "expected a whole number, 0 or more, found the number 012",
            ),
            ("4294967296", "the number 4294967296 is too large"),
            (
                "\"30\"",
                "expected a whole number, 0 or more, found a string",
            ),
        ] {
            let error = error_of::<SaVoucher>(&voucher(days));
            assert_eq!(error.path, "days", "{days}");
            assert!(
                error.message.starts_with(expected),
                "{days}: {}",
                error.message
            );
        }
        assert_eq!(
            read_whole::<i64>("-9223372036854775808", "n").unwrap(),
            i64::MIN
        );
        assert!(read_whole::<i64>("-9223372036854775809", "n").is_err());
        assert_eq!(
            read_whole::<u64>("18446744073709551615", "n").unwrap(),
            u64::MAX
        );
    }

    #[test]
    fn strings_dates_and_names_say_what_was_expected() {
        use crate::snapshot::{Competency, Tenant};
        let error =
            error_of::<Competency>(r#"{"name":"A","level":"bronze","expires":"2020-01-01"}"#);
        assert_eq!(error.path, "level");
        assert!(
            error
                .message
                .starts_with("unknown variant `bronze`, expected `silver` or `gold`"),
            "{}",
            error.message
        );
        let error = error_of::<Competency>(r#"{"name":"A","level":"gold","expires":"2020-02-30"}"#);
        assert_eq!(error.path, "expires");
        assert!(error.message.contains("YYYY-MM-DD"), "{}", error.message);
        let error = error_of::<Tenant>("{\"domain\":\"a\nb\"}");
        assert!(
            error.message.contains("must be escaped"),
            "{}",
            error.message
        );
        let error = error_of::<Tenant>(r#"{"domain":"x.com","domain":"y.com"}"#);
        assert!(
            error.message.starts_with("duplicate field `domain`"),
            "{}",
            error.message
        );
        let error = error_of::<Tenant>(r#"{"domain":"x.com",}"#);
        assert!(
            error.message.starts_with("expected a key in quotes"),
            "{}",
            error.message
        );
        let error = error_of::<Tenant>(r#"{"domain":"\ud800"}"#);
        assert!(
            error.message.starts_with("invalid escape"),
            "{}",
            error.message
        );
        let error = error_of::<Tenant>("");
        assert!(error
            .message
            .starts_with("expected an object, found the end of the text"));
        let error = error_of::<Tenant>("{\n  \"domain\": nope}");
        assert_eq!(error.path, "domain");
        assert!(
            error.message.contains("found `nope` (not JSON)"),
            "{}",
            error.message
        );
        assert!(
            error.message.ends_with("(line 2, column 13)"),
            "{}",
            error.message
        );
    }

    #[test]
    fn tagged_values_are_read_wherever_the_tag_is() {
        use crate::plan::Change;
        let change = Change::OffersCarried {
            from_company: "Fabricam".into(),
            count: 2,
        };
        let tag_last = r#"{"count":2,"from_company":"Fabricam","kind":"offers_carried"}"#;
        assert_eq!(read_whole::<Change>(tag_last, "c").unwrap(), change);
        assert_eq!(
            to_json(&change),
            r#"{"kind":"offers_carried","from_company":"Fabricam","count":2}"#
        );
        let error = error_of::<Change>(r#"{"count":2}"#);
        assert!(
            error.message.starts_with("missing field `kind`"),
            "{}",
            error.message
        );
        let error = error_of::<Change>(r#"{"kind":"offers_eaten","count":2}"#);
        assert!(
            error.message.starts_with("unknown variant `offers_eaten`"),
            "{}",
            error.message
        );
        let error = error_of::<Change>(r#"{"kind":"offers_carried","count":2,"extra":1}"#);
        assert_eq!(error.path, "extra");
    }

    #[test]
    fn skipping_refuses_nesting_beyond_the_limit() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let json = format!(r#"{{"domain":"x.com","csp_accounts":[],"x":{deep}}}"#);
        let error = error_of::<crate::snapshot::Tenant>(&json);
        assert!(
            error.message.starts_with("unknown field `x`"),
            "{}",
            error.message
        );
        let mut reader = Reader::new(&deep);
        let error = reader.skip_value().unwrap_err();
        assert!(
            error.message.contains("nested deeper than 128"),
            "{}",
            error.message
        );
    }
}
