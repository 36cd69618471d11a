//! Builds the merged account from two mergeable snapshots (R1-R14), with the changes it makes
//! and the values it does not keep. Takes the snapshots by value: their data moves into the
//! merged account instead of being copied.

use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::caseless::Caseless;
use crate::mpn::MpnId;
use crate::snapshot::{
    AccountSnapshot, ActionPack, AzureExpertMsp, CoSellRecord, Competency, Location,
    LocationOrigin, Offer, SaVoucher, User,
};

use super::change::Change;
use super::program::{merge_program, MergedProgram};
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
    mut a: AccountSnapshot,
    mut b: AccountSnapshot,
    invitee_tenants: &[TenantRoleManagement],
) -> Merged {
    let (a_program, b_program) = (MergedProgram::take(&mut a), MergedProgram::take(&mut b));
    let mut m = Merging {
        from_company: b.company.clone(),
        changes: vec![
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
        ],
        superseded: Vec::new(),
    };
    let mut benefit_packages = a.packages_in_force();
    benefit_packages.extend(b.packages_in_force());
    // A PGA has no country of its own in the snapshot; its legal entity's is the tax one.
    let pga_country = b
        .bank_tax_profile
        .as_ref()
        .map(|p| p.tax_id_country.clone());
    let invitee_pga = (b.global_mpn_id, pga_country);
    let locations = m.locations(&a.company, a.locations, invitee_pga, b.locations);
    m.tenants_and_roles(invitee_tenants, &b.users);
    m.offers_and_co_sell(&b.offers, &b.co_sell);
    let competencies = m.competencies(a.competencies, b.competencies);
    let action_pack = m.action_pack(a.action_pack, b.action_pack);
    let mcp_ids = m.mcp_ids(&a.global_mpn_id, a.mcp_ids, b.mcp_ids);
    let azure_expert_msp = m.azure_expert_msp(a.azure_expert_msp, b.azure_expert_msp);
    let advanced_specializations =
        m.specializations(a.advanced_specializations, b.advanced_specializations);
    m.sa_vouchers(&b.sa_vouchers);
    // R18-R20
    let sides = [
        (a.company.as_str(), a_program),
        (b.company.as_str(), b_program),
    ];
    let program = merge_program(sides, &mut m.changes);

    let result = AccountSnapshot {
        // A version 1 account that absorbs a version 2 one holds today's program: version 2.
        format_version: a.format_version.max(b.format_version),
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
        designations: program.designations,
        specializations: program.specializations,
        purchases: program.purchases,
        benefit_packages,
        merged_into: None,
    };
    Merged {
        result,
        changes: m.changes,
        superseded: m.superseded,
    }
}

/// The changes and superseded values found so far, rule by rule; `from_company` is the
/// invitee's name.
struct Merging {
    from_company: String,
    changes: Vec<Change>,
    superseded: Vec<Superseded>,
}

impl Merging {
    /// R2, R3, R4: every location keeps its MPN ID; the invitee's PGA (with its country) and
    /// locations join, tagged with their origin.
    fn locations(
        &mut self,
        initiator: &str,
        ours: Vec<Location>,
        (invitee_pga, pga_country): (MpnId, Option<String>),
        theirs: Vec<Location>,
    ) -> Vec<Location> {
        let mut locations = Vec::with_capacity(ours.len() + 1 + theirs.len());
        let (a_origin, b_origin): (Arc<str>, Arc<str>) =
            (initiator.into(), self.from_company.as_str().into());
        locations.extend(ours.into_iter().map(|l| tagged(l, &a_origin)));
        locations.push(Location {
            mpn_id: invitee_pga,
            name: self.from_company.clone(),
            country: pga_country,
            origin: Some(LocationOrigin {
                company: b_origin.clone(),
                was_pga: true,
            }),
        });
        if !theirs.is_empty() {
            self.changes.push(Change::LocationsMoved {
                from_company: self.from_company.clone(),
                mpn_ids: theirs.iter().map(|l| l.mpn_id.clone()).collect(),
            });
        }
        locations.extend(theirs.into_iter().map(|l| tagged(l, &b_origin)));
        locations
    }

    /// R6: tenants are listed side by side, each with its own users. R5: users and roles move
    /// as they are; location scopes stay valid because no MPN ID is renumbered (R4).
    fn tenants_and_roles(&mut self, invitee_tenants: &[TenantRoleManagement], users: &[User]) {
        for managed in invitee_tenants {
            self.changes.push(Change::TenantJoined {
                domain: managed.tenant.clone(),
                from_company: self.from_company.clone(),
                users: managed.users,
            });
        }
        let roles = users.iter().flat_map(|u| &u.roles);
        let scoped = roles.clone().filter(|r| r.location.is_some()).count() as u64;
        self.changes.push(Change::RolesKept {
            from_company: self.from_company.clone(),
            users: users.len() as u64,
            account_wide_roles: roles.count() as u64 - scoped,
            location_scoped_roles: scoped,
        });
    }

