//! Keys that compare and hash without regard to ASCII case (tenant domains, emails), with no
//! lower-cased copy.

use std::hash::{Hash, Hasher};

#[derive(Clone, Copy)]
pub(crate) struct Caseless<'a>(pub &'a str);

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Caseless<'_> {}

impl Hash for Caseless<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Lower-cased a chunk at a time on the stack: one `write` per chunk, not per byte.
        let mut buffer = [0u8; 32];
        for chunk in self.0.as_bytes().chunks(buffer.len()) {
            let lower = &mut buffer[..chunk.len()];
            lower.copy_from_slice(chunk);
            lower.make_ascii_lowercase();
            state.write(lower);
        }
        state.write_u8(0xff);
    }
}

impl std::fmt::Display for Caseless<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn caseless_keys_match_across_case_only() {
        let build = rustc_hash::FxBuildHasher;
        let long = "Someone.With.A.Long.Name@Contoso.example.com";
        assert!(Caseless(long) == Caseless(&long.to_ascii_lowercase()));
        assert_eq!(
            build.hash_one(Caseless(long)),
            build.hash_one(Caseless(&long.to_ascii_uppercase()))
        );
        assert!(Caseless("a@b.com") != Caseless("a@c.com"));
    }
}
