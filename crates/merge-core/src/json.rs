//! Reading snapshots and plans from JSON, with the path of the first field that does not fit.

use serde::de::DeserializeOwned;

use crate::plan::MergePlan;
use crate::snapshot::AccountSnapshot;

/// The text is not a snapshot (or plan) at all; see `validate` for problems in a readable one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} is not readable at {path}: {message}")]
pub struct ReadError {
    pub what: &'static str,
    /// JSON path of the offending field, `.` for the document itself.
    pub path: String,
    pub message: String,
}

pub fn read_snapshot(json: &str) -> Result<AccountSnapshot, ReadError> {
    read(json, "the snapshot")
}

pub fn read_plan(json: &str) -> Result<MergePlan, ReadError> {
    read(json, "the plan")
}

fn read<T: DeserializeOwned>(json: &str, what: &'static str) -> Result<T, ReadError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| ReadError {
        what,
        path: error.path().to_string(),
        message: error.inner().to_string(),
    })?;
    deserializer.end().map_err(|error| ReadError {
        what,
        path: ".".into(),
        message: error.to_string(),
    })?;
    Ok(value)
}

/// Canonical JSON of a plan or snapshot, the bytes fingerprints are computed over.
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("our types always serialize to JSON")
}
