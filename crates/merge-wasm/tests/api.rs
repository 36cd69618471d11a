//! Every export of the package, as JS sees it, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use merge_wasm::{
    compare_directions, define_preview_element, diff_plans, engine_version, plan_merge,
    plan_merge_chain, plan_reissue, validate_snapshot, AccountSnapshotJs, AccountSnapshotsJs,
    LangJs, MergePlanJs, ReissueRequestJs,
};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CONTOSO: &str = include_str!("../../../fixtures/contoso.json");
const FABRICAM: &str = include_str!("../../../fixtures/fabricam.json");
const TAILSPIN: &str = include_str!("../../../fixtures/tailspin.json");
const GOLDEN_PLAN: &str = include_str!("../../merge-core/tests/golden/e1.plan.json");
const GOLDEN_FINGERPRINT: &str = include_str!("../../merge-core/tests/golden/e1.fingerprint");
const E1_AS_OF: &str = "2020-05-15";

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("valid JSON")
}

fn snapshot(json: &str) -> AccountSnapshotJs {
    js(json).unchecked_into()
}

/// A fixture with one edit made to it.
fn edited(json: &str, edit: impl FnOnce(&mut Value)) -> AccountSnapshotJs {
    let mut value: Value = serde_json::from_str(json).unwrap();
    edit(&mut value);
    snapshot(&value.to_string())
}

fn language(tag: &str) -> LangJs {
    JsValue::from_str(tag).unchecked_into()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap()
}

fn text(value: &JsValue) -> String {
    String::from(js_sys::JSON::stringify(value).unwrap())
}

/// What a call threw; fails the test if it returned.
fn thrown<T>(result: Result<T, JsValue>) -> JsValue {
    match result {
        Ok(_) => panic!("expected the call to throw"),
        Err(error) => error,
    }
}

/// The thrown value is a real Error named PartnerMergeError with this code; returns details.
fn expect_error(thrown: JsValue, code: &str) -> JsValue {
    let error = thrown
        .dyn_ref::<js_sys::Error>()
        .expect("a real Error object");
    assert_eq!(String::from(error.name()), "PartnerMergeError");
    assert_eq!(
        get(&thrown, "code").as_string().as_deref(),
        Some(code),
        "{}",
        String::from(error.message())
    );
    let details = get(&thrown, "details");
    assert_eq!(get(&details, "code").as_string().as_deref(), Some(code));
    assert!(!String::from(error.message()).is_empty());
    details
}

fn plan_error(initiator: &AccountSnapshotJs, invitee: &AccountSnapshotJs, code: &str) -> JsValue {
    expect_error(
        thrown(plan_merge(initiator, invitee, Some(E1_AS_OF.into()))),
        code,
    )
}

#[wasm_bindgen_test]
fn plan_merge_gives_the_golden_e1_plan_byte_for_byte() {
    let plan = plan_merge(
        &snapshot(CONTOSO),
        &snapshot(FABRICAM),
        Some(E1_AS_OF.into()),
    )
    .unwrap();
    assert_eq!(text(&plan), GOLDEN_PLAN.trim_end());
    assert_eq!(
        get(&plan, "fingerprint").as_string().unwrap(),
        GOLDEN_FINGERPRINT.trim_end()
    );
    let locations = get(&get(&plan, "result"), "locations");
    assert_eq!(js_sys::Array::from(&locations).length(), 4);
}

#[wasm_bindgen_test]
fn plan_merge_defaults_as_of_to_today() {
    let plan = plan_merge(&snapshot(CONTOSO), &snapshot(FABRICAM), None).unwrap();
    let now = js_sys::Date::new_0();
    let today = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    assert_eq!(get(&plan, "as_of").as_string().unwrap(), today);
}

