//! Who should absorb whom (issue #13): both directions of E1 and of the sample companies, what
//! differs in words, and a direction that is refused. Runs natively and, compiled to wasm32, in
//! headless Chromium.

mod common;

use common::*;
use merge_core::*;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[test]
fn e1_both_ways_differs_in_mpn_id_profile_and_admins_not_in_dates() {
    let (contoso, fabricam) = (contoso(), fabricam());
    let compared = compare_directions(&contoso, &fabricam, e1_as_of());
    let [first, second] = &compared.directions;
    assert_eq!(
        (first.initiator.as_str(), first.invitee.as_str()),
        ("Contoso", "Fabricam")
    );
    assert_eq!(
        (second.initiator.as_str(), second.invitee.as_str()),
        ("Fabricam", "Contoso")
    );
    // Each direction is exactly the plan of that merge.
    assert_eq!(
        first.plan(),
        Ok(&plan_merge(&contoso, &fabricam, e1_as_of()).unwrap())
    );
    assert_eq!(
        second.plan(),
        Ok(&plan_merge(&fabricam, &contoso, e1_as_of()).unwrap())
    );
    // In JSON each direction has its plan (or refusal) beside the two names.
    let json: serde_json::Value = serde_json::from_str(&to_json(&compared)).unwrap();
    assert_eq!(json["directions"][1]["initiator"], "Fabricam");
    assert_eq!(
        json["directions"][1]["plan"]["result"]["global_mpn_id"],
        "3333333"
    );
    let read: DirectionComparison = read_json(&to_json(&compared), "the comparison").unwrap();
    assert_eq!(read, compared);
    assert_eq!(
        compared.differences,
        [
            DirectionDifference::GlobalMpnId {
                mpn_ids: ["1111111".into(), "3333333".into()]
            },
            DirectionDifference::BankTaxProfile {
                kept: [Some("4242".into()), Some("1881".into())]
            },
            DirectionDifference::ActingAdmins {
                admins: [
                    vec!["alice@contoso.com".to_string()],
                    vec!["fiona@fabricam.com".to_string()]
                ]
            },
        ]
    );
    assert_eq!(
        compared.describe_in(Lang::En),
        [
            "If Contoso absorbs Fabricam, the merged account's global Partner ID is 1111111 \
             (Contoso's); if Fabricam absorbs Contoso, it is 3333333 (Fabricam's).",
            "If Contoso absorbs Fabricam, the merged account is paid to Contoso's bank and tax \
             profile (account ending 4242); if Fabricam absorbs Contoso, to Fabricam's bank and \
             tax profile (account ending 1881). The other profile is not carried over.",
            "If Contoso absorbs Fabricam, who acts for the merged account: alice@contoso.com; if \
             Fabricam absorbs Contoso: fiona@fabricam.com.",
            "Renewal, Action Pack and competency dates are the same either way.",
        ]
    );
    let dutch = compared.describe_in(Lang::Nl);
    assert_eq!(dutch.len(), 4);
    assert!(dutch[0].starts_with("Als Contoso Fabricam opneemt, is de wereldwijde Partner-ID"));
    assert!(
        dutch[3].contains("in beide richtingen gelijk"),
        "{}",
        dutch[3]
    );
}

#[test]
fn every_pair_of_samples_keeps_the_same_dates_either_way() {
    let samples = [contoso(), fabricam(), tailspin()];
    for (i, a) in samples.iter().enumerate() {
        for b in &samples[i + 1..] {
            let compared = compare_directions(a, b, e1_as_of());
            for direction in &compared.directions {
                assert!(direction.plan().is_ok(), "{} + {}", a.company, b.company);
            }
            let dates = compared
                .differences
                .iter()
                .filter(|d| matches!(d, DirectionDifference::DateDiffers { .. }));
            assert_eq!(
                dates.count(),
                0,
                "{} + {}: {:?}",
                a.company,
                b.company,
                compared.differences
            );
            assert!(matches!(
                compared.differences[0],
                DirectionDifference::GlobalMpnId { .. }
            ));
            // Both directions keep the same locations, users and holdings (R2-R14).
            let [first, second] = &compared.directions;
            let (first, second) = (first.plan().unwrap(), second.plan().unwrap());
            let ids = |p: &MergePlan| {
                let mut ids: Vec<String> = p.result.mpn_ids().map(|m| m.to_string()).collect();
                ids.sort();
                ids
            };
            assert_eq!(ids(first), ids(second));
            assert_eq!(first.result.users.len(), second.result.users.len());
        }
    }
}

#[test]
fn a_direction_that_cannot_merge_is_named_with_its_refusal() {
    let (contoso, mut fabricam) = (contoso(), fabricam());
    // Fabricam was merged into Tailspin already (R2): neither direction can merge.
    fabricam.merged_into = Some("9999999".into());
    let compared = compare_directions(&contoso, &fabricam, e1_as_of());
    assert!(compared.directions.iter().all(|d| d.plan().is_err()));
    let json: serde_json::Value = serde_json::from_str(&to_json(&compared)).unwrap();
    assert_eq!(json["directions"][0]["refusal"]["code"], "MERGED_AWAY");
    let refused: Vec<usize> = compared
        .differences
        .iter()
        .map(|d| match d {
            DirectionDifference::Refused { direction, error } => {
                assert_eq!(error.code(), "MERGED_AWAY");
                *direction
            }
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(refused, [0, 1]);
    let lines = compared.describe_in(Lang::En);
    assert!(
        lines[0].starts_with("Contoso cannot absorb Fabricam: the invitee Fabricam"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("Fabricam cannot absorb Contoso: the initiator Fabricam"),
        "{}",
        lines[1]
    );
    assert!(compared.describe_in(Lang::Nl)[0].starts_with("Contoso kan Fabricam niet opnemen"));
}
