//! Who merges with whom, their own dates, and the plan's date.

use super::{Diff, DiffArea};
use crate::catalogue::say;
use crate::plan::MergePlan;

pub(super) fn compare(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    for (is_initiator, o, n) in [
        (true, &old.initiator, &new.initiator),
        (false, &old.invitee, &new.invitee),
    ] {
        let (company_name, global_mpn_id) = match is_initiator {
            true => (
                say!(lang, "diff-initiator-company"),
                say!(lang, "diff-initiator-global-mpn-id"),
            ),
            false => (
                say!(lang, "diff-invitee-company"),
                say!(lang, "diff-invitee-global-mpn-id"),
            ),
        };
        d.scalar(DiffArea::Parties, &company_name, &o.company, &n.company);
        d.scalar(
            DiffArea::Parties,
            &global_mpn_id,
            &o.global_mpn_id,
            &n.global_mpn_id,
        );
        // R9, R12: each side's own dates, among the benefits.
        let (area, company) = (DiffArea::Benefits, &n.company);
        let what = say!(lang, "diff-company-action-pack-anniversary", company);
        let (before, after) = (
            w.maybe_date(&o.action_pack_anniversary),
            w.maybe_date(&n.action_pack_anniversary),
        );
        d.scalar(area, &what, &before, &after);
        let what = say!(lang, "diff-company-msp-renewal", company);
        let (before, after) = (
            w.maybe_date(&o.azure_expert_msp_renewal),
            w.maybe_date(&n.azure_expert_msp_renewal),
        );
        d.scalar(area, &what, &before, &after);
    }
    let what = say!(lang, "diff-plan-date");
    d.scalar(
        DiffArea::Parties,
        &what,
        &w.date(&old.as_of),
        &w.date(&new.as_of),
    );
}
