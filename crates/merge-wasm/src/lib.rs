//! The Partner Merge engine for any web page, bundler or Node: a thin wasm-bindgen layer over
//! `merge-core`. No merge rule lives here; every export reads its input, calls the engine and
//! hands back plain JS objects, or throws a `PartnerMergeError` with a stable `code`.

mod bridge;
mod element;
mod error;
mod types;

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;

pub use element::define_preview_element;
pub use error::{
    into_error, CompareError, DefineElementError, DiffError, ErrorCode, InputError, PlanChainError,
    PlanMergeError, PlanReissueError, ValidateError, WhichPlan,
};

use bridge::{js_value, json_text};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "AccountSnapshot")]
    pub type AccountSnapshotJs;
    #[wasm_bindgen(typescript_type = "MergePlan")]
    pub type MergePlanJs;
    #[wasm_bindgen(typescript_type = "Problem[]")]
    pub type ProblemsJs;
    #[wasm_bindgen(typescript_type = "PlanDifference[]")]
    pub type DifferencesJs;
    #[wasm_bindgen(typescript_type = "Lang")]
    pub type LangJs;
    #[wasm_bindgen(typescript_type = "AccountSnapshot[]")]
    pub type AccountSnapshotsJs;
    #[wasm_bindgen(typescript_type = "MergeChain")]
    pub type MergeChainJs;
    #[wasm_bindgen(typescript_type = "DirectionComparison")]
    pub type DirectionComparisonJs;
    #[wasm_bindgen(typescript_type = "ReissueRequest")]
    pub type ReissueRequestJs;
    #[wasm_bindgen(typescript_type = "ReissuePlan")]
    pub type ReissuePlanJs;
}

/// Plans the merge of `invitee` into `initiator` as of `asOf` (`YYYY-MM-DD`, default today):
/// the post-merge account, its changes, benefits, renewal, checklist, warnings and fingerprint.
#[wasm_bindgen(js_name = planMerge)]
pub fn plan_merge(
    initiator: &AccountSnapshotJs,
    invitee: &AccountSnapshotJs,
    #[wasm_bindgen(js_name = asOf)] as_of: Option<String>,
) -> Result<MergePlanJs, JsValue> {
    plan_merge_inner(initiator, invitee, as_of)
        .map(|plan| js_value(&plan).unchecked_into())
        .map_err(into_error)
}

fn plan_merge_inner(
    initiator: &JsValue,
    invitee: &JsValue,
    as_of: Option<String>,
) -> Result<String, PlanMergeError> {
    let as_of = as_of_or_today(as_of).map_err(|value| PlanMergeError::InvalidDate { value })?;
    let initiator = json_text(initiator, "initiator snapshot")?;
    let invitee = json_text(invitee, "invitee snapshot")?;
    Ok(merge_core::plan_merge_json(&initiator, &invitee, as_of)?)
}

/// Every problem in a snapshot, each with its path and a message; empty when it can merge.
#[wasm_bindgen(js_name = validateSnapshot)]
pub fn validate_snapshot(snapshot: &AccountSnapshotJs) -> Result<ProblemsJs, JsValue> {
    validate_inner(snapshot)
        .map(|problems| js_value(&problems).unchecked_into())
        .map_err(into_error)
}

fn validate_inner(snapshot: &JsValue) -> Result<String, ValidateError> {
    let snapshot = merge_core::read_snapshot(&json_text(snapshot, "snapshot")?)?;
    Ok(merge_core::to_json(&merge_core::find_problems(&snapshot)))
}

/// What differs between two plans, in sentences: why a preview is stale. `lang` is `en`
/// (default), `nl` or `de`.
#[wasm_bindgen(js_name = diffPlans)]
pub fn diff_plans(
    #[wasm_bindgen(js_name = oldPlan)] old: &MergePlanJs,
    #[wasm_bindgen(js_name = newPlan)] new: &MergePlanJs,
    lang: Option<LangJs>,
) -> Result<DifferencesJs, JsValue> {
    diff_inner(old, new, lang)
        .map(|differences| js_value(&differences).unchecked_into())
        .map_err(into_error)
}

fn diff_inner(old: &JsValue, new: &JsValue, lang: Option<LangJs>) -> Result<String, DiffError> {
    let lang = match lang {
        // Not a string (a number, say) is as unknown as "fr".
        Some(value) => match value.as_string() {
            Some(text) => text
                .parse()
                .map_err(|_| DiffError::UnknownLanguage { value: text })?,
            None => Err(DiffError::UnknownLanguage {
                value: json_text(&value, "language").unwrap_or_else(|error| error.message),
            })?,
        },
        None => merge_core::Lang::En,
    };
    let read = |value: &JsValue, which| {
        let what = match which {
            WhichPlan::Old => "old plan",
            WhichPlan::New => "new plan",
        };
        merge_core::read_plan(&json_text(value, what)?)
            .map_err(|error| DiffError::Read { which, error })
    };
    let (old, new) = (read(old, WhichPlan::Old)?, read(new, WhichPlan::New)?);
    Ok(merge_core::to_json(&merge_core::diff_plans_in(
        &old, &new, lang,
    )))
}

