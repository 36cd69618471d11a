//! Reading snapshots and plans: what is refused, and that every refusal says where (path, line,
//! column) and what was expected. Runs natively and, compiled to wasm32, in headless Chromium.

use merge_core::*;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

fn error_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> ReadError {
    read_json::<T>(json, "the value").unwrap_err()
}

fn snapshot_error(json: &str) -> ReadError {
    read_snapshot(json).unwrap_err()
}

#[test]
fn names_the_path_of_a_value_that_does_not_fit() {
    let json =
        r#"{"company":"X","global_mpn_id":"1234567","tenants":[{"domain":"x.com"},{"domain":5}]}"#;
    let error = snapshot_error(json);
    assert_eq!(error.path, "tenants[1].domain");
    assert!(
        error.message.contains("expected a string"),
        "{}",
        error.message
    );
    let json = "{\n  \"company\": \"X\",\n  \"global_mpn_id\": \"1234567\",\n  \"tenants\": [],\n  \"competencies\": [\n    { \"name\": \"A\", \"level\": \"gold\", \"expires\": \"2020-01-01\" },\n    { \"name\": \"B\", \"level\": \"bronze\", \"expires\": \"2020-01-01\" }\n  ]\n}";
    let error = snapshot_error(json);
    assert_eq!(error.path, "competencies[1].level");
    assert!(
        error
            .message
            .starts_with("unknown variant `bronze`, expected `silver` or `gold`"),
        "{}",
        error.message
    );
    assert!(
        error.message.ends_with("at line 7 column 36"),
        "{}",
        error.message
    );
    assert_eq!(
        error.to_string(),
        format!(
            "the snapshot is not readable at competencies[1].level: {}",
            error.message
        )
    );
}

#[test]
fn a_missing_field_is_the_objects_own_error() {
    let error = snapshot_error(r#"{"company":"X","global_mpn_id":"1234567"}"#);
    assert_eq!(error.path, ".");
    assert!(error.message.starts_with("missing field `tenants`"));
    let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[{"csp_accounts":[]}]}"#;
    let error = snapshot_error(json);
    assert_eq!(error.path, "tenants[0]");
    assert!(error.message.starts_with("missing field `domain`"));
}

