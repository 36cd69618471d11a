//! `plan_merge`: the post-merge account and everything a person must see before confirming.

mod assemble;
mod change;
mod program;
mod refusal;
mod renewal;
mod seal;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use change::{format_cents, Change, ChangeTag};
pub use program::{AlsoHeld, ProgramAnniversary, ProgramItem, ProgramRenewal};
pub use refusal::{Holding, Party, PlanError};
pub use renewal::{
    ChecklistItem, ChecklistKind, RenewalProjection, RetainedCompetency, Warning, WarningKind,
};

use crate::catalogue::say;
use crate::deal::DealKind;
use crate::fingerprint::Fingerprint;
use crate::json::{read_json, ReadError};
use crate::lang::{Lang, Wording};
use crate::mpn::MpnId;
use crate::snapshot::{read_snapshot, AccountSnapshot, BankTaxProfile, BenefitPackage};
use seal::{plan_fingerprint, sealed_json};

/// The plan format of two version 1 snapshots merged with no deal kind: every plan stored
/// before version 2 existed, written byte for byte as then.
pub const PLAN_FORMAT_VERSION: u32 = 1;

/// Version 2: a version 2 snapshot on either side, or a deal kind (docs/plan-format.md).
pub const PLAN_FORMAT_V2: u32 = 2;

/// Everything the merge will do. Its fingerprint covers every other field, in this order.
///
/// The plan is lossless: every input value that means something for the merge appears in it
/// (in `result`, `benefit_packages`, `changes` or `not_merged`), so a change to either snapshot
/// changes the fingerprint without hashing the snapshots a second time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MergePlan {
    pub format_version: u32,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub as_of: NaiveDate,
    pub initiator: PartyRef,
    pub invitee: PartyRef,
    /// Version 2: a merger or an acquisition, as the invitation said (R22).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<DealKind>,
    /// The merged account, in the snapshot format.
    pub result: AccountSnapshot,
    pub changes: Vec<Change>,
    /// Each company's package, in force until its own expiry (R8, R10).
    pub benefit_packages: Vec<BenefitPackage>,
    pub renewal: RenewalProjection,
    /// Version 2: today's program renewed item by item, then as one company (R18-R21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<ProgramRenewal>,
    /// Who manages roles in each tenant after the merge (R16).
    pub role_management: Vec<TenantRoleManagement>,
    pub not_merged: NotMerged,
    pub checklist: Vec<ChecklistItem>,
    pub warnings: Vec<Warning>,
    /// `sha256:<hex>` over the plan's canonical JSON without this field. Last, so that the
    /// canonical JSON is a prefix of the full JSON.
    #[cfg_attr(feature = "ts", ts(optional = false))]
    #[serde(default, skip_serializing_if = "Fingerprint::is_unset")]
    // Every plan the engine hands out is sealed, so the field is always there.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub fingerprint: Fingerprint,
}

