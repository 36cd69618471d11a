//! R16: after a merge, admins of each tenant manage roles only for users of their own tenant.

use serde::{Deserialize, Serialize};

use crate::snapshot::{AccountSnapshot, RoleAssignment};
use crate::validate::{find_problems, Problem};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_fields)]
pub enum RoleError {
    #[error("{admin} is not an account admin of {company}")]
    NotAnAdmin { admin: String, company: String },
    #[error("{admin} signs in through {admin_tenant} and can manage only its users; {user} belongs to {user_tenant}: ask an admin of {user_tenant}, or be invited there as a guest (R16)")]
    OtherTenant {
        admin: String,
        admin_tenant: String,
        user: String,
        user_tenant: String,
    },
    #[error("{user} is not a user of {company}")]
    UnknownUser { user: String, company: String },
    #[error("those roles do not fit the account: {}", .problems.iter().map(|p| p.message.as_str()).collect::<Vec<_>>().join("; "))]
    InvalidRoles { problems: Vec<Problem> },
    #[error("{user} is the last account admin of tenant {tenant}; make another {tenant} user an account admin first, or nobody could manage its users or act for the account (A1)")]
    LastAdmin { user: String, tenant: String },
}

/// Whether `email` may act for `account` in the merge workflow (invite, answer, preview, confirm,
/// cancel: W1-W3): an account admin who signs in through one of the account's own tenants (A2).
/// `absorbed` are the accounts merged into this one: the admins of their tenants keep managing
/// their own users (R16) but do not act for the merged account.
pub fn acts_for(account: &AccountSnapshot, absorbed: &[AccountSnapshot], email: &str) -> bool {
    let domain = tenant(email);
    let admin = account
        .users
        .iter()
        .any(|u| u.email.eq_ignore_ascii_case(email) && u.is_account_admin());
    admin && !absorbed.iter().any(|a| a.has_tenant(domain))
}

fn tenant(email: &str) -> &str {
    email.rsplit_once('@').map_or("", |(_, domain)| domain)
}

/// The account with `user`'s roles replaced by `roles`, if `admin` may do that (R16) and the
/// user's tenant keeps an account admin (A1).
pub fn set_roles(
    account: &AccountSnapshot,
    admin: &str,
    user: &str,
    roles: Vec<RoleAssignment>,
) -> Result<AccountSnapshot, RoleError> {
    let is_admin = account
        .users
        .iter()
        .any(|u| u.email.eq_ignore_ascii_case(admin) && u.is_account_admin());
    if !is_admin {
        return Err(RoleError::NotAnAdmin {
            admin: admin.into(),
            company: account.company.clone(),
        });
    }
    let index = account
        .users
        .iter()
        .position(|u| u.email.eq_ignore_ascii_case(user))
        .ok_or_else(|| RoleError::UnknownUser {
            user: user.into(),
            company: account.company.clone(),
        })?;
    let user_tenant = tenant(&account.users[index].email);
    if !tenant(admin).eq_ignore_ascii_case(user_tenant) {
        return Err(RoleError::OtherTenant {
            admin: admin.into(),
            admin_tenant: tenant(admin).into(),
            user: user.into(),
            user_tenant: user_tenant.into(),
        });
    }
    let mut changed = account.clone();
    changed.users[index].roles = roles;
    // A1: a tenant with an account admin keeps one.
    let was_admin = account.users[index].is_account_admin();
    if was_admin && !changed.users[index].is_account_admin() {
        let another = changed.users.iter().enumerate().any(|(i, u)| {
            i != index && tenant(&u.email).eq_ignore_ascii_case(user_tenant) && u.is_account_admin()
        });
        if !another {
            return Err(RoleError::LastAdmin {
                user: account.users[index].email.clone(),
                tenant: user_tenant.into(),
            });
        }
    }
    let prefix = format!("users[{index}].");
    let problems: Vec<Problem> = find_problems(&changed)
        .into_iter()
        .filter(|p| p.path.starts_with(&prefix))
        .collect();
    if problems.is_empty() {
        Ok(changed)
    } else {
        Err(RoleError::InvalidRoles { problems })
    }
}
