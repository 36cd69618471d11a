//! Inputs that cannot merge (SPEC §2, last paragraph): typed refusals naming the offending IDs.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::mpn::MpnId;
use crate::snapshot::AccountSnapshot;
use crate::validate::{inspect, Problem, ProblemKind, Seen};

/// Which side of the merge a snapshot is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Initiator,
    Invitee,
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Initiator => "initiator",
            Self::Invitee => "invitee",
        })
    }
}

/// Holdings whose IDs must be unique across both accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holding {
    Offer,
    CoSellRecord,
    SaVoucher,
    BenefitToken,
    CspAccount,
}

impl fmt::Display for Holding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Offer => "offer",
            Self::CoSellRecord => "co-sell record",
            Self::SaVoucher => "SA voucher",
            Self::BenefitToken => "benefit token",
            Self::CspAccount => "CSP account",
        })
    }
}

/// Why two snapshots cannot merge. Serialized with a stable `code` and its details.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PlanError {
    #[error("the {side}'s snapshot has malformed MPN IDs ({}); MPN IDs are 6 to 10 digits", list(.problems.iter().map(|p| &p.path)))]
    MalformedMpnId { side: Party, problems: Vec<Problem> },

    #[error("the {side}'s snapshot is not valid ({} problems; first: {}); fix them and plan again", .problems.len(), .problems[0])]
    InvalidSnapshot { side: Party, problems: Vec<Problem> },

    #[error("account {mpn_id} cannot merge with itself; invite another company's global MPN ID")]
    SelfMerge { mpn_id: MpnId },

    #[error("the {side} {company} ({mpn_id}) was already merged into {merged_into} and cannot take part in another merge")]
    MergedAway {
        side: Party,
        company: String,
        mpn_id: MpnId,
        merged_into: MpnId,
    },

    #[error("MPN IDs {} appear in both accounts; an MPN ID belongs to one account only (R4)", list(.ids))]
    MpnCollision { ids: Vec<MpnId> },

    #[error("tenants {} appear in both accounts; tenants are not merged (R6), so each belongs to one account", list(.domains))]
    TenantCollision { domains: Vec<String> },

    #[error("{holding} IDs {} appear in both accounts; each must be unique to merge without losing one", list(.ids))]
    HoldingCollision { holding: Holding, ids: Vec<String> },
}

impl PlanError {
    /// The stable code also written as `code` in the serialized error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MalformedMpnId { .. } => "MALFORMED_MPN_ID",
            Self::InvalidSnapshot { .. } => "INVALID_SNAPSHOT",
            Self::SelfMerge { .. } => "SELF_MERGE",
            Self::MergedAway { .. } => "MERGED_AWAY",
            Self::MpnCollision { .. } => "MPN_COLLISION",
            Self::TenantCollision { .. } => "TENANT_COLLISION",
            Self::HoldingCollision { .. } => "HOLDING_COLLISION",
        }
    }
}

fn list<T: fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|item| item.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Refuses inputs that cannot merge, most fundamental reason first.
pub(crate) fn check_mergeable(
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
) -> Result<(), PlanError> {
    let (initiator_problems, keys) = inspect(initiator);
    let (invitee_problems, _) = inspect(invitee);
    for (side, problems) in [
        (Party::Initiator, initiator_problems),
        (Party::Invitee, invitee_problems),
    ] {
        if problems.is_empty() {
            continue;
        }
        let malformed: Vec<Problem> = problems
            .iter()
            .filter(|p| p.kind == ProblemKind::MalformedMpnId)
            .cloned()
            .collect();
        return Err(if malformed.is_empty() {
            PlanError::InvalidSnapshot { side, problems }
        } else {
            PlanError::MalformedMpnId {
                side,
                problems: malformed,
            }
        });
    }
    if initiator.global_mpn_id == invitee.global_mpn_id {
        return Err(PlanError::SelfMerge {
            mpn_id: initiator.global_mpn_id.clone(),
        });
    }
    for (side, snapshot) in [(Party::Initiator, initiator), (Party::Invitee, invitee)] {
        if let Some(merged_into) = &snapshot.merged_into {
            return Err(PlanError::MergedAway {
                side,
                company: snapshot.company.clone(),
                mpn_id: snapshot.global_mpn_id.clone(),
                merged_into: merged_into.clone(),
            });
        }
    }

    let shared = |seen: &Seen, ids: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        ids.filter(|id| seen.contains_key(*id))
            .map(str::to_string)
            .collect()
    };
    let ids = shared(&keys.mpn_ids, &mut invitee.mpn_ids().map(MpnId::as_str));
    if !ids.is_empty() {
        let ids = ids.into_iter().map(MpnId::new).collect();
        return Err(PlanError::MpnCollision { ids });
    }
    let domains: Vec<String> = invitee
        .tenants
        .iter()
        .filter(|t| {
            keys.tenants
                .contains_key(t.domain.to_ascii_lowercase().as_str())
        })
        .map(|t| t.domain.clone())
        .collect();
    if !domains.is_empty() {
        return Err(PlanError::TenantCollision { domains });
    }
    let csp = invitee.tenants.iter().flat_map(|t| &t.csp_accounts);
    let holdings: [(Holding, &Seen, Vec<&str>); 5] = [
        (
            Holding::Offer,
            &keys.offers,
            invitee.offers.iter().map(|o| o.id.as_str()).collect(),
        ),
        (
            Holding::CoSellRecord,
            &keys.co_sell,
            invitee.co_sell.iter().map(|r| r.id.as_str()).collect(),
        ),
        (
            Holding::SaVoucher,
            &keys.sa_vouchers,
            invitee.sa_vouchers.iter().map(|v| v.id.as_str()).collect(),
        ),
        (
            Holding::BenefitToken,
            &keys.benefit_tokens,
            invitee
                .benefit_tokens
                .iter()
                .map(|t| t.id.as_str())
                .collect(),
        ),
        (
            Holding::CspAccount,
            &keys.csp_accounts,
            csp.map(String::as_str).collect(),
        ),
    ];
    for (holding, seen, theirs) in holdings {
        let ids = shared(seen, &mut theirs.into_iter());
        if !ids.is_empty() {
            return Err(PlanError::HoldingCollision { holding, ids });
        }
    }
    Ok(())
}
