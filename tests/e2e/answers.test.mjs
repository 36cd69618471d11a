// A stale preview refused and explained, the confirm held until the new preview is read, and a
// rejection whose reason the initiator sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { acknowledgeRights, invite, previewedE1, root, serverAndBrowser, signedIn, words } from "./server.mjs";

const session = serverAndBrowser();

const fingerprint = (page) => page.locator(".technical .fingerprint code").textContent();

test("a preview made stale by a change to the invitee is refused, explained, and reviewed again", async () => {
  const { alice, fiona } = await previewedE1(session);
  const shown = await fingerprint(alice);

  // Meanwhile Fabricam's admin changes a role: Fabricam's account is no longer what was shown.
  const changed = await fiona.request.put(`${session.server.origin}/api/users/frank@fabricam.com/roles`, {
    data: { roles: [{ role: "incentives_admin", location: "5555555" }] },
  });
  assert.equal(changed.status(), 200);

  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  const dialog = alice.getByRole("dialog", { name: "Merge Fabricam into Contoso?" });
  await dialog.getByLabel("Type Fabricam to confirm").fill("Fabricam");
  await acknowledgeRights(dialog);
  const merge = dialog.getByRole("button", { name: "Merge now" });
  await merge.click();
  const alert = dialog.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /^The preview is out of date: review the new preview before you confirm\./);
  mkdirSync(join(root, "target/e2e"), { recursive: true });
  await alice.screenshot({ path: join(root, "target/e2e/preview-stale.png"), fullPage: true });
  const differences = await alert.locator(".differences li").allTextContents();
  assert.equal(differences.length, 1, differences.join("\n"));
  assert.match(differences[0], /^frank@fabricam\.com's roles changed from Incentives admin · Fabricam Amsterdam \(4444444\) to Incentives admin · Fabricam Berlin \(5555555\)$/);
  // The name is still typed, but a stale preview cannot be confirmed.
  assert.ok(await merge.isDisabled(), "Merge now is held until the new preview is read");

  await alert.getByRole("button", { name: "Review the new preview" }).click();
  await alice.waitForFunction((old) => document.querySelector(".technical .fingerprint code")?.textContent !== old, shown);

  // Stale once more, read in Dutch: the API writes the differences in the language on screen.
  const reviewed = await fingerprint(alice);
  const back = await fiona.request.put(`${session.server.origin}/api/users/frank@fabricam.com/roles`, {
    data: { roles: [{ role: "incentives_admin", location: "4444444" }] },
  });
  assert.equal(back.status(), 200);
  await alice.getByLabel("Language").selectOption("nl");
  await alice.getByRole("button", { name: "Samenvoeging bevestigen…" }).click();
  const dutchDialog = alice.getByRole("dialog", { name: "Fabricam opnemen in Contoso?" });
  await dutchDialog.getByLabel("Typ Fabricam om te bevestigen").fill("Fabricam");
  await acknowledgeRights(dutchDialog, words("nl"));
  await dutchDialog.getByRole("button", { name: "Nu samenvoegen" }).click();
  const dutchAlert = dutchDialog.getByRole("alert");
  await dutchAlert.waitFor();
  assert.match(await dutchAlert.textContent(), /^De voorbeeldweergave is verouderd/);
  const dutch = await dutchAlert.locator(".differences li").allTextContents();
  assert.match(dutch[0], /^De rollen van frank@fabricam\.com: was Beheerder van stimuleringsregelingen · Fabricam Berlin \(5555555\), nu Beheerder van stimuleringsregelingen · Fabricam Amsterdam \(4444444\)$/);
  await dutchAlert.getByRole("button", { name: "Bekijk de nieuwe voorbeeldweergave" }).click();
  await alice.waitForFunction((old) => document.querySelector(".technical .fingerprint code")?.textContent !== old, reviewed);
  await alice.getByRole("button", { name: "Samenvoeging bevestigen…" }).click();
  await dutchDialog.getByLabel("Typ Fabricam om te bevestigen").fill("Fabricam");
  await acknowledgeRights(dutchDialog, words("nl"));
  await dutchDialog.getByRole("button", { name: "Nu samenvoegen" }).click();
  await alice.getByRole("status").filter({ hasText: "De samenvoeging is voltooid" }).waitFor();
});

test("a rejection's reason is shown to the initiator", async () => {
  const tom = await signedIn(session, "tom@tailspin.com");
  await invite(tom, "1111111");
  await tom.locator(".request[data-state=pending]").waitFor();
  const alice = await signedIn(session, "alice@contoso.com");
  await alice.getByRole("link", { name: "Account merge" }).click();
  await alice.getByRole("link", { name: "Read the invitation and answer" }).click();
  await alice.getByLabel("Reason (optional; Tailspin sees it)").fill("Not this year");
  await alice.getByRole("button", { name: "Reject" }).click();
  await alice.getByRole("status").filter({ hasText: "Your answer is recorded." }).waitFor();
  await tom.reload();
  const request = tom.locator(".request[data-state=rejected]");
  await request.waitFor();
  assert.match(await request.locator(".reason").textContent(), /^Reason: .*Not this year/);
  await tom.screenshot({ path: join(root, "target/e2e/rejected.png"), fullPage: true });
});
