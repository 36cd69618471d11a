//! Snapshot validation: every problem at once, each with a JSON path and a plain message.

use std::collections::hash_map::Entry;
use std::fmt;
use std::hash::Hash;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use crate::caseless::Caseless;
use crate::mpn::MpnId;
use crate::program::holder;
use crate::snapshot::{
    AccountSnapshot, CompetencyLevel, KNOWN_ROLES, SNAPSHOT_FORMAT_V2, SNAPSHOT_FORMAT_VERSION,
};

/// One thing wrong with a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// Where, as a JSON path from the snapshot root: `locations[1].mpn_id`.
    pub path: String,
    pub kind: ProblemKind,
    /// What is wrong and what to do, in words.
    pub message: String,
}

/// What sort of problem, for callers that branch on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    UnsupportedFormat,
    MalformedMpnId,
    DuplicateId,
    Empty,
    Malformed,
    UnknownRole,
    UnknownLocation,
    UnknownTenant,
    /// Two parts of the snapshot disagree.
    Inconsistent,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Checks a snapshot; `Ok` when it can take part in a merge, else every problem found.
pub fn validate_snapshot(snapshot: &AccountSnapshot) -> Result<(), Vec<Problem>> {
    let problems = find_problems(snapshot);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Every problem in the snapshot, in document order.
pub fn find_problems(s: &AccountSnapshot) -> Vec<Problem> {
    inspect(s, Side::First, &mut Keys::for_accounts(&[s])).0
}

/// Which of two snapshots indexed into the same [`Keys`] an entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    First,
    Second,
}

/// IDs that must be unique across both accounts of a merge, indexed while validating them:
/// one insert finds both a duplicate within the second account and a collision with the first.
#[derive(Default)]
pub(crate) struct Keys<'a> {
    /// By [`MpnId::key`].
    pub mpn_ids: Seen<u64>,
    pub tenants: Seen<Caseless<'a>>,
    pub csp_accounts: Seen<&'a str>,
    pub offers: Seen<&'a str>,
    pub co_sell: Seen<&'a str>,
    pub sa_vouchers: Seen<&'a str>,
    pub benefit_tokens: Seen<&'a str>,
}

/// An ID of the second account that the first account has too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Collision {
    pub kind: Shared,
    pub id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shared {
    MpnId,
    Tenant,
    CspAccount,
    Offer,
    CoSellRecord,
    SaVoucher,
    BenefitToken,
}

/// Validates `s` and indexes its IDs into `keys` as `side`: its problems, and the IDs it
/// shares with the snapshot indexed before it.
impl<'a> Keys<'a> {
    /// Room for the IDs of all `accounts`, so that indexing the second never rehashes the first.
    pub(crate) fn for_accounts(accounts: &[&AccountSnapshot]) -> Self {
        let count = |f: fn(&AccountSnapshot) -> usize| accounts.iter().map(|a| f(a)).sum();
        Self {
            mpn_ids: with_room(count(|a| a.locations.len() + 1)),
            tenants: with_room(count(|a| a.tenants.len())),
            csp_accounts: with_room(count(|a| {
                a.tenants.iter().map(|t| t.csp_accounts.len()).sum()
            })),
            offers: with_room(count(|a| a.offers.len())),
            co_sell: with_room(count(|a| a.co_sell.len())),
            sa_vouchers: with_room(count(|a| a.sa_vouchers.len())),
            benefit_tokens: with_room(count(|a| a.benefit_tokens.len())),
        }
    }
}

pub(crate) fn inspect<'a>(
    s: &'a AccountSnapshot,
    side: Side,
    keys: &mut Keys<'a>,
) -> (Vec<Problem>, Vec<Collision>) {
    let mut v = Validator {
        side,
        ..Validator::default()
    };
    v.format_and_company(s);
    let own_mpn_ids = v.mpn_ids(s, keys);
    v.locations(s);
    let own_tenants = v.tenants(s, keys);
    v.csp_accounts(s, keys);
    v.users(s, &own_mpn_ids, &own_tenants);
    v.competencies(s);
    v.packages_agree(s);
    v.holdings(s, keys);
    v.deals(s, keys);
    v.benefit_tokens(s, keys, &own_tenants);
    v.bank_tax_and_merged_into(s);
    v.program(s);
    (v.problems, v.collisions)
}

