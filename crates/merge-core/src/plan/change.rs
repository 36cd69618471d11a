//! The typed list of what the merge changes, one variant per kind of change.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::lang::Lang;
use crate::mpn::MpnId;
use crate::program::{EntryOffer, SolutionArea};
use crate::snapshot::CompetencyLevel;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Change {
    /// R1.
    PgaKept { mpn_id: MpnId, company: String },
    /// R2.
    PgaDemotedToLocation { mpn_id: MpnId, company: String },
    /// R3: every location of the invitee, in its order.
    LocationsMoved {
        from_company: String,
        mpn_ids: Vec<MpnId>,
    },
    /// R6: listed in the merged account, not merged into the initiator's tenant.
    TenantJoined {
        domain: String,
        from_company: String,
        users: u64,
    },
    /// R5: the invitee's users keep every role; location-scoped ones keep their location.
    RolesKept {
        from_company: String,
        users: u64,
        account_wide_roles: u64,
        location_scoped_roles: u64,
    },
    /// R7.
    OffersCarried { from_company: String, count: u64 },
    /// R7.
    CoSellCarried {
        from_company: String,
        count: u64,
        value_cents: i64,
    },
    /// R8: a competency only the invitee held.
    CompetencyAdded {
        name: String,
        level: CompetencyLevel,
        from_company: String,
    },
    /// R8: both held it; the invitee's level was higher.
    CompetencyUpgraded {
        name: String,
        from: CompetencyLevel,
        to: CompetencyLevel,
    },
    /// R8: both held it; the initiator's level stands (it was as high or higher).
    CompetencyCombined {
        name: String,
        level: CompetencyLevel,
        #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
        #[serde(with = "crate::date::iso")]
        expires: NaiveDate,
    },
    /// R9: the invitee's anniversary was later.
    ActionPackAnniversaryMoved {
        #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
        #[serde(with = "crate::date::iso")]
        from: NaiveDate,
        #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
        #[serde(with = "crate::date::iso")]
        to: NaiveDate,
    },
    /// R9: only the invitee had an Action Pack.
    ActionPackAdded {
        #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
        #[serde(with = "crate::date::iso")]
        anniversary: NaiveDate,
    },
    /// R11: every MCP ID of the invitee, in its order.
    McpIdsAttached {
        to_mpn_id: MpnId,
        mcp_ids: Vec<String>,
    },
    /// R12.
    AzureExpertMspRetained {
        from_company: String,
        #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
        #[serde(with = "crate::date::iso")]
        renewal: NaiveDate,
    },
    /// R13.
    SpecializationAdded { name: String, from_company: String },
    /// R13.
    SaVoucherAdded {
        id: String,
        days: u32,
        from_company: String,
    },
    /// R18: the invitee's designation, kept until its anniversary.
    DesignationCarried {
        area: SolutionArea,
        from_company: String,
        #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
        #[serde(with = "crate::date::iso")]
        anniversary: NaiveDate,
    },
    /// R19: the invitee's specialization, kept until its anniversary.
    SpecializationCarried {
        name: String,
        area: SolutionArea,
        from_company: String,
        #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
        #[serde(with = "crate::date::iso")]
        anniversary: NaiveDate,
    },
    /// R20: the invitee's purchase, with its benefits until its anniversary.
    PurchaseCarried {
        offer: EntryOffer,
        from_company: String,
        #[cfg_attr(feature = "ts", ts(as = "crate::date::IsoDate"))]
        #[serde(with = "crate::date::iso")]
        anniversary: NaiveDate,
    },
}

/// What kind of change a [`Change`] is, for a reader who scans the list (a legend names each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeTag {
    /// New to the merged account, brought by the invitee.
    Added,
    /// Comes under the PGA, unchanged.
    Moved,
    /// Carried over as it was.
    Kept,
    /// Carried over, but different after the merge.
    Changed,
}

