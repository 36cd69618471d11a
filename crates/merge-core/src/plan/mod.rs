//! `plan_merge`: the post-merge account and everything a person must see before confirming.

mod assemble;
mod change;
mod refusal;
mod renewal;

use chrono::NaiveDate;

pub use change::{format_cents, Change};
pub use refusal::{Holding, Party, PlanError};
pub use renewal::{
    ChecklistItem, ChecklistKind, RenewalProjection, RetainedCompetency, Warning, WarningKind,
};

use crate::fingerprint::{plan_fingerprint, sealed_json, Fingerprint};
use crate::json::{read_snapshot, ReadError};
use crate::mpn::MpnId;
use crate::snapshot::{AccountSnapshot, BankTaxProfile, BenefitPackage};

/// The plan format this engine writes.
pub const PLAN_FORMAT_VERSION: u32 = 1;

/// Everything the merge will do. Its fingerprint covers every other field, in this order.
///
/// The plan is lossless: every input value that means something for the merge appears in it
/// (in `result`, `benefit_packages`, `changes` or `not_merged`), so a change to either snapshot
/// changes the fingerprint without hashing the snapshots a second time.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    pub fingerprint: Fingerprint,
}

/// Names one side of the merge, with the dates of its own that only one side can keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyRef {
    pub company: String,
    pub global_mpn_id: MpnId,
    /// R9: the later of the two sides' anniversaries stands.
    pub action_pack_anniversary: Option<NaiveDate>,
    /// R12: the later of the two sides' renewals stands.
    pub azure_expert_msp_renewal: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantRoleManagement {
    pub tenant: String,
    pub company: String,
    /// Account admins signing in through this tenant: the only ones who manage its users.
    pub admins: Vec<String>,
    pub users: u64,
}

