//! Builds the merged account from two mergeable snapshots (R1-R14), with the changes it makes
//! and the values it does not keep. Takes the snapshots by value: their data moves into the
//! merged account instead of being copied.

use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::caseless::Caseless;
use crate::snapshot::{AccountSnapshot, Location, LocationOrigin};

use super::change::Change;
use super::{
    CompanyBankTaxProfile, NotMerged, Superseded, TenantNotMerged, TenantRoleManagement, TokenStays,
};

pub(super) struct Merged {
    pub result: AccountSnapshot,
    pub changes: Vec<Change>,
    pub superseded: Vec<Superseded>,
}

/// `invitee_tenants`: the role management of the invitee's tenants, for their user counts.
pub(super) fn merge_accounts(
    a: AccountSnapshot,
    b: AccountSnapshot,
    invitee_tenants: &[TenantRoleManagement],
) -> Merged {
    let mut superseded = Vec::new();
    let mut changes = vec![
        // R1
        Change::PgaKept {
            mpn_id: a.global_mpn_id.clone(),
            company: a.company.clone(),
        },
        // R2
        Change::PgaDemotedToLocation {
            mpn_id: b.global_mpn_id.clone(),
            company: b.company.clone(),
        },
    ];
    let mut benefit_packages = a.packages_in_force();
    benefit_packages.extend(b.packages_in_force());

    // R2, R3, R4: every location keeps its MPN ID; the invitee's PGA and locations join.
    let mut locations = Vec::with_capacity(a.locations.len() + 1 + b.locations.len());
    let (a_origin, b_origin): (Arc<str>, Arc<str>) =
        (a.company.as_str().into(), b.company.as_str().into());
    locations.extend(a.locations.into_iter().map(|l| tagged(l, &a_origin)));
    locations.push(Location {
        mpn_id: b.global_mpn_id,
        name: b.company.clone(),
        // A PGA has no country of its own in the snapshot; its legal entity's is the tax one.
        country: b
            .bank_tax_profile
            .as_ref()
            .map(|p| p.tax_id_country.clone()),
        origin: Some(LocationOrigin {
            company: b_origin.clone(),
            was_pga: true,
        }),
    });
    if !b.locations.is_empty() {
        changes.push(Change::LocationsMoved {
            from_company: b.company.clone(),
            mpn_ids: b.locations.iter().map(|l| l.mpn_id.clone()).collect(),
        });
    }
    locations.extend(b.locations.into_iter().map(|l| tagged(l, &b_origin)));

    // R6: tenants are listed side by side, each with its own users.
    for managed in invitee_tenants {
        changes.push(Change::TenantJoined {
            domain: managed.tenant.clone(),
            from_company: b.company.clone(),
            users: managed.users,
        });
    }
    // R5: users and roles move as they are; location scopes stay valid because no MPN ID is
    // renumbered (R4).
    let roles = b.users.iter().flat_map(|u| &u.roles);
    let scoped = roles.clone().filter(|r| r.location.is_some()).count() as u64;
    changes.push(Change::RolesKept {
        from_company: b.company.clone(),
        users: b.users.len() as u64,
        account_wide_roles: roles.count() as u64 - scoped,
        location_scoped_roles: scoped,
    });

    // R7
    if !b.offers.is_empty() {
        changes.push(Change::OffersCarried {
            from_company: b.company.clone(),
            count: b.offers.len() as u64,
        });
    }
    if !b.co_sell.is_empty() {
        changes.push(Change::CoSellCarried {
            from_company: b.company.clone(),
            count: b.co_sell.len() as u64,
            value_cents: b
                .co_sell
                .iter()
                .fold(0i64, |sum, r| sum.saturating_add(r.value_cents)),
        });
    }

    // R8: one entry per competency, at the highest level and latest expiry of the two. Each
    // company's own level and expiry stay visible in its benefit package.
    let mut competencies = a.competencies;
    let by_name: FxHashMap<String, usize> = competencies
        .iter()
        .enumerate()
        .map(|(i, c)| (c.name.clone(), i))
        .collect();
    for theirs in b.competencies {
        match by_name.get(&theirs.name) {
            None => {
                changes.push(Change::CompetencyAdded {
                    name: theirs.name.clone(),
                    level: theirs.level,
                    from_company: b.company.clone(),
                });
                competencies.push(theirs);
            }
            Some(&i) => {
                let ours = &mut competencies[i];
                ours.expires = ours.expires.max(theirs.expires);
                if theirs.level > ours.level {
                    changes.push(Change::CompetencyUpgraded {
                        name: ours.name.clone(),
                        from: ours.level,
                        to: theirs.level,
                    });
                    ours.level = theirs.level;
                } else {
                    changes.push(Change::CompetencyCombined {
                        name: ours.name.clone(),
                        level: ours.level,
                        expires: ours.expires,
                    });
                }
            }
        }
    }

    // R9: the later anniversary stands.
    let action_pack = match (a.action_pack, b.action_pack) {
        (Some(ours), Some(theirs)) if theirs.anniversary > ours.anniversary => {
            changes.push(Change::ActionPackAnniversaryMoved {
                from: ours.anniversary,
                to: theirs.anniversary,
            });
            Some(theirs)
        }
        (None, Some(theirs)) => {
            changes.push(Change::ActionPackAdded {
                anniversary: theirs.anniversary,
            });
            Some(theirs)
        }
        (ours, _) => ours,
    };

    // R11: MCP IDs are attached to the PGA's MPN ID; one listed by both is kept once.
    let mut mcp_ids = a.mcp_ids;
    let ours: FxHashSet<String> = mcp_ids.iter().cloned().collect();
    if !b.mcp_ids.is_empty() {
        changes.push(Change::McpIdsAttached {
            to_mpn_id: a.global_mpn_id.clone(),
            mcp_ids: b.mcp_ids.clone(),
        });
    }
    for id in b.mcp_ids {
        if ours.contains(&id) {
            superseded.push(Superseded::McpId {
                company: b.company.clone(),
                mcp_id: id,
            });
        } else {
            mcp_ids.push(id);
        }
    }

    // R12: kept until renewal; with two memberships, the later renewal stands.
    let azure_expert_msp = match (a.azure_expert_msp, b.azure_expert_msp) {
        (Some(ours), Some(theirs)) if ours.renewal >= theirs.renewal => Some(ours),
        (ours, None) => ours,
        (_, Some(theirs)) => {
            changes.push(Change::AzureExpertMspRetained {
                from_company: b.company.clone(),
                renewal: theirs.renewal,
            });
            Some(theirs)
        }
    };

    // R13: specializations (one listed by both is kept once) and SA vouchers.
    let mut advanced_specializations = a.advanced_specializations;
    let ours: FxHashSet<String> = advanced_specializations.iter().cloned().collect();
    for name in b.advanced_specializations {
        changes.push(Change::SpecializationAdded {
            name: name.clone(),
            from_company: b.company.clone(),
        });
        if ours.contains(&name) {
            superseded.push(Superseded::AdvancedSpecialization {
                company: b.company.clone(),
                name,
            });
        } else {
            advanced_specializations.push(name);
        }
    }
    for voucher in &b.sa_vouchers {
        changes.push(Change::SaVoucherAdded {
            id: voucher.id.clone(),
            days: voucher.days,
            from_company: b.company.clone(),
        });
    }

    let result = AccountSnapshot {
        format_version: a.format_version,
        company: a.company,
        global_mpn_id: a.global_mpn_id,
        locations,
        tenants: concat(a.tenants, b.tenants),
        users: concat(a.users, b.users),
        competencies,
        action_pack,
        advanced_specializations,
        sa_vouchers: concat(a.sa_vouchers, b.sa_vouchers),
        mcp_ids,
        offers: concat(a.offers, b.offers),
        co_sell: concat(a.co_sell, b.co_sell),
        azure_expert_msp,
        // R14: tokens keep the tenant they were activated on.
        benefit_tokens: concat(a.benefit_tokens, b.benefit_tokens),
        // R15: the PGA's profile stands; the checklist asks to verify it.
        bank_tax_profile: a.bank_tax_profile,
        benefit_packages,
        merged_into: None,
    };
    Merged {
        result,
        changes,
        superseded,
    }
}