/// The snapshot's own tenant domains, without case.
type OwnTenants<'a> = FxHashSet<Caseless<'a>>;

// The checks of `inspect`, one area each, in document order.
impl Validator {
    fn format_and_company(&mut self, s: &AccountSnapshot) {
        if ![SNAPSHOT_FORMAT_VERSION, SNAPSHOT_FORMAT_V2].contains(&s.format_version) {
            let message = format!(
                "format_version {} is not supported; this engine reads format_version \
                 {SNAPSHOT_FORMAT_VERSION} and {SNAPSHOT_FORMAT_V2}",
                s.format_version
            );
            let kind = ProblemKind::UnsupportedFormat;
            self.push("format_version".into(), kind, message);
        }
        self.non_empty(|| "company".into(), &s.company, "the company name");
    }

    /// MPN IDs: well-formed and unique within the account (R4). Gives this snapshot's own IDs
    /// by [`MpnId::key`]: `keys` holds the other snapshot's too.
    fn mpn_ids(&mut self, s: &AccountSnapshot, keys: &mut Keys<'_>) -> FxHashSet<u64> {
        let mpn_path = |i: usize| match i {
            0 => "global_mpn_id".to_string(),
            i => format!("locations[{}].mpn_id", i - 1),
        };
        let mut own_mpn_ids =
            FxHashSet::with_capacity_and_hasher(s.locations.len() + 1, Default::default());
        for (i, id) in s.mpn_ids().enumerate() {
            let Some(key) = id.key() else {
                let message = format!(
                    "\"{id}\" is not a Partner ID (MPN ID): a Partner ID is {} to {} digits (0-9)",
                    MpnId::MIN_DIGITS,
                    MpnId::MAX_DIGITS
                );
                self.push(mpn_path(i), ProblemKind::MalformedMpnId, message);
                continue;
            };
            own_mpn_ids.insert(key);
            let shared = Some(Shared::MpnId);
            let seen = &mut keys.mpn_ids;
            self.unique(seen, i, key, id.as_str(), "Partner ID", shared, mpn_path);
        }
        own_mpn_ids
    }

    fn locations(&mut self, s: &AccountSnapshot) {
        for (i, location) in s.locations.iter().enumerate() {
            self.non_empty(
                || format!("locations[{i}].name"),
                &location.name,
                "the location name",
            );
            if let Some(country) = &location.country {
                self.country(|| format!("locations[{i}].country"), country);
            }
        }
    }

    /// Tenants (R6): at least one, each a domain, none in both accounts.
    fn tenants<'a>(&mut self, s: &'a AccountSnapshot, keys: &mut Keys<'a>) -> OwnTenants<'a> {
        if s.tenants.is_empty() {
            let message = "an account needs at least one tenant (its users sign in through it)";
            self.push("tenants".into(), ProblemKind::Empty, message.into());
        }
        let tenant_path = |i: usize| format!("tenants[{i}].domain");
        for (i, tenant) in s.tenants.iter().enumerate() {
            if is_domain(&tenant.domain) {
                let (domain, text) = (Caseless(tenant.domain.as_str()), &tenant.domain);
                let shared = Some(Shared::Tenant);
                let seen = &mut keys.tenants;
                self.unique(seen, i, domain, text, "tenant", shared, tenant_path);
            } else {
                let message = format!("\"{}\" is not a domain such as contoso.com", tenant.domain);
                self.push(tenant_path(i), ProblemKind::Malformed, message);
            }
        }
        s.tenants
            .iter()
            .map(|t| Caseless(t.domain.as_str()))
            .collect()
    }

