// Browser benchmark (run by scripts/bench.sh): from data to a painted preview in the sandbox,
// for an invitee with 10,000 locations, read from performance marks in headless Chromium.
// Target: at most 100 ms (docs/performance.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, root, startServer } from "./server.mjs";

const server = await startServer();
const browser = await launchBrowser();
try {
  const invitee = JSON.parse(readFileSync(join(root, "fixtures/fabricam.json"), "utf8"));
  for (let i = 0; i < 10_000; i++) {
    invitee.locations.push({ mpn_id: String(60_000_000 + i), name: `Fabricam site ${i}`, country: "NL" });
  }
  const page = await browser.newPage();
  await page.goto(`${server.origin}/sandbox`);
  await page.getByLabel("Snapshot JSON").last().fill(JSON.stringify(invitee));
  const times = [];
  for (let round = 0; round < 7; round++) {
    await page.evaluate(() => performance.clearMeasures());
    await page.getByRole("button", { name: "Preview the merge" }).click();
    await page.waitForFunction(() => performance.getEntriesByName("merge:preview").length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName("merge:preview")[0].duration));
  }
  const rendered = await page.locator(".after .tree li").count();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`preview of a 10,000-location invitee (${rendered} locations after), data to painted: median ${median.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms (target <= 100 ms: ${median <= 100 ? "ok" : "OVER"})`);
} finally {
  await browser.close();
  server.stop();
}