/// Names one side of the merge, with the dates of its own that only one side can keep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PartyRef {
    pub company: String,
    pub global_mpn_id: MpnId,
    /// R9: the later of the two sides' anniversaries stands.
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::date::IsoDate>"))]
    #[serde(default, with = "crate::date::optional")]
    pub action_pack_anniversary: Option<NaiveDate>,
    /// R12: the later of the two sides' renewals stands.
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::date::IsoDate>"))]
    #[serde(default, with = "crate::date::optional")]
    pub azure_expert_msp_renewal: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NotMerged {
    pub tenants: Vec<TenantNotMerged>,
    pub benefit_tokens: Vec<TokenStays>,
    /// The invitee's bank and tax profile: the merged account pays to the PGA's (R15).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub bank_tax_profile: Option<CompanyBankTaxProfile>,
    /// Values both companies list, which the merged account keeps once.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default)]
    pub superseded: Vec<Superseded>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Superseded {
    /// R13: both list it; kept once.
    AdvancedSpecialization { company: String, name: String },
    /// R11: both list it; kept once.
    McpId { company: String, mcp_id: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TenantNotMerged {
    pub domain: String,
    pub company: String,
    pub csp_accounts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TokenStays {
    pub id: String,
    pub product: String,
    pub tenant: String,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub expires: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
    Ok(seal(plan_content(
        initiator.clone(),
        invitee.clone(),
        as_of,
        None,
    )))
}

/// [`plan_merge`] of a deal the invitation named a merger or an acquisition (R22): a version 2
/// plan that carries the deal kind.
pub fn plan_merge_deal(
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
    as_of: NaiveDate,
    deal: DealKind,
) -> Result<MergePlan, PlanError> {
    refusal::check_mergeable(initiator, invitee)?;
    let (a, b) = (initiator.clone(), invitee.clone());
    Ok(seal(plan_content(a, b, as_of, Some(deal))))
}

/// [`plan_merge`] for callers that are done with the snapshots: their data moves into the plan.
pub fn plan_merge_owned(
    initiator: AccountSnapshot,
    invitee: AccountSnapshot,
    as_of: NaiveDate,
) -> Result<MergePlan, PlanError> {
    refusal::check_mergeable(&initiator, &invitee)?;
    Ok(seal(plan_content(initiator, invitee, as_of, None)))
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
        &plan_content(initiator, invitee, as_of, None),
        size_hint,
    ))
}

/// A plan from its JSON (docs/plan-format.md).
pub fn read_plan(json: &str) -> Result<MergePlan, ReadError> {
    read_json(json, "the plan")
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

/// The plan of two mergeable snapshots, without its fingerprint. Version 1 when both snapshots
/// are and no deal kind is given, so that such a plan is written as before version 2 existed.
fn plan_content(
    initiator: AccountSnapshot,
    invitee: AccountSnapshot,
    as_of: NaiveDate,
    deal: Option<DealKind>,
) -> MergePlan {
    let format_version = match deal.is_some()
        || initiator.format_version >= PLAN_FORMAT_V2
        || invitee.format_version >= PLAN_FORMAT_V2
    {
        true => PLAN_FORMAT_V2,
        false => PLAN_FORMAT_VERSION,
    };
    let party = |s: &AccountSnapshot| PartyRef {
        company: s.company.clone(),
        global_mpn_id: s.global_mpn_id.clone(),
        action_pack_anniversary: s.action_pack.as_ref().map(|p| p.anniversary),
        azure_expert_msp_renewal: s.azure_expert_msp.as_ref().map(|m| m.renewal),
    };
    let (initiator_ref, invitee_ref) = (party(&initiator), party(&invitee));
    let warnings = renewal::warnings(&initiator, &invitee, as_of, Wording::Stored);
    let role_management = assemble::role_management(&initiator, &invitee);
    let mut not_merged = assemble::not_merged(&initiator, &invitee);

    let invitee_tenants = &role_management[initiator.tenants.len()..];
    let merged = assemble::merge_accounts(initiator, invitee, invitee_tenants);
    not_merged.superseded = merged.superseded;
    let renewal = renewal::project_renewal(&merged.result);
    let mut plan = MergePlan {
        format_version,
        as_of,
        checklist: Vec::new(),
        initiator: initiator_ref,
        invitee: invitee_ref,
        deal,
        program: program::project_program(&merged.result),
        benefit_packages: merged.result.benefit_packages.clone(),
        result: merged.result,
        changes: merged.changes,
        renewal,
        role_management,
        not_merged,
        warnings,
        fingerprint: Fingerprint::default(),
    };
    plan.checklist = renewal::checklist(&plan, Wording::Stored);
    plan
}

impl Superseded {
    /// One sentence a person reads, in English.
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            Self::AdvancedSpecialization { company, name } => {
                say!(lang, "superseded-specialization", company, name)
            }
            Self::McpId { company, mcp_id } => say!(lang, "superseded-mcp-id", company, mcp_id),
        }
    }
}

impl NotMerged {
    /// What stays where it is, one sentence each: tenants (R6), benefit tokens (R14), the
    /// invitee's bank and tax profile (R15), and values both companies listed. In English.
    pub fn describe(&self) -> Vec<String> {
        self.describe_in(Lang::En)
    }

    pub fn describe_in(&self, lang: Lang) -> Vec<String> {
        let tenants = self.tenants.iter().map(|t| {
            let (domain, company) = (&t.domain, &t.company);
            match t.csp_accounts.len() {
                0 => say!(lang, "not-merged-tenant", domain, company),
                count => say!(
                    lang,
                    "not-merged-tenant-csp",
                    domain,
                    company,
                    count,
                    csp = t.csp_accounts.join(", ")
                ),
            }
        });
        let tokens = self.benefit_tokens.iter().map(|t| {
            let (id, product, tenant) = (&t.id, &t.product, &t.tenant);
            let expires = lang.date(t.expires);
            say!(lang, "not-merged-token", id, product, tenant, expires)
        });
        let profile = self.bank_tax_profile.iter().map(|p| {
            let (company, last4) = (&p.company, &p.profile.bank_account_last4);
            say!(lang, "not-merged-bank-tax", company, last4)
        });
        let superseded = self.superseded.iter().map(|s| s.describe_in(lang));
        tenants
            .chain(tokens)
            .chain(profile)
            .chain(superseded)
            .collect()
    }
}

/// The plan's warnings in `lang`, from the two snapshots it is made of: R15's "cannot be
/// undone", then whatever has expired or lapsed on `as_of`. Plans store them in English.
pub fn warnings_in(
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
    as_of: NaiveDate,
    lang: Lang,
) -> Vec<Warning> {
    renewal::warnings(initiator, invitee, as_of, Wording::Reader(lang))
}

/// Every sentence of a plan in one language: what the app, the CLI and the preview element
/// show. The plan stores its warnings and checklist as [`Wording::Stored`]; these are the
/// reader's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlanReading {
    pub lang: Lang,
    /// Version 2: the deal kind (R22).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<String>,
    pub warnings: Vec<String>,
    pub changes: Vec<String>,
    /// Version 2: today's program renewed item by item, then as one company (R21).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub program: Vec<String>,
    pub not_merged: Vec<String>,
    pub checklist: Vec<String>,
}

