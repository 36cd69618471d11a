// axe-core on every screen: no serious or critical violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { audit, invite, launchBrowser, startServer } from "./server.mjs";

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

async function signedIn(email) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.origin);
  await page.getByRole("button", { name: email }).waitFor();
  return page;
}

test("every screen passes axe-core with no serious or critical violation", async () => {
  const alice = await signedIn("alice@contoso.com");
  await audit(alice, "sign-in");
  await alice.getByRole("button", { name: "alice@contoso.com" }).click();
  await alice.getByRole("heading", { level: 1, name: "Contoso" }).waitFor();
  await audit(alice, "account");

  await invite(alice, "3333333");
  await alice.locator(".request[data-state=pending]").waitFor();
  await audit(alice, "account merge");

  const fiona = await signedIn("fiona@fabricam.com");
  await fiona.getByRole("button", { name: "fiona@fabricam.com" }).click();
  await fiona.waitForURL("**/account");
  await fiona.getByRole("link", { name: "Account merge" }).click();
  await fiona.getByRole("button", { name: "Accept" }).waitFor();
  await audit(fiona, "account merge, incoming");
  await fiona.getByRole("button", { name: "Accept" }).click();
  await fiona.locator(".request[data-state=accepted]").waitFor();

  await alice.reload();
  await alice.getByRole("link", { name: "Review the merged account and confirm" }).click();
  await alice.getByRole("heading", { name: "Preview: Contoso absorbs Fabricam" }).waitFor();
  await audit(alice, "preview");
  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  await alice.getByRole("dialog").waitFor();
  await audit(alice, "confirm dialog");
  // The dialog is modal: the page behind takes no clicks until it is closed.
  await alice.keyboard.press("Escape");
  await alice.getByRole("dialog").waitFor({ state: "hidden" });

  await alice.getByRole("link", { name: "History", exact: true }).click();
  await alice.locator("tr.event").first().waitFor();
  await audit(alice, "history");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${server.origin}/sandbox`);
  await visitor.getByRole("button", { name: "Preview the merge" }).click();
  await visitor.getByRole("heading", { name: "Preview: Contoso absorbs Fabricam" }).waitFor();
  await audit(visitor, "sandbox");
});
