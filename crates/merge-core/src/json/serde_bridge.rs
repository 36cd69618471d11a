//! serde impls for the engine's types (feature `serde`), for callers that embed them in their
//! own serde types (the API's responses, the app's requests). They go through the engine's own
//! JSON, so there is one JSON form per type.

pub use serde;

use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use super::{read_whole, to_json, ReadJson, WriteJson};

pub fn serialize<T: WriteJson + ?Sized, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    RawValue::from_string(to_json(value))
        .map_err(S::Error::custom)?
        .serialize(serializer)
}

pub fn deserialize<'de, T: ReadJson, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    // Any serde format in, the engine's reader over its JSON text.
    let value = serde_json::Value::deserialize(deserializer)?;
    read_whole(&value.to_string(), "the value").map_err(D::Error::custom)
}