    /// CSP accounts (R6): stay with their tenant, none in both accounts.
    fn csp_accounts<'a>(&mut self, s: &'a AccountSnapshot, keys: &mut Keys<'a>) {
        let csp_paths: Vec<(usize, usize)> = s
            .tenants
            .iter()
            .enumerate()
            .flat_map(|(i, t)| (0..t.csp_accounts.len()).map(move |j| (i, j)))
            .collect();
        let csp_path = |k: usize| {
            let (i, j) = csp_paths[k];
            format!("tenants[{i}].csp_accounts[{j}]")
        };
        let accounts = s.tenants.iter().flat_map(|t| &t.csp_accounts);
        for (k, account) in accounts.enumerate() {
            if self.non_empty(|| csp_path(k), account, "the CSP account ID") {
                let seen = &mut keys.csp_accounts;
                let shared = Some(Shared::CspAccount);
                let id = account.as_str();
                self.unique(seen, k, id, account, "CSP account", shared, csp_path);
            }
        }
    }

    /// Users and roles (R5, R16): each signs in through one of the account's tenants, once;
    /// each role is known and scoped to one of the account's own MPN IDs.
    fn users(
        &mut self,
        s: &AccountSnapshot,
        own_mpn_ids: &FxHashSet<u64>,
        own_tenants: &OwnTenants<'_>,
    ) {
        let mut emails = with_room(s.users.len());
        let email_path = |i: usize| format!("users[{i}].email");
        let mut roles_seen = FxHashSet::default();
        for (i, user) in s.users.iter().enumerate() {
            roles_seen.clear();
            match (email_problem(&user.email), user.email.split_once('@')) {
                (None, Some((_, domain))) => {
                    if !own_tenants.contains(&Caseless(domain)) {
                        let message = format!(
                            "{} signs in through {domain}, which is not a tenant of this account; \
                             add the tenant or fix the email",
                            user.email
                        );
                        self.push(email_path(i), ProblemKind::UnknownTenant, message);
                    }
                    let email = Caseless(&user.email);
                    self.unique(&mut emails, i, email, &user.email, "user", None, email_path);
                }
                (problem, _) => {
                    let why = problem.unwrap_or_default();
                    let message = format!("{:?} is not an email address: {why}", user.email);
                    self.push(email_path(i), ProblemKind::Malformed, message);
                }
            }
            for (j, role) in user.roles.iter().enumerate() {
                let path = || format!("users[{i}].roles[{j}]");
                if !KNOWN_ROLES.contains(&role.role.as_str()) {
                    let message = format!(
                        "unknown role \"{}\"; known roles are {}",
                        role.role,
                        KNOWN_ROLES.join(", ")
                    );
                    self.push(path() + ".role", ProblemKind::UnknownRole, message);
                }
                if let Some(scope) = &role.location {
                    if !scope.key().is_some_and(|k| own_mpn_ids.contains(&k)) {
                        let message = format!(
                            "role {} is scoped to {scope}, which is not a Partner ID of this account",
                            role.role
                        );
                        self.push(path() + ".location", ProblemKind::UnknownLocation, message);
                    }
                }
                if !roles_seen.insert(role) {
                    let message = format!("{} holds this role twice; list it once", user.email);
                    self.push(path(), ProblemKind::DuplicateId, message);
                }
            }
        }
    }

    /// Competencies (R8): named, each once.
    fn competencies(&mut self, s: &AccountSnapshot) {
        let mut competencies = Seen::default();
        let competency_path = |i: usize| format!("competencies[{i}].name");
        for (i, competency) in s.competencies.iter().enumerate() {
            let name = competency.name.as_str();
            if self.non_empty(|| competency_path(i), name, "the competency name") {
                let seen = &mut competencies;
                self.unique(seen, i, name, name, "competency", None, competency_path);
            }
        }
    }

    /// Holdings carried by the merge: specializations and SA vouchers (R13), MCP IDs (R11).
    fn holdings<'a>(&mut self, s: &'a AccountSnapshot, keys: &mut Keys<'a>) {
        let mut specializations = with_room(s.advanced_specializations.len());
        self.unique_ids(
            &mut specializations,
            &s.advanced_specializations,
            |x| x,
            "advanced specialization",
            None,
            |i| format!("advanced_specializations[{i}]"),
        );
        self.unique_ids(
            &mut keys.sa_vouchers,
            &s.sa_vouchers,
            |x| &x.id,
            "SA voucher",
            Some(Shared::SaVoucher),
            |i| format!("sa_vouchers[{i}].id"),
        );
        for (i, voucher) in s.sa_vouchers.iter().enumerate() {
            if voucher.days == 0 {
                let message = "an SA voucher is worth at least one day".to_string();
                let path = format!("sa_vouchers[{i}].days");
                self.push(path, ProblemKind::Malformed, message);
            }
        }
        for (i, id) in s.mcp_ids.iter().enumerate() {
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
                let message = format!("\"{id}\" is not an MCP ID: MCP IDs are digits (0-9)");
                self.push(format!("mcp_ids[{i}]"), ProblemKind::Malformed, message);
            }
        }
        let mut mcp_ids = with_room(s.mcp_ids.len());
        self.unique_ids(
            &mut mcp_ids,
            &s.mcp_ids,
            |x| x,
            "MCP ID",
            None,
            |i| format!("mcp_ids[{i}]"),
        );
    }

    /// Published offers and co-sell records (R7): unique, none in both accounts, no negative
    /// deal value.
    fn deals<'a>(&mut self, s: &'a AccountSnapshot, keys: &mut Keys<'a>) {
        self.unique_ids(
            &mut keys.offers,
            &s.offers,
            |x| &x.id,
            "offer",
            Some(Shared::Offer),
            |i| format!("offers[{i}].id"),
        );
        self.unique_ids(
            &mut keys.co_sell,
            &s.co_sell,
            |x| &x.id,
            "co-sell record",
            Some(Shared::CoSellRecord),
            |i| format!("co_sell[{i}].id"),
        );
        for (i, record) in s.co_sell.iter().enumerate() {
            if record.value_cents < 0 {
                let message = format!(
                    "value_cents is {}; a deal value cannot be negative",
                    record.value_cents
                );
                let path = format!("co_sell[{i}].value_cents");
                self.push(path, ProblemKind::Malformed, message);
            }
        }
    }

    /// Benefit tokens (R14): each on one of the account's own tenants.
    fn benefit_tokens<'a>(
        &mut self,
        s: &'a AccountSnapshot,
        keys: &mut Keys<'a>,
        own_tenants: &OwnTenants<'_>,
    ) {
        self.unique_ids(
            &mut keys.benefit_tokens,
            &s.benefit_tokens,
            |x| &x.id,
            "benefit token",
            Some(Shared::BenefitToken),
            |i| format!("benefit_tokens[{i}].id"),
        );
        for (i, token) in s.benefit_tokens.iter().enumerate() {
            if !own_tenants.contains(&Caseless(&token.tenant)) {
                let message = format!(
                    "token {} was activated on {}, which is not a tenant of this account",
                    token.id, token.tenant
                );
                let path = format!("benefit_tokens[{i}].tenant");
                self.push(path, ProblemKind::UnknownTenant, message);
            }
        }
    }

    /// The bank and tax profile (R15) and the account it merged into, if it did (W6).
    fn bank_tax_and_merged_into(&mut self, s: &AccountSnapshot) {
        if let Some(profile) = &s.bank_tax_profile {
            let last4 = &profile.bank_account_last4;
            if last4.len() != 4 || !last4.bytes().all(|b| b.is_ascii_digit()) {
                let message = format!("\"{last4}\" is not the last four digits of a bank account");
                let path = "bank_tax_profile.bank_account_last4".into();
                self.push(path, ProblemKind::Malformed, message);
            }
            let path = || "bank_tax_profile.tax_id_country".into();
            self.country(path, &profile.tax_id_country);
        }
        if let Some(target) = &s.merged_into {
            if !target.is_well_formed() {
                let message = format!("\"{target}\" is not a Partner ID (MPN ID)");
                self.push("merged_into".into(), ProblemKind::MalformedMpnId, message);
            }
        }
    }
}

