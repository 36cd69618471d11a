//! The message catalogue (`locales/<lang>/*.ftl`): every language has every message of every
//! file, each with the same variables, and every message the code names exists.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use merge_core::Lang;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A language's messages, by file, each with the variables it uses.
type Messages = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn messages(lang: Lang) -> Messages {
    let dir = root().join("locales").join(lang.code());
    let mut files = Messages::new();
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        let mut found = BTreeMap::new();
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    for attribute in &message.attributes {
                        pattern_variables(&attribute.value, &mut variables);
                    }
                    if let Some(value) = &message.value {
                        pattern_variables(value, &mut variables);
                    }
                    let id = message.id.name.to_string();
                    let twice = found.insert(id.clone(), variables).is_some();
                    assert!(!twice, "{}: {id} is defined twice", path.display());
                }
                Entry::Junk { content } => panic!("{}: not Fluent: {content}", path.display()),
                _ => {}
            }
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        files.insert(name, found);
    }
    files
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

/// What differs between English and `lang`: files, messages or variables one has and the
/// other has not.
fn differences(english: &Messages, other: &Messages, lang: Lang) -> Vec<String> {
    let mut found = Vec::new();
    let files: BTreeSet<&String> = english.keys().chain(other.keys()).collect();
    let empty = BTreeMap::new();
    for file in files {
        let (en, theirs) = (
            english.get(file).unwrap_or(&empty),
            other.get(file).unwrap_or(&empty),
        );
        for (id, variables) in en {
            match theirs.get(id) {
                None => found.push(format!("{lang}/{file}: {id} is missing")),
                Some(their) if their != variables => found.push(format!(
                    "{lang}/{file}: {id} uses {their:?}, English {variables:?}"
                )),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !en.contains_key(*id)) {
            found.push(format!("{lang}/{file}: {id} is not in English"));
        }
    }
    found
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Lang::En);
    assert!(english.contains_key("engine.ftl"), "{:?}", english.keys());
    let mut found = Vec::new();
    for lang in &Lang::ALL[1..] {
        found.extend(differences(&english, &messages(*lang), *lang));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Every surface looks a message up by its id alone, so no two files define the same one.
#[test]
fn no_message_is_defined_in_two_files() {
    for lang in Lang::ALL {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for (file, found) in messages(lang) {
            for id in found.into_keys() {
                if let Some(other) = seen.insert(id.clone(), file.clone()) {
                    panic!("{lang}: {id} is in {other} and in {file}");
                }
            }
        }
    }
}

#[test]
fn a_missing_message_or_a_changed_variable_is_found() {
    let english = messages(Lang::En);
    let mut dutch = messages(Lang::Nl);
    let engine = dutch.get_mut("engine.ftl").unwrap();
    engine.remove("change-pga-kept");
    engine
        .get_mut("warning-irreversible")
        .unwrap()
        .insert("company".into());
    let found = differences(&english, &dutch, Lang::Nl);
    assert_eq!(
        found,
        [
            "nl/engine.ftl: change-pga-kept is missing",
            "nl/engine.ftl: warning-irreversible uses {\"company\", \"initiator\", \
             \"initiator_id\", \"invitee\", \"invitee_id\"}, English {\"initiator\", \
             \"initiator_id\", \"invitee\", \"invitee_id\"}",
        ]
    );
}

/// Every `say!` or `message!` (a literal id), and every `t!`, `t_string!` or `td_string!` of
/// the app (a key: `merges.not_an_id_yet` is `merges-not-an-id-yet`), names a message English
/// has; the others then have it too.
#[test]
fn every_message_the_code_names_exists() {
    let english: BTreeSet<String> = messages(Lang::En)
        .into_values()
        .flat_map(|m| m.into_keys())
        .collect();
    let mut missing = Vec::new();
    let mut named = 0;
    let mut dirs = vec![root().join("crates"), root().join("app/src")];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("target") && !path.ends_with("pkg") {
                    dirs.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            if path.ends_with("merge-core/tests/catalogue.rs") {
                continue;
            }
            // Comments only show how the macros are called.
            let text: String = fs::read_to_string(&path)
                .unwrap()
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .map(|line| format!("{line}\n"))
                .collect();
            for id in named_ids(&text) {
                named += 1;
                if !english.contains(&id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(named > 100, "only {named} message ids found in the code");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The ids named by each `say!(` and `message!(` call (its first string literal) and each
/// `t!(`, `t_string!(` and `td_string!(` (its second argument, a key path).
fn named_ids(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for macro_name in ["t!(", "t_string!(", "td_string!("] {
        for (at, _) in text.match_indices(macro_name) {
            let preceded = text[..at].chars().next_back();
            if preceded.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + macro_name.len()..];
            let Some((_, after)) = rest.split_once(',') else {
                continue;
            };
            let key: String = after
                .trim_start()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
                .collect();
            if key.contains(|c: char| c.is_ascii_lowercase()) && !key.starts_with('$') {
                ids.push(key.replace(['.', '_'], "-"));
            }
        }
    }
    for macro_name in ["say!(", "message!("] {
        for (at, _) in text.match_indices(macro_name) {
            let rest = &text[at + macro_name.len()..];
            let Some(open) = rest.find('"') else { continue };
            // Only a literal before the call's first `)` or `;` is its id.
            if rest[..open].contains([')', ';']) {
                continue;
            }
            let literal = &rest[open + 1..];
            let id = &literal[..literal.find('"').unwrap_or(0)];
            if !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
            {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

/// Words of the 2020 program that today's partner admin would read as out of date: "Azure AD"
/// (Microsoft Entra since 2023), and an MPN ID not named as "Partner ID (MPN ID)" first (the
/// name in brackets is the only place the old one may stand). Each hit as `lang/file: line`.
fn outdated_words(lang: &str, file: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let bare_mpn_id = ["MPN ID", "MPN-ID"].iter().any(|old| {
            line.match_indices(old)
                .any(|(at, _)| !line[..at].ends_with('('))
        });
        if line.contains("Azure AD") || bare_mpn_id {
            found.push(format!("{lang}/{file}: {}", line.trim()));
        }
    }
    found
}

/// Issue #32: every message of every language says "Partner ID" and "Microsoft Entra", as
/// Microsoft's current pages do.
#[test]
fn no_message_says_azure_ad_or_a_bare_mpn_id() {
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let dir = root().join("locales").join(lang.code());
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let file = path.file_name().unwrap().to_string_lossy().to_string();
            let text = fs::read_to_string(&path).unwrap();
            found.extend(outdated_words(lang.code(), &file, &text));
        }
    }
    assert!(found.is_empty(), "out of date:\n{}", found.join("\n"));
}

#[test]
fn a_bare_mpn_id_or_azure_ad_is_found_and_the_bracketed_name_is_not() {
    let text = "a = the global Partner ID (MPN ID) { $id }\n\
                b = That is not an MPN ID\n\
                c = een Partner-ID (MPN-ID) en een MPN-ID\n\
                d = an Azure AD tenant\n\
                # a comment may name the MPN ID\n";
    assert_eq!(
        outdated_words("xx", "app.ftl", text),
        [
            "xx/app.ftl: b = That is not an MPN ID",
            "xx/app.ftl: c = een Partner-ID (MPN-ID) en een MPN-ID",
            "xx/app.ftl: d = an Azure AD tenant",
        ]
    );
}
