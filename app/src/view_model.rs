//! What the screens show, as plain data: grouping, labels, the account tree and the renewal
//! timeline.

mod large_list;
mod reissue;
mod rights;
mod timeline;

pub use large_list::{
    matching_rows, rows_in_view, Filtered, UserRow, DRAWN_WHOLE, ROW_PX, VIEW_PX,
};
pub use reissue::{reissue_request, reissue_tenants, user_choices, UserChoice};
pub use rights::{acting_lines, RightsReading, TenantReading};
pub use timeline::{chart_date, timeline, Tick, Timeline, TimelineItem, SCALE};

use chrono::{DateTime, Utc};
use merge_api_types::DemoUser;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use merge_core::{
    AccountSnapshot, DirectionComparison, Joined, Lang, MergeChain, MergePlan, RoleAssignment,
    RoleLabels,
};

use crate::i18n::td_string;

/// Demo users by company, companies in first-seen order.
pub fn by_company(users: &[DemoUser]) -> Vec<(String, Vec<DemoUser>)> {
    let mut groups: Vec<(String, Vec<DemoUser>)> = Vec::new();
    for user in users {
        match groups
            .iter_mut()
            .find(|(company, _)| *company == user.company)
        {
            Some((_, members)) => members.push(user.clone()),
            None => groups.push((user.company.clone(), vec![user.clone()])),
        }
    }
    groups
}

/// How long ago `at` was, at `now`, in the largest unit that is at least one (seconds up to a
/// minute, then minutes, hours, days, months of 30 days, years of 365): `(-3, "minute")` for
/// three minutes ago, as `Intl.RelativeTimeFormat` takes it. A moment in the future (a clock
/// a little ahead) reads as now.
pub fn time_ago(at: DateTime<Utc>, now: DateTime<Utc>) -> (i64, &'static str) {
    let seconds = (now - at).num_seconds().max(0);
    const UNITS: [(i64, &str); 6] = [
        (365 * 86_400, "year"),
        (30 * 86_400, "month"),
        (86_400, "day"),
        (3_600, "hour"),
        (60, "minute"),
        (1, "second"),
    ];
    UNITS
        .iter()
        .find(|(length, _)| seconds >= *length)
        .map_or((0, "second"), |&(length, unit)| (-(seconds / length), unit))
}

/// The as-you-type check of an invitation's MPN ID (merge-core's rule): the typed text when it
/// is not an MPN ID yet; None when fine or empty.
pub fn not_an_mpn_id_yet(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty() && !merge_core::is_well_formed_mpn(text)).then_some(text)
}

/// The sandbox's sample snapshots: E1's companies and Tailspin.
pub const SAMPLES: [(&str, &str); 3] = [
    ("Contoso", include_str!("../../fixtures/contoso.json")),
    ("Fabricam", include_str!("../../fixtures/fabricam.json")),
    ("Tailspin", include_str!("../../fixtures/tailspin.json")),
];

/// The sandbox's plan of two pasted snapshots, or what is wrong, in words: the app's own in
/// the reader's language, merge-core's reason as it writes it.
pub fn sandbox_plan(
    initiator: &str,
    invitee: &str,
    as_of: &str,
    locale: Lang,
) -> Result<(MergePlan, [AccountSnapshot; 2]), String> {
    let (a, b, as_of) = sandbox_pair(initiator, invitee, as_of, locale)?;
    let plan = merge_core::plan_merge(&a, &b, as_of)
        .map_err(|e| cannot_merge(e.describe_in(locale), locale))?;
    Ok((plan, [a, b]))
}

/// Both directions of the sandbox's two snapshots (who should absorb whom).
pub fn sandbox_comparison(
    initiator: &str,
    invitee: &str,
    as_of: &str,
    locale: Lang,
) -> Result<DirectionComparison, String> {
    let (a, b, as_of) = sandbox_pair(initiator, invitee, as_of, locale)?;
    Ok(merge_core::compare_directions(&a, &b, as_of))
}

