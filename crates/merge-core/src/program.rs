//! Today's partner program in a snapshot (format version 2, docs/snapshot-format.md): Solutions
//! Partner designations per solution area, specializations, and the entry offers bought as
//! purchases. Competencies and Action Pack stay in the snapshot as legacy items (R8-R10).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::lang::Lang;

/// The six solution areas of the Solutions Partner designations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SolutionArea {
    DataAiAzure,
    InfrastructureAzure,
    DigitalAppInnovationAzure,
    ModernWork,
    Security,
    BusinessApplications,
}

impl SolutionArea {
    pub const ALL: [Self; 6] = [
        Self::DataAiAzure,
        Self::InfrastructureAzure,
        Self::DigitalAppInnovationAzure,
        Self::ModernWork,
        Self::Security,
        Self::BusinessApplications,
    ];

    /// As written in JSON: `data_ai_azure`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::DataAiAzure => "data_ai_azure",
            Self::InfrastructureAzure => "infrastructure_azure",
            Self::DigitalAppInnovationAzure => "digital_app_innovation_azure",
            Self::ModernWork => "modern_work",
            Self::Security => "security",
            Self::BusinessApplications => "business_applications",
        }
    }

    /// As Microsoft names it in every language: `Data & AI (Azure)`.
    pub fn name_in(self, lang: Lang) -> String {
        match self {
            Self::DataAiAzure => say!(lang, "area-data_ai_azure"),
            Self::InfrastructureAzure => say!(lang, "area-infrastructure_azure"),
            Self::DigitalAppInnovationAzure => say!(lang, "area-digital_app_innovation_azure"),
            Self::ModernWork => say!(lang, "area-modern_work"),
            Self::Security => say!(lang, "area-security"),
            Self::BusinessApplications => say!(lang, "area-business_applications"),
        }
    }
}

/// The entry offers a partner buys, lowest first (R20 keeps the highest at renewal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntryOffer {
    PartnerLaunchBenefits,
    PartnerSuccessCore,
    PartnerSuccessExpanded,
}

impl EntryOffer {
    pub fn name_in(self, lang: Lang) -> String {
        match self {
            Self::PartnerLaunchBenefits => say!(lang, "offer-partner_launch_benefits"),
            Self::PartnerSuccessCore => say!(lang, "offer-partner_success_core"),
            Self::PartnerSuccessExpanded => say!(lang, "offer-partner_success_expanded"),
        }
    }
}

/// A Solutions Partner designation in one solution area, renewed on its anniversary (R18).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Designation {
    pub area: SolutionArea,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub attained: NaiveDate,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub anniversary: NaiveDate,
    /// The company that earned it: set on a merged account's entries; absent means the
    /// account's own company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held_by: Option<String>,
}

/// A specialization (in a solution area), renewed on its anniversary (R19).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Specialization {
    pub name: String,
    pub area: SolutionArea,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub attained: NaiveDate,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub anniversary: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held_by: Option<String>,
}

/// An entry offer bought, with its benefits until its anniversary (R20).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Purchase {
    pub offer: EntryOffer,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub purchased: NaiveDate,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub anniversary: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held_by: Option<String>,
}

/// Whose an entry of today's program is: `held_by`, else the account's own company.
pub(crate) fn holder<'a>(held_by: &'a Option<String>, company: &'a str) -> &'a str {
    held_by.as_deref().unwrap_or(company)
}
