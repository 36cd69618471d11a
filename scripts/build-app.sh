#!/usr/bin/env bash
# Builds the app into dist/ with Trunk (offline; wasm-bindgen and wasm-opt as pinned in
# Trunk.toml: wasm-opt from npm's binaryen@132): the app (index.html) and the start page on its
# own (sign-in.html, which the server sends for `/`), whose files join the app's in dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
trunk build --release --skip-version-check "$@" index.html
start=target/trunk-sign-in
trunk build --release --skip-version-check "$@" --dist "$start" sign-in.html
cp "$start/index.html" dist/sign-in.html
cp "$start"/partner-merge-sign-in-* dist/
node scripts/precompress.mjs dist
