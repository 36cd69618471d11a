//! TypeScript types of what the exports take and return, written into the package's `.d.ts`.
//!
//! `types.d.ts` is generated from the Rust types themselves (ts-rs: merge-core's `ts` feature
//! and this crate's error details): the test at the end writes it and fails when the file
//! differs from what the Rust types give, so a field renamed in Rust fails `cargo test` until
//! the file is written again (`PARTNER_MERGE_WRITE_TYPES=1 cargo test -p merge-wasm --lib`).
//! Only the JS side of the package, which no serde type describes (the thrown `Error`, the
//! element, the language argument), is written here by hand.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const GENERATED: &'static str = include_str!("types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const JS_SURFACE: &'static str = r#"
/** The languages the engine writes: English (default), Dutch or German; tags like `nl-NL` or `de-DE` too. */
export type Lang = "en" | "nl" | "de" | (string & {});

export type PartnerMergeErrorCode = PartnerMergeErrorDetails["code"];

/** What every export throws: a real Error with a stable code and its details. */
export interface PartnerMergeError extends Error {
  name: "PartnerMergeError";
  code: PartnerMergeErrorCode;
  details: PartnerMergeErrorDetails;
}

/** The `<partner-merge-preview>` element, once `definePreviewElement()` has run. */
export interface PartnerMergePreviewElement extends HTMLElement {
  initiator: AccountSnapshot | null;
  invitee: AccountSnapshot | null;
  asOf: IsoDate | null;
}
"#;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod generated {
    use std::any::TypeId;
    use std::collections::{BTreeMap, HashSet};
    use std::path::Path;

    use ts_rs::{Config, TypeVisitor, TS};

    use crate::error::Details;

    /// Every type reachable from the exports' inputs and outputs, each declared once.
    struct Declarations {
        config: Config,
        seen: HashSet<TypeId>,
        declared: BTreeMap<String, String>,
    }

    impl TypeVisitor for Declarations {
        fn visit<T: TS + 'static + ?Sized>(&mut self) {
            if !self.seen.insert(TypeId::of::<T>()) {
                return;
            }
            // Wrappers (`Vec`, `Option`, references) and primitives have no declaration of
            // their own; what they hold may.
            if T::output_path().is_some() {
                let docs = T::docs().unwrap_or_default();
                let declaration = format!("{docs}export {}\n", T::decl(&self.config));
                self.declared.insert(T::name(&self.config), declaration);
            }
            T::visit_dependencies(self);
        }
    }

    fn declarations() -> String {
        let mut all = Declarations {
            // JS numbers: counts and cents fit in 2^53.
            config: Config::new().with_large_int("number"),
            seen: HashSet::new(),
            declared: BTreeMap::new(),
        };
        all.visit::<merge_core::AccountSnapshot>();
        all.visit::<merge_core::MergePlan>();
        all.visit::<merge_core::Problem>();
        all.visit::<merge_core::PlanDifference>();
        all.visit::<merge_core::MergeChain>();
        all.visit::<merge_core::DirectionComparison>();
        all.visit::<merge_core::ReissueRequest>();
        all.visit::<merge_core::ReissuePlan>();
        all.visit::<Details<'static>>();
        let header = "// Generated from the Rust types by ts-rs (crates/merge-wasm/src/types.rs): \
                      do not edit.\n";
        let body: Vec<&str> = all.declared.values().map(String::as_str).collect();
        format!("{header}\n{}", body.join("\n"))
    }

    #[test]
    fn the_package_types_are_the_ones_the_rust_types_give() {
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/types.d.ts");
        let generated = declarations();
        if std::env::var_os("PARTNER_MERGE_WRITE_TYPES").is_some() {
            std::fs::write(&file, &generated).expect("src/types.d.ts written");
        }
        let written = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            written == generated,
            "src/types.d.ts is not what the Rust types give (a type or field changed?): write it \
             again with PARTNER_MERGE_WRITE_TYPES=1 cargo test -p merge-wasm --lib, and check \
             the package's type tests"
        );
    }
}
