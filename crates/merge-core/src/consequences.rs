//! What a merge costs, heaviest first: what a company loses or does not carry over, what
//! moves, and what stays where it is. Read from the plan alone, so that the initiator's
//! preview, the invitee's invitation, the report to sign and the record of an applied merge say
//! the same, in the reader's language.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::plan::MergePlan;

/// One thing a person must know before deciding. Externally tagged on the wire
/// (`{"bank_tax_profile_not_carried": {…}}`): the app reads it, and serde's reader of an
/// internally tagged enum of this many kinds is 37 KB of the app's wasm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Consequence {
    /// R15: the merged account pays to the PGA's profile; the invitee's is dropped.
    BankTaxProfileNotCarried {
        company: String,
        account_last4: String,
        payee: String,
    },
    /// A2, R16: the invitee's account admins keep managing their own tenant's users only.
    AdminsStopActing {
        company: String,
        tenant: String,
        admins: Vec<String>,
        pga_company: String,
    },
    /// R10: at the consolidated renewal the packages in force become one.
    PackagesBecomeOne {
        #[serde(with = "crate::date::iso")]
        renewal: NaiveDate,
        packages: Vec<PackageEnds>,
    },
    /// R10: from the renewal on, one Action Pack per PGA.
    ActionPacksBecomeOne {
        #[serde(with = "crate::date::iso")]
        from: NaiveDate,
    },
    CompetencyExpired {
        company: String,
        name: String,
        #[serde(with = "crate::date::iso")]
        on: NaiveDate,
    },
    ActionPackLapsed {
        company: String,
        #[serde(with = "crate::date::iso")]
        on: NaiveDate,
    },
    AzureExpertMspLapsed {
        company: String,
        #[serde(with = "crate::date::iso")]
        on: NaiveDate,
    },
    BenefitTokenExpired {
        company: String,
        id: String,
        product: String,
        #[serde(with = "crate::date::iso")]
        on: NaiveDate,
    },
    /// R9: the later anniversary stands for the merged account.
    ActionPackAnniversaryMoves {
        company: String,
        #[serde(with = "crate::date::iso")]
        from: NaiveDate,
        #[serde(with = "crate::date::iso")]
        to: NaiveDate,
    },
    /// R12: the later renewal stands.
    AzureExpertMspRenewalMoves {
        company: String,
        #[serde(with = "crate::date::iso")]
        from: NaiveDate,
        #[serde(with = "crate::date::iso")]
        to: NaiveDate,
    },
    /// R6: tenants and their CSP accounts are not merged.
    TenantStays {
        company: String,
        tenant: String,
        csp_accounts: Vec<String>,
    },
    /// R14: a benefit token never moves from the tenant it was activated on.
    TokenStays {
        company: String,
        id: String,
        product: String,
        tenant: String,
        #[serde(with = "crate::date::iso")]
        expires: NaiveDate,
    },
}

/// A company's benefits package, in force until `expires`, then part of the one package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PackageEnds {
    pub company: String,
    #[serde(with = "crate::date::iso")]
    pub expires: NaiveDate,
}

/// How heavily a consequence weighs, heaviest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    /// Lost, ended or not carried over.
    Lost,
    /// A date that moves.
    Moves,
    /// Stays where it is, as it is.
    Stays,
}

impl Consequence {
    pub fn weight(&self) -> Weight {
        match self {
            Self::BankTaxProfileNotCarried { .. }
            | Self::AdminsStopActing { .. }
            | Self::PackagesBecomeOne { .. }
            | Self::ActionPacksBecomeOne { .. }
            | Self::CompetencyExpired { .. }
            | Self::ActionPackLapsed { .. }
            | Self::AzureExpertMspLapsed { .. }
            | Self::BenefitTokenExpired { .. } => Weight::Lost,
            Self::ActionPackAnniversaryMoves { .. } | Self::AzureExpertMspRenewalMoves { .. } => {
                Weight::Moves
            }
            Self::TenantStays { .. } | Self::TokenStays { .. } => Weight::Stays,
        }
    }

