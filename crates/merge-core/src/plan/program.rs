//! Today's program in a merge (R18-R21): every designation, specialization and purchase of both
//! companies kept until its own anniversary, each then renewed for the merged account as one
//! company, and the timeline of those renewals.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::lang::Lang;
use crate::program::{holder, Designation, EntryOffer, Purchase, SolutionArea, Specialization};
use crate::snapshot::AccountSnapshot;

use super::change::Change;

/// The renewals of today's program after the merge (R21).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgramRenewal {
    /// The last anniversary of all: from it on every designation, specialization and purchase
    /// has been renewed for the merged account as one company.
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub one_company_from: NaiveDate,
    /// Each designation, specialization and purchase on its anniversary, earliest first.
    pub timeline: Vec<ProgramAnniversary>,
}

/// One item coming up for renewal: until `date` it stays as its company earned it (R18-R20);
/// on `date` it is evaluated for the merged account as one company (R21).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgramAnniversary {
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub date: NaiveDate,
    /// The company that earned or bought it.
    pub company: String,
    pub item: ProgramItem,
    /// The other companies of the merged account that hold the same designation or
    /// specialization, with their own anniversaries: the merged account keeps it until the
    /// latest of them (R18, R19).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_held: Vec<AlsoHeld>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ProgramItem {
    Designation { area: SolutionArea },
    Specialization { name: String, area: SolutionArea },
    Purchase { offer: EntryOffer },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AlsoHeld {
    pub company: String,
    #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
    #[serde(with = "crate::date::iso")]
    pub anniversary: NaiveDate,
}

/// Both companies' program entries, each tagged with the company that holds it.
pub(super) struct MergedProgram {
    pub designations: Vec<Designation>,
    pub specializations: Vec<Specialization>,
    pub purchases: Vec<Purchase>,
}

impl MergedProgram {
    /// One account's entries, taken out of it (its company is what `held_by` defaults to).
    pub fn take(account: &mut AccountSnapshot) -> Self {
        Self {
            designations: std::mem::take(&mut account.designations),
            specializations: std::mem::take(&mut account.specializations),
            purchases: std::mem::take(&mut account.purchases),
        }
    }
}

/// R18-R20: every entry of both is kept, none combined or dropped; each keeps its own dates
/// and says whose it is. The invitee's entries are listed as changes. `sides`: each company
/// with its entries, the initiator first.
pub(super) fn merge_program(
    sides: [(&str, MergedProgram); 2],
    changes: &mut Vec<Change>,
) -> MergedProgram {
    let (mut designations, mut specializations, mut purchases) = (vec![], vec![], vec![]);
    for (i, (company, account)) in sides.into_iter().enumerate() {
        let theirs = i == 1;
        for mut d in account.designations {
            d.held_by = Some(holder(&d.held_by, company).to_string());
            if theirs {
                changes.push(Change::DesignationCarried {
                    area: d.area,
                    from_company: holder(&d.held_by, company).to_string(),
                    anniversary: d.anniversary,
                });
            }
            designations.push(d);
        }
        for mut s in account.specializations {
            s.held_by = Some(holder(&s.held_by, company).to_string());
            if theirs {
                changes.push(Change::SpecializationCarried {
                    name: s.name.clone(),
                    area: s.area,
                    from_company: holder(&s.held_by, company).to_string(),
                    anniversary: s.anniversary,
                });
            }
            specializations.push(s);
        }
        for mut p in account.purchases {
            p.held_by = Some(holder(&p.held_by, company).to_string());
            if theirs {
                changes.push(Change::PurchaseCarried {
                    offer: p.offer,
                    from_company: holder(&p.held_by, company).to_string(),
                    anniversary: p.anniversary,
                });
            }
            purchases.push(p);
        }
    }
    MergedProgram {
        designations,
        specializations,
        purchases,
    }
}

