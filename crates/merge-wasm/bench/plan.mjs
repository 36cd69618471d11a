// planMerge in Node (wasm) next to native planning of the same pairs; prints wasm/native.
// Target: at most 1.5 (docs/performance.md). Run by scripts/bench.sh after a build.
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../../", import.meta.url).pathname;
const engine = createRequire(import.meta.url)(join(root, "crates/merge-wasm/pkg/node/partner_merge.js"));
const cli = process.env.PARTNER_MERGE_CLI ?? join(root, "target/release/partner-merge");
const asOf = "2021-01-01";

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log("entities  wasm (node)   native      wasm/native (target <= 1.5)");
for (const [entities, rounds] of [[10_000, 30], [100_000, 9]]) {
  const dir = mkdtempSync(join(tmpdir(), "partner-merge-bench-"));
  try {
    execFileSync(cli, ["synth", String(entities), dir]);
    const files = [join(dir, "initiator.json"), join(dir, "invitee.json")];
    const [a, b] = files.map((f) => JSON.parse(readFileSync(f, "utf8")));
    for (let i = 0; i < 3; i++) engine.planMerge(a, b, asOf); // warm up
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      engine.planMerge(a, b, asOf);
      times.push(performance.now() - start);
    }
    const wasm = median(times);
    const native = JSON.parse(
      execFileSync(cli, ["bench", ...files, "--rounds", String(rounds), "--as-of", asOf], { encoding: "utf8" }),
    ).median_ms;
    const ratio = wasm / native;
    const verdict = ratio <= 1.5 ? "ok" : "OVER";
    console.log(
      `${String(entities).padStart(8)}  ${wasm.toFixed(2).padStart(8)} ms  ${native.toFixed(2).padStart(7)} ms  ${ratio.toFixed(2)} ${verdict}`,
    );
    console.log(`verdict: planMerge in Node / native at ${entities} entities ${ratio.toFixed(2)} (target <= 1.5: ${verdict})`);
  } finally {
    rmSync(dir, { recursive: true });
  }
}
