//! What a merge costs, heaviest first: what a company loses or does not carry over, what
//! moves, and what stays where it is. Read from the plan alone, so that the initiator's
//! preview, the invitee's invitation, the report to sign and the record of an applied merge say
//! the same, in the reader's language.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::lang::Lang;
use crate::plan::{MergePlan, ProgramItem};
use crate::rights::AdminReading;

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
    /// R18-R21: a company's designations, specializations and purchases stay as it earned them
    /// until their anniversaries, then each is renewed for the merged account as one company.
    ProgramUntilAnniversaries {
        company: String,
        count: u64,
        #[serde(with = "crate::date::iso")]
        first: NaiveDate,
        #[serde(with = "crate::date::iso")]
        last: NaiveDate,
        merged: String,
    },
    /// R20: both companies bought an entry offer; from the later anniversary on, one.
    EntryOffersBecomeOne {
        #[serde(with = "crate::date::iso")]
        from: NaiveDate,
    },
    /// A designation, specialization or purchase whose anniversary passed before the plan's day.
    ProgramAnniversaryPassed {
        company: String,
        item: ProgramItem,
        #[serde(with = "crate::date::iso")]
        on: NaiveDate,
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
            | Self::BenefitTokenExpired { .. }
            | Self::ProgramUntilAnniversaries { .. }
            | Self::EntryOffersBecomeOne { .. }
            | Self::ProgramAnniversaryPassed { .. } => Weight::Lost,
            Self::ActionPackAnniversaryMoves { .. } | Self::AzureExpertMspRenewalMoves { .. } => {
                Weight::Moves
            }
            Self::TenantStays { .. } | Self::TokenStays { .. } => Weight::Stays,
        }
    }

    /// The company it concerns; none when it concerns both.
    pub fn company(&self) -> Option<&str> {
        match self {
            Self::PackagesBecomeOne { .. }
            | Self::ActionPacksBecomeOne { .. }
            | Self::EntryOffersBecomeOne { .. } => None,
            Self::BankTaxProfileNotCarried { company, .. }
            | Self::AdminsStopActing { company, .. }
            | Self::CompetencyExpired { company, .. }
            | Self::ActionPackLapsed { company, .. }
            | Self::AzureExpertMspLapsed { company, .. }
            | Self::BenefitTokenExpired { company, .. }
            | Self::ActionPackAnniversaryMoves { company, .. }
            | Self::AzureExpertMspRenewalMoves { company, .. }
            | Self::TenantStays { company, .. }
            | Self::TokenStays { company, .. }
            | Self::ProgramUntilAnniversaries { company, .. }
            | Self::ProgramAnniversaryPassed { company, .. } => Some(company),
        }
    }

    /// One sentence a person reads, in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        let date = |d: &NaiveDate| lang.date(*d);
        match self {
            Self::BankTaxProfileNotCarried {
                company,
                account_last4: last4,
                payee,
            } => say!(
                lang,
                "consequence-bank-tax-not-carried",
                company,
                last4,
                payee
            ),
            Self::AdminsStopActing {
                company,
                tenant,
                admins,
                pga_company,
            } => say!(
                lang,
                "consequence-admins-stop-acting",
                count = admins.len(),
                company,
                admins = lang.list(admins),
                tenant,
                pga_company
            ),
            Self::PackagesBecomeOne { renewal, packages } => {
                let packages: Vec<String> = packages
                    .iter()
                    .map(|p| {
                        let (company, date) = (&p.company, date(&p.expires));
                        say!(lang, "consequence-package-until", company, date)
                    })
                    .collect();
                say!(
                    lang,
                    "consequence-packages-become-one",
                    renewal = date(renewal),
                    packages = lang.list(&packages)
                )
            }
            Self::ActionPacksBecomeOne { from } => {
                say!(
                    lang,
                    "consequence-action-packs-become-one",
                    from = date(from)
                )
            }
            Self::CompetencyExpired { .. }
            | Self::ActionPackLapsed { .. }
            | Self::AzureExpertMspLapsed { .. }
            | Self::BenefitTokenExpired { .. }
            | Self::ActionPackAnniversaryMoves { .. }
            | Self::AzureExpertMspRenewalMoves { .. }
            | Self::TenantStays { .. }
            | Self::TokenStays { .. } => self.dated_in(lang),
            Self::ProgramUntilAnniversaries { .. }
            | Self::EntryOffersBecomeOne { .. }
            | Self::ProgramAnniversaryPassed { .. } => self.program_in(lang),
        }
    }

    /// [`Consequence::describe_in`] of today's program (R18-R21).
    fn program_in(&self, lang: Lang) -> String {
        let date = |d: &NaiveDate| lang.date(*d);
        match self {
            Self::ProgramUntilAnniversaries {
                company,
                count,
                first,
                last,
                merged,
            } => say!(
                lang,
                "consequence-program-until-anniversaries",
                count = *count,
                company,
                first = date(first),
                last = date(last),
                merged
            ),
            Self::EntryOffersBecomeOne { from } => {
                say!(
                    lang,
                    "consequence-entry-offers-become-one",
                    from = date(from)
                )
            }
            // Reads as the warning before confirming does.
            Self::ProgramAnniversaryPassed { company, item, on } => {
                let date = date(on);
                match item {
                    ProgramItem::Designation { area } => {
                        let area = area.name_in(lang);
                        say!(lang, "warning-designation-passed", company, area, date)
                    }
                    ProgramItem::Specialization { name, .. } => {
                        say!(lang, "warning-specialization-passed", company, name, date)
                    }
                    ProgramItem::Purchase { offer } => {
                        let offer = offer.name_in(lang);
                        say!(lang, "warning-purchase-passed", company, offer, date)
                    }
                }
            }
            _ => unreachable!("program_in reads today's program"),
        }
    }

    /// [`Consequence::describe_in`] of what expired, moves or stays.
    fn dated_in(&self, lang: Lang) -> String {
        let date = |d: &NaiveDate| lang.date(*d);
        match self {
            // Expiries read as the warnings before confirming do.
            Self::CompetencyExpired { company, name, on } => {
                say!(
                    lang,
                    "warning-competency-expired",
                    company,
                    name,
                    date = date(on)
                )
            }
            Self::ActionPackLapsed { company, on } => {
                say!(lang, "warning-action-pack-lapsed", company, date = date(on))
            }
            Self::AzureExpertMspLapsed { company, on } => {
                say!(
                    lang,
                    "warning-azure-expert-msp-lapsed",
                    company,
                    date = date(on)
                )
            }
            Self::BenefitTokenExpired {
                company,
                id,
                product,
                on,
            } => say!(
                lang,
                "warning-benefit-token-expired",
                company,
                id,
                product,
                date = date(on)
            ),
            Self::ActionPackAnniversaryMoves { company, from, to } => say!(
                lang,
                "consequence-action-pack-moves",
                company,
                from = date(from),
                to = date(to)
            ),
            Self::AzureExpertMspRenewalMoves { company, from, to } => say!(
                lang,
                "consequence-msp-renewal-moves",
                company,
                from = date(from),
                to = date(to)
            ),
            Self::TenantStays {
                company,
                tenant,
                csp_accounts,
            } => match csp_accounts.len() {
                0 => say!(lang, "consequence-tenant-stays", tenant, company),
                count => say!(
                    lang,
                    "consequence-tenant-stays-csp",
                    count,
                    tenant,
                    company,
                    csp = lang.list(csp_accounts)
                ),
            },
            Self::TokenStays {
                id,
                product,
                tenant,
                expires,
                ..
            } => say!(
                lang,
                "consequence-token-stays",
                id,
                product,
                tenant,
                expires = date(expires)
            ),
            _ => unreachable!("describe_in reads what is lost"),
        }
    }
}

