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
  await alice.screenshot({ path: join(root, "target/e2e/preview-e1.png"), fullPage: true });

  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  const dialog = alice.getByRole("dialog", { name: "This cannot be undone" });
  assert.equal(await alice.evaluate(() => document.activeElement.id), "confirm-company");
  const merge = dialog.getByRole("button", { name: "Merge now" });
  assert.ok(await merge.isDisabled());
  await dialog.getByLabel("Type Contoso to confirm").fill("Contoso");
  await merge.click();
  await alice.getByRole("status").filter({ hasText: "The merge is complete" }).waitFor();

  await alice.getByRole("link", { name: "History" }).click();
  await alice.locator("tr.event").nth(2).waitFor();
  assert.deepEqual(
    await alice.locator("tr.event").evaluateAll((rows) => rows.map((r) => r.dataset.event)),
    ["completed", "accepted", "sent"],
  );
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
