//! One test per merge rule (R1-R16) and per refusal, plus E1 (docs/rules.md).
//! Runs natively and, compiled to wasm32, in headless Chromium.

mod common;

use common::*;
use merge_core::*;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

fn e1() -> MergePlan {
    plan_merge(&contoso(), &fabricam(), e1_as_of()).expect("E1 merges")
}

fn location_ids(account: &AccountSnapshot) -> Vec<&str> {
    account
        .locations
        .iter()
        .map(|l| l.mpn_id.as_str())
        .collect()
}

fn location<'a>(account: &'a AccountSnapshot, id: &str) -> &'a Location {
    account
        .locations
        .iter()
        .find(|l| l.mpn_id == id)
        .unwrap_or_else(|| panic!("location {id} in the merged account"))
}

fn user<'a>(account: &'a AccountSnapshot, email: &str) -> &'a User {
    account
        .users
        .iter()
        .find(|u| u.email == email)
        .unwrap_or_else(|| panic!("user {email} in the merged account"))
}

fn competency(name: &str, level: CompetencyLevel, expires: &str) -> Competency {
    Competency {
        name: name.into(),
        level,
        expires: date(expires),
    }
}

#[test]
fn e1_contoso_absorbs_fabricam_exactly_as_spec_section_4() {
    let plan = e1();
    let merged = &plan.result;
    assert_eq!(merged.company, "Contoso");
    assert_eq!(merged.global_mpn_id, "1111111");
    assert_eq!(
        location_ids(merged),
        ["2222222", "3333333", "4444444", "5555555"]
    );
    let tenants: Vec<&str> = merged.tenants.iter().map(|t| t.domain.as_str()).collect();
    assert_eq!(tenants, ["contoso.com", "fabricam.com"]);

    let packages: Vec<(&str, NaiveDateText)> = plan
        .benefit_packages
        .iter()
        .map(|p| (p.company.as_str(), p.expires.to_string()))
        .collect();
    assert_eq!(
        packages,
        [
            ("Contoso", "2020-10-01".to_string()),
            ("Fabricam", "2020-12-01".to_string())
        ]
    );
    assert_eq!(plan.renewal.date, Some(date("2020-12-01")));
    let kept: Vec<(&str, CompetencyLevel)> = plan
        .renewal
        .competencies
        .iter()
        .map(|c| (c.name.as_str(), c.level))
        .collect();
    assert_eq!(
        kept,
        [
            ("Cloud Platform", CompetencyLevel::Gold),
            ("Data Analytics", CompetencyLevel::Gold),
            ("Security", CompetencyLevel::Gold)
        ]
    );
    assert_eq!(plan.renewal.core_level, Some(CoreLevel::Gold));
    assert_eq!(
        plan.renewal.action_pack_anniversary,
        Some(date("2020-10-01"))
    );
    assert_eq!(
        plan.renewal.azure_expert_msp_renewal,
        Some(date("2021-03-31"))
    );
    assert_eq!(
        plan.not_merged.benefit_tokens,
        [TokenStays {
            id: "TOK-1".into(),
            product: "Office 365 E3".into(),
            tenant: "fabricam.com".into(),
            expires: date("2021-03-01"),
        }]
    );
    let verify = &plan.checklist[0];
    assert_eq!(verify.item, ChecklistKind::VerifyBankAndTax);
    assert!(verify.text.contains("bank and tax"), "{}", verify.text);
    let managers: Vec<(&str, &[String])> = plan
        .role_management
        .iter()
        .map(|m| (m.tenant.as_str(), m.admins.as_slice()))
        .collect();
    assert_eq!(
        managers,
        [
            ("contoso.com", &["alice@contoso.com".to_string()][..]),
            ("fabricam.com", &["fiona@fabricam.com".to_string()][..])
        ]
    );
    assert!(plan.fingerprint.as_str().starts_with("sha256:"));
    assert_eq!(plan.fingerprint.as_str().len(), "sha256:".len() + 64);
}

type NaiveDateText = String;

#[test]
fn r1_initiator_pga_stays_the_pga_with_its_global_mpn_id() {
    let plan = e1();
    assert_eq!(plan.result.global_mpn_id, "1111111");
    assert!(plan.result.locations.iter().all(|l| l.mpn_id != "1111111"));
    assert!(plan.changes.contains(&Change::PgaKept {
        mpn_id: "1111111".into(),
        company: "Contoso".into()
    }));
}

#[test]
fn r2_invitee_pga_becomes_a_location_keeping_its_id() {
    let plan = e1();
    let demoted = location(&plan.result, "3333333");
    assert_eq!(
        demoted.origin,
        Some(LocationOrigin {
            company: "Fabricam".into(),
            was_pga: true
        })
    );
    assert_eq!(demoted.name, "Fabricam");
    assert!(plan.changes.contains(&Change::PgaDemotedToLocation {
        mpn_id: "3333333".into(),
        company: "Fabricam".into()
    }));
}

