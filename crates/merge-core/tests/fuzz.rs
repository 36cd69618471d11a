//! Fuzzing on stable (proptest): arbitrary text and structured mutations of real snapshots and
//! plans never make the engine panic, and every refusal says where (a JSON path, a line and a
//! column). Native only: proptest needs std's runtime.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use merge_core::*;
use proptest::prelude::*;
use serde_json::Value;

const GOLDEN_PLAN: &str = include_str!("golden/e1.plan.json");

/// A refusal names where: a path, and a line and column in its message.
fn names_where(error: &ReadError) -> Result<(), TestCaseError> {
    prop_assert!(!error.path.is_empty(), "{error}");
    prop_assert!(
        error.message.contains(" line ") && error.message.contains(" column "),
        "{error}"
    );
    Ok(())
}

/// Reads a snapshot and, when it reads, validates it and plans it against Fabricam both ways.
fn exercise_snapshot(text: &str) -> Result<(), TestCaseError> {
    match read_snapshot(text) {
        Err(error) => names_where(&error),
        Ok(snapshot) => {
            let _ = find_problems(&snapshot);
            let _ = plan_merge(&snapshot, &fabricam(), e1_as_of());
            let _ = plan_merge(&fabricam(), &snapshot, e1_as_of());
            Ok(())
        }
    }
}

/// JSON values of every kind, nested a little.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[0-9]{0,12}".prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        Just(Value::from("2020-02-30")),
        Just(Value::from("account_admin")),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every place in a JSON document: the pointers to each value.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                pointers(child, format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// `document` with the value at its `pick`-th place replaced by `value`, or that place removed.
fn mutated(document: &str, pick: usize, value: Option<Value>) -> String {
    let mut json: Value = serde_json::from_str(document).unwrap();
    let mut places = Vec::new();
    pointers(&json, String::new(), &mut places);
    let place = &places[pick % places.len()];
    match value {
        Some(value) => *json.pointer_mut(place).unwrap() = value,
        None => {
            if let Some((parent, key)) = place.rsplit_once('/') {
                match json.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(key);
                    }
                    Some(Value::Array(items)) => {
                        items.remove(key.parse::<usize>().unwrap());
                    }
                    _ => {}
                }
            }
        }
    }
    json.to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics_and_refusals_say_where(text in "\\PC{0,200}") {
        exercise_snapshot(&text)?;
        if let Err(error) = read_plan(&text) {
            names_where(&error)?;
        }
    }

    #[test]
    fn arbitrary_bytes_cut_from_a_snapshot_never_panic(cut in 0usize..1000, len in 0usize..40) {
        let text = CONTOSO_JSON;
        let start = cut.min(text.len());
        let end = (start + len).min(text.len());
        // Cut at byte offsets: the fixtures are ASCII.
        let broken = format!("{}{}", &text[..start], &text[end..]);
        exercise_snapshot(&broken)?;
    }

    #[test]
    fn any_value_anywhere_in_a_snapshot_never_panics(
        pick in any::<usize>(),
        value in proptest::option::of(any_json()),
    ) {
        exercise_snapshot(&mutated(CONTOSO_JSON, pick, value))?;
    }

    #[test]
    fn any_value_anywhere_in_a_plan_never_panics(
        pick in any::<usize>(),
        value in proptest::option::of(any_json()),
    ) {
        let golden = read_plan(GOLDEN_PLAN).unwrap();
        match read_plan(&mutated(GOLDEN_PLAN, pick, value)) {
            Err(error) => names_where(&error)?,
            Ok(plan) => {
                let _ = diff_plans(&golden, &plan);
                let _ = plan.fingerprint_is_current();
                let _ = plan.not_merged.describe();
            }
        }
    }
}