    /// The company it concerns; none when it concerns both.
    pub fn company(&self) -> Option<&str> {
        match self {
            Self::PackagesBecomeOne { .. } | Self::ActionPacksBecomeOne { .. } => None,
            Self::BankTaxProfileNotCarried { company, .. }
            | Self::AdminsStopActing { company, .. }
            | Self::CompetencyExpired { company, .. }
            | Self::ActionPackLapsed { company, .. }
            | Self::AzureExpertMspLapsed { company, .. }
            | Self::BenefitTokenExpired { company, .. }
            | Self::ActionPackAnniversaryMoves { company, .. }
            | Self::AzureExpertMspRenewalMoves { company, .. }
            | Self::TenantStays { company, .. }
            | Self::TokenStays { company, .. } => Some(company),
        }
    }

    /// One sentence a person reads, in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::Nl => self.dutch(),
        }
    }

    fn english(&self) -> String {
        let en = Lang::En;
        let date = |d: &NaiveDate| en.date(*d);
        match self {
            Self::BankTaxProfileNotCarried {
                company,
                account_last4,
                payee,
            } => format!(
                "{company}'s bank and tax profile (account ending {account_last4}) is not \
                 carried over: payouts go to {payee}'s profile."
            ),
            Self::AdminsStopActing {
                company,
                tenant,
                admins,
                pga_company,
            } => format!(
                "{company}'s account {} ({}) no longer {} for the merged account and {} only \
                 the users of {tenant}; {pga_company}'s admins act for the account.",
                if admins.len() == 1 { "admin" } else { "admins" },
                en.list(admins),
                if admins.len() == 1 { "acts" } else { "act" },
                if admins.len() == 1 {
                    "manages"
                } else {
                    "manage"
                },
            ),
            Self::PackagesBecomeOne { renewal, packages } => format!(
                "Each company's benefits package stays in force until its own expiry ({}); at \
                 the consolidated renewal on {} the merged account renews as one company, with \
                 one package.",
                en.list(
                    &packages
                        .iter()
                        .map(|p| format!("{}'s until {}", p.company, date(&p.expires)))
                        .collect::<Vec<_>>()
                ),
                date(renewal)
            ),
            Self::ActionPacksBecomeOne { from } => format!(
                "Both companies have an Action Pack: from {}, the merged account keeps only one.",
                date(from)
            ),
            Self::CompetencyExpired { company, name, on } => {
                format!("{company}'s {name} competency expired on {}.", date(on))
            }
            Self::ActionPackLapsed { company, on } => format!(
                "{company}'s Action Pack anniversary {} has passed without renewal.",
                date(on)
            ),
            Self::AzureExpertMspLapsed { company, on } => format!(
                "{company}'s Azure Expert MSP renewal date {} has passed.",
                date(on)
            ),
            Self::BenefitTokenExpired {
                company,
                id,
                product,
                on,
            } => format!(
                "{company}'s benefit token {id} ({product}) expired on {}.",
                date(on)
            ),
            Self::ActionPackAnniversaryMoves { company, from, to } => format!(
                "{company}'s Action Pack anniversary moves from {} to {}.",
                date(from),
                date(to)
            ),
            Self::AzureExpertMspRenewalMoves { company, from, to } => format!(
                "{company}'s Azure Expert MSP renewal moves from {} to {}.",
                date(from),
                date(to)
            ),
            Self::TenantStays {
                company,
                tenant,
                csp_accounts,
            } => match csp_accounts.len() {
                0 => format!("Tenant {tenant} stays {company}'s, with its own users."),
                1 => format!(
                    "Tenant {tenant} stays {company}'s, with its own users and its CSP account {}: \
                     CSP customers move only by a transfer both partners approve.",
                    csp_accounts[0]
                ),
                _ => format!(
                    "Tenant {tenant} stays {company}'s, with its own users and its CSP accounts \
                     {}: CSP customers move only by a transfer both partners approve.",
                    en.list(csp_accounts)
                ),
            },
            Self::TokenStays {
                id,
                product,
                tenant,
                expires,
                ..
            } => format!(
                "Benefit token {id} ({product}) stays on tenant {tenant}; it is valid until {}.",
                date(expires)
            ),
        }
    }

    fn dutch(&self) -> String {
        let nl = Lang::Nl;
        let date = |d: &NaiveDate| nl.date(*d);
        match self {
            Self::BankTaxProfileNotCarried {
                company,
                account_last4,
                payee,
            } => format!(
                "De bank- en belastinggegevens van {company} (rekening eindigend op \
                 {account_last4}) worden niet overgenomen: uitbetalingen gaan naar het profiel \
                 van {payee}."
            ),
            Self::AdminsStopActing {
                company,
                tenant,
                admins,
                pga_company,
            } => format!(
                "{} van {company} ({}) {} niet langer op voor het samengevoegde account en {} \
                 alleen de gebruikers van {tenant}; de beheerders van {pga_company} treden op \
                 voor het account.",
                if admins.len() == 1 {
                    "De accountbeheerder"
                } else {
                    "De accountbeheerders"
                },
                nl.list(admins),
                if admins.len() == 1 {
                    "treedt"
                } else {
                    "treden"
                },
                if admins.len() == 1 {
                    "beheert"
                } else {
                    "beheren"
                },
            ),
            Self::PackagesBecomeOne { renewal, packages } => format!(
                "Het voordelenpakket van elk bedrijf blijft geldig tot de eigen vervaldatum ({}); \
                 bij de gezamenlijke verlenging op {} verlengt het samengevoegde account als één \
                 bedrijf, met één pakket.",
                nl.list(
                    &packages
                        .iter()
                        .map(|p| format!("dat van {} tot {}", p.company, date(&p.expires)))
                        .collect::<Vec<_>>()
                ),
                date(renewal)
            ),
            Self::ActionPacksBecomeOne { from } => format!(
                "Beide bedrijven hebben een Action Pack: vanaf {} houdt het samengevoegde \
                 account er maar één.",
                date(from)
            ),
            Self::CompetencyExpired { company, name, on } => format!(
                "De competentie {name} van {company} is verlopen op {}.",
                date(on)
            ),
            Self::ActionPackLapsed { company, on } => format!(
                "De jubileumdatum van het Action Pack van {company} ({}) is verstreken zonder \
                 verlenging.",
                date(on)
            ),
            Self::AzureExpertMspLapsed { company, on } => format!(
                "De verlengingsdatum van Azure Expert MSP van {company} ({}) is verstreken.",
                date(on)
            ),
            Self::BenefitTokenExpired {
                company,
                id,
                product,
                on,
            } => format!(
                "Voordeeltoken {id} ({product}) van {company} is verlopen op {}.",
                date(on)
            ),
            Self::ActionPackAnniversaryMoves { company, from, to } => format!(
                "De jubileumdatum van het Action Pack van {company} verschuift van {} naar {}.",
                date(from),
                date(to)
            ),
            Self::AzureExpertMspRenewalMoves { company, from, to } => format!(
                "De verlenging van Azure Expert MSP van {company} verschuift van {} naar {}.",
                date(from),
                date(to)
            ),
            Self::TenantStays {
                company,
                tenant,
                csp_accounts,
            } => match csp_accounts.len() {
                0 => format!("Tenant {tenant} blijft van {company}, met zijn eigen gebruikers."),
                1 => format!(
                    "Tenant {tenant} blijft van {company}, met zijn eigen gebruikers en zijn \
                     CSP-account {}: CSP-klanten gaan alleen over via een overdracht die beide \
                     partners goedkeuren.",
                    csp_accounts[0]
                ),
                _ => format!(
                    "Tenant {tenant} blijft van {company}, met zijn eigen gebruikers en zijn \
                     CSP-accounts {}: CSP-klanten gaan alleen over via een overdracht die beide \
                     partners goedkeuren.",
                    nl.list(csp_accounts)
                ),
            },
            Self::TokenStays {
                id,
                product,
                tenant,
                expires,
                ..
            } => format!(
                "Voordeeltoken {id} ({product}) blijft op tenant {tenant}; het is geldig tot {}.",
                date(expires)
            ),
        }
    }
}