#[test]
fn r3_every_invitee_location_moves_under_the_initiator_pga() {
    let plan = e1();
    for (id, name) in [
        ("4444444", "Fabricam Amsterdam"),
        ("5555555", "Fabricam Berlin"),
    ] {
        let moved = location(&plan.result, id);
        assert_eq!(moved.name, name);
        let origin = moved.origin.as_ref().expect("tagged");
        assert_eq!((&*origin.company, origin.was_pga), ("Fabricam", false));
    }
    assert!(plan.changes.contains(&Change::LocationsMoved {
        from_company: "Fabricam".into(),
        mpn_ids: vec!["4444444".into(), "5555555".into()]
    }));
    let own = location(&plan.result, "2222222")
        .origin
        .as_ref()
        .expect("tagged");
    assert_eq!(&*own.company, "Contoso");
}

#[test]
fn r4_every_mpn_id_of_both_accounts_is_preserved_exactly_once() {
    let (a, b) = (contoso(), fabricam());
    let plan = plan_merge(&a, &b, e1_as_of()).unwrap();
    let mut before: Vec<&MpnId> = a.mpn_ids().chain(b.mpn_ids()).collect();
    let mut after: Vec<&MpnId> = plan.result.mpn_ids().collect();
    before.sort();
    after.sort();
    assert_eq!(before, after);
    assert!(
        find_problems(&plan.result).is_empty(),
        "{:?}",
        find_problems(&plan.result)
    );
}

#[test]
fn r5_users_keep_roles_and_location_scoped_roles_keep_their_location() {
    let (a, b) = (contoso(), fabricam());
    let plan = plan_merge(&a, &b, e1_as_of()).unwrap();
    for original in a.users.iter().chain(&b.users) {
        assert_eq!(user(&plan.result, &original.email).roles, original.roles);
    }
    let frank = user(&plan.result, "frank@fabricam.com");
    assert_eq!(frank.roles[0].location.as_ref().unwrap(), "4444444");
    // The scope still names a location of the merged account.
    location(&plan.result, "4444444");
    assert!(plan.changes.contains(&Change::RolesKept {
        from_company: "Fabricam".into(),
        users: 3,
        account_wide_roles: 2,
        location_scoped_roles: 1
    }));
}

#[test]
fn r6_tenants_and_csp_accounts_are_listed_not_merged() {
    let (a, b) = (contoso(), fabricam());
    let plan = plan_merge(&a, &b, e1_as_of()).unwrap();
    let expected: Vec<Tenant> = a.tenants.iter().chain(&b.tenants).cloned().collect();
    assert_eq!(plan.result.tenants, expected);
    let not_merged: Vec<(&str, &str, usize)> = plan
        .not_merged
        .tenants
        .iter()
        .map(|t| (t.domain.as_str(), t.company.as_str(), t.csp_accounts.len()))
        .collect();
    assert_eq!(
        not_merged,
        [
            ("contoso.com", "Contoso", 1),
            ("fabricam.com", "Fabricam", 0)
        ]
    );
    // Each tenant's users stay on their own tenant.
    for u in &plan.result.users {
        assert!(plan.result.has_tenant(&u.domain().unwrap()));
    }
}

#[test]
fn r7_offers_and_co_sell_pipeline_of_both_companies_are_preserved() {
    let (a, b) = (contoso(), fabricam());
    let plan = plan_merge(&a, &b, e1_as_of()).unwrap();
    let offers: Vec<&str> = plan.result.offers.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(offers, ["contoso.backup", "fabricam.analytics"]);
    assert_eq!(
        plan.result.co_sell,
        [a.co_sell.clone(), b.co_sell.clone()].concat()
    );
    assert!(plan.changes.contains(&Change::CoSellCarried {
        from_company: "Fabricam".into(),
        count: 1,
        value_cents: 4_500_000
    }));
}

#[test]
fn r8_shared_competency_takes_the_highest_level_and_keeps_both_benefit_sets() {
    let mut a = contoso();
    let mut b = fabricam();
    a.competencies = vec![competency(
        "Security",
        CompetencyLevel::Silver,
        "2020-10-01",
    )];
    b.competencies = vec![competency("Security", CompetencyLevel::Gold, "2020-12-01")];
    let plan = plan_merge(&a, &b, e1_as_of()).unwrap();
    assert_eq!(
        plan.result.competencies,
        [competency("Security", CompetencyLevel::Gold, "2020-12-01")]
    );
    assert!(plan.changes.contains(&Change::CompetencyUpgraded {
        name: "Security".into(),
        from: CompetencyLevel::Silver,
        to: CompetencyLevel::Gold
    }));
    let sets: Vec<(CoreLevel, CompetencyLevel)> = plan
        .benefit_packages
        .iter()
        .map(|p| (p.core_level, p.competencies[0].level))
        .collect();
    assert_eq!(
        sets,
        [
            (CoreLevel::Silver, CompetencyLevel::Silver),
            (CoreLevel::Gold, CompetencyLevel::Gold)
        ]
    );

    // The initiator's higher level stands.
    let plan = plan_merge(&b, &a, e1_as_of()).unwrap();
    assert_eq!(plan.result.competencies[0].level, CompetencyLevel::Gold);
    assert!(plan.changes.iter().any(|c| matches!(
        c,
        Change::CompetencyCombined {
            level: CompetencyLevel::Gold,
            ..
        }
    )));
}

