//! The merge at a glance, before its details: how many locations, tenants, users and
//! competencies each company has and the merged account will have. What needs attention is
//! [`MergePlan::consequences`].

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::lang::Lang;
use crate::plan::{MergePlan, PLAN_FORMAT_V2};
use crate::snapshot::AccountSnapshot;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MergeSummary {
    pub rows: Vec<SummaryRow>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SummaryRow {
    pub counted: Counted,
    pub initiator: u64,
    pub invitee: u64,
    pub merged: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Counted {
    /// The PGA is a location of its own (R2), so it is counted.
    Locations,
    Tenants,
    Users,
    /// A competency both held counts once after the merge (R8).
    Competencies,
    /// Version 2: the solution areas with a Solutions Partner designation; an area both held
    /// counts once after the merge, though both entries are kept (R18).
    SolutionAreas,
    /// Version 2: specializations by name, one both held counted once (R19).
    Specializations,
}

impl Counted {
    pub fn label(self) -> String {
        self.label_in(Lang::En)
    }

    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Self::Locations => say!(lang, "counted-locations"),
            Self::Tenants => say!(lang, "counted-tenants"),
            Self::Users => say!(lang, "counted-users"),
            Self::Competencies => say!(lang, "counted-competencies"),
            Self::SolutionAreas => say!(lang, "counted-solution-areas"),
            Self::Specializations => say!(lang, "counted-specializations"),
        }
    }

    fn count(self, account: &AccountSnapshot) -> u64 {
        let n = match self {
            Self::Locations => 1 + account.locations.len(),
            Self::Tenants => account.tenants.len(),
            Self::Users => account.users.len(),
            Self::Competencies => account.competencies.len(),
            Self::SolutionAreas => {
                let areas: BTreeSet<_> = account.designations.iter().map(|d| d.area).collect();
                areas.len()
            }
            Self::Specializations => {
                let names: BTreeSet<_> = account.specializations.iter().map(|s| &s.name).collect();
                names.len()
            }
        };
        n as u64
    }
}

impl SummaryRow {
    /// `Locations (with the PGA): 2 + 3 → 5`.
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    pub fn describe_in(&self, lang: Lang) -> String {
        format!(
            "{}: {} + {} → {}",
            self.counted.label_in(lang),
            self.initiator,
            self.invitee,
            self.merged
        )
    }
}

/// `plan` is the plan of `initiator` absorbing `invitee`. A version 2 plan adds the solution
/// areas and specializations, and counts competencies (retired in 2022) only when someone
/// holds one; a version 1 plan's summary is as it always was.
pub fn summarize(
    plan: &MergePlan,
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
) -> MergeSummary {
    let today: &[Counted] = match plan.format_version >= PLAN_FORMAT_V2 {
        true => &[Counted::SolutionAreas, Counted::Specializations],
        false => &[],
    };
    let rows = [
        Counted::Locations,
        Counted::Tenants,
        Counted::Users,
        Counted::Competencies,
    ]
    .into_iter()
    .chain(today.iter().copied())
    .map(|counted| SummaryRow {
        counted,
        initiator: counted.count(initiator),
        invitee: counted.count(invitee),
        merged: counted.count(&plan.result),
    })
    .filter(|row| {
        let legacy = row.counted == Counted::Competencies && !today.is_empty();
        !(legacy && row.initiator + row.invitee + row.merged == 0)
    })
    .collect();
    MergeSummary { rows }
}
