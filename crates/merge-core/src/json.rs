//! The engine's JSON, through serde_json: reading with the path, line and column of what does not
//! fit, and writing canonical JSON (what fingerprints are computed over).
//!
//! Canonical JSON is serde_json's compact output of the engine's types: struct fields in
//! declaration order, collections in their `Vec` order, no maps, no floats. It is the same bytes
//! on every target.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The text is not a snapshot (or plan) at all; see `validate` for problems in a readable one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} is not readable at {path}: {message}")]
pub struct ReadError {
    pub what: &'static str,
    /// JSON path of the offending value, `.` for the document itself.
    pub path: String,
    /// What is wrong, with its line and column.
    pub message: String,
}

/// Any of the engine's types from a whole JSON document. `what` names it in errors.
pub fn read_json<T: DeserializeOwned>(json: &str, what: &'static str) -> Result<T, ReadError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| (path_of(error.path()), error.into_inner()))
        // What follows the value does not belong there.
        .and_then(|value| match deserializer.end() {
            Ok(()) => Ok(value),
            Err(error) => Err((".".to_string(), error)),
        })
        .map_err(|(path, error)| ReadError {
            what,
            path,
            message: error.to_string(),
        })
}

/// `tenants[1].domain`; `.` for the document itself (also when its key is empty).
fn path_of(path: &serde_path_to_error::Path) -> String {
    match path.to_string() {
        text if text.is_empty() => ".".into(),
        text => text,
    }
}

/// Canonical JSON of a plan, snapshot or any engine value.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("the engine's types always serialize to JSON")
}

/// Canonical JSON appended to `out`, for callers that size the buffer themselves.
pub(crate) fn write_json<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    serde_json::to_writer(out, value).expect("the engine's types always serialize to JSON")
}
