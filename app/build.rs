//! Compiles the app's own words (locales/en.json, locales/nl.json) into the `i18n` module:
//! every key checked at compile time, the same keys in both languages.

use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("cargo sets OUT_DIR")?).join("i18n");
    // Plain strings with values in them feed attributes (`title`, `aria-label`) and the SVG.
    let options = ParseOptions::default().interpolate_display(true);
    let config = Config::new("en")?.add_locale("nl")?.parse_options(options);
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out)?;
    Ok(())
}
