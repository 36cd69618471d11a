//! Every rule number cited anywhere in the repository (R1, W4, A2, E1, ...) is defined in
//! docs/rules.md, which has one `### <number>. <title>` heading per rule.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Build output, dependencies and local data: not ours to cite rules in.
const SKIPPED_DIRS: &[&str] = &[".git", "target", "node_modules", "pkg", "dist", "data"];
/// Lock files hold checksums whose letters and digits can look like a rule number.
const SKIPPED_FILES: &[&str] = &["Cargo.lock", "package-lock.json"];
/// Text that looks like a rule number but is not one: a product name, a paper size.
const NOT_RULES: &[&str] = &["Office 365 E3", "size: A4", r#"format: "A4""#, "on A4"];

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The numbers docs/rules.md defines, from its `### R1. ...` headings.
fn defined(rules: &str) -> Vec<String> {
    rules
        .lines()
        .filter_map(|line| line.strip_prefix("### "))
        .filter_map(|heading| heading.split_once('.'))
        .map(|(number, _)| number.to_string())
        .filter(|number| is_rule_number(number))
        .collect()
}

fn is_rule_number(text: &str) -> bool {
    let mut chars = text.chars();
    let digits = chars.as_str().get(1..).unwrap_or("");
    matches!(chars.next(), Some('R' | 'W' | 'A' | 'E'))
        && (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The rule numbers cited in a line: R, W, A or E and one or two digits, standing alone.
fn cited(line: &str) -> Vec<String> {
    let mut line = line.to_string();
    for text in NOT_RULES {
        line = line.replace(text, "");
    }
    let bytes = line.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut found = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, b'R' | b'W' | b'A' | b'E') || (i > 0 && word(bytes[i - 1])) {
            continue;
        }
        let digits = bytes[i + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = i + 1 + digits;
        if (1..=2).contains(&digits) && bytes.get(end).is_none_or(|&b| !word(b)) {
            found.push(line[i..end].to_string());
        }
    }
    found
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a readable directory") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if !SKIPPED_DIRS.contains(&name) {
                walk(&path, files);
            }
        } else if !SKIPPED_FILES.contains(&name) {
            files.push(path);
        }
    }
}

/// Every citation outside docs/rules.md's own headings, with where it is.
fn citations(root: &Path) -> BTreeMap<String, Vec<String>> {
    let mut files = Vec::new();
    walk(root, &mut files);
    let mut citations: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in files {
        // Binary files (images, wasm) are not text and cite nothing.
        let Ok(text) = fs::read_to_string(&file) else {
            continue;
        };
        let shown = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        for (n, line) in text.lines().enumerate() {
            for number in cited(line) {
                let place = format!("{shown}:{}", n + 1);
                citations.entry(number).or_default().push(place);
            }
        }
    }
    citations
}

#[test]
fn every_rule_cited_in_the_repository_is_defined_in_docs_rules_md() {
    let root = repository();
    let rules = fs::read_to_string(root.join("docs/rules.md")).expect("docs/rules.md");
    let defined = defined(&rules);
    let citations = citations(&root);
    assert!(
        citations.len() > 20,
        "the scan found only {:?}: is it reading the repository?",
        citations.keys()
    );
    let undefined: Vec<String> = citations
        .iter()
        .filter(|(number, _)| !defined.contains(number))
        .map(|(number, places)| format!("{number} (cited at {})", places.join(", ")))
        .collect();
    assert!(
        undefined.is_empty(),
        "cited but not defined in docs/rules.md (add a `### <number>. <title>` heading there, \
         or cite a rule that exists):\n{}",
        undefined.join("\n")
    );
}

#[test]
fn docs_rules_md_defines_each_rule_once() {
    let rules = fs::read_to_string(repository().join("docs/rules.md")).expect("docs/rules.md");
    let mut defined = defined(&rules);
    let expected: Vec<String> = (1..=24)
        .map(|n| format!("R{n}"))
        .chain((1..=6).map(|n| format!("W{n}")))
        .chain(["A1", "A2", "A3", "E1", "E2", "E3"].map(String::from))
        .collect();
    for number in &expected {
        assert!(defined.contains(number), "{number} is not defined");
    }
    let count = defined.len();
    defined.sort();
    defined.dedup();
    assert_eq!(defined.len(), count, "a rule is defined twice: {defined:?}");
}

#[test]
fn citations_are_found_as_written_and_only_standing_alone() {
    assert_eq!(
        cited("R1-R17, W6 and A2 (E1's)"),
        ["R1", "R17", "W6", "A2", "E1"]
    );
    assert_eq!(
        cited("SHA256, R100, fooR1, R1x, W3C, R_1"),
        Vec::<String>::new()
    );
    assert_eq!(cited("Office 365 E3 stays (R14)"), ["R14"]);
    assert!(is_rule_number("R17") && !is_rule_number("R") && !is_rule_number("X1"));
}