/// A chain in the sandbox: every step's plan and what it merged.
#[derive(Debug, Clone)]
pub struct SandboxChain {
    pub chain: MergeChain,
    /// Step by step, the absorbing account and the invitee.
    pub before: Vec<[AccountSnapshot; 2]>,
}

/// The initiator absorbing each invitee in turn, or what is wrong (the step, for a refusal).
pub fn sandbox_chain(
    initiator: &str,
    invitees: &[String],
    as_of: &str,
    locale: Lang,
) -> Result<SandboxChain, String> {
    let a = read(initiator, |why| {
        td_string!(locale, sandbox.bad_initiator, why)
    })?;
    let mut read_invitees = Vec::with_capacity(invitees.len());
    for (at, text) in invitees.iter().enumerate() {
        let n = (at + 1).to_string();
        read_invitees.push(read(text, |why| {
            td_string!(locale, sandbox.bad_invitee_n, n = n.clone(), why)
        })?);
    }
    let as_of = date(as_of, locale)?;
    let chain = merge_core::plan_merge_chain(&a, &read_invitees, as_of)
        .map_err(|e| cannot_merge(e, locale))?;
    let mut absorbing = a;
    let mut before = Vec::with_capacity(chain.steps.len());
    for (plan, invitee) in chain.steps.iter().zip(read_invitees) {
        let next = plan.result.clone();
        before.push([std::mem::replace(&mut absorbing, next), invitee]);
    }
    Ok(SandboxChain { chain, before })
}

fn sandbox_pair(
    initiator: &str,
    invitee: &str,
    as_of: &str,
    locale: Lang,
) -> Result<(AccountSnapshot, AccountSnapshot, NaiveDate), String> {
    let a = read(initiator, |why| {
        td_string!(locale, sandbox.bad_initiator, why)
    })?;
    let b = read(invitee, |why| td_string!(locale, sandbox.bad_invitee, why))?;
    Ok((a, b, date(as_of, locale)?))
}

fn read<S: std::fmt::Display>(
    text: &str,
    says: impl FnOnce(String) -> S,
) -> Result<AccountSnapshot, String> {
    merge_core::read_snapshot(text).map_err(|e| says(e.to_string()).to_string())
}

fn date(text: &str, locale: Lang) -> Result<NaiveDate, String> {
    merge_core::parse_date(text)
        .ok_or_else(|| td_string!(locale, sandbox.bad_date, text = text.to_string()).to_string())
}

fn cannot_merge(error: impl std::fmt::Display, locale: Lang) -> String {
    td_string!(locale, refusal.cannot_merge, why = error.to_string()).to_string()
}

/// One row of the account tree: the PGA first, then its locations.
#[derive(Debug, Clone, PartialEq)]
pub struct TreeNode {
    pub mpn_id: String,
    pub name: String,
    pub kind: NodeKind,
    /// How the location joined (merge-core's sentence, in the reader's language): "was
    /// Fabricam's PGA".
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Pga,
    Location,
    /// It was another company's location (R3).
    Moved,
    /// It was another company's PGA (R2).
    Demoted,
}

impl TreeNode {
    /// The row's CSS class: how the tree marks moved and demoted locations.
    pub fn class(&self) -> &'static str {
        match self.kind {
            NodeKind::Pga => "pga",
            NodeKind::Location => "location",
            NodeKind::Moved => "location moved",
            NodeKind::Demoted => "location demoted",
        }
    }
}

pub fn account_tree(account: &AccountSnapshot, lang: Lang) -> Vec<TreeNode> {
    let pga = TreeNode {
        mpn_id: account.global_mpn_id.to_string(),
        name: account.company.clone(),
        kind: NodeKind::Pga,
        note: None,
    };
    let locations = account.locations.iter().map(|l| {
        let joined = l.joined(&account.company);
        TreeNode {
            mpn_id: l.mpn_id.to_string(),
            name: l.name.clone(),
            kind: match joined {
                Some(Joined::WasPga { .. }) => NodeKind::Demoted,
                Some(Joined::MovedFrom { .. }) => NodeKind::Moved,
                None => NodeKind::Location,
            },
            note: joined.map(|j| j.describe_in(lang)),
        }
    });
    std::iter::once(pga).chain(locations).collect()
}

