//! Shared by the integration tests, native and wasm32: fixtures are compiled in (no file I/O).
#![allow(dead_code)]

use chrono::NaiveDate;
use merge_core::{read_snapshot, AccountSnapshot};

pub const CONTOSO_JSON: &str = include_str!("../../../../fixtures/contoso.json");
pub const FABRICAM_JSON: &str = include_str!("../../../../fixtures/fabricam.json");
pub const TAILSPIN_JSON: &str = include_str!("../../../../fixtures/tailspin.json");

pub fn contoso() -> AccountSnapshot {
    read_snapshot(CONTOSO_JSON).expect("contoso fixture reads")
}

pub fn fabricam() -> AccountSnapshot {
    read_snapshot(FABRICAM_JSON).expect("fabricam fixture reads")
}

pub fn tailspin() -> AccountSnapshot {
    read_snapshot(TAILSPIN_JSON).expect("tailspin fixture reads")
}

/// The day E1 is planned on: before every expiry in the fixtures.
pub fn e1_as_of() -> NaiveDate {
    date("2020-05-15")
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}
