//! What the invitee's admins see before they accept (W2): what accepting costs their company,
//! what it brings and keeps, the merge counted before and after, and of the initiator only what
//! an invitation discloses: its company, global MPN ID and counts. Never the initiator's users,
//! locations, bank or tax data, CSP accounts or holdings (docs/decisions.md).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::consequences::Consequence;
use crate::deal::DealKind;
use crate::fingerprint::Fingerprint;
use crate::mpn::MpnId;
use crate::plan::{Change, MergePlan, TenantRoleManagement};
use crate::rights::AdminReading;
use crate::snapshot::{AccountSnapshot, Location};
use crate::summary::{summarize, MergeSummary};

/// The merge as the invitee may see it: a reading of the same plan the initiator will confirm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationPreview {
    #[serde(with = "crate::date::iso")]
    pub as_of: NaiveDate,
    /// The whole plan's fingerprint: the one the initiator's confirmation will carry if
    /// nothing changes before then.
    pub fingerprint: Fingerprint,
    pub initiator: DisclosedParty,
    pub invitee: DisclosedParty,
    /// A merger or an acquisition, as the initiator chose it on the invitation (R22): what the
    /// invitee agrees to by accepting. Left out for a plan without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<DealKind>,
    /// Both companies counted before and after.
    pub summary: MergeSummary,
    /// The invitee's PGA and locations as locations of the merged account (R2, R3).
    pub locations_after: Vec<Location>,
    /// What accepting costs the invitee, heaviest first.
    pub consequences: Vec<Consequence>,
    /// What the invitee brings and keeps.
    pub changes: Vec<Change>,
    /// Who manages the invitee's tenants' users after the merge (R16).
    pub role_management: Vec<TenantRoleManagement>,
}

/// A company as an invitation names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisclosedParty {
    pub company: String,
    pub global_mpn_id: MpnId,
}

impl MergePlan {
    /// This plan as the invitee may read it. `initiator` and `invitee` are the snapshots the
    /// plan was made from: only their counts are read.
    pub fn for_invitee(
        &self,
        initiator: &AccountSnapshot,
        invitee: &AccountSnapshot,
    ) -> InvitationPreview {
        self.for_invitee_under(initiator, invitee, AdminReading::OwnTenants)
    }

    /// [`MergePlan::for_invitee`] with its consequences under the deployment's reading of
    /// admin rights (A3, [`MergePlan::consequences_under`]).
    pub fn for_invitee_under(
        &self,
        initiator: &AccountSnapshot,
        invitee: &AccountSnapshot,
        reading: AdminReading,
    ) -> InvitationPreview {
        let ours = self.invitee.company.as_str();
        let party = |company: &str, id: &MpnId| DisclosedParty {
            company: company.to_string(),
            global_mpn_id: id.clone(),
        };
        InvitationPreview {
            as_of: self.as_of,
            fingerprint: self.fingerprint.clone(),
            initiator: party(&self.initiator.company, &self.initiator.global_mpn_id),
            invitee: party(ours, &self.invitee.global_mpn_id),
            deal: self.deal,
            summary: summarize(self, initiator, invitee),
            locations_after: self
                .result
                .locations
                .iter()
                .filter(|l| l.origin.as_ref().is_some_and(|o| &*o.company == ours))
                .cloned()
                .collect(),
            consequences: self
                .consequences_under(reading)
                .into_iter()
                .filter_map(|c| disclosed_to(c, ours))
                .collect(),
            changes: self
                .changes
                .iter()
                .filter(|c| concerns_only(c, ours))
                .cloned()
                .collect(),
            // By tenant, not by company name: two companies may share a name.
            role_management: self
                .role_management
                .iter()
                .filter(|t| invitee.has_tenant(&t.tenant))
                .cloned()
                .collect(),
        }
    }
}

/// `consequence` as the invitee `ours` may read it: its own, and those of both companies with
/// only its own package named.
fn disclosed_to(consequence: Consequence, ours: &str) -> Option<Consequence> {
    match consequence {
        Consequence::PackagesBecomeOne { renewal, packages } => {
            Some(Consequence::PackagesBecomeOne {
                renewal,
                packages: packages.into_iter().filter(|p| p.company == ours).collect(),
            })
        }
        c if c.company().is_none_or(|company| company == ours) => Some(c),
        _ => None,
    }
}

/// Whether `change` speaks of the invitee's holdings alone: a competency both held, or the
/// Action Pack date that moves, would tell the initiator's.
fn concerns_only(change: &Change, ours: &str) -> bool {
    match change {
        Change::PgaKept { .. } | Change::McpIdsAttached { .. } | Change::ActionPackAdded { .. } => {
            true
        }
        Change::PgaDemotedToLocation { company, .. } => company == ours,
        Change::LocationsMoved { from_company, .. }
        | Change::TenantJoined { from_company, .. }
        | Change::RolesKept { from_company, .. }
        | Change::OffersCarried { from_company, .. }
        | Change::CoSellCarried { from_company, .. }
        | Change::CompetencyAdded { from_company, .. }
        | Change::AzureExpertMspRetained { from_company, .. }
        | Change::SpecializationAdded { from_company, .. }
        | Change::SaVoucherAdded { from_company, .. }
        | Change::DesignationCarried { from_company, .. }
        | Change::SpecializationCarried { from_company, .. }
        | Change::PurchaseCarried { from_company, .. } => from_company == ours,
        Change::CompetencyUpgraded { .. }
        | Change::CompetencyCombined { .. }
        | Change::ActionPackAnniversaryMoved { .. } => false,
    }
}
