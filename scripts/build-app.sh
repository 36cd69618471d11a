#!/usr/bin/env bash
# Builds the app into dist/ with Trunk (offline; wasm-bindgen and wasm-opt as pinned in
# Trunk.toml: wasm-opt from npm's binaryen@132).
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/node_modules/.bin:$PATH" trunk build --release --skip-version-check "$@"
node scripts/precompress.mjs dist
