//! The bank and tax profile the merged account keeps, and the invitee's that it does not (R15).

use super::{Diff, DiffArea};
use crate::catalogue::say;
use crate::plan::MergePlan;
use crate::snapshot::BankTaxProfile;

pub(super) fn compare(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    let profile = |p: &Option<BankTaxProfile>| {
        w.shown(&p.as_ref().map(|p| {
            let (last4, country) = (&p.bank_account_last4, &p.tax_id_country);
            say!(lang, "diff-profile", last4, country)
        }))
    };
    let what = say!(lang, "diff-merged-profile");
    let (a, b) = (&old.result, &new.result);
    let (before, after) = (profile(&a.bank_tax_profile), profile(&b.bank_tax_profile));
    d.scalar(DiffArea::BankTax, &what, &before, &after);
    let left = |p: &MergePlan| {
        let kept = p.not_merged.bank_tax_profile.as_ref();
        profile(&kept.map(|c| c.profile.clone()))
    };
    let what = say!(lang, "diff-invitee-profile");
    d.scalar(DiffArea::BankTax, &what, &left(old), &left(new));
}