/// The merged account as the invitee may see it: the initiator's PGA, how many locations the
/// initiator brings (only counted), then the invitee's PGA and locations as they join.
pub fn invitee_tree(preview: &merge_core::InvitationPreview, lang: Lang) -> Vec<TreeNode> {
    let initiator = &preview.initiator.company;
    let theirs = preview
        .summary
        .rows
        .iter()
        .find(|row| row.counted == merge_core::Counted::Locations)
        .map_or(0, |row| row.initiator.saturating_sub(1));
    let locale = lang;
    let note = match theirs {
        0 => None,
        1 => Some(
            td_string!(
                locale,
                invitation.other_location,
                company = initiator.clone()
            )
            .to_string(),
        ),
        n => Some(
            td_string!(
                locale,
                invitation.other_locations,
                count = n.to_string(),
                company = initiator.clone()
            )
            .to_string(),
        ),
    };
    let pga = TreeNode {
        mpn_id: preview.initiator.global_mpn_id.to_string(),
        name: initiator.clone(),
        kind: NodeKind::Pga,
        note,
    };
    let locations = preview.locations_after.iter().map(|l| {
        let joined = l.joined(initiator);
        TreeNode {
            mpn_id: l.mpn_id.to_string(),
            name: l.name.clone(),
            kind: match joined {
                Some(Joined::WasPga { .. }) => NodeKind::Demoted,
                _ => NodeKind::Moved,
            },
            note: joined.map(|j| j.describe_in(lang)),
        }
    });
    std::iter::once(pga).chain(locations).collect()
}

/// The users of each tenant, each with their roles as Partner Center names them ("Incentives
/// admin · Contoso Seattle (2222222)"), in the language they were read in. Users can be added
/// a few thousand at a time, as the sandbox's worker sends them.
#[derive(Debug, Clone, PartialEq)]
pub struct UsersByTenant {
    pub lang: Lang,
    tenants: Vec<(String, Arc<Vec<UserRow>>)>,
}

impl UsersByTenant {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            tenants: Vec::new(),
        }
    }

    /// Every user of `account`.
    pub fn of_account(account: &AccountSnapshot, lang: Lang) -> Self {
        let mut users = Self::new(lang);
        users.add(&account.users, account);
        users
    }

    /// Adds `users` of `account` (the account whose locations their roles name), in order.
    pub fn add(&mut self, users: &[merge_core::User], account: &AccountSnapshot) {
        let mut rows = UserRows::new(account, self.lang);
        for user in users {
            let Some((_, domain)) = user.email.rsplit_once('@') else {
                continue;
            };
            let row = rows.row(user);
            // An account has a few tenants: found by comparing, without a lower-case copy
            // per user.
            let tenants = self.tenants.iter_mut();
            match tenants
                .into_iter()
                .find(|(d, _)| d.eq_ignore_ascii_case(domain))
            {
                Some((_, users)) => Arc::make_mut(users).push(row),
                None => {
                    let users = Arc::new(vec![row]);
                    self.tenants.push((domain.to_ascii_lowercase(), users));
                }
            }
        }
    }

    /// The users of `tenant` (a domain), shared.
    pub fn of(&self, tenant: &str) -> Arc<Vec<UserRow>> {
        let mut tenants = self.tenants.iter();
        let found = tenants.find(|(d, _)| d.eq_ignore_ascii_case(tenant));
        found.map(|(_, users)| users.clone()).unwrap_or_default()
    }

    /// The tenants, in the order their first user came.
    pub fn tenants(&self) -> impl Iterator<Item = &str> {
        self.tenants.iter().map(|(d, _)| d.as_str())
    }
}

