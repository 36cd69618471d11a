//! A plan's fingerprint: SHA-256 of its canonical JSON without the `fingerprint` field.

use crate::fingerprint::Fingerprint;
use crate::json::write_json;

use super::MergePlan;

/// The fingerprint of a plan's content: every field but `fingerprint` itself.
pub(super) fn plan_fingerprint(plan: &MergePlan) -> Fingerprint {
    let mut json = Vec::new();
    if plan.fingerprint.is_unset() {
        write_json(&mut json, plan);
    } else {
        let content = MergePlan {
            fingerprint: Fingerprint::default(),
            ..plan.clone()
        };
        write_json(&mut json, &content);
    }
    Fingerprint::of_canonical_json(&json)
}

/// The plan's full JSON, fingerprint included, from a single serialization: the canonical JSON
/// is the full JSON up to its closing brace, since `fingerprint` is the last field (and is not
/// written while unset). `size_hint`: the expected length, to write into one buffer.
pub(super) fn sealed_json(content: &MergePlan, size_hint: usize) -> String {
    debug_assert!(content.fingerprint.is_unset());
    let mut json = Vec::with_capacity(size_hint);
    write_json(&mut json, content);
    let fingerprint = Fingerprint::of_canonical_json(&json);
    json.pop(); // the closing brace
    json.extend_from_slice(b",\"fingerprint\":\"");
    json.extend_from_slice(fingerprint.as_str().as_bytes());
    json.extend_from_slice(b"\"}");
    String::from_utf8(json).expect("serde_json writes UTF-8")
}
