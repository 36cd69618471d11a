#!/usr/bin/env bash
# README's test command: sets up what is missing, then runs every check and test:
# formatting, lints, native tests (rules, golden, properties, CLI, the HTTP API over real HTTP
# and SQLite: workflow, authorization matrix, races, crash safety, two server processes on one
# database), the API's whole suite again on PostgreSQL (a throwaway cluster), the same rule and golden
# tests compiled to wasm32 in headless Chromium, the npm package (its exports and element in
# headless Chromium, its Node build, its TypeScript types, the embed example), its size, the
# app end to end (Playwright + Debian's Chromium against the real API), and each benchmark
# once as a smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "set-up"
scripts/setup.sh --tests

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

step "native tests"
cargo test --workspace --locked

# pg_virtualenv makes a throwaway PostgreSQL cluster, runs the command with PG* set to it, and
# removes it; each test makes a database of its own there. -t: in a temporary directory even as
# root, so that two runs on one machine do not meet on the one "regress" cluster.
step "the API's integration suite on PostgreSQL (a throwaway cluster), two replicas on one database"
# --workspace, as above, so cargo unifies the same features and reuses the binaries it built
# (with -p merge-api alone it rebuilt every dependency: minutes and gigabytes); the other
# crates' tests, which use no database, run again in a few seconds.
pg_virtualenv -t env PARTNER_MERGE_TEST_DATABASE=postgres cargo test --workspace --tests --locked

step "wasm32 tests in headless Chromium (engine rules and golden plan, package exports and element, app components)"
export CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)}
cargo test -p merge-core -p merge-wasm -p merge-app --target wasm32-unknown-unknown --locked

step "npm package: build, Node and embed tests, TypeScript types"
scripts/build-wasm.sh
PARTNER_MERGE_CLI=target/debug/partner-merge node --test crates/merge-wasm/tests/node/
node_modules/.bin/tsc -p crates/merge-wasm/tests/types

step "the app: build, end to end and accessibility in Chromium against the real API; sizes"
scripts/build-app.sh
cargo build -q --release --locked -p merge-api
node --test tests/e2e/
node scripts/wasm-size.mjs

step "benchmarks, once each (scripts/bench.sh measures them; the load one on SQLite and on PostgreSQL)"
pg_virtualenv -t cargo test -p merge-core -p merge-api --benches --locked --release

step "all tests passed"
