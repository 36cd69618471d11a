// The sandbox, signed out: samples in, the same preview, and the plan to download; the plan is
// the golden E1 plan, byte for byte, made in the browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root, serverAndBrowser } from "./server.mjs";

const session = serverAndBrowser();

test("the sandbox previews the samples and offers the golden E1 plan", async () => {
  const page = await session.browser.newPage();
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${session.server.origin}/sandbox`);
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.getByRole("heading", { name: "Preview: Contoso absorbs Fabricam" }).waitFor();
  await page.locator(".after .tree li").nth(4).waitFor();
  assert.deepEqual(
    await page.locator(".after .tree li").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["1111111", "2222222", "3333333", "4444444", "5555555"],
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the plan (JSON)" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "merge-plan.json");
  const json = readFileSync(await download.path(), "utf8");
  const golden = readFileSync(join(root, "crates/merge-core/tests/golden/e1.plan.json"), "utf8").trim();
  assert.equal(json, golden);
  await page.screenshot({ path: join(root, "target/e2e/sandbox.png"), fullPage: true });
  // The plan is made in the browser: the only API call is the header asking who is signed in.
  const calls = requests.filter((path) => path.startsWith("/api/"));
  assert.deepEqual(calls, ["/api/me"], `API calls: ${requests}`);

  await page.getByLabel("Sample").last().selectOption("Tailspin");
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.getByRole("heading", { name: "Preview: Contoso absorbs Tailspin" }).waitFor();

  await page.getByLabel("Snapshot JSON").last().fill("{ not json");
  await page.getByRole("button", { name: "Preview the merge" }).click();
  assert.match(await page.getByRole("alert").first().textContent(), /^The invitee: the snapshot is not readable/);
});

// Over 1 MiB, a file is kept as a file and planned in the worker; the page shows its name and
// the plan's progress as the users arrive in parts.
test("a large uploaded invitee is planned in the worker, with progress, and comes out whole", async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}/sandbox`);
  const LOCATIONS = 3_000;
  const USERS = 20_000;
  const snapshot = JSON.parse(readFileSync(join(root, "fixtures/fabricam.json"), "utf8"));
  for (let i = 0; i < LOCATIONS; i++) {
    snapshot.locations.push({ mpn_id: String(60_000_000 + i), name: `Fabricam site ${i}`, country: "NL" });
  }
  for (let i = 0; i < USERS; i++) {
    snapshot.users.push({ email: `user${i}@fabricam.com`, roles: [{ role: "incentives_user" }] });
  }
  const buffer = Buffer.from(JSON.stringify(snapshot));
  assert.ok(buffer.length > 1024 * 1024, `${buffer.length} bytes`);
  await page.getByLabel("Or upload").last().setInputFiles({ name: "fabricam-large.json", mimeType: "application/json", buffer });
  const kilobytes = Math.ceil(buffer.length / 1024).toLocaleString("en");
  await page.getByText(`fabricam-large.json, ${kilobytes} KB: too large to show here`).waitFor();
  assert.equal(await page.getByLabel("Snapshot JSON").last().isVisible(), false, "the file is not put in the text area");

  // Every progress text the page shows, from the click on.
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const shown = document.querySelector(".planning span")?.textContent;
      if (shown && shown !== window.progressSeen.at(-1)) window.progressSeen.push(shown);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.getByRole("heading", { name: "Preview: Contoso absorbs Fabricam" }).waitFor();
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.some((text) => /^Receiving the plan: [\d,]+ of [\d,]+ users$/.test(text)), `progress shown: ${seen}`);

  // The merged account has every location and user: the last row is reachable with the filter.
  const last = String(60_000_000 + LOCATIONS - 1);
  assert.equal(
    Number(await page.locator(".after .tree li").first().getAttribute("aria-setsize")),
    5 + LOCATIONS,
  );
  await page.locator(".after").getByRole("searchbox").fill(last);
  await page.locator(`.after .tree li[data-mpn="${last}"]`).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the plan (JSON)" }).click(),
  ]);
  const plan = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(plan.result.locations.length + 1, 5 + LOCATIONS, "the merged account's locations");
  assert.ok(plan.result.users.length >= USERS, `${plan.result.users.length} users after`);

  // The file can still be read as text.
  await page.getByRole("button", { name: "Show as text" }).click();
  await page.getByLabel("Snapshot JSON").last().waitFor();
  assert.equal((await page.getByLabel("Snapshot JSON").last().inputValue()).length, buffer.length);
  await page.close();
});
