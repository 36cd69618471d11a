//! Large, valid, deterministic account pairs for benchmarks and demos (no randomness, so native
//! and wasm benchmarks plan exactly the same inputs).

use chrono::{Days, NaiveDate};

use crate::mpn::MpnId;
use crate::snapshot::*;

/// A mergeable pair with about `entities` entities in all (locations, users, offers, co-sell
/// records, MCP IDs, vouchers), split evenly between initiator and invitee.
pub fn synthetic_pair(entities: usize) -> (AccountSnapshot, AccountSnapshot) {
    let half = entities / 2;
    (
        synthetic_account(1, half),
        synthetic_account(2, entities - half),
    )
}

/// One account of about `entities` entities; `side` (1-9) keeps IDs of different sides apart.
pub fn synthetic_account(side: u32, entities: usize) -> AccountSnapshot {
    let n = entities.max(10);
    let (locations, users, offers, deals, mcp) =
        (n * 3 / 10, n * 4 / 10, n / 10, n * 15 / 100, n / 20);
    let vouchers = n.saturating_sub(locations + users + offers + deals + mcp);
    let company = format!("Company {side}");
    let tenants: Vec<String> = (0..2)
        .map(|t| format!("t{t}.company{side}.example"))
        .collect();
    let mpn = |k: usize| MpnId::new(format!("{side}{k:08}"));
    let day = |k: usize| {
        NaiveDate::from_ymd_opt(2021, 1, 1).expect("valid date") + Days::new((k % 700) as u64)
    };
    let competencies = [
        "Cloud Platform",
        "Data Analytics",
        "Security",
        "Modern Workplace",
    ];
    AccountSnapshot {
        format_version: SNAPSHOT_FORMAT_VERSION,
        company: company.clone(),
        global_mpn_id: mpn(0),
        locations: (1..=locations)
            .map(|k| Location {
                mpn_id: mpn(k),
                name: format!("{company} site {k}"),
                country: Some(["US", "NL", "DE", "JP"][k % 4].into()),
                origin: None,
            })
            .collect(),
        tenants: tenants
            .iter()
            .enumerate()
            .map(|(t, domain)| Tenant {
                domain: domain.clone(),
                csp_accounts: vec![format!("CSP-{side}-{t}")],
            })
            .collect(),
        users: (0..users)
            .map(|k| {
                let mut roles = vec![RoleAssignment {
                    role: KNOWN_ROLES[k % KNOWN_ROLES.len()].into(),
                    location: None,
                }];
                if k % 3 == 0 && locations > 0 {
                    roles.push(RoleAssignment {
                        role: "incentives_admin".into(),
                        location: Some(mpn(1 + k % locations)),
                    });
                }
                User {
                    email: format!("user{k}@{}", tenants[k % 2]),
                    roles,
                }
            })
            .collect(),
        competencies: competencies
            .iter()
            .enumerate()
            .filter(|(i, _)| (*i as u32 + side).is_multiple_of(2) || *i == 0)
            .map(|(i, name)| Competency {
                name: (*name).into(),
                level: if (i as u32 + side).is_multiple_of(3) {
                    CompetencyLevel::Silver
                } else {
                    CompetencyLevel::Gold
                },
                expires: day(side as usize * 40 + i),
            })
            .collect(),
        action_pack: Some(ActionPack {
            anniversary: day(side as usize * 30),
        }),
        advanced_specializations: vec![format!("Specialization {side}")],
        sa_vouchers: (0..vouchers)
            .map(|k| SaVoucher {
                id: format!("SAV-{side}-{k}"),
                days: 1 + (k % 10) as u32,
            })
            .collect(),
        mcp_ids: (0..mcp).map(|k| format!("{side}{k:07}")).collect(),
        offers: (0..offers)
            .map(|k| Offer {
                id: format!("company{side}.offer{k}"),
                name: format!("{company} offer {k}"),
            })
            .collect(),
        co_sell: (0..deals)
            .map(|k| CoSellRecord {
                id: format!("OPP-{side}-{k}"),
                name: format!("Opportunity {k}"),
                value_cents: (k as i64 % 1000) * 100_000 + 99,
            })
            .collect(),
        azure_expert_msp: (side == 2).then(|| AzureExpertMsp { renewal: day(500) }),
        benefit_tokens: vec![BenefitToken {
            id: format!("TOK-{side}"),
            product: "Office 365 E3".into(),
            activated_on: day(10),
            tenant: tenants[0].clone(),
        }],
        bank_tax_profile: Some(BankTaxProfile {
            bank_account_last4: format!("{:04}", side * 1111),
            tax_id_country: "US".into(),
        }),
        designations: Vec::new(),
        specializations: Vec::new(),
        purchases: Vec::new(),
        benefit_packages: Vec::new(),
        merged_into: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{plan_merge, validate_snapshot};

    #[test]
    fn synthetic_pairs_are_valid_and_mergeable() {
        for entities in [10, 1_000] {
            let (a, b) = synthetic_pair(entities);
            assert_eq!(validate_snapshot(&a), Ok(()));
            assert_eq!(validate_snapshot(&b), Ok(()));
            let as_of = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap();
            let plan = plan_merge(&a, &b, as_of).unwrap();
            assert_eq!(
                plan.result.locations.len(),
                a.locations.len() + 1 + b.locations.len()
            );
        }
    }
}