#[test]
fn r9_action_pack_anniversary_is_the_later_of_the_two() {
    let plan = e1();
    assert_eq!(
        plan.result.action_pack.as_ref().unwrap().anniversary,
        date("2020-10-01")
    );
    assert!(plan.changes.contains(&Change::ActionPackAnniversaryMoved {
        from: date("2020-06-01"),
        to: date("2020-10-01")
    }));

    // Reversed roles: the initiator's later anniversary stands, no change listed.
    let plan = plan_merge(&fabricam(), &contoso(), e1_as_of()).unwrap();
    assert_eq!(
        plan.result.action_pack.as_ref().unwrap().anniversary,
        date("2020-10-01")
    );
    assert!(!plan
        .changes
        .iter()
        .any(|c| matches!(c, Change::ActionPackAnniversaryMoved { .. })));

    // Only the invitee has one.
    let mut a = contoso();
    a.action_pack = None;
    let plan = plan_merge(&a, &fabricam(), e1_as_of()).unwrap();
    assert!(plan.changes.contains(&Change::ActionPackAdded {
        anniversary: date("2020-10-01")
    }));
}

#[test]
fn r10_packages_stay_until_their_own_expiry_then_one_renewal_at_the_latest() {
    let plan = e1();
    assert_eq!(plan.benefit_packages.len(), 2);
    assert_eq!(plan.benefit_packages[0].expires, date("2020-10-01"));
    assert_eq!(plan.benefit_packages[1].expires, date("2020-12-01"));
    assert_eq!(plan.renewal.date, Some(date("2020-12-01")));
    assert_eq!(plan.renewal.competencies.len(), 3);
    // The merged account carries the packages, so a later merge before renewal keeps them.
    assert_eq!(plan.result.benefit_packages, plan.benefit_packages);
    let chained = plan_merge(&tailspin(), &plan.result, e1_as_of()).unwrap();
    let companies: Vec<&str> = chained
        .benefit_packages
        .iter()
        .map(|p| p.company.as_str())
        .collect();
    assert_eq!(companies, ["Tailspin", "Contoso", "Fabricam"]);
    assert_eq!(chained.renewal.date, Some(date("2021-02-01")));
    // Origins from the earlier merge survive the second one.
    let old_pga = location(&chained.result, "3333333").origin.clone().unwrap();
    assert_eq!((&*old_pga.company, old_pga.was_pga), ("Fabricam", true));
}

/// R10: the one renewal's core benefits are at the highest level either company attained,
/// whichever side holds it; two silvers stay silver.
#[test]
fn r10_the_renewal_takes_the_highest_core_level_of_silver_and_gold() {
    use CompetencyLevel::{Gold, Silver};
    for (ours, theirs, expected) in [
        (Silver, Gold, CoreLevel::Gold),
        (Gold, Silver, CoreLevel::Gold),
        (Silver, Silver, CoreLevel::Silver),
    ] {
        let mut initiator = contoso();
        initiator.competencies = vec![competency("Cloud Platform", ours, "2020-10-01")];
        let mut invitee = fabricam();
        invitee.competencies = vec![competency("Security", theirs, "2020-12-01")];
        let plan = plan_merge(&initiator, &invitee, e1_as_of()).unwrap();
        assert_eq!(
            plan.renewal.core_level,
            Some(expected),
            "{ours:?} + {theirs:?}"
        );
        assert_eq!(plan.renewal.date, Some(date("2020-12-01")));
    }
}

#[test]
fn r11_mcp_ids_of_both_are_attached_to_the_pga_mpn_id() {
    let plan = e1();
    assert_eq!(plan.result.mcp_ids, ["900001", "900002"]);
    assert!(plan.changes.contains(&Change::McpIdsAttached {
        to_mpn_id: "1111111".into(),
        mcp_ids: vec!["900002".into()]
    }));
}

#[test]
fn r12_azure_expert_msp_is_retained_until_renewal() {
    let plan = e1();
    assert_eq!(
        plan.result.azure_expert_msp.as_ref().unwrap().renewal,
        date("2021-03-31")
    );
    assert!(plan.changes.contains(&Change::AzureExpertMspRetained {
        from_company: "Fabricam".into(),
        renewal: date("2021-03-31")
    }));
}

