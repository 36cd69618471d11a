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

/// What the merge does with each kind of entry, the same way for all three.
trait Entry: Sized {
    fn held_by(&self) -> &Option<String>;
    fn held_by_mut(&mut self) -> &mut Option<String>;
    fn anniversary(&self) -> NaiveDate;
    fn item(&self) -> ProgramItem;
    /// Whether `other` is the same designation or specialization; a purchase is its own.
    fn same_as(&self, other: &Self) -> bool;
    /// The change that lists the invitee's entry (R18-R20).
    fn carried(&self, from_company: String) -> Change;
}

impl Entry for Designation {
    fn held_by(&self) -> &Option<String> {
        &self.held_by
    }
    fn held_by_mut(&mut self) -> &mut Option<String> {
        &mut self.held_by
    }
    fn anniversary(&self) -> NaiveDate {
        self.anniversary
    }
    fn item(&self) -> ProgramItem {
        ProgramItem::Designation { area: self.area }
    }
    fn same_as(&self, other: &Self) -> bool {
        self.area == other.area
    }
    fn carried(&self, from_company: String) -> Change {
        Change::DesignationCarried {
            area: self.area,
            from_company,
            anniversary: self.anniversary,
        }
    }
}

impl Entry for Specialization {
    fn held_by(&self) -> &Option<String> {
        &self.held_by
    }
    fn held_by_mut(&mut self) -> &mut Option<String> {
        &mut self.held_by
    }
    fn anniversary(&self) -> NaiveDate {
        self.anniversary
    }
    fn item(&self) -> ProgramItem {
        ProgramItem::Specialization {
            name: self.name.clone(),
            area: self.area,
        }
    }
    fn same_as(&self, other: &Self) -> bool {
        self.name == other.name
    }
    fn carried(&self, from_company: String) -> Change {
        Change::SpecializationCarried {
            name: self.name.clone(),
            area: self.area,
            from_company,
            anniversary: self.anniversary,
        }
    }
}

impl Entry for Purchase {
    fn held_by(&self) -> &Option<String> {
        &self.held_by
    }
    fn held_by_mut(&mut self) -> &mut Option<String> {
        &mut self.held_by
    }
    fn anniversary(&self) -> NaiveDate {
        self.anniversary
    }
    fn item(&self) -> ProgramItem {
        ProgramItem::Purchase { offer: self.offer }
    }
    fn same_as(&self, _: &Self) -> bool {
        false
    }
    fn carried(&self, from_company: String) -> Change {
        Change::PurchaseCarried {
            offer: self.offer,
            from_company,
            anniversary: self.anniversary,
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
    let mut merged = MergedProgram {
        designations: Vec::new(),
        specializations: Vec::new(),
        purchases: Vec::new(),
    };
    for (i, (company, side)) in sides.into_iter().enumerate() {
        let mut scratch = Vec::new();
        // Only the invitee's entries are listed as changes.
        let listed = if i == 1 { &mut *changes } else { &mut scratch };
        carry(side.designations, company, listed, &mut merged.designations);
        carry(
            side.specializations,
            company,
            listed,
            &mut merged.specializations,
        );
        carry(side.purchases, company, listed, &mut merged.purchases);
    }
    merged
}

/// `entries` of `company` into `out`, each tagged with whose it is and listed in `changes`.
fn carry<T: Entry>(entries: Vec<T>, company: &str, changes: &mut Vec<Change>, out: &mut Vec<T>) {
    for mut entry in entries {
        let holder = holder(entry.held_by(), company).to_string();
        changes.push(entry.carried(holder.clone()));
        *entry.held_by_mut() = Some(holder);
        out.push(entry);
    }
}

/// R21: the timeline of the merged account's program renewals; None without any entry.
pub(super) fn project_program(merged: &AccountSnapshot) -> Option<ProgramRenewal> {
    let company = merged.company.as_str();
    let mut timeline = Vec::new();
    anniversaries(&merged.designations, company, &mut timeline);
    anniversaries(&merged.specializations, company, &mut timeline);
    anniversaries(&merged.purchases, company, &mut timeline);
    // Stable: on one day, designations before specializations before purchases.
    timeline.sort_by_key(|entry| entry.date);
    Some(ProgramRenewal {
        one_company_from: timeline.last()?.date,
        timeline,
    })
}

/// Each of `entries` on its anniversary, with the other companies that hold the same.
fn anniversaries<T: Entry>(entries: &[T], company: &str, out: &mut Vec<ProgramAnniversary>) {
    for entry in entries {
        let also_held = entries
            .iter()
            .filter(|other| other.same_as(entry) && other.held_by() != entry.held_by())
            .map(|other| AlsoHeld {
                company: holder(other.held_by(), company).to_string(),
                anniversary: other.anniversary(),
            })
            .collect();
        out.push(ProgramAnniversary {
            date: entry.anniversary(),
            company: holder(entry.held_by(), company).to_string(),
            item: entry.item(),
            also_held,
        });
    }
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