impl MergePlan {
    /// What this merge costs, heaviest first ([`Weight`]): lost, then moves, then stays; in
    /// each weight, the invitee's before the initiator's, as the plan lists them.
    pub fn consequences(&self) -> Vec<Consequence> {
        let mut list = Vec::new();
        self.losses(&mut list);
        self.expiries(&mut list);
        self.moves(&mut list);
        self.what_stays(&mut list);
        // Stable: the order within a weight is the order written above.
        list.sort_by_key(Consequence::weight);
        list
    }

    /// The company whose tenant `domain` is, as the plan lists tenants.
    fn company_of_tenant(&self, domain: &str) -> String {
        self.role_management
            .iter()
            .find(|t| t.tenant.eq_ignore_ascii_case(domain))
            .map_or_else(|| self.result.company.clone(), |t| t.company.clone())
    }

    fn losses(&self, list: &mut Vec<Consequence>) {
        let pga_company = &self.initiator.company;
        if let Some(dropped) = &self.not_merged.bank_tax_profile {
            list.push(Consequence::BankTaxProfileNotCarried {
                company: dropped.company.clone(),
                account_last4: dropped.profile.bank_account_last4.clone(),
                payee: pga_company.clone(),
            });
        }
        // A2: only the PGA's own tenants' admins act for the merged account.
        for tenant in self
            .role_management
            .iter()
            .filter(|t| t.company == self.invitee.company && !t.admins.is_empty())
        {
            list.push(Consequence::AdminsStopActing {
                company: tenant.company.clone(),
                tenant: tenant.tenant.clone(),
                admins: tenant.admins.clone(),
                pga_company: pga_company.clone(),
            });
        }
        if let (Some(renewal), true) = (self.renewal.date, self.benefit_packages.len() > 1) {
            list.push(Consequence::PackagesBecomeOne {
                renewal,
                packages: self
                    .benefit_packages
                    .iter()
                    .map(|p| PackageEnds {
                        company: p.company.clone(),
                        expires: p.expires,
                    })
                    .collect(),
            });
        }
        let both_packs = self.initiator.action_pack_anniversary.is_some()
            && self.invitee.action_pack_anniversary.is_some();
        if let (true, Some(from)) = (
            both_packs,
            self.renewal.date.or(self.renewal.action_pack_anniversary),
        ) {
            list.push(Consequence::ActionPacksBecomeOne { from });
        }
    }

