#!/usr/bin/env bash
# Builds the npm package crates/merge-wasm/pkg: the engine for a plain <script type="module">
# page (web/), for bundlers (bundler/) and for Node (node/), each run through wasm-opt from
# npm's binaryen@132 (wasm-pack's own download of wasm-opt is switched off in Cargo.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
crate=crates/merge-wasm
pkg=$crate/pkg
wasm_opt=node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || { echo "build-wasm: $wasm_opt is missing; run scripts/setup.sh" >&2; exit 1; }

rm -rf "$pkg"
for target in web bundler nodejs; do
  dir=$target; [ "$target" = nodejs ] && dir=node
  wasm-pack --quiet build "$crate" --target "$target" --out-dir "pkg/$dir" \
    --out-name partner_merge --profile wasm-release --no-opt >/dev/null
  "$wasm_opt" -Oz --strip-debug --strip-producers \
    "$pkg/$dir/partner_merge_bg.wasm" -o "$pkg/$dir/partner_merge_bg.wasm"
  # Each folder keeps wasm-pack's package.json (its "type" tells Node how to load it), minus
  # the fields that belong to the package as a whole.
  rm -f "$pkg/$dir/README.md" "$pkg/$dir/.gitignore"
done
cp "$crate/README.md" "$pkg/README.md"
node "$crate/package.mjs" "$pkg"
echo "built $pkg ($(du -sh "$pkg" | cut -f1))"
