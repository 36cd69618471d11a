// Beyond Partner Center (issue #13) in real Chromium against the real API: the preview printed
// as a report, who should absorb whom, a three-company chain in the sandbox, and Fabricam's
// users re-issued into contoso.com after E1 (R17).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { acknowledgeRights, previewedE1, root, serverAndBrowser, signedIn } from "./server.mjs";

const session = serverAndBrowser();
mkdirSync(join(root, "target/e2e"), { recursive: true });

const pdfText = (file, page) =>
  execFileSync("pdftotext", ["-layout", ...(page ? ["-f", `${page}`, "-l", `${page}`] : []), file, "-"], {
    encoding: "utf8",
  });

test("the preview prints as a report to sign: status, author, parties, consent, losses on page 1, the fingerprint once a page", async () => {
  const { alice } = await previewedE1(session);
  await alice.locator(".after .tree li").nth(4).waitFor();
  await alice.getByRole("button", { name: "Print the report" }).waitFor();
  const fingerprint = (await alice.locator(".technical .fingerprint code").textContent()).trim();
  assert.match(fingerprint, /^sha256:[0-9a-f]{64}$/);

  const file = join(root, "target/e2e/report-e1.pdf");
  await alice.pdf({ path: file, format: "A4" });
  const text = pdfText(file);
  for (const mpnId of ["1111111", "2222222", "3333333", "4444444", "5555555"]) {
    assert.ok(text.includes(mpnId), `the report names ${mpnId}`);
  }
  // Nothing of the screen's controls is printed.
  assert.ok(!text.includes("Confirm merge"), "no buttons in the report");
  const first = pdfText(file, 1).replace(/\s+/g, " ");
  for (const part of [
    "Account merge report",
    "Contoso absorbs Fabricam",
    "Status: proposed, not applied",
    "by alice@contoso.com",
    "Parties",
    "Absorbs the other (its PGA stays) Contoso 1111111",
    "Absorbed: its PGA becomes a location Fabricam 3333333",
    "Invited by alice@contoso.com on",
    "Accepted by fiona@fabricam.com on",
    "Not confirmed yet",
    "What is lost or changes",
    "Fabricam's bank and tax profile (account ending 1881) is not carried over",
  ]) {
    assert.ok(first.includes(part), `page 1 has "${part}": ${first}`);
  }
  assert.match(first, /Generated on .+ by alice@contoso\.com/);
  const whole = text.replace(/\s+/g, " ");
  for (const part of ["What changes", "The merged account", "Sign-off", "For Contoso", "For Fabricam", "Signature"]) {
    assert.ok(whole.includes(part), `the report has "${part}"`);
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
  assert.ok(pages >= 2, `${pages} pages`);
  for (let page = 1; page <= pages; page += 1) {
    const on = pdfText(file, page).replace(/\s+/g, " ");
    assert.equal(on.split(fingerprint).length - 1, 1, `page ${page} carries the fingerprint once`);
    assert.match(on, /Contoso absorbs Fabricam · as of .+ · proposed, not applied/, `page ${page} carries the companies, date and status`);
    assert.match(on, new RegExp(`\\b${page} ?/ ?${pages}\\b`), `page ${page} is numbered`);
  }

  // The preview of the accepted request offers both directions.
  await alice.getByRole("button", { name: "Compare: who should absorb whom" }).click();
  await alice.getByRole("heading", { name: "Who should absorb whom" }).waitFor();
  assert.deepEqual(await alice.locator(".direction h3").allTextContents(), [
    "If Contoso absorbs Fabricam",
    "If Fabricam absorbs Contoso",
  ]);
  await alice.close();
});

test("the sandbox compares both directions side by side", async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}/sandbox`);
  await page.getByRole("button", { name: "Compare both directions" }).click();
  await page.getByRole("heading", { name: "Who should absorb whom" }).waitFor();
  assert.deepEqual(await page.locator(".direction h3").allTextContents(), [
    "If Contoso absorbs Fabricam",
    "If Fabricam absorbs Contoso",
  ]);
  assert.deepEqual(await page.locator(".global-mpn").allTextContents(), [
    "Global Partner ID of the merged account: 1111111",
    "Global Partner ID of the merged account: 3333333",
  ]);
  // Side by side at a desktop's width.
  const [left, right] = await page.locator(".direction").evaluateAll((s) => s.map((e) => e.getBoundingClientRect().x));
  assert.ok(right > left + 200, `side by side: ${left}, ${right}`);
  const differences = await page.locator(".direction-differences li").allTextContents();
  assert.match(differences[0], /If Contoso absorbs Fabricam, the merged account's global Partner ID is 1111111/);
  assert.ok(differences.some((d) => /dates are the same either way/.test(d)), differences.join("\n"));
  // Each direction's merged account, every MPN ID in both.
  for (const side of [0, 1]) {
    const ids = await page.locator(".direction").nth(side).locator(".tree li").evaluateAll((items) => items.map((li) => li.dataset.mpn).sort());
    assert.deepEqual(ids, ["1111111", "2222222", "3333333", "4444444", "5555555"]);
  }
  await page.screenshot({ path: join(root, "target/e2e/sandbox-compare.png"), fullPage: true });
  await page.close();
});

test("a large account's report lists its locations when printed, not while it stays hidden on the screen", async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}/sandbox`);
  const fabricam = JSON.parse(readFileSync(join(root, "fixtures/fabricam.json"), "utf8"));
  for (let i = 0; i < 120; i++) {
    fabricam.locations.push({ mpn_id: String(60_000_000 + i), name: `Fabricam site ${i}`, country: "NL" });
  }
  await page.getByLabel("Snapshot JSON").last().fill(JSON.stringify(fabricam));
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.locator(".after .tree li").first().waitFor();
  assert.equal(await page.locator("article.report table.locations tr").count(), 0, "no hidden rows built");

  // The print button builds them before the print dialog opens (headless Chromium prints nothing).
  await page.getByRole("button", { name: "Print the report" }).click();
  await page.locator("article.report table.locations tr").nth(124).waitFor({ state: "attached" });
  await page.reload();
  await page.getByLabel("Snapshot JSON").last().fill(JSON.stringify(fabricam));
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.locator(".after .tree li").first().waitFor();
  assert.equal(await page.locator("article.report table.locations tr").count(), 0);

  // A PDF export, as the browser's own print does, fires `beforeprint`.
  const file = join(root, "target/e2e/report-large.pdf");
  await page.pdf({ path: file, format: "A4" });
  const text = pdfText(file);
  for (const mpnId of ["1111111", "3333333", "60000000", "60000119"]) {
    assert.ok(text.includes(mpnId), `the printed report names ${mpnId}`);
  }
  // Contoso's PGA, E1's four locations and the 120 added.
  assert.equal(await page.locator("article.report table.locations tr").count(), 125);
  await page.close();
});