/// User rows of one account, each distinct set of roles labelled once: 100,000 users share a
/// few thousand labels.
pub struct UserRows<'a> {
    labels: RoleLabels<'a>,
    labelled: HashMap<Vec<RoleAssignment>, Arc<str>>,
}

impl<'a> UserRows<'a> {
    pub fn new(account: &'a AccountSnapshot, lang: Lang) -> Self {
        Self {
            labels: RoleLabels::new(account, lang),
            labelled: HashMap::new(),
        }
    }

    /// A user and their roles, as read.
    pub fn row(&mut self, user: &merge_core::User) -> UserRow {
        let roles = match self.labelled.get(user.roles.as_slice()) {
            Some(roles) => roles.clone(),
            None => {
                let roles = user.roles.iter().map(|r| self.labels.label(r));
                let roles: Arc<str> = roles.collect::<Vec<_>>().join(", ").into();
                self.labelled.insert(user.roles.clone(), roles.clone());
                roles
            }
        };
        UserRow {
            email: user.email.clone(),
            roles,
        }
    }
}

/// The print rules that put `top` and `bottom` in every printed page's margin, and the page
/// number: CSS margin boxes, whose text is a CSS string (quotes and backslashes escaped).
pub fn page_margin_css(top: &str, bottom: &str) -> String {
    let quoted = |text: &str| {
        let mut out = String::from('"');
        for c in text.chars() {
            match c {
                '"' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                '\n' | '\r' => out.push(' '),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    // One line each: a fingerprint does not wrap, so the boxes are given the page's width.
    let boxed = "white-space: nowrap; font: 8pt sans-serif; color: #444;";
    format!(
        "@page {{ @top-left {{ content: {}; width: 100%; {boxed} }} \
         @bottom-left {{ content: {}; width: 85%; {boxed} }} \
         @bottom-right {{ content: counter(page) \" / \" counter(pages); width: 15%; \
         text-align: right; {boxed} }} }}",
        quoted(top),
        quoted(bottom)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_printed_margin_text_is_one_css_string_each() {
        let css = super::page_margin_css(r#"Contoso "A\B" absorbs"#, "Fingerprint sha256:ab\n}");
        assert_eq!(
            css,
            [
                r#"@page { @top-left { content: "Contoso \"A\\B\" absorbs"; width: 100%; BOX } "#,
                r#"@bottom-left { content: "Fingerprint sha256:ab }"; width: 85%; BOX } "#,
                r#"@bottom-right { content: counter(page) " / " counter(pages); width: 15%; "#,
                r#"text-align: right; BOX } }"#,
            ]
            .concat()
            .replace(
                "BOX",
                "white-space: nowrap; font: 8pt sans-serif; color: #444;"
            )
        );
    }

    use super::*;

    fn user(company: &str, email: &str) -> DemoUser {
        DemoUser {
            company: company.into(),
            email: email.into(),
            account_admin: false,
        }
    }

    #[test]
    fn times_read_as_how_long_ago() {
        let now: DateTime<Utc> = "2026-12-02T12:00:00Z".parse().unwrap();
        let ago = |text: &str| time_ago(text.parse().unwrap(), now);
        assert_eq!(ago("2026-12-02T12:00:00Z"), (0, "second"));
        assert_eq!(ago("2026-12-02T11:59:15Z"), (-45, "second"));
        assert_eq!(ago("2026-12-02T11:57:00Z"), (-3, "minute"));
        assert_eq!(ago("2026-12-02T09:59:00Z"), (-2, "hour"));
        assert_eq!(ago("2026-12-01T11:00:00Z"), (-1, "day"));
        assert_eq!(ago("2026-10-01T12:00:00Z"), (-2, "month"));
        assert_eq!(ago("2024-11-30T12:00:00Z"), (-2, "year"));
        // A server clock a little ahead of the browser's.
        assert_eq!(ago("2026-12-02T12:00:05Z"), (0, "second"));
    }

    #[test]
    fn the_invite_hint_follows_the_mpn_id_format() {
        assert_eq!(not_an_mpn_id_yet(""), None);
        assert_eq!(not_an_mpn_id_yet(" 3333333 "), None);
        assert_eq!(not_an_mpn_id_yet(" 3333 "), Some("3333"));
        assert_eq!(not_an_mpn_id_yet("33x3333"), Some("33x3333"));
    }

    #[test]
    fn the_sandbox_plans_samples_and_says_what_is_wrong() {
        let english = Lang::En;
        let (plan, _) = sandbox_plan(SAMPLES[0].1, SAMPLES[1].1, "2020-05-15", english).unwrap();
        assert_eq!(plan.result.locations.len(), 4);
        let error = sandbox_plan(SAMPLES[0].1, "{", "2020-05-15", english).unwrap_err();
        assert!(error.starts_with("The invitee:"), "{error}");
        let error = sandbox_plan(SAMPLES[0].1, SAMPLES[0].1, "2020-05-15", english).unwrap_err();
        assert!(error.contains("cannot merge with itself"), "{error}");
        assert!(sandbox_plan(SAMPLES[0].1, SAMPLES[1].1, "", english)
            .unwrap_err()
            .contains("not a date"));
    }

    #[test]
    fn the_sandbox_chains_contoso_fabricam_and_tailspin() {
        let invitees = [SAMPLES[1].1.to_string(), SAMPLES[2].1.to_string()];
        let shown = sandbox_chain(SAMPLES[0].1, &invitees, "2020-05-15", Lang::En).unwrap();
        assert_eq!(shown.chain.result().locations.len(), 6);
        // Step 2 merges the account step 1 made with Tailspin.
        let companies: Vec<[&str; 2]> = shown
            .before
            .iter()
            .map(|[a, b]| [a.company.as_str(), b.company.as_str()])
            .collect();
        assert_eq!(
            companies,
            [["Contoso", "Fabricam"], ["Contoso", "Tailspin"]]
        );
        assert_eq!(shown.before[1][0], shown.chain.steps[0].result);
        // Fabricam twice: the second step is refused, named.
        let twice = [SAMPLES[1].1.to_string(), SAMPLES[1].1.to_string()];
        let error = sandbox_chain(SAMPLES[0].1, &twice, "2020-05-15", Lang::En).unwrap_err();
        assert!(
            error.contains("step 2 (Contoso absorbing Fabricam"),
            "{error}"
        );
        let error = sandbox_chain(
            SAMPLES[0].1,
            &[invitees[0].clone(), "{".into()],
            "2020-05-15",
            Lang::Nl,
        )
        .unwrap_err();
        assert!(error.starts_with("Uitgenodigde 2:"), "{error}");
    }

    #[test]
    fn the_sandbox_compares_both_directions() {
        let compared =
            sandbox_comparison(SAMPLES[0].1, SAMPLES[1].1, "2020-05-15", Lang::En).unwrap();
        let names: Vec<(&str, &str)> = compared
            .directions
            .iter()
            .map(|d| (d.initiator.as_str(), d.invitee.as_str()))
            .collect();
        assert_eq!(names, [("Contoso", "Fabricam"), ("Fabricam", "Contoso")]);
        assert!(compared.describe_in(Lang::En)[0].contains("1111111"));
    }

    #[test]
    fn the_sandbox_says_what_is_wrong_in_dutch() {
        let dutch = Lang::Nl;
        let error = sandbox_plan(SAMPLES[0].1, "{", "2020-05-15", dutch).unwrap_err();
        assert!(error.starts_with("De uitgenodigde:"), "{error}");
        let error = sandbox_plan(SAMPLES[0].1, SAMPLES[1].1, "15-05", dutch).unwrap_err();
        assert_eq!(error, "‘15-05’ is geen datum: kies er een");
    }

    #[test]
    fn users_are_grouped_by_company_in_order() {
        let users = [
            user("Contoso", "a@c"),
            user("Fabricam", "f@f"),
            user("Contoso", "b@c"),
        ];
        let groups = by_company(&users);
        let names: Vec<(&str, usize)> = groups.iter().map(|(c, m)| (c.as_str(), m.len())).collect();
        assert_eq!(names, [("Contoso", 2), ("Fabricam", 1)]);
    }

    #[test]
    fn users_are_grouped_by_tenant_with_their_roles_read() {
        let contoso =
            merge_core::read_snapshot(include_str!("../../fixtures/contoso.json")).unwrap();
        let fabricam =
            merge_core::read_snapshot(include_str!("../../fixtures/fabricam.json")).unwrap();
        let as_of = merge_core::parse_date("2020-05-15").unwrap();
        let mut merged = merge_core::plan_merge(&contoso, &fabricam, as_of)
            .unwrap()
            .result;
        // A domain in capitals is the same tenant; users with the same roles share one label.
        let mut shouting = merged.users[0].clone();
        shouting.email = "Zoe@FABRICAM.com".into();
        shouting.roles = merged
            .users
            .iter()
            .find(|u| u.email.starts_with("frank@"))
            .unwrap()
            .roles
            .clone();
        merged.users.push(shouting);
        let tenants = UsersByTenant::of_account(&merged, Lang::En);
        assert_eq!(
            tenants.tenants().collect::<Vec<_>>(),
            ["contoso.com", "fabricam.com"]
        );
        let rows = tenants.of("fabricam.com");
        let fabricam: Vec<(&str, &str)> =
            rows.iter().map(|u| (u.email.as_str(), &*u.roles)).collect();
        assert_eq!(
            fabricam,
            [
                ("fiona@fabricam.com", "Account admin"),
                (
                    "frank@fabricam.com",
                    "Incentives admin · Fabricam Amsterdam (4444444)"
                ),
                ("greta@fabricam.com", "Referrals admin"),
                (
                    "Zoe@FABRICAM.com",
                    "Incentives admin · Fabricam Amsterdam (4444444)"
                ),
            ]
        );
        assert!(Arc::ptr_eq(&rows[1].roles, &rows[3].roles));
        // Added in parts, as the worker sends them: the same rows.
        let mut in_parts = UsersByTenant::new(Lang::En);
        for part in merged.users.chunks(2) {
            in_parts.add(part, &merged);
        }
        assert_eq!(in_parts, tenants);
        let dutch = UsersByTenant::of_account(&merged, Lang::Nl);
        assert_eq!(&*dutch.of("fabricam.com")[0].roles, "Accountbeheerder");
        assert!(dutch.of("tailspin.com").is_empty());
    }

    #[test]
    fn the_tree_marks_what_a_merge_brought() {
        let contoso =
            merge_core::read_snapshot(include_str!("../../fixtures/contoso.json")).unwrap();
        let fabricam =
            merge_core::read_snapshot(include_str!("../../fixtures/fabricam.json")).unwrap();
        let as_of = merge_core::parse_date("2020-05-15").unwrap();
        let merged = merge_core::plan_merge(&contoso, &fabricam, as_of)
            .unwrap()
            .result;
        let tree = account_tree(&merged, Lang::En);
        let rows: Vec<(&str, &str, Option<String>)> = tree
            .iter()
            .map(|n| (n.mpn_id.as_str(), n.class(), n.note.clone()))
            .collect();
        let note = |text: &str| Some(text.to_string());
        assert_eq!(
            rows,
            [
                ("1111111", "pga", None),
                ("2222222", "location", None),
                ("3333333", "location demoted", note("was Fabricam's PGA")),
                ("4444444", "location moved", note("moved from Fabricam")),
                ("5555555", "location moved", note("moved from Fabricam")),
            ]
        );
        let dutch: Vec<Option<String>> = account_tree(&merged, Lang::Nl)
            .into_iter()
            .map(|n| n.note)
            .collect();
        assert_eq!(
            dutch[2..],
            [
                note("was het PGA van Fabricam"),
                note("overgekomen van Fabricam"),
                note("overgekomen van Fabricam"),
            ]
        );
    }
}
