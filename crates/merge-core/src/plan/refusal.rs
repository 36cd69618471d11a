//! Inputs that cannot merge ("What cannot merge" in docs/rules.md): typed refusals naming the offending IDs.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::lang::Lang;
use crate::mpn::MpnId;
use crate::snapshot::AccountSnapshot;
use crate::validate::{inspect, Collision, Keys, Problem, ProblemKind, Shared, Side};

/// Which side of the merge a snapshot is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Initiator,
    Invitee,
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe_in(Lang::En))
    }
}

impl Party {
    /// "initiator", "initiatiefnemer", "Initiator".
    pub fn describe_in(self, lang: Lang) -> String {
        match self {
            Self::Initiator => say!(lang, "party-initiator"),
            Self::Invitee => say!(lang, "party-invitee"),
        }
    }
}

/// Holdings whose IDs must be unique across both accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
        f.write_str(&self.describe_in(Lang::En))
    }
}

impl Holding {
    /// "offer", "aanbieding", "Angebot".
    pub fn describe_in(self, lang: Lang) -> String {
        match self {
            Self::Offer => say!(lang, "holding-offer"),
            Self::CoSellRecord => say!(lang, "holding-co-sell-record"),
            Self::SaVoucher => say!(lang, "holding-sa-voucher"),
            Self::BenefitToken => say!(lang, "holding-benefit-token"),
            Self::CspAccount => say!(lang, "holding-csp-account"),
        }
    }
}

/// Why two snapshots cannot merge. Serialized with a stable `code` and its details; read as
/// [`PlanError::describe_in`] (its `Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_fields)]
pub enum PlanError {
    MalformedMpnId {
        side: Party,
        problems: Vec<Problem>,
    },

    InvalidSnapshot {
        side: Party,
        problems: Vec<Problem>,
    },

    SelfMerge {
        mpn_id: MpnId,
    },

    MergedAway {
        side: Party,
        company: String,
        mpn_id: MpnId,
        merged_into: MpnId,
    },

    MpnCollision {
        ids: Vec<MpnId>,
    },

    TenantCollision {
        domains: Vec<String>,
    },

    HoldingCollision {
        holding: Holding,
        ids: Vec<String>,
    },
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

impl PlanError {
    /// The refusal in `lang`: what is wrong and what to do.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            Self::MalformedMpnId { side, problems } => say!(
                lang,
                "plan-refusal-malformed-mpn-id",
                side = side.describe_in(lang),
                paths = list(problems.iter().map(|p| &p.path))
            ),
            Self::InvalidSnapshot { side, problems } => say!(
                lang,
                "plan-refusal-invalid-snapshot",
                side = side.describe_in(lang),
                count = problems.len(),
                first = problems[0].to_string()
            ),
            Self::SelfMerge { mpn_id } => say!(lang, "plan-refusal-self-merge", mpn_id),
            Self::MergedAway {
                side,
                company,
                mpn_id,
                merged_into,
            } => say!(
                lang,
                "plan-refusal-merged-away",
                side = side.describe_in(lang),
                company,
                mpn_id,
                merged_into
            ),
            Self::MpnCollision { ids } => say!(lang, "plan-refusal-mpn-collision", ids = list(ids)),
            Self::TenantCollision { domains } => {
                say!(
                    lang,
                    "plan-refusal-tenant-collision",
                    domains = list(domains)
                )
            }
            Self::HoldingCollision { holding, ids } => say!(
                lang,
                "plan-refusal-holding-collision",
                holding = holding.describe_in(lang),
                ids = list(ids)
            ),
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe_in(Lang::En))
    }
}

impl std::error::Error for PlanError {}

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
    let mut keys = Keys::for_accounts(&[initiator, invitee]);
    check_side(Party::Initiator, initiator, &mut keys)?;
    let shared = check_side(Party::Invitee, invitee, &mut keys)?;
    check_pair(initiator, invitee, shared)
}

/// Refuses a snapshot with problems. Indexes its IDs into `keys`, the initiator's first; for
/// the invitee, returns the IDs it shares with the initiator, for [`check_pair`].
pub(crate) fn check_side<'a>(
    side: Party,
    snapshot: &'a AccountSnapshot,
    keys: &mut Keys<'a>,
) -> Result<Vec<Collision>, PlanError> {
    let index_side = match side {
        Party::Initiator => Side::First,
        Party::Invitee => Side::Second,
    };
    let (problems, collisions) = inspect(snapshot, index_side, keys);
    if problems.is_empty() {
        return Ok(collisions);
    }
    let malformed: Vec<Problem> = problems
        .iter()
        .filter(|p| p.kind == ProblemKind::MalformedMpnId)
        .cloned()
        .collect();
    Err(if malformed.is_empty() {
        PlanError::InvalidSnapshot { side, problems }
    } else {
        PlanError::MalformedMpnId {
            side,
            problems: malformed,
        }
    })
}

/// Refuses two valid snapshots that cannot merge with each other.
pub(crate) fn check_pair(
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
    shared: Vec<Collision>,
) -> Result<(), PlanError> {
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
    // Most fundamental first: MPN IDs (R4), tenants (R6), then holdings.
    let order = [
        Shared::MpnId,
        Shared::Tenant,
        Shared::Offer,
        Shared::CoSellRecord,
        Shared::SaVoucher,
        Shared::BenefitToken,
        Shared::CspAccount,
    ];
    for kind in order {
        let ids: Vec<String> = shared
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| c.id.clone())
            .collect();
        if ids.is_empty() {
            continue;
        }
        return Err(match kind {
            Shared::MpnId => PlanError::MpnCollision {
                ids: ids.into_iter().map(MpnId::new).collect(),
            },
            Shared::Tenant => PlanError::TenantCollision { domains: ids },
            Shared::Offer => holding(Holding::Offer, ids),
            Shared::CoSellRecord => holding(Holding::CoSellRecord, ids),
            Shared::SaVoucher => holding(Holding::SaVoucher, ids),
            Shared::BenefitToken => holding(Holding::BenefitToken, ids),
            Shared::CspAccount => holding(Holding::CspAccount, ids),
        });
    }
    Ok(())
}

fn holding(holding: Holding, ids: Vec<String>) -> PlanError {
    PlanError::HoldingCollision { holding, ids }
}