/// R12 when the initiator is the Azure Expert MSP, or both are: the later renewal stands, and
/// only a membership that comes from the invitee is a change.
#[test]
fn r12_the_initiators_azure_expert_msp_is_kept_and_the_later_of_two_stands() {
    let msp = |renewal: &str| {
        Some(AzureExpertMsp {
            renewal: date(renewal),
        })
    };
    let retained = |plan: &MergePlan| {
        plan.changes
            .iter()
            .filter(|c| matches!(c, Change::AzureExpertMspRetained { .. }))
            .count()
    };

    let mut initiator = contoso();
    initiator.azure_expert_msp = msp("2021-06-30");
    let mut invitee = fabricam();
    invitee.azure_expert_msp = None;
    let plan = plan_merge(&initiator, &invitee, e1_as_of()).unwrap();
    assert_eq!(plan.result.azure_expert_msp, msp("2021-06-30"));
    assert_eq!(
        plan.renewal.azure_expert_msp_renewal,
        Some(date("2021-06-30"))
    );
    assert_eq!(retained(&plan), 0);

    // Both members: the initiator's later renewal stands (Fabricam's is 2021-03-31).
    let plan = plan_merge(&initiator, &fabricam(), e1_as_of()).unwrap();
    assert_eq!(plan.result.azure_expert_msp, msp("2021-06-30"));
    assert_eq!(retained(&plan), 0);

    // Both members, the invitee's renewal later: the invitee's stands, and says so.
    initiator.azure_expert_msp = msp("2021-01-31");
    let plan = plan_merge(&initiator, &fabricam(), e1_as_of()).unwrap();
    assert_eq!(plan.result.azure_expert_msp, msp("2021-03-31"));
    assert!(plan.changes.contains(&Change::AzureExpertMspRetained {
        from_company: "Fabricam".into(),
        renewal: date("2021-03-31")
    }));
}

#[test]
fn r13_advanced_specializations_and_sa_vouchers_are_retained() {
    let (a, b) = (contoso(), fabricam());
    let plan = plan_merge(&a, &b, e1_as_of()).unwrap();
    assert_eq!(
        plan.result.advanced_specializations,
        [
            a.advanced_specializations.clone(),
            b.advanced_specializations.clone()
        ]
        .concat()
    );
    assert_eq!(plan.result.sa_vouchers, b.sa_vouchers);
}

#[test]
fn r14_benefit_tokens_stay_on_the_tenant_they_were_activated_on() {
    let plan = e1();
    assert_eq!(plan.result.benefit_tokens, fabricam().benefit_tokens);
    assert_eq!(plan.result.benefit_tokens[0].tenant, "fabricam.com");
    assert_eq!(plan.not_merged.benefit_tokens[0].tenant, "fabricam.com");
}

#[test]
fn r15_plan_warns_it_is_irreversible_and_asks_to_verify_bank_and_tax() {
    let plan = e1();
    assert_eq!(plan.warnings[0].kind, WarningKind::Irreversible);
    assert!(plan.warnings[0].message.contains("cannot be undone"));
    let verify = plan
        .checklist
        .iter()
        .find(|i| i.item == ChecklistKind::VerifyBankAndTax)
        .expect("a bank and tax item");
    assert!(
        verify.text.contains("Verify bank and tax information"),
        "{}",
        verify.text
    );
    assert!(verify.text.contains("ending 4242"), "{}", verify.text);
    assert_eq!(plan.result.bank_tax_profile, contoso().bank_tax_profile);
    let left = plan.not_merged.bank_tax_profile.as_ref().unwrap();
    assert_eq!(
        (left.company.as_str(), left.profile.tax_id_country.as_str()),
        ("Fabricam", "NL")
    );
}

#[test]
fn e1_at_a_glance_counts_before_and_after() {
    let summary = summarize(&e1(), &contoso(), &fabricam());
    let rows: Vec<String> = summary.rows.iter().map(SummaryRow::describe).collect();
    assert_eq!(
        rows,
        [
            "Locations (with the PGA): 2 + 3 → 5",
            "Tenants: 1 + 1 → 2",
            "Users: 2 + 3 → 5",
            "Competencies: 1 + 2 → 3",
        ]
    );
}

#[test]
fn r15_things_already_expired_on_as_of_are_warned_about() {
    let plan = plan_merge(&contoso(), &fabricam(), date("2021-04-01")).unwrap();
    let kinds: Vec<WarningKind> = plan.warnings.iter().map(|w| w.kind).collect();
    assert_eq!(
        kinds,
        [
            WarningKind::Irreversible,
            WarningKind::CompetencyExpired,
            WarningKind::ActionPackLapsed,
            WarningKind::CompetencyExpired,
            WarningKind::CompetencyExpired,
            WarningKind::ActionPackLapsed,
            WarningKind::AzureExpertMspLapsed,
            WarningKind::BenefitTokenExpired,
        ]
    );
    assert_eq!(e1().warnings.len(), 1);
}

#[test]
fn r16_each_tenant_is_managed_only_by_its_own_admins() {
    let mut b = fabricam();
    // A Fabricam user who is not an admin, and a location-scoped "admin" who is not account-wide.
    b.users.push(User {
        email: "lars@fabricam.com".into(),
        roles: vec![RoleAssignment {
            role: "account_admin".into(),
            location: Some("4444444".into()),
        }],
    });
    let plan = plan_merge(&contoso(), &b, e1_as_of()).unwrap();
    let fabricam_tenant = &plan.role_management[1];
    assert_eq!(fabricam_tenant.tenant, "fabricam.com");
    assert_eq!(fabricam_tenant.admins, ["fiona@fabricam.com"]);
    assert_eq!(fabricam_tenant.users, 4);
    let contoso_tenant = &plan.role_management[0];
    assert_eq!(contoso_tenant.admins, ["alice@contoso.com"]);
    assert!(!contoso_tenant
        .admins
        .iter()
        .any(|a| a.ends_with("@fabricam.com")));
}

