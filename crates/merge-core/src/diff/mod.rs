//! `diff_plans`: what differs between two plans, in sentences a person reads. The API uses it to
//! explain why a preview is stale instead of only saying that it is.
//!
//! One module per area of the plan, each comparing its part; this module holds the types, the
//! order of the areas and the helpers they share.

use std::fmt::Display;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::plan::MergePlan;
use crate::role_label::RoleLabels;
use crate::snapshot::{CompetencyLevel, CoreLevel, RoleAssignment};
use crate::Lang;

mod accounts;
mod bank_tax;
mod benefits;
mod holdings;
mod parties;
mod program;
mod warnings;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanDifference {
    pub area: DiffArea,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DiffArea {
    Parties,
    Locations,
    Tenants,
    Users,
    Competencies,
    Benefits,
    Holdings,
    /// Today's program and the deal kind (R18-R22).
    Program,
    BankTax,
    Warnings,
}

/// Every difference between `old` and `new`, old-to-new, in English. Empty when the plans are
/// the same.
pub fn diff_plans(old: &MergePlan, new: &MergePlan) -> Vec<PlanDifference> {
    diff_plans_in(old, new, Lang::En)
}

/// [`diff_plans`] in `lang`: the same differences, in the same order.
pub fn diff_plans_in(old: &MergePlan, new: &MergePlan, lang: Lang) -> Vec<PlanDifference> {
    let mut d = Diff {
        words: Words(lang),
        found: Vec::new(),
    };
    parties::compare(&mut d, old, new);
    accounts::locations(&mut d, old, new);
    accounts::tenants(&mut d, old, new);
    accounts::users(&mut d, old, new);
    benefits::competencies(&mut d, old, new);
    benefits::renewal(&mut d, old, new);
    benefits::packages(&mut d, old, new);
    holdings::compare(&mut d, old, new);
    program::compare(&mut d, old, new);
    bank_tax::compare(&mut d, old, new);
    warnings::compare(&mut d, old, new);
    holdings::superseded(&mut d, old, new);

    // The plan is lossless, so the checks above find any change to the inputs; this catches a
    // plan computed by a different engine version.
    if d.found.is_empty() && old.fingerprint != new.fingerprint {
        let (from, to) = (old.format_version, new.format_version);
        let message = say!(lang, "diff-engine-changed", from, to);
        d.push(DiffArea::Parties, message);
    }
    d.found
}

/// The differences found so far, and how they are worded.
struct Diff {
    words: Words,
    found: Vec<PlanDifference>,
}

impl Diff {
    fn lang(&self) -> Lang {
        self.words.0
    }

    fn push(&mut self, area: DiffArea, message: String) {
        let message = as_sentence(message);
        self.found.push(PlanDifference { area, message });
    }

    fn scalar<T: PartialEq + Display>(&mut self, area: DiffArea, what: &str, old: &T, new: &T) {
        let mut messages = Vec::new();
        self.words.scalar_into(&mut messages, what, old, new);
        for message in messages {
            self.push(area, message);
        }
    }

    /// Items matched by key: added (in new's order), changed, then removed (in old's order).
    #[allow(clippy::too_many_arguments)]
    fn keyed<T>(
        &mut self,
        area: DiffArea,
        old: &[T],
        new: &[T],
        key: impl Fn(&T) -> String,
        added: impl Fn(&T) -> String,
        removed: impl Fn(&T) -> String,
        changed: impl Fn(&T, &T, &mut Vec<String>),
    ) {
        // Looked up only; the messages follow the lists' own order.
        let old_by_key: FxHashMap<String, &T> = old.iter().map(|x| (key(x), x)).collect();
        let new_by_key: FxHashMap<String, &T> = new.iter().map(|x| (key(x), x)).collect();
        let mut messages = Vec::new();
        for item in new {
            match old_by_key.get(&key(item)) {
                None => messages.push(added(item)),
                Some(before) => changed(before, item, &mut messages),
            }
        }
        for item in old {
            if !new_by_key.contains_key(&key(item)) {
                messages.push(removed(item));
            }
        }
        for message in messages {
            self.push(area, message);
        }
    }

    fn names(&mut self, area: DiffArea, what: &str, old: &[String], new: &[String]) {
        let lang = self.lang();
        self.keyed(
            area,
            old,
            new,
            Clone::clone,
            |name| say!(lang, "diff-name-added", what, name),
            |name| say!(lang, "diff-name-removed", what, name),
            |_, _, _| {},
        );
    }
}

/// How values read in the differences' language.
#[derive(Clone, Copy)]
struct Words(Lang);

impl Words {
    fn scalar_into<T: PartialEq + Display>(
        self,
        out: &mut Vec<String>,
        what: &str,
        old: &T,
        new: &T,
    ) {
        if old != new {
            let (old, new) = (old.to_string(), new.to_string());
            out.push(say!(self.0, "diff-changed", what, old, new));
        }
    }

    fn shown<T: Display>(self, value: &Option<T>) -> String {
        match value {
            Some(value) => value.to_string(),
            None => say!(self.0, "none"),
        }
    }

    /// As the language writes it: `1 October 2020`, `1 oktober 2020`.
    fn date(self, date: &NaiveDate) -> String {
        self.0.date(*date)
    }

    /// A date, or "none".
    fn maybe_date(self, date: &Option<NaiveDate>) -> String {
        self.shown(&date.map(|day| self.0.date(day)))
    }

    fn level(self, level: CompetencyLevel) -> String {
        level.word(self.0)
    }

    fn core_level(self, level: CoreLevel) -> String {
        match level {
            CoreLevel::ActionPack => say!(self.0, "level-action-pack"),
            CoreLevel::Silver => say!(self.0, "level-silver"),
            CoreLevel::Gold => say!(self.0, "level-gold"),
        }
    }

    /// Roles as Partner Center names them, a scoped one with its location (`Incentives admin ·
    /// Fabricam Amsterdam (4444444)`), as `labels` (of the plan they are in) reads them.
    fn roles(self, roles: &[RoleAssignment], labels: &RoleLabels) -> String {
        if roles.is_empty() {
            return self.shown::<&str>(&None);
        }
        let named: Vec<String> = roles.iter().map(|r| labels.label(r)).collect();
        named.join(", ")
    }
}

/// A difference reads as a sentence: its first word capitalised, unless that word is a name
/// written in lower case (an email, a domain). The words are ours, so ASCII case is enough
/// (Unicode's case tables would add 15 KB to every wasm build).
fn as_sentence(mut message: String) -> String {
    let first_word = message.split(' ').next().unwrap_or_default();
    if !first_word.contains(['@', '.']) {
        if let Some(first) = message.get_mut(..1) {
            first.make_ascii_uppercase();
        }
    }
    message
}

/// Keys repeated within a list get `#2`, `#3`, ... so each item has its own.
fn numbered<T: Clone>(key: impl Fn(&T) -> String) -> impl Fn(&[T]) -> Vec<(String, T)> {
    move |items| {
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        items
            .iter()
            .map(|item| {
                let base = key(item);
                let n = counts.entry(base.clone()).or_default();
                *n += 1;
                let key = if *n == 1 { base } else { format!("{base}#{n}") };
                (key, item.clone())
            })
            .collect()
    }
}
