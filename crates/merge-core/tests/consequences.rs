//! What a merge costs, heaviest first (MergePlan::consequences): E1's list in English and Dutch,
//! a pair where nothing is lost, and what expires by the plan's day. Runs natively and, compiled
//! to wasm32, in headless Chromium.

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

fn read(plan: &MergePlan, lang: Lang) -> Vec<(Weight, String)> {
    plan.consequences()
        .iter()
        .map(|c| (c.weight(), c.describe_in(lang)))
        .collect()
}

#[test]
fn e1_leads_with_what_fabricam_loses_then_what_moves_then_what_stays() {
    assert_eq!(
        read(&e1(), Lang::En),
        [
            (Weight::Lost, "Fabricam's bank and tax profile (account ending 1881) is not carried over: payouts go to Contoso's profile.".to_string()),
            (Weight::Lost, "Fabricam's account admin (fiona@fabricam.com) no longer acts for the merged account and manages only the users of fabricam.com; Contoso's admins act for the account.".to_string()),
            (Weight::Lost, "Each company's benefits package stays in force until its own expiry (Contoso's until 1 October 2020, Fabricam's until 1 December 2020); at the consolidated renewal on 1 December 2020 the merged account renews as one company, with one package.".to_string()),
            (Weight::Lost, "Both companies have an Action Pack: from 1 December 2020, the merged account keeps only one.".to_string()),
            (Weight::Moves, "Contoso's Action Pack anniversary moves from 1 June 2020 to 1 October 2020.".to_string()),
            (Weight::Stays, "Tenant contoso.com stays Contoso's, with its own users and its CSP account CSP-CONTOSO-01: CSP customers move only by a transfer both partners approve.".to_string()),
            (Weight::Stays, "Tenant fabricam.com stays Fabricam's, with its own users.".to_string()),
            (Weight::Stays, "Benefit token TOK-1 (Office 365 E3) stays on tenant fabricam.com; it is valid until 1 March 2021.".to_string()),
        ]
    );
}

#[test]
fn e1_in_dutch_uses_the_dutch_terms() {
    let dutch: Vec<String> = read(&e1(), Lang::Nl).into_iter().map(|(_, s)| s).collect();
    assert_eq!(
        dutch[0],
        "De bank- en belastinggegevens van Fabricam (rekening eindigend op 1881) worden niet overgenomen: uitbetalingen gaan naar het profiel van Contoso."
    );
    assert_eq!(
        dutch[1],
        "De accountbeheerder van Fabricam (fiona@fabricam.com) treedt niet langer op voor het samengevoegde account en beheert alleen de gebruikers van fabricam.com; de beheerders van Contoso treden op voor het account."
    );
    assert!(dutch[2].contains("voordelenpakket"), "{}", dutch[2]);
    assert_eq!(
        dutch[4],
        "De jubileumdatum van het Action Pack van Contoso verschuift van 1 juni 2020 naar 1 oktober 2020."
    );
    assert_eq!(
        dutch[7],
        "Voordeeltoken TOK-1 (Office 365 E3) blijft op tenant fabricam.com; het is geldig tot 1 maart 2021."
    );
}

#[test]
fn each_consequence_names_the_company_it_concerns() {
    let plan = e1();
    let fabricam: Vec<Consequence> = plan
        .consequences()
        .into_iter()
        .filter(|c| c.company() == Some("Fabricam"))
        .collect();
    assert!(matches!(
        fabricam[0],
        Consequence::BankTaxProfileNotCarried { .. }
    ));
    assert_eq!(fabricam.len(), 4, "{fabricam:?}");
    // The packages and Action Packs concern both companies.
    assert_eq!(
        plan.consequences()
            .iter()
            .filter(|c| c.company().is_none())
            .count(),
        2
    );
}

/// An invitee with nothing to lose: no bank profile, no account admins of its own in the merged
/// account's way, no purchases or dates.
fn bare_invitee() -> AccountSnapshot {
    let mut bare = fabricam();
    bare.bank_tax_profile = None;
    bare.users.retain(|u| !u.is_account_admin());
    bare.competencies.clear();
    bare.action_pack = None;
    bare.azure_expert_msp = None;
    bare.benefit_tokens.clear();
    bare
}

#[test]
fn a_merge_that_loses_nothing_lists_only_what_stays() {
    let plan = plan_merge(&contoso(), &bare_invitee(), e1_as_of()).unwrap();
    let weights: Vec<Weight> = plan
        .consequences()
        .iter()
        .map(Consequence::weight)
        .collect();
    assert_eq!(weights, [Weight::Stays, Weight::Stays]);
}

#[test]
fn what_expired_by_the_plans_day_is_lost_and_named_with_its_company() {
    let later = plan_merge(&contoso(), &fabricam(), date("2022-05-15")).unwrap();
    let lost: Vec<String> = later
        .consequences()
        .iter()
        .filter(|c| c.weight() == Weight::Lost)
        .map(|c| c.describe_in(Lang::En))
        .collect();
    assert!(
        lost.contains(&"Contoso's Cloud Platform competency expired on 1 October 2020.".into()),
        "{lost:?}"
    );
    assert!(
        lost.contains(
            &"Fabricam's benefit token TOK-1 (Office 365 E3) expired on 1 March 2021.".into()
        ),
        "{lost:?}"
    );
    assert!(
        lost.contains(&"Fabricam's Azure Expert MSP renewal date 31 March 2021 has passed.".into()),
        "{lost:?}"
    );
}

#[test]
fn consequences_survive_the_wire() {
    let list = e1().consequences();
    let json = serde_json::to_string(&list).unwrap();
    assert!(json.starts_with(r#"[{"bank_tax_profile_not_carried":{"company":"Fabricam""#));
    let back: Vec<Consequence> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, list);
}
