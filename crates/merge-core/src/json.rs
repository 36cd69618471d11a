//! Reading snapshots and plans from JSON, with the path of the first field that does not fit.
//!
//! The path is found only when reading fails, by scanning the text up to the position
//! serde_json reports: reading costs nothing extra when it succeeds.

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
    T::deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value))
        .map_err(|error| {
            let message = error.to_string();
            // serde reports a missing field where the object ends: the object is at fault.
            let whole_object = message.starts_with("missing field");
            ReadError {
                what,
                path: path_at(json, error.line(), error.column(), whole_object),
                message,
            }
        })
}

/// Canonical JSON of a plan or snapshot, the bytes fingerprints are computed over.
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("our types always serialize to JSON")
}

enum Frame {
    Object { key: Option<String>, at_key: bool },
    Array { index: usize },
}

/// The JSON path (`tenants[0].domain`, `.` for the root) of the value being read at `line` and
/// `column` (serde_json's 1-based line, bytes into the line), or of the object being read when
/// `whole_object`.
fn path_at(json: &str, line: usize, column: usize, whole_object: bool) -> String {
    let line_start = match line {
        0 | 1 => 0,
        n => json
            .match_indices('\n')
            .nth(n - 2)
            .map_or(json.len(), |(i, _)| i + 1),
    };
    let offset = (line_start + column).min(json.len());
    let bytes = json.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < offset {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object {
                    key,
                    at_key: at_key @ true,
                }) = frames.last_mut()
                {
                    let raw = &json[start..i.min(json.len())];
                    *key = Some(
                        serde_json::from_str(&format!("\"{raw}\""))
                            .unwrap_or_else(|_| raw.to_string()),
                    );
                    *at_key = false;
                }
            }
            b'{' => frames.push(Frame::Object {
                key: None,
                at_key: true,
            }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { at_key, .. }) => *at_key = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    if whole_object {
        if let Some(Frame::Object { key, .. }) = frames.last_mut() {
            *key = None;
        }
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => break,
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of_error(json: &str) -> String {
        read_snapshot(json).unwrap_err().path
    }

    #[test]
    fn finds_the_path_of_a_value_that_does_not_fit() {
        let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[{"domain":"x.com"},{"domain":5}]}"#;
        assert_eq!(path_of_error(json), "tenants[1].domain");
        let json = "{\n  \"company\": \"X\",\n  \"global_mpn_id\": \"1234567\",\n  \"tenants\": [],\n  \"competencies\": [\n    { \"name\": \"A\", \"level\": \"gold\", \"expires\": \"2020-01-01\" },\n    { \"name\": \"B\", \"level\": \"bronze\", \"expires\": \"2020-01-01\" }\n  ]\n}";
        assert_eq!(path_of_error(json), "competencies[1].level");
    }

    #[test]
    fn a_missing_field_is_the_objects_own_error() {
        assert_eq!(
            path_of_error(r#"{"company":"X","global_mpn_id":"1234567"}"#),
            "."
        );
        let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[{"csp_accounts":[]}]}"#;
        assert_eq!(path_of_error(json), "tenants[0]");
    }

    #[test]
    fn unknown_fields_escaped_keys_and_trailing_text() {
        let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[],"sa_voucher":[]}"#;
        let error = read_snapshot(json).unwrap_err();
        assert_eq!(error.path, "sa_voucher");
        assert!(
            error.message.contains("unknown field `sa_voucher`"),
            "{}",
            error.message
        );
        let json = r#"{"company":"X \"Q\" [{","global_mpn_id":1234567,"tenants":[]}"#;
        assert_eq!(path_of_error(json), "global_mpn_id");
        let json = r#"{"company":"X","global_mpn_id":"1234567","tenants":[]} extra"#;
        assert_eq!(path_of_error(json), ".");
    }
}