impl MergePlan {
    /// What this merge costs, heaviest first ([`Weight`]): lost, then moves, then stays; in
    /// each weight, the invitee's before the initiator's, as the plan lists them.
    pub fn consequences(&self) -> Vec<Consequence> {
        self.consequences_under(AdminReading::OwnTenants)
    }

    /// [`MergePlan::consequences`] under the deployment's reading of admin rights (A3): under
    /// Microsoft's, the invitee's admins do not stop acting for the account.
    pub fn consequences_under(&self, reading: AdminReading) -> Vec<Consequence> {
        let mut list = Vec::new();
        self.losses(&mut list, reading);
        self.program_losses(&mut list);
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

    fn losses(&self, list: &mut Vec<Consequence>, reading: AdminReading) {
        let pga_company = &self.initiator.company;
        if let Some(dropped) = &self.not_merged.bank_tax_profile {
            list.push(Consequence::BankTaxProfileNotCarried {
                company: dropped.company.clone(),
                account_last4: dropped.profile.bank_account_last4.clone(),
                payee: pga_company.clone(),
            });
        }
        // A2: only the PGA's own tenants' admins act for the merged account.
        let stop_acting = reading == AdminReading::OwnTenants;
        for tenant in self
            .role_management
            .iter()
            .filter(|t| stop_acting && t.company == self.invitee.company && !t.admins.is_empty())
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

    /// R18-R21: per company, the invitee's first, its program until the anniversaries; then
    /// the entry offers that become one; then what had passed its anniversary on the plan's day.
    fn program_losses(&self, list: &mut Vec<Consequence>) {
        let Some(program) = &self.program else {
            return;
        };
        let merged = &self.result.company;
        let mut companies: Vec<&str> = program
            .timeline
            .iter()
            .map(|e| e.company.as_str())
            .collect();
        companies.sort_by_key(|c| *c != self.invitee.company);
        companies.dedup();
        for company in companies {
            let dates: Vec<NaiveDate> = program
                .timeline
                .iter()
                .filter(|e| e.company == company)
                .map(|e| e.date)
                .collect();
            if let (Some(&first), Some(&last)) = (dates.first(), dates.last()) {
                list.push(Consequence::ProgramUntilAnniversaries {
                    company: company.to_string(),
                    count: dates.len() as u64,
                    first,
                    last,
                    merged: merged.clone(),
                });
            }
        }
        let purchases = &self.result.purchases;
        let buyers: std::collections::BTreeSet<&Option<String>> =
            purchases.iter().map(|p| &p.held_by).collect();
        if buyers.len() > 1 {
            if let Some(from) = purchases.iter().map(|p| p.anniversary).max() {
                list.push(Consequence::EntryOffersBecomeOne { from });
            }
        }
        for entry in program.timeline.iter().filter(|e| e.date < self.as_of) {
            list.push(Consequence::ProgramAnniversaryPassed {
                company: entry.company.clone(),
                item: entry.item.clone(),
                on: entry.date,
            });
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
