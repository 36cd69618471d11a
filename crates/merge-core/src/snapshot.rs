//! The account snapshot: one company's Partner Center account as data (docs/snapshot-format.md).
//!
//! Field order here is the canonical order of the JSON the engine writes; every collection is a
//! `Vec` in the order given, so serialization is deterministic on every target.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::json::{read_json, ReadError};
use crate::mpn::MpnId;
use crate::program::{Designation, Purchase, Specialization};

/// The snapshot format of an account without today's program: version 1, what a snapshot
/// that does not say its version is.
pub const SNAPSHOT_FORMAT_VERSION: u32 = 1;

/// Version 2 adds today's program: designations, specializations and purchases (R18-R20).
/// The engine reads both versions.
pub const SNAPSHOT_FORMAT_V2: u32 = 2;

fn current_format_version() -> u32 {
    SNAPSHOT_FORMAT_VERSION
}

/// A snapshot from its JSON (docs/snapshot-format.md); unknown and duplicate fields are refused.
pub fn read_snapshot(json: &str) -> Result<AccountSnapshot, ReadError> {
    read_json(json, "the snapshot")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AccountSnapshot {
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default = "current_format_version")]
    pub format_version: u32,
    pub company: String,
    pub global_mpn_id: MpnId,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub locations: Vec<Location>,
    pub tenants: Vec<Tenant>,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub users: Vec<User>,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub competencies: Vec<Competency>,
    // serde reads a missing `Option` as `None`: input may leave it out.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub action_pack: Option<ActionPack>,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub advanced_specializations: Vec<String>,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub sa_vouchers: Vec<SaVoucher>,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub mcp_ids: Vec<String>,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub offers: Vec<Offer>,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub co_sell: Vec<CoSellRecord>,
    // serde reads a missing `Option` as `None`: input may leave it out.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub azure_expert_msp: Option<AzureExpertMsp>,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub benefit_tokens: Vec<BenefitToken>,
    // serde reads a missing `Option` as `None`: input may leave it out.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub bank_tax_profile: Option<BankTaxProfile>,
    /// Format 2: Solutions Partner designations, one per solution area (R18). Left out of the
    /// JSON when empty, so that a version 1 account is written as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub designations: Vec<Designation>,
    /// Format 2: specializations (R19).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub specializations: Vec<Specialization>,
    /// Format 2: entry offers bought (R20).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purchases: Vec<Purchase>,
    /// Benefit packages still in force from an earlier merge (R10). Empty for an account that
    /// has never merged: its one package is derived from its competencies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benefit_packages: Vec<BenefitPackage>,
    /// Set once this account has been merged into another: its PGA is now a location there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<MpnId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub mpn_id: MpnId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Where the location came from; set on every location of a merged account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<LocationOrigin>,
}

impl Location {
    /// How this location joined the account of `company` in a merge; None when it is one of
    /// the company's own.
    pub fn joined(&self, company: &str) -> Option<Joined<'_>> {
        let origin = self.origin.as_ref()?;
        match origin.was_pga {
            true => Some(Joined::WasPga {
                company: &origin.company,
            }),
            false if *origin.company != *company => Some(Joined::MovedFrom {
                company: &origin.company,
            }),
            false => None,
        }
    }
}

/// How a location joined a merged account: what the preview marks on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined<'a> {
    /// It was `company`'s partner global account (R2).
    WasPga { company: &'a str },
    /// It was one of `company`'s locations (R3).
    MovedFrom { company: &'a str },
}

/// "was Fabricam's PGA", "moved from Fabricam".
impl std::fmt::Display for Joined<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe_in(crate::Lang::En))
    }
}

impl Joined<'_> {
    /// "was het PGA van Fabricam", "overgekomen van Fabricam" in Dutch.
    pub fn describe_in(&self, lang: crate::Lang) -> String {
        use crate::catalogue::say;
        match self {
            Self::WasPga { company } => say!(lang, "joined-was-pga", company),
            Self::MovedFrom { company } => say!(lang, "joined-moved-from", company),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LocationOrigin {
    /// Shared: every location from one company points at one name.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub company: Arc<str>,
    /// The location was that company's partner global account (R2).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub was_pga: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Tenant {
    pub domain: String,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub csp_accounts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct User {
    pub email: String,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub roles: Vec<RoleAssignment>,
}

impl User {
    /// The part after `@`, lower-cased: the tenant the user signs in through.
    pub fn domain(&self) -> Option<String> {
        self.email
            .rsplit_once('@')
            .map(|(_, domain)| domain.to_ascii_lowercase())
    }

    pub fn is_account_admin(&self) -> bool {
        self.roles
            .iter()
            .any(|r| r.role == ACCOUNT_ADMIN && r.location.is_none())
    }
}

/// A role, account-wide when `location` is absent, else scoped to that MPN ID (R5).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleAssignment {
    #[cfg_attr(feature = "ts", ts(as = "RoleName"))]
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<MpnId>,
}

/// `incentives_admin of 2222222`, `account_admin`: how every surface names a role.
impl std::fmt::Display for RoleAssignment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.location {
            Some(location) => write!(f, "{} of {location}", self.role),
            None => f.write_str(&self.role),
        }
    }
}

pub const ACCOUNT_ADMIN: &str = "account_admin";

/// Role names the engine accepts (docs/rules.md).
pub const KNOWN_ROLES: &[&str] = &[
    ACCOUNT_ADMIN,
    "incentives_admin",
    "incentives_user",
    "referrals_admin",
    "mpn_partner_admin",
    "executive_report_viewer",
    "admin_agent",
    "sales_agent",
    "billing_admin",
];

/// A role's name in TypeScript: one of [`KNOWN_ROLES`], so a misspelt role fails to type-check.
#[cfg(feature = "ts")]
pub struct RoleName;

