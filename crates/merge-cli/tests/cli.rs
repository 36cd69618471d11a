//! The `partner-merge` binary as a user runs it: output, exit codes, errors on stderr.

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(name: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    root.join(name).to_string_lossy().into_owned()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_partner-merge"))
        .args(args)
        .output()
        .expect("partner-merge runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

const GOLDEN_PLAN: &str = include_str!("../../merge-core/tests/golden/e1.plan.json");

#[test]
fn plan_prints_the_e1_plan_exactly_as_the_engine_does() {
    let output = run(&[
        "plan",
        &fixture("contoso.json"),
        &fixture("fabricam.json"),
        "--as-of",
        "2020-05-15",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).trim_end(), GOLDEN_PLAN.trim_end());
}

#[test]
fn plan_text_names_the_changes_and_the_fingerprint() {
    let output = run(&[
        "plan",
        &fixture("contoso.json"),
        &fixture("fabricam.json"),
        "--as-of",
        "2020-05-15",
        "--text",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("MPN IDs after the merge: 1111111, 2222222, 3333333, 4444444, 5555555"),
        "{text}"
    );
    assert!(text.contains("Consolidated renewal: 2020-12-01"), "{text}");
    assert!(text.contains("Verify bank and tax information"), "{text}");
    let golden = include_str!("../../merge-core/tests/golden/e1.fingerprint").trim();
    assert!(text.contains(&format!("Fingerprint: {golden}")), "{text}");
}

#[test]
fn plan_refuses_a_self_merge_with_exit_code_2_and_the_error_on_stderr() {
    let output = run(&["plan", &fixture("contoso.json"), &fixture("contoso.json")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    let err = stderr(&output);
    assert!(err.contains("cannot merge with itself"), "{err}");
    assert!(err.contains("\"code\": \"SELF_MERGE\""), "{err}");
}

#[test]
fn unreadable_input_names_the_file_and_field() {
    let dir = std::env::temp_dir().join(format!("partner-merge-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.json");
    let text = std::fs::read_to_string(fixture("fabricam.json")).unwrap();
    std::fs::write(&broken, text.replace("\"gold\"", "\"platinum\"")).unwrap();
    let output = run(&["plan", &fixture("contoso.json"), broken.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("broken.json"), "{err}");
    assert!(err.contains("competencies[0].level"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn validate_reports_problems_with_exit_code_1() {
    assert!(run(&["validate", &fixture("tailspin.json")])
        .status
        .success());

    let dir = std::env::temp_dir().join(format!("partner-merge-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    let text = std::fs::read_to_string(fixture("contoso.json")).unwrap();
    std::fs::write(&bad, text.replace("\"2222222\"", "\"22-22\"")).unwrap();
    let output = run(&["validate", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("locations[0].mpn_id"), "{out}");
    assert!(out.contains("users[1].roles[0].location"), "{out}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn diff_explains_what_changed_between_two_plans() {
    let dir = std::env::temp_dir().join(format!("partner-merge-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let old = dir.join("old.json");
    std::fs::write(&old, GOLDEN_PLAN).unwrap();
    let fabricam = std::fs::read_to_string(fixture("fabricam.json")).unwrap();
    let grown = fabricam.replace(
        "{ \"mpn_id\": \"5555555\", \"name\": \"Fabricam Berlin\", \"country\": \"DE\" }",
        "{ \"mpn_id\": \"5555555\", \"name\": \"Fabricam Berlin\", \"country\": \"DE\" },\n    { \"mpn_id\": \"6666666\", \"name\": \"Fabricam Oslo\", \"country\": \"NO\" }",
    );
    assert_ne!(grown, fabricam, "the fixture still has Fabricam Berlin");
    let grown_path = dir.join("fabricam.json");
    std::fs::write(&grown_path, grown).unwrap();
    let new_plan = run(&[
        "plan",
        &fixture("contoso.json"),
        grown_path.to_str().unwrap(),
        "--as-of",
        "2020-05-15",
    ]);
    let new = dir.join("new.json");
    std::fs::write(&new, new_plan.stdout).unwrap();

    let output = run(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("location 6666666 (Fabricam Oslo) was added to Fabricam"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["plan", "only-one.json"]).status.code(), Some(2));
    let output = run(&["plan", "a.json", "b.json", "--as-of", "15/05/2020"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("YYYY-MM-DD"));
}
