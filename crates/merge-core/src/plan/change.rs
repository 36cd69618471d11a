//! The typed list of what the merge changes, one variant per kind of change.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::mpn::MpnId;
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
        match lang {
            Lang::En => self.english(),
            Lang::Nl => self.dutch(),
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
            | Self::SaVoucherAdded { .. } => ChangeTag::Kept,
            Self::PgaDemotedToLocation { .. }
            | Self::CompetencyUpgraded { .. }
            | Self::ActionPackAnniversaryMoved { .. } => ChangeTag::Changed,
        }
    }

    fn english(&self) -> String {
        let en = Lang::En;
        match self {
            Self::PgaKept { mpn_id, company } => {
                format!("{company}'s partner global account {mpn_id} stays the PGA of the merged account")
            }
            Self::PgaDemotedToLocation { mpn_id, company } => {
                format!("{company}'s partner global account {mpn_id} becomes a location, keeping its MPN ID")
            }
            Self::LocationsMoved {
                from_company,
                mpn_ids,
            } => {
                let n = mpn_ids.len() as u64;
                format!(
                    "{} of {from_company} {} under the PGA, keeping {} MPN {}: {}",
                    en.counted(n, "location", "locations"),
                    if n == 1 { "moves" } else { "move" },
                    if n == 1 { "its" } else { "their" },
                    if n == 1 { "ID" } else { "IDs" },
                    en.list(mpn_ids)
                )
            }
            Self::TenantJoined {
                domain,
                from_company,
                users,
            } => format!(
                "Tenant {domain} of {from_company} is listed with its {}; it is not merged",
                en.counted(*users, "user", "users")
            ),
            Self::RolesKept {
                from_company,
                users,
                account_wide_roles,
                location_scoped_roles,
            } => roles_kept(
                Lang::En,
                from_company,
                *users,
                *account_wide_roles,
                *location_scoped_roles,
            ),
            Self::OffersCarried {
                from_company,
                count,
            } => format!(
                "{} of {from_company} {} kept",
                en.counted(*count, "published offer", "published offers"),
                if *count == 1 { "is" } else { "are" }
            ),
            Self::CoSellCarried {
                from_company,
                count,
                value_cents,
            } => format!(
                "{} of {from_company} worth {} {} kept",
                en.counted(*count, "co-sell opportunity", "co-sell opportunities"),
                en.cents(*value_cents),
                if *count == 1 { "is" } else { "are" }
            ),
            Self::CompetencyAdded {
                name,
                level,
                from_company,
            } => format!("{name} ({}) is added from {from_company}", level.as_str()),
            Self::CompetencyUpgraded { name, from, to } => {
                format!("{name} changes from {} to {}", from.as_str(), to.as_str())
            }
            Self::CompetencyCombined {
                name,
                level,
                expires,
            } => format!(
                "{name} is held by both companies; the merged account holds it at {} until {}",
                level.as_str(),
                en.date(*expires)
            ),
            Self::ActionPackAnniversaryMoved { from, to } => format!(
                "The Action Pack anniversary moves from {} to {}",
                en.date(*from),
                en.date(*to)
            ),
            Self::ActionPackAdded { anniversary } => format!(
                "The Action Pack with anniversary {} is added",
                en.date(*anniversary)
            ),
            Self::McpIdsAttached { to_mpn_id, mcp_ids } => {
                mcp_ids_attached(Lang::En, to_mpn_id, mcp_ids)
            }
            Self::AzureExpertMspRetained {
                from_company,
                renewal,
            } => format!(
                "{from_company}'s Azure Expert MSP benefits are kept until {}",
                en.date(*renewal)
            ),
            Self::SpecializationAdded { name, from_company } => {
                format!("Advanced specialization {name} is kept from {from_company}")
            }
            Self::SaVoucherAdded {
                id,
                days,
                from_company,
            } => format!(
                "SA voucher {id} ({}) is kept from {from_company}",
                en.counted(u64::from(*days), "day", "days")
            ),
        }
    }

    fn dutch(&self) -> String {
        match self {
            Self::PgaKept { mpn_id, company } => format!(
                "Het wereldwijde partneraccount {mpn_id} van {company} blijft de PGA van het \
                 samengevoegde account"
            ),
            Self::PgaDemotedToLocation { mpn_id, company } => format!(
                "Het wereldwijde partneraccount {mpn_id} van {company} wordt een locatie en houdt \
                 zijn MPN-ID"
            ),
            Self::LocationsMoved {
                from_company,
                mpn_ids,
            } => {
                let n = mpn_ids.len() as u64;
                format!(
                    "{} van {from_company} {} onder de PGA met behoud van MPN-ID: {}",
                    NL.counted(n, "locatie", "locaties"),
                    agreeing(n, "komt", "komen"),
                    NL.list(mpn_ids)
                )
            }
            Self::TenantJoined {
                domain,
                from_company,
                users,
            } => format!(
                "Tenant {domain} van {from_company} wordt vermeld met zijn {}; de tenant zelf \
                 wordt niet samengevoegd",
                NL.counted(*users, "gebruiker", "gebruikers")
            ),
            Self::RolesKept {
                from_company,
                users,
                account_wide_roles,
                location_scoped_roles,
            } => roles_kept(
                Lang::Nl,
                from_company,
                *users,
                *account_wide_roles,
                *location_scoped_roles,
            ),
            Self::OffersCarried {
                from_company,
                count,
            } => format!(
                "{} van {from_company} {} behouden",
                NL.counted(
                    *count,
                    "gepubliceerde aanbieding",
                    "gepubliceerde aanbiedingen"
                ),
                agreeing(*count, "blijft", "blijven")
            ),
            Self::CoSellCarried {
                from_company,
                count,
                value_cents,
            } => format!(
                "{} van {from_company} ter waarde van {} {} behouden",
                NL.counted(*count, "co-sell-kans", "co-sell-kansen"),
                NL.cents(*value_cents),
                agreeing(*count, "blijft", "blijven")
            ),
            Self::CompetencyAdded {
                name,
                level,
                from_company,
            } => format!(
                "{name} ({}) komt erbij van {from_company}",
                dutch_level(*level)
            ),
            Self::CompetencyUpgraded { name, from, to } => format!(
                "{name} gaat van {} naar {}",
                dutch_level(*from),
                dutch_level(*to)
            ),
            Self::CompetencyCombined {
                name,
                level,
                expires,
            } => format!(
                "{name} hebben beide bedrijven; het samengevoegde account houdt deze competentie \
                 op niveau {} tot {}",
                dutch_level(*level),
                NL.date(*expires)
            ),
            Self::ActionPackAnniversaryMoved { from, to } => format!(
                "De jubileumdatum van het Action Pack verschuift van {} naar {}",
                NL.date(*from),
                NL.date(*to)
            ),
            Self::ActionPackAdded { anniversary } => format!(
                "Het Action Pack met jubileumdatum {} komt erbij",
                NL.date(*anniversary)
            ),
            Self::McpIdsAttached { to_mpn_id, mcp_ids } => {
                mcp_ids_attached(Lang::Nl, to_mpn_id, mcp_ids)
            }
            Self::AzureExpertMspRetained {
                from_company,
                renewal,
            } => format!(
                "De Azure Expert MSP-voordelen van {from_company} blijven behouden tot {}",
                NL.date(*renewal)
            ),
            Self::SpecializationAdded { name, from_company } => {
                format!("De geavanceerde specialisatie {name} van {from_company} blijft behouden")
            }
            Self::SaVoucherAdded {
                id,
                days,
                from_company,
            } => format!(
                "SA-voucher {id} ({}) van {from_company} blijft behouden",
                NL.counted(u64::from(*days), "dag", "dagen")
            ),
        }
    }
}