test("the sandbox merges three companies one after the other", async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}/sandbox`);
  await page.getByRole("button", { name: "Add another invitee" }).click();
  await page.getByRole("heading", { name: "Invitee 2 (absorbed after the one before)" }).waitFor();
  await page.getByRole("button", { name: "Preview the merge" }).click();
  await page.getByRole("heading", { name: "Contoso absorbs Fabricam, Tailspin, one after the other" }).waitFor();
  // Contoso's PGA and 6 locations: its own, Fabricam's three (its PGA demoted), Tailspin's two.
  assert.deepEqual(
    await page.locator(".after .tree li").evaluateAll((items) => items.map((li) => li.dataset.mpn)),
    ["1111111", "2222222", "3333333", "4444444", "5555555", "9999999", "8888888"],
  );
  assert.deepEqual(await page.locator(".chain-step h2").allTextContents(), [
    "Step 1: Contoso absorbs Fabricam",
    "Step 2: Contoso absorbs Tailspin",
  ]);
  assert.equal(await page.locator(".chain-step .fingerprint code").count(), 2);
  await page.screenshot({ path: join(root, "target/e2e/sandbox-chain.png"), fullPage: true });

  // Fabricam twice: the step that collides is named.
  await page.getByLabel("Sample account").last().selectOption("Fabricam");
  await page.getByRole("button", { name: "Preview the merge" }).click();
  assert.match(await page.getByRole("alert").textContent(), /step 2 \(Contoso absorbing Fabricam, 3333333\) cannot be made/);
  await page.close();
});

test("alice re-issues frank and greta into contoso.com; they then sign in as contoso.com users", async () => {
  const frankBefore = await signedIn(session, "frank@fabricam.com");
  const alice = await signedIn(session, "alice@contoso.com");
  // E1 is merged by now (the first test previewed it): confirm it.
  await alice.goto(`${session.server.origin}/merges/1/preview`);
  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  await alice.getByLabel("Type Fabricam to confirm").fill("Fabricam");
  await acknowledgeRights(alice.getByRole("dialog"));
  await alice.getByRole("button", { name: "Merge now" }).click();
  await alice.getByRole("link", { name: "Re-issue the users of an absorbed tenant" }).click();

  await alice.getByRole("heading", { name: "Re-issue users into your own tenant" }).waitFor();
  assert.equal(await alice.getByLabel("Users of").inputValue(), "fabricam.com");
  await alice.getByRole("checkbox", { name: "fiona@fabricam.com" }).uncheck();
  await alice.getByLabel("New email for greta@fabricam.com").fill("greta.lind@contoso.com");
  await alice.getByRole("button", { name: "Preview the re-issue" }).click();
  await alice.getByRole("heading", { name: "Preview: the users of fabricam.com into contoso.com" }).waitFor();
  const sentences = await alice.locator(".reissue-sentences li").allTextContents();
  assert.equal(sentences[0], "frank@fabricam.com becomes frank@contoso.com, keeping Incentives admin · Fabricam Amsterdam (4444444)");
  assert.equal(sentences[1], "greta@fabricam.com becomes greta.lind@contoso.com, keeping Referrals admin");
  assert.ok(sentences.includes("fiona@fabricam.com stays in fabricam.com with access as before"), sentences.join("\n"));
  await alice.screenshot({ path: join(root, "target/e2e/reissue-preview.png"), fullPage: true });

  await alice.getByRole("button", { name: "Re-issue users…" }).click();
  const dialog = alice.getByRole("dialog", { name: "This cannot be undone" });
  const now = dialog.getByRole("button", { name: "Re-issue now" });
  assert.ok(await now.isDisabled());
  await dialog.getByLabel("Type fabricam.com to confirm").fill("fabricam.com");
  await now.click();
  await alice.getByRole("status").filter({ hasText: "The users are re-issued" }).waitFor();

  // History: recorded as a sentence, by whom; no hash on screen.
  await alice.getByRole("link", { name: "See the history" }).click();
  await alice.locator(".history .event[data-event=reissued]").waitFor();
  const entry = await alice.locator(".history .event").first().textContent();
  assert.match(entry, /Users re-issued.*Users of Fabricam were re-issued into Contoso's tenant.*by alice@contoso\.com/);
  assert.ok(!entry.includes("sha256:"), entry);

  // Frank's old session has ended; the sign-in page lists him under his new email.
  await frankBefore.reload();
  await frankBefore.getByRole("alert").waitFor();
  const start = await session.browser.newPage();
  await start.goto(session.server.origin);
  await start.getByRole("button", { name: "frank@contoso.com" }).waitFor();
  assert.equal(await start.getByRole("button", { name: "frank@fabricam.com" }).count(), 0);
  for (const [email, role] of [
    ["frank@contoso.com", "Incentives admin · Fabricam Amsterdam (4444444)"],
    ["greta.lind@contoso.com", "Referrals admin"],
  ]) {
    const page = await signedIn(session, email);
    await page.getByRole("heading", { level: 1, name: "Contoso" }).waitFor();
    const row = page.locator("tr", { hasText: email });
    assert.equal(await row.locator("td").nth(1).textContent(), role);
    await page.close();
  }
});