    /// R7: published offers and co-sell records are kept.
    fn offers_and_co_sell(&mut self, offers: &[Offer], co_sell: &[CoSellRecord]) {
        if !offers.is_empty() {
            self.changes.push(Change::OffersCarried {
                from_company: self.from_company.clone(),
                count: offers.len() as u64,
            });
        }
        if !co_sell.is_empty() {
            self.changes.push(Change::CoSellCarried {
                from_company: self.from_company.clone(),
                count: co_sell.len() as u64,
                value_cents: co_sell
                    .iter()
                    .fold(0i64, |sum, r| sum.saturating_add(r.value_cents)),
            });
        }
    }

    /// R8: one entry per competency, at the highest level and latest expiry of the two. Each
    /// company's own level and expiry stay visible in its benefit package.
    fn competencies(&mut self, ours: Vec<Competency>, theirs: Vec<Competency>) -> Vec<Competency> {
        let mut competencies = ours;
        let by_name: FxHashMap<String, usize> = competencies
            .iter()
            .enumerate()
            .map(|(i, c)| (c.name.clone(), i))
            .collect();
        for theirs in theirs {
            let Some(&i) = by_name.get(&theirs.name) else {
                self.changes.push(Change::CompetencyAdded {
                    name: theirs.name.clone(),
                    level: theirs.level,
                    from_company: self.from_company.clone(),
                });
                competencies.push(theirs);
                continue;
            };
            let ours = &mut competencies[i];
            ours.expires = ours.expires.max(theirs.expires);
            if theirs.level > ours.level {
                self.changes.push(Change::CompetencyUpgraded {
                    name: ours.name.clone(),
                    from: ours.level,
                    to: theirs.level,
                });
                ours.level = theirs.level;
            } else {
                self.changes.push(Change::CompetencyCombined {
                    name: ours.name.clone(),
                    level: ours.level,
                    expires: ours.expires,
                });
            }
        }
        competencies
    }

    /// R9: the later anniversary stands.
    fn action_pack(
        &mut self,
        ours: Option<ActionPack>,
        theirs: Option<ActionPack>,
    ) -> Option<ActionPack> {
        match (ours, theirs) {
            (Some(ours), Some(theirs)) if theirs.anniversary > ours.anniversary => {
                self.changes.push(Change::ActionPackAnniversaryMoved {
                    from: ours.anniversary,
                    to: theirs.anniversary,
                });
                Some(theirs)
            }
            (None, Some(theirs)) => {
                self.changes.push(Change::ActionPackAdded {
                    anniversary: theirs.anniversary,
                });
                Some(theirs)
            }
            (ours, _) => ours,
        }
    }

    /// R11: MCP IDs are attached to the PGA's MPN ID; one listed by both is kept once.
    fn mcp_ids(&mut self, pga: &MpnId, ours: Vec<String>, theirs: Vec<String>) -> Vec<String> {
        let mut mcp_ids = ours;
        let ours: FxHashSet<String> = mcp_ids.iter().cloned().collect();
        if !theirs.is_empty() {
            self.changes.push(Change::McpIdsAttached {
                to_mpn_id: pga.clone(),
                mcp_ids: theirs.clone(),
            });
        }
        for id in theirs {
            if ours.contains(&id) {
                self.superseded.push(Superseded::McpId {
                    company: self.from_company.clone(),
                    mcp_id: id,
                });
            } else {
                mcp_ids.push(id);
            }
        }
        mcp_ids
    }

    /// R12: kept until renewal; with two memberships, the later renewal stands.
    fn azure_expert_msp(
        &mut self,
        ours: Option<AzureExpertMsp>,
        theirs: Option<AzureExpertMsp>,
    ) -> Option<AzureExpertMsp> {
        match (ours, theirs) {
            (Some(ours), Some(theirs)) if ours.renewal >= theirs.renewal => Some(ours),
            (ours, None) => ours,
            (_, Some(theirs)) => {
                self.changes.push(Change::AzureExpertMspRetained {
                    from_company: self.from_company.clone(),
                    renewal: theirs.renewal,
                });
                Some(theirs)
            }
        }
    }

    /// R13: advanced specializations; one listed by both is kept once.
    fn specializations(&mut self, ours: Vec<String>, theirs: Vec<String>) -> Vec<String> {
        let mut specializations = ours;
        let ours: FxHashSet<String> = specializations.iter().cloned().collect();
        for name in theirs {
            self.changes.push(Change::SpecializationAdded {
                name: name.clone(),
                from_company: self.from_company.clone(),
            });
            if ours.contains(&name) {
                self.superseded.push(Superseded::AdvancedSpecialization {
                    company: self.from_company.clone(),
                    name,
                });
            } else {
                specializations.push(name);
            }
        }
        specializations
    }

    /// R13: SA vouchers are kept.
    fn sa_vouchers(&mut self, vouchers: &[SaVoucher]) {
        for voucher in vouchers {
            self.changes.push(Change::SaVoucherAdded {
                id: voucher.id.clone(),
                days: voucher.days,
                from_company: self.from_company.clone(),
            });
        }
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