#[test]
fn refusal_self_merge() {
    let error = plan_merge(&contoso(), &contoso(), e1_as_of()).unwrap_err();
    assert_eq!(
        error,
        PlanError::SelfMerge {
            mpn_id: "1111111".into()
        }
    );
    assert_eq!(error.code(), "SELF_MERGE");
}

#[test]
fn refusal_mpn_collision_names_the_shared_ids() {
    let mut b = fabricam();
    b.locations[1].mpn_id = "2222222".into();
    let error = plan_merge(&contoso(), &b, e1_as_of()).unwrap_err();
    assert_eq!(
        error,
        PlanError::MpnCollision {
            ids: vec!["2222222".into()]
        }
    );
    assert!(error.to_string().contains("2222222"));
}

#[test]
fn refusal_malformed_mpn_id_names_the_path_and_value() {
    let mut b = fabricam();
    b.locations[0].mpn_id = "44-444".into();
    match plan_merge(&contoso(), &b, e1_as_of()).unwrap_err() {
        PlanError::MalformedMpnId { side, problems } => {
            assert_eq!(side, Party::Invitee);
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].path, "locations[0].mpn_id");
            assert!(problems[0].message.contains("44-444"));
        }
        other => panic!("expected MalformedMpnId, got {other:?}"),
    }
}

#[test]
fn refusal_merged_away_account_cannot_merge_again() {
    let mut b = fabricam();
    b.merged_into = Some("1111111".into());
    let error = plan_merge(&tailspin(), &b, e1_as_of()).unwrap_err();
    assert_eq!(
        error,
        PlanError::MergedAway {
            side: Party::Invitee,
            company: "Fabricam".into(),
            mpn_id: "3333333".into(),
            merged_into: "1111111".into()
        }
    );
}

#[test]
fn refusal_location_id_where_a_global_id_is_required_names_its_account() {
    let accounts = [contoso(), fabricam(), tailspin()];
    let error = find_invitee(&accounts[0], "4444444", &accounts).unwrap_err();
    assert_eq!(
        error,
        InviteError::LocationId {
            mpn_id: "4444444".into(),
            company: "Fabricam".into(),
            global_mpn_id: "3333333".into()
        }
    );
    assert_eq!(
        error.to_string(),
        "4444444 is a location of Fabricam; use its global Partner ID 3333333"
    );
    let found = find_invitee(&accounts[0], "3333333", &accounts).unwrap();
    assert_eq!(found.company, "Fabricam");
    let own = find_invitee(&accounts[0], "2222222", &accounts).unwrap_err();
    assert_eq!(own.code(), "SELF_MERGE");
    let bad = find_invitee(&accounts[0], "33x", &accounts).unwrap_err();
    assert_eq!(bad.code(), "MALFORMED_MPN_ID");
    let unknown = find_invitee(&accounts[0], "1234567", &accounts).unwrap_err();
    assert_eq!(unknown.code(), "UNKNOWN_ACCOUNT");
}

#[test]
fn refusal_merged_away_account_cannot_be_invited() {
    let mut gone = fabricam();
    gone.merged_into = Some("9999999".into());
    let accounts = [contoso(), gone];
    let error = find_invitee(&accounts[0], "3333333", &accounts).unwrap_err();
    assert_eq!(error.code(), "MERGED_AWAY");
}

#[test]
fn refusal_shared_tenant_or_holding_ids() {
    let mut b = fabricam();
    b.tenants.push(Tenant {
        domain: "Contoso.com".into(),
        csp_accounts: vec![],
    });
    let error = plan_merge(&contoso(), &b, e1_as_of()).unwrap_err();
    assert_eq!(
        error,
        PlanError::TenantCollision {
            domains: vec!["Contoso.com".into()]
        }
    );

    let mut b = fabricam();
    b.offers[0].id = "contoso.backup".into();
    let error = plan_merge(&contoso(), &b, e1_as_of()).unwrap_err();
    assert_eq!(
        error,
        PlanError::HoldingCollision {
            holding: Holding::Offer,
            ids: vec!["contoso.backup".into()]
        }
    );
}

#[test]
fn refusal_invalid_snapshot_carries_every_problem() {
    let mut a = contoso();
    a.users[1].roles[0].location = Some("7777777".into());
    a.users.push(User {
        email: "eve@elsewhere.com".into(),
        roles: vec![],
    });
    let error = plan_merge(&a, &fabricam(), e1_as_of()).unwrap_err();
    assert_eq!(error.code(), "INVALID_SNAPSHOT");
    let PlanError::InvalidSnapshot { side, problems } = error else {
        panic!("expected InvalidSnapshot");
    };
    assert_eq!(side, Party::Initiator);
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["users[1].roles[0].location", "users[2].email"]);
}

