//! W1: resolving the MPN ID an initiator types into the account it invites.

use serde::{Deserialize, Serialize};

use crate::mpn::{is_well_formed_mpn, MpnId};
use crate::snapshot::AccountSnapshot;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_fields)]
pub enum InviteError {
    #[error("\"{value}\" is not a Partner ID (MPN ID): a Partner ID is 6 to 10 digits (0-9)")]
    MalformedMpnId { value: String },

    #[error("{mpn_id} is your own account; invite another company's global Partner ID")]
    SelfMerge { mpn_id: MpnId },

    #[error("{mpn_id} is a location of {company}; use its global Partner ID {global_mpn_id}")]
    LocationId {
        mpn_id: MpnId,
        company: String,
        global_mpn_id: MpnId,
    },

    #[error("{company} ({mpn_id}) has been merged into {merged_into} and cannot take part in another merge")]
    MergedAway {
        mpn_id: MpnId,
        company: String,
        merged_into: MpnId,
    },

    #[error("no partner account has the global Partner ID {mpn_id}; check the number with the other company")]
    UnknownAccount { mpn_id: MpnId },
}

impl InviteError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::MalformedMpnId { .. } => "MALFORMED_MPN_ID",
            Self::SelfMerge { .. } => "SELF_MERGE",
            Self::LocationId { .. } => "LOCATION_ID",
            Self::MergedAway { .. } => "MERGED_AWAY",
            Self::UnknownAccount { .. } => "UNKNOWN_ACCOUNT",
        }
    }
}

/// Finds the account whose global MPN ID is `target` among `accounts` (which may include
/// accounts merged away and the initiator itself), or says why it cannot be invited.
pub fn find_invitee<'a>(
    initiator: &AccountSnapshot,
    target: &str,
    accounts: impl IntoIterator<Item = &'a AccountSnapshot>,
) -> Result<&'a AccountSnapshot, InviteError> {
    let target = target.trim();
    if !is_well_formed_mpn(target) {
        return Err(InviteError::MalformedMpnId {
            value: target.to_string(),
        });
    }
    if initiator.mpn_ids().any(|id| id == target) {
        return Err(InviteError::SelfMerge {
            mpn_id: MpnId::new(target),
        });
    }
    let mut location_of = None;
    for account in accounts {
        if account.global_mpn_id == target {
            if let Some(merged_into) = &account.merged_into {
                return Err(InviteError::MergedAway {
                    mpn_id: account.global_mpn_id.clone(),
                    company: account.company.clone(),
                    merged_into: merged_into.clone(),
                });
            }
            return Ok(account);
        }
        if account.merged_into.is_none() && account.locations.iter().any(|l| l.mpn_id == target) {
            location_of = Some(account);
        }
    }
    Err(match location_of {
        Some(owner) => InviteError::LocationId {
            mpn_id: MpnId::new(target),
            company: owner.company.clone(),
            global_mpn_id: owner.global_mpn_id.clone(),
        },
        None => InviteError::UnknownAccount {
            mpn_id: MpnId::new(target),
        },
    })
}
