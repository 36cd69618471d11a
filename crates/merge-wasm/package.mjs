// Writes pkg/package.json: one package, three builds, chosen by the importer's environment.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const pkg = process.argv[2];
const cargo = readFileSync(new URL("./Cargo.toml", import.meta.url), "utf8");
const workspace = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
const field = (text, name) => text.match(new RegExp(`^${name} = "(.*)"$`, "m"))?.[1];

const manifest = {
  name: "partner-merge",
  version: field(workspace, "version"),
  description: field(cargo, "description"),
  license: field(workspace, "license"),
  types: "./bundler/partner_merge.d.ts",
  main: "./node/partner_merge.js",
  module: "./bundler/partner_merge.js",
  exports: {
    // Each build with its own types: node/ is CommonJS (its .d.ts read as CommonJS too), the
    // bundler build ES modules; one .d.ts for both made Node's types "masquerade as ESM".
    ".": {
      node: {
        types: "./node/partner_merge.d.ts",
        default: "./node/partner_merge.js",
      },
      default: {
        types: "./bundler/partner_merge.d.ts",
        default: "./bundler/partner_merge.js",
      },
    },
    "./web": {
      types: "./web/partner_merge.d.ts",
      default: "./web/partner_merge.js",
    },
    "./web/partner_merge_bg.wasm": "./web/partner_merge_bg.wasm",
    "./package.json": "./package.json",
  },
  files: ["web", "bundler", "node", "README.md"],
  sideEffects: ["./bundler/partner_merge.js", "./bundler/snippets/*"],
};
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
