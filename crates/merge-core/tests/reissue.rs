//! R17: re-issuing an absorbed tenant's users into the PGA's tenant (issue #13). Runs natively
//! and, compiled to wasm32, in headless Chromium.

mod common;

use common::*;
use merge_core::*;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// The account E1 makes: Contoso with Fabricam's locations, users and tenant.
fn merged() -> AccountSnapshot {
    plan_merge(&contoso(), &fabricam(), e1_as_of())
        .unwrap()
        .result
}

fn request(users: &[(&str, Option<&str>)]) -> ReissueRequest {
    ReissueRequest {
        from_tenant: "fabricam.com".into(),
        to_tenant: "contoso.com".into(),
        users: users
            .iter()
            .map(|(email, new_email)| UserToMove {
                email: email.to_string(),
                new_email: new_email.map(String::from),
                roles: None,
            })
            .collect(),
    }
}

#[test]
fn r17_frank_and_greta_move_to_contoso_with_their_roles_and_scopes() {
    let account = merged();
    let plan = plan_reissue(
        &account,
        &request(&[("frank@fabricam.com", None), ("greta@fabricam.com", None)]),
    )
    .unwrap();
    let moved: Vec<(&str, &str)> = plan
        .moved
        .iter()
        .map(|m| (m.from.as_str(), m.to.as_str()))
        .collect();
    assert_eq!(
        moved,
        [
            ("frank@fabricam.com", "frank@contoso.com"),
            ("greta@fabricam.com", "greta@contoso.com")
        ]
    );
    // Roles carried over, a location scope kept (R5).
    let frank = plan
        .result
        .users
        .iter()
        .find(|u| u.email == "frank@contoso.com")
        .unwrap();
    assert_eq!(
        frank.roles,
        [RoleAssignment {
            role: "incentives_admin".into(),
            location: Some("4444444".into())
        }]
    );
    // The old emails are gone; fiona, not moved, keeps access as before.
    let emails: Vec<&str> = plan.result.users.iter().map(|u| u.email.as_str()).collect();
    assert!(!emails.contains(&"frank@fabricam.com") && !emails.contains(&"greta@fabricam.com"));
    assert!(emails.contains(&"fiona@fabricam.com"));
    assert_eq!(plan.stay, ["fiona@fabricam.com"]);
    assert_eq!(plan.result.users.len(), account.users.len());
    // R14: Fabricam's token stays on fabricam.com.
    let tokens: Vec<(&str, &str)> = plan
        .tokens_stay
        .iter()
        .map(|t| (t.id.as_str(), t.tenant.as_str()))
        .collect();
    assert_eq!(tokens, [("TOK-1", "fabricam.com")]);
    assert_eq!(plan.result.benefit_tokens, account.benefit_tokens);
    assert!(
        find_problems(&plan.result).is_empty(),
        "{:?}",
        find_problems(&plan.result)
    );
    assert_eq!(
        plan.describe_in(Lang::En),
        [
            "frank@fabricam.com becomes frank@contoso.com, keeping Incentives admin · Fabricam \
             Amsterdam (4444444)",
            "greta@fabricam.com becomes greta@contoso.com, keeping Referrals admin",
            "fabricam.com loses access for the 2 users moved; they sign in through contoso.com",
            "fiona@fabricam.com stays in fabricam.com with access as before",
            "Benefit token TOK-1 (Office 365 E3) stays on fabricam.com: a token never leaves the tenant it was activated on",
        ]
    );
    assert_eq!(
        plan.describe_in(Lang::Nl)[1],
        "greta@fabricam.com wordt greta@contoso.com en houdt Beheerder van verwijzingen"
    );
}

#[test]
fn the_fingerprint_covers_the_plan_and_changes_with_any_choice() {
    let account = merged();
    let plan = plan_reissue(&account, &request(&[("frank@fabricam.com", None)])).unwrap();
    assert!(plan.fingerprint_is_current());
    assert!(plan.fingerprint.as_str().starts_with("sha256:"));
    let again = plan_reissue(&account, &request(&[("frank@fabricam.com", None)])).unwrap();
    assert_eq!(to_json(&again), to_json(&plan));
    let edited = plan_reissue(
        &account,
        &request(&[("frank@fabricam.com", Some("f.ranke@contoso.com"))]),
    )
    .unwrap();
    assert_eq!(edited.moved[0].to, "f.ranke@contoso.com");
    assert_ne!(edited.fingerprint, plan.fingerprint);
    let mut tampered = plan.clone();
    tampered.moved[0].to = "someone@contoso.com".into();
    assert!(!tampered.fingerprint_is_current());
    let read: ReissuePlan = read_json(&to_json(&plan), "the re-issue plan").unwrap();
    assert_eq!(read, plan);
}

