//! Fingerprints: SHA-256 over canonical JSON (`json::to_json`), written `sha256:<hex>`.
//!
//! Canonical JSON is the same bytes on every target, so a plan fingerprinted in the browser
//! matches the one the API computes natively.

use std::fmt::{self, Write};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// `sha256:<64 lowercase hex digits>`, or empty while unset.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Fingerprint(String);

impl Fingerprint {
    pub const PREFIX: &'static str = "sha256:";

    /// The fingerprint of canonical JSON bytes.
    pub fn of_canonical_json(json: &[u8]) -> Self {
        let digest = Sha256::digest(json);
        let mut text = String::with_capacity(Self::PREFIX.len() + digest.len() * 2);
        text.push_str(Self::PREFIX);
        for byte in digest {
            // Writing to a String cannot fail.
            let _ = write!(text, "{byte:02x}");
        }
        Self(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_unset(&self) -> bool {
        self.0.is_empty()
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
