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

/// A fresh scratch folder for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("partner-merge-{test}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    /// Writes `text` to `name` and returns its path.
    fn file(&self, name: &str, text: impl AsRef<[u8]>) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).unwrap()
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
        text.contains(
            "Partner IDs (MPN IDs) after the merge: 1111111, 2222222, 3333333, 4444444, 5555555"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "At a glance:\n  - Locations (with the PGA): 2 + 3 → 5\n  - Tenants: 1 + 1 → 2\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("Consolidated renewal: 1 December 2020"),
        "{text}"
    );
    assert!(text.contains("Verify bank and tax information"), "{text}");
    // What is lost comes first, then what is not merged and how each location joined: core's
    // sentences, as the app shows them.
    assert!(
        text.contains("What is lost, moves or stays, heaviest first:\n  - Fabricam's bank and tax profile (account ending 1881) is not carried over"),
        "{text}"
    );
    assert!(
        text.contains("  - Benefit token TOK-1 (Office 365 E3) stays on tenant fabricam.com"),
        "{text}"
    );
    assert!(
        text.contains("  - 3333333 Fabricam (was Fabricam's PGA)"),
        "{text}"
    );
    let golden = include_str!("../../merge-core/tests/golden/e1.fingerprint").trim();
    assert!(text.contains(&format!("Fingerprint: {golden}")), "{text}");
}

