//! Shared by the integration tests, native and wasm32: fixtures are compiled in (no file I/O).
#![allow(dead_code)]

use chrono::NaiveDate;
use merge_core::{read_snapshot, AccountSnapshot};

pub const CONTOSO_JSON: &str = include_str!("../../../../fixtures/contoso.json");
pub const FABRICAM_JSON: &str = include_str!("../../../../fixtures/fabricam.json");
pub const TAILSPIN_JSON: &str = include_str!("../../../../fixtures/tailspin.json");
/// E3: the 2026-style pair (version 2).
pub const ADATUM_JSON: &str = include_str!("../../../../fixtures/adatum.json");
pub const LITWARE_JSON: &str = include_str!("../../../../fixtures/litware.json");
/// E2: Microsoft's current example (version 2).
pub const PGA_100_JSON: &str = include_str!("../../../../fixtures/pga-100.json");
pub const PGA_200_JSON: &str = include_str!("../../../../fixtures/pga-200.json");

pub fn contoso() -> AccountSnapshot {
    read_snapshot(CONTOSO_JSON).expect("contoso fixture reads")
}

pub fn fabricam() -> AccountSnapshot {
    read_snapshot(FABRICAM_JSON).expect("fabricam fixture reads")
}

pub fn tailspin() -> AccountSnapshot {
    read_snapshot(TAILSPIN_JSON).expect("tailspin fixture reads")
}

pub fn adatum() -> AccountSnapshot {
    read_snapshot(ADATUM_JSON).expect("adatum fixture reads")
}

pub fn litware() -> AccountSnapshot {
    read_snapshot(LITWARE_JSON).expect("litware fixture reads")
}

pub fn pga_100() -> AccountSnapshot {
    read_snapshot(PGA_100_JSON).expect("pga-100 fixture reads")
}

pub fn pga_200() -> AccountSnapshot {
    read_snapshot(PGA_200_JSON).expect("pga-200 fixture reads")
}

/// The day E2 and E3 are planned on: before every anniversary in their fixtures.
pub fn e3_as_of() -> NaiveDate {
    date("2026-06-01")
}

/// The day E1 is planned on: before every expiry in the fixtures.
pub fn e1_as_of() -> NaiveDate {
    date("2020-05-15")
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}
