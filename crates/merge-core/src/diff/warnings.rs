//! Warnings that appear or go.

use super::{Diff, DiffArea};
use crate::catalogue::say;
use crate::plan::{MergePlan, Warning};
use crate::Lang;

/// Plans store their warnings in English and not the dates they name, so a reader of another
/// language is told the kind of warning; the dates themselves are among the other differences.
pub(super) fn compare(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let lang = d.lang();
    let warning = move |w: &Warning| match lang {
        Lang::En => w.message.clone(),
        _ => w.kind.describe_in(lang),
    };
    d.keyed(
        DiffArea::Warnings,
        &old.warnings,
        &new.warnings,
        |w| w.message.clone(),
        |w| say!(lang, "diff-new-warning", warning = warning(w)),
        |w| say!(lang, "diff-no-longer-warning", warning = warning(w)),
        |_, _, _| {},
    );
}
