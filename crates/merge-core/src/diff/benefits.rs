//! Competencies (R8), the renewal (R9, R10, R12) and each company's benefit package.

use super::{numbered, Diff, DiffArea};
use crate::catalogue::say;
use crate::plan::MergePlan;
use crate::snapshot::BenefitPackage;

pub(super) fn competencies(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    d.keyed(
        DiffArea::Competencies,
        &old.result.competencies,
        &new.result.competencies,
        |c| c.name.clone(),
        |c| {
            let (name, level) = (&c.name, w.level(c.level));
            say!(lang, "diff-competency-added", name, level)
        },
        |c| {
            let (name, level) = (&c.name, w.level(c.level));
            say!(lang, "diff-competency-removed", name, level)
        },
        |o, n, out| {
            let name = &n.name;
            let what = say!(lang, "diff-competency-level", name);
            w.scalar_into(out, &what, &w.level(o.level), &w.level(n.level));
            let what = say!(lang, "diff-competency-expiry", name);
            w.scalar_into(out, &what, &w.date(&o.expires), &w.date(&n.expires));
        },
    );
}

/// The merged account's own dates and the renewal projected from them.
pub(super) fn renewal(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    let area = DiffArea::Benefits;
    let anniversary =
        |p: &MergePlan| w.maybe_date(&p.result.action_pack.as_ref().map(|a| a.anniversary));
    let what = say!(lang, "diff-action-pack-anniversary");
    d.scalar(area, &what, &anniversary(old), &anniversary(new));
    let msp = |p: &MergePlan| w.maybe_date(&p.renewal.azure_expert_msp_renewal);
    let what = say!(lang, "diff-msp-renewal");
    d.scalar(area, &what, &msp(old), &msp(new));
    let what = say!(lang, "diff-consolidated-renewal");
    let renewal = |p: &MergePlan| w.maybe_date(&p.renewal.date);
    d.scalar(area, &what, &renewal(old), &renewal(new));
    let core = |p: &MergePlan| w.shown(&p.renewal.core_level.map(|l| w.core_level(l)));
    let what = say!(lang, "diff-core-level");
    d.scalar(area, &what, &core(old), &core(new));
}

/// Each company's package in force until its own expiry (R8, R10).
pub(super) fn packages(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    let package_key = numbered(|p: &BenefitPackage| p.company.clone());
    d.keyed(
        DiffArea::Benefits,
        &package_key(&old.benefit_packages),
        &package_key(&new.benefit_packages),
        |(key, _)| key.clone(),
        |(_, p)| {
            let (company, expires) = (&p.company, w.date(&p.expires));
            say!(lang, "diff-package-added", company, expires)
        },
        |(_, p)| {
            let (company, expires) = (&p.company, w.date(&p.expires));
            say!(lang, "diff-package-removed", company, expires)
        },
        |(_, o), (_, n), out| {
            let company = &n.company;
            let what = say!(lang, "diff-package-expiry", company);
            w.scalar_into(out, &what, &w.date(&o.expires), &w.date(&n.expires));
            let what = say!(lang, "diff-package-core-level", company);
            let (before, after) = (w.core_level(o.core_level), w.core_level(n.core_level));
            w.scalar_into(out, &what, &before, &after);
            let what = say!(lang, "diff-package-competencies", company);
            let listed = |p: &BenefitPackage| {
                let items = p.competencies.iter().map(|c| {
                    let (name, level, until) = (&c.name, w.level(c.level), w.date(&c.expires));
                    say!(lang, "diff-package-competency", name, level, until)
                });
                items.collect::<Vec<_>>().join(", ")
            };
            w.scalar_into(out, &what, &listed(o), &listed(n));
        },
    );
}
