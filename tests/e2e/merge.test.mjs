// The E1 merge as alice and fiona, in real Chromium against the real API: invite, accept,
// preview computed in the browser, confirm by typing the company name; and the refusals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { invite, previewedE1, root, serverAndBrowser, signedIn } from "./server.mjs";

const session = serverAndBrowser();
mkdirSync(join(root, "target/e2e"), { recursive: true });

test("E1: alice invites Fabricam, fiona accepts, alice previews and confirms", async () => {
  const { alice } = await previewedE1(session);
  await alice.locator(".after .tree li").nth(4).waitFor();
  assert.deepEqual(
    await alice.locator(".after .tree li").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["1111111", "2222222", "3333333", "4444444", "5555555"],
  );
  assert.deepEqual(
    await alice.locator(".after .moved").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["4444444", "5555555"],
  );
  assert.equal(await alice.locator(".after .demoted").getAttribute("data-mpn"), "3333333");
  assert.match(await alice.locator(".fingerprint").textContent(), /the server's plan is the same/);
  assert.match(await alice.locator(".warning").first().textContent(), /cannot be undone/);
  // The demo companies are dated from today: the summary finds nothing lapsed.
  assert.deepEqual(
    await alice.locator(".at-a-glance tbody tr").evaluateAll((rows) => rows.map((r) => r.innerText.split("\t"))),
    [["Locations (with the PGA)", "2", "3", "5"], ["Tenants", "1", "1", "2"], ["Users", "2", "3", "5"], ["Competencies", "1", "2", "3"]],
  );
  assert.equal(await alice.locator(".attention").textContent(), "Nothing has expired or lapsed.");
  await alice.screenshot({ path: join(root, "target/e2e/preview-e1.png"), fullPage: true });
  // At a phone's 360 px nothing is wider than the screen.
  await alice.setViewportSize({ width: 360, height: 740 });
  assert.ok(await alice.evaluate(() => document.documentElement.scrollWidth <= 360), "no sideways scrolling at 360 px");
  await alice.screenshot({ path: join(root, "target/e2e/preview-e1-360.png"), fullPage: true });
  await alice.setViewportSize({ width: 1280, height: 800 });

  const opener = alice.getByRole("button", { name: "Confirm merge…" });
  await opener.click();
  const dialog = alice.getByRole("dialog", { name: "This cannot be undone" });
  assert.equal(await alice.evaluate(() => document.activeElement.id), "confirm-company");
  assert.ok(await alice.locator("dialog").evaluate((d) => d.matches(":modal")), "a modal dialog");
  // Escape closes it and focus returns to the button; opened again, it asks again.
  await alice.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await alice.evaluate(() => document.activeElement.textContent), "Confirm merge…");
  await opener.click();
  const merge = dialog.getByRole("button", { name: "Merge now" });
  assert.ok(await merge.isDisabled());
  await dialog.getByLabel("Type Contoso to confirm").fill("Contoso");
  await merge.click();

  // The success view: the merged account, the history entry, the checklist; no confirm button.
  await alice.getByRole("status").filter({ hasText: "The merge is complete" }).waitFor();
  const merged = alice.getByRole("heading", { level: 1, name: "Contoso absorbed Fabricam" });
  assert.ok(await merged.evaluate((h) => h === document.activeElement), "the news has focus");
  assert.equal(await opener.count(), 0);
  assert.match(await alice.locator(".history-entry").textContent(), /Fabricam \(3333333\) is now a location of Contoso \(1111111\)/);
  assert.equal(await alice.locator(".checklist li").count(), 4);
  assert.deepEqual(
    await alice.locator(".merged .tree li").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["1111111", "2222222", "3333333", "4444444", "5555555"],
  );
  await alice.screenshot({ path: join(root, "target/e2e/merged-e1.png"), fullPage: true });

  await alice.getByRole("link", { name: "History", exact: true }).click();
  await alice.locator("tr.event").nth(2).waitFor();
  assert.deepEqual(
    await alice.locator("tr.event").evaluateAll((rows) => rows.map((r) => r.dataset.event)),
    ["completed", "accepted", "sent"],
  );
  // Local and relative times, the exact one on hover.
  const when = alice.locator("tr.event time").first();
  assert.match(await when.textContent(), /now|seconds? ago|minutes? ago/);
  assert.equal(new Date(await when.getAttribute("datetime")).getFullYear(), new Date().getFullYear());
  assert.ok((await when.getAttribute("title")).length > 0);
  await alice.getByRole("link", { name: "Account", exact: true }).click();
  await alice.locator(".tree li").nth(4).waitFor();
  assert.deepEqual(
    await alice.locator(".tree li").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["1111111", "2222222", "3333333", "4444444", "5555555"],
  );
});

test("a location ID is refused next to the field, naming the global ID to use", async () => {
  const tom = await signedIn(session, "tom@tailspin.com");
  await tom.getByRole("link", { name: "Account merge" }).click();
  const field = tom.getByLabel("Invite a company by its global MPN ID");
  await field.fill("88");
  assert.match(await tom.locator("#invite-hint").textContent(), /6 to 10 digits/);
  await invite(tom, "2222222");
  const error = tom.locator("#invite-error");
  await error.filter({ hasText: "location" }).waitFor();
  assert.equal(await error.textContent(), "2222222 is a location of Contoso; use its global MPN ID 1111111");
  await tom.screenshot({ path: join(root, "target/e2e/location-id.png"), fullPage: true });
});
