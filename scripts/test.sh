#!/usr/bin/env bash
# README's test command: sets up what is missing, then runs every check and test:
# formatting, lints, native tests (rules, golden, properties, CLI, the HTTP API over real HTTP
# and SQLite: workflow, authorization matrix, races, crash safety, two server processes on one
# database), the API's whole suite again on PostgreSQL (a throwaway cluster), the same rule and golden
# tests compiled to wasm32 in headless Chromium, the npm package (its exports and element in
# headless Chromium, its Node build, its generated TypeScript types against real answers, attw,
# Vite 8 and 7 sites, the embed example), the app end to end (Playwright + Debian's Chromium
# against the real API), the contracts as outside consumers use them (redocly lint, a client
# generated from the OpenAPI document running E1), the size budgets (budgets.toml: a size over
# its ceiling fails the run), and every benchmark once.
#
# The release build runs beside every step up to the end-to-end tests, taking what room the two
# cores leave. At the end (or at a failure) it
# prints each step's time and CPU share and one summary of every benchmark's and budget's
# `verdict:` line. Each step's whole output is kept in target/test-command/.
set -euo pipefail
cd "$(dirname "$0")/.."

logs=target/test-command
rm -rf "$logs" && mkdir -p "$logs"
steps=()

# The machine's busy and total CPU time so far (/proc/stat's first line, in clock ticks): a
# step's share of both cores, the release build's beside it included (it takes the room a step
# leaves, so the steps before the join read ~99 %; what a step leaves alone is measured by
# running it alone).
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat; }

step() {
  local name=$1 start=$SECONDS status=0 busy0 total0 busy1 total1
  shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  read -r busy0 total0 < <(cpu_ticks)
  "$@" 2>&1 | tee "$logs/$(printf '%02d' ${#steps[@]}).log" || status=$?
  read -r busy1 total1 < <(cpu_ticks)
  steps+=("$(printf '%6ss  %3s%% cpu  %s' $((SECONDS - start)) \
    $(( (busy1 - busy0) * 100 / (total1 - total0 > 0 ? total1 - total0 : 1) )) "$name")")
  if [ "$status" != 0 ]; then
    steps+=("        FAILED: $name (exit $status)")
    exit "$status"
  fi
}

# A step run beside the ones that follow it, at the lowest priority (nice 19), so that they run
# as if alone and it takes what CPU they leave: the release build (target/release, a build
# directory of its own) right after the set-up, so that less of its end on one core (merge-api's
# library, then the server's fat-LTO link) is left after the steps in front. Its output goes to
# its own log and is printed when `join_steps_beside` has waited for it; its time is its own.
beside_pids=() beside_names=()
step_beside() {
  local name=$1 n=${#beside_pids[@]}
  shift
  printf '\n\033[1m== %s\033[0m\n(beside the next steps; its output when it ends)\n' "$name"
  (
    start=$SECONDS status=0
    renice -n 19 -p "$BASHPID" >/dev/null
    "$@" >"$logs/beside-$n.log" 2>&1 || status=$?
    echo "$((SECONDS - start)) $status" >"$logs/beside-$n.status"
  ) &
  beside_pids+=($!) beside_names+=("$name")
}

join_steps_beside() {
  local n seconds status failed=0
  for n in "${!beside_pids[@]}"; do
    wait "${beside_pids[$n]}" || true
    read -r seconds status <"$logs/beside-$n.status"
    printf '\n\033[1m== %s\033[0m (ended)\n' "${beside_names[$n]}"
    cat "$logs/beside-$n.log"
    steps+=("$(printf '%6ss  beside    %s' "$seconds" "${beside_names[$n]}")")
    if [ "$status" != 0 ]; then
      steps+=("        FAILED: ${beside_names[$n]} (exit $status)")
      failed=$status
    fi
  done
  beside_pids=()
  [ "$failed" = 0 ] || exit "$failed"
}

# A failing step ends the run: the steps still running beside it end with it.
stop_tree() {
  local pid=$1 child
  for child in $(pgrep -P "$pid"); do stop_tree "$child"; done
  kill "$pid" 2>/dev/null || true
}

summary() {
  local n
  for n in "${!beside_pids[@]}"; do
    stop_tree "${beside_pids[$n]}"
    steps+=("        stopped: ${beside_names[$n]}")
  done
  printf '\n\033[1m== summary\033[0m\n'
  printf '%s\n' "${steps[@]}"
  printf '%6ss  in all\n\n' "$SECONDS"
  grep -h '^verdict: ' "$logs"/*.log 2>/dev/null | sed 's/^verdict: /  /' || true
}
trap summary EXIT

format_and_lints() {
  cargo fmt --all -- --check
  cargo clippy --workspace --all-targets --locked -- -D warnings
}

# pg_virtualenv makes a throwaway PostgreSQL cluster, runs the command with PG* set to it, and
# removes it; each test makes a database of its own there. -t: in a temporary directory even as
# root, so that two runs on one machine do not meet on the one "regress" cluster. Only merge-api's
# tests touch a database: its test programs, which the native step built (asked for by
# --workspace, so cargo reuses them rather than building every dependency again for merge-api
# alone), are run again, each from the crate's directory as cargo runs them.
merge_api_test_programs() {
  cargo test --workspace --tests --locked --no-run --message-format=json 2>/dev/null |
    node scripts/test-programs.mjs merge-api
}

postgres_suite() (
  [ $# -gt 0 ] || { echo "no test programs of merge-api found" >&2; return 1; }
  cd crates/merge-api
  # shellcheck disable=SC2016 # expanded by the inner shell
  pg_virtualenv -t env PARTNER_MERGE_TEST_DATABASE=postgres bash -euc \
    'for program; do echo "-- ${program##*/}"; "$program" -q; done' programs "$@"
)

