// A stale preview refused and explained, and a rejection whose reason the initiator sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { invite, previewedE1, root, serverAndBrowser, signedIn } from "./server.mjs";

const session = serverAndBrowser();

test("a preview made stale by a change to the invitee is refused, explained, and reviewed again", async () => {
  const { alice, fiona } = await previewedE1(session);
  const shown = await alice.locator(".fingerprint code").textContent();

  // Meanwhile Fabricam's admin changes a role: Fabricam's account is no longer what was shown.
  const changed = await fiona.request.put(`${session.server.origin}/api/users/frank@fabricam.com/roles`, {
    data: { roles: [{ role: "incentives_admin", location: "5555555" }] },
  });
  assert.equal(changed.status(), 200);

  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  const dialog = alice.getByRole("dialog", { name: "This cannot be undone" });
  await dialog.getByLabel("Type Contoso to confirm").fill("Contoso");
  await dialog.getByRole("button", { name: "Merge now" }).click();
  const alert = dialog.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /changed since that preview/);
  mkdirSync(join(root, "target/e2e"), { recursive: true });
  await alice.screenshot({ path: join(root, "target/e2e/preview-stale.png"), fullPage: true });
  assert.deepEqual(await alert.locator(".differences li").allTextContents(), [
    "frank@fabricam.com's roles changed from incentives_admin of 4444444 to incentives_admin of 5555555",
  ]);

  await alert.getByRole("button", { name: "Review the new preview" }).click();
  await alice.waitForFunction((old) => document.querySelector(".fingerprint code")?.textContent !== old, shown);

  // Stale once more, read in Dutch: the API writes the differences in the language on screen.
  const reviewed = await alice.locator(".fingerprint code").textContent();
  const back = await fiona.request.put(`${session.server.origin}/api/users/frank@fabricam.com/roles`, {
    data: { roles: [{ role: "incentives_admin", location: "4444444" }] },
  });
  assert.equal(back.status(), 200);
  await alice.getByLabel("Language").selectOption("nl");
  await alice.getByRole("button", { name: "Samenvoeging bevestigen…" }).click();
  const dutchDialog = alice.getByRole("dialog", { name: "Dit kan niet ongedaan worden gemaakt" });
  await dutchDialog.getByLabel("Typ Contoso om te bevestigen").fill("Contoso");
  await dutchDialog.getByRole("button", { name: "Nu samenvoegen" }).click();
  const dutchAlert = dutchDialog.getByRole("alert");
  await dutchAlert.waitFor();
  assert.match(await dutchAlert.textContent(), /gewijzigd sinds dit voorbeeld/);
  assert.deepEqual(await dutchAlert.locator(".differences li").allTextContents(), [
    "de rollen van frank@fabricam.com: was Beheerder incentives van 5555555, nu Beheerder incentives van 4444444",
  ]);
  await dutchAlert.getByRole("button", { name: "Bekijk het nieuwe voorbeeld" }).click();
  await alice.waitForFunction((old) => document.querySelector(".fingerprint code")?.textContent !== old, reviewed);
  await alice.getByRole("button", { name: "Samenvoeging bevestigen…" }).click();
  await dutchDialog.getByLabel("Typ Contoso om te bevestigen").fill("Contoso");
  await dutchDialog.getByRole("button", { name: "Nu samenvoegen" }).click();
  await alice.getByRole("status").filter({ hasText: "De samenvoeging is voltooid" }).waitFor();
});

test("a rejection's reason is shown to the initiator", async () => {
  const tom = await signedIn(session, "tom@tailspin.com");
  await invite(tom, "1111111");
  await tom.locator(".request[data-state=pending]").waitFor();
  const alice = await signedIn(session, "alice@contoso.com");
  await alice.getByRole("link", { name: "Account merge" }).click();
  await alice.getByLabel("Reason").fill("Not this year");
  await alice.getByRole("button", { name: "Reject" }).click();
  await alice.locator(".request[data-state=rejected]").waitFor();
  await tom.reload();
  const request = tom.locator(".request[data-state=rejected]");
  await request.waitFor();
  assert.match(await request.textContent(), /reason: .*Not this year/);
  await tom.screenshot({ path: join(root, "target/e2e/rejected.png"), fullPage: true });
});
