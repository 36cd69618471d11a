//! Worker messages as JS values (serde-wasm-bindgen): the sandbox's two texts cross as JS
//! strings, never escaped into JSON on the page (an invitee of 100,000 users is 11 MB, and
//! writing it as JSON held the page for ~100 ms). What a plan carries is JSON text inside the
//! message ([`JsonText`]): the page reads megabytes of JSON faster than a tree of JS objects
//! field by field. gloo-worker's default, bincode, is not self-describing and cannot carry the
//! plan's tagged enums and skipped fields.

use std::marker::PhantomData;

use gloo_worker::Codec;
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use wasm_bindgen::JsValue;

pub struct JsValues;

impl Codec for JsValues {
    fn encode<I: Serialize>(input: I) -> JsValue {
        // Our own types, which always serialize.
        serde_wasm_bindgen::to_value(&input).expect("a worker message serializes")
    }

    fn decode<O: DeserializeOwned>(input: JsValue) -> O {
        // Both ends are this crate's build: a message that does not read is a bug, not input.
        serde_wasm_bindgen::from_value(input).expect("a worker message reads as it was written")
    }
}

/// A value carried as its JSON text, read where it arrives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct JsonText<T> {
    text: String,
    #[serde(skip)]
    of: PhantomData<T>,
}

impl<T: Serialize + DeserializeOwned> JsonText<T> {
    pub fn new(value: &T) -> Self {
        Self {
            text: serde_json::to_string(value).expect("our own types serialize"),
            of: PhantomData,
        }
    }

    /// The value again. The text was written by [`JsonText::new`] in this build.
    pub fn read(&self) -> T {
        serde_json::from_str(&self.text).expect("a value reads as it was written")
    }
}
