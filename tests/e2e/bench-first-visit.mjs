// Browser benchmark (run once by the test command): a first visit to the sign-in page with an
// empty cache, and a second visit, over an emulated 10 Mbit/s link with 40 ms latency in
// headless Chromium (issue #28, docs/performance.md). It reports
// - the bytes each visit transfers (from the DevTools protocol: bodies as sent, compressed, and
//   headers), the first against budgets.toml's `first_visit_kb` ceiling, which fails the run like
//   every size, and the second against its target of 10 KB;
// - the time from navigation to the sign-in page being usable (the demo's people to sign in as,
//   on the page scripts/run.sh serves), target 0.8 s: reported, not failed on (the machines are
//   noisy);
// - whether index.html's shell was painted before the page's wasm had arrived.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";
import { launchBrowser, root, startServer } from "./server.mjs";

const LINK = { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 };
const budgets = parse(readFileSync(join(root, "budgets.toml"), "utf8"));
const ceiling = budgets.transfer_kb.first_visit;

// One visit in `page`: bytes on the wire and the moments that matter.
async function visit(page, url) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", LINK);
  let bytes = 0;
  const files = new Map();
  cdp.on("Network.responseReceived", (event) => files.set(event.requestId, event.response.url));
  cdp.on("Network.loadingFinished", (event) => {
    bytes += event.encodedDataLength;
    const name = (files.get(event.requestId) ?? "?").split("/").pop() || "index";
    files.set(event.requestId, `${name} ${event.encodedDataLength} B`);
  });
  await page.goto(url, { waitUntil: "commit" });
  await page.getByRole("button", { name: /alice/i }).first().waitFor();
  const usable = await page.evaluate(() => performance.now());
  // What is still in flight (the demo's users) finishes before bytes are counted.
  await page.waitForLoadState("networkidle");
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity;
    const wasm = performance.getEntriesByType("resource").find((r) => r.name.includes("partner-merge-sign-in") && r.name.endsWith(".wasm"));
    return { paint, wasmArrived: wasm?.responseEnd ?? 0 };
  });
  await cdp.detach();
  return { bytes, usable, ...timing, files: [...files.values()].filter((f) => f.endsWith(" B")) };
}

const server = await startServer();
const browser = await launchBrowser();
let over = false;
try {
  const context = await browser.newContext();
  const first = await visit(await context.newPage(), `${server.origin}/`);
  const second = await visit(await context.newPage(), `${server.origin}/`);
  const kb = (b) => (b / 1000).toFixed(1);
  over = first.bytes / 1000 > ceiling;
  console.log("first visit to the sign-in page, empty cache, 10 Mbit/s and 40 ms:");
  console.log(`  ${first.files.join(", ")}`);
  console.log(`  shell painted at ${first.paint.toFixed(0)} ms, the page's wasm arrived at ${first.wasmArrived.toFixed(0)} ms`);
  console.log(`verdict: first visit transfers ${kb(first.bytes)} KB (ceiling ${ceiling} KB in budgets.toml: ${over ? "OVER" : "ok"}; target <= 450 KB: ${first.bytes <= 450_000 ? "ok" : "not met"})`);
  console.log(`verdict: first visit, sign-in usable after ${(first.usable / 1000).toFixed(2)} s (target <= 0.8 s: ${first.usable <= 800 ? "ok" : "not met"})`);
  console.log(`verdict: first visit paints index.html's shell before the wasm arrives: ${first.paint < first.wasmArrived ? "ok" : "NO"}`);
  console.log(`verdict: second visit transfers ${kb(second.bytes)} KB (target <= 10 KB: ${second.bytes <= 10_000 ? "ok" : "not met"}), sign-in usable after ${(second.usable / 1000).toFixed(2)} s`);
} finally {
  await browser.close();
  server.stop();
}
if (over) {
  console.error(`the first visit's transfer passed its ceiling (budgets.toml transfer_kb.first_visit = ${ceiling})`);
  process.exit(1);
}
