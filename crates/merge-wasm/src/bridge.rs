//! Plain JS objects in and out, through the JS engine's own JSON.
//!
//! `JSON.stringify` and `JSON.parse` are native and fast, and the engine's JSON entry points are
//! the very ones native code uses, so a plan made here is byte for byte the native plan.

use wasm_bindgen::{JsCast, JsValue};

use crate::error::InputError;

/// The JSON text of a JS value, or why it has none.
pub fn json_text(value: &JsValue, what: &'static str) -> Result<String, InputError> {
    let text = js_sys::JSON::stringify(value).map_err(|error| InputError {
        what,
        message: message_of(&error),
    })?;
    JsValue::from(text).as_string().ok_or_else(|| InputError {
        what,
        message: format!("{} has no JSON form", type_of(value)),
    })
}

/// A plain JS value from JSON the engine wrote.
pub fn js_value(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("the engine writes valid JSON")
}

/// The message of a thrown JS value.
pub fn message_of(thrown: &JsValue) -> String {
    thrown
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| thrown.as_string())
        .unwrap_or_else(|| "an unknown error".into())
}

fn type_of(value: &JsValue) -> String {
    value
        .js_typeof()
        .as_string()
        .unwrap_or_else(|| "the value".into())
}
