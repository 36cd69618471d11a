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
            } => format!(
                "{} of {from_company} moved under the PGA, keeping their MPN IDs: {}",
                en.counted(mpn_ids.len() as u64, "location", "locations"),
                en.list(mpn_ids)
            ),
            Self::TenantJoined {
                domain,
                from_company,
                users,
            } => format!(
                "tenant {domain} of {from_company} is listed with its {}; it is not merged",
                en.counted(*users, "user", "users")
            ),
            Self::RolesKept {
                from_company,
                users,
                account_wide_roles,
                location_scoped_roles,
            } => format!(
                "{} of {from_company} keep their roles: {account_wide_roles} account-wide, \
                 {location_scoped_roles} scoped to a location",
                en.counted(*users, "user", "users")
            ),
            Self::OffersCarried {
                from_company,
                count,
            } => format!(
                "{} of {from_company} kept",
                en.counted(*count, "published offer", "published offers")
            ),
            Self::CoSellCarried {
                from_company,
                count,
                value_cents,
            } => format!(
                "{} of {from_company} worth {} kept",
                en.counted(*count, "co-sell opportunity", "co-sell opportunities"),
                en.cents(*value_cents)
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
                "{name} is held by both companies; the merged account holds it at {} until {expires}",
                level.as_str()
            ),
            Self::ActionPackAnniversaryMoved { from, to } => {
                format!("the Action Pack anniversary moves from {from} to {to}")
            }
            Self::ActionPackAdded { anniversary } => {
                format!("the Action Pack with anniversary {anniversary} is added")
            }
            Self::McpIdsAttached { to_mpn_id, mcp_ids } => {
                format!("MCP IDs {} are attached to {to_mpn_id}", en.list(mcp_ids))
            }
            Self::AzureExpertMspRetained {
                from_company,
                renewal,
            } => format!("{from_company}'s Azure Expert MSP benefits are kept until {renewal}"),
            Self::SpecializationAdded { name, from_company } => {
                format!("advanced specialization {name} is kept from {from_company}")
            }
            Self::SaVoucherAdded {
                id,
                days,
                from_company,
            } => format!("SA voucher {id} ({days} days) is kept from {from_company}"),
        }
    }

    fn dutch(&self) -> String {
        match self {
            Self::PgaKept { mpn_id, company } => format!(
                "het wereldwijde partneraccount {mpn_id} van {company} blijft de PGA van het \
                 samengevoegde account"
            ),
            Self::PgaDemotedToLocation { mpn_id, company } => format!(
                "het wereldwijde partneraccount {mpn_id} van {company} wordt een locatie en houdt \
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
                "tenant {domain} van {from_company} wordt vermeld met zijn {}; de tenant zelf \
                 wordt niet samengevoegd",
                NL.counted(*users, "gebruiker", "gebruikers")
            ),
            Self::RolesKept {
                from_company,
                users,
                account_wide_roles,
                location_scoped_roles,
            } => format!(
                "{} van {from_company} {} hun rollen: {account_wide_roles} voor het hele account, \
                 {location_scoped_roles} voor een locatie",
                NL.counted(*users, "gebruiker", "gebruikers"),
                agreeing(*users, "houdt", "houden")
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
                "de verjaardatum van het Action Pack verschuift van {} naar {}",
                NL.date(*from),
                NL.date(*to)
            ),
            Self::ActionPackAdded { anniversary } => format!(
                "het Action Pack met verjaardatum {} komt erbij",
                NL.date(*anniversary)
            ),
            Self::McpIdsAttached { to_mpn_id, mcp_ids } => format!(
                "MCP-ID's {} worden gekoppeld aan {to_mpn_id}",
                NL.list(mcp_ids)
            ),
            Self::AzureExpertMspRetained {
                from_company,
                renewal,
            } => format!(
                "de Azure Expert MSP-voordelen van {from_company} blijven behouden tot {}",
                NL.date(*renewal)
            ),
            Self::SpecializationAdded { name, from_company } => {
                format!("de geavanceerde specialisatie {name} van {from_company} blijft behouden")
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
