//! MPN IDs: 6 to 10 ASCII digits, unique across all accounts (docs/rules.md).

use std::fmt;

use serde::{Deserialize, Serialize};

/// An MPN ID as written in a snapshot.
///
/// Kept as the raw string so that validation can report a malformed ID with its path
/// instead of failing the whole parse at the first one.
///
/// Any string is read: a malformed ID is a validation problem with its path, not a read error.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct MpnId(String);

impl MpnId {
    pub const MIN_DIGITS: usize = 6;
    pub const MAX_DIGITS: usize = 10;

    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// 6 to 10 ASCII digits.
    pub fn is_well_formed(&self) -> bool {
        is_well_formed_mpn(&self.0)
    }

    /// The ID as one number that keeps leading zeros apart (`0123456` ≠ `123456`), for fast
    /// look-ups; None when malformed.
    pub(crate) fn key(&self) -> Option<u64> {
        self.is_well_formed().then(|| {
            let value = self
                .0
                .bytes()
                .fold(0u64, |n, digit| n * 10 + u64::from(digit - b'0'));
            value | ((self.0.len() as u64) << 40)
        })
    }
}

/// Whether `text` is a well-formed MPN ID (6 to 10 ASCII digits).
pub fn is_well_formed_mpn(text: &str) -> bool {
    (MpnId::MIN_DIGITS..=MpnId::MAX_DIGITS).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_digit())
}

impl fmt::Display for MpnId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for MpnId {
    fn from(id: String) -> Self {
        Self(id)
    }
}

impl From<&str> for MpnId {
    fn from(id: &str) -> Self {
        Self::new(id)
    }
}

impl PartialEq<str> for MpnId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for MpnId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_tell_leading_zeros_apart() {
        assert_eq!(MpnId::new("123456").key(), Some(123456 | (6 << 40)));
        assert_ne!(MpnId::new("0123456").key(), MpnId::new("123456").key());
        assert_eq!(
            MpnId::new("9999999999").key(),
            Some(9_999_999_999 | (10 << 40))
        );
        assert_eq!(MpnId::new("12345x").key(), None);
    }

    #[test]
    fn accepts_six_to_ten_digits_only() {
        assert!(is_well_formed_mpn("123456"));
        assert!(is_well_formed_mpn("1234567890"));
        assert!(!is_well_formed_mpn("12345"));
        assert!(!is_well_formed_mpn("12345678901"));
        assert!(!is_well_formed_mpn("12345a7"));
        assert!(!is_well_formed_mpn("１２３４５６")); // full-width digits are not ASCII
        assert!(!is_well_formed_mpn(" 1234567"));
    }
}
