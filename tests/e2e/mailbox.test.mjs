// The demo's mailbox (issue #31): scripts/run.sh has no mail server, so the emails each step
// sends are kept and shown on the demo-only Mailbox page: fiona sees alice's invitation arrive
// and opens it from there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { audit, invite, root, serverAndBrowser, signedIn } from "./server.mjs";

const session = serverAndBrowser();

test("fiona sees alice's invitation arrive in the demo mailbox and opens it", async () => {
  const fiona = await signedIn(session, "fiona@fabricam.com");
  await fiona.getByRole("link", { name: "Mailbox" }).click();
  await fiona.getByRole("heading", { level: 1, name: "Demo mailbox" }).waitFor();
  await fiona.getByText("No emails yet").waitFor();

  const alice = await signedIn(session, "alice@contoso.com");
  await invite(alice, "3333333");
  await alice.locator(".request[data-state=pending]").waitFor();

  // The page looks again by itself: the invitation arrives.
  const email = fiona.locator('.email[data-to="fiona@fabricam.com"][data-event="invited"]');
  await email.waitFor({ timeout: 10000 });
  assert.equal(await fiona.locator(".email").count(), 1, "only fiona hears of the invitation");
  await email.getByText("Contoso invites Fabricam to merge accounts").click();
  assert.match(await email.locator(".email-text").textContent(), /alice@contoso\.com of Contoso invites Fabricam/);
  await audit(fiona, "the demo mailbox");
  await fiona.screenshot({ path: join(root, "target/e2e/mailbox.png"), fullPage: true });
  await email.getByRole("link", { name: "Open in Partner Merge" }).click();
  await fiona.waitForURL("**/merges/1");
  await fiona.getByRole("button", { name: "Accept" }).waitFor();
});
