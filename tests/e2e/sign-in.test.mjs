// Sign in as a demo user and see the account overview, in real Chromium against the real API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { appMounted, previewedE1, root, serverAndBrowser } from "./server.mjs";

const session = serverAndBrowser();

test("alice signs in and sees Contoso's PGA, locations, users and competencies", async () => {
  const page = await session.browser.newPage();
  const failures = [];
  page.on("pageerror", (error) => failures.push(error.message));
  // The app runs whole under the server's Content-Security-Policy (issue #30).
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) failures.push(message.text());
  });
  const response = await page.goto(session.server.origin);
  const headers = response.headers();
  assert.match(headers["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'.*frame-ancestors 'none'/);
  assert.equal(headers["x-content-type-options"], "nosniff");
  const contoso = page.getByRole("region", { name: "Contoso" });
  await contoso.getByRole("button", { name: "alice@contoso.com" }).click();
  await page.waitForURL("**/account");
  await appMounted(page);
  await page.getByRole("heading", { level: 1, name: "Contoso" }).waitFor();
  await page.locator(".tree li").nth(1).waitFor();
  assert.deepEqual(
    await page.locator(".tree li").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["1111111", "2222222"],
  );
  assert.match(await page.locator(".who").textContent(), /alice@contoso\.com, account admin/);
  assert.match(await page.locator("table").textContent(), /Incentives admin · Contoso Seattle \(2222222\)/);
  // The demo companies are dated from today: E1's 2020-10-01 is 139 days after E1's planning day.
  const until = new Date(Date.now() + 139 * 86400000)
    .toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  assert.match(await page.locator("body").textContent(), new RegExp(`Cloud Platform \\(gold\\), until ${until}`));
  mkdirSync(join(root, "target/e2e"), { recursive: true });
  await page.screenshot({ path: join(root, "target/e2e/account.png"), fullPage: true });
  assert.deepEqual(failures, []);
});

test("the account page without a session says so and offers sign-in", async () => {
  const page = await (await session.browser.newContext()).newPage();
  await page.goto(`${session.server.origin}/account`);
  const alert = page.getByRole("alert").filter({ hasText: "Sign in first" });
  await alert.waitFor();
  assert.equal(await alert.getByRole("link", { name: "Sign in again" }).getAttribute("href"), "/");
});

test("demo mode confirms with no fresh sign-in, and the confirm dialog says so", async () => {
  const { alice } = await previewedE1(session);
  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  const dialog = alice.getByRole("dialog", { name: "Merge Fabricam into Contoso?" });
  await dialog.getByText("Demo mode: a real server asks you to sign in again before this step.").waitFor();
  const methods = await (await fetch(`${session.server.origin}/api/sign-in`)).json();
  assert.equal(methods.fresh_sign_in_seconds, null);
});

test("the start page loads its own small wasm, and its links and language carry into the app", async () => {
  const page = await (await session.browser.newContext()).newPage();
  const wasm = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".wasm")) wasm.push(request.url().split("/").pop());
  });
  await page.goto(session.server.origin);
  await page.getByRole("button", { name: "alice@contoso.com" }).waitFor();
  assert.equal(wasm.length, 1, wasm.join(", "));
  assert.match(wasm[0], /^partner-merge-sign-in-[0-9a-f]+_bg\.wasm$/);

  await page.getByLabel("Language").selectOption("nl");
  await page.getByRole("heading", { level: 1, name: "Aanmelden" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Proefomgeving" }).click();
  await page.waitForURL("**/sandbox");
  await appMounted(page);
  // The app itself, in the language chosen on the start page, marking the page it shows.
  await page.getByRole("heading", { level: 1, name: "Proefomgeving" }).waitFor();
  // (The sandbox's planning worker may load its own wasm too.)
  assert.ok(wasm.slice(1).some((name) => /^partner-merge-app-[0-9a-f]+_bg\.wasm$/.test(name)), wasm.join(", "));
  const here = page.getByRole("navigation").getByRole("link", { name: "Proefomgeving" });
  assert.equal(await here.getAttribute("aria-current"), "page");
});