#[test]
fn conflicts_are_refused_all_at_once() {
    let account = merged();
    let refused = plan_reissue(
        &account,
        &request(&[
            // alice@contoso.com exists already.
            ("frank@fabricam.com", Some("alice@contoso.com")),
            // Two users to one email.
            ("greta@fabricam.com", Some("team@contoso.com")),
            ("fiona@fabricam.com", Some("TEAM@contoso.com")),
            // Not a user of fabricam.com, and an address outside contoso.com.
            ("bob@contoso.com", None),
            ("Frank@Fabricam.com", None),
        ]),
    )
    .unwrap_err();
    assert_eq!(refused.code(), "REISSUE_CONFLICTS");
    // The serialized error carries the same code.
    assert!(
        to_json(&refused).starts_with(r#"{"code":"REISSUE_CONFLICTS","#),
        "{}",
        to_json(&refused)
    );
    let ReissueError::Conflicts { conflicts } = &refused else {
        panic!("{refused:?}");
    };
    assert_eq!(
        conflicts,
        &[
            ReissueConflict::EmailTaken {
                email: "frank@fabricam.com".into(),
                new_email: "alice@contoso.com".into()
            },
            ReissueConflict::SameNewEmail {
                first: "greta@fabricam.com".into(),
                second: "fiona@fabricam.com".into(),
                new_email: "TEAM@contoso.com".into()
            },
            ReissueConflict::NotInTenant {
                email: "bob@contoso.com".into(),
                tenant: "fabricam.com".into()
            },
            ReissueConflict::ListedTwice {
                email: "frank@fabricam.com".into()
            },
        ]
    );
    // Each conflict reads in Dutch too, for the app's refusal.
    let dutch: Vec<String> = conflicts.iter().map(|c| c.describe_in(Lang::Nl)).collect();
    assert_eq!(
        dutch,
        [
            "alice@contoso.com (voor frank@fabricam.com) is al een gebruiker van het account",
            "greta@fabricam.com en fiona@fabricam.com zouden allebei TEAM@contoso.com worden",
            "bob@contoso.com is geen gebruiker van fabricam.com",
            "frank@fabricam.com staat er twee keer in",
        ]
    );
    assert_eq!(
        conflicts[0].describe_in(Lang::En),
        "alice@contoso.com (for frank@fabricam.com) is already a user of the account"
    );
    let outside = plan_reissue(
        &account,
        &request(&[("frank@fabricam.com", Some("frank@tailspin.com"))]),
    )
    .unwrap_err();
    assert_eq!(
        outside.to_string(),
        "the users cannot be re-issued as asked: frank@tailspin.com (for frank@fabricam.com) \
         is not an email address in contoso.com; change these and preview again"
    );
}

#[test]
fn tenants_must_be_two_of_the_account() {
    let account = merged();
    let mut to_tailspin = request(&[("frank@fabricam.com", None)]);
    to_tailspin.to_tenant = "tailspin.com".into();
    assert_eq!(
        plan_reissue(&account, &to_tailspin).unwrap_err().code(),
        "UNKNOWN_TENANT"
    );
    let mut same = request(&[("frank@fabricam.com", None)]);
    same.to_tenant = "Fabricam.com".into();
    assert_eq!(
        plan_reissue(&account, &same).unwrap_err(),
        ReissueError::SameTenant {
            domain: "fabricam.com".into()
        }
    );
    assert_eq!(
        plan_reissue(&account, &request(&[])).unwrap_err().code(),
        "NO_USERS"
    );
}

#[test]
fn the_last_account_admin_of_the_old_tenant_is_not_moved_away() {
    let account = merged();
    let refused = plan_reissue(&account, &request(&[("fiona@fabricam.com", None)])).unwrap_err();
    assert_eq!(
        refused,
        ReissueError::Conflicts {
            conflicts: vec![ReissueConflict::LastAdmin {
                email: "fiona@fabricam.com".into(),
                tenant: "fabricam.com".into()
            }]
        }
    );
    assert!(refused.to_string().contains("(A1)"), "{refused}");
    // Moving everyone is moving the last admin too.
    let everyone = request(&[
        ("fiona@fabricam.com", None),
        ("frank@fabricam.com", None),
        ("greta@fabricam.com", None),
    ]);
    assert_eq!(
        plan_reissue(&account, &everyone).unwrap_err().code(),
        "REISSUE_CONFLICTS"
    );
    // With another admin in fabricam.com, fiona may go.
    let mut two_admins = account.clone();
    let frank = two_admins
        .users
        .iter_mut()
        .find(|u| u.email == "frank@fabricam.com")
        .unwrap();
    frank.roles.push(RoleAssignment {
        role: "account_admin".into(),
        location: None,
    });
    let plan = plan_reissue(&two_admins, &request(&[("fiona@fabricam.com", None)])).unwrap();
    assert_eq!(plan.moved[0].to, "fiona@contoso.com");
}

#[test]
fn reissued_users_get_no_account_admin_unless_it_is_chosen() {
    let mut account = merged();
    // A second admin in fabricam.com, so that fiona may move (A1).
    account
        .users
        .iter_mut()
        .find(|u| u.email == "greta@fabricam.com")
        .unwrap()
        .roles
        .push(RoleAssignment {
            role: "account_admin".into(),
            location: None,
        });
    let plan = plan_reissue(&account, &request(&[("fiona@fabricam.com", None)])).unwrap();
    assert_eq!(plan.moved[0].roles, []);
    let fiona = plan
        .result
        .users
        .iter()
        .find(|u| u.email == "fiona@contoso.com");
    assert!(!fiona.unwrap().is_account_admin());
    assert_eq!(
        plan.describe_in(Lang::En)[0],
        "fiona@fabricam.com becomes fiona@contoso.com, with no roles instead of Account admin"
    );
    // Chosen: exactly the roles asked for.
    let mut chosen = request(&[("fiona@fabricam.com", None)]);
    chosen.users[0].roles = Some(vec![
        RoleAssignment {
            role: "account_admin".into(),
            location: None,
        },
        RoleAssignment {
            role: "referrals_admin".into(),
            location: None,
        },
    ]);
    let plan = plan_reissue(&account, &chosen).unwrap();
    let fiona = plan
        .result
        .users
        .iter()
        .find(|u| u.email == "fiona@contoso.com");
    assert!(fiona.unwrap().is_account_admin());
    assert_eq!(plan.moved[0].roles.len(), 2);
    // Chosen roles are checked as a snapshot's are.
    chosen.users[0].roles = Some(vec![RoleAssignment {
        role: "chief_everything".into(),
        location: None,
    }]);
    let refused = plan_reissue(&account, &chosen).unwrap_err();
    assert_eq!(refused.code(), "INVALID_ROLES");
    assert!(
        refused.to_string().contains("chief_everything"),
        "{refused}"
    );
}

#[test]
fn new_emails_are_checked_as_snapshot_emails_are() {
    let account = merged();
    for (new_email, says) in [
        ("frank\u{202E}moc.osotnoc@contoso.com", "U+202E"),
        ("frank@evil.com@contoso.com", "more than one @"),
        ("Fr\u{C4}nk@contoso.com", "U+00C4"),
        ("frank\u{0}@contoso.com", "control character U+0000"),
        ("fr ank@contoso.com", "a space"),
        ("@contoso.com", "nothing before @"),
    ] {
        let refused = plan_reissue(
            &account,
            &request(&[("frank@fabricam.com", Some(new_email))]),
        )
        .unwrap_err();
        assert_eq!(refused.code(), "MALFORMED_EMAIL", "{new_email:?}");
        assert!(
            refused.to_string().contains(says),
            "{new_email:?}: {refused}"
        );
    }
    // A snapshot's users are held to the same rule.
    let mut snapshot = contoso();
    snapshot.users[1].email = "bob\u{202E}@contoso.com".into();
    let problems = validate_snapshot(&snapshot).unwrap_err();
    assert_eq!(problems[0].path, "users[1].email");
    assert!(problems[0].message.contains("U+202E"), "{}", problems[0]);
}

#[test]
fn a_reissue_moves_at_most_a_thousand_users() {
    let account = merged();
    let users: Vec<(String, Option<&str>)> = (0..=MAX_REISSUE_USERS)
        .map(|k| (format!("user{k}@fabricam.com"), None))
        .collect();
    let users: Vec<(&str, Option<&str>)> = users.iter().map(|(e, n)| (e.as_str(), *n)).collect();
    assert_eq!(
        plan_reissue(&account, &request(&users)).unwrap_err(),
        ReissueError::TooManyUsers {
            max: MAX_REISSUE_USERS
        }
    );
}
