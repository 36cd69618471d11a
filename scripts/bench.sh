#!/usr/bin/env bash
# Measures the merge engine: criterion's `plan` benchmark (1k, 10k, 100k entities per pair)
# next to its floor, then the plan/floor table. Figures go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p merge-core --bench plan --locked "$@"
