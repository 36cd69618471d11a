// The size check itself: a file over its ceiling, or a budgeted file that is not built, fails
// the run; files within their ceilings pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";

const script = new URL("../../scripts/check-sizes.mjs", import.meta.url).pathname;

// A tree laid out like ours, with incompressible "wasm" so gzip sizes are known.
function tree({ page = 5_000, worker = 2_000, npm = 3_000 } = {}) {
  const root = mkdtempSync(join(tmpdir(), "check-sizes-"));
  mkdirSync(join(root, "dist"));
  mkdirSync(join(root, "crates/merge-wasm/pkg/web"), { recursive: true });
  if (page) writeFileSync(join(root, "dist/partner-merge-app-0123abcd_bg.wasm"), randomBytes(page));
  if (worker) writeFileSync(join(root, "dist/partner-merge-planner_bg.wasm"), randomBytes(worker));
  if (npm) writeFileSync(join(root, "crates/merge-wasm/pkg/web/partner_merge_bg.wasm"), randomBytes(npm));
  return root;
}

function check(root, budgets) {
  const file = join(root, "budgets.toml");
  writeFileSync(file, budgets);
  return spawnSync(process.execPath, [script, "--root", root, "--budgets", file], { encoding: "utf8" });
}

const within = "[wasm_gzip_kb]\napp_page = 6.0\napp_worker = 3.0\nnpm_package = 4.0\n";

test("every file within its ceiling passes", (t) => {
  const root = tree();
  t.after(() => rmSync(root, { recursive: true }));
  const run = check(root, within);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.stdout.match(/: ok\)/g).length, 3, run.stdout);
});

test("a file over its ceiling fails the run and names the budget", (t) => {
  const root = tree({ page: 7_000 });
  t.after(() => rmSync(root, { recursive: true }));
  const run = check(root, within);
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /size app_page +gzip +7\.\d KB \(ceiling 6\.0 KB: FAILED, over by 1\.\d KB\)/);
  assert.match(run.stdout, /size app_worker .*: ok\)/);
});

test("a budgeted file that is not built fails the run", (t) => {
  const root = tree({ npm: 0 });
  t.after(() => rmSync(root, { recursive: true }));
  const run = check(root, within);
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /size npm_package: FAILED, not built/);
});

test("a budget for a file the script does not know fails the run", (t) => {
  const root = tree();
  t.after(() => rmSync(root, { recursive: true }));
  const run = check(root, within + "app_typo = 1.0\n");
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /size app_typo: FAILED, no such file/);
});
