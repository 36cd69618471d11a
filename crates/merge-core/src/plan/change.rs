//! The typed list of what the merge changes, one variant per kind of change.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::mpn::MpnId;
use crate::snapshot::CompetencyLevel;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
        #[serde(with = "crate::date::iso")]
        expires: NaiveDate,
    },
    /// R9: the invitee's anniversary was later.
    ActionPackAnniversaryMoved {
        #[serde(with = "crate::date::iso")]
        from: NaiveDate,
        #[serde(with = "crate::date::iso")]
        to: NaiveDate,
    },
    /// R9: only the invitee had an Action Pack.
    ActionPackAdded {
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
    /// One sentence a person reads.
    pub fn describe(&self) -> String {
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
                counted(mpn_ids.len() as u64, "location"),
                joined(mpn_ids)
            ),
            Self::TenantJoined {
                domain,
                from_company,
                users,
            } => format!(
                "tenant {domain} of {from_company} is listed with its {}; it is not merged",
                counted(*users, "user")
            ),
            Self::RolesKept {
                from_company,
                users,
                account_wide_roles,
                location_scoped_roles,
            } => format!(
                "{} of {from_company} keep their roles: {account_wide_roles} account-wide, \
                 {location_scoped_roles} scoped to a location",
                counted(*users, "user")
            ),
            Self::OffersCarried {
                from_company,
                count,
            } => format!("{} of {from_company} kept", counted(*count, "published offer")),
            Self::CoSellCarried {
                from_company,
                count,
                value_cents,
            } => format!(
                "{} of {from_company} worth {} kept",
                counted(*count, "co-sell opportunity"),
                format_cents(*value_cents)
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
                format!("MCP IDs {} are attached to {to_mpn_id}", joined(mcp_ids))
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
}

/// `1 user`, `3 users`, `2 co-sell opportunities`.
fn counted(n: u64, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

/// Up to five items, then how many more.
fn joined<T: std::fmt::Display>(items: &[T]) -> String {
    let shown: Vec<String> = items.iter().take(5).map(ToString::to_string).collect();
    match items.len() {
        n if n > 5 => format!("{} and {} more", shown.join(", "), n - 5),
        _ => shown.join(", "),
    }
}

/// `12000000` → `$120,000.00`. Currency is not in the snapshot; cents are shown as dollars.
pub fn format_cents(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let whole = (abs / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{sign}${grouped}.{:02}", abs % 100)
}

#[cfg(test)]
mod tests {
    use super::format_cents;

    #[test]
    fn counts_read_as_english() {
        assert_eq!(super::counted(1, "published offer"), "1 published offer");
        assert_eq!(
            super::counted(2, "co-sell opportunity"),
            "2 co-sell opportunities"
        );
        assert_eq!(super::counted(0, "user"), "0 users");
    }

    #[test]
    fn cents_are_grouped_dollars() {
        assert_eq!(format_cents(12_000_000), "$120,000.00");
        assert_eq!(format_cents(5), "$0.05");
        assert_eq!(format_cents(-123_456), "-$1,234.56");
    }
}
