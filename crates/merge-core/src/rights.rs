//! Who gains which rights (R23, A3): for each tenant of the merged account, each of its people
//! who hold an account-wide role, what the merge gives them: whether they act for the merged
//! account, whose users they manage (R16), and what of the other company they come to see.
//! A function of the plan and of the deployment's reading of admin rights.

use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::lang::Lang;
use crate::plan::MergePlan;
use crate::snapshot::{AccountSnapshot, User, ACCOUNT_ADMIN};

/// Which admins act for a merged account: a setting per deployment (A3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AdminReading {
    /// A2: only the account admins of the PGA's own tenants (the initiator's).
    #[default]
    OwnTenants,
    /// Microsoft's current page: the account admins of both companies' tenants.
    BothTenants,
}

impl AdminReading {
    /// As the setting and the JSON write it: `own_tenants` or `both_tenants`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OwnTenants => "own_tenants",
            Self::BothTenants => "both_tenants",
        }
    }

    /// The reading `text` names, if any.
    pub fn parse(text: &str) -> Option<Self> {
        [Self::OwnTenants, Self::BothTenants]
            .into_iter()
            .find(|r| r.as_str() == text)
    }
}

/// What of the other company a person comes to see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sight {
    Locations,
    Referrals,
    Incentives,
}

/// The rights section of a preview and a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RightsAfterMerge {
    pub reading: AdminReading,
    /// The PGA's company, whose own tenants' admins act under A2.
    pub initiator: String,
    pub invitee: String,
    /// Every tenant of the merged account, the initiator's first.
    pub tenants: Vec<TenantRights>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TenantRights {
    pub tenant: String,
    pub company: String,
    /// The company whose locations, referrals and incentives these people may come to see.
    pub other_company: String,
    /// Each user of the tenant with an account-wide role that reaches across the merged
    /// account; users with location-scoped roles only keep their location (R5).
    pub people: Vec<PersonRights>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonRights {
    pub email: String,
    /// Their account-wide roles, which after the merge cover the whole merged account (R5).
    pub account_wide_roles: Vec<String>,
    /// Invite, answer, preview, confirm and cancel merges, and administer the merged
    /// account (R23 under the deployment's reading, A3).
    pub acts_for_merged_account: bool,
    /// An account admin's own tenant, whose users alone they manage (R16).
    pub manages_users_of: Option<String>,
    /// What of `other_company` they come to see; empty when nothing.
    pub gains_sight_of: Vec<Sight>,
}

/// Account-wide roles that reach across the merged account, and what each lets one see.
const SIGHT_BY_ROLE: &[(&str, Sight)] = &[
    ("mpn_partner_admin", Sight::Locations),
    ("referrals_admin", Sight::Referrals),
    ("incentives_admin", Sight::Incentives),
    ("incentives_user", Sight::Incentives),
];

impl MergePlan {
    /// Who gains which rights once this plan is applied, under `reading` (R23, A3).
    /// `absorbed` are the accounts an earlier merge brought into the initiator's, as for
    /// [`crate::acts_for`]: under A2 their tenants' admins do not act for the account either.
    pub fn rights(&self, reading: AdminReading, absorbed: &[AccountSnapshot]) -> RightsAfterMerge {
        let (initiator, invitee) = (&self.initiator.company, &self.invitee.company);
        let tenants = self
            .role_management
            .iter()
            .map(|managed| {
                let ours = managed.company == *initiator
                    && !absorbed.iter().any(|a| a.has_tenant(&managed.tenant));
                let acts = ours || reading == AdminReading::BothTenants;
                let people = self
                    .result
                    .users
                    .iter()
                    // Domains are ASCII (validation): no Unicode case tables needed.
                    .filter(|u| {
                        u.domain()
                            .is_some_and(|d| d.eq_ignore_ascii_case(&managed.tenant))
                    })
                    .filter_map(|u| person(u, acts, &managed.tenant))
                    .collect();
                TenantRights {
                    tenant: managed.tenant.clone(),
                    company: managed.company.clone(),
                    other_company: if ours { invitee } else { initiator }.clone(),
                    people,
                }
            })
            .collect();
        RightsAfterMerge {
            reading,
            initiator: initiator.clone(),
            invitee: invitee.clone(),
            tenants,
        }
    }
}

/// `user`'s rights, if an account-wide role reaches across the merged account. `acts`: whether
/// the account admins of the user's tenant act for the merged account.
fn person(user: &User, acts: bool, tenant: &str) -> Option<PersonRights> {
    let wide: Vec<&str> = user
        .roles
        .iter()
        .filter(|r| r.location.is_none())
        .map(|r| r.role.as_str())
        .filter(|role| *role == ACCOUNT_ADMIN || SIGHT_BY_ROLE.iter().any(|(r, _)| r == role))
        .collect();
    if wide.is_empty() {
        return None;
    }
    let admin = wide.contains(&ACCOUNT_ADMIN);
    let mut sight: Vec<Sight> = SIGHT_BY_ROLE
        .iter()
        .filter(|(role, _)| wide.contains(role))
        .map(|(_, sight)| *sight)
        .collect();
    if admin && acts {
        sight.extend([Sight::Locations, Sight::Referrals, Sight::Incentives]);
    }
    sight.sort();
    sight.dedup();
    Some(PersonRights {
        email: user.email.clone(),
        account_wide_roles: wide.iter().map(|r| r.to_string()).collect(),
        acts_for_merged_account: admin && acts,
        manages_users_of: admin.then(|| tenant.to_string()),
        gains_sight_of: sight,
    })
}

impl RightsAfterMerge {
    /// The section in `lang`: which reading applies, then per tenant each person's rights.
    pub fn describe_in(&self, lang: Lang) -> Vec<String> {
        let mut lines = vec![self.reading_in(lang)];
        lines.extend(self.tenants.iter().flat_map(|t| t.describe_in(lang)));
        lines
    }

    /// Which reading of admin rights applies, in one sentence: the section's first.
    pub fn reading_in(&self, lang: Lang) -> String {
        let (initiator, invitee) = (&self.initiator, &self.invitee);
        match self.reading {
            AdminReading::OwnTenants => {
                say!(lang, "rights-reading-own-tenants", initiator, invitee)
            }
            AdminReading::BothTenants => say!(lang, "rights-reading-both-tenants"),
        }
    }
}

impl TenantRights {
    /// The tenant as its part of the section is headed: "Microsoft Entra tenant contoso.com
    /// (Contoso)".
    pub fn title_in(&self, lang: Lang) -> String {
        let (tenant, company) = (&self.tenant, &self.company);
        say!(lang, "rights-tenant", tenant, company)
    }

    /// What a screen lists under the tenant's title: each person's rights, or one line saying
    /// that nobody of the tenant holds a role across the whole merged account.
    pub fn lines_in(&self, lang: Lang) -> Vec<String> {
        let lines = self.describe_in(lang);
        if !lines.is_empty() {
            return lines;
        }
        let tenant = &self.tenant;
        vec![say!(lang, "rights-nobody", tenant)]
    }

    /// Each of the tenant's people's rights in `lang`, person by person.
    pub fn describe_in(&self, lang: Lang) -> Vec<String> {
        let (tenant, company) = (&self.tenant, &self.other_company);
        let mut lines = Vec::new();
        for p in &self.people {
            let email = &p.email;
            if let Some(acting) = p.acting_in(tenant, lang) {
                lines.push(acting);
                lines.push(say!(lang, "rights-manages-own", email, tenant));
            }
            lines.push(match p.gains_sight_of.as_slice() {
                [] => say!(lang, "rights-no-sight", email, tenant, company),
                sights => {
                    let words: Vec<String> = sights.iter().map(|s| s.word(lang)).collect();
                    let what = and_list(lang, &words);
                    say!(lang, "rights-gains-sight", email, tenant, company, what)
                }
            });
        }
        lines
    }
}

impl PersonRights {
    /// For an account admin of `tenant`: whether they act for the merged account, in `lang`.
    pub fn acting_in(&self, tenant: &str, lang: Lang) -> Option<String> {
        self.manages_users_of.as_ref()?;
        let email = &self.email;
        Some(match self.acts_for_merged_account {
            true => say!(lang, "rights-acts", email, tenant),
            false => say!(lang, "rights-does-not-act", email, tenant),
        })
    }
}

impl Sight {
    fn word(self, lang: Lang) -> String {
        match self {
            Self::Locations => say!(lang, "rights-sight-locations"),
            Self::Referrals => say!(lang, "rights-sight-referrals"),
            Self::Incentives => say!(lang, "rights-sight-incentives"),
        }
    }
}

/// `a`, `a and b`, `a, b and c` in `lang`.
fn and_list(lang: Lang, words: &[String]) -> String {
    match words {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => say!(lang, "list-and", first = init.join(", "), last),
    }
}
