//! The account snapshot: one company's Partner Center account as data (docs/snapshot-format.md).
//!
//! Field order here is the canonical order of the JSON the engine writes; every collection is a
//! `Vec` in the order given, so serialization is deterministic on every target.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::json::write::{is_not_empty, is_some, is_true};
use crate::mpn::MpnId;

/// The snapshot format this engine reads and writes.
pub const SNAPSHOT_FORMAT_VERSION: u32 = 1;

fn current_format_version() -> u32 {
    SNAPSHOT_FORMAT_VERSION
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountSnapshot {
    pub format_version: u32,
    pub company: String,
    pub global_mpn_id: MpnId,
    pub locations: Vec<Location>,
    pub tenants: Vec<Tenant>,
    pub users: Vec<User>,
    pub competencies: Vec<Competency>,
    pub action_pack: Option<ActionPack>,
    pub advanced_specializations: Vec<String>,
    pub sa_vouchers: Vec<SaVoucher>,
    pub mcp_ids: Vec<String>,
    pub offers: Vec<Offer>,
    pub co_sell: Vec<CoSellRecord>,
    pub azure_expert_msp: Option<AzureExpertMsp>,
    pub benefit_tokens: Vec<BenefitToken>,
    pub bank_tax_profile: Option<BankTaxProfile>,
    /// Benefit packages still in force from an earlier merge (R10). Empty for an account that
    /// has never merged: its one package is derived from its competencies.
    pub benefit_packages: Vec<BenefitPackage>,
    /// Set once this account has been merged into another: its PGA is now a location there.
    pub merged_into: Option<MpnId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub mpn_id: MpnId,
    pub name: String,
    pub country: Option<String>,
    /// Where the location came from; set on every location of a merged account.
    pub origin: Option<LocationOrigin>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocationOrigin {
    /// Shared: every location from one company points at one name.
    pub company: Arc<str>,
    /// The location was that company's partner global account (R2).
    pub was_pga: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenant {
    pub domain: String,
    pub csp_accounts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub email: String,
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
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RoleAssignment {
    pub role: String,
    pub location: Option<MpnId>,
}

pub const ACCOUNT_ADMIN: &str = "account_admin";

/// Role names the engine accepts (SPEC §1).
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CompetencyLevel {
    Silver,
    Gold,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Competency {
    pub name: String,
    pub level: CompetencyLevel,
    pub expires: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionPack {
    pub anniversary: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaVoucher {
    pub id: String,
    pub days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoSellRecord {
    pub id: String,
    pub name: String,
    /// Integer cents: no floats in money.
    pub value_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AzureExpertMsp {
    pub renewal: NaiveDate,
}

/// A benefit token, bound to the tenant it was activated on (R14), valid 12 months.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitToken {
    pub id: String,
    pub product: String,
    pub activated_on: NaiveDate,
    pub tenant: String,
}

impl BenefitToken {
    /// Tokens are valid 12 months from activation (SPEC §1).
    pub fn expires(&self) -> NaiveDate {
        self.activated_on
            .checked_add_months(chrono::Months::new(12))
            .unwrap_or(NaiveDate::MAX)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankTaxProfile {
    pub bank_account_last4: String,
    pub tax_id_country: String,
}

/// The level of core benefits a package carries: gold or silver from its best competency,
/// else the Action Pack's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CoreLevel {
    ActionPack,
    Silver,
    Gold,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitPackage {
    pub company: String,
    pub core_level: CoreLevel,
    /// The company's competencies as they were when the package was granted.
    pub competencies: Vec<Competency>,
    pub expires: NaiveDate,
}

impl AccountSnapshot {
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

// The JSON of each type (docs/snapshot-format.md): fields in declaration order, named as here.
json_struct!(AccountSnapshot {
    format_version = current_format_version(),
    company,
    global_mpn_id,
    locations = Vec::new(),
    tenants,
    users = Vec::new(),
    competencies = Vec::new(),
    action_pack = None,
    advanced_specializations = Vec::new(),
    sa_vouchers = Vec::new(),
    mcp_ids = Vec::new(),
    offers = Vec::new(),
    co_sell = Vec::new(),
    azure_expert_msp = None,
    benefit_tokens = Vec::new(),
    bank_tax_profile = None,
    benefit_packages = Vec::new() => is_not_empty,
    merged_into = None => is_some,
});
json_struct!(Location { mpn_id, name, country = None => is_some, origin = None => is_some });
json_struct!(LocationOrigin { company, was_pga = false => is_true });
json_struct!(Tenant { domain, csp_accounts = Vec::new() });
json_struct!(User { email, roles = Vec::new() });
json_struct!(RoleAssignment { role, location = None => is_some });
json_names!(CompetencyLevel { Silver = "silver", Gold = "gold" });
json_struct!(Competency {
    name,
    level,
    expires
});
json_struct!(ActionPack { anniversary });
json_struct!(SaVoucher { id, days });
json_struct!(Offer { id, name });
json_struct!(CoSellRecord {
    id,
    name,
    value_cents
});
json_struct!(AzureExpertMsp { renewal });
json_struct!(BenefitToken {
    id,
    product,
    activated_on,
    tenant
});
json_struct!(BankTaxProfile {
    bank_account_last4,
    tax_id_country
});
json_names!(CoreLevel { ActionPack = "action_pack", Silver = "silver", Gold = "gold" });
json_struct!(BenefitPackage { company, core_level, competencies = Vec::new(), expires });
