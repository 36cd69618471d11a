//! R17: after a merge, the PGA may re-issue an absorbed tenant's users as new users of its own
//! tenant. Each user gets a new email in the PGA's tenant (by default the same local part) and
//! the roles the admin chose (by default the ones they had, with their location scopes, but not
//! `account_admin`: who administers the PGA's tenant is its admins' choice), and loses access
//! through the old tenant, which keeps an account admin (A1); the old tenant's benefit tokens
//! stay where they were activated (R14). Like a merge it is a plan with a fingerprint, previewed
//! before it is confirmed (issue #13, #30).

use std::collections::hash_map::Entry;

use rustc_hash::{FxHashMap, FxHashSet};

use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::fingerprint::Fingerprint;
use crate::json::write_json;
use crate::plan::TokenStays;
use crate::role_label::RoleLabels;
use crate::snapshot::{AccountSnapshot, RoleAssignment, User};
use crate::validate::{email_problem, find_problems, Problem};
use crate::Lang;

/// Most users one re-issue moves: more is a bulk job for the operator, and a bound on the work
/// one request makes.
pub const MAX_REISSUE_USERS: usize = 1000;

/// The re-issue plan format; the canonical JSON of a plan is its fingerprint's input.
pub const REISSUE_FORMAT_VERSION: u32 = 1;

/// What an admin asks for: the users of `from_tenant` to move into `to_tenant`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ReissueRequest {
    pub from_tenant: String,
    pub to_tenant: String,
    pub users: Vec<UserToMove>,
}

/// One user to move, the new email when it is not the same local part at `to_tenant`, and the
/// roles in the new tenant when they are not the ones the user has less `account_admin`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct UserToMove {
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<RoleAssignment>>,
}

/// The preview of a re-issue: who moves where with which roles, what the old tenant loses and
/// keeps, and the account after.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ReissuePlan {
    pub format_version: u32,
    pub from_tenant: String,
    pub to_tenant: String,
    pub moved: Vec<UserReissued>,
    /// Users of the old tenant who are not moved: their access is as before.
    pub stay: Vec<String>,
    /// R14: the old tenant's benefit tokens stay on it.
    pub tokens_stay: Vec<TokenStays>,
    /// The account with the moved users under their new emails.
    pub result: AccountSnapshot,
    /// `sha256:<hex>` over the canonical JSON without this field, which comes last.
    #[cfg_attr(feature = "ts", ts(optional = false))]
    #[serde(default, skip_serializing_if = "Fingerprint::is_unset")]
    // Every plan the engine hands out is sealed, so the field is always there.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub fingerprint: Fingerprint,
}

/// A user re-issued: the old email loses access, the new one has `roles`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct UserReissued {
    pub from: String,
    pub to: String,
    pub roles: Vec<RoleAssignment>,
    /// The roles the user had, when `roles` are not the same (`account_admin` is not carried
    /// over unless chosen).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles_before: Option<Vec<RoleAssignment>>,
}

/// Why a re-issue cannot be planned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_fields)]
pub enum ReissueError {
    #[error("{domain} is not a tenant of {company}'s account; pick one of its tenants")]
    UnknownTenant { domain: String, company: String },

    #[error(
        "users can only be re-issued into another tenant; {domain} is both the old and the new one"
    )]
    SameTenant { domain: String },

    #[error("no users to re-issue; pick at least one user of {from_tenant}")]
    NoUsers { from_tenant: String },

    #[error("at most {max} users are re-issued at once; split the list")]
    TooManyUsers { max: usize },

    #[error("{new_email:?} (for {email}) is not an email address: {problem}")]
    MalformedEmail {
        email: String,
        new_email: String,
        problem: String,
    },

    #[error("the roles chosen do not fit the account: {}", .problems.iter().map(|p| p.message.as_str()).collect::<Vec<_>>().join("; "))]
    InvalidRoles { problems: Vec<Problem> },

    #[serde(rename = "REISSUE_CONFLICTS")]
    #[error("the users cannot be re-issued as asked: {}; change these and preview again", list(.conflicts))]
    Conflicts { conflicts: Vec<ReissueConflict> },
}