    /// Whatever had expired or lapsed on the plan's day.
    fn expiries(&self, list: &mut Vec<Consequence>) {
        let as_of = self.as_of;
        for package in &self.benefit_packages {
            for competency in package.competencies.iter().filter(|c| c.expires < as_of) {
                list.push(Consequence::CompetencyExpired {
                    company: package.company.clone(),
                    name: competency.name.clone(),
                    on: competency.expires,
                });
            }
        }
        for party in [&self.invitee, &self.initiator] {
            if let Some(on) = party.action_pack_anniversary.filter(|d| *d < as_of) {
                list.push(Consequence::ActionPackLapsed {
                    company: party.company.clone(),
                    on,
                });
            }
            if let Some(on) = party.azure_expert_msp_renewal.filter(|d| *d < as_of) {
                list.push(Consequence::AzureExpertMspLapsed {
                    company: party.company.clone(),
                    on,
                });
            }
        }
        for token in self
            .result
            .benefit_tokens
            .iter()
            .filter(|t| t.expires() < as_of)
        {
            list.push(Consequence::BenefitTokenExpired {
                company: self.company_of_tenant(&token.tenant),
                id: token.id.clone(),
                product: token.product.clone(),
                on: token.expires(),
            });
        }
    }

    /// R9, R12: each side whose own date is not the one the merged account keeps.
    fn moves(&self, list: &mut Vec<Consequence>) {
        for party in [&self.invitee, &self.initiator] {
            if let (Some(from), Some(to)) = (
                party.action_pack_anniversary,
                self.renewal.action_pack_anniversary,
            ) {
                if from != to {
                    list.push(Consequence::ActionPackAnniversaryMoves {
                        company: party.company.clone(),
                        from,
                        to,
                    });
                }
            }
            if let (Some(from), Some(to)) = (
                party.azure_expert_msp_renewal,
                self.renewal.azure_expert_msp_renewal,
            ) {
                if from != to {
                    list.push(Consequence::AzureExpertMspRenewalMoves {
                        company: party.company.clone(),
                        from,
                        to,
                    });
                }
            }
        }
    }

    fn what_stays(&self, list: &mut Vec<Consequence>) {
        for tenant in &self.not_merged.tenants {
            list.push(Consequence::TenantStays {
                company: tenant.company.clone(),
                tenant: tenant.domain.clone(),
                csp_accounts: tenant.csp_accounts.clone(),
            });
        }
        for token in &self.not_merged.benefit_tokens {
            list.push(Consequence::TokenStays {
                company: self.company_of_tenant(&token.tenant),
                id: token.id.clone(),
                product: token.product.clone(),
                tenant: token.tenant.clone(),
                expires: token.expires,
            });
        }
    }
}