impl MergePlan {
    /// The plan's sentences in `lang`. `before` is the initiator and the invitee the plan was
    /// made from (the warnings name their own dates, which the merged account no longer has).
    pub fn reading(&self, before: [&AccountSnapshot; 2], lang: Lang) -> PlanReading {
        let [initiator, invitee] = before;
        let warnings = warnings_in(initiator, invitee, self.as_of, lang);
        PlanReading {
            lang,
            deal: self.deal.map(|deal| deal.describe_in(self, lang)),
            warnings: warnings.into_iter().map(|w| w.message).collect(),
            changes: self.changes.iter().map(|c| c.describe_in(lang)).collect(),
            program: self
                .program
                .as_ref()
                .map(|p| p.describe_in(&self.result.company, lang))
                .unwrap_or_default(),
            not_merged: self.not_merged.describe_in(lang),
            checklist: self.checklist_in(lang),
        }
    }

    /// The checklist in `lang`: what to do after the merge, from the plan alone.
    pub fn checklist_in(&self, lang: Lang) -> Vec<String> {
        renewal::checklist(self, Wording::Reader(lang))
            .into_iter()
            .map(|i| i.text)
            .collect()
    }

    /// The invitee's own record once this plan is applied: kept, marked merged into the PGA's
    /// account, so that it can take part in no other merge (R2, W6). Its data lives on in
    /// `result`. `invitee` is the snapshot the plan was made from.
    pub fn merged_away_record(&self, mut invitee: AccountSnapshot) -> AccountSnapshot {
        debug_assert_eq!(invitee.global_mpn_id, self.invitee.global_mpn_id);
        invitee.merged_into = Some(self.initiator.global_mpn_id.clone());
        invitee
    }

    /// Whether `fingerprint` is the one computed over this plan's content.
    pub fn fingerprint_is_current(&self) -> bool {
        !self.fingerprint.is_unset() && plan_fingerprint(self) == self.fingerprint
    }
}
