// The E1 merge as alice and fiona, in real Chromium against the real API: invite, accept,
// preview computed in the browser, confirm by typing the company name; and the refusals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { acknowledgeRights, invite, previewedE1, root, serverAndBrowser, signedIn } from "./server.mjs";

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
  // The consent trail: who invited, who accepted, when.
  assert.match(await alice.locator(".consent-line").textContent(), /^Invited by alice@contoso\.com on .+, accepted by fiona@fabricam\.com on .+/);
  // The first message is what is lost: Fabricam's bank profile, then the Action Pack date that
  // moves; no all-clear while anything is lost.
  const first = alice.locator("main .message-bar").first();
  assert.match(await first.getAttribute("class"), /warning/);
  const lost = await first.locator("li").allTextContents();
  assert.match(lost[0], /^Fabricam's bank and tax profile \(account ending 1881\) is not carried over: payouts go to Contoso's profile\.$/);
  assert.ok(lost.some((l) => /^Contoso's Action Pack anniversary moves from \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}\.$/.test(l)), lost.join("\n"));
  assert.equal(await alice.locator(".all-clear").count(), 0);
  // Every change is marked, and a legend says what the marks mean.
  assert.equal(await alice.locator("#changes ~ ul.marked li .tag").count(), await alice.locator("#changes ~ ul.marked li").count());
  assert.deepEqual(await alice.locator(".legend .tag").allTextContents(), ["Added", "Moved", "Kept", "Changed", "Not merged"]);
  assert.deepEqual(
    await alice.locator(".at-a-glance tbody tr").evaluateAll((rows) => rows.map((r) => r.innerText.split("\t"))),
    // A merger is planned in format 2, which counts today's program too (none in E1).
    [["Locations (with the PGA)", "2", "3", "5"], ["Tenants", "1", "1", "2"], ["Users", "2", "3", "5"], ["Competencies", "1", "2", "3"],
      ["Solution areas with a designation", "0", "0", "0"], ["Specializations", "0", "0", "0"]],
  );
  await alice.screenshot({ path: join(root, "target/e2e/preview-e1.png"), fullPage: true });
  // At a phone's 360 px nothing is wider than the screen.
  await alice.setViewportSize({ width: 360, height: 740 });
  assert.ok(await alice.evaluate(() => document.documentElement.scrollWidth <= 360), "no sideways scrolling at 360 px");
  await alice.screenshot({ path: join(root, "target/e2e/preview-e1-360.png"), fullPage: true });
  await alice.setViewportSize({ width: 1280, height: 800 });

  // Confirm is in reach without scrolling: the action bar sticks to the window's foot.
  const opener = alice.getByRole("button", { name: "Confirm merge…" });
  assert.ok(await opener.evaluate((b) => b.getBoundingClientRect().bottom <= window.innerHeight), "confirm in view");
  await opener.click();
  const dialog = alice.getByRole("dialog", { name: "Merge Fabricam into Contoso?" });
  assert.equal(await alice.evaluate(() => document.activeElement.id), "confirm-company");
  assert.ok(await alice.locator("dialog").evaluate((d) => d.matches(":modal")), "a modal dialog");
  // It restates what is lost and the acceptance, and asks for the absorbed company's name.
  assert.match(await dialog.textContent(), /This cannot be undone: Fabricam \(3333333\) becomes a location of Contoso \(1111111\)\./);
  assert.match(await dialog.locator("ul.lost li").first().textContent(), /^Fabricam's bank and tax profile/);
  assert.match(await dialog.locator(".acceptance").textContent(), /^fiona@fabricam\.com accepted for Fabricam on .+\.$/);
  // Escape closes it and focus returns to the button; opened again, it asks again.
  await alice.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await alice.evaluate(() => document.activeElement.textContent), "Confirm merge…");
  await opener.click();
  const merge = dialog.getByRole("button", { name: "Merge now" });
  assert.ok(await merge.isDisabled());
  await dialog.getByLabel("Type Fabricam to confirm").fill("Contoso");
  assert.ok(await merge.isDisabled(), "one's own company's name does not confirm");
  await dialog.getByLabel("Type Fabricam to confirm").fill("Fabricam");
  assert.ok(await merge.isDisabled(), "held until who gains which rights is acknowledged");
  await acknowledgeRights(dialog);
  await merge.click();

  // The success view: the merged account, the history entry, the checklist, the report.
  await alice.getByRole("status").filter({ hasText: "The merge is complete" }).waitFor();
  const merged = alice.getByRole("heading", { level: 1, name: "Contoso absorbed Fabricam" });
  assert.ok(await merged.evaluate((h) => h === document.activeElement), "the news has focus");
  assert.equal(await opener.count(), 0);
  assert.match(await alice.locator(".history-entry").textContent(), /Fabricam \(3333333\) is now a location of Contoso \(1111111\)/);
  // The time says its zone.
  assert.match(await alice.locator(".history-entry").textContent(), /Completed \d{1,2} \w+ \d{4}.*\d{2}:\d{2}.*(UTC|GMT)/);
  // A merger is planned in format 2, whose checklist adds what Partner Center leaves outside
  // the merge: CSP customers, CSP tenants, linking the absorbed tenant (R24).
  assert.equal(await alice.locator(".checklist li").count(), 7);
  assert.match(await alice.locator(".checklist li").nth(3).textContent(), /^CSP customers do not move with the merge/);
  assert.deepEqual(
    await alice.locator(".merged .tree li").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["1111111", "2222222", "3333333", "4444444", "5555555"],
  );
  await alice.screenshot({ path: join(root, "target/e2e/merged-e1.png"), fullPage: true });

  await alice.getByRole("link", { name: "Open the report of the applied merge" }).click();
  const report = alice.locator(".report.on-screen");
  await report.waitFor();
  assert.match(await report.locator(".report-status").textContent(), /^Status: applied on /);
  assert.deepEqual((await report.locator(".consent li").allTextContents()).map((l) => l.replace(/ on .*/, "")), [
    "Invited by alice@contoso.com",
    "Accepted by fiona@fabricam.com",
    "Confirmed by alice@contoso.com",
  ]);

  await alice.getByRole("link", { name: "History", exact: true }).click();
  await alice.locator(".history .event").nth(2).waitFor();
  assert.deepEqual(
    await alice.locator(".history .event").evaluateAll((rows) => rows.map((r) => r.dataset.event)),
    ["completed", "accepted", "sent"],
  );
  assert.deepEqual(await alice.locator(".history .sentence").allTextContents(), [
    "Contoso absorbed Fabricam",
    "Fabricam accepted the invitation of Contoso",
    "Contoso invited Fabricam to merge accounts",
  ]);
  assert.equal(await alice.locator(".history .event").first().getByRole("link", { name: "Report" }).count(), 1);
  // The moment in the reader's time zone, written out, and how long ago.
  const when = alice.locator(".history time").first();
  assert.match(await when.textContent(), /^\d{1,2} \w+ \d{4}.* \d{2}:\d{2} (UTC|GMT)/);
  assert.match(await alice.locator(".history .meta").first().textContent(), /\((now|\d+ seconds? ago|\d+ minutes? ago)\)/);
  assert.equal(new Date(await when.getAttribute("datetime")).getFullYear(), new Date().getFullYear());
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
  const field = tom.getByLabel("Invite a company by its global Partner ID (MPN ID)");
  await field.fill("88");
  assert.match(await tom.locator("#invite-hint").textContent(), /6 to 10 digits/);
  await invite(tom, "2222222");
  const error = tom.locator("#invite-error");
  await error.filter({ hasText: "location" }).waitFor();
  assert.equal(await error.textContent(), "2222222 is a location of Contoso; use its global Partner ID 1111111");
  await tom.screenshot({ path: join(root, "target/e2e/location-id.png"), fullPage: true });
});