/// R21: the timeline of the merged account's program renewals; None without any entry.
pub(super) fn project_program(merged: &AccountSnapshot) -> Option<ProgramRenewal> {
    let company = merged.company.as_str();
    let mut timeline = Vec::new();
    for d in &merged.designations {
        let also_held = merged
            .designations
            .iter()
            .filter(|o| o.area == d.area && o.held_by != d.held_by)
            .map(|o| AlsoHeld {
                company: holder(&o.held_by, company).to_string(),
                anniversary: o.anniversary,
            })
            .collect();
        timeline.push(ProgramAnniversary {
            date: d.anniversary,
            company: holder(&d.held_by, company).to_string(),
            item: ProgramItem::Designation { area: d.area },
            also_held,
        });
    }
    for s in &merged.specializations {
        let also_held = merged
            .specializations
            .iter()
            .filter(|o| o.name == s.name && o.held_by != s.held_by)
            .map(|o| AlsoHeld {
                company: holder(&o.held_by, company).to_string(),
                anniversary: o.anniversary,
            })
            .collect();
        timeline.push(ProgramAnniversary {
            date: s.anniversary,
            company: holder(&s.held_by, company).to_string(),
            item: ProgramItem::Specialization {
                name: s.name.clone(),
                area: s.area,
            },
            also_held,
        });
    }
    for p in &merged.purchases {
        timeline.push(ProgramAnniversary {
            date: p.anniversary,
            company: holder(&p.held_by, company).to_string(),
            item: ProgramItem::Purchase { offer: p.offer },
            also_held: Vec::new(),
        });
    }
    // Stable: on one day, designations before specializations before purchases.
    timeline.sort_by_key(|entry| entry.date);
    Some(ProgramRenewal {
        one_company_from: timeline.last()?.date,
        timeline,
    })
}

impl ProgramRenewal {
    /// The timeline as sentences, then the renewal as one company. `merged`: the merged
    /// account's company.
    pub fn describe_in(&self, merged: &str, lang: Lang) -> Vec<String> {
        let mut lines: Vec<String> = self
            .timeline
            .iter()
            .map(|entry| entry.describe_in(merged, lang))
            .collect();
        let mut areas: Vec<SolutionArea> = self
            .timeline
            .iter()
            .filter_map(|entry| match entry.item {
                ProgramItem::Designation { area } => Some(area),
                _ => None,
            })
            .collect();
        areas.sort();
        areas.dedup();
        let areas: Vec<String> = areas.iter().map(|a| a.name_in(lang)).collect();
        let date = lang.date(self.one_company_from);
        lines.push(match areas.len() {
            0 => say!(lang, "program-one-company-no-designations", date, merged),
            _ => say!(
                lang,
                "program-one-company",
                date,
                merged,
                areas = areas.join(", ")
            ),
        });
        lines
    }

    /// The solution areas more than one company held: what was held twice and is kept once.
    pub fn held_by_both(&self) -> Vec<SolutionArea> {
        let mut areas: Vec<SolutionArea> = self
            .timeline
            .iter()
            .filter(|entry| !entry.also_held.is_empty())
            .filter_map(|entry| match entry.item {
                ProgramItem::Designation { area } => Some(area),
                _ => None,
            })
            .collect();
        areas.sort();
        areas.dedup();
        areas
    }
}

impl ProgramAnniversary {
    pub fn describe_in(&self, merged: &str, lang: Lang) -> String {
        let (date, company) = (lang.date(self.date), &self.company);
        let due = match &self.item {
            ProgramItem::Designation { area } => say!(
                lang,
                "program-designation-due",
                date,
                company,
                area = area.name_in(lang),
                merged
            ),
            ProgramItem::Specialization { name, area } => say!(
                lang,
                "program-specialization-due",
                date,
                company,
                name,
                area = area.name_in(lang),
                merged
            ),
            ProgramItem::Purchase { offer } => say!(
                lang,
                "program-purchase-due",
                date,
                company,
                offer = offer.name_in(lang),
                merged
            ),
        };
        let also = self.also_held.iter().map(|other| {
            say!(
                lang,
                "program-also-held",
                company = &other.company,
                date = lang.date(other.anniversary)
            )
        });
        std::iter::once(due)
            .chain(also)
            .collect::<Vec<_>>()
            .join("; ")
    }
}
