//! Who should absorb whom: both directions of one pair planned, and what differs between them
//! in words (issue #13). Most of a merge is the same either way (every location, user and
//! holding is kept, R2-R14); what is not is the surviving global MPN ID, the bank and tax
//! profile kept (R15) and whose admins act for the merged account (A2).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::mpn::MpnId;
use crate::plan::{plan_merge, MergePlan, PlanError};
use crate::snapshot::AccountSnapshot;
use crate::Lang;

/// One direction: `initiator` absorbing `invitee`, planned or refused. In JSON, the outcome is
/// a `plan` or a `refusal` field beside the two names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Direction {
    pub initiator: String,
    pub invitee: String,
    #[serde(flatten)]
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Outcome {
    #[serde(rename = "plan")]
    Planned(Box<MergePlan>),
    #[serde(rename = "refusal")]
    Refused(PlanError),
}

impl Direction {
    /// The plan of this direction, or why it cannot merge.
    pub fn plan(&self) -> Result<&MergePlan, &PlanError> {
        match &self.outcome {
            Outcome::Planned(plan) => Ok(plan),
            Outcome::Refused(refusal) => Err(refusal),
        }
    }
}

/// Both directions of a pair: `directions[0]` is `a` absorbing `b`, `directions[1]` the other
/// way round, and what differs between them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct DirectionComparison {
    pub directions: [Direction; 2],
    pub differences: Vec<DirectionDifference>,
}

/// What one direction gives and the other does not; each pair (or first and second) is
/// (a absorbing b, b absorbing a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum DirectionDifference {
    /// R2: the absorbing company's global MPN ID is the merged account's.
    GlobalMpnId { mpn_ids: [MpnId; 2] },
    /// R15: the merged account pays to the absorbing company's profile; the other's is not
    /// carried over. The last four digits of each direction's kept account, if any.
    BankTaxProfile { kept: [Option<String>; 2] },
    /// A2: account admins of the absorbing company's tenants act for the merged account.
    ActingAdmins { admins: [Vec<String>; 2] },
    /// A date of the merged account that depends on the direction. The rules make none
    /// (R8, R9, R10): one here means a rule is applied unevenly.
    DateDiffers {
        what: String,
        #[cfg_attr(feature = "ts", ts(as = "Option<crate::date::IsoDate>"))]
        #[serde(with = "crate::date::optional")]
        first: Option<NaiveDate>,
        #[cfg_attr(feature = "ts", ts(as = "Option<crate::date::IsoDate>"))]
        #[serde(with = "crate::date::optional")]
        second: Option<NaiveDate>,
    },
    /// One direction cannot be merged (or neither).
    Refused { direction: usize, error: PlanError },
}

/// `a` absorbing `b` and `b` absorbing `a`, both as of `as_of`, and what differs.
pub fn compare_directions(
    a: &AccountSnapshot,
    b: &AccountSnapshot,
    as_of: NaiveDate,
) -> DirectionComparison {
    let direction = |initiator: &AccountSnapshot, invitee: &AccountSnapshot| Direction {
        initiator: initiator.company.clone(),
        invitee: invitee.company.clone(),
        outcome: match plan_merge(initiator, invitee, as_of) {
            Ok(plan) => Outcome::Planned(Box::new(plan)),
            Err(refusal) => Outcome::Refused(refusal),
        },
    };
    let directions = [direction(a, b), direction(b, a)];
    let differences = match [directions[0].plan(), directions[1].plan()] {
        [Ok(first), Ok(second)] => differences([first, second]),
        refused => refused
            .iter()
            .enumerate()
            .filter_map(|(at, plan)| plan.err().map(|e| (at, e.clone())))
            .map(|(direction, error)| DirectionDifference::Refused { direction, error })
            .collect(),
    };
    DirectionComparison {
        directions,
        differences,
    }
}