#[test]
fn unknown_and_duplicate_fields_are_refused() {
    let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[],"sa_voucher":[]}"#;
    let error = snapshot_error(json);
    assert!(
        error.message.starts_with("unknown field `sa_voucher`"),
        "{}",
        error.message
    );
    let error = error_of::<Tenant>(r#"{"domain":"x.com","domain":"y.com"}"#);
    assert!(
        error.message.starts_with("duplicate field `domain`"),
        "{}",
        error.message
    );
    // Inside a tagged value too.
    let error =
        error_of::<Change>(r#"{"kind":"offers_carried","from_company":"F","count":2,"count":3}"#);
    assert!(
        error.message.starts_with("duplicate field `count`"),
        "{}",
        error.message
    );
    let error = error_of::<Change>(
        r#"{"kind":"offers_carried","kind":"offers_carried","from_company":"F","count":2}"#,
    );
    assert!(
        error.message.starts_with("duplicate field `kind`"),
        "{}",
        error.message
    );
}

#[test]
fn an_empty_key_is_named_as_the_document() {
    // Found by tests/fuzz.rs: serde_path_to_error writes the path of an empty key as "".
    let error = snapshot_error(r#"{"company":"X","global_mpn_id":"1234567","tenants":[],"":1}"#);
    assert_eq!(error.path, ".");
    assert!(
        error.message.starts_with("unknown field ``"),
        "{}",
        error.message
    );
}

#[test]
fn escaped_keys_and_trailing_text() {
    let json = r#"{"company":"X \"Q\" [{","global_mpn_id":1234567,"tenants":[]}"#;
    assert_eq!(snapshot_error(json).path, "global_mpn_id");
    let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[]} extra"#;
    let error = snapshot_error(json);
    assert_eq!(error.path, ".");
    assert!(
        error.message.starts_with("trailing characters"),
        "{}",
        error.message
    );
}

#[test]
fn numbers_must_be_whole_and_in_range() {
    let voucher = |days: &str| format!(r#"{{"id":"V1","days":{days}}}"#);
    assert_eq!(
        read_json::<SaVoucher>(&voucher("30"), "v").unwrap().days,
        30
    );
    for (days, expected) in [
        ("1.5", "invalid type: floating point `1.5`, expected u32"),
        ("-1", "invalid value: integer `-1`, expected u32"),
        ("1e3", "invalid type: floating point `1000.0`, expected u32"),
        ("012", "invalid number"),
        ("1-2.3e", "expected `,` or `}`"),
        (
            "4294967296",
            "invalid value: integer `4294967296`, expected u32",
        ),
        ("\"30\"", "invalid type: string \"30\", expected u32"),
    ] {
        let error = error_of::<SaVoucher>(&voucher(days));
        assert!(
            error.message.starts_with(expected),
            "{days}: {}",
            error.message
        );
        assert!(
            error.message.contains(" at line 1 column "),
            "{days}: {}",
            error.message
        );
    }
    let cents = |value: &str| format!(r#"{{"id":"C1","name":"Deal","value_cents":{value}}}"#);
    let min = read_json::<CoSellRecord>(&cents("-9223372036854775808"), "c").unwrap();
    assert_eq!(min.value_cents, i64::MIN);
    assert!(read_json::<CoSellRecord>(&cents("-9223372036854775809"), "c").is_err());
    assert!(read_json::<CoSellRecord>(&cents("100.0"), "c").is_err());
}

#[test]
fn dates_are_strictly_yyyy_mm_dd() {
    let competency = |date: &str| format!(r#"{{"name":"A","level":"gold","expires":"{date}"}}"#);
    assert!(read_json::<Competency>(&competency("2024-02-29"), "c").is_ok());
    for bad in [
        "2020-02-30",
        "2020-5-15",
        "+2020-05-15",
        "2020-05-15T00:00",
        " 2020-05-15",
    ] {
        let error = error_of::<Competency>(&competency(bad));
        assert_eq!(error.path, "expires", "{bad}");
        assert!(
            error.message.contains("expected a date written YYYY-MM-DD"),
            "{bad}: {}",
            error.message
        );
    }
}

#[test]
fn strings_must_be_json_strings() {
    let error = error_of::<Tenant>("{\"domain\":\"a\nb\"}");
    assert!(
        error.message.starts_with("control character"),
        "{}",
        error.message
    );
    let error = error_of::<Tenant>(r#"{"domain":"\ud800"}"#);
    assert!(
        error.message.ends_with("at line 1 column 18"),
        "{}",
        error.message
    );
    let error = error_of::<Tenant>(r#"{"domain":"x.com",}"#);
    assert!(
        error.message.starts_with("trailing comma"),
        "{}",
        error.message
    );
    let error = error_of::<Tenant>("");
    assert!(
        error.message.starts_with("EOF while parsing"),
        "{}",
        error.message
    );
    let error = error_of::<Tenant>("{\n  \"domain\": nope}");
    assert_eq!(error.path, "domain");
    assert!(
        error.message.ends_with("line 2 column 14"),
        "{}",
        error.message
    );
}

#[test]
fn tagged_values_are_read_wherever_the_tag_is() {
    let change = Change::OffersCarried {
        from_company: "Fabricam".into(),
        count: 2,
    };
    let tag_last = r#"{"count":2,"from_company":"Fabricam","kind":"offers_carried"}"#;
    assert_eq!(read_json::<Change>(tag_last, "c").unwrap(), change);
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
    let error =
        error_of::<Change>(r#"{"kind":"offers_carried","from_company":"F","count":2,"extra":1}"#);
    assert!(
        error.message.starts_with("unknown field `extra`"),
        "{}",
        error.message
    );
}

#[test]
fn a_refusal_inside_a_plan_names_its_place() {
    let plan = plan_merge(
        &read_snapshot(include_str!("../../../fixtures/contoso.json")).unwrap(),
        &read_snapshot(include_str!("../../../fixtures/fabricam.json")).unwrap(),
        parse_date("2020-05-15").unwrap(),
    )
    .unwrap();
    let json = to_json(&plan).replacen(
        r#""kind":"locations_moved""#,
        r#""kind":"locations_lost""#,
        1,
    );
    let error = read_plan(&json).unwrap_err();
    assert_eq!(error.path, "changes[2].kind");
    assert!(
        error
            .message
            .starts_with("unknown variant `locations_lost`"),
        "{}",
        error.message
    );
}
