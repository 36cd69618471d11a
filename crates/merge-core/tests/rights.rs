//! Who gains which rights (R23) under each reading of admin rights (A2, A3), for E1 and the
//! 2026 pair (E3), with R16 under both.

mod common;

use common::*;
use merge_core::{
    plan_merge, AdminReading, Lang, MergePlan, PersonRights, RightsAfterMerge, Sight,
};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

fn e1() -> MergePlan {
    plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap()
}

fn person<'a>(rights: &'a RightsAfterMerge, email: &str) -> Option<&'a PersonRights> {
    rights
        .tenants
        .iter()
        .flat_map(|t| &t.people)
        .find(|p| p.email == email)
}

fn read(rights: &RightsAfterMerge, lang: Lang) -> Vec<String> {
    rights.describe_in(lang)
}

#[test]
fn under_a2_only_the_pga_s_admins_act_and_see_the_other_company() {
    let rights = e1().rights(AdminReading::OwnTenants, &[]);
    let tenants: Vec<(&str, &str, &str)> = rights
        .tenants
        .iter()
        .map(|t| {
            (
                t.tenant.as_str(),
                t.company.as_str(),
                t.other_company.as_str(),
            )
        })
        .collect();
    assert_eq!(
        tenants,
        [
            ("contoso.com", "Contoso", "Fabricam"),
            ("fabricam.com", "Fabricam", "Contoso")
        ]
    );
    let alice = person(&rights, "alice@contoso.com").unwrap();
    assert!(alice.acts_for_merged_account);
    assert_eq!(alice.manages_users_of.as_deref(), Some("contoso.com"));
    assert_eq!(
        alice.gains_sight_of,
        [Sight::Locations, Sight::Referrals, Sight::Incentives]
    );
    let fiona = person(&rights, "fiona@fabricam.com").unwrap();
    assert!(!fiona.acts_for_merged_account);
    assert_eq!(fiona.manages_users_of.as_deref(), Some("fabricam.com"));
    assert!(fiona.gains_sight_of.is_empty());
    // An account-wide referrals admin sees the whole merged organization's referrals (R5).
    let greta = person(&rights, "greta@fabricam.com").unwrap();
    assert!(!greta.acts_for_merged_account);
    assert_eq!(greta.manages_users_of, None);
    assert_eq!(greta.gains_sight_of, [Sight::Referrals]);
    // Location-scoped roles keep their location: nothing new to list.
    for scoped in ["bob@contoso.com", "frank@fabricam.com"] {
        assert_eq!(person(&rights, scoped), None, "{scoped}");
    }
}

#[test]
fn under_microsoft_s_reading_the_admins_of_both_tenants_act_and_r16_still_holds() {
    let rights = e1().rights(AdminReading::BothTenants, &[]);
    let fiona = person(&rights, "fiona@fabricam.com").unwrap();
    assert!(fiona.acts_for_merged_account);
    assert_eq!(fiona.manages_users_of.as_deref(), Some("fabricam.com"));
    assert_eq!(
        fiona.gains_sight_of,
        [Sight::Locations, Sight::Referrals, Sight::Incentives]
    );
    // Only the admin role depends on the reading.
    let strict = e1().rights(AdminReading::OwnTenants, &[]);
    for email in ["alice@contoso.com", "greta@fabricam.com"] {
        assert_eq!(person(&rights, email), person(&strict, email), "{email}");
    }
}

