//! The E1 plan, byte for byte, against the committed golden file. Native and wasm32 both compare
//! with the same file, so passing on both proves byte-identical plans and fingerprints.
//!
//! After an intended change to the engine's output: `UPDATE_GOLDEN=1 cargo test -p merge-core
//! --test golden` writes the files and fails (a run with the variable set never passes
//! unchecked); review the diff of `tests/golden/` like any other change, then run again without it.

mod common;

use common::*;
use merge_core::{plan_merge, read_plan, to_json, Lang, PlanReading};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

const GOLDEN_PLAN: &str = include_str!("golden/e1.plan.json");
const GOLDEN_DUTCH: &str = include_str!("golden/e1.reading.nl.txt");
const GOLDEN_GERMAN: &str = include_str!("golden/e1.reading.de.txt");
const GOLDEN_FINGERPRINT: &str = include_str!("golden/e1.fingerprint");
/// E1's fingerprint since the plan format began (as-of 2020-05-15).
const E1_FINGERPRINT: &str =
    "sha256:9fd469c587fcd37af5f2a4bce9c32701d82f62042775350fad20407aa2f8aed1";

#[test]
fn e1_plan_is_byte_identical_to_the_golden_file() {
    let plan = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    let json = to_json(&plan);
    update_golden(&[
        ("e1.plan.json", format!("{json}\n")),
        ("e1.fingerprint", format!("{}\n", plan.fingerprint)),
    ]);
    let golden = GOLDEN_PLAN.trim_end();
    if json != golden {
        let at = json
            .bytes()
            .zip(golden.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(json.len().min(golden.len()));
        let around = |s: &str| {
            s.get(at.saturating_sub(60)..(at + 60).min(s.len()))
                .unwrap_or("")
                .to_string()
        };
        panic!(
            "the E1 plan differs from tests/golden/e1.plan.json at byte {at}:\n  now:    …{}…\n  golden: …{}…",
            around(&json),
            around(golden)
        );
    }
    assert_eq!(plan.fingerprint.as_str(), GOLDEN_FINGERPRINT.trim_end());
    // Stored previews hold this fingerprint: it stays valid, whatever the files say.
    assert_eq!(plan.fingerprint.as_str(), E1_FINGERPRINT);
}

/// With `UPDATE_GOLDEN` set (natively), writes each golden file and fails: review the diff,
/// then run again without the variable.
fn update_golden(files: &[(&str, String)]) {
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
        for (name, text) in files {
            std::fs::write(format!("{dir}/{name}"), text).unwrap();
        }
        let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
        panic!(
            "tests/golden/{names:?} written because UPDATE_GOLDEN is set: review the diff, then \
             run again without UPDATE_GOLDEN"
        );
    }
    #[cfg(target_arch = "wasm32")]
    let _ = files;
}

#[test]
fn golden_plan_fingerprint_verifies_against_its_own_content() {
    let golden = read_plan(GOLDEN_PLAN).unwrap();
    assert_eq!(golden.fingerprint.as_str(), GOLDEN_FINGERPRINT.trim_end());
    assert!(golden.fingerprint_is_current());
}

/// A reading as text: each part's title, then its sentences one a line.
fn as_text(reading: &PlanReading) -> String {
    let parts = [
        ("warnings", &reading.warnings),
        ("changes", &reading.changes),
        ("not merged", &reading.not_merged),
        ("checklist", &reading.checklist),
    ];
    let mut text = String::new();
    for (title, lines) in parts {
        text.push_str(&format!("# {title}\n"));
        for line in lines {
            text.push_str(&format!("{line}\n"));
        }
    }
    text
}

#[test]
fn e1_reads_in_dutch_as_the_golden_file_says() {
    let plan = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    let dutch = as_text(&plan.reading([&contoso(), &fabricam()], Lang::Nl));
    update_golden(&[("e1.reading.nl.txt", dutch.clone())]);
    assert_eq!(dutch, GOLDEN_DUTCH);
}

/// German (de-DE) with Partner Center's terms (docs/rules.md, "Languages").
#[test]
fn e1_reads_in_german_as_the_golden_file_says() {
    let plan = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    let german = as_text(&plan.reading([&contoso(), &fabricam()], Lang::De));
    update_golden(&[("e1.reading.de.txt", german.clone())]);
    assert_eq!(german, GOLDEN_GERMAN);
    for term in [
        "globale Partnerkonto",
        "Standort",
        "Mandant",
        "Vorteilspaket",
        "Jahrestag",
    ] {
        assert!(german.contains(term), "{term} in:\n{german}");
    }
    // Every MPN ID the merge moves or keeps as the PGA (the CLI's text names all of them).
    for id in fabricam().mpn_ids().chain([&plan.initiator.global_mpn_id]) {
        assert!(german.contains(id.as_str()), "{id} in:\n{german}");
    }
}