#[cfg(feature = "ts")]
impl ts_rs::TS for RoleName {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;

    fn name(_: &ts_rs::Config) -> String {
        "RoleName".into()
    }

    fn inline(_: &ts_rs::Config) -> String {
        let names = KNOWN_ROLES.iter().map(|role| format!("\"{role}\""));
        names.collect::<Vec<_>>().join(" | ")
    }

    fn decl(cfg: &ts_rs::Config) -> String {
        format!("type RoleName = {};", Self::inline(cfg))
    }

    fn decl_concrete(cfg: &ts_rs::Config) -> String {
        Self::decl(cfg)
    }

    fn docs() -> Option<String> {
        Some("/** The role names the engine knows. */\n".into())
    }

    fn output_path() -> Option<std::path::PathBuf> {
        Some("RoleName.ts".into())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CompetencyLevel {
    Silver,
    Gold,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Competency {
    pub name: String,
    pub level: CompetencyLevel,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub expires: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionPack {
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub anniversary: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SaVoucher {
    pub id: String,
    pub days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CoSellRecord {
    pub id: String,
    pub name: String,
    /// Integer cents: no floats in money.
    pub value_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AzureExpertMsp {
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub renewal: NaiveDate,
}

/// A benefit token, bound to the tenant it was activated on (R14), valid 12 months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BenefitToken {
    pub id: String,
    pub product: String,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub activated_on: NaiveDate,
    pub tenant: String,
}

impl BenefitToken {
    /// Tokens are valid 12 months from activation (docs/rules.md).
    pub fn expires(&self) -> NaiveDate {
        self.activated_on
            .checked_add_months(chrono::Months::new(12))
            .unwrap_or(NaiveDate::MAX)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BankTaxProfile {
    pub bank_account_last4: String,
    pub tax_id_country: String,
}

/// The level of core benefits a package carries: gold or silver from its best competency,
/// else the Action Pack's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CoreLevel {
    ActionPack,
    Silver,
    Gold,
}

impl CompetencyLevel {
    /// As written in JSON and in sentences.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Silver => "silver",
            Self::Gold => "gold",
        }
    }
}

impl std::fmt::Display for CompetencyLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<CompetencyLevel> for CoreLevel {
    fn from(level: CompetencyLevel) -> Self {
        match level {
            CompetencyLevel::Silver => Self::Silver,
            CompetencyLevel::Gold => Self::Gold,
        }
    }
}

/// One company's benefits package, in force until `expires` (R8, R10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BenefitPackage {
    pub company: String,
    pub core_level: CoreLevel,
    /// The company's competencies as they were when the package was granted.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub competencies: Vec<Competency>,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub expires: NaiveDate,
}

impl AccountSnapshot {
    /// The same account moved in time: every date in it (competency expiries, the Action Pack
    /// anniversary, the Azure Expert MSP renewal, benefit token activations, the expiries of
    /// packages in force, the dates of designations, specializations and purchases) moved by
    /// `days`, so that sample data can be made current.
    pub fn shift_dates(&mut self, days: i64) {
        let shift = |date: &mut NaiveDate| {
            *date = date
                .checked_add_signed(chrono::TimeDelta::days(days))
                .unwrap_or(*date);
        };
        for competency in &mut self.competencies {
            shift(&mut competency.expires);
        }
        if let Some(pack) = &mut self.action_pack {
            shift(&mut pack.anniversary);
        }
        if let Some(msp) = &mut self.azure_expert_msp {
            shift(&mut msp.renewal);
        }
        for token in &mut self.benefit_tokens {
            shift(&mut token.activated_on);
        }
        for d in &mut self.designations {
            shift(&mut d.attained);
            shift(&mut d.anniversary);
        }
        for s in &mut self.specializations {
            shift(&mut s.attained);
            shift(&mut s.anniversary);
        }
        for p in &mut self.purchases {
            shift(&mut p.purchased);
            shift(&mut p.anniversary);
        }
        for package in &mut self.benefit_packages {
            shift(&mut package.expires);
            for competency in &mut package.competencies {
                shift(&mut competency.expires);
            }
        }
    }

    /// Whether the account holds anything of today's program, which only format 2 has.
    pub fn has_program(&self) -> bool {
        !(self.designations.is_empty()
            && self.specializations.is_empty()
            && self.purchases.is_empty())
    }

    /// Every MPN ID of the account: the global one first, then its locations in order.
    pub fn mpn_ids(&self) -> impl Iterator<Item = &MpnId> {
        std::iter::once(&self.global_mpn_id).chain(self.locations.iter().map(|l| &l.mpn_id))
    }

    pub fn has_tenant(&self, domain: &str) -> bool {
        self.tenants
            .iter()
            .any(|t| t.domain.eq_ignore_ascii_case(domain))
    }

    /// The packages in force: those carried from an earlier merge, else the one derived from
    /// the company's own competencies and Action Pack (R10). None without either.
    pub fn packages_in_force(&self) -> Vec<BenefitPackage> {
        if !self.benefit_packages.is_empty() {
            return self.benefit_packages.clone();
        }
        let core_level = self
            .competencies
            .iter()
            .map(|c| CoreLevel::from(c.level))
            .max()
            .or(self.action_pack.as_ref().map(|_| CoreLevel::ActionPack));
        let expires = self
            .competencies
            .iter()
            .map(|c| c.expires)
            .max()
            .or(self.action_pack.as_ref().map(|a| a.anniversary));
        match (core_level, expires) {
            (Some(core_level), Some(expires)) => vec![BenefitPackage {
                company: self.company.clone(),
                core_level,
                competencies: self.competencies.clone(),
                expires,
            }],
            _ => Vec::new(),
        }
    }
}