#[test]
fn validation_reports_every_problem_with_its_path() {
    let mut s = contoso();
    s.global_mpn_id = "12".into();
    s.locations.push(s.locations[0].clone());
    s.users.push(s.users[0].clone());
    s.users[0].roles.push(RoleAssignment {
        role: "wizard".into(),
        location: None,
    });
    s.benefit_tokens.push(BenefitToken {
        id: "TOK-9".into(),
        product: "Visual Studio".into(),
        activated_on: date("2020-01-01"),
        tenant: "fabricam.com".into(),
    });
    s.co_sell[0].value_cents = -1;
    let problems = validate_snapshot(&s).unwrap_err();
    let found: Vec<(&str, ProblemKind)> =
        problems.iter().map(|p| (p.path.as_str(), p.kind)).collect();
    assert_eq!(
        found,
        [
            ("global_mpn_id", ProblemKind::MalformedMpnId),
            ("locations[1].mpn_id", ProblemKind::DuplicateId),
            ("users[0].roles[1].role", ProblemKind::UnknownRole),
            ("users[2].email", ProblemKind::DuplicateId),
            ("co_sell[0].value_cents", ProblemKind::Malformed),
            ("benefit_tokens[0].tenant", ProblemKind::UnknownTenant),
        ]
    );
    assert!(problems[1].message.contains("locations[0].mpn_id"));
    assert!(validate_snapshot(&contoso()).is_ok());
}

#[test]
fn unreadable_json_names_the_field() {
    let error =
        read_snapshot(r#"{"company":"X","global_mpn_id":"1234567","tenants":[{"domain":5}]}"#)
            .unwrap_err();
    assert_eq!(error.path, "tenants[0].domain");
    let error = read_snapshot(&CONTOSO_JSON.replace("\"gold\"", "\"platinum\"")).unwrap_err();
    assert_eq!(error.path, "competencies[0].level");
    let error =
        read_snapshot(&CONTOSO_JSON.replace("\"sa_vouchers\"", "\"sa_voucher\"")).unwrap_err();
    assert!(error.message.contains("sa_voucher"), "{}", error.message);
}

#[test]
fn fingerprint_covers_inputs_and_as_of_and_verifies() {
    let plan = e1();
    assert!(plan.fingerprint_is_current());
    assert_eq!(plan.fingerprint, e1().fingerprint);

    let later = plan_merge(&contoso(), &fabricam(), date("2020-05-16")).unwrap();
    assert_ne!(later.fingerprint, plan.fingerprint);

    let mut b = fabricam();
    b.locations[0].name = "Fabricam Rotterdam".into();
    let renamed = plan_merge(&contoso(), &b, e1_as_of()).unwrap();
    assert_ne!(renamed.fingerprint, plan.fingerprint);

    let mut tampered = plan.clone();
    tampered.result.locations.pop();
    assert!(!tampered.fingerprint_is_current());
}

#[test]
fn plan_reads_back_from_its_own_json() {
    let plan = e1();
    let json = to_json(&plan);
    let back = read_plan(&json).unwrap();
    assert_eq!(back, plan);
    assert!(back.fingerprint_is_current());
}

/// Fabricam with one more location, 6666666 Fabricam Oslo.
fn fabricam_with_oslo() -> AccountSnapshot {
    let mut b = fabricam();
    b.locations.push(Location {
        mpn_id: "6666666".into(),
        name: "Fabricam Oslo".into(),
        country: Some("NO".into()),
        origin: None,
    });
    b
}

#[test]
fn diff_says_which_location_was_added_and_which_level_changed() {
    let old = e1();
    let b = fabricam_with_oslo();
    let mut a = contoso();
    a.competencies[0].level = CompetencyLevel::Silver;
    let new = plan_merge(&a, &b, e1_as_of()).unwrap();
    let messages: Vec<String> = diff_plans(&old, &new)
        .into_iter()
        .map(|d| d.message)
        .collect();
    assert!(
        messages.contains(&"Location 6666666 (Fabricam Oslo) was added to Fabricam".to_string()),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"Cloud Platform changed from gold to silver".to_string()),
        "{messages:?}"
    );
    assert!(diff_plans(&old, &e1()).is_empty());
}

#[test]
fn diff_in_dutch_says_the_same_differences_in_the_same_order() {
    let old = e1();
    let mut b = fabricam_with_oslo();
    b.users[0].roles.push(RoleAssignment {
        role: "referrals_admin".into(),
        location: None,
    });
    let mut a = contoso();
    a.competencies[0].level = CompetencyLevel::Silver;
    let as_of = date("2020-11-02");
    let new = plan_merge(&a, &b, as_of).unwrap();
    let english = diff_plans(&old, &new);
    let dutch = diff_plans_in(&old, &new, Lang::Nl);
    assert_eq!(english.len(), dutch.len(), "{english:?}\n{dutch:?}");
    for (en, nl) in english.iter().zip(&dutch) {
        assert_eq!(en.area, nl.area);
        assert_ne!(
            en.message, nl.message,
            "{} is not written in Dutch",
            en.message
        );
    }
    let messages: Vec<&str> = dutch.iter().map(|d| d.message.as_str()).collect();
    for expected in [
        "Locatie 6666666 (Fabricam Oslo) is toegevoegd aan Fabricam",
        "Het niveau van Cloud Platform: was goud, nu zilver",
        "De datum van het plan: was 15 mei 2020, nu 2 november 2020",
    ] {
        assert!(messages.contains(&expected), "{expected:?} in {messages:?}");
    }
    let roles = messages
        .iter()
        .find(|m| m.starts_with("De rollen van"))
        .unwrap();
    assert!(roles.contains("Beheerder van verwijzingen"), "{roles}");
    assert!(!roles.contains("referrals_admin"), "{roles}");
}

