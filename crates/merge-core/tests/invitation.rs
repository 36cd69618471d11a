//! The invitee's reading of a plan (MergePlan::for_invitee): what accepting costs and keeps,
//! and of the initiator only its company, global MPN ID and counts. Runs natively and, compiled
//! to wasm32, in headless Chromium.

mod common;

use common::*;
use merge_core::*;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

fn invitation() -> (MergePlan, InvitationPreview) {
    let plan = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    let preview = plan.for_invitee(&contoso(), &fabricam());
    (plan, preview)
}

#[test]
fn fabricam_reads_the_plan_contoso_will_confirm() {
    let (plan, preview) = invitation();
    assert_eq!(preview.fingerprint, plan.fingerprint);
    assert_eq!(preview.initiator.company, "Contoso");
    assert_eq!(preview.initiator.global_mpn_id, "1111111");
    let after: Vec<&str> = preview
        .locations_after
        .iter()
        .map(|l| l.mpn_id.as_str())
        .collect();
    assert_eq!(after, ["3333333", "4444444", "5555555"]);
    let rows: Vec<String> = preview
        .summary
        .rows
        .iter()
        .map(SummaryRow::describe)
        .collect();
    assert_eq!(rows[0], "Locations (with the PGA): 2 + 3 → 5");
    let admins: Vec<&str> = preview
        .role_management
        .iter()
        .flat_map(|t| t.admins.iter().map(String::as_str))
        .collect();
    assert_eq!(admins, ["fiona@fabricam.com"]);
}

#[test]
fn fabricam_reads_its_own_losses_first() {
    let (_, preview) = invitation();
    let read: Vec<String> = preview
        .consequences
        .iter()
        .map(|c| c.describe_in(Lang::En))
        .collect();
    assert_eq!(
        read,
        [
            "Fabricam's bank and tax profile (account ending 1881) is not carried over: payouts go to Contoso's profile.",
            "Fabricam's account admin (fiona@fabricam.com) no longer acts for the merged account and manages only the users of fabricam.com; Contoso's admins act for the account.",
            "Each company's benefits package stays in force until its own expiry (Fabricam's until 1 December 2020); at the consolidated renewal on 1 December 2020 the merged account renews as one company, with one package.",
            "Both companies have an Action Pack: from 1 December 2020, the merged account keeps only one.",
            "Tenant fabricam.com stays Fabricam's, with its own users.",
            "Benefit token TOK-1 (Office 365 E3) stays on tenant fabricam.com; it is valid until 1 March 2021.",
        ]
    );
}

#[test]
fn nothing_of_contosos_own_data_reaches_fabricam() {
    let (_, preview) = invitation();
    let json = serde_json::to_string(&preview).unwrap();
    for secret in [
        "alice@contoso.com",
        "bob@contoso.com",
        "4242",
        "CSP-CONTOSO-01",
        "Contoso Seattle",
        "2222222",
        "Cloud Platform",
        "2020-10-01\",\"company\":\"Contoso",
        "Windows Server",
        "900001",
        "contoso.backup",
        "OPP-C-1",
        "2020-06-01",
    ] {
        assert!(!json.contains(secret), "{secret} in {json}");
    }
    // Every change it reads is Fabricam's own or names only Contoso's PGA.
    assert!(preview
        .changes
        .iter()
        .all(|c| !c.describe_in(Lang::En).contains("both companies")));
}

/// Two companies may share a name (a UK and a US "Contoso"): who manages whose users is told to
/// the invitee by tenant, so none of the initiator's admins is disclosed.
#[test]
fn an_invitee_of_the_same_name_reads_only_its_own_tenants_admins() {
    let mut namesake = fabricam();
    namesake.company = "Contoso".into();
    let plan = plan_merge(&contoso(), &namesake, e1_as_of()).unwrap();
    let preview = plan.for_invitee(&contoso(), &namesake);
    let tenants: Vec<&str> = preview
        .role_management
        .iter()
        .map(|t| t.tenant.as_str())
        .collect();
    assert_eq!(tenants, ["fabricam.com"]);
    let admins = format!("{:?}", preview.role_management);
    assert!(!admins.contains("alice@contoso.com"), "{admins}");
}