// Today's program (format 2, R18-R20).
impl Validator {
    fn program(&mut self, s: &AccountSnapshot) {
        if s.format_version == SNAPSHOT_FORMAT_VERSION {
            let present = [
                ("designations", s.designations.is_empty()),
                ("specializations", s.specializations.is_empty()),
                ("purchases", s.purchases.is_empty()),
            ];
            for (field, _) in present.iter().filter(|(_, empty)| !empty) {
                let message = format!(
                    "{field} are part of snapshot format_version {SNAPSHOT_FORMAT_V2}: set \
                     \"format_version\": {SNAPSHOT_FORMAT_V2}"
                );
                self.push((*field).into(), ProblemKind::UnsupportedFormat, message);
            }
        }
        let company = s.company.as_str();
        let mut areas = FxHashSet::default();
        for (i, d) in s.designations.iter().enumerate() {
            let path = || format!("designations[{i}]");
            self.held_by(path, &d.held_by);
            if !areas.insert((d.area, holder(&d.held_by, company))) {
                let message = format!(
                    "{} is listed twice for {}: a company holds one designation per solution area",
                    d.area.as_str(),
                    holder(&d.held_by, company)
                );
                self.push(path() + ".area", ProblemKind::DuplicateId, message);
            }
            self.dates_in_order(path, "attained", d.attained, d.anniversary);
        }
        let mut names = FxHashSet::default();
        for (i, sp) in s.specializations.iter().enumerate() {
            let path = || format!("specializations[{i}]");
            self.held_by(path, &sp.held_by);
            if self.non_empty(|| path() + ".name", &sp.name, "the specialization name")
                && !names.insert((sp.name.as_str(), holder(&sp.held_by, company)))
            {
                let message = format!("specialization \"{}\" is listed twice", sp.name);
                self.push(path() + ".name", ProblemKind::DuplicateId, message);
            }
            self.dates_in_order(path, "attained", sp.attained, sp.anniversary);
        }
        for (i, p) in s.purchases.iter().enumerate() {
            let path = || format!("purchases[{i}]");
            self.held_by(path, &p.held_by);
            self.dates_in_order(path, "purchased", p.purchased, p.anniversary);
        }
    }

