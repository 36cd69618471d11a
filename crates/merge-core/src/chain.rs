//! Several companies into one: "two or more companies … can choose to merge their accounts".
//! Partner Center merges two accounts at a time, so a chain is the merges one after the other,
//! each invitee absorbed into the account the previous step made (issue #13).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::mpn::MpnId;
use crate::plan::{plan_merge, MergePlan, PlanError};
use crate::snapshot::AccountSnapshot;

/// The merges of a chain, in order: step 1 is the initiator absorbing the first invitee, each
/// later step the account of the step before absorbing the next. Each step is a whole plan,
/// with its own changes and fingerprint, as it would be confirmed in Partner Center.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct MergeChain {
    pub steps: Vec<MergePlan>,
}

impl MergeChain {
    /// The account after the last step.
    pub fn result(&self) -> &AccountSnapshot {
        let last = self.steps.last();
        &last.expect("a chain has at least one step").result
    }
}

/// Why a chain gives no plan: the step that cannot be made, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_fields)]
pub enum ChainError {
    #[error("a chain needs at least one invitee; name the companies to absorb")]
    NoInvitee,

    #[error(
        "step {step} ({company} absorbing {invitee}, {invitee_mpn_id}) cannot be made: {error}"
    )]
    StepRefused {
        /// 1 for the first invitee.
        step: usize,
        /// The account absorbing at that step.
        company: String,
        invitee: String,
        invitee_mpn_id: MpnId,
        error: Box<PlanError>,
    },
}

impl ChainError {
    /// The stable code also written as `code` in the serialized error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NoInvitee => "NO_INVITEE",
            Self::StepRefused { .. } => "STEP_REFUSED",
        }
    }
}

/// `initiator` absorbing each of `invitees` in turn, every step as of `as_of`. Every step is
/// checked as [`plan_merge`] checks one merge (R2, R4, R6: an invitee whose MPN IDs or tenants
/// an earlier step brought in is refused at its own step).
pub fn plan_merge_chain(
    initiator: &AccountSnapshot,
    invitees: &[AccountSnapshot],
    as_of: NaiveDate,
) -> Result<MergeChain, ChainError> {
    if invitees.is_empty() {
        return Err(ChainError::NoInvitee);
    }
    let mut steps: Vec<MergePlan> = Vec::with_capacity(invitees.len());
    for (at, invitee) in invitees.iter().enumerate() {
        let absorbing = steps.last().map_or(initiator, |plan| &plan.result);
        let plan =
            plan_merge(absorbing, invitee, as_of).map_err(|error| ChainError::StepRefused {
                step: at + 1,
                company: absorbing.company.clone(),
                invitee: invitee.company.clone(),
                invitee_mpn_id: invitee.global_mpn_id.clone(),
                error: Box::new(error),
            })?;
        steps.push(plan);
    }
    Ok(MergeChain { steps })
}
