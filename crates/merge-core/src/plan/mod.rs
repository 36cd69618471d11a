//! `plan_merge`: the post-merge account and everything a person must see before confirming.

mod assemble;
mod change;
mod refusal;
mod renewal;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use change::{format_cents, Change};
pub use refusal::{Holding, Party, PlanError};
pub use renewal::{ChecklistItem, ChecklistKind, RenewalProjection, Warning, WarningKind};

use crate::fingerprint::{plan_fingerprint, snapshot_fingerprint, Fingerprint};
use crate::mpn::MpnId;
use crate::snapshot::{AccountSnapshot, BankTaxProfile, BenefitPackage};

/// The plan format this engine writes.
pub const PLAN_FORMAT_VERSION: u32 = 1;

/// Everything the merge will do. Its fingerprint covers every other field, in this order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergePlan {
    pub format_version: u32,
    pub as_of: NaiveDate,
    pub initiator: PartyRef,
    pub invitee: PartyRef,
    /// The merged account, in the snapshot format.
    pub result: AccountSnapshot,
    pub changes: Vec<Change>,
    /// Each company's package, in force until its own expiry (R8, R10).
    pub benefit_packages: Vec<BenefitPackage>,
    pub renewal: RenewalProjection,
    /// Who manages roles in each tenant after the merge (R16).
    pub role_management: Vec<TenantRoleManagement>,
    pub not_merged: NotMerged,
    pub checklist: Vec<ChecklistItem>,
    pub warnings: Vec<Warning>,
    /// `sha256:<hex>` over the plan's canonical JSON without this field. Last, so that the
    /// canonical JSON is a prefix of the full JSON.
    #[serde(default, skip_serializing_if = "Fingerprint::is_unset")]
    pub fingerprint: Fingerprint,
}

/// Names one input: who it is and the fingerprint of its snapshot as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyRef {
    pub company: String,
    pub global_mpn_id: MpnId,
    pub snapshot: Fingerprint,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantRoleManagement {
    pub tenant: String,
    pub company: String,
    /// Account admins signing in through this tenant: the only ones who manage its users.
    pub admins: Vec<String>,
    pub users: u64,
}

/// What the merge leaves where it is (R6, R14) or does not carry over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotMerged {
    pub tenants: Vec<TenantNotMerged>,
    pub benefit_tokens: Vec<TokenStays>,
    /// The invitee's bank and tax profile: the merged account pays to the PGA's (R15).
    pub bank_tax_profile: Option<CompanyBankTaxProfile>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantNotMerged {
    pub domain: String,
    pub company: String,
    pub csp_accounts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenStays {
    pub id: String,
    pub product: String,
    pub tenant: String,
    pub expires: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyBankTaxProfile {
    pub company: String,
    pub profile: BankTaxProfile,
}

/// Plans the merge of `invitee` into `initiator` as it would be applied on `as_of`.
///
/// Refuses inputs that cannot merge (invalid snapshots, self-merge, an account merged away,
/// colliding MPN IDs, tenants or holdings). The same inputs always give the same plan, byte for
/// byte, on every target.
pub fn plan_merge(
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
    as_of: NaiveDate,
) -> Result<MergePlan, PlanError> {
    refusal::check_mergeable(initiator, invitee)?;

    let merged = assemble::merge_accounts(initiator, invitee);
    let benefit_packages = merged.result.benefit_packages.clone();
    let renewal = renewal::project_renewal(&merged.result);
    let mut plan = MergePlan {
        format_version: PLAN_FORMAT_VERSION,
        as_of,
        initiator: party_ref(initiator),
        invitee: party_ref(invitee),
        checklist: renewal::checklist(initiator, invitee, &renewal),
        warnings: renewal::warnings(initiator, invitee, as_of),
        role_management: assemble::role_management(initiator, invitee),
        not_merged: assemble::not_merged(initiator, invitee),
        result: merged.result,
        changes: merged.changes,
        benefit_packages,
        renewal,
        fingerprint: Fingerprint::default(),
    };
    plan.fingerprint = plan_fingerprint(&plan);
    Ok(plan)
}

fn party_ref(snapshot: &AccountSnapshot) -> PartyRef {
    PartyRef {
        company: snapshot.company.clone(),
        global_mpn_id: snapshot.global_mpn_id.clone(),
        snapshot: snapshot_fingerprint(snapshot),
    }
}

impl MergePlan {
    /// Whether `fingerprint` is the one computed over this plan's content.
    pub fn fingerprint_is_current(&self) -> bool {
        !self.fingerprint.is_unset() && plan_fingerprint(self) == self.fingerprint
    }
}
