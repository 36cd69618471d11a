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
  await page.getByRole("heading", { name: "Preview: Contoso absorbs Fabricam" }).waitFor();
  await page.locator(".after .tree li").nth(4).waitFor();
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
  // The plan is made in the browser: the only API call is the header asking who is signed in.
  const calls = requests.filter((path) => path.startsWith("/api/"));
  assert.deepEqual(calls, ["/api/me"], `API calls: ${requests}`);

  await page.getByLabel("Sample").last().selectOption("Tailspin");
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.getByRole("heading", { name: "Preview: Contoso absorbs Tailspin" }).waitFor();

  await page.getByLabel("Snapshot JSON").last().fill("{ not json");
  await page.getByRole("button", { name: "Preview the merge" }).click();
  assert.match(await page.getByRole("alert").first().textContent(), /^The invitee: the snapshot is not readable/);
});
