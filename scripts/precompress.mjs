// Writes brotli (.br) and gzip (.gz) copies of the app's files in dist/, which the server sends
// by the browser's Accept-Encoding (tower-http's precompressed ServeDir): compressed once at
// build time at the highest levels, never per request.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const compressible = /\.(wasm|js|css|html|svg|json)$/;
for (const name of readdirSync(dist).filter((f) => compressible.test(f))) {
  const path = join(dist, name);
  const bytes = readFileSync(path);
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  console.log(`precompressed ${name}: ${bytes.length} B, brotli ${brotli.length} B`);
}
