// Browser benchmark (run by scripts/bench.sh): from data to a painted preview in the sandbox,
// for an invitee with 10,000 locations, read from performance marks in headless Chromium.
// Target: at most 50 ms (issue #12, docs/performance.md).
//
// Every round previews data the page has not shown yet (two invitees take turns), so every
// round builds the whole preview. Two figures: data to the first painted frame of the preview
// (large trees draw the rows in their window), and data to the merged tree's last row drawn
// after scrolling its window to the end (the last row reachable).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, root, startServer } from "./server.mjs";

const LOCATIONS = 10_000;
const ROUNDS = 7;

const invitee = (site) => {
  const snapshot = JSON.parse(readFileSync(join(root, "fixtures/fabricam.json"), "utf8"));
  for (let i = 0; i < LOCATIONS; i++) {
    snapshot.locations.push({ mpn_id: String(60_000_000 + i), name: `Fabricam ${site} ${i}`, country: "NL" });
  }
  return JSON.stringify(snapshot);
};

const server = await startServer();
const browser = await launchBrowser();
try {
  const invitees = [invitee("site"), invitee("office")];
  const page = await browser.newPage();
  await page.goto(`${server.origin}/sandbox`);
  const painted = [];
  const complete = [];
  const phases = [];
  let rows = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await page.getByLabel("Snapshot JSON").last().fill(invitees[round % 2]);
    await page.evaluate(() => performance.clearMeasures());
    await page.getByRole("button", { name: "Preview the merge" }).click();
    await page.waitForFunction(() => performance.getEntriesByName("merge:preview").length > 0);
    painted.push(await page.evaluate(() => performance.getEntriesByName("merge:preview")[0].duration));
    phases.push(await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name).at(-1).startTime;
      return [at("merge:planned") - at("merge:data"), at("merge:painted") - at("merge:planned")];
    }));
    const last = String(60_000_000 + LOCATIONS - 1);
    await page.evaluate(() => {
      const window = document.querySelector(".after .list-window");
      window.scrollTop = window.scrollHeight;
    });
    await page.locator(`.after .tree li[data-mpn="${last}"]`).waitFor();
    complete.push(await page.evaluate(() => performance.now() - performance.getEntriesByName("merge:data").at(-1).startTime));
    rows = Number(await page.locator(".after .tree li").first().getAttribute("aria-setsize"));
  }
  const summary = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    return { median, text: `median ${median.toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (first round ${times[0].toFixed(1)} ms)` };
  };
  const first = summary(painted);
  console.log(`preview of a ${LOCATIONS.toLocaleString("en")}-location invitee (${rows} locations after), ${ROUNDS} rounds of new data`);
  console.log(`  data to painted preview: ${first.text} (target <= 50 ms: ${first.median <= 50 ? "ok" : "OVER"})`);
  console.log(`    of which planning in wasm (read, validate, plan, fingerprint): ${summary(phases.map((p) => p[0])).text}`);
  console.log(`    of which rendering and painting the first frame: ${summary(phases.map((p) => p[1])).text}`);
  console.log(`  data to the merged tree's last row, scrolled to: ${summary(complete).text}`);
  console.log(`  rows in the DOM at the end: ${await page.locator(".tree li").count()}`);
} finally {
  await browser.close();
  server.stop();
}
