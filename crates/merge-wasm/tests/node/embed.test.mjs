// examples/embed.html from a static file server, in Debian's Chromium driven by Playwright.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const root = new URL("../../../../", import.meta.url).pathname;
const types = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm" };
let server;
let browser;
let origin;

before(async () => {
  server = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, "http://x").pathname)));
    if (!path.startsWith(root)) return response.writeHead(403).end();
    try {
      const body = await readFile(path);
      response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("embed.html renders the E1 preview from a static server", async () => {
  const page = await browser.newPage();
  const failures = [];
  page.on("pageerror", (error) => failures.push(error.message));
  await page.goto(`${origin}/crates/merge-wasm/examples/embed.html`);
  await page.waitForSelector("body[data-ready=true]");
  const preview = page.locator("partner-merge-preview");
  // Playwright's locators pierce the open shadow root.
  assert.deepEqual(
    await preview.locator(".after .location").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["2222222", "3333333", "4444444", "5555555"],
  );
  assert.equal(await preview.locator(".after .demoted .note").textContent(), "was Fabricam's PGA");
  assert.match(await preview.locator(".warning").first().textContent(), /cannot be undone/);
  const golden = (await readFile(join(root, "crates/merge-core/tests/golden/e1.fingerprint"), "utf8")).trim();
  assert.equal(await preview.locator(".fingerprint code").textContent(), golden);

  // init again, from the page, is harmless.
  const again = await page.evaluate(async () => {
    const engine = await import("../pkg/web/partner_merge.js");
    await engine.default();
    return engine.engineVersion();
  });
  assert.match(again, /^\d+\.\d+\.\d+$/);
  await page.screenshot({ path: join(root, "target/embed-preview.png"), fullPage: true });
  assert.deepEqual(failures, []);
  await page.close();
});