#[wasm_bindgen_test]
fn plan_merge_refusals_carry_their_codes_and_details() {
    let details = plan_error(&snapshot(CONTOSO), &snapshot(CONTOSO), "SELF_MERGE");
    assert_eq!(get(&details, "mpn_id").as_string().unwrap(), "1111111");

    let clash = edited(FABRICAM, |f| f["locations"][1]["mpn_id"] = json!("2222222"));
    let details = plan_error(&snapshot(CONTOSO), &clash, "MPN_COLLISION");
    assert_eq!(text(&get(&details, "ids")), r#"["2222222"]"#);

    let malformed = edited(FABRICAM, |f| f["locations"][0]["mpn_id"] = json!("44-444"));
    let details = plan_error(&snapshot(CONTOSO), &malformed, "MALFORMED_MPN_ID");
    assert_eq!(get(&details, "side").as_string().unwrap(), "invitee");
    let problems = get(&details, "problems");
    assert_eq!(
        get(&js_sys::Array::from(&problems).get(0), "path")
            .as_string()
            .unwrap(),
        "locations[0].mpn_id"
    );

    let invalid = edited(CONTOSO, |c| {
        c["users"][1]["roles"][0]["location"] = json!("7777777")
    });
    let details = plan_error(&invalid, &snapshot(FABRICAM), "INVALID_SNAPSHOT");
    assert_eq!(get(&details, "side").as_string().unwrap(), "initiator");

    let gone = edited(FABRICAM, |f| f["merged_into"] = json!("1111111"));
    let details = plan_error(&snapshot(TAILSPIN), &gone, "MERGED_AWAY");
    assert_eq!(get(&details, "merged_into").as_string().unwrap(), "1111111");

    let shared_tenant = edited(FABRICAM, |f| {
        let tenants = f["tenants"].as_array_mut().unwrap();
        tenants.push(json!({ "domain": "contoso.com" }));
    });
    plan_error(&snapshot(CONTOSO), &shared_tenant, "TENANT_COLLISION");

    let shared_offer = edited(FABRICAM, |f| f["offers"][0]["id"] = json!("contoso.backup"));
    let details = plan_error(&snapshot(CONTOSO), &shared_offer, "HOLDING_COLLISION");
    assert_eq!(get(&details, "holding").as_string().unwrap(), "offer");
}

#[wasm_bindgen_test]
fn plan_merge_input_errors_say_what_and_where() {
    let platinum = edited(FABRICAM, |f| {
        f["competencies"][0]["level"] = json!("platinum")
    });
    let details = plan_error(&snapshot(CONTOSO), &platinum, "UNREADABLE_SNAPSHOT");
    assert_eq!(get(&details, "side").as_string().unwrap(), "invitee");
    assert_eq!(
        get(&details, "path").as_string().unwrap(),
        "competencies[0].level"
    );

    let error = thrown(plan_merge(
        &snapshot(CONTOSO),
        &snapshot(FABRICAM),
        Some("15/05/2020".into()),
    ));
    expect_error(error, "INVALID_DATE");

    let error = thrown(plan_merge(
        &JsValue::UNDEFINED.unchecked_into(),
        &snapshot(FABRICAM),
        None,
    ));
    let details = expect_error(error, "INVALID_INPUT");
    assert_eq!(
        get(&details, "what").as_string().unwrap(),
        "initiator snapshot"
    );
}

#[wasm_bindgen_test]
fn validate_snapshot_lists_problems_or_none() {
    let none = validate_snapshot(&snapshot(TAILSPIN)).unwrap();
    assert_eq!(js_sys::Array::from(&none).length(), 0);

    let bad = edited(CONTOSO, |c| {
        c["global_mpn_id"] = json!("12");
        c["users"][0]["email"] = json!("alice@elsewhere.com");
    });
    let problems = js_sys::Array::from(&validate_snapshot(&bad).unwrap());
    let paths: Vec<String> = problems
        .iter()
        .map(|p| get(&p, "path").as_string().unwrap())
        .collect();
    assert_eq!(paths, ["global_mpn_id", "users[0].email"]);
    assert_eq!(
        get(&problems.get(0), "kind").as_string().unwrap(),
        "malformed_mpn_id"
    );

    let unreadable = edited(CONTOSO, |c| c["tenants"] = json!("contoso.com"));
    let details = expect_error(
        thrown(validate_snapshot(&unreadable)),
        "UNREADABLE_SNAPSHOT",
    );
    assert_eq!(get(&details, "path").as_string().unwrap(), "tenants");
}

#[wasm_bindgen_test]
fn diff_plans_names_the_added_location() {
    let old: MergePlanJs = js(GOLDEN_PLAN).unchecked_into();
    let grown = edited(FABRICAM, |f| {
        f["locations"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "mpn_id": "6666666", "name": "Fabricam Oslo" }))
    });
    let new = plan_merge(&snapshot(CONTOSO), &grown, Some(E1_AS_OF.into())).unwrap();
    let messages = |lang: Option<&str>| -> Vec<String> {
        let differences = diff_plans(&old, &new, lang.map(language)).unwrap();
        js_sys::Array::from(&differences)
            .iter()
            .map(|d| get(&d, "message").as_string().unwrap())
            .collect()
    };
    assert_eq!(
        messages(None),
        ["Location 6666666 (Fabricam Oslo) was added to Fabricam"]
    );
    assert_eq!(
        messages(Some("nl-NL")),
        ["Locatie 6666666 (Fabricam Oslo) is toegevoegd aan Fabricam"]
    );
    assert_eq!(
        js_sys::Array::from(&diff_plans(&old, &old, None).unwrap()).length(),
        0
    );

    let broken: MergePlanJs = js(r#"{"format_version": 1}"#).unchecked_into();
    let details = expect_error(thrown(diff_plans(&old, &broken, None)), "UNREADABLE_PLAN");
    assert_eq!(get(&details, "which").as_string().unwrap(), "new");
    let details = expect_error(
        thrown(diff_plans(&old, &new, Some(language("fr")))),
        "UNKNOWN_LANGUAGE",
    );
    assert_eq!(get(&details, "value").as_string().unwrap(), "fr");
    let not_text: LangJs = JsValue::from_f64(7.0).unchecked_into();
    let details = expect_error(
        thrown(diff_plans(&old, &new, Some(not_text))),
        "UNKNOWN_LANGUAGE",
    );
    assert_eq!(get(&details, "value").as_string().unwrap(), "7");
}

