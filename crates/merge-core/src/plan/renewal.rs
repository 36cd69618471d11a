//! Benefits until and after renewal (R8-R10, R12), the post-merge checklist (R15, R16) and
//! the warnings shown before confirming.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::snapshot::{AccountSnapshot, CompetencyLevel, CoreLevel};

/// The merged account at its consolidated renewal (R10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RenewalProjection {
    /// The latest expiry among the packages in force; None when neither company has one.
    #[serde(default, with = "crate::date::optional")]
    pub date: Option<NaiveDate>,
    /// One package of core benefits at the highest attainment.
    #[serde(default)]
    pub core_level: Option<CoreLevel>,
    /// Every competency, retained at its highest level.
    pub competencies: Vec<RetainedCompetency>,
    /// R9: the later anniversary. From renewal on, one Action Pack per PGA.
    #[serde(default, with = "crate::date::optional")]
    pub action_pack_anniversary: Option<NaiveDate>,
    /// R12: MSP benefits are kept until this renewal.
    #[serde(default, with = "crate::date::optional")]
    pub azure_expert_msp_renewal: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub item: ChecklistKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChecklistKind {
    /// R15.
    VerifyBankAndTax,
    /// R16.
    ReviewTenantAdmins,
    /// R10.
    PrepareRenewal,
    /// R17 (a later feature).
    ConsiderReissuingUsers,
}

/// `merged` is the merged account: the initiator's company and bank and tax profile.
pub(super) fn checklist(
    merged: &AccountSnapshot,
    invitee_company: &str,
    renewal: &RenewalProjection,
) -> Vec<ChecklistItem> {
    let item = |item, text| ChecklistItem { item, text };
    let pga = match &merged.bank_tax_profile {
        Some(p) => format!(
            "account ending {} with tax ID country {}",
            p.bank_account_last4, p.tax_id_country
        ),
        None => "no bank or tax profile yet".to_string(),
    };
    let mut list = vec![
        item(
            ChecklistKind::VerifyBankAndTax,
            format!(
                "Verify bank and tax information: the merged account uses {}'s profile ({pga}); \
                 {invitee_company}'s profile is not carried over.",
                merged.company
            ),
        ),
        item(
            ChecklistKind::ReviewTenantAdmins,
            "Review user roles: admins of each tenant manage roles only for their own tenant's \
             users; invite an admin as a guest to manage another tenant's users."
                .to_string(),
        ),
    ];
    if let Some(date) = renewal.date {
        list.push(item(
            ChecklistKind::PrepareRenewal,
            format!(
                "Prepare the consolidated renewal on {date}: one benefits package, every \
                 competency retained, at most one Action Pack."
            ),
        ));
    }
    list.push(item(
        ChecklistKind::ConsiderReissuingUsers,
        format!(
            "Optional: re-issue {invitee_company}'s users as users of {}'s tenant; their old \
             tenant then keeps no access.",
            merged.company
        ),
    ));
    list
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Warning {
    pub kind: WarningKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

/// The irreversibility warning, then anything already expired on `as_of`.
pub(super) fn warnings(
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
    as_of: NaiveDate,
) -> Vec<Warning> {
    let mut list = vec![Warning {
        kind: WarningKind::Irreversible,
        message: format!(
            "This merge cannot be undone: {} ({}) becomes a location of {} ({}).",
            invitee.company, invitee.global_mpn_id, initiator.company, initiator.global_mpn_id
        ),
    }];
    let mut warn = |kind, message| list.push(Warning { kind, message });
    for account in [initiator, invitee] {
        let company = &account.company;
        for c in account.competencies.iter().filter(|c| c.expires < as_of) {
            let message = format!(
                "{company}'s {} competency expired on {}.",
                c.name, c.expires
            );
            warn(WarningKind::CompetencyExpired, message);
        }
        if let Some(pack) = account
            .action_pack
            .as_ref()
            .filter(|p| p.anniversary < as_of)
        {
            let message = format!(
                "{company}'s Action Pack anniversary {} has passed without renewal.",
                pack.anniversary
            );
            warn(WarningKind::ActionPackLapsed, message);
        }
        if let Some(msp) = account
            .azure_expert_msp
            .as_ref()
            .filter(|m| m.renewal < as_of)
        {
            let message = format!(
                "{company}'s Azure Expert MSP renewal date {} has passed.",
                msp.renewal
            );
            warn(WarningKind::AzureExpertMspLapsed, message);
        }
        for token in account
            .benefit_tokens
            .iter()
            .filter(|t| t.expires() < as_of)
        {
            let message = format!(
                "{company}'s benefit token {} ({}) expired on {}.",
                token.id,
                token.product,
                token.expires()
            );
            warn(WarningKind::BenefitTokenExpired, message);
        }
    }
    list
}
