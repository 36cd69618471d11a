#!/usr/bin/env bash
# Measures the merge engine: criterion's `plan` benchmark (1k, 10k, 100k entities per pair)
# next to its floor with the plan/floor table; `validate` next to reading the same snapshot; the npm package: its size, and planMerge in
# Node next to native on the same pairs; the API: preview and confirm at 64 concurrent clients,
# one node on SQLite and two replicas on PostgreSQL (a throwaway cluster by pg_virtualenv);
# the app: data to painted preview of a 10,000-location invitee in headless Chromium.
# Figures go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p merge-core --bench plan --locked "$@"
cargo bench -p merge-core --bench validate --locked "$@"
scripts/build-wasm.sh
scripts/build-app.sh
node scripts/check-sizes.mjs || true  # the sizes against budgets.toml
cargo build -q --release --locked -p merge-api -p merge-cli
node crates/merge-wasm/bench/plan.mjs
pg_virtualenv cargo bench -p merge-api --bench load --locked
node tests/e2e/bench-preview.mjs
node tests/e2e/bench-first-visit.mjs
