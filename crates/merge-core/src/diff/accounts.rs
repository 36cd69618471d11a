//! The merged account's locations (R2-R4), tenants (R6) and users with their roles (R5).

use super::{Diff, DiffArea};
use crate::plan::MergePlan;
use crate::role_label::RoleLabels;
use crate::snapshot::Location;
use crate::Lang;

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
                    say!(
                        lang,
                        "location {mpn} ({name}) was added to {company}",
                        "locatie {mpn} ({name}) is toegevoegd aan {company}"
                    )
                }
                None => say!(
                    lang,
                    "location {mpn} ({name}) was added",
                    "locatie {mpn} ({name}) is toegevoegd"
                ),
            }
        },
        |l| {
            let (mpn, name) = (&l.mpn_id, &l.name);
            say!(
                lang,
                "location {mpn} ({name}) was removed",
                "locatie {mpn} ({name}) is verwijderd"
            )
        },
        |o, n, out| {
            let mpn = &n.mpn_id;
            let what = say!(lang, "location {mpn}'s name", "de naam van locatie {mpn}");
            w.scalar_into(out, &what, &o.name, &n.name);
            let what = say!(
                lang,
                "location {mpn}'s country",
                "het land van locatie {mpn}"
            );
            w.scalar_into(out, &what, &w.shown(&o.country), &w.shown(&n.country));
            let origin = |l: &Location| {
                w.shown(&l.origin.as_ref().map(|o| {
                    let company = &o.company;
                    match o.was_pga {
                        true => say!(
                            lang,
                            "{company} (its PGA)",
                            "{company} (het wereldwijde partneraccount)"
                        ),
                        false => company.to_string(),
                    }
                }))
            };
            let what = say!(
                lang,
                "location {mpn}'s origin",
                "de herkomst van locatie {mpn}"
            );
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
            say!(
                lang,
                "tenant {domain} was added to {company}",
                "tenant {domain} is toegevoegd aan {company}"
            )
        },
        |t| {
            let (domain, company) = (&t.domain, &t.company);
            say!(
                lang,
                "tenant {domain} of {company} was removed",
                "tenant {domain} van {company} is verwijderd"
            )
        },
        |o, n, out| {
            let domain = &n.domain;
            let what = say!(
                lang,
                "tenant {domain}'s CSP accounts",
                "de CSP-accounts van tenant {domain}"
            );
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
            say!(
                lang,
                "user {email} was added with roles {roles}",
                "gebruiker {email} is toegevoegd met de rollen {roles}"
            )
        },
        |u| {
            let email = &u.email;
            say!(
                lang,
                "user {email} was removed",
                "gebruiker {email} is verwijderd"
            )
        },
        |o, n, out| {
            let email = &n.email;
            let what = say!(lang, "{email}'s roles", "de rollen van {email}");
            let (before, after) = (
                w.roles(&o.roles, &old_labels),
                w.roles(&n.roles, &new_labels),
            );
            w.scalar_into(out, &what, &before, &after);
        },
    );
}
