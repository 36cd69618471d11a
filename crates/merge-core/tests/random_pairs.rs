//! The property tests' random pairs (committed with their native fingerprints by
//! `properties.rs`) planned again here: natively, and compiled to wasm32 in headless Chromium, the
//! fingerprints are the native ones.

use merge_core::*;
use serde::Deserialize;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[derive(Deserialize)]
struct Pair {
    initiator: AccountSnapshot,
    invitee: AccountSnapshot,
    as_of: String,
    fingerprint: Fingerprint,
}

#[test]
fn random_pairs_plan_to_their_native_fingerprints() {
    let pairs: Vec<Pair> =
        read_json(include_str!("golden/random-pairs.json"), "the pairs").unwrap();
    assert_eq!(pairs.len(), 32);
    for (i, pair) in pairs.iter().enumerate() {
        let as_of = parse_date(&pair.as_of).unwrap();
        let plan = plan_merge(&pair.initiator, &pair.invitee, as_of).unwrap();
        assert_eq!(plan.fingerprint, pair.fingerprint, "pair {i}");
        // The JSON entry point gives the same plan.
        let json = plan_merge_json(&to_json(&pair.initiator), &to_json(&pair.invitee), as_of);
        assert_eq!(json.unwrap(), to_json(&plan), "pair {i}");
    }
}
