//! Benefits until and after renewal (R8-R10, R12), the post-merge checklist (R15, R16) and
//! the warnings shown before confirming.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::lang::{Lang, Wording};
use crate::snapshot::{AccountSnapshot, CompetencyLevel, CoreLevel};

use super::{MergePlan, PLAN_FORMAT_V2};
use crate::program::holder;

/// The merged account at its consolidated renewal (R10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RenewalProjection {
    /// The latest expiry among the packages in force; None when neither company has one.
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::date::IsoDate>"))]
    #[serde(default, with = "crate::date::optional")]
    pub date: Option<NaiveDate>,
    /// One package of core benefits at the highest attainment.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub core_level: Option<CoreLevel>,
    /// Every competency, retained at its highest level.
    pub competencies: Vec<RetainedCompetency>,
    /// R9: the later anniversary. From renewal on, one Action Pack per PGA.
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::date::IsoDate>"))]
    #[serde(default, with = "crate::date::optional")]
    pub action_pack_anniversary: Option<NaiveDate>,
    /// R12: MSP benefits are kept until this renewal.
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::date::IsoDate>"))]
    #[serde(default, with = "crate::date::optional")]
    pub azure_expert_msp_renewal: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RetainedCompetency {
    pub name: String,
    pub level: CompetencyLevel,
}

