//! R17: after a merge, the PGA may re-issue an absorbed tenant's users as new users of its own
//! tenant. Each user gets a new email in the PGA's tenant (by default the same local part),
//! keeps every role with its location scope, and loses access through the old tenant; the old
//! tenant's benefit tokens stay where they were activated (R14). Like a merge it is a plan with
//! a fingerprint, previewed before it is confirmed (issue #13).

use serde::{Deserialize, Serialize};

use crate::catalogue::say;
use crate::fingerprint::Fingerprint;
use crate::json::write_json;
use crate::plan::TokenStays;
use crate::role_label::RoleLabels;
use crate::snapshot::{AccountSnapshot, RoleAssignment};
use crate::Lang;

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

/// One user to move, and the new email when it is not the same local part at `to_tenant`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct UserToMove {
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_email: Option<String>,
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

/// A user re-issued: the old email loses access, the new one has the same roles.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct UserReissued {
    pub from: String,
    pub to: String,
    pub roles: Vec<RoleAssignment>,
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
/// reason it cannot be made.
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
    let moves = find_moves(account, request, &from, &to)?;
    let mut result = account.clone();
    for (at, new_email) in &moves {
        result.users[*at].email = new_email.clone();
    }
    let moved = moves
        .iter()
        .map(|(at, new_email)| UserReissued {
            from: account.users[*at].email.clone(),
            to: new_email.clone(),
            roles: account.users[*at].roles.clone(),
        })
        .collect::<Vec<_>>();
    let stay = users_of_tenant(account, &from)
        .filter(|u| !moved.iter().any(|m| m.from == u.email))
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

/// Each user to move (by position in `account.users`) with their new email, or every conflict.
fn find_moves(
    account: &AccountSnapshot,
    request: &ReissueRequest,
    from: &str,
    to: &str,
) -> Result<Vec<(usize, String)>, ReissueError> {
    let mut conflicts = Vec::new();
    let mut moves: Vec<(usize, String)> = Vec::new();
    let mut seen = Vec::new();
    for asked in &request.users {
        let email = asked.email.trim();
        let found = account.users.iter().position(|u| {
            u.email.eq_ignore_ascii_case(email)
                && domain_of(&u.email).is_some_and(|d| d.eq_ignore_ascii_case(from))
        });
        let Some(at) = found else {
            conflicts.push(ReissueConflict::NotInTenant {
                email: email.to_string(),
                tenant: from.to_string(),
            });
            continue;
        };
        let old = &account.users[at].email;
        if seen.contains(&at) {
            conflicts.push(ReissueConflict::ListedTwice { email: old.clone() });
            continue;
        }
        seen.push(at);
        let new_email = match &asked.new_email {
            Some(new_email) => new_email.trim().to_string(),
            None => default_new_email(old, to),
        };
        let well_formed = !local_part(&new_email).is_empty()
            && !new_email.contains(char::is_whitespace)
            && domain_of(&new_email).is_some_and(|d| d.eq_ignore_ascii_case(to));
        if !well_formed {
            conflicts.push(ReissueConflict::OutsideTenant {
                email: old.clone(),
                new_email,
                tenant: to.to_string(),
            });
            continue;
        }
        if account
            .users
            .iter()
            .any(|u| u.email.eq_ignore_ascii_case(&new_email))
        {
            conflicts.push(ReissueConflict::EmailTaken {
                email: old.clone(),
                new_email,
            });
            continue;
        }
        if let Some((first, _)) = moves
            .iter()
            .find(|(_, e)| e.eq_ignore_ascii_case(&new_email))
        {
            conflicts.push(ReissueConflict::SameNewEmail {
                first: account.users[*first].email.clone(),
                second: old.clone(),
                new_email,
            });
            continue;
        }
        moves.push((at, new_email));
    }
    if conflicts.is_empty() {
        Ok(moves)
    } else {
        Err(ReissueError::Conflicts { conflicts })
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
                let roles: Vec<String> = m.roles.iter().map(|r| labels.label(r)).collect();
                let (old, new, roles) = (&m.from, &m.to, roles.join(", "));
                match m.roles.is_empty() {
                    false => say!(lang, "reissue-moved", old, new, roles),
                    true => say!(lang, "reissue-moved-no-roles", old, new),
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
