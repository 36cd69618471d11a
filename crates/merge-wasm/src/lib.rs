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
    into_error, DefineElementError, DiffError, ErrorCode, InputError, PlanMergeError,
    ValidateError, WhichPlan,
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
    let as_of = match as_of {
        Some(text) => {
            merge_core::parse_date(&text).ok_or(PlanMergeError::InvalidDate { value: text })?
        }
        None => today(),
    };
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
/// (default) or `nl`.
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

/// The engine's version (the `merge-core` crate version).
#[wasm_bindgen(js_name = engineVersion)]
pub fn engine_version() -> String {
    merge_core::ENGINE_VERSION.to_string()
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