#[test]
fn the_section_says_what_the_chosen_reading_gives_each_admin() {
    let strict = read(&e1().rights(AdminReading::OwnTenants, &[]), Lang::En);
    assert_eq!(
        strict,
        [
            "Only the admins of Contoso's own Microsoft Entra tenants will act for the merged \
             account: this service applies that rule. Microsoft's current page says the admins \
             of Fabricam's tenant may too; ask Microsoft if that matters to you.",
            "alice@contoso.com (contoso.com) acts for the whole merged account: its merges, \
             reports and account settings",
            "alice@contoso.com manages the roles of the users of the Microsoft Entra tenant \
             contoso.com only, not those of another tenant",
            "alice@contoso.com (contoso.com) gains sight of Fabricam's locations, referrals and \
             incentives",
            "fiona@fabricam.com (fabricam.com) does not act for the merged account",
            "fiona@fabricam.com manages the roles of the users of the Microsoft Entra tenant \
             fabricam.com only, not those of another tenant",
            "fiona@fabricam.com (fabricam.com) gains no sight of Contoso's locations, referrals \
             or incentives",
            "greta@fabricam.com (fabricam.com) gains sight of Contoso's referrals",
        ]
    );
    let both = read(&e1().rights(AdminReading::BothTenants, &[]), Lang::Nl);
    assert!(
        both[0].contains("de huidige pagina van Microsoft"),
        "{}",
        both[0]
    );
    assert!(
        both.contains(
            &"fiona@fabricam.com (fabricam.com) krijgt inzicht in de locaties, \
                       verwijzingen en stimuleringsregelingen van Contoso"
                .to_string()
        ),
        "{both:#?}"
    );
    let german = read(&e1().rights(AdminReading::OwnTenants, &[]), Lang::De);
    assert!(
        german[2].contains("Microsoft Entra-Mandanten contoso.com"),
        "{}",
        german[2]
    );
}

#[test]
fn the_2026_pair_s_rights_name_its_admins_and_referrals_admins() {
    let plan = plan_merge(&adatum(), &litware(), e3_as_of()).unwrap();
    let rights = plan.rights(AdminReading::OwnTenants, &[]);
    let listed: Vec<(&str, bool, &[Sight])> = rights
        .tenants
        .iter()
        .flat_map(|t| &t.people)
        .map(|p| {
            (
                p.email.as_str(),
                p.acts_for_merged_account,
                p.gains_sight_of.as_slice(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            (
                "ada@adatum.com",
                true,
                &[Sight::Locations, Sight::Referrals, Sight::Incentives][..]
            ),
            ("ravi@adatum.com", false, &[Sight::Referrals][..]),
            ("lena@litware.com", false, &[][..]),
            ("omar@litware.com", false, &[Sight::Referrals][..]),
        ]
    );
}

/// New sentences use today's names: never "Azure AD", and a tenant is a Microsoft Entra one.
#[test]
fn the_new_sentences_say_microsoft_entra_and_partner_id() {
    let plan = merge_core::plan_merge_deal(
        &adatum(),
        &litware(),
        e3_as_of(),
        merge_core::DealKind::Merger,
    )
    .unwrap();
    for lang in Lang::ALL {
        let mut text = read(&plan.rights(AdminReading::BothTenants, &[]), lang);
        let reading = plan.reading([&adatum(), &litware()], lang);
        text.extend(reading.deal);
        text.extend(reading.program);
        text.extend(reading.checklist);
        let all = text.join("\n");
        assert!(!all.contains("Azure AD"), "{lang}: {all}");
        assert!(all.contains("Microsoft Entra"), "{lang}: {all}");
        assert!(all.contains("(MPN"), "{lang}: Partner ID (MPN ID) in {all}");
    }
}

/// A merged account absorbing again: under A2 the admins of a tenant an earlier merge brought
/// in act no more than the new invitee's do (as `acts_for` says); under Microsoft's reading all
/// do.
#[test]
fn the_tenants_an_earlier_merge_absorbed_do_not_act_under_a2() {
    let merged = e1().result;
    let plan = plan_merge(&merged, &tailspin(), e1_as_of()).unwrap();
    let strict = plan.rights(AdminReading::OwnTenants, &[fabricam()]);
    let acting = |rights: &RightsAfterMerge| -> Vec<String> {
        rights
            .tenants
            .iter()
            .flat_map(|t| &t.people)
            .filter(|p| p.acts_for_merged_account)
            .map(|p| p.email.clone())
            .collect()
    };
    assert_eq!(acting(&strict), ["alice@contoso.com"]);
    for email in acting(&strict) {
        assert!(merge_core::acts_for(&plan.result, &[fabricam()], &email));
    }
    assert!(!merge_core::acts_for(
        &plan.result,
        &[fabricam()],
        "fiona@fabricam.com"
    ));
    let both = acting(&plan.rights(AdminReading::BothTenants, &[fabricam()]));
    assert!(both.contains(&"fiona@fabricam.com".to_string()), "{both:?}");
    assert!(both.len() > 2, "{both:?}");
}
