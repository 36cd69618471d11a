//! How a person reads a role: "Incentives admin · Contoso Seattle (2222222)", not
//! `incentives_admin of 2222222`.

use rustc_hash::FxHashMap;

use crate::catalogue::{engine, say};
use crate::mpn::MpnId;
use crate::snapshot::{AccountSnapshot, RoleAssignment};
use crate::Lang;

/// The role's name as Partner Center shows it; an unknown name as it is written.
pub fn role_name(role: &str) -> String {
    role_name_in(role, Lang::En)
}

/// The role's name as Partner Center shows it in `lang` (`locales/<lang>/engine.ftl`); an
/// unknown name as it is.
pub fn role_name_in(role: &str, lang: Lang) -> String {
    let id = format!("role-{role}");
    match engine().has(Lang::En, &id) {
        true => engine().say(lang, &id, &[]),
        false => role.to_string(),
    }
}

/// The role's name, and for a scoped role (R5) the location it is scoped to, named as in
/// `account`: a location by its name, the PGA by its company.
pub fn role_label(role: &RoleAssignment, account: &AccountSnapshot) -> String {
    role_label_in(role, account, Lang::En)
}

/// [`role_label`] in `lang`: "Beheerder van stimuleringsregelingen · Contoso Seattle (2222222)".
pub fn role_label_in(role: &RoleAssignment, account: &AccountSnapshot, lang: Lang) -> String {
    let name = role_name_in(&role.role, lang);
    let pga = || say!(lang, "role-scope-pga", company = &account.company);
    label(role, account, name, pga, |scope| {
        let mut locations = account.locations.iter();
        locations
            .find(|l| l.mpn_id == *scope)
            .map(|l| l.name.as_str())
    })
}

/// Labels for many roles of one account, its locations looked up by MPN ID once rather than
/// searched for each role, and the roles' names and the PGA's read from the catalogue once: an
/// account of 10,000 locations and 100,000 users is read in linear time.
pub struct RoleLabels<'a> {
    account: &'a AccountSnapshot,
    lang: Lang,
    // FxHashMap: std's RandomState would bring thread-local seeding into every wasm build.
    names: FxHashMap<&'a MpnId, &'a str>,
    role_names: FxHashMap<&'static str, String>,
    pga: String,
}

impl<'a> RoleLabels<'a> {
    pub fn new(account: &'a AccountSnapshot, lang: Lang) -> Self {
        let names = account.locations.iter();
        let names = names.map(|l| (&l.mpn_id, l.name.as_str())).collect();
        let role_names = crate::KNOWN_ROLES.iter();
        let role_names = role_names
            .map(|&role| (role, role_name_in(role, lang)))
            .collect();
        Self {
            account,
            lang,
            names,
            role_names,
            pga: say!(lang, "role-scope-pga", company = &account.company),
        }
    }

    /// The same as [`role_label_in`] for this account and language.
    pub fn label(&self, role: &RoleAssignment) -> String {
        let name = match self.role_names.get(role.role.as_str()) {
            Some(name) => name.clone(),
            None => role_name_in(&role.role, self.lang),
        };
        label(
            role,
            self.account,
            name,
            || self.pga.clone(),
            |scope| self.names.get(scope).copied(),
        )
    }
}

/// `name`, and for a scoped role its place: `pga` for the PGA, else the location's name.
fn label<'a>(
    role: &RoleAssignment,
    account: &'a AccountSnapshot,
    name: String,
    pga: impl Fn() -> String,
    location_name: impl Fn(&MpnId) -> Option<&'a str>,
) -> String {
    let Some(scope) = &role.location else {
        return name;
    };
    let place = if *scope == account.global_mpn_id {
        Some(pga())
    } else {
        location_name(scope).map(str::to_string)
    };
    match place {
        Some(place) => format!("{name} · {place} ({scope})"),
        None => format!("{name} · {scope}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_snapshot;

    #[test]
    fn roles_read_as_partner_center_names_them() {
        let contoso = read_snapshot(include_str!("../../../fixtures/contoso.json")).unwrap();
        let label = |role: &str, location: Option<&str>| {
            let role = RoleAssignment {
                role: role.to_string(),
                location: location.map(Into::into),
            };
            role_label(&role, &contoso)
        };
        assert_eq!(label("account_admin", None), "Account admin");
        assert_eq!(
            label("incentives_admin", Some("2222222")),
            "Incentives admin · Contoso Seattle (2222222)"
        );
        assert_eq!(
            label("referrals_admin", Some("1111111")),
            "Referrals admin · Contoso, the PGA (1111111)"
        );
        // Not one of the account's own: the ID alone.
        assert_eq!(
            label("mpn_partner_admin", Some("9999999")),
            "MPN partner admin · 9999999"
        );
        for known in crate::KNOWN_ROLES {
            for lang in Lang::ALL {
                assert_ne!(
                    role_name_in(known, lang),
                    *known,
                    "{known} has a name in {lang}"
                );
            }
        }
        let dutch = |role: &str, location: Option<&str>| {
            let role = RoleAssignment {
                role: role.to_string(),
                location: location.map(Into::into),
            };
            role_label_in(&role, &contoso, Lang::Nl)
        };
        assert_eq!(
            dutch("incentives_admin", Some("2222222")),
            "Beheerder van stimuleringsregelingen · Contoso Seattle (2222222)"
        );
        assert_eq!(
            dutch("referrals_admin", Some("1111111")),
            "Beheerder van verwijzingen · Contoso, het wereldwijde partneraccount (1111111)"
        );
        assert_eq!(dutch("made_up_role", None), "made_up_role");
    }

    #[test]
    fn role_labels_of_an_account_read_as_each_role_alone() {
        let contoso = read_snapshot(include_str!("../../../fixtures/contoso.json")).unwrap();
        let mut roles: Vec<RoleAssignment> =
            contoso.users.iter().flat_map(|u| u.roles.clone()).collect();
        roles.push(RoleAssignment {
            role: "mpn_partner_admin".into(),
            location: Some("9999999".into()),
        });
        assert!(roles.iter().any(|r| r.location.is_some()));
        for lang in Lang::ALL {
            let labels = RoleLabels::new(&contoso, lang);
            for role in &roles {
                assert_eq!(labels.label(role), role_label_in(role, &contoso, lang));
            }
        }
    }
}