impl ReissueError {
    /// The stable code also written as `code` in the serialized error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownTenant { .. } => "UNKNOWN_TENANT",
            Self::SameTenant { .. } => "SAME_TENANT",
            Self::NoUsers { .. } => "NO_USERS",
            Self::TooManyUsers { .. } => "TOO_MANY_USERS",
            Self::MalformedEmail { .. } => "MALFORMED_EMAIL",
            Self::InvalidRoles { .. } => "INVALID_ROLES",
            Self::Conflicts { .. } => "REISSUE_CONFLICTS",
        }
    }
}

/// One user who cannot be moved as asked.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ReissueConflict {
    NotInTenant {
        email: String,
        tenant: String,
    },
    ListedTwice {
        email: String,
    },
    OutsideTenant {
        email: String,
        new_email: String,
        tenant: String,
    },
    EmailTaken {
        email: String,
        new_email: String,
    },
    SameNewEmail {
        first: String,
        second: String,
        new_email: String,
    },
    LastAdmin {
        email: String,
        tenant: String,
    },
}

impl ReissueConflict {
    /// This conflict in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            Self::NotInTenant { email, tenant } => {
                say!(lang, "reissue-not-in-tenant", email, tenant)
            }
            Self::ListedTwice { email } => say!(lang, "reissue-listed-twice", email),
            Self::OutsideTenant {
                email,
                new_email,
                tenant,
            } => say!(lang, "reissue-outside-tenant", new_email, email, tenant),
            Self::EmailTaken { email, new_email } => {
                say!(lang, "reissue-email-taken", new_email, email)
            }
            Self::SameNewEmail {
                first,
                second,
                new_email,
            } => say!(lang, "reissue-same-new-email", first, second, new_email),
            Self::LastAdmin { email, tenant } => say!(lang, "reissue-last-admin", email, tenant),
        }
    }
}

impl std::fmt::Display for ReissueConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe_in(Lang::En))
    }
}

impl std::error::Error for ReissueConflict {}

fn list(conflicts: &[ReissueConflict]) -> String {
    let each: Vec<String> = conflicts.iter().map(ToString::to_string).collect();
    each.join("; ")
}

/// The email a re-issued user gets unless another is asked for: the same local part at
/// `to_tenant` (R17).
pub fn default_new_email(email: &str, to_tenant: &str) -> String {
    format!("{}@{to_tenant}", local_part(email))
}

/// The users of `account` who sign in through `tenant` (their email's domain).
pub fn users_of_tenant<'a>(
    account: &'a AccountSnapshot,
    tenant: &'a str,
) -> impl Iterator<Item = &'a crate::snapshot::User> + 'a {
    let tenant = tenant.trim();
    account
        .users
        .iter()
        .filter(move |u| domain_of(&u.email).is_some_and(|d| d.eq_ignore_ascii_case(tenant)))
}

/// The re-issue `request` asks for in `account` (the PGA's account after a merge), or every
/// reason it cannot be made. Linear in the account's users and the request's.
pub fn plan_reissue(
    account: &AccountSnapshot,
    request: &ReissueRequest,
) -> Result<ReissuePlan, ReissueError> {
    let tenant = |domain: &str| {
        let mut tenants = account.tenants.iter();
        match tenants.find(|t| t.domain.eq_ignore_ascii_case(domain.trim())) {
            Some(t) => Ok(t.domain.clone()),
            None => Err(ReissueError::UnknownTenant {
                domain: domain.to_string(),
                company: account.company.clone(),
            }),
        }
    };
    let (from, to) = (tenant(&request.from_tenant)?, tenant(&request.to_tenant)?);
    if from == to {
        return Err(ReissueError::SameTenant { domain: from });
    }
    if request.users.is_empty() {
        return Err(ReissueError::NoUsers { from_tenant: from });
    }
    if request.users.len() > MAX_REISSUE_USERS {
        return Err(ReissueError::TooManyUsers {
            max: MAX_REISSUE_USERS,
        });
    }
    let moves = find_moves(account, request, &from, &to)?;
    let mut result = account.clone();
    let mut moved = Vec::with_capacity(moves.len());
    for Move { at, to, roles } in moves {
        let user = &mut result.users[at];
        let roles_before = (user.roles != roles).then(|| user.roles.clone());
        moved.push(UserReissued {
            from: std::mem::replace(&mut user.email, to.clone()),
            to,
            roles: roles.clone(),
            roles_before,
        });
        user.roles = roles;
    }
    check_chosen_roles(&result, &moved)?;
    let moved_from: FxHashSet<&str> = moved.iter().map(|m| m.from.as_str()).collect();
    let stay = users_of_tenant(account, &from)
        .filter(|u| !moved_from.contains(u.email.as_str()))
        .map(|u| u.email.clone())
        .collect();
    let tokens_stay = account
        .benefit_tokens
        .iter()
        .filter(|t| t.tenant.eq_ignore_ascii_case(&from))
        .map(|t| TokenStays {
            id: t.id.clone(),
            product: t.product.clone(),
            tenant: t.tenant.clone(),
            expires: t.expires(),
        })
        .collect();
    let mut plan = ReissuePlan {
        format_version: REISSUE_FORMAT_VERSION,
        from_tenant: from,
        to_tenant: to,
        moved,
        stay,
        tokens_stay,
        result,
        fingerprint: Fingerprint::default(),
    };
    plan.fingerprint = plan.content_fingerprint();
    Ok(plan)
}

