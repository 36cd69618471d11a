// The built package as outside developers consume it: `attw` (are the types wrong?) over the
// packed package, and a Vite site that installs it and plans E1 in headless Chromium, through
// the dev server and the production build, on Vite 8 and on Vite 7, with the configuration
// README.md tells a consumer to write.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium } from "playwright-core";

const root = new URL("../../../../", import.meta.url).pathname;
const pkg = join(root, "crates/merge-wasm/pkg");
const golden = readFileSync(join(root, "crates/merge-core/tests/golden/e1.fingerprint"), "utf8").trim();
let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});
after(() => browser?.close());

function attw(...args) {
  try {
    execFileSync(join(root, "node_modules/.bin/attw"), ["--pack", pkg, "--format", "ascii", ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (failed) {
    assert.fail(`attw ${args.join(" ")}:\n${failed.stdout}${failed.stderr}`);
  }
}

test("attw: every entry point's types are right for how it resolves", () => {
  // "." strictly (node10, node16 from CommonJS and ESM, bundlers); the .wasm export is an
  // asset for bundlers, not a module with types.
  attw("--exclude-entrypoints", "./web", "./web/partner_merge_bg.wasm");
  // partner-merge/web is for <script type="module"> pages: ES modules only, by design.
  attw("--entrypoints", "./web", "--profile", "esm-only");
});

/// A port free now (Vite 7 reads port 0 as "the default, 5173").
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/// A site that installed the package (a copy in its node_modules, as npm would put it) and
/// plans E1 on load, with the preview element beside the answer.
function site(name) {
  const dir = join(root, "target/vite-sites", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  cpSync(pkg, join(dir, "node_modules/partner-merge"), { recursive: true });
  for (const fixture of ["contoso.json", "fabricam.json"]) cpSync(join(root, "fixtures", fixture), join(dir, fixture));
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="en"><title>E1</title><link rel="icon" href="data:,">
<output id="fingerprint"></output><output id="locations"></output>
<partner-merge-preview as-of="2020-05-15"></partner-merge-preview>
<script type="module" src="/main.js"></script></html>`);
  writeFileSync(join(dir, "main.js"), `import { planMerge, definePreviewElement } from "partner-merge";
import contoso from "./contoso.json";
import fabricam from "./fabricam.json";

const plan = planMerge(contoso, fabricam, "2020-05-15");
document.querySelector("#locations").textContent = plan.result.locations.map((l) => l.mpn_id).join(" ");
definePreviewElement();
const preview = document.querySelector("partner-merge-preview");
preview.initiator = contoso;
preview.invitee = fabricam;
document.querySelector("#fingerprint").textContent = plan.fingerprint;
`);
  return dir;
}

async function plansE1(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector("#fingerprint").textContent !== "", null, { timeout: 20_000 })
    .catch(() => assert.fail(`no plan on ${url}: ${errors.join("; ")}`));
  assert.equal(await page.textContent("#fingerprint"), golden);
  assert.equal(await page.textContent("#locations"), "2222222 3333333 4444444 5555555");
  const drawn = await page.evaluate(() => document.querySelector("partner-merge-preview").shadowRoot.textContent);
  assert.match(drawn, /5555555/);
  assert.deepEqual(errors, []);
  await page.close();
}

for (const [label, module, plugins] of [
  ["Vite 8", "vite", async () => []],
  // Vite 7 cannot import a .wasm module (the bundler build's ESM integration) by itself.
  ["Vite 7", "vite7", async () => [(await import("vite-plugin-wasm")).default()]],
]) {
  test(`a ${label} site plans E1 with the package: dev server and production build`, async () => {
    const vite = await import(module);
    const dir = site(module);
    const config = {
      root: dir,
      configFile: false,
      logLevel: "error",
      plugins: await plugins(),
      // The dev server's dependency pre-bundling cannot carry the .wasm next to the JS.
      optimizeDeps: { exclude: ["partner-merge"] },
      server: { host: "127.0.0.1", port: await freePort() },
      preview: { host: "127.0.0.1", port: await freePort() },
    };
    const dev = await vite.createServer(config);
    try {
      await dev.listen();
      await plansE1(dev.resolvedUrls.local[0]);
    } finally {
      await dev.close();
    }
    await vite.build({ ...config, build: { outDir: join(dir, "dist") } });
    const preview = await vite.preview(config);
    try {
      await plansE1(preview.resolvedUrls.local[0]);
    } finally {
      await new Promise((resolve) => preview.httpServer.close(resolve));
    }
  });
}