    fn held_by(&mut self, path: impl Fn() -> String, held_by: &Option<String>) {
        if let Some(company) = held_by {
            self.non_empty(|| path() + ".held_by", company, "the company that holds it");
        }
    }

    /// An anniversary comes after the day it was attained or bought.
    fn dates_in_order(
        &mut self,
        path: impl Fn() -> String,
        start_field: &str,
        start: chrono::NaiveDate,
        anniversary: chrono::NaiveDate,
    ) {
        if anniversary <= start {
            let message = format!(
                "the anniversary {anniversary} is not after {start_field} {start}; an \
                 anniversary falls after the day it counts from"
            );
            self.push(path() + ".anniversary", ProblemKind::Inconsistent, message);
        }
    }
}

fn with_room<K>(entries: usize) -> Seen<K> {
    Seen::with_capacity_and_hasher(entries, Default::default())
}

/// The side and index of the first entry seen with each key. Only looked up, never iterated.
pub(crate) type Seen<K> = FxHashMap<K, u32>;

const SECOND: u32 = 1 << 31;

fn pack(side: Side, index: usize) -> u32 {
    let index = index as u32 & !SECOND;
    match side {
        Side::First => index,
        Side::Second => index | SECOND,
    }
}

fn unpack(entry: u32) -> (Side, usize) {
    let side = if entry & SECOND == 0 {
        Side::First
    } else {
        Side::Second
    };
    (side, (entry & !SECOND) as usize)
}

struct Validator {
    side: Side,
    problems: Vec<Problem>,
    collisions: Vec<Collision>,
}

impl Default for Validator {
    fn default() -> Self {
        Self {
            side: Side::First,
            problems: Vec::new(),
            collisions: Vec::new(),
        }
    }
}

// Paths are built by closures so that a valid snapshot formats none.
impl Validator {
    fn push(&mut self, path: String, kind: ProblemKind, message: String) {
        self.problems.push(Problem {
            path,
            kind,
            message,
        });
    }

    /// Reports an empty field; true when the value is present.
    fn non_empty(&mut self, path: impl FnOnce() -> String, value: &str, what: &str) -> bool {
        let present = !value.trim().is_empty();
        if !present {
            self.push(path(), ProblemKind::Empty, format!("{what} is empty"));
        }
        present
    }

    /// Reports a key seen before in this snapshot as a duplicate, or, where it is `shared`
    /// across the merge, seen in the other snapshot as a collision. `text` is how it reads.
    #[allow(clippy::too_many_arguments)]
    fn unique<K: Hash + Eq>(
        &mut self,
        seen: &mut Seen<K>,
        index: usize,
        key: K,
        text: &str,
        what: &str,
        shared: Option<Shared>,
        path: impl Fn(usize) -> String,
    ) {
        match seen.entry(key) {
            Entry::Occupied(first) => {
                let (side, first) = unpack(*first.get());
                match shared {
                    Some(kind) if side != self.side => self.collisions.push(Collision {
                        kind,
                        id: text.to_string(),
                    }),
                    _ => {
                        let message = format!(
                            "{what} {text} is already listed at {}; list it once",
                            path(first)
                        );
                        self.push(path(index), ProblemKind::DuplicateId, message);
                    }
                }
            }
            Entry::Vacant(slot) => {
                slot.insert(pack(self.side, index));
            }
        }
    }

