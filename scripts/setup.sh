#!/usr/bin/env bash
# Installs what building Partner Merge needs, and with --tests what testing it needs too,
# skipping what is already there at the right version. Safe to run any number of times. Needs
# root (or sudo) for Debian packages.
#
# Everything comes from crates.io, npm or Debian: nothing is downloaded from GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The wasm-bindgen version the workspace pins (with `=`) and Cargo.lock records.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_rust() {
  command -v cargo >/dev/null || { echo "setup: cargo is missing; install Rust with rustup first" >&2; exit 1; }
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding $component"
      rustup component add "$component"
    fi
  done
}

tests=false
[ "${1:-}" = --tests ] && tests=true

# For the tests only: Chromium for the browser tests, poppler-utils to read a printed PDF;
# PostgreSQL for the API's suite on PostgreSQL and the load benchmark, which start throwaway
# clusters of their own with pg_virtualenv. README's run command needs neither: the server
# runs on SQLite.
ensure_test_packages() {
  $tests || return 0
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # pdftotext reads the printed report back in the end-to-end tests.
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if ! command -v pg_virtualenv >/dev/null || ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    missing+=(postgresql)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_wasm_bindgen_cli() {
  local want have=""
  want=$(locked_version wasm-bindgen)
  [ -n "$want" ] || { echo "setup: wasm-bindgen is not in Cargo.lock" >&2; exit 1; }
  if command -v wasm-bindgen-test-runner >/dev/null && command -v wasm-bindgen >/dev/null; then
    have=$(wasm-bindgen --version | awk '{print $2}')
  fi
  if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (have: ${have:-none})"
    cargo install -q wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_wasm_pack() {
  local want=0.15.1 have=""
  command -v wasm-pack >/dev/null && have=$(wasm-pack --version | awk '{print $2}')
  if [ "$have" != "$want" ]; then
    say "installing wasm-pack $want (have: ${have:-none})"
    cargo install -q wasm-pack --version "$want" --force
  fi
}

# Trunk builds the app; newer versions need a newer rustc than this machine's.
ensure_trunk() {
  local want=0.22.0-beta.1 have=""
  command -v trunk >/dev/null && have=$(trunk --version 2>/dev/null | awk '{print $2}')
  if [ "$have" != "$want" ]; then
    say "installing trunk $want (have: ${have:-none}; about 8 minutes the first time)"
    cargo install -q --locked trunk --version "$want" --force
  fi
}

# wasm-opt (binaryen@132), tsc and playwright-core, exactly as package-lock.json records them.
ensure_npm_packages() {
  command -v npm >/dev/null || { echo "setup: npm is missing; install Node.js and npm" >&2; exit 1; }
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (binaryen, typescript, playwright-core, axe-core, oauth2-mock-server)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_rust
ensure_test_packages
ensure_wasm_bindgen_cli
ensure_wasm_pack
ensure_trunk
ensure_npm_packages
say "ready"
