//! The re-issue form as plain data (R17): the tenant users move into, the tenants they may move
//! out of, and each user's choice.

use merge_core::{default_new_email, users_of_tenant, AccountSnapshot, ReissueRequest, UserToMove};

/// One user of the old tenant: moved or not, and the new email (editable).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserChoice {
    pub email: String,
    pub picked: bool,
    pub new_email: String,
}

/// The tenant users move into (the one the admin signs in through) and the account's other
/// tenants, which users may move out of; none when the admin's own is not the account's.
pub fn reissue_tenants(
    account: &AccountSnapshot,
    admin_email: &str,
) -> Option<(String, Vec<String>)> {
    let domain = admin_email.rsplit_once('@')?.1;
    let own = account
        .tenants
        .iter()
        .find(|t| t.domain.eq_ignore_ascii_case(domain))?;
    let others = account
        .tenants
        .iter()
        .filter(|t| t.domain != own.domain)
        .map(|t| t.domain.clone())
        .collect();
    Some((own.domain.clone(), others))
}

/// Every user of `from`, each picked, with the email merge-core would give them in `to`.
pub fn user_choices(account: &AccountSnapshot, from: &str, to: &str) -> Vec<UserChoice> {
    users_of_tenant(account, from)
        .map(|u| UserChoice {
            email: u.email.clone(),
            picked: true,
            new_email: default_new_email(&u.email, to),
        })
        .collect()
}

/// What the admin asks for: the picked users, each with the new email typed when it is not
/// the default.
pub fn reissue_request(from: &str, to: &str, choices: &[UserChoice]) -> ReissueRequest {
    let users = choices
        .iter()
        .filter(|c| c.picked)
        .map(|c| UserToMove {
            email: c.email.clone(),
            new_email: (c.new_email.trim() != default_new_email(&c.email, to))
                .then(|| c.new_email.trim().to_string()),
            roles: None,
        })
        .collect();
    ReissueRequest {
        from_tenant: from.to_string(),
        to_tenant: to.to_string(),
        users,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view_model::SAMPLES;

    /// The account E1 makes.
    fn merged() -> AccountSnapshot {
        let read = |i: usize| merge_core::read_snapshot(SAMPLES[i].1).unwrap();
        let as_of = merge_core::parse_date("2020-05-15").unwrap();
        merge_core::plan_merge(&read(0), &read(1), as_of)
            .unwrap()
            .result
    }

    #[test]
    fn users_move_into_the_admins_own_tenant_out_of_the_others() {
        let account = merged();
        let (to, from) = reissue_tenants(&account, "Alice@Contoso.com").unwrap();
        assert_eq!(
            (to.as_str(), from),
            ("contoso.com", vec!["fabricam.com".to_string()])
        );
        assert_eq!(reissue_tenants(&account, "tom@tailspin.com"), None);
    }

    #[test]
    fn the_request_names_the_picked_users_and_only_the_emails_typed() {
        let account = merged();
        let mut choices = user_choices(&account, "fabricam.com", "contoso.com");
        let emails: Vec<(&str, &str)> = choices
            .iter()
            .map(|c| (c.email.as_str(), c.new_email.as_str()))
            .collect();
        assert_eq!(
            emails,
            [
                ("fiona@fabricam.com", "fiona@contoso.com"),
                ("frank@fabricam.com", "frank@contoso.com"),
                ("greta@fabricam.com", "greta@contoso.com"),
            ]
        );
        choices[0].picked = false;
        choices[2].new_email = " greta.lind@contoso.com ".into();
        let request = reissue_request("fabricam.com", "contoso.com", &choices);
        assert_eq!(
            request.users,
            [
                UserToMove {
                    email: "frank@fabricam.com".into(),
                    new_email: None,
                    roles: None,
                },
                UserToMove {
                    email: "greta@fabricam.com".into(),
                    new_email: Some("greta.lind@contoso.com".into()),
                    roles: None,
                },
            ]
        );
        // What merge-core plans from it.
        let plan = merge_core::plan_reissue(&account, &request).unwrap();
        assert_eq!(plan.stay, ["fiona@fabricam.com"]);
    }
}
