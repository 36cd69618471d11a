//! Fingerprints: SHA-256 over canonical JSON, written `sha256:<hex>`.
//!
//! Canonical JSON is the engine's compact output of its types (`json::write`, byte for byte what
//! serde_json wrote before it): struct fields in declaration order, collections in their `Vec`
//! order, no maps, no floats. It is the same bytes on every
//! target, so a plan fingerprinted in the browser matches the one the API computes natively.

use std::fmt;

use sha2::{Digest, Sha256};

use crate::json::{to_json, WriteJson, Writer};
use crate::plan::MergePlan;

/// `sha256:<64 lowercase hex digits>`, or empty while unset.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fingerprint(String);

impl Fingerprint {
    pub const PREFIX: &'static str = "sha256:";

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_unset(&self) -> bool {
        self.0.is_empty()
    }

    pub fn is_set(&self) -> bool {
        !self.is_unset()
    }

    fn from_digest(digest: &[u8]) -> Self {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut text = String::with_capacity(Self::PREFIX.len() + digest.len() * 2);
        text.push_str(Self::PREFIX);
        for byte in digest {
            text.push(HEX[usize::from(byte >> 4)] as char);
            text.push(HEX[usize::from(byte & 0xf)] as char);
        }
        Self(text)
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Fingerprint {
    fn from(text: &str) -> Self {
        Self(text.to_string())
    }
}

/// The fingerprint of a plan's content: every field but `fingerprint` itself.
pub(crate) fn plan_fingerprint(plan: &MergePlan) -> Fingerprint {
    if plan.fingerprint.is_unset() {
        fingerprint_of(plan)
    } else {
        let mut content = plan.clone();
        content.fingerprint = Fingerprint::default();
        fingerprint_of(&content)
    }
}

/// The plan's full JSON, fingerprint included, from a single serialization: the canonical JSON
/// is the full JSON up to its closing brace, since `fingerprint` is the last field.
/// `size_hint`: the expected length, to write into one buffer without regrowing it.
pub(crate) fn sealed_json(content: &MergePlan, size_hint: usize) -> String {
    debug_assert!(content.fingerprint.is_unset());
    let mut writer = Writer::with_capacity(size_hint);
    content.write_json(&mut writer);
    let mut json = writer.finish();
    let fingerprint = Fingerprint::from_digest(&Sha256::digest(json.as_bytes()));
    json.pop(); // the closing brace
    json.push_str(",\"fingerprint\":\"");
    json.push_str(fingerprint.as_str());
    json.push_str("\"}");
    json
}

fn fingerprint_of(plan: &MergePlan) -> Fingerprint {
    Fingerprint::from_digest(&Sha256::digest(to_json(plan).as_bytes()))
}

json_string!(Fingerprint);
