#!/usr/bin/env bash
# README's run command: sets up what is missing, builds the app, then runs Partner Merge (the
# API serving the app) on 127.0.0.1 with the demo companies (E1's Contoso and Fabricam, and
# Tailspin) seeded into data/demo.sqlite (a database of its own: a demo server refuses one with
# imported accounts), printing the URL and the demo sign-ins.
# PORT=... picks another port. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-app.sh
cargo build -q --release --locked -p merge-api
exec target/release/partner-merge-api --demo --host 127.0.0.1 --port "${PORT:-8080}" \
  --database data/demo.sqlite --site dist
