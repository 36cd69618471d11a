//! Warnings that appear or go.

use super::{Diff, DiffArea};
use crate::plan::{MergePlan, WarningKind};
use crate::Lang;

/// Plans store their warnings in English and not the dates they name, so a Dutch reader is told
/// the kind of warning; the dates themselves are among the other differences.
pub(super) fn compare(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let lang = d.lang();
    d.keyed(
        DiffArea::Warnings,
        &old.warnings,
        &new.warnings,
        |w| w.message.clone(),
        |w| {
            let message = &w.message;
            let kind = warning_kind_nl(w.kind);
            say!(
                lang,
                "new warning: {message}",
                "nieuwe waarschuwing: {kind}"
            )
        },
        |w| {
            let message = &w.message;
            let kind = warning_kind_nl(w.kind);
            say!(
                lang,
                "no longer a warning: {message}",
                "geen waarschuwing meer: {kind}"
            )
        },
        |_, _, _| {},
    );
}

/// Partner Center's Dutch words for the kinds of warning.
fn warning_kind_nl(kind: WarningKind) -> &'static str {
    match kind {
        WarningKind::Irreversible => "de samenvoeging kan niet ongedaan worden gemaakt",
        WarningKind::CompetencyExpired => "een competentie is verlopen",
        WarningKind::ActionPackLapsed => "het Action Pack is niet op tijd verlengd",
        WarningKind::AzureExpertMspLapsed => {
            "de verlengingsdatum van Azure Expert MSP is verstreken"
        }
        WarningKind::BenefitTokenExpired => "een voordelentoken is verlopen",
    }
}
