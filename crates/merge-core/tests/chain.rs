//! Several companies merged one after the other (issue #13): the chain's steps, its final
//! account, and a refusal naming its step. Runs natively and, compiled to wasm32, in headless
//! Chromium.

mod common;

use common::*;
use merge_core::*;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[test]
fn contoso_absorbing_fabricam_then_tailspin_has_six_locations() {
    let (contoso, fabricam, tailspin) = (contoso(), fabricam(), tailspin());
    let chain =
        plan_merge_chain(&contoso, &[fabricam.clone(), tailspin.clone()], e1_as_of()).unwrap();
    assert_eq!(chain.steps.len(), 2);
    // Step 1 is E1 itself; step 2 starts from its result.
    assert_eq!(
        chain.steps[0],
        plan_merge(&contoso, &fabricam, e1_as_of()).unwrap()
    );
    assert_eq!(
        chain.steps[1],
        plan_merge(&chain.steps[0].result, &tailspin, e1_as_of()).unwrap()
    );
    let result = chain.result();
    assert_eq!(result.global_mpn_id.as_str(), "1111111");
    let locations: Vec<&str> = result.locations.iter().map(|l| l.mpn_id.as_str()).collect();
    assert_eq!(
        locations,
        ["2222222", "3333333", "4444444", "5555555", "9999999", "8888888"]
    );
    let tenants: Vec<&str> = result.tenants.iter().map(|t| t.domain.as_str()).collect();
    assert_eq!(tenants, ["contoso.com", "fabricam.com", "tailspin.com"]);
}

#[test]
fn a_step_that_collides_is_refused_naming_the_step() {
    let (contoso, fabricam) = (contoso(), fabricam());
    let mut tailspin = tailspin();
    // Tailspin claims a location Fabricam brought in at step 1 (R4).
    tailspin.locations[0].mpn_id = "4444444".into();
    let refused = plan_merge_chain(&contoso, &[fabricam, tailspin], e1_as_of()).unwrap_err();
    let ChainError::StepRefused {
        step,
        company,
        invitee,
        error,
        ..
    } = &refused
    else {
        panic!("{refused:?}");
    };
    assert_eq!(
        (*step, company.as_str(), invitee.as_str()),
        (2, "Contoso", "Tailspin")
    );
    assert!(
        matches!(error.as_ref(), PlanError::MpnCollision { ids } if ids[0].as_str() == "4444444")
    );
    assert_eq!(
        refused.to_string(),
        "step 2 (Contoso absorbing Tailspin, 9999999) cannot be made: Partner IDs 4444444 \
         appear in both accounts; a Partner ID belongs to one account only (R4)"
    );
    assert_eq!(refused.code(), "STEP_REFUSED");
    assert!(
        to_json(&refused).starts_with(r#"{"code":"STEP_REFUSED","#),
        "{}",
        to_json(&refused)
    );
}

#[test]
fn the_same_invitee_twice_is_refused_at_its_second_step() {
    let (contoso, fabricam) = (contoso(), fabricam());
    let refused =
        plan_merge_chain(&contoso, &[fabricam.clone(), fabricam], e1_as_of()).unwrap_err();
    assert!(
        matches!(refused, ChainError::StepRefused { step: 2, .. }),
        "{refused}"
    );
}

#[test]
fn a_chain_needs_an_invitee() {
    let contoso = contoso();
    assert_eq!(
        plan_merge_chain(&contoso, &[], e1_as_of()),
        Err(ChainError::NoInvitee)
    );
}