    /// Non-empty, unique IDs of one kind of holding, indexed into `seen`.
    fn unique_ids<'a, T>(
        &mut self,
        seen: &mut Seen<&'a str>,
        items: &'a [T],
        id: impl Fn(&'a T) -> &'a String,
        what: &str,
        shared: Option<Shared>,
        path: impl Fn(usize) -> String,
    ) {
        let label = format!("the {what} ID");
        for (i, item) in items.iter().enumerate() {
            let key = id(item);
            if self.non_empty(|| path(i), key, &label) {
                self.unique(seen, i, key.as_str(), key, what, shared, &path);
            }
        }
    }

    /// A merged account's competencies are its packages' competencies, each at the highest
    /// level and latest expiry the packages give it (R8, R10).
    fn packages_agree(&mut self, s: &AccountSnapshot) {
        if s.benefit_packages.is_empty() {
            return;
        }
        let mut best: FxHashMap<&str, (CompetencyLevel, chrono::NaiveDate)> = FxHashMap::default();
        for (p, package) in s.benefit_packages.iter().enumerate() {
            let path = || format!("benefit_packages[{p}].company");
            self.non_empty(path, &package.company, "the company");
            for c in &package.competencies {
                let entry = best.entry(c.name.as_str()).or_insert((c.level, c.expires));
                *entry = (entry.0.max(c.level), entry.1.max(c.expires));
            }
        }
        for (i, c) in s.competencies.iter().enumerate() {
            let path = format!("competencies[{i}]");
            match best.remove(c.name.as_str()) {
                None => {
                    let message = format!(
                        "{} is in no benefit package; list it in the package of the company \
                         that holds it",
                        c.name
                    );
                    self.push(path, ProblemKind::Inconsistent, message);
                }
                Some((level, expires)) if (level, expires) != (c.level, c.expires) => {
                    let message = format!(
                        "{} must be {} until {expires}: the highest level and latest expiry \
                         its benefit packages give it",
                        c.name,
                        level.as_str()
                    );
                    self.push(path, ProblemKind::Inconsistent, message);
                }
                Some(_) => {}
            }
        }
        for (p, package) in s.benefit_packages.iter().enumerate() {
            for (j, c) in package.competencies.iter().enumerate() {
                if best.remove(c.name.as_str()).is_some() {
                    let message =
                        format!("{} is in a benefit package but not in competencies", c.name);
                    let path = format!("benefit_packages[{p}].competencies[{j}]");
                    self.push(path, ProblemKind::Inconsistent, message);
                }
            }
        }
    }

    fn country(&mut self, path: impl FnOnce() -> String, code: &str) {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            let message = format!("\"{code}\" is not a two-letter country code such as US");
            self.push(path(), ProblemKind::Malformed, message);
        }
    }
}

/// Longest email address kept (RFC 5321's path limit less the brackets).
pub const MAX_EMAIL: usize = 254;

/// Why `email` is not an address a user signs in with, if it is not: one `@` between a local
/// part and a plain DNS name, printable ASCII only (no spaces, control or text-direction
/// characters; Entra's user names are ASCII, and a name that displays as another is refused
/// rather than shown), 254 characters at most. Snapshots' users and re-issued users are checked
/// by this one rule.
pub fn email_problem(email: &str) -> Option<String> {
    if let Some(c) = email.chars().find(|c| !c.is_ascii_graphic()) {
        let what = match c {
            ' ' => "a space".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", u32::from(c)),
            c => format!("U+{:04X} (not plain ASCII)", u32::from(c)),
        };
        return Some(format!("{what} is not allowed in an email address"));
    }
    if email.len() > MAX_EMAIL {
        return Some(format!(
            "an email address is at most {MAX_EMAIL} characters"
        ));
    }
    match email.split_once('@') {
        None => Some("it has no @".into()),
        Some(("", domain)) => Some(format!("nothing before @{domain}")),
        Some((_, domain)) if domain.contains('@') => Some("it has more than one @".into()),
        Some((_, domain)) if !is_domain(domain) => {
            Some(format!("{domain} is not a domain such as contoso.com"))
        }
        Some(_) => None,
    }
}

/// A plain DNS name: labels of letters, digits and hyphens, at least one dot.
fn is_domain(text: &str) -> bool {
    text.contains('.')
        && text.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}