impl Change {
    /// One sentence a person reads, in English.
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// One sentence a person reads, in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            Self::PgaKept { mpn_id, company } => say!(lang, "change-pga-kept", mpn_id, company),
            Self::PgaDemotedToLocation { mpn_id, company } => {
                say!(lang, "change-pga-demoted", mpn_id, company)
            }
            Self::LocationsMoved {
                from_company,
                mpn_ids,
            } => say!(
                lang,
                "change-locations-moved",
                count = mpn_ids.len(),
                from_company,
                mpn_ids = lang.list(mpn_ids)
            ),
            Self::TenantJoined {
                domain,
                from_company,
                users,
            } => say!(
                lang,
                "change-tenant-joined",
                domain,
                from_company,
                users = *users
            ),
            Self::RolesKept {
                from_company,
                users,
                account_wide_roles,
                location_scoped_roles,
            } => roles_kept(
                lang,
                from_company,
                *users,
                *account_wide_roles,
                *location_scoped_roles,
            ),
            Self::OffersCarried {
                from_company,
                count,
            } => say!(lang, "change-offers-carried", count = *count, from_company),
            Self::CoSellCarried {
                from_company,
                count,
                value_cents,
            } => say!(
                lang,
                "change-co-sell-carried",
                count = *count,
                from_company,
                value = lang.cents(*value_cents)
            ),
            Self::CompetencyAdded { .. }
            | Self::CompetencyUpgraded { .. }
            | Self::CompetencyCombined { .. }
            | Self::ActionPackAnniversaryMoved { .. }
            | Self::ActionPackAdded { .. }
            | Self::McpIdsAttached { .. }
            | Self::AzureExpertMspRetained { .. }
            | Self::SpecializationAdded { .. }
            | Self::SaVoucherAdded { .. } => self.benefit_in(lang),
            Self::DesignationCarried { .. }
            | Self::SpecializationCarried { .. }
            | Self::PurchaseCarried { .. } => self.program_in(lang),
        }
    }

    /// [`Change::describe_in`] of today's program (R18-R20).
    fn program_in(&self, lang: Lang) -> String {
        match self {
            Self::DesignationCarried {
                area,
                from_company,
                anniversary,
            } => say!(
                lang,
                "change-designation-carried",
                area = area.name_in(lang),
                from_company,
                anniversary = lang.date(*anniversary)
            ),
            Self::SpecializationCarried {
                name,
                area,
                from_company,
                anniversary,
            } => say!(
                lang,
                "change-specialization-carried",
                name,
                area = area.name_in(lang),
                from_company,
                anniversary = lang.date(*anniversary)
            ),
            Self::PurchaseCarried {
                offer,
                from_company,
                anniversary,
            } => say!(
                lang,
                "change-purchase-carried",
                offer = offer.name_in(lang),
                from_company,
                anniversary = lang.date(*anniversary)
            ),
            _ => unreachable!("program_in reads today's program's changes"),
        }
    }

    /// [`Change::describe_in`] of a competency, an Action Pack, an MCP ID or a benefit.
    fn benefit_in(&self, lang: Lang) -> String {
        let date = |d: &NaiveDate| lang.date(*d);
        match self {
            Self::CompetencyAdded {
                name,
                level,
                from_company,
            } => say!(
                lang,
                "change-competency-added",
                name,
                level = level.word(lang),
                from_company
            ),
            Self::CompetencyUpgraded { name, from, to } => say!(
                lang,
                "change-competency-upgraded",
                name,
                from = from.word(lang),
                to = to.word(lang)
            ),
            Self::CompetencyCombined {
                name,
                level,
                expires,
            } => say!(
                lang,
                "change-competency-combined",
                name,
                level = level.word(lang),
                expires = date(expires)
            ),
            Self::ActionPackAnniversaryMoved { from, to } => say!(
                lang,
                "change-action-pack-anniversary-moved",
                from = date(from),
                to = date(to)
            ),
            Self::ActionPackAdded { anniversary } => say!(
                lang,
                "change-action-pack-added",
                anniversary = date(anniversary)
            ),
            Self::McpIdsAttached { to_mpn_id, mcp_ids } => say!(
                lang,
                "change-mcp-ids-attached",
                count = mcp_ids.len(),
                mcp_ids = lang.list(mcp_ids),
                to = to_mpn_id
            ),
            Self::AzureExpertMspRetained {
                from_company,
                renewal,
            } => say!(
                lang,
                "change-azure-expert-msp-retained",
                from_company,
                renewal = date(renewal)
            ),
            Self::SpecializationAdded { name, from_company } => {
                say!(lang, "change-specialization-added", name, from_company)
            }
            Self::SaVoucherAdded {
                id,
                days,
                from_company,
            } => say!(
                lang,
                "change-sa-voucher-added",
                id,
                days = *days,
                from_company
            ),
            _ => unreachable!("describe_in reads the account's own changes"),
        }
    }

    /// Added, moved, kept or changed.
    pub fn tag(&self) -> ChangeTag {
        match self {
            Self::TenantJoined { .. }
            | Self::CompetencyAdded { .. }
            | Self::ActionPackAdded { .. }
            | Self::McpIdsAttached { .. } => ChangeTag::Added,
            Self::LocationsMoved { .. } => ChangeTag::Moved,
            Self::PgaKept { .. }
            | Self::RolesKept { .. }
            | Self::OffersCarried { .. }
            | Self::CoSellCarried { .. }
            | Self::CompetencyCombined { .. }
            | Self::AzureExpertMspRetained { .. }
            | Self::SpecializationAdded { .. }
            | Self::SaVoucherAdded { .. }
            | Self::DesignationCarried { .. }
            | Self::SpecializationCarried { .. }
            | Self::PurchaseCarried { .. } => ChangeTag::Kept,
            Self::PgaDemotedToLocation { .. }
            | Self::CompetencyUpgraded { .. }
            | Self::ActionPackAnniversaryMoved { .. } => ChangeTag::Changed,
        }
    }
}

/// "3 users of Fabricam keep their roles: 2 account-wide, 1 scoped to a location", with no
/// zero counts.
fn roles_kept(lang: Lang, company: &str, users: u64, wide: u64, scoped: u64) -> String {
    match (wide, scoped) {
        (0, 0) => say!(lang, "change-roles-kept-none", users, company),
        (_, 0) => say!(lang, "change-roles-kept-wide", users, company, wide),
        (0, _) => say!(lang, "change-roles-kept-scoped", users, company, scoped),
        _ => say!(lang, "change-roles-kept-both", users, company, wide, scoped),
    }
}

impl CompetencyLevel {
    /// The level as Partner Center writes it in `lang`: `gold`, `goud`, `Gold`.
    pub fn word(self, lang: Lang) -> String {
        match self {
            Self::Silver => say!(lang, "level-silver"),
            Self::Gold => say!(lang, "level-gold"),
        }
    }
}

/// `12000000` → `$120,000.00`. Currency is not in the snapshot; cents are shown as dollars.
pub fn format_cents(cents: i64) -> String {
    Lang::En.cents(cents)
}

#[cfg(test)]
mod tests {
    use super::format_cents;

    #[test]
    fn cents_are_grouped_dollars() {
        assert_eq!(format_cents(12_000_000), "$120,000.00");
        assert_eq!(format_cents(5), "$0.05");
        assert_eq!(format_cents(-123_456), "-$1,234.56");
    }
}
