//! Today's program (R18-R22): the deal kind, and each designation, specialization and purchase
//! of the merged account, matched by what it is and whose it is.

use super::{numbered, Diff, DiffArea};
use crate::catalogue::say;
use crate::deal::DealKind;
use crate::plan::MergePlan;
use crate::program::{holder, Designation, Purchase, Specialization};

pub(super) fn compare(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let lang = d.lang();
    if old.deal != new.deal {
        let kind = |deal: Option<DealKind>| match deal {
            Some(deal) => deal.word(lang),
            None => say!(lang, "none"),
        };
        let what = say!(lang, "diff-deal");
        d.scalar(DiffArea::Program, &what, &kind(old.deal), &kind(new.deal));
    }
    designations(d, old, new);
    specializations(d, old, new);
    purchases(d, old, new);
}

fn designations(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    let company = new.result.company.clone();
    let key = |x: &Designation| format!("{}/{}", x.area.as_str(), holder(&x.held_by, &company));
    let name = |x: &Designation| {
        let (company, area) = (holder(&x.held_by, &company), x.area.name_in(lang));
        (company.to_string(), area)
    };
    d.keyed(
        DiffArea::Program,
        &old.result.designations,
        &new.result.designations,
        key,
        |x| {
            let ((company, area), anniversary) = (name(x), w.date(&x.anniversary));
            say!(lang, "diff-designation-added", company, area, anniversary)
        },
        |x| {
            let (company, area) = name(x);
            say!(lang, "diff-designation-removed", company, area)
        },
        |o, n, out| {
            let (company, area) = name(n);
            let (company, area) = (&company, &area);
            let what = say!(lang, "diff-designation-anniversary", company, area);
            w.scalar_into(out, &what, &w.date(&o.anniversary), &w.date(&n.anniversary));
            let what = say!(lang, "diff-designation-attained", company, area);
            w.scalar_into(out, &what, &w.date(&o.attained), &w.date(&n.attained));
        },
    );
}

fn specializations(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    let company = new.result.company.clone();
    let key = |x: &Specialization| format!("{}/{}", x.name, holder(&x.held_by, &company));
    d.keyed(
        DiffArea::Program,
        &old.result.specializations,
        &new.result.specializations,
        key,
        |x| {
            let (company, name) = (holder(&x.held_by, &company), &x.name);
            let anniversary = w.date(&x.anniversary);
            say!(
                lang,
                "diff-specialization-added",
                company,
                name,
                anniversary
            )
        },
        |x| {
            let (company, name) = (holder(&x.held_by, &company), &x.name);
            say!(lang, "diff-specialization-removed", company, name)
        },
        |o, n, out| {
            let (company, name) = (holder(&n.held_by, &company), &n.name);
            let what = say!(lang, "diff-specialization-anniversary", company, name);
            w.scalar_into(out, &what, &w.date(&o.anniversary), &w.date(&n.anniversary));
        },
    );
}

fn purchases(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    let company = new.result.company.clone();
    // A company may have bought the same offer twice: the second is `#2`.
    let keyed = numbered(|x: &Purchase| format!("{:?}/{}", x.offer, holder(&x.held_by, &company)));
    let (old_list, new_list) = (keyed(&old.result.purchases), keyed(&new.result.purchases));
    d.keyed(
        DiffArea::Program,
        &old_list,
        &new_list,
        |(key, _)| key.clone(),
        |(_, x)| {
            let (company, offer) = (holder(&x.held_by, &company), x.offer.name_in(lang));
            let anniversary = w.date(&x.anniversary);
            say!(lang, "diff-purchase-added", company, offer, anniversary)
        },
        |(_, x)| {
            let (company, offer) = (holder(&x.held_by, &company), x.offer.name_in(lang));
            say!(lang, "diff-purchase-removed", company, offer)
        },
        |(_, o), (_, n), out| {
            let (company, offer) = (holder(&n.held_by, &company), n.offer.name_in(lang));
            let what = say!(lang, "diff-purchase-anniversary", company, offer);
            w.scalar_into(out, &what, &w.date(&o.anniversary), &w.date(&n.anniversary));
        },
    );
}