/// What the merge leaves where it is (R6, R14) or does not carry over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotMerged {
    pub tenants: Vec<TenantNotMerged>,
    pub benefit_tokens: Vec<TokenStays>,
    /// The invitee's bank and tax profile: the merged account pays to the PGA's (R15).
    pub bank_tax_profile: Option<CompanyBankTaxProfile>,
    /// Values both companies list, which the merged account keeps once.
    pub superseded: Vec<Superseded>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Superseded {
    /// R13: both list it; kept once.
    AdvancedSpecialization { company: String, name: String },
    /// R11: both list it; kept once.
    McpId { company: String, mcp_id: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantNotMerged {
    pub domain: String,
    pub company: String,
    pub csp_accounts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenStays {
    pub id: String,
    pub product: String,
    pub tenant: String,
    pub expires: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyBankTaxProfile {
    pub company: String,
    pub profile: BankTaxProfile,
}

json_struct!(MergePlan {
    format_version,
    as_of,
    initiator,
    invitee,
    result,
    changes,
    benefit_packages,
    renewal,
    role_management,
    not_merged,
    checklist,
    warnings,
    fingerprint = Fingerprint::default() => Fingerprint::is_set,
});
json_struct!(PartyRef { company, global_mpn_id, action_pack_anniversary = None, azure_expert_msp_renewal = None });
json_struct!(TenantRoleManagement {
    tenant,
    company,
    admins,
    users
});
json_struct!(NotMerged { tenants, benefit_tokens, bank_tax_profile = None, superseded = Vec::new() });
json_tagged!(Superseded, "kind", {
    AdvancedSpecialization = "advanced_specialization" { company, name },
    McpId = "mcp_id" { company, mcp_id },
});
json_struct!(TenantNotMerged {
    domain,
    company,
    csp_accounts
});
json_struct!(TokenStays {
    id,
    product,
    tenant,
    expires
});
json_struct!(CompanyBankTaxProfile { company, profile });

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
    Ok(seal(plan_content(
        initiator.clone(),
        invitee.clone(),
        as_of,
    )))
}

/// [`plan_merge`] for callers that are done with the snapshots: their data moves into the plan.
pub fn plan_merge_owned(
    initiator: AccountSnapshot,
    invitee: AccountSnapshot,
    as_of: NaiveDate,
) -> Result<MergePlan, PlanError> {
    refusal::check_mergeable(&initiator, &invitee)?;
    Ok(seal(plan_content(initiator, invitee, as_of)))
}

/// Snapshot JSON in, plan JSON out: the same plan as [`plan_merge`], written once. The plan's
/// canonical JSON is serialized a single time, hashed, and the fingerprint appended.
pub fn plan_merge_json(
    initiator_json: &str,
    invitee_json: &str,
    as_of: NaiveDate,
) -> Result<String, PlanJsonError> {
    let read =
        |side, json| read_snapshot(json).map_err(|error| PlanJsonError::Read { side, error });
    let initiator = read(Party::Initiator, initiator_json)?;
    let invitee = read(Party::Invitee, invitee_json)?;
    refusal::check_mergeable(&initiator, &invitee)?;
    // The plan restates both accounts, plus its changes and summaries.
    let size_hint = (initiator_json.len() + invitee_json.len()) * 5 / 4 + 4096;
    Ok(sealed_json(
        &plan_content(initiator, invitee, as_of),
        size_hint,
    ))
}

/// Why [`plan_merge_json`] gave no plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanJsonError {
    #[error("the {side}'s snapshot: {error}")]
    Read { side: Party, error: ReadError },
    #[error(transparent)]
    Plan(#[from] PlanError),
}

fn seal(mut plan: MergePlan) -> MergePlan {
    plan.fingerprint = plan_fingerprint(&plan);
    plan
}

/// The plan of two mergeable snapshots, without its fingerprint.
fn plan_content(
    initiator: AccountSnapshot,
    invitee: AccountSnapshot,
    as_of: NaiveDate,
) -> MergePlan {
    let party = |s: &AccountSnapshot| PartyRef {
        company: s.company.clone(),
        global_mpn_id: s.global_mpn_id.clone(),
        action_pack_anniversary: s.action_pack.as_ref().map(|p| p.anniversary),
        azure_expert_msp_renewal: s.azure_expert_msp.as_ref().map(|m| m.renewal),
    };
    let (initiator_ref, invitee_ref) = (party(&initiator), party(&invitee));
    let warnings = renewal::warnings(&initiator, &invitee, as_of);
    let role_management = assemble::role_management(&initiator, &invitee);
    let mut not_merged = assemble::not_merged(&initiator, &invitee);

    let invitee_tenants = &role_management[initiator.tenants.len()..];
    let merged = assemble::merge_accounts(initiator, invitee, invitee_tenants);
    not_merged.superseded = merged.superseded;
    let renewal = renewal::project_renewal(&merged.result);
    MergePlan {
        format_version: PLAN_FORMAT_VERSION,
        as_of,
        checklist: renewal::checklist(&merged.result, &invitee_ref.company, &renewal),
        initiator: initiator_ref,
        invitee: invitee_ref,
        benefit_packages: merged.result.benefit_packages.clone(),
        result: merged.result,
        changes: merged.changes,
        renewal,
        role_management,
        not_merged,
        warnings,
        fingerprint: Fingerprint::default(),
    }
}

impl Superseded {
    /// One sentence a person reads.
    pub fn describe(&self) -> String {
        match self {
            Self::AdvancedSpecialization { company, name } => {
                format!("{company}'s advanced specialization {name} (listed by both; kept once)")
            }
            Self::McpId { company, mcp_id } => {
                format!("{company}'s MCP ID {mcp_id} (listed by both; kept once)")
            }
        }
    }
}

impl MergePlan {
    /// Whether `fingerprint` is the one computed over this plan's content.
    pub fn fingerprint_is_current(&self) -> bool {
        !self.fingerprint.is_unset() && plan_fingerprint(self) == self.fingerprint
    }
}