#[test]
fn diff_names_a_value_the_merged_account_does_not_keep() {
    let old = e1();
    let mut a = contoso();
    a.action_pack = Some(ActionPack {
        anniversary: date("2020-05-20"),
    });
    let new = plan_merge(&a, &fabricam(), e1_as_of()).unwrap();
    assert_ne!(old.fingerprint, new.fingerprint);
    let messages: Vec<String> = diff_plans(&old, &new)
        .into_iter()
        .map(|d| d.message)
        .collect();
    // Fabricam's later anniversary stands either way; the plan still shows Contoso's own.
    assert_eq!(
        messages,
        ["Contoso's Action Pack anniversary changed from 1 June 2020 to 20 May 2020"]
    );
}

#[test]
fn r16_roles_are_managed_only_by_admins_of_the_users_own_tenant() {
    let merged = e1().result;
    let incentives = |location: &str| {
        vec![RoleAssignment {
            role: "incentives_admin".into(),
            location: Some(location.into()),
        }]
    };
    // Fiona (fabricam.com) manages Frank (fabricam.com), even on a location from Contoso.
    let changed = set_roles(
        &merged,
        "fiona@fabricam.com",
        "frank@fabricam.com",
        incentives("2222222"),
    )
    .unwrap();
    assert_eq!(
        user(&changed, "frank@fabricam.com").roles,
        incentives("2222222")
    );
    // Alice (contoso.com) may not, though she is an account admin of the merged account.
    let error = set_roles(
        &merged,
        "alice@contoso.com",
        "frank@fabricam.com",
        incentives("4444444"),
    )
    .unwrap_err();
    assert!(
        matches!(error, RoleError::OtherTenant { ref user_tenant, .. } if user_tenant == "fabricam.com")
    );
    // Bob is no admin; a role on an unknown location is refused with its path.
    let error = set_roles(&merged, "bob@contoso.com", "bob@contoso.com", vec![]).unwrap_err();
    assert!(matches!(error, RoleError::NotAnAdmin { .. }));
    let error = set_roles(
        &merged,
        "alice@contoso.com",
        "bob@contoso.com",
        incentives("7777777"),
    )
    .unwrap_err();
    let RoleError::InvalidRoles { problems } = error else {
        panic!("expected InvalidRoles")
    };
    assert_eq!(problems[0].path, "users[1].roles[0].location");
    let error = set_roles(&merged, "alice@contoso.com", "nobody@contoso.com", vec![]).unwrap_err();
    assert!(matches!(error, RoleError::UnknownUser { .. }));
}

#[test]
fn r2_r3_each_location_says_how_it_joined() {
    let plan = e1();
    let merged = &plan.result;
    let joined: Vec<(&str, Option<String>)> = merged
        .locations
        .iter()
        .map(|l| {
            (
                l.mpn_id.as_str(),
                l.joined(&merged.company).map(|j| j.to_string()),
            )
        })
        .collect();
    let said = |text: &str| Some(text.to_string());
    assert_eq!(
        joined,
        [
            ("2222222", None),
            ("3333333", said("was Fabricam's PGA")),
            ("4444444", said("moved from Fabricam")),
            ("5555555", said("moved from Fabricam")),
        ]
    );
    assert_eq!(
        merged.locations[1].joined("Contoso"),
        Some(Joined::WasPga {
            company: "Fabricam"
        })
    );
    // Before any merge, a location is the company's own.
    assert_eq!(contoso().locations[0].joined("Contoso"), None);
}

#[test]
fn r5_roles_read_the_same_everywhere() {
    let plan = e1();
    let frank = plan
        .result
        .users
        .iter()
        .find(|u| u.email == "frank@fabricam.com")
        .unwrap();
    assert_eq!(frank.roles[0].to_string(), "incentives_admin of 4444444");
    assert_eq!(plan.result.users[0].roles[0].to_string(), "account_admin");
}

#[test]
fn r6_r14_r15_what_is_not_merged_reads_as_sentences() {
    assert_eq!(
        e1().not_merged.describe(),
        [
            "Tenant contoso.com of Contoso and its CSP account (CSP-CONTOSO-01) stay as they are",
            "Tenant fabricam.com of Fabricam stays as it is",
            "Benefit token TOK-1 (Office 365 E3) stays on tenant fabricam.com until 1 March 2021",
            "Fabricam's bank and tax profile (account ending 1881) is not carried over",
        ]
    );
}

#[test]
fn w6_the_invitee_is_kept_as_merged_away() {
    let plan = e1();
    let record = plan.merged_away_record(fabricam());
    assert_eq!(
        record.merged_into.as_ref().map(MpnId::as_str),
        Some("1111111")
    );
    assert_eq!(record.global_mpn_id, "3333333");
    // It can take part in no other merge.
    assert!(matches!(
        plan_merge(&tailspin(), &record, e1_as_of()),
        Err(PlanError::MergedAway {
            side: Party::Invitee,
            ..
        })
    ));
}