pub(super) fn project_renewal(merged: &AccountSnapshot) -> RenewalProjection {
    let packages = &merged.benefit_packages;
    RenewalProjection {
        date: packages.iter().map(|p| p.expires).max(),
        core_level: packages.iter().map(|p| p.core_level).max(),
        competencies: merged
            .competencies
            .iter()
            .map(|c| RetainedCompetency {
                name: c.name.clone(),
                level: c.level,
            })
            .collect(),
        action_pack_anniversary: merged.action_pack.as_ref().map(|a| a.anniversary),
        azure_expert_msp_renewal: merged.azure_expert_msp.as_ref().map(|m| m.renewal),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub item: ChecklistKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChecklistKind {
    /// R15.
    VerifyBankAndTax,
    /// R16.
    ReviewTenantAdmins,
    /// R10.
    PrepareRenewal,
    /// R17.
    ConsiderReissuingUsers,
    /// R21 (version 2 plans).
    PrepareProgramRenewals,
    /// R24 (version 2 plans): CSP customers move only by a partner-to-partner transfer.
    TransferCspCustomers,
    /// R24 (version 2 plans): each CSP tenant stays mapped to one location.
    KeepCspTenantMapping,
    /// R24 (version 2 plans): linking the absorbed Microsoft Entra tenant, the alternative
    /// to re-issuing its users (R17).
    LinkAbsorbedTenant,
}

/// The plan's checklist, from the plan without it. Plans store the list as
/// [`Wording::Stored`], in the English written here (a format: a changed byte would change
/// every stored plan's fingerprint); a reader reads it in their language. A version 1 plan's
/// list is what it always was; a version 2 plan's adds today's program and CSP (R21, R24).
pub(crate) fn checklist(plan: &MergePlan, wording: Wording) -> Vec<ChecklistItem> {
    let (merged, invitee_company) = (&plan.result, plan.invitee.company.as_str());
    let renewal = &plan.renewal;
    let item = |item, text| ChecklistItem { item, text };
    let company = &merged.company;
    let profile = merged.bank_tax_profile.as_ref();
    let verify = match (wording, profile) {
        (Wording::Stored, Some(p)) => format!(
            "Verify bank and tax information: the merged account uses {company}'s profile \
             (account ending {} with tax ID country {}); {invitee_company}'s profile is not \
             carried over.",
            p.bank_account_last4, p.tax_id_country
        ),
        (Wording::Stored, None) => format!(
            "Verify bank and tax information: the merged account uses {company}'s profile \
             (no bank or tax profile yet); {invitee_company}'s profile is not carried over."
        ),
        (Wording::Reader(lang), profile) => {
            let profile = match profile {
                Some(p) => say!(
                    lang,
                    "checklist-profile",
                    last4 = &p.bank_account_last4,
                    country = &p.tax_id_country
                ),
                None => say!(lang, "checklist-no-profile"),
            };
            say!(
                lang,
                "checklist-verify-bank-tax",
                company,
                profile,
                invitee_company
            )
        }
    };
    let review = match wording {
        Wording::Stored => "Review user roles: admins of each tenant manage roles only for their \
                            own tenant's users; invite an admin as a guest to manage another \
                            tenant's users."
            .to_string(),
        Wording::Reader(lang) => say!(lang, "checklist-review-roles"),
    };
    let mut list = vec![
        item(ChecklistKind::VerifyBankAndTax, verify),
        item(ChecklistKind::ReviewTenantAdmins, review),
    ];
    if let Some(date) = renewal.date {
        let text = match wording {
            Wording::Stored => format!(
                "Prepare the consolidated renewal on {date}: one benefits package, every \
                 competency retained, at most one Action Pack."
            ),
            Wording::Reader(lang) => {
                say!(lang, "checklist-prepare-renewal", date = lang.date(date))
            }
        };
        list.push(item(ChecklistKind::PrepareRenewal, text));
    }
    if plan.format_version >= PLAN_FORMAT_V2 {
        list.extend(
            today_checklist(plan, wording)
                .into_iter()
                .map(|(kind, text)| item(kind, text)),
        );
    }
    let reissue = match wording {
        Wording::Stored => format!(
            "Optional: re-issue {invitee_company}'s users as users of {company}'s tenant; their \
             old tenant then keeps no access."
        ),
        Wording::Reader(lang) => say!(lang, "checklist-reissue", invitee_company, company),
    };
    list.push(item(ChecklistKind::ConsiderReissuingUsers, reissue));
    list
}

/// A version 2 plan's checklist items after R15, R16 and R10's: the program renewals (R21),
/// then what Partner Center leaves outside the merge: CSP customers and tenants (R24).
fn today_checklist(plan: &MergePlan, wording: Wording) -> Vec<(ChecklistKind, String)> {
    let company = &plan.result.company;
    let mut list = Vec::new();
    if let Some(program) = &plan.program {
        let date = wording.date(program.one_company_from);
        let text = match wording {
            Wording::Stored => format!(
                "Prepare the program renewals: each designation, specialization and purchase \
                 stays until its own anniversary, then {company} is evaluated as one company; \
                 the last anniversary is {date}."
            ),
            Wording::Reader(lang) => {
                say!(lang, "checklist-prepare-program-renewals", company, date)
            }
        };
        list.push((ChecklistKind::PrepareProgramRenewals, text));
    }
    let csp_tenants: Vec<&str> = plan
        .not_merged
        .tenants
        .iter()
        .filter(|t| !t.csp_accounts.is_empty())
        .map(|t| t.domain.as_str())
        .collect();
    if !csp_tenants.is_empty() {
        let transfer = match wording {
            Wording::Stored => "CSP customers do not move with the merge: a customer moves to \
                                another partner only by a partner-to-partner transfer that both \
                                partners approve."
                .to_string(),
            Wording::Reader(lang) => say!(lang, "checklist-csp-transfer"),
        };
        list.push((ChecklistKind::TransferCspCustomers, transfer));
        let tenants = csp_tenants.join(", ");
        let mapping = match wording {
            Wording::Stored => format!(
                "Check each CSP tenant's location: a CSP tenant stays mapped to one location of \
                 the merged account ({tenants})."
            ),
            Wording::Reader(lang) => say!(lang, "checklist-csp-tenant-location", tenants),
        };
        list.push((ChecklistKind::KeepCspTenantMapping, mapping));
    }
    let invitee = plan.invitee.company.as_str();
    let absorbed: Vec<&str> = plan
        .not_merged
        .tenants
        .iter()
        .filter(|t| t.company == invitee)
        .map(|t| t.domain.as_str())
        .collect();
    let (count, tenants) = (absorbed.len(), absorbed.join(", "));
    let link = match (wording, count) {
        (Wording::Stored, 1) => format!(
            "Instead of re-issuing users: a Global admin of the Microsoft Entra tenant {tenants} \
             can link it to {company}'s account in Account settings > Tenants."
        ),
        (Wording::Stored, _) => format!(
            "Instead of re-issuing users: a Global admin of each Microsoft Entra tenant \
             ({tenants}) can link it to {company}'s account in Account settings > Tenants."
        ),
        (Wording::Reader(lang), _) => say!(lang, "checklist-link-tenant", count, tenants, company),
    };
    list.push((ChecklistKind::LinkAbsorbedTenant, link));
    list
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Warning {
    pub kind: WarningKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// R15.
    Irreversible,
    CompetencyExpired,
    ActionPackLapsed,
    AzureExpertMspLapsed,
    BenefitTokenExpired,
    /// R18-R20: a designation, specialization or purchase whose anniversary has passed.
    ProgramAnniversaryPassed,
}

/// The irreversibility warning, then anything already expired on `as_of`. Plans store them
/// as [`Wording::Stored`], in the English written here (a format, like the checklist's).
pub(crate) fn warnings(
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
    as_of: NaiveDate,
    wording: Wording,
) -> Vec<Warning> {
    let (a, b) = (initiator, invitee);
    let irreversible = match wording {
        Wording::Stored => format!(
            "This merge cannot be undone: {} ({}) becomes a location of {} ({}).",
            b.company, b.global_mpn_id, a.company, a.global_mpn_id
        ),
        Wording::Reader(lang) => say!(
            lang,
            "warning-irreversible",
            invitee = &b.company,
            invitee_id = &b.global_mpn_id,
            initiator = &a.company,
            initiator_id = &a.global_mpn_id
        ),
    };
    let mut list = vec![Warning {
        kind: WarningKind::Irreversible,
        message: irreversible,
    }];
    let mut warn = |kind, message| list.push(Warning { kind, message });
    for account in [initiator, invitee] {
        let company = &account.company;
        for c in account.competencies.iter().filter(|c| c.expires < as_of) {
            let (name, date) = (&c.name, wording.date(c.expires));
            let message = match wording {
                Wording::Stored => format!("{company}'s {name} competency expired on {date}."),
                Wording::Reader(lang) => {
                    say!(lang, "warning-competency-expired", company, name, date)
                }
            };
            warn(WarningKind::CompetencyExpired, message);
        }
        if let Some(pack) = account
            .action_pack
            .as_ref()
            .filter(|p| p.anniversary < as_of)
        {
            let date = wording.date(pack.anniversary);
            let message = match wording {
                Wording::Stored => {
                    format!(
                        "{company}'s Action Pack anniversary {date} has passed without renewal."
                    )
                }
                Wording::Reader(lang) => say!(lang, "warning-action-pack-lapsed", company, date),
            };
            warn(WarningKind::ActionPackLapsed, message);
        }
        if let Some(msp) = account
            .azure_expert_msp
            .as_ref()
            .filter(|m| m.renewal < as_of)
        {
            let date = wording.date(msp.renewal);
            let message = match wording {
                Wording::Stored => {
                    format!("{company}'s Azure Expert MSP renewal date {date} has passed.")
                }
                Wording::Reader(lang) => {
                    say!(lang, "warning-azure-expert-msp-lapsed", company, date)
                }
            };
            warn(WarningKind::AzureExpertMspLapsed, message);
        }
        for token in account
            .benefit_tokens
            .iter()
            .filter(|t| t.expires() < as_of)
        {
            let (id, product, date) = (&token.id, &token.product, wording.date(token.expires()));
            let message = match wording {
                Wording::Stored => {
                    format!("{company}'s benefit token {id} ({product}) expired on {date}.")
                }
                Wording::Reader(lang) => say!(
                    lang,
                    "warning-benefit-token-expired",
                    company,
                    id,
                    product,
                    date
                ),
            };
            warn(WarningKind::BenefitTokenExpired, message);
        }
        for message in program_passed(account, as_of, wording) {
            warn(WarningKind::ProgramAnniversaryPassed, message);
        }
    }
    list
}

/// R18-R20: what of today's program has passed its anniversary on `as_of` without the
/// snapshot showing its renewal. Only a version 2 snapshot has any.
fn program_passed(account: &AccountSnapshot, as_of: NaiveDate, wording: Wording) -> Vec<String> {
    let own = account.company.as_str();
    let mut list = Vec::new();
    for d in account
        .designations
        .iter()
        .filter(|d| d.anniversary < as_of)
    {
        let (company, date) = (holder(&d.held_by, own), wording.date(d.anniversary));
        list.push(match wording {
            Wording::Stored => format!(
                "{company}'s Solutions Partner designation for {} passed its anniversary on \
                 {date}.",
                d.area.name_in(Lang::En)
            ),
            Wording::Reader(lang) => {
                let area = d.area.name_in(lang);
                say!(lang, "warning-designation-passed", company, area, date)
            }
        });
    }
    for s in account
        .specializations
        .iter()
        .filter(|s| s.anniversary < as_of)
    {
        let (company, date, name) = (
            holder(&s.held_by, own),
            wording.date(s.anniversary),
            &s.name,
        );
        list.push(match wording {
            Wording::Stored => {
                format!("{company}'s specialization {name} passed its anniversary on {date}.")
            }
            Wording::Reader(lang) => {
                say!(lang, "warning-specialization-passed", company, name, date)
            }
        });
    }
    for p in account.purchases.iter().filter(|p| p.anniversary < as_of) {
        let (company, date) = (holder(&p.held_by, own), wording.date(p.anniversary));
        list.push(match wording {
            Wording::Stored => format!(
                "{company}'s purchase of {} passed its anniversary on {date}.",
                p.offer.name_in(Lang::En)
            ),
            Wording::Reader(lang) => {
                let offer = p.offer.name_in(lang);
                say!(lang, "warning-purchase-passed", company, offer, date)
            }
        });
    }
    list
}

impl WarningKind {
    /// What kind of warning it is, in a few words: a reader's summary of a stored warning.
    pub fn describe_in(self, lang: Lang) -> String {
        match self {
            Self::Irreversible => say!(lang, "warning-kind-irreversible"),
            Self::CompetencyExpired => say!(lang, "warning-kind-competency-expired"),
            Self::ActionPackLapsed => say!(lang, "warning-kind-action-pack-lapsed"),
            Self::AzureExpertMspLapsed => say!(lang, "warning-kind-azure-expert-msp-lapsed"),
            Self::BenefitTokenExpired => say!(lang, "warning-kind-benefit-token-expired"),
            Self::ProgramAnniversaryPassed => {
                say!(lang, "warning-kind-program-anniversary-passed")
            }
        }
    }
}