/// Issue #32: the text plan says who gains which rights, under the reading asked for, and no
/// out-of-date name of the Partner ID or the tenant.
#[test]
fn plan_text_says_who_gains_which_rights_under_either_reading() {
    let plan = |reading: &str| {
        let output = run(&[
            "plan",
            &fixture("adatum.json"),
            &fixture("litware.json"),
            "--as-of",
            "2026-05-15",
            "--text",
            "--admin-reading",
            reading,
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        stdout(&output)
    };
    let strict = plan("own_tenants");
    assert!(
        strict.contains(
            "Who gains which rights:\n  - Only the admins of Adatum's own Microsoft Entra \
             tenants will act for the merged account"
        ),
        "{strict}"
    );
    assert!(
        strict.contains("  - lena@litware.com (litware.com) does not act for the merged account\n"),
        "{strict}"
    );
    let wide = plan("both_tenants");
    assert!(
        wide.contains("  - lena@litware.com (litware.com) acts for the whole merged account"),
        "{wide}"
    );
    for text in [&strict, &wide] {
        assert!(
            !text.contains("Azure AD") && !text.contains(" MPN ID"),
            "{text}"
        );
    }
    let wrong = run(&[
        "plan",
        &fixture("adatum.json"),
        &fixture("litware.json"),
        "--text",
        "--admin-reading",
        "everyone",
    ]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        stderr(&wrong).contains("write own_tenants or both_tenants, not everyone"),
        "{}",
        stderr(&wrong)
    );
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
    let scratch = Scratch::new("unreadable");
    let text = fixture_text("fabricam.json").replace("\"gold\"", "\"platinum\"");
    let broken = scratch.file("broken.json", text);
    let output = run(&["plan", &fixture("contoso.json"), &broken]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("broken.json"), "{err}");
    assert!(err.contains("competencies[0].level"), "{err}");
}

#[test]
fn validate_reports_problems_with_exit_code_1() {
    assert!(run(&["validate", &fixture("tailspin.json")])
        .status
        .success());

    let scratch = Scratch::new("validate");
    let text = fixture_text("contoso.json").replace("\"2222222\"", "\"22-22\"");
    let bad = scratch.file("bad.json", text);
    let output = run(&["validate", &bad]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("locations[0].mpn_id"), "{out}");
    assert!(out.contains("users[1].roles[0].location"), "{out}");
}

#[test]
fn diff_explains_what_changed_between_two_plans() {
    let scratch = Scratch::new("diff");
    let old = scratch.file("old.json", GOLDEN_PLAN);
    let fabricam = fixture_text("fabricam.json");
    let berlin = r#"{ "mpn_id": "5555555", "name": "Fabricam Berlin", "country": "DE" }"#;
    let oslo = r#"{ "mpn_id": "6666666", "name": "Fabricam Oslo", "country": "NO" }"#;
    let grown = fabricam.replace(berlin, &format!("{berlin},\n    {oslo}"));
    assert_ne!(grown, fabricam, "the fixture still has Fabricam Berlin");
    let grown = scratch.file("fabricam.json", grown);
    let contoso = fixture("contoso.json");
    let new_plan = run(&["plan", &contoso, &grown, "--as-of", "2020-05-15"]);
    let new = scratch.file("new.json", new_plan.stdout);

    let output = run(&["diff", &old, &new]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("Location 6666666 (Fabricam Oslo) was added to Fabricam"));

    let output = run(&["diff", &old, &new, "--lang", "nl"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let dutch = stdout(&output);
    assert!(
        dutch.contains("Locatie 6666666 (Fabricam Oslo) is toegevoegd aan Fabricam"),
        "{dutch}"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["plan", "only-one.json"]).status.code(), Some(2));
    let output = run(&["plan", "a.json", "b.json", "--as-of", "15/05/2020"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("YYYY-MM-DD"));
    let output = run(&["plan", "a.json", "b.json", "--as-off", "2020-05-15"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--as-of"), "{}", stderr(&output));
}

#[test]
fn help_and_version_exit_0() {
    let help = run(&["--help"]);
    assert!(help.status.success());
    for command in [
        "plan", "compare", "reissue", "validate", "diff", "synth", "bench",
    ] {
        assert!(stdout(&help).contains(command), "{}", stdout(&help));
    }
    let plan_help = run(&["plan", "--help"]);
    assert!(plan_help.status.success());
    assert!(stdout(&plan_help).contains("--as-of"));
    let version = run(&["--version"]);
    assert!(version.status.success());
    assert_eq!(
        stdout(&version).trim(),
        format!("partner-merge {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn synth_writes_a_pair_that_plans_and_bench_times_it() {
    let scratch = Scratch::new("synth");
    let dir = scratch.0.to_string_lossy().into_owned();
    assert!(run(&["synth", "200", &dir]).status.success());
    let (a, b) = (
        format!("{dir}/initiator.json"),
        format!("{dir}/invitee.json"),
    );
    assert!(run(&["validate", &a]).status.success());
    let plan = run(&["plan", &a, &b, "--as-of", "2021-01-01"]);
    assert!(plan.status.success(), "{}", stderr(&plan));
    let output = run(&["bench", &a, &b, "--rounds", "3", "--as-of", "2021-01-01"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(
        report.starts_with("{\"rounds\":3,\"median_ms\":"),
        "{report}"
    );
}

#[test]
fn the_text_plan_reads_in_dutch_with_lang_nl() {
    let output = run(&[
        "plan",
        &fixture("contoso.json"),
        &fixture("fabricam.json"),
        "--as-of",
        "2020-05-15",
        "--text",
        "--lang",
        "nl",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("Contoso (1111111) neemt Fabricam (3333333) op, per 15 mei 2020\n"),
        "{text}"
    );
    assert!(
        text.contains("In één oogopslag:\n  - Locaties (met het PGA): 2 + 3 → 5\n"),
        "{text}"
    );
    assert!(
        text.contains("  - 3333333 Fabricam (was het PGA van Fabricam)\n"),
        "{text}"
    );
    assert!(
        text.contains("  - Deze samenvoeging kan niet ongedaan worden gemaakt:"),
        "{text}"
    );
    assert!(!text.contains("absorbs"), "{text}");

    let unknown = run(&[
        "plan",
        &fixture("contoso.json"),
        &fixture("fabricam.json"),
        "--text",
        "--lang",
        "fr",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("\"fr\" is not a language the engine writes: use en, nl or de")
    );
}

#[test]
fn the_text_plan_reads_in_german_with_lang_de_and_names_every_mpn_id() {
    let output = run(&[
        "plan",
        &fixture("contoso.json"),
        &fixture("fabricam.json"),
        "--as-of",
        "2020-05-15",
        "--text",
        "--lang",
        "de",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("Contoso (1111111) nimmt Fabricam (3333333) auf, Stand 15. Mai 2020\n"),
        "{text}"
    );
    for id in ["1111111", "2222222", "3333333", "4444444", "5555555"] {
        assert_contains(&text, id);
    }
    // Partner Center's German terms (docs/rules.md, "Languages").
    for part in [
        "Auf einen Blick:\n  - Standorte (mit dem PGA): 2 + 3 → 5\n",
        "  - 3333333 Fabricam (war das PGA von Fabricam)\n",
        "Das globale Partnerkonto 3333333 von Fabricam wird ein Standort",
        "Der Mandant fabricam.com",
        "bei der gemeinsamen Verlängerung am 1. Dezember 2020 verlängert das zusammengeführte Konto",
        "Der Jahrestag des Action Pack",
        "Die Bank- und Steuerinformationen von Fabricam",
        "  - Diese Zusammenführung kann nicht rückgängig gemacht werden:",
        "Fingerabdruck: sha256:9fd469c587fcd37af5f2a4bce9c32701d82f62042775350fad20407aa2f8aed1",
    ] {
        assert_contains(&text, part);
    }
    assert!(!text.contains("absorbs"), "{text}");
}

/// Asserts that `text` holds `part`, showing the whole text when it does not.
fn assert_contains(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} not in:\n{text}");
}

#[test]
fn plan_with_several_invitees_merges_them_in_turn() {
    let (contoso, fabricam, tailspin) = (
        fixture("contoso.json"),
        fixture("fabricam.json"),
        fixture("tailspin.json"),
    );
    let args = [
        "plan",
        &contoso,
        &fabricam,
        &tailspin,
        "--as-of",
        "2020-05-15",
    ];
    let output = run(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let chain: merge_core::MergeChain = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(chain.steps.len(), 2);
    assert_eq!(chain.result().locations.len(), 6);
    // The first step is E1, exactly.
    assert_eq!(merge_core::to_json(&chain.steps[0]), GOLDEN_PLAN.trim_end());
    let text = run(&[&args[..], &["--text", "--lang", "nl"]].concat());
    let text = stdout(&text);
    assert!(
        text.contains("Stap 1:") && text.contains("Stap 2:"),
        "{text}"
    );
    assert!(
        text.contains("Contoso (1111111) neemt Tailspin (9999999)"),
        "{text}"
    );
    // Tailspin twice: refused at step 2, named.
    let twice = run(&["plan", &contoso, &tailspin, &tailspin]);
    assert_eq!(twice.status.code(), Some(2));
    assert_contains(
        &stderr(&twice),
        "step 2 (Contoso absorbing Tailspin, 9999999)",
    );
    assert_contains(&stderr(&twice), "\"code\": \"STEP_REFUSED\"");
}

#[test]
fn compare_says_what_differs_by_direction() {
    let args = [
        "compare",
        &fixture("contoso.json"),
        &fixture("fabricam.json"),
        "--as-of",
        "2020-05-15",
    ];
    let output = run(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<String> = stdout(&output).lines().map(String::from).collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert!(lines[0].contains("1111111 (Contoso's)") && lines[0].contains("3333333 (Fabricam's)"));
    assert_eq!(
        lines[3],
        "Renewal, Action Pack and competency dates are the same either way."
    );
    let json = run(&[&args[..], &["--json"]].concat());
    let compared: merge_core::DirectionComparison = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(compared.directions[1].initiator, "Fabricam");
    let dutch = run(&[&args[..], &["--lang", "nl"]].concat());
    assert!(
        stdout(&dutch).starts_with("Als Contoso Fabricam opneemt"),
        "{}",
        stdout(&dutch)
    );
}

#[test]
fn reissue_moves_an_absorbed_tenants_users_from_a_plan() {
    let scratch = Scratch::new("reissue");
    let plan = scratch.file("e1.json", GOLDEN_PLAN);
    let reissue = |more: &[&str]| {
        let base = [
            "reissue",
            &plan,
            "--from",
            "fabricam.com",
            "--to",
            "contoso.com",
        ];
        run(&[&base[..], more].concat())
    };
    let output = reissue(&[
        "--user",
        "frank@fabricam.com",
        "--user",
        "greta@fabricam.com=g.jansen@contoso.com",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let planned: merge_core::ReissuePlan = serde_json::from_str(&stdout(&output)).unwrap();
    let moved: Vec<(&str, &str)> = planned
        .moved
        .iter()
        .map(|m| (m.from.as_str(), m.to.as_str()))
        .collect();
    assert_eq!(
        moved,
        [
            ("frank@fabricam.com", "frank@contoso.com"),
            ("greta@fabricam.com", "g.jansen@contoso.com")
        ]
    );
    assert!(planned.fingerprint_is_current());
    // Without --user: every user of the tenant but its account admin, who stays (A1); in
    // sentences.
    let all = reissue(&["--text"]);
    let text = stdout(&all);
    assert_contains(
        &text,
        "- greta@fabricam.com becomes greta@contoso.com, keeping Referrals admin",
    );
    assert_contains(
        &text,
        "- fiona@fabricam.com stays in fabricam.com with access as before",
    );
    // Named, the last admin is refused.
    let last = reissue(&["--user", "fiona@fabricam.com"]);
    assert_eq!(last.status.code(), Some(2));
    assert_contains(
        &stderr(&last),
        "fiona@fabricam.com is the last account admin of fabricam.com",
    );
    assert_contains(&text, "Fingerprint: sha256:");
    // A new email that exists already: refused with the conflict, exit 2.
    let taken = reissue(&["--user", "frank@fabricam.com=alice@contoso.com"]);
    assert_eq!(taken.status.code(), Some(2));
    let why = "alice@contoso.com (for frank@fabricam.com) is already a user of the account";
    assert_contains(&stderr(&taken), why);
    assert_contains(&stderr(&taken), "\"code\": \"REISSUE_CONFLICTS\"");
}
