// Browser benchmark (run by scripts/bench.sh): from data to a painted preview in the sandbox,
// read from performance marks in headless Chromium (issue #12, docs/performance.md):
// - an invitee with 10,000 locations (0.7 MB, pasted): target at most 50 ms;
// - an invitee with 10,000 locations and 100,000 users (11 MB, uploaded): planned in the worker, the page never
//   blocked (no main-thread task over 50 ms, from a `longtask` PerformanceObserver), painted
//   in at most 400 ms.
//
// Every round previews data the page has not shown yet (two invitees take turns), so every
// round builds the whole preview. Two figures: data to the first painted frame of the preview
// (large trees draw the rows in their window), and data to the merged tree's last row drawn
// after scrolling its window to the end (the last row reachable).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, root, startServer } from "./server.mjs";

const LOCATIONS = 10_000;
const USERS = 100_000;
const ROUNDS = 7;

// Users with an account-wide role, or a role scoped to one of the new locations (R5).
const invitee = (site, users = 0) => {
  const snapshot = JSON.parse(readFileSync(join(root, "fixtures/fabricam.json"), "utf8"));
  for (let i = 0; i < LOCATIONS; i++) {
    snapshot.locations.push({ mpn_id: String(60_000_000 + i), name: `Fabricam ${site} ${i}`, country: "NL" });
  }
  for (let i = 0; i < users; i++) {
    const role = i % 3 === 0
      ? { role: "incentives_user" }
      : { role: "referrals_admin", location: String(60_000_000 + (i % LOCATIONS)) };
    snapshot.users.push({ email: `${site}.user${i}@fabricam.com`, roles: [role] });
  }
  return JSON.stringify(snapshot);
};

const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { median, text: `median ${median.toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (first round ${times[0].toFixed(1)} ms)` };
};

// One round: new data in the invitee's field, "Preview the merge", until the preview is
// painted; then the merged tree scrolled to its end until its last row is drawn. Data over
// 1 MiB is uploaded as a file, as a reader would bring it (the sandbox keeps it as a file and
// plans it in the worker); smaller data is pasted and planned on the page.
async function round(page, data, name) {
  if (data.length > 1024 * 1024) {
    const buffer = Buffer.from(data);
    await page.getByLabel("Or upload").last().setInputFiles({ name, mimeType: "application/json", buffer });
    await page.getByText(`${name}, `).waitFor();
  } else {
    await page.getByLabel("Snapshot JSON").last().fill(data);
  }
  await page.evaluate(() => {
    performance.clearMeasures();
    // Main-thread tasks over 50 ms from the click on.
    window.longTasks = [];
    window.longTaskObserver?.disconnect();
    window.longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
    });
    window.longTaskObserver.observe({ type: "longtask" });
  });
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.waitForFunction(() => performance.getEntriesByName("merge:preview").length > 0, null, { timeout: 60_000 });
  const painted = await page.evaluate(() => performance.getEntriesByName("merge:preview")[0].duration);
  const phases = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name).at(-1).startTime;
    return [at("merge:planned") - at("merge:data"), at("merge:painted") - at("merge:planned")];
  });
  const last = String(60_000_000 + LOCATIONS - 1);
  await page.evaluate(() => {
    const window = document.querySelector(".after .list-window");
    window.scrollTop = window.scrollHeight;
  });
  await page.locator(`.after .tree li[data-mpn="${last}"]`).waitFor();
  const complete = await page.evaluate(() => performance.now() - performance.getEntriesByName("merge:data").at(-1).startTime);
  // Tasks are reported once they end: wait a frame for the last ones.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  const longTasks = await page.evaluate(() => window.longTasks);
  const rows = Number(await page.locator(".after .tree li").first().getAttribute("aria-setsize"));
  return { painted, phases, complete, longTasks, rows };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/sandbox`);
  for (const users of [0, USERS]) {
    // Every round previews data the page has not shown yet (two invitees take turns), so
    // every round builds the whole preview.
    const invitees = [invitee("site", users), invitee("office", users)];
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await round(page, invitees[i % 2], `invitee-${i}.json`));
    const painted = summary(rounds.map((r) => r.painted));
    const target = users ? 400 : 50;
    const people = users ? ` and ${users.toLocaleString("en")} users` : "";
    console.log(`preview of an invitee with ${LOCATIONS.toLocaleString("en")} locations${people} (${rounds[0].rows} locations after), ${ROUNDS} rounds of new data`);
    console.log(`  data to painted preview: ${painted.text} (target <= ${target} ms: ${painted.median <= target ? "ok" : "OVER"})`);
    console.log(`    of which planning (in the worker: and receiving the plan): ${summary(rounds.map((r) => r.phases[0])).text}`);
    console.log(`    of which rendering and painting the first frame: ${summary(rounds.map((r) => r.phases[1])).text}`);
    console.log(`  data to the merged tree's last row, scrolled to: ${summary(rounds.map((r) => r.complete)).text}`);
    const long = rounds.flatMap((r) => r.longTasks);
    const longest = long.length ? Math.max(...long).toFixed(1) : "-";
    console.log(`  main-thread tasks over 50 ms from the click on: ${long.length} in ${ROUNDS} rounds, longest ${longest} ms (target: none)`);
    console.log(`verdict: sandbox data to painted preview, ${LOCATIONS.toLocaleString("en")} locations${people}, median ${painted.median.toFixed(1)} ms (target <= ${target} ms: ${painted.median <= target ? "ok" : "OVER"})`);
    if (users) console.log(`verdict: sandbox main-thread tasks over 50 ms with ${users.toLocaleString("en")} users: ${long.length} in ${ROUNDS} rounds (target: none: ${long.length ? "OVER" : "ok"})`);
    console.log(`  rows in the DOM at the end: ${await page.locator(".tree li").count()}`);
  }
} finally {
  await browser.close();
  server.stop();
}
