// Measures what we ship as WebAssembly (raw, gzip, brotli) and fails when a gzip size passes
// its ceiling in budgets.toml: the app's page, its planning worker and the start page (dist/) and the npm
// package (crates/merge-wasm/pkg). A budget whose file is not built fails too, so a renamed
// output cannot skip its check. Exit: 0 all within, 1 a ceiling passed or a file missing.
//
//   node scripts/check-sizes.mjs [--root DIR] [--budgets FILE]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { parse } from "smol-toml";

const { values } = parseArgs({
  options: {
    root: { type: "string", default: new URL("../", import.meta.url).pathname },
    budgets: { type: "string" },
  },
});
const root = values.root;
const budgets = parse(readFileSync(values.budgets ?? join(root, "budgets.toml"), "utf8"));

// Each budget's file: the app's files carry Trunk's content hash in their names.
const inDist = (prefix) => () => {
  const dist = join(root, "dist");
  const found = existsSync(dist) ? readdirSync(dist).filter((f) => f.startsWith(prefix) && f.endsWith(".wasm")) : [];
  return found.length === 1 ? join(dist, found[0]) : null;
};
const files = {
  app_page: inDist("partner-merge-app"),
  app_worker: inDist("partner-merge-planner"),
  app_sign_in: inDist("partner-merge-sign-in"),
  npm_package: () => join(root, "crates/merge-wasm/pkg/web/partner_merge_bg.wasm"),
};

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
let failed = 0;
for (const [name, ceiling] of Object.entries(budgets.wasm_gzip_kb ?? {})) {
  const locate = files[name];
  const path = locate?.();
  if (!path || !existsSync(path)) {
    console.log(`verdict: size ${name}: FAILED, ${locate ? "not built" : "no such file is known to scripts/check-sizes.mjs"}`);
    failed++;
    continue;
  }
  const wasm = readFileSync(path);
  const gzip = gzipSync(wasm, { level: 9 }).length;
  const brotli = brotliCompressSync(wasm, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
  }).length;
  const over = gzip > ceiling * 1000;
  if (over) failed++;
  console.log(
    `verdict: size ${name.padEnd(11)} gzip ${kb(gzip).padStart(9)} (ceiling ${kb(ceiling * 1000)}: ${over ? `FAILED, over by ${kb(gzip - ceiling * 1000)}` : "ok"})` +
      `  raw ${kb(wasm.length)}, brotli ${kb(brotli)}  ${path.slice(root.length)}`,
  );
}
if (failed > 0) {
  console.log(`${failed} size budget(s) failed: shrink what grew, or raise its ceiling in budgets.toml with the reason in the issue's note.`);
  process.exit(1);
}