#[test]
fn refusal_codes_are_the_codes_written_in_json() {
    let refusals = [
        PlanError::SelfMerge {
            mpn_id: "1111111".into(),
        },
        PlanError::MpnCollision {
            ids: vec!["1111111".into()],
        },
        PlanError::TenantCollision {
            domains: vec!["x.com".into()],
        },
        PlanError::HoldingCollision {
            holding: Holding::CoSellRecord,
            ids: vec!["O".into()],
        },
    ];
    for refusal in refusals {
        let json: serde_json::Value = serde_json::from_str(&to_json(&refusal)).unwrap();
        assert_eq!(json["code"], refusal.code(), "{json}");
    }
    let invite = InviteError::UnknownAccount {
        mpn_id: "7777777".into(),
    };
    assert_eq!(
        serde_json::to_value(&invite).unwrap()["code"],
        invite.code()
    );
}

#[test]
fn a1_a_tenant_keeps_its_last_account_admin() {
    let merged = e1().result;
    let none: Vec<RoleAssignment> = Vec::new();
    // Alice is contoso.com's only account admin: she cannot drop her own role.
    let error = set_roles(
        &merged,
        "alice@contoso.com",
        "alice@contoso.com",
        none.clone(),
    );
    assert_eq!(
        error.unwrap_err(),
        RoleError::LastAdmin {
            user: "alice@contoso.com".into(),
            tenant: "contoso.com".into()
        }
    );
    // Nor can fiona on fabricam.com, though contoso.com has an admin of its own (R16: nobody
    // else may manage fabricam.com's users).
    let error = set_roles(
        &merged,
        "fiona@fabricam.com",
        "fiona@fabricam.com",
        none.clone(),
    );
    assert!(matches!(error, Err(RoleError::LastAdmin { .. })));
    // With a second admin on the tenant, the first may step down.
    let admin = vec![RoleAssignment {
        role: ACCOUNT_ADMIN.into(),
        location: None,
    }];
    let two = set_roles(&merged, "alice@contoso.com", "bob@contoso.com", admin).unwrap();
    let stepped_down = set_roles(&two, "bob@contoso.com", "alice@contoso.com", none).unwrap();
    assert!(!user(&stepped_down, "alice@contoso.com").is_account_admin());
    // A location-scoped account_admin does not count as an account admin.
    let scoped = vec![RoleAssignment {
        role: ACCOUNT_ADMIN.into(),
        location: Some("2222222".into()),
    }];
    let error = set_roles(&merged, "alice@contoso.com", "alice@contoso.com", scoped);
    assert!(matches!(error, Err(RoleError::LastAdmin { .. })));
}

#[test]
fn a2_the_pga_tenants_admins_act_for_a_merged_account() {
    let merged = e1().result;
    let absorbed = [fabricam()];
    assert!(acts_for(&merged, &absorbed, "alice@contoso.com"));
    assert!(acts_for(&merged, &absorbed, "ALICE@contoso.com"));
    // Fiona is an account admin of the merged account, through the absorbed tenant: she manages
    // fabricam.com's users (R16) but does not act for Contoso.
    assert!(user(&merged, "fiona@fabricam.com").is_account_admin());
    assert!(!acts_for(&merged, &absorbed, "fiona@fabricam.com"));
    // Not an admin at all.
    assert!(!acts_for(&merged, &absorbed, "bob@contoso.com"));
    // Before the merge, fiona acts for Fabricam.
    assert!(acts_for(&fabricam(), &[], "fiona@fabricam.com"));
}

/// Sample data made current (the demo server's companies): E1 moved in time plans the same,
/// with every date moved alike and no warning that E1 itself does not give.
#[test]
fn e1_moved_in_time_plans_the_same_with_its_dates_moved() {
    let original = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    for days in [-30, 0, 2385] {
        let (mut c, mut f) = (contoso(), fabricam());
        c.shift_dates(days);
        f.shift_dates(days);
        let as_of = e1_as_of() + chrono::TimeDelta::days(days);
        let moved = plan_merge(&c, &f, as_of).unwrap();
        let kinds = |plan: &MergePlan| plan.warnings.iter().map(|w| w.kind).collect::<Vec<_>>();
        assert_eq!(kinds(&moved), kinds(&original), "{days} days");
        let expiries = |plan: &MergePlan| {
            plan.result
                .competencies
                .iter()
                .map(|c| c.expires)
                .collect::<Vec<_>>()
        };
        let expected: Vec<_> = expiries(&original)
            .into_iter()
            .map(|d| d + chrono::TimeDelta::days(days))
            .collect();
        assert_eq!(expiries(&moved), expected, "{days} days");
        assert_eq!(
            moved.result.action_pack.as_ref().map(|p| p.anniversary),
            original
                .result
                .action_pack
                .as_ref()
                .map(|p| p.anniversary + chrono::TimeDelta::days(days))
        );
        assert_eq!(
            moved.result.mpn_ids().count(),
            original.result.mpn_ids().count()
        );
    }
}
