//! Who merges with whom, their own dates, and the plan's date.

use super::{Diff, DiffArea};
use crate::plan::MergePlan;
use crate::Lang;

pub(super) fn compare(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    for (is_initiator, o, n) in [
        (true, &old.initiator, &new.initiator),
        (false, &old.invitee, &new.invitee),
    ] {
        let role = match (is_initiator, lang) {
            (true, Lang::En) => "initiator",
            (false, Lang::En) => "invitee",
            (true, Lang::Nl) => "initiatiefnemer",
            (false, Lang::Nl) => "uitgenodigde",
        };
        let what = say!(
            lang,
            "the {role}'s company name",
            "de bedrijfsnaam van de {role}"
        );
        d.scalar(DiffArea::Parties, &what, &o.company, &n.company);
        let what = say!(
            lang,
            "the {role}'s global MPN ID",
            "de wereldwijde MPN-ID van de {role}"
        );
        d.scalar(DiffArea::Parties, &what, &o.global_mpn_id, &n.global_mpn_id);
        // R9, R12: each side's own dates, among the benefits.
        let (area, company) = (DiffArea::Benefits, &n.company);
        let what = say!(
            lang,
            "{company}'s Action Pack anniversary",
            "de verjaardatum van het Action Pack van {company}"
        );
        let (before, after) = (
            w.maybe_date(&o.action_pack_anniversary),
            w.maybe_date(&n.action_pack_anniversary),
        );
        d.scalar(area, &what, &before, &after);
        let what = say!(
            lang,
            "{company}'s Azure Expert MSP renewal",
            "de verlenging van Azure Expert MSP van {company}"
        );
        let (before, after) = (
            w.maybe_date(&o.azure_expert_msp_renewal),
            w.maybe_date(&n.azure_expert_msp_renewal),
        );
        d.scalar(area, &what, &before, &after);
    }
    let what = say!(lang, "the plan date", "de datum van het plan");
    d.scalar(
        DiffArea::Parties,
        &what,
        &w.date(&old.as_of),
        &w.date(&new.as_of),
    );
}
