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
  await page.getByRole("heading", { level: 1, name: "Contoso absorbs Fabricam", exact: true }).waitFor();
  await page.locator(".after .tree li").nth(4).waitFor();
  // A trial: no irreversible banners, and the status says so.
  assert.match(await page.locator(".as-of .badge").textContent(), /^Trial in your browser: nothing is applied$/);
  assert.ok(!(await page.locator("main").textContent()).includes("cannot be undone"), "no irreversible banner in a trial");
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
  // The plan is made in the browser: the only API calls are the header's, asking who is signed
  // in and how sign-in works here (demo mode shows the mailbox's link).
  const calls = requests.filter((path) => path.startsWith("/api/")).sort();
  assert.deepEqual(calls, ["/api/me", "/api/sign-in"], `API calls: ${requests}`);

  await page.getByLabel("Sample account").last().selectOption("Tailspin");
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.getByRole("heading", { level: 1, name: "Contoso absorbs Tailspin", exact: true }).waitFor();

  await page.getByLabel("Snapshot JSON").last().fill("{ not json");
  await page.getByRole("button", { name: "Preview the merge" }).click();
  assert.match(await page.getByRole("alert").first().textContent(), /^The invitee: the snapshot is not readable/);
});

// The all-clear is only for a merge where nothing is lost: an invitee with no bank profile, no
// account admins, no purchases or dates of its own.
test("a merge where nothing is lost says so first; one that loses something never does", async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}/sandbox`);
  const northwind = {
    company: "Northwind", global_mpn_id: "7777777", locations: [],
    tenants: [{ domain: "northwind.com", csp_accounts: [] }],
    users: [{ email: "nina@northwind.com", roles: [{ role: "referrals_admin" }] }],
    competencies: [], action_pack: null, advanced_specializations: [], sa_vouchers: [], mcp_ids: [],
    offers: [], co_sell: [], azure_expert_msp: null, benefit_tokens: [], bank_tax_profile: null,
  };
  await page.getByLabel("Snapshot JSON").last().fill(JSON.stringify(northwind));
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.getByRole("heading", { level: 1, name: "Contoso absorbs Northwind" }).waitFor();
  const first = page.locator("main .message-bar").first();
  assert.equal(await first.textContent(), "Nothing is lost: everything both companies hold is carried over.");
  assert.match(await first.getAttribute("class"), /success/);
  assert.equal(await page.locator("main .message-bar.warning").count(), 0);
  assert.deepEqual(await page.locator(".message-bar.stays li").allTextContents(), [
    "Tenant contoso.com stays Contoso's, with its own users and its CSP account CSP-CONTOSO-01: CSP customers move only by a transfer both partners approve.",
    "Tenant northwind.com stays Northwind's, with its own users.",
  ]);

  await page.getByLabel("Sample account").last().selectOption("Fabricam");
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.getByRole("heading", { level: 1, name: "Contoso absorbs Fabricam" }).waitFor();
  assert.equal(await page.locator(".all-clear").count(), 0);
  assert.match(await page.locator("main .message-bar").first().getAttribute("class"), /warning/);
  await page.close();
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
  await page.getByRole("heading", { level: 1, name: "Contoso absorbs Fabricam", exact: true }).waitFor();
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
