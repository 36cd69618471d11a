//! Benefits until and after renewal (R8-R10, R12), the post-merge checklist (R15, R16) and
//! the warnings shown before confirming.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::lang::{Lang, Wording};
use crate::snapshot::{AccountSnapshot, CompetencyLevel, CoreLevel};

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
}

/// `merged` is the merged account: the initiator's company and bank and tax profile. Plans
/// store the list as [`Wording::Stored`]; a reader reads it in their language.
pub(crate) fn checklist(
    merged: &AccountSnapshot,
    invitee_company: &str,
    renewal: &RenewalProjection,
    wording: Wording,
) -> Vec<ChecklistItem> {
    let lang = wording.lang();
    let item = |item, text| ChecklistItem { item, text };
    let company = &merged.company;
    let pga = match (&merged.bank_tax_profile, lang) {
        (Some(p), Lang::En) => format!(
            "account ending {} with tax ID country {}",
            p.bank_account_last4, p.tax_id_country
        ),
        (Some(p), Lang::Nl) => format!(
            "rekening eindigend op {}, land van het belasting-ID {}",
            p.bank_account_last4, p.tax_id_country
        ),
        (None, Lang::En) => "no bank or tax profile yet".to_string(),
        (None, Lang::Nl) => "nog geen bank- of belastingprofiel".to_string(),
    };
    let verify = match lang {
        Lang::En => format!(
            "Verify bank and tax information: the merged account uses {company}'s profile \
             ({pga}); {invitee_company}'s profile is not carried over."
        ),
        Lang::Nl => format!(
            "Controleer de bank- en belastinggegevens: het samengevoegde account gebruikt het \
             profiel van {company} ({pga}); het profiel van {invitee_company} wordt niet \
             overgenomen."
        ),
    };
    let review = match lang {
        Lang::En => {
            "Review user roles: admins of each tenant manage roles only for their own tenant's \
             users; invite an admin as a guest to manage another tenant's users."
        }
        Lang::Nl => {
            "Controleer de gebruikersrollen: de beheerders van een tenant beheren alleen de \
             rollen van de gebruikers van hun eigen tenant; nodig een beheerder uit als gast om \
             de gebruikers van een andere tenant te beheren."
        }
    };
    let mut list = vec![
        item(ChecklistKind::VerifyBankAndTax, verify),
        item(ChecklistKind::ReviewTenantAdmins, review.to_string()),
    ];
    if let Some(date) = renewal.date {
        let text = match lang {
            Lang::En => format!(
                "Prepare the consolidated renewal on {}: one benefits package, every \
                 competency retained, at most one Action Pack.",
                wording.date(date)
            ),
            Lang::Nl => format!(
                "Bereid de gezamenlijke verlenging op {} voor: één voordelenpakket, elke \
                 competentie behouden, hoogstens één Action Pack.",
                wording.date(date)
            ),
        };
        list.push(item(ChecklistKind::PrepareRenewal, text));
    }
    let reissue = match lang {
        Lang::En => format!(
            "Optional: re-issue {invitee_company}'s users as users of {company}'s tenant; their \
             old tenant then keeps no access."
        ),
        Lang::Nl => format!(
            "Optioneel: zet de gebruikers van {invitee_company} over naar de tenant van \
             {company}; hun oude tenant houdt dan geen toegang."
        ),
    };
    list.push(item(ChecklistKind::ConsiderReissuingUsers, reissue));
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
}

/// The irreversibility warning, then anything already expired on `as_of`. Plans store them
/// as [`Wording::Stored`].
pub(crate) fn warnings(
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
    as_of: NaiveDate,
    wording: Wording,
) -> Vec<Warning> {
    let lang = wording.lang();
    let (a, b) = (initiator, invitee);
    let irreversible = match lang {
        Lang::En => format!(
            "This merge cannot be undone: {} ({}) becomes a location of {} ({}).",
            b.company, b.global_mpn_id, a.company, a.global_mpn_id
        ),
        Lang::Nl => format!(
            "Deze samenvoeging kan niet ongedaan worden gemaakt: {} ({}) wordt een locatie van \
             {} ({}).",
            b.company, b.global_mpn_id, a.company, a.global_mpn_id
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
            let message = match lang {
                Lang::En => format!("{company}'s {name} competency expired on {date}."),
                Lang::Nl => format!("De competentie {name} van {company} is verlopen op {date}."),
            };
            warn(WarningKind::CompetencyExpired, message);
        }
        if let Some(pack) = account
            .action_pack
            .as_ref()
            .filter(|p| p.anniversary < as_of)
        {
            let date = wording.date(pack.anniversary);
            let message = match lang {
                Lang::En => {
                    format!(
                        "{company}'s Action Pack anniversary {date} has passed without renewal."
                    )
                }
                Lang::Nl => format!(
                    "De jubileumdatum van het Action Pack van {company} ({date}) is verstreken \
                     zonder verlenging."
                ),
            };
            warn(WarningKind::ActionPackLapsed, message);
        }
        if let Some(msp) = account
            .azure_expert_msp
            .as_ref()
            .filter(|m| m.renewal < as_of)
        {
            let date = wording.date(msp.renewal);
            let message = match lang {
                Lang::En => format!("{company}'s Azure Expert MSP renewal date {date} has passed."),
                Lang::Nl => format!(
                    "De verlengingsdatum van Azure Expert MSP van {company} ({date}) is verstreken."
                ),
            };
            warn(WarningKind::AzureExpertMspLapsed, message);
        }
        for token in account
            .benefit_tokens
            .iter()
            .filter(|t| t.expires() < as_of)
        {
            let (id, product, date) = (&token.id, &token.product, wording.date(token.expires()));
            let message = match lang {
                Lang::En => {
                    format!("{company}'s benefit token {id} ({product}) expired on {date}.")
                }
                Lang::Nl => {
                    format!("Voordeeltoken {id} ({product}) van {company} is verlopen op {date}.")
                }
            };
            warn(WarningKind::BenefitTokenExpired, message);
        }
    }
    list
}
