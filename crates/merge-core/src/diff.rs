//! `diff_plans`: what differs between two plans, in sentences a person reads. The API uses it to
//! explain why a preview is stale instead of only saying that it is.

use std::fmt::Display;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::plan::{format_cents, MergePlan, Superseded};
use crate::snapshot::{BenefitPackage, CompetencyLevel, CoreLevel, RoleAssignment};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanDifference {
    pub area: DiffArea,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DiffArea {
    Parties,
    Locations,
    Tenants,
    Users,
    Competencies,
    Benefits,
    Holdings,
    BankTax,
    Warnings,
}

/// Every difference between `old` and `new`, old-to-new. Empty when the plans are the same.
pub fn diff_plans(old: &MergePlan, new: &MergePlan) -> Vec<PlanDifference> {
    let mut d = Diff::default();
    let (a, b) = (&old.result, &new.result);

    for (role, o, n) in [
        ("initiator", &old.initiator, &new.initiator),
        ("invitee", &old.invitee, &new.invitee),
    ] {
        d.scalar(
            DiffArea::Parties,
            &format!("the {role}'s company name"),
            &o.company,
            &n.company,
        );
        let what = format!("the {role}'s global MPN ID");
        d.scalar(DiffArea::Parties, &what, &o.global_mpn_id, &n.global_mpn_id);
        let (area, company) = (DiffArea::Benefits, &n.company);
        let what = format!("{company}'s Action Pack anniversary");
        let (before, after) = (
            shown(&o.action_pack_anniversary),
            shown(&n.action_pack_anniversary),
        );
        d.scalar(area, &what, &before, &after);
        let what = format!("{company}'s Azure Expert MSP renewal");
        let (before, after) = (
            shown(&o.azure_expert_msp_renewal),
            shown(&n.azure_expert_msp_renewal),
        );
        d.scalar(area, &what, &before, &after);
    }
    d.scalar(DiffArea::Parties, "the plan date", &old.as_of, &new.as_of);

    d.keyed(
        DiffArea::Locations,
        &a.locations,
        &b.locations,
        |l| l.mpn_id.to_string(),
        |l| match &l.origin {
            Some(o) => format!(
                "location {} ({}) was added to {}",
                l.mpn_id, l.name, o.company
            ),
            None => format!("location {} ({}) was added", l.mpn_id, l.name),
        },
        |l| format!("location {} ({}) was removed", l.mpn_id, l.name),
        |o, n, out| {
            let what = format!("location {}'s name", n.mpn_id);
            scalar_into(out, &what, &o.name, &n.name);
            let what = format!("location {}'s country", n.mpn_id);
            scalar_into(out, &what, &shown(&o.country), &shown(&n.country));
            let origin = |l: &crate::snapshot::Location| {
                shown(&l.origin.as_ref().map(|o| match o.was_pga {
                    true => format!("{} (its PGA)", o.company),
                    false => o.company.to_string(),
                }))
            };
            let what = format!("location {}'s origin", n.mpn_id);
            scalar_into(out, &what, &origin(o), &origin(n));
        },
    );
    d.keyed(
        DiffArea::Tenants,
        &old.not_merged.tenants,
        &new.not_merged.tenants,
        |t| t.domain.to_ascii_lowercase(),
        |t| format!("tenant {} was added to {}", t.domain, t.company),
        |t| format!("tenant {} of {} was removed", t.domain, t.company),
        |o, n, out| {
            let what = format!("tenant {}'s CSP accounts", n.domain);
            scalar_into(
                out,
                &what,
                &o.csp_accounts.join(", "),
                &n.csp_accounts.join(", "),
            );
        },
    );
    d.keyed(
        DiffArea::Users,
        &a.users,
        &b.users,
        |u| u.email.to_ascii_lowercase(),
        |u| format!("user {} was added with roles {}", u.email, roles(&u.roles)),
        |u| format!("user {} was removed", u.email),
        |o, n, out| {
            let what = format!("{}'s roles", n.email);
            scalar_into(out, &what, &roles(&o.roles), &roles(&n.roles));
        },
    );
    d.keyed(
        DiffArea::Competencies,
        &a.competencies,
        &b.competencies,
        |c| c.name.clone(),
        |c| format!("competency {} ({}) was added", c.name, c.level.as_str()),
        |c| format!("competency {} ({}) was removed", c.name, c.level.as_str()),
        |o, n, out| {
            scalar_into(out, &n.name, &level(o.level), &level(n.level));
            let what = format!("{}'s expiry", n.name);
            scalar_into(out, &what, &o.expires, &n.expires);
        },
    );

    let area = DiffArea::Benefits;
    let anniversary = |p: &MergePlan| shown(&p.result.action_pack.as_ref().map(|a| a.anniversary));
    d.scalar(
        area,
        "the Action Pack anniversary",
        &anniversary(old),
        &anniversary(new),
    );
    let msp = |p: &MergePlan| shown(&p.renewal.azure_expert_msp_renewal);
    d.scalar(area, "the Azure Expert MSP renewal", &msp(old), &msp(new));
    d.scalar(
        area,
        "the consolidated renewal date",
        &shown(&old.renewal.date),
        &shown(&new.renewal.date),
    );
    let core = |p: &MergePlan| shown(&p.renewal.core_level.map(core_level));
    d.scalar(
        area,
        "the core benefits level at renewal",
        &core(old),
        &core(new),
    );
    let package_key = numbered(|p: &BenefitPackage| p.company.clone());
    d.keyed(
        area,
        &package_key(&old.benefit_packages),
        &package_key(&new.benefit_packages),
        |(key, _)| key.clone(),
        |(_, p)| {
            format!(
                "a benefit package of {} expiring {} was added",
                p.company, p.expires
            )
        },
        |(_, p)| {
            format!(
                "the benefit package of {} expiring {} was removed",
                p.company, p.expires
            )
        },
        |(_, o), (_, n), out| {
            let what = format!("{}'s benefit package expiry", n.company);
            scalar_into(out, &what, &o.expires, &n.expires);
            let what = format!("{}'s core benefits level", n.company);
            scalar_into(
                out,
                &what,
                &core_level(o.core_level),
                &core_level(n.core_level),
            );
            let what = format!("{}'s benefit package competencies", n.company);
            let listed = |p: &BenefitPackage| {
                let items = p.competencies.iter();
                items
                    .map(|c| format!("{} ({}, until {})", c.name, c.level.as_str(), c.expires))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            scalar_into(out, &what, &listed(o), &listed(n));
        },
    );

    let area = DiffArea::Holdings;
    d.keyed(
        area,
        &a.offers,
        &b.offers,
        |o| o.id.clone(),
        |o| format!("offer {} ({}) was added", o.id, o.name),
        |o| format!("offer {} ({}) was removed", o.id, o.name),
        |o, n, out| scalar_into(out, &format!("offer {}'s name", n.id), &o.name, &n.name),
    );
    d.keyed(
        area,
        &a.co_sell,
        &b.co_sell,
        |r| r.id.clone(),
        |r| {
            format!(
                "co-sell opportunity {} ({}, {}) was added",
                r.id,
                r.name,
                format_cents(r.value_cents)
            )
        },
        |r| format!("co-sell opportunity {} ({}) was removed", r.id, r.name),
        |o, n, out| {
            let what = format!("co-sell opportunity {}'s value", n.id);
            let (ov, nv) = (format_cents(o.value_cents), format_cents(n.value_cents));
            scalar_into(out, &what, &ov, &nv);
            scalar_into(
                out,
                &format!("co-sell opportunity {}'s name", n.id),
                &o.name,
                &n.name,
            );
        },
    );
    d.keyed(
        area,
        &a.sa_vouchers,
        &b.sa_vouchers,
        |v| v.id.clone(),
        |v| format!("SA voucher {} ({} days) was added", v.id, v.days),
        |v| format!("SA voucher {} was removed", v.id),
        |o, n, out| {
            scalar_into(
                out,
                &format!("SA voucher {}'s days", n.id),
                &o.days,
                &n.days,
            )
        },
    );
    d.names(
        area,
        "advanced specialization",
        &a.advanced_specializations,
        &b.advanced_specializations,
    );
    d.names(area, "MCP ID", &a.mcp_ids, &b.mcp_ids);
    d.keyed(
        area,
        &a.benefit_tokens,
        &b.benefit_tokens,
        |t| t.id.clone(),
        |t| {
            format!(
                "benefit token {} ({}) on {} was added",
                t.id, t.product, t.tenant
            )
        },
        |t| format!("benefit token {} ({}) was removed", t.id, t.product),
        |o, n, out| {
            let what = format!("benefit token {}'s activation date", n.id);
            scalar_into(out, &what, &o.activated_on, &n.activated_on);
        },
    );

    let profile = |p: &Option<crate::snapshot::BankTaxProfile>| {
        shown(&p.as_ref().map(|p| {
            format!(
                "account ending {}, tax ID country {}",
                p.bank_account_last4, p.tax_id_country
            )
        }))
    };
    d.scalar(
        DiffArea::BankTax,
        "the merged account's bank and tax profile",
        &profile(&a.bank_tax_profile),
        &profile(&b.bank_tax_profile),
    );
    let left = |p: &MergePlan| {
        profile(
            &p.not_merged
                .bank_tax_profile
                .as_ref()
                .map(|c| c.profile.clone()),
        )
    };
    d.scalar(
        DiffArea::BankTax,
        "the invitee's bank and tax profile",
        &left(old),
        &left(new),
    );

    d.keyed(
        DiffArea::Warnings,
        &old.warnings,
        &new.warnings,
        |w| w.message.clone(),
        |w| format!("new warning: {}", w.message),
        |w| format!("no longer a warning: {}", w.message),
        |_, _, _| {},
    );

    d.keyed(
        DiffArea::Holdings,
        &old.not_merged.superseded,
        &new.not_merged.superseded,
        Superseded::describe,
        |x| format!("no longer kept: {}", x.describe()),
        |x| format!("kept again: {}", x.describe()),
        |_, _, _| {},
    );

    // The plan is lossless, so the checks above find any change to the inputs; this catches a
    // plan computed by a different engine version.
    if d.found.is_empty() && old.fingerprint != new.fingerprint {
        d.push(
            DiffArea::Parties,
            format!(
                "the plan was recomputed with a different engine (plan format {} → {}); review it again",
                old.format_version, new.format_version
            ),
        );
    }
    d.found
}

#[derive(Default)]
struct Diff {
    found: Vec<PlanDifference>,
}

impl Diff {
    fn push(&mut self, area: DiffArea, message: String) {
        self.found.push(PlanDifference { area, message });
    }

    fn scalar<T: PartialEq + Display>(&mut self, area: DiffArea, what: &str, old: &T, new: &T) {
        let mut messages = Vec::new();
        scalar_into(&mut messages, what, old, new);
        for message in messages {
            self.push(area, message);
        }
    }

    /// Items matched by key: added (in new's order), changed, then removed (in old's order).
    #[allow(clippy::too_many_arguments)]
    fn keyed<T>(
        &mut self,
        area: DiffArea,
        old: &[T],
        new: &[T],
        key: impl Fn(&T) -> String,
        added: impl Fn(&T) -> String,
        removed: impl Fn(&T) -> String,
        changed: impl Fn(&T, &T, &mut Vec<String>),
    ) {
        // Looked up only; the messages follow the lists' own order.
        let old_by_key: FxHashMap<String, &T> = old.iter().map(|x| (key(x), x)).collect();
        let new_by_key: FxHashMap<String, &T> = new.iter().map(|x| (key(x), x)).collect();
        let mut messages = Vec::new();
        for item in new {
            match old_by_key.get(&key(item)) {
                None => messages.push(added(item)),
                Some(before) => changed(before, item, &mut messages),
            }
        }
        for item in old {
            if !new_by_key.contains_key(&key(item)) {
                messages.push(removed(item));
            }
        }
        for message in messages {
            self.push(area, message);
        }
    }

    fn names(&mut self, area: DiffArea, what: &str, old: &[String], new: &[String]) {
        self.keyed(
            area,
            old,
            new,
            Clone::clone,
            |name| format!("{what} {name} was added"),
            |name| format!("{what} {name} was removed"),
            |_, _, _| {},
        );
    }
}

fn scalar_into<T: PartialEq + Display>(out: &mut Vec<String>, what: &str, old: &T, new: &T) {
    if old != new {
        out.push(format!("{what} changed from {old} to {new}"));
    }
}

fn shown<T: Display>(value: &Option<T>) -> String {
    value
        .as_ref()
        .map_or_else(|| "none".to_string(), ToString::to_string)
}

fn level(level: CompetencyLevel) -> &'static str {
    level.as_str()
}

fn core_level(level: CoreLevel) -> &'static str {
    match level {
        CoreLevel::ActionPack => "action pack",
        CoreLevel::Silver => "silver",
        CoreLevel::Gold => "gold",
    }
}

fn roles(roles: &[RoleAssignment]) -> String {
    if roles.is_empty() {
        return "none".into();
    }
    roles
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Keys repeated within a list get `#2`, `#3`, ... so each item has its own.
fn numbered<T: Clone>(key: impl Fn(&T) -> String) -> impl Fn(&[T]) -> Vec<(String, T)> {
    move |items| {
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        items
            .iter()
            .map(|item| {
                let base = key(item);
                let n = counts.entry(base.clone()).or_default();
                *n += 1;
                let key = if *n == 1 { base } else { format!("{base}#{n}") };
                (key, item.clone())
            })
            .collect()
    }
}
