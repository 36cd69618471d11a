//! Merger or acquisition (R22): the kind of deal an invitation names, carried in a version 2
//! plan and worded for both companies. Partner Center merges the accounts the same way for
//! both; the kind says what the companies agreed, so that nobody reads one as the other.

use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::lang::Lang;
use crate::mpn::MpnId;
use crate::plan::MergePlan;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DealKind {
    /// Two firms become one.
    Merger,
    /// One firm buys all or part of another.
    Acquisition,
}

impl DealKind {
    /// `merger`, `acquisition`: as written in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Merger => "merger",
            Self::Acquisition => "acquisition",
        }
    }

    /// The deal in one sentence, naming both companies of `plan` and what becomes of them.
    pub fn describe_in(self, plan: &MergePlan, lang: Lang) -> String {
        let (initiator, invitee) = (&plan.initiator, &plan.invitee);
        self.describe_between(
            &initiator.company,
            &invitee.company,
            &initiator.global_mpn_id,
            lang,
        )
    }

    /// [`DealKind::describe_in`] from the companies alone, for a reader who has no plan (the
    /// invitee's invitation): `initiator` with its global `initiator_id` and `invitee`.
    pub fn describe_between(
        self,
        initiator: &str,
        invitee: &str,
        initiator_id: &MpnId,
        lang: Lang,
    ) -> String {
        match self {
            Self::Merger => say!(lang, "deal-merger", initiator, invitee, initiator_id),
            Self::Acquisition => say!(lang, "deal-acquisition", initiator, invitee, initiator_id),
        }
    }

    /// "Merger", "Acquisition": the kind's name in `lang`.
    pub fn word(self, lang: Lang) -> String {
        match self {
            Self::Merger => say!(lang, "deal-kind-merger"),
            Self::Acquisition => say!(lang, "deal-kind-acquisition"),
        }
    }
}

impl std::str::FromStr for DealKind {
    type Err = UnknownDealKind;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        [Self::Merger, Self::Acquisition]
            .into_iter()
            .find(|kind| kind.as_str().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| UnknownDealKind(text.to_string()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a kind of deal: use merger or acquisition")]
pub struct UnknownDealKind(pub String);
