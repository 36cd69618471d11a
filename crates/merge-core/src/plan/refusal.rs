//! Inputs that cannot merge (SPEC §2, last paragraph): typed refusals naming the offending IDs.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::mpn::MpnId;
use crate::snapshot::{AccountSnapshot, Tenant};
use crate::validate::{find_problems, Problem, ProblemKind};

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
pub(crate) fn check_mergeable<'a>(
    initiator: &'a AccountSnapshot,
    invitee: &'a AccountSnapshot,
) -> Result<(), PlanError> {
    for (side, snapshot) in [(Party::Initiator, initiator), (Party::Invitee, invitee)] {
        let problems = find_problems(snapshot);
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

    let ids: Vec<MpnId> = shared(initiator.mpn_ids(), invitee.mpn_ids(), |id| {
        id.as_str().into()
    })
    .into_iter()
    .cloned()
    .collect();
    if !ids.is_empty() {
        return Err(PlanError::MpnCollision { ids });
    }
    let lowercase_domain = |t: &Tenant| Cow::Owned(t.domain.to_ascii_lowercase());
    let domains: Vec<String> = shared(&initiator.tenants, &invitee.tenants, lowercase_domain)
        .into_iter()
        .map(|t| t.domain.clone())
        .collect();
    if !domains.is_empty() {
        return Err(PlanError::TenantCollision { domains });
    }
    fn holding<'a, T: ?Sized + 'a>(
        holding: Holding,
        a: impl IntoIterator<Item = &'a T>,
        b: impl IntoIterator<Item = &'a T>,
        id: impl Fn(&'a T) -> &'a str + Copy,
    ) -> Result<(), PlanError> {
        let ids: Vec<String> = shared(a, b, |x| id(x).into())
            .into_iter()
            .map(|x| id(x).to_string())
            .collect();
        if ids.is_empty() {
            Ok(())
        } else {
            Err(PlanError::HoldingCollision { holding, ids })
        }
    }
    holding(Holding::Offer, &initiator.offers, &invitee.offers, |o| {
        &o.id
    })?;
    holding(
        Holding::CoSellRecord,
        &initiator.co_sell,
        &invitee.co_sell,
        |r| &r.id,
    )?;
    holding(
        Holding::SaVoucher,
        &initiator.sa_vouchers,
        &invitee.sa_vouchers,
        |v| &v.id,
    )?;
    let (a, b) = (&initiator.benefit_tokens, &invitee.benefit_tokens);
    holding(Holding::BenefitToken, a, b, |t| &t.id)?;
    let csp = |s: &'a AccountSnapshot| s.tenants.iter().flat_map(|t| &t.csp_accounts);
    holding(
        Holding::CspAccount,
        csp(initiator),
        csp(invitee),
        |c: &String| c,
    )?;
    Ok(())
}

/// The items of `b` whose key is also a key of an item in `a`, in `b`'s order.
fn shared<'a, T: ?Sized>(
    a: impl IntoIterator<Item = &'a T>,
    b: impl IntoIterator<Item = &'a T>,
    key: impl Fn(&'a T) -> Cow<'a, str>,
) -> Vec<&'a T> {
    let seen: HashSet<Cow<'a, str>> = a.into_iter().map(&key).collect();
    b.into_iter().filter(|x| seen.contains(&key(x))).collect()
}