wasm_tests() {
  CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)} \
    cargo test -p merge-core -p merge-wasm -p merge-app --target wasm32-unknown-unknown --locked
}

npm_package() {
  scripts/build-wasm.sh
  PARTNER_MERGE_CLI=target/debug/partner-merge node --test crates/merge-wasm/tests/node/
  node_modules/.bin/tsc -p crates/merge-wasm/tests/types
}

# One release build, shared by the end-to-end tests and the benchmarks: the server and the CLI
# as the benchmarks' and the CLI's tests need them (their dev-dependencies switch on features
# of shared crates, so a plain `cargo build --release` would be a second build of nearly
# everything), and the three benchmarks, named (`--benches` would also build every library and
# binary as a benchmark harness).
release_targets=(--release --locked -p merge-core -p merge-api -p merge-cli
  --bench plan --bench validate --bench load --test cli)

release_build() {
  cargo test "${release_targets[@]}" --no-run
}

# Two test files at a time (node's default on two cores is one): each has its own server,
# database and browser, and mostly waits on them.
end_to_end() {
  node --test --test-concurrency=2 tests/e2e/
}

contracts() {
  node --test tests/contracts/
}

sizes() {
  node --test tests/tooling/
  node scripts/check-sizes.mjs
}

benchmarks() {
  pg_virtualenv -t cargo test "${release_targets[@]}"
  node crates/merge-wasm/bench/plan.mjs
  node tests/e2e/bench-preview.mjs
  node tests/e2e/bench-first-visit.mjs
}

step "set-up" scripts/setup.sh --tests
step_beside "one release build: the server, the CLI, the benchmarks" release_build
step "format and lints" format_and_lints
step "native tests" cargo test --workspace --locked
programs=$(merge_api_test_programs)
# shellcheck disable=SC2086 # one program per word
step "the API's integration suite on PostgreSQL (a throwaway cluster), two replicas on one database" postgres_suite $programs
step "wasm32 tests in headless Chromium (engine rules and golden plan, package exports and element, app components)" wasm_tests
step "npm package: build, Node and embed tests, generated TypeScript types against real answers, attw, Vite 8 and 7 sites" npm_package
step "the app's build (Trunk: the app, its worker, the start page)" scripts/build-app.sh
join_steps_beside
step "the app end to end and accessibility in Chromium against the real API" end_to_end
step "contracts as real consumers use them: the OpenAPI document (redocly lint, a generated client running E1)" contracts
step "size budgets (budgets.toml)" sizes
step "benchmarks, once each (the load one on SQLite and on PostgreSQL; scripts/bench.sh measures them)" benchmarks
printf '\n\033[1m== all tests passed\033[0m\n'
