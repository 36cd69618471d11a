// The invitee's decision in real Chromium against the real API: fiona reads what accepting
// means for Fabricam and its losses, sees nothing of Contoso's own, accepts, and withdraws her
// acceptance before alice confirms.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { invite, root, serverAndBrowser, signedIn } from "./server.mjs";

const session = serverAndBrowser();
mkdirSync(join(root, "target/e2e"), { recursive: true });

test("fiona reads what accepting means for Fabricam, accepts, and may withdraw until alice confirms", async () => {
  const alice = await signedIn(session, "alice@contoso.com");
  await invite(alice, "3333333");
  await alice.locator(".request[data-state=pending]").waitFor();
  const fiona = await signedIn(session, "fiona@fabricam.com");
  await fiona.getByRole("link", { name: "Account merge" }).click();
  const incoming = fiona.locator(".request[data-state=pending]");
  await incoming.waitFor();
  // While the invitation is pending, Reject is her no: no Cancel beside it, no answer unread.
  assert.equal(await incoming.getByRole("button").count(), 0);
  await incoming.getByRole("link", { name: "Read the invitation and answer" }).click();
  await fiona.getByRole("heading", { level: 1, name: "Contoso invites Fabricam to merge accounts" }).waitFor();
  assert.match(await fiona.locator(".consent-line").textContent(), /Sent by alice@contoso\.com on /);
  const means = await fiona.locator(".means li").allTextContents();
  assert.match(means[0], /^Fabricam's partner global account \(3333333\) becomes a location of Contoso \(1111111\)/);
  assert.match(means[2], /cannot be undone/);
  // Fabricam's losses first.
  const losses = await fiona.locator("main .message-bar.consequences li").allTextContents();
  assert.match(losses[0], /^Fabricam's bank and tax profile \(account ending 1881\) is not carried over/);
  assert.match(losses[1], /^Fabricam's account admin \(fiona@fabricam\.com\) no longer acts for the merged account/);
  // Of Contoso, only its name, ID and counts: not its users, locations or CSP accounts.
  const page = await fiona.locator("main").textContent();
  for (const secret of ["bob@contoso.com", "Contoso Seattle", "2222222", "CSP-CONTOSO-01", "4242"]) {
    assert.ok(!page.includes(secret), `${secret} on fiona's invitation`);
  }
  assert.match(await fiona.locator(".after .pga").textContent(), /Contoso.*1111111.*and 1 location of Contoso/);
  assert.deepEqual(
    await fiona.locator(".after .tree li.location").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["3333333", "4444444", "5555555"],
  );
  // The reason belongs to Reject: both in one group, marked optional.
  const reject = fiona.locator("fieldset").filter({ has: fiona.getByLabel("Reason (optional; Contoso sees it)") });
  assert.equal(await reject.getByRole("button", { name: "Reject" }).count(), 1);
  assert.equal(await reject.getByRole("button", { name: "Accept" }).count(), 0);
  assert.equal(await fiona.getByRole("button", { name: /Cancel|Call off/ }).count(), 0);
  await fiona.screenshot({ path: join(root, "target/e2e/invitation-e1.png"), fullPage: true });

  await fiona.getByRole("button", { name: "Accept" }).click();
  await fiona.getByRole("status").filter({ hasText: "fiona@fabricam.com accepted for Fabricam on" }).waitFor();
  await fiona.getByRole("button", { name: "Withdraw acceptance" }).click();
  await fiona.getByRole("status").filter({ hasText: "Your answer is recorded." }).waitFor();
  await alice.reload();
  await alice.locator(".request[data-state=cancelled]").waitFor();
  await alice.getByRole("link", { name: "History", exact: true }).click();
  await alice.locator(".history .event").first().waitFor();
  assert.equal(
    await alice.locator(".history .sentence").first().textContent(),
    "The merge of Fabricam into Contoso was called off",
  );
  assert.match(await alice.locator(".history .meta").first().textContent(), /^by fiona@fabricam\.com/);
});