#[wasm_bindgen_test]
fn engine_version_is_the_core_crate_version() {
    assert_eq!(engine_version(), merge_core::ENGINE_VERSION);
}

fn document() -> web_sys::Document {
    js_sys::global()
        .unchecked_into::<web_sys::Window>()
        .document()
        .unwrap()
}

/// A `<partner-merge-preview>` in the page with both snapshots set; returns its shadow root.
fn mounted_preview(initiator: &str, invitee: &str) -> (web_sys::Element, web_sys::ShadowRoot) {
    define_preview_element(None).unwrap();
    let element = document().create_element("partner-merge-preview").unwrap();
    element.set_attribute("as-of", E1_AS_OF).unwrap();
    js_sys::Reflect::set(&element, &"initiator".into(), &js(initiator)).unwrap();
    js_sys::Reflect::set(&element, &"invitee".into(), &js(invitee)).unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    let root = element.shadow_root().expect("rendered into a shadow root");
    (element, root)
}

fn texts(root: &web_sys::ShadowRoot, selector: &str) -> Vec<String> {
    let found = root.query_selector_all(selector).unwrap();
    (0..found.length())
        .map(|i| found.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn attributes(root: &web_sys::ShadowRoot, selector: &str, name: &str) -> Vec<String> {
    let found = root.query_selector_all(selector).unwrap();
    (0..found.length())
        .map(|i| {
            found
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute(name)
                .unwrap()
        })
        .collect()
}

#[wasm_bindgen_test]
fn preview_element_renders_e1_before_and_after() {
    let (element, root) = mounted_preview(CONTOSO, FABRICAM);
    assert_eq!(
        attributes(&root, ".before .pga", "data-mpn"),
        ["1111111", "3333333"]
    );
    assert_eq!(
        attributes(&root, ".before .location", "data-mpn"),
        ["2222222", "4444444", "5555555"]
    );
    assert_eq!(attributes(&root, ".after .pga", "data-mpn"), ["1111111"]);
    assert_eq!(
        attributes(&root, ".after .location", "data-mpn"),
        ["2222222", "3333333", "4444444", "5555555"]
    );
    assert_eq!(
        attributes(&root, ".after .demoted", "data-mpn"),
        ["3333333"]
    );
    assert_eq!(
        attributes(&root, ".after .moved", "data-mpn"),
        ["4444444", "5555555"]
    );
    assert_eq!(
        texts(&root, ".after .demoted .note"),
        ["was Fabricam's PGA"]
    );
    assert!(texts(&root, ".warning")[0].contains("cannot be undone"));
    // The engine's sentences, as the CLI and the app show them.
    assert!(texts(&root, ".not-merged li").contains(
        &"Benefit token TOK-1 (Office 365 E3) stays on tenant fabricam.com until 1 March 2021"
            .into()
    ));
    assert_eq!(
        texts(&root, ".fingerprint code"),
        [GOLDEN_FINGERPRINT.trim_end()]
    );
    element.remove();
}

#[wasm_bindgen_test]
fn preview_element_speaks_dutch_with_lang_nl_and_follows_the_attribute() {
    let (element, root) = mounted_preview(CONTOSO, FABRICAM);
    element.set_attribute("lang", "nl").unwrap();
    assert_eq!(texts(&root, ".side h3"), ["Voor", "Na"]);
    assert_eq!(
        texts(&root, ".after .demoted .note"),
        ["was het PGA van Fabricam"]
    );
    assert!(texts(&root, ".warning")[0].starts_with("Deze samenvoeging kan niet ongedaan"));
    assert!(texts(&root, ".not-merged li").contains(
        &"Voordeeltoken TOK-1 (Office 365 E3) blijft tot 1 maart 2021 op tenant fabricam.com"
            .into()
    ));
    // The plan is the same whatever the language.
    assert_eq!(
        texts(&root, ".fingerprint code"),
        [GOLDEN_FINGERPRINT.trim_end()]
    );
    // A language the engine does not write reads as English.
    element.set_attribute("lang", "fr").unwrap();
    assert_eq!(texts(&root, ".side h3"), ["Before", "After"]);
    element.remove();
}

#[wasm_bindgen_test]
fn preview_element_speaks_german_with_lang_de_and_leads_with_the_consequences() {
    let (element, root) = mounted_preview(CONTOSO, FABRICAM);
    element.set_attribute("lang", "de").unwrap();
    assert_eq!(texts(&root, ".side h3"), ["Vorher", "Nachher"]);
    // Who gains which rights, tenant by tenant, in German too.
    assert_eq!(texts(&root, ".rights h3"), ["Wer welche Rechte erhält"]);
    assert_eq!(
        texts(&root, ".rights h4"),
        [
            "Microsoft Entra-Mandant contoso.com (Contoso)",
            "Microsoft Entra-Mandant fabricam.com (Fabricam)"
        ]
    );
    assert_eq!(
        texts(&root, ".after .demoted .note"),
        ["war das PGA von Fabricam"]
    );
    // What is lost comes first, as in the CLI and the app.
    let consequences = texts(&root, ".consequences li");
    assert!(
        consequences[0].starts_with("Die Bank- und Steuerinformationen von Fabricam"),
        "{consequences:?}"
    );
    assert!(texts(&root, ".warning")[0]
        .starts_with("Diese Zusammenführung kann nicht rückgängig gemacht werden"));
    assert!(texts(&root, ".changes li").contains(
        &"Das globale Partnerkonto 3333333 von Fabricam wird ein Standort und behält seine PartnerID"
            .into()
    ));
    assert_eq!(
        texts(&root, ".fingerprint code"),
        [GOLDEN_FINGERPRINT.trim_end()]
    );
    element.remove();
    // A refusal in the element's language.
    let (element, root) = mounted_preview(CONTOSO, CONTOSO);
    element.set_attribute("lang", "de").unwrap();
    assert!(
        texts(&root, ".error")[0].contains("kann nicht mit sich selbst zusammengeführt werden"),
        "{:?}",
        texts(&root, ".error")
    );
    element.remove();
}

#[wasm_bindgen_test]
fn preview_element_shows_a_refusal_instead_of_a_preview() {
    let (element, root) = mounted_preview(CONTOSO, CONTOSO);
    assert_eq!(attributes(&root, ".error", "data-code"), ["SELF_MERGE"]);
    assert!(texts(&root, ".error")[0].contains("cannot merge with itself"));
    assert!(root.query_selector(".preview").unwrap().is_none());
    element.remove();
}

#[wasm_bindgen_test]
fn preview_element_rerenders_when_a_snapshot_changes() {
    let (element, root) = mounted_preview(CONTOSO, FABRICAM);
    js_sys::Reflect::set(&element, &"invitee".into(), &js(TAILSPIN)).unwrap();
    assert_eq!(
        attributes(&root, ".after .location", "data-mpn"),
        ["2222222", "9999999", "8888888"]
    );
    element.remove();
}

#[wasm_bindgen_test]
fn define_preview_element_is_idempotent_and_checks_the_name() {
    define_preview_element(None).unwrap();
    define_preview_element(None).unwrap();
    define_preview_element(Some("my-merge-preview".into())).unwrap();
    let registry = get(&js_sys::global(), "customElements");
    let get_fn: js_sys::Function = get(&registry, "get").unchecked_into();
    assert!(!get_fn
        .call1(&registry, &"my-merge-preview".into())
        .unwrap()
        .is_undefined());
    let error = thrown(define_preview_element(Some("preview".into())));
    expect_error(error, "INVALID_ELEMENT_NAME");
}

fn snapshots(jsons: &[&str]) -> AccountSnapshotsJs {
    let list = js_sys::Array::new();
    for json in jsons {
        list.push(&js(json));
    }
    JsValue::from(list).unchecked_into()
}

#[wasm_bindgen_test]
fn plan_merge_chain_gives_each_step_and_names_a_refused_one() {
    let chain = plan_merge_chain(
        &snapshot(CONTOSO),
        &snapshots(&[FABRICAM, TAILSPIN]),
        Some(E1_AS_OF.into()),
    )
    .unwrap();
    let steps: Value = serde_json::from_str(&text(&get(&chain, "steps"))).unwrap();
    assert_eq!(steps.as_array().unwrap().len(), 2);
    // Step 1 is E1 byte for byte, with its golden fingerprint.
    let golden: Value = serde_json::from_str(GOLDEN_PLAN).unwrap();
    assert_eq!(steps[0], golden);
    assert_eq!(steps[0]["fingerprint"], GOLDEN_FINGERPRINT.trim());
    assert_eq!(steps[1]["result"]["locations"].as_array().unwrap().len(), 6);
    let twice = plan_merge_chain(
        &snapshot(CONTOSO),
        &snapshots(&[TAILSPIN, TAILSPIN]),
        Some(E1_AS_OF.into()),
    );
    let details = expect_error(thrown(twice), "STEP_REFUSED");
    assert_eq!(get(&details, "step").as_f64(), Some(2.0));
    assert_eq!(
        get(&details, "invitee").as_string().as_deref(),
        Some("Tailspin")
    );
    let empty = plan_merge_chain(&snapshot(CONTOSO), &snapshots(&[]), None);
    expect_error(thrown(empty), "NO_INVITEE");
    let not_a_list = plan_merge_chain(&snapshot(CONTOSO), &js(FABRICAM).unchecked_into(), None);
    expect_error(thrown(not_a_list), "INVALID_INPUT");
    let broken = plan_merge_chain(&snapshot(CONTOSO), &snapshots(&[FABRICAM, "{}"]), None);
    let details = expect_error(thrown(broken), "UNREADABLE_SNAPSHOT");
    assert_eq!(get(&details, "invitee").as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
fn compare_directions_gives_both_plans_and_what_differs() {
    let compared = compare_directions(
        &snapshot(CONTOSO),
        &snapshot(FABRICAM),
        Some(E1_AS_OF.into()),
    )
    .unwrap();
    let compared: Value = serde_json::from_str(&text(&compared)).unwrap();
    let golden: Value = serde_json::from_str(GOLDEN_PLAN).unwrap();
    assert_eq!(compared["directions"][0]["plan"], golden);
    assert_eq!(compared["directions"][1]["initiator"], "Fabricam");
    assert_eq!(
        compared["differences"][0],
        json!({ "kind": "global_mpn_id", "mpn_ids": ["1111111", "3333333"] })
    );
    let merged_away = edited(FABRICAM, |f| f["merged_into"] = json!("9999999"));
    let refused = compare_directions(&snapshot(CONTOSO), &merged_away, None).unwrap();
    let refused: Value = serde_json::from_str(&text(&refused)).unwrap();
    assert_eq!(refused["directions"][0]["refusal"]["code"], "MERGED_AWAY");
    let bad_date = compare_directions(&snapshot(CONTOSO), &snapshot(FABRICAM), Some("May".into()));
    expect_error(thrown(bad_date), "INVALID_DATE");
}

#[wasm_bindgen_test]
fn plan_reissue_moves_users_or_lists_every_conflict() {
    let golden: Value = serde_json::from_str(GOLDEN_PLAN).unwrap();
    let merged = snapshot(&golden["result"].to_string());
    let request = |users: Value| -> ReissueRequestJs {
        let request =
            json!({ "from_tenant": "fabricam.com", "to_tenant": "contoso.com", "users": users });
        js(&request.to_string()).unchecked_into()
    };
    let plan = plan_reissue(
        &merged,
        &request(json!([{ "email": "frank@fabricam.com" }])),
    )
    .unwrap();
    let plan: Value = serde_json::from_str(&text(&plan)).unwrap();
    assert_eq!(
        plan["moved"][0],
        json!({ "from": "frank@fabricam.com", "to": "frank@contoso.com",
                "roles": [{ "role": "incentives_admin", "location": "4444444" }] })
    );
    assert!(plan["fingerprint"].as_str().unwrap().starts_with("sha256:"));
    let taken = plan_reissue(
        &merged,
        &request(json!([{ "email": "frank@fabricam.com", "new_email": "alice@contoso.com" }])),
    );
    let details = expect_error(thrown(taken), "REISSUE_CONFLICTS");
    let conflicts: Value = serde_json::from_str(&text(&get(&details, "conflicts"))).unwrap();
    assert_eq!(conflicts[0]["kind"], "email_taken");
    let unknown = js(r#"{ "from_tenant": "fabricam.com", "users": [] }"#).unchecked_into();
    let details = expect_error(
        thrown(plan_reissue(&merged, &unknown)),
        "UNREADABLE_REQUEST",
    );
    assert!(get(&details, "message")
        .as_string()
        .unwrap()
        .contains("to_tenant"));
}
