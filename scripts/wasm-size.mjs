// Prints the raw, gzip and brotli size of the package's shipped .wasm (the same file in web/,
// bundler/ and node/). Target: at most 80 KB gzipped (docs/performance.md).
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const path = new URL("../crates/merge-wasm/pkg/web/partner_merge_bg.wasm", import.meta.url);
const wasm = readFileSync(path);
const gzip = gzipSync(wasm, { level: 9 }).length;
const brotli = brotliCompressSync(wasm, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
}).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(`partner_merge_bg.wasm  raw ${wasm.length} B (${kb(wasm.length)})  gzip ${gzip} B (${kb(gzip)})  brotli ${brotli} B (${kb(brotli)})`);
console.log(`target: gzip <= 80 KB: ${gzip <= 80_000 ? "ok" : `OVER by ${kb(gzip - 80_000)}`}`);