fn differences(plans: [&MergePlan; 2]) -> Vec<DirectionDifference> {
    let mut found = vec![DirectionDifference::GlobalMpnId {
        mpn_ids: plans.map(|p| p.result.global_mpn_id.clone()),
    }];
    let kept = plans.map(|p| {
        let profile = p.result.bank_tax_profile.as_ref();
        profile.map(|b| b.bank_account_last4.clone())
    });
    if kept[0] != kept[1] {
        found.push(DirectionDifference::BankTaxProfile { kept });
    }
    let admins = plans.map(|p| {
        let pga = p.role_management.iter();
        let pga = pga.filter(|t| t.company == p.result.company);
        pga.flat_map(|t| t.admins.iter().cloned())
            .collect::<Vec<_>>()
    });
    if admins[0] != admins[1] {
        found.push(DirectionDifference::ActingAdmins { admins });
    }
    let mut dates = vec![
        ("renewal".to_string(), plans.map(|p| p.renewal.date)),
        (
            "Action Pack anniversary".to_string(),
            plans.map(|p| p.renewal.action_pack_anniversary),
        ),
    ];
    for competency in &plans[0].result.competencies {
        let expires = plans.map(|p| {
            let mut held = p.result.competencies.iter();
            held.find(|c| c.name == competency.name).map(|c| c.expires)
        });
        dates.push((format!("{} competency", competency.name), expires));
    }
    found.extend(
        dates
            .into_iter()
            .filter(|(_, dates)| dates[0] != dates[1])
            .map(|(what, [first, second])| DirectionDifference::DateDiffers {
                what,
                first,
                second,
            }),
    );
    found
}

impl DirectionComparison {
    /// What differs, a sentence each, in `lang`; with two plans, also that their dates agree
    /// when they do.
    pub fn describe_in(&self, lang: Lang) -> Vec<String> {
        let [first, second] = &self.directions;
        let mut lines: Vec<String> = self
            .differences
            .iter()
            .map(|d| d.describe_in([first, second], lang))
            .collect();
        let planned = first.plan().is_ok() && second.plan().is_ok();
        let dates_differ = self
            .differences
            .iter()
            .any(|d| matches!(d, DirectionDifference::DateDiffers { .. }));
        if planned && !dates_differ {
            lines.push(say!(lang, "compare-same-dates"));
        }
        lines
    }
}

impl DirectionDifference {
    /// This difference in `lang`; `directions` name the companies.
    pub fn describe_in(&self, directions: [&Direction; 2], lang: Lang) -> String {
        let (a, b) = (&directions[0].initiator, &directions[0].invitee);
        match self {
            Self::GlobalMpnId { mpn_ids: [x, y] } => {
                say!(lang, "compare-global-mpn-id", a, b, x, y)
            }
            Self::BankTaxProfile { kept: [x, y] } => {
                let profile = |company: &str, last4: &Option<String>| match last4 {
                    Some(last4) => say!(lang, "compare-profile", company, last4),
                    None => say!(lang, "compare-no-profile", company),
                };
                let (x, y) = (profile(a, x), profile(b, y));
                say!(lang, "compare-bank-tax", a, b, x, y)
            }
            Self::ActingAdmins { admins: [x, y] } => {
                let admins = |admins: &[String]| match admins.is_empty() {
                    true => say!(lang, "no-one"),
                    false => lang.list(admins),
                };
                let (x, y) = (admins(x), admins(y));
                say!(lang, "compare-acting-admins", a, b, x, y)
            }
            Self::DateDiffers {
                what,
                first: x,
                second: y,
            } => {
                let date = |d: &Option<NaiveDate>| match d {
                    Some(d) => lang.date(*d),
                    None => say!(lang, "none"),
                };
                let (x, y) = (date(x), date(y));
                say!(lang, "compare-date-differs", what, x, y, a, b)
            }
            Self::Refused { direction, error } => {
                let refused = directions[(*direction).min(1)];
                let (initiator, invitee) = (&refused.initiator, &refused.invitee);
                let error = error.describe_in(lang);
                say!(lang, "compare-refused", initiator, invitee, error)
            }
        }
    }
}
