#!/usr/bin/env bash
# README's run command: sets up what is missing and runs Partner Merge.
# Today the product is the merge engine and its CLI: it previews the E1 merge (Contoso absorbs
# Fabricam) and writes the full plan to target/e1.plan.json. The HTTP API and the app will start
# here too once they exist.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build -q --release --locked -p merge-cli
cli=target/release/partner-merge
$cli plan fixtures/contoso.json fixtures/fabricam.json --as-of 2020-05-15 --text
$cli plan fixtures/contoso.json fixtures/fabricam.json --as-of 2020-05-15 > target/e1.plan.json
printf '\nFull plan: target/e1.plan.json\nTry: %s plan A.json B.json [--as-of YYYY-MM-DD] [--text]\n' "$cli"