/// The roles a moved user gets when none are chosen: theirs, less `account_admin`.
pub fn default_reissued_roles(user: &User) -> Vec<RoleAssignment> {
    user.roles
        .iter()
        .filter(|r| r.role != "account_admin")
        .cloned()
        .collect()
}

/// One user to move: where in `account.users`, the new email and roles.
struct Move {
    at: usize,
    to: String,
    roles: Vec<RoleAssignment>,
}

/// Each user to move with their new email and roles, or every conflict. One pass over the
/// account's users and one over the request, through maps by lower-cased email.
fn find_moves(
    account: &AccountSnapshot,
    request: &ReissueRequest,
    from: &str,
    to: &str,
) -> Result<Vec<Move>, ReissueError> {
    let mut by_email: FxHashMap<String, usize> = FxHashMap::default();
    by_email.reserve(account.users.len());
    for (at, user) in account.users.iter().enumerate() {
        by_email
            .entry(user.email.to_ascii_lowercase())
            .or_insert(at);
    }
    let in_from = |at: &usize| {
        domain_of(&account.users[*at].email).is_some_and(|d| d.eq_ignore_ascii_case(from))
    };
    let mut conflicts = Vec::new();
    let mut moves: Vec<Move> = Vec::new();
    let mut seen = FxHashSet::default();
    // New email (lower case) → the index in `moves` of the user who takes it.
    let mut taken: FxHashMap<String, usize> = FxHashMap::default();
    for asked in &request.users {
        let email = asked.email.trim();
        let Some(at) = by_email
            .get(&email.to_ascii_lowercase())
            .copied()
            .filter(in_from)
        else {
            conflicts.push(ReissueConflict::NotInTenant {
                email: email.to_string(),
                tenant: from.to_string(),
            });
            continue;
        };
        let old = &account.users[at].email;
        if !seen.insert(at) {
            conflicts.push(ReissueConflict::ListedTwice { email: old.clone() });
            continue;
        }
        let new_email = match &asked.new_email {
            Some(new_email) => new_email.trim().to_string(),
            None => default_new_email(old, to),
        };
        if let Some(problem) = email_problem(&new_email) {
            return Err(ReissueError::MalformedEmail {
                email: old.clone(),
                new_email,
                problem,
            });
        }
        if !domain_of(&new_email).is_some_and(|d| d.eq_ignore_ascii_case(to)) {
            conflicts.push(ReissueConflict::OutsideTenant {
                email: old.clone(),
                new_email,
                tenant: to.to_string(),
            });
            continue;
        }
        let key = new_email.to_ascii_lowercase();
        if by_email.contains_key(&key) {
            conflicts.push(ReissueConflict::EmailTaken {
                email: old.clone(),
                new_email,
            });
            continue;
        }
        match taken.entry(key) {
            Entry::Occupied(first) => {
                conflicts.push(ReissueConflict::SameNewEmail {
                    first: account.users[moves[*first.get()].at].email.clone(),
                    second: old.clone(),
                    new_email,
                });
                continue;
            }
            Entry::Vacant(slot) => {
                slot.insert(moves.len());
            }
        }
        let roles = match &asked.roles {
            Some(roles) => roles.clone(),
            None => default_reissued_roles(&account.users[at]),
        };
        moves.push(Move {
            at,
            to: new_email,
            roles,
        });
    }
    // A1: a tenant with an account admin keeps one.
    let admins_left = account
        .users
        .iter()
        .enumerate()
        .filter(|(at, u)| in_from(at) && u.is_account_admin() && !seen.contains(at))
        .count();
    let had_admin = account
        .users
        .iter()
        .enumerate()
        .any(|(at, u)| in_from(&at) && u.is_account_admin());
    if had_admin && admins_left == 0 {
        let moved_admins = moves
            .iter()
            .filter(|m| account.users[m.at].is_account_admin());
        for m in moved_admins {
            conflicts.push(ReissueConflict::LastAdmin {
                email: account.users[m.at].email.clone(),
                tenant: from.to_string(),
            });
        }
    }
    if conflicts.is_empty() {
        Ok(moves)
    } else {
        Err(ReissueError::Conflicts { conflicts })
    }
}

