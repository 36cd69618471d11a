//! The merged account's locations (R2-R4), tenants (R6) and users with their roles (R5).

use super::{Diff, DiffArea};
use crate::catalogue::say;
use crate::plan::MergePlan;
use crate::role_label::RoleLabels;
use crate::snapshot::Location;

pub(super) fn locations(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    d.keyed(
        DiffArea::Locations,
        &old.result.locations,
        &new.result.locations,
        |l| l.mpn_id.to_string(),
        |l| {
            let (mpn, name) = (&l.mpn_id, &l.name);
            match &l.origin {
                Some(o) => {
                    let company = &o.company;
                    say!(lang, "diff-location-added-to", mpn, name, company)
                }
                None => say!(lang, "diff-location-added", mpn, name),
            }
        },
        |l| {
            let (mpn, name) = (&l.mpn_id, &l.name);
            say!(lang, "diff-location-removed", mpn, name)
        },
        |o, n, out| {
            let mpn = &n.mpn_id;
            let what = say!(lang, "diff-location-name", mpn);
            w.scalar_into(out, &what, &o.name, &n.name);
            let what = say!(lang, "diff-location-country", mpn);
            w.scalar_into(out, &what, &w.shown(&o.country), &w.shown(&n.country));
            let origin = |l: &Location| {
                w.shown(&l.origin.as_ref().map(|o| {
                    let company = &o.company;
                    match o.was_pga {
                        true => say!(lang, "diff-origin-pga", company),
                        false => company.to_string(),
                    }
                }))
            };
            let what = say!(lang, "diff-location-origin", mpn);
            w.scalar_into(out, &what, &origin(o), &origin(n));
        },
    );
}

pub(super) fn tenants(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    d.keyed(
        DiffArea::Tenants,
        &old.not_merged.tenants,
        &new.not_merged.tenants,
        |t| t.domain.to_ascii_lowercase(),
        |t| {
            let (domain, company) = (&t.domain, &t.company);
            say!(lang, "diff-tenant-added", domain, company)
        },
        |t| {
            let (domain, company) = (&t.domain, &t.company);
            say!(lang, "diff-tenant-removed", domain, company)
        },
        |o, n, out| {
            let domain = &n.domain;
            let what = say!(lang, "diff-tenant-csp", domain);
            let (before, after) = (o.csp_accounts.join(", "), n.csp_accounts.join(", "));
            w.scalar_into(out, &what, &before, &after);
        },
    );
}

pub(super) fn users(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    let (old_labels, new_labels) = (
        RoleLabels::new(&old.result, lang),
        RoleLabels::new(&new.result, lang),
    );
    d.keyed(
        DiffArea::Users,
        &old.result.users,
        &new.result.users,
        |u| u.email.to_ascii_lowercase(),
        |u| {
            let (email, roles) = (&u.email, w.roles(&u.roles, &new_labels));
            say!(lang, "diff-user-added", email, roles)
        },
        |u| {
            let email = &u.email;
            say!(lang, "diff-user-removed", email)
        },
        |o, n, out| {
            let email = &n.email;
            let what = say!(lang, "diff-user-roles", email);
            let (before, after) = (
                w.roles(&o.roles, &old_labels),
                w.roles(&n.roles, &new_labels),
            );
            w.scalar_into(out, &what, &before, &after);
        },
    );
}
