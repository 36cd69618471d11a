// Prints the raw, gzip and brotli size of what we ship as WebAssembly, against its target:
// the npm package's .wasm (the same file in web/, bundler/ and node/; target 150 KB gzipped)
// and the app's .wasm files in dist/, the page's and its planning worker's (target 350 KB
// gzipped each). docs/performance.md has the figures.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const root = new URL("../", import.meta.url);
const shipped = [
  ["npm package", "crates/merge-wasm/pkg/web/partner_merge_bg.wasm", 150_000],
  ...(existsSync(new URL("dist", root))
    ? readdirSync(new URL("dist", root))
        .filter((f) => f.endsWith(".wasm"))
        // The sandbox's planning worker is a file of its own, fetched beside the page.
        .map((f) => [f.startsWith("partner-merge-planner") ? "app worker" : "app", `dist/${f}`, 350_000])
    : []),
];
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
for (const [what, path, target] of shipped) {
  const file = new URL(path, root);
  if (!existsSync(file)) {
    console.log(`${what}: ${path} is not built`);
    continue;
  }
  const wasm = readFileSync(file);
  const gzip = gzipSync(wasm, { level: 9 }).length;
  const brotli = brotliCompressSync(wasm, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
  }).length;
  const verdict = gzip <= target ? "ok" : `OVER by ${kb(gzip - target)}`;
  console.log(`${what.padEnd(12)} raw ${kb(wasm.length).padStart(9)}  gzip ${kb(gzip).padStart(9)}  brotli ${kb(brotli).padStart(9)}  (target gzip <= ${kb(target)}: ${verdict})  ${path}`);
}