/// Chosen roles must fit the account as roles in a snapshot do (known roles, scopes of its own
/// MPN IDs, none twice).
fn check_chosen_roles(
    result: &AccountSnapshot,
    moved: &[UserReissued],
) -> Result<(), ReissueError> {
    let moved: FxHashSet<&str> = moved.iter().map(|m| m.to.as_str()).collect();
    let paths: Vec<String> = result
        .users
        .iter()
        .enumerate()
        .filter(|(_, u)| moved.contains(u.email.as_str()))
        .map(|(at, _)| format!("users[{at}].roles"))
        .collect();
    let problems: Vec<Problem> = find_problems(result)
        .into_iter()
        .filter(|p| paths.iter().any(|path| p.path.starts_with(path.as_str())))
        .collect();
    match problems.is_empty() {
        true => Ok(()),
        false => Err(ReissueError::InvalidRoles { problems }),
    }
}

fn local_part(email: &str) -> &str {
    email.rsplit_once('@').map_or(email, |(local, _)| local)
}

fn domain_of(email: &str) -> Option<&str> {
    email.rsplit_once('@').map(|(_, domain)| domain)
}

impl ReissuePlan {
    /// The fingerprint of every field but `fingerprint`.
    fn content_fingerprint(&self) -> Fingerprint {
        let mut json = Vec::new();
        let content = ReissuePlan {
            fingerprint: Fingerprint::default(),
            ..self.clone()
        };
        write_json(&mut json, &content);
        Fingerprint::of_canonical_json(&json)
    }

    /// Whether the stored fingerprint is the one of this plan's content.
    pub fn fingerprint_is_current(&self) -> bool {
        self.fingerprint == self.content_fingerprint()
    }

    /// What the re-issue does, a sentence each, in `lang`.
    pub fn describe_in(&self, lang: Lang) -> Vec<String> {
        let (from, to) = (&self.from_tenant, &self.to_tenant);
        let labels = RoleLabels::new(&self.result, lang);
        let mut lines: Vec<String> = self
            .moved
            .iter()
            .map(|m| {
                let named = |roles: &[RoleAssignment]| match roles.is_empty() {
                    true => say!(lang, "roles-none"),
                    false => {
                        let each: Vec<String> = roles.iter().map(|r| labels.label(r)).collect();
                        each.join(", ")
                    }
                };
                let (old, new, roles) = (&m.from, &m.to, named(&m.roles));
                // Roles chosen for the new email, when they differ from the old ones.
                match (m.roles.is_empty(), m.roles_before.as_deref().map(named)) {
                    (false, None) => say!(lang, "reissue-moved", old, new, roles),
                    (true, None) => say!(lang, "reissue-moved-no-roles", old, new),
                    (false, Some(before)) => {
                        say!(lang, "reissue-moved-changed", old, new, roles, before)
                    }
                    (true, Some(before)) => {
                        say!(lang, "reissue-moved-changed-no-roles", old, new, before)
                    }
                }
            })
            .collect();
        let count = self.moved.len();
        lines.push(say!(lang, "reissue-loses-access", from, count, to));
        if !self.stay.is_empty() {
            let (stay, count) = (lang.list(&self.stay), self.stay.len());
            lines.push(say!(lang, "reissue-stay", count, stay, from));
        }
        for token in &self.tokens_stay {
            let (id, product) = (&token.id, &token.product);
            lines.push(say!(lang, "reissue-token-stays", id, product, from));
        }
        lines
    }
}
