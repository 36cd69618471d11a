//! Worker messages as JSON text. gloo-worker's default, bincode, cannot carry the plan: its
//! tagged enums and skipped fields need a self-describing format. The text is posted as a JS
//! string, which the browser copies between threads without touching wasm.

use gloo_worker::Codec;
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::JsValue;

pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        // Our own types, which always serialize.
        JsValue::from_str(&serde_json::to_string(&input).expect("a worker message serializes"))
    }

    fn decode<O: DeserializeOwned>(input: JsValue) -> O {
        // Both ends are this crate's build: a message that does not read is a bug, not input.
        let text = input.as_string().expect("a worker message is JSON text");
        serde_json::from_str(&text).expect("a worker message reads as it was written")
    }
}