/// The location with its origin, keeping an origin from an earlier merge.
fn tagged(mut location: Location, company: &Arc<str>) -> Location {
    location.origin.get_or_insert_with(|| LocationOrigin {
        company: company.clone(),
        was_pga: false,
    });
    location
}

fn concat<T>(mut a: Vec<T>, b: Vec<T>) -> Vec<T> {
    a.extend(b);
    a
}

/// R16: each tenant's own account admins manage its users, and only those.
pub(super) fn role_management(
    initiator: &AccountSnapshot,
    invitee: &AccountSnapshot,
) -> Vec<TenantRoleManagement> {
    let mut managed = Vec::new();
    for account in [initiator, invitee] {
        let first = managed.len();
        managed.extend(account.tenants.iter().map(|t| TenantRoleManagement {
            tenant: t.domain.clone(),
            company: account.company.clone(),
            admins: Vec::new(),
            users: 0,
        }));
        let index: FxHashMap<Caseless, usize> = account
            .tenants
            .iter()
            .enumerate()
            .map(|(i, t)| (Caseless(&t.domain), first + i))
            .collect();
        for user in &account.users {
            let domain = user.email.rsplit_once('@').map_or("", |(_, d)| d);
            // Validation guarantees every user's domain is one of the account's tenants.
            if let Some(&i) = index.get(&Caseless(domain)) {
                let tenant = &mut managed[i];
                tenant.users += 1;
                if user.is_account_admin() {
                    tenant.admins.push(user.email.clone());
                }
            }
        }
    }
    managed
}

/// R6, R14, R15: what stays where it is. `superseded` is filled in by `merge_accounts`.
pub(super) fn not_merged(initiator: &AccountSnapshot, invitee: &AccountSnapshot) -> NotMerged {
    let both = [initiator, invitee];
    let tenants = both.iter().flat_map(|account| {
        account.tenants.iter().map(|t| TenantNotMerged {
            domain: t.domain.clone(),
            company: account.company.clone(),
            csp_accounts: t.csp_accounts.clone(),
        })
    });
    let tokens = both.iter().flat_map(|account| &account.benefit_tokens);
    NotMerged {
        tenants: tenants.collect(),
        benefit_tokens: tokens
            .map(|t| TokenStays {
                id: t.id.clone(),
                product: t.product.clone(),
                tenant: t.tenant.clone(),
                expires: t.expires(),
            })
            .collect(),
        bank_tax_profile: invitee
            .bank_tax_profile
            .as_ref()
            .map(|profile| CompanyBankTaxProfile {
                company: invitee.company.clone(),
                profile: profile.clone(),
            }),
        superseded: Vec::new(),
    }
}
