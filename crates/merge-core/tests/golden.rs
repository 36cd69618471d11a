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
    assert_same("e1.plan.json", &json, GOLDEN_PLAN);
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

const GOLDEN_E2: &str = include_str!("golden/e2.plan.json");
const GOLDEN_E3: &str = include_str!("golden/e3.plan.json");
const GOLDEN_E3_ENGLISH: &str = include_str!("golden/e3.reading.en.txt");

/// `json` equals the golden file's text, else a failure that shows where they part.
fn assert_same(name: &str, json: &str, golden: &str) {
    let golden = golden.trim_end();
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
            "{name} differs from tests/golden/{name} at byte {at}:\n  now:    …{}…\n  golden: …{}…",
            around(json),
            around(golden)
        );
    }
}

/// E2, Microsoft's current example: PGA 100 with locations 101-102 absorbs PGA 200 with
/// locations 201-203 (docs/rules.md; IDs written with seven digits).
#[test]
fn e2_microsoft_s_current_example_is_byte_identical_to_the_golden_file() {
    let plan = plan_merge(&pga_100(), &pga_200(), e3_as_of()).unwrap();
    let json = to_json(&plan);
    update_golden(&[("e2.plan.json", format!("{json}\n"))]);
    assert_same("e2.plan.json", &json, GOLDEN_E2);
    assert_eq!(plan.result.global_mpn_id.as_str(), "0000100");
    let locations: Vec<&str> = plan
        .result
        .locations
        .iter()
        .map(|l| l.mpn_id.as_str())
        .collect();
    assert_eq!(
        locations,
        ["0000101", "0000102", "0000200", "0000201", "0000202", "0000203"]
    );
    assert!(plan.result.locations[2]
        .origin
        .as_ref()
        .is_some_and(|o| o.was_pga));
    assert_eq!(plan.format_version, merge_core::PLAN_FORMAT_V2);
    assert!(read_plan(GOLDEN_E2).unwrap().fingerprint_is_current());
}

fn e3() -> merge_core::MergePlan {
    merge_core::plan_merge_deal(
        &adatum(),
        &litware(),
        e3_as_of(),
        merge_core::DealKind::Acquisition,
    )
    .unwrap()
}

/// The plan's sentences as text: each part's title, then its sentences one a line.
fn e3_as_text(plan: &merge_core::MergePlan, lang: Lang) -> String {
    let reading = plan.reading([&adatum(), &litware()], lang);
    let rights = plan
        .rights(merge_core::AdminReading::OwnTenants, &[])
        .describe_in(lang);
    let deal: Vec<String> = reading.deal.iter().cloned().collect();
    let parts = [
        ("deal", &deal),
        ("warnings", &reading.warnings),
        ("changes", &reading.changes),
        ("program", &reading.program),
        ("rights", &rights),
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

/// E3, the 2026 pair as an acquisition: every designation and specialization of both kept
/// until its anniversary (R18, R19), and the renewal as one company on the timeline (R21).
#[test]
fn e3_the_2026_pair_keeps_everything_until_its_anniversary_and_renews_as_one_company() {
    let plan = e3();
    let json = to_json(&plan);
    let english = e3_as_text(&plan, Lang::En);
    update_golden(&[
        ("e3.plan.json", format!("{json}\n")),
        ("e3.reading.en.txt", english.clone()),
    ]);
    assert_same("e3.plan.json", &json, GOLDEN_E3);
    assert_eq!(english, GOLDEN_E3_ENGLISH);
    assert!(read_plan(GOLDEN_E3).unwrap().fingerprint_is_current());

    let program = plan.program.as_ref().unwrap();
    for company in [adatum(), litware()] {
        let name = company.company.as_str();
        for d in &company.designations {
            let kept = plan.result.designations.iter().any(|r| {
                r.area == d.area
                    && r.anniversary == d.anniversary
                    && r.held_by.as_deref() == Some(name)
            });
            assert!(kept, "{name}'s {:?} kept until {}", d.area, d.anniversary);
            let due = program.timeline.iter().any(|e| {
                e.date == d.anniversary
                    && e.company == name
                    && e.item == merge_core::ProgramItem::Designation { area: d.area }
            });
            assert!(due, "{name}'s {:?} renewed on {}", d.area, d.anniversary);
        }
        for s in &company.specializations {
            let kept = plan.result.specializations.iter().any(|r| {
                r.name == s.name
                    && r.anniversary == s.anniversary
                    && r.held_by.as_deref() == Some(name)
            });
            assert!(kept, "{name}'s {} kept until {}", s.name, s.anniversary);
            assert!(program
                .timeline
                .iter()
                .any(|e| e.date == s.anniversary && e.company == name));
        }
    }
    assert_eq!(program.one_company_from, date("2027-03-31"));
    assert_eq!(program.held_by_both(), [merge_core::SolutionArea::Security]);
    assert!(english.contains(
        "From 31 March 2027 Adatum renews everything as one company; the designations held \
         until then: Data & AI (Azure), Modern Work, Security"
    ));
    assert!(english.contains("Litware holds it too, with its anniversary on 31 March 2027"));
    assert!(english.contains("An acquisition: Adatum acquires Litware"));
}