/// The merges of `initiator` absorbing each of `invitees` in turn, each step a whole plan with
/// its own fingerprint; a refusal names its step (`STEP_REFUSED`).
#[wasm_bindgen(js_name = planMergeChain)]
pub fn plan_merge_chain(
    initiator: &AccountSnapshotJs,
    invitees: &AccountSnapshotsJs,
    #[wasm_bindgen(js_name = asOf)] as_of: Option<String>,
) -> Result<MergeChainJs, JsValue> {
    chain_inner(initiator, invitees, as_of)
        .map(|chain| js_value(&chain).unchecked_into())
        .map_err(into_error)
}

fn chain_inner(
    initiator: &JsValue,
    invitees: &JsValue,
    as_of: Option<String>,
) -> Result<String, PlanChainError> {
    let as_of = as_of_or_today(as_of).map_err(|value| PlanChainError::InvalidDate { value })?;
    let read = |value: &JsValue, invitee: Option<usize>, what| {
        merge_core::read_snapshot(&json_text(value, what)?)
            .map_err(|error| PlanChainError::Read { invitee, error })
    };
    let first = read(initiator, None, "initiator snapshot")?;
    let Some(invitees) = invitees.dyn_ref::<js_sys::Array>() else {
        let message = "it is not an array of snapshots".into();
        return Err(InputError {
            what: "invitees",
            message,
        }
        .into());
    };
    let invitees = invitees
        .iter()
        .enumerate()
        .map(|(at, value)| read(&value, Some(at), "invitee snapshot"))
        .collect::<Result<Vec<_>, _>>()?;
    let chain = merge_core::plan_merge_chain(&first, &invitees, as_of)?;
    Ok(merge_core::to_json(&chain))
}

/// Both directions of a pair (`a` absorbing `b`, `b` absorbing `a`) and what differs between
/// them: the surviving global MPN ID, the bank and tax profile kept, who acts for the merged
/// account, dates. A direction that cannot merge carries its `refusal`.
#[wasm_bindgen(js_name = compareDirections)]
pub fn compare_directions(
    a: &AccountSnapshotJs,
    b: &AccountSnapshotJs,
    #[wasm_bindgen(js_name = asOf)] as_of: Option<String>,
) -> Result<DirectionComparisonJs, JsValue> {
    compare_inner(a, b, as_of)
        .map(|compared| js_value(&compared).unchecked_into())
        .map_err(into_error)
}

fn compare_inner(a: &JsValue, b: &JsValue, as_of: Option<String>) -> Result<String, CompareError> {
    let as_of = as_of_or_today(as_of).map_err(|value| CompareError::InvalidDate { value })?;
    let read = |value: &JsValue, which| {
        merge_core::read_snapshot(&json_text(value, "snapshot")?)
            .map_err(|error| CompareError::Read { which, error })
    };
    let (a, b) = (read(a, "a")?, read(b, "b")?);
    Ok(merge_core::to_json(&merge_core::compare_directions(
        &a, &b, as_of,
    )))
}

/// R17: re-issuing users of one tenant of a merged `account` into another, as `request` asks;
/// every conflict at once (`REISSUE_CONFLICTS`).
#[wasm_bindgen(js_name = planReissue)]
pub fn plan_reissue(
    account: &AccountSnapshotJs,
    request: &ReissueRequestJs,
) -> Result<ReissuePlanJs, JsValue> {
    reissue_inner(account, request)
        .map(|plan| js_value(&plan).unchecked_into())
        .map_err(into_error)
}

fn reissue_inner(account: &JsValue, request: &JsValue) -> Result<String, PlanReissueError> {
    let account = merge_core::read_snapshot(&json_text(account, "account snapshot")?)
        .map_err(PlanReissueError::Account)?;
    let request = merge_core::read_json(&json_text(request, "re-issue request")?, "the request")
        .map_err(PlanReissueError::Request)?;
    let plan = merge_core::plan_reissue(&account, &request)?;
    Ok(merge_core::to_json(&plan))
}

/// The engine's version (the `merge-core` crate version).
#[wasm_bindgen(js_name = engineVersion)]
pub fn engine_version() -> String {
    merge_core::ENGINE_VERSION.to_string()
}

/// `asOf` as a date, today when left out, or the text that is not a date.
fn as_of_or_today(as_of: Option<String>) -> Result<NaiveDate, String> {
    match as_of {
        Some(text) => merge_core::parse_date(&text).ok_or(text),
        None => Ok(today()),
    }
}

/// Today in the user's time zone: the default `asOf`.
fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .expect("the JS clock gives a valid date")
}