/// The language of [`Change::dutch`].
const NL: Lang = Lang::Nl;

/// A verb that agrees with the count: "1 locatie komt", "2 locaties komen".
fn agreeing(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// "3 users of Fabricam keep their roles: 2 account-wide, 1 scoped to a location", with no
/// zero counts.
fn roles_kept(lang: Lang, company: &str, users: u64, wide: u64, scoped: u64) -> String {
    match lang {
        Lang::En => {
            let who = lang.counted(users, "user", "users");
            let keep = if users == 1 { "keeps" } else { "keep" };
            match (wide, scoped) {
                (0, 0) => format!("{who} of {company} {keep} access, with no roles"),
                (wide, 0) => format!(
                    "{who} of {company} {keep} their {}",
                    lang.counted(wide, "account-wide role", "account-wide roles")
                ),
                (0, scoped) => format!(
                    "{who} of {company} {keep} their {} scoped to a location",
                    lang.counted(scoped, "role", "roles")
                ),
                (wide, scoped) => format!(
                    "{who} of {company} {keep} their roles: {wide} account-wide, {scoped} \
                     scoped to a location"
                ),
            }
        }
        Lang::Nl => {
            let who = lang.counted(users, "gebruiker", "gebruikers");
            let keep = agreeing(users, "houdt", "houden");
            match (wide, scoped) {
                (0, 0) => format!("{who} van {company} {keep} toegang, zonder rollen"),
                (wide, 0) => format!(
                    "{who} van {company} {keep} hun {} voor het hele account",
                    lang.counted(wide, "rol", "rollen")
                ),
                (0, scoped) => format!(
                    "{who} van {company} {keep} hun {} voor een locatie",
                    lang.counted(scoped, "rol", "rollen")
                ),
                (wide, scoped) => format!(
                    "{who} van {company} {keep} hun rollen: {wide} voor het hele account, \
                     {scoped} voor een locatie"
                ),
            }
        }
    }
}

/// "MCP ID 900002 is attached to 1111111", "MCP IDs 1, 2 are attached to …".
fn mcp_ids_attached(lang: Lang, to: &MpnId, ids: &[String]) -> String {
    let n = ids.len() as u64;
    let list = lang.list(ids);
    match lang {
        Lang::En => format!(
            "{} {list} {} attached to {to}",
            if n == 1 { "MCP ID" } else { "MCP IDs" },
            if n == 1 { "is" } else { "are" }
        ),
        Lang::Nl => format!(
            "{} {list} {} gekoppeld aan {to}",
            agreeing(n, "MCP-ID", "MCP-ID's"),
            agreeing(n, "wordt", "worden")
        ),
    }
}

/// Partner Center's Dutch names of the levels.
pub(crate) fn dutch_level(level: CompetencyLevel) -> &'static str {
    match level {
        CompetencyLevel::Silver => "zilver",
        CompetencyLevel::Gold => "goud",
    }
}

/// `12000000` → `$120,000.00`. Currency is not in the snapshot; cents are shown as dollars.
pub fn format_cents(cents: i64) -> String {
    Lang::En.cents(cents)
}

#[cfg(test)]
mod tests {
    use super::{format_cents, Lang};

    #[test]
    fn counts_read_as_english() {
        let en = Lang::En;
        assert_eq!(
            en.counted(1, "published offer", "published offers"),
            "1 published offer"
        );
        assert_eq!(
            en.counted(2, "co-sell opportunity", "co-sell opportunities"),
            "2 co-sell opportunities"
        );
        assert_eq!(en.counted(0, "user", "users"), "0 users");
    }

    #[test]
    fn cents_are_grouped_dollars() {
        assert_eq!(format_cents(12_000_000), "$120,000.00");
        assert_eq!(format_cents(5), "$0.05");
        assert_eq!(format_cents(-123_456), "-$1,234.56");
    }
}
