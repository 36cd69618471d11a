// The E1 merge as alice and fiona in Dutch: browsers that prefer nl-NL get the app in Dutch,
// the engine's sentences too; the language switch is remembered across a reload.
// The Dutch here is written out, not read from app/locales: what a Dutch reader sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { root, serverAndBrowser, signedIn } from "./server.mjs";

const session = serverAndBrowser();
const inDutch = { locale: "nl-NL" };

async function inviteInDutch(page, mpnId) {
  await page.getByRole("link", { name: "Samenvoegen", exact: true }).click();
  await page.getByLabel("Nodig een bedrijf uit met zijn wereldwijde Partner-ID (MPN-ID)").fill(mpnId);
  await page.getByRole("group", { name: "Soort transactie" }).getByLabel("Fusie", { exact: true }).check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
}

test("E1 in Dutch: alice invites Fabricam, fiona accepts, alice previews and confirms", async () => {
  const alice = await signedIn(session, "alice@contoso.com", inDutch);
  assert.equal(await alice.evaluate(() => document.documentElement.lang), "nl");
  await inviteInDutch(alice, "3333333");
  const pending = alice.locator(".request[data-state=pending]");
  await pending.waitFor();
  assert.equal(await pending.locator(".badge").textContent(), "In afwachting");

  const fiona = await signedIn(session, "fiona@fabricam.com", inDutch);
  await fiona.getByRole("link", { name: "Samenvoegen", exact: true }).click();
  await fiona.getByRole("link", { name: "Lees de uitnodiging en antwoord" }).click();
  await fiona.getByRole("heading", { level: 1, name: "Contoso nodigt Fabricam uit om de accounts samen te voegen" }).waitFor();
  assert.match(
    await fiona.locator("main .message-bar.consequences li").first().textContent(),
    /^De bank- en belastinggegevens van Fabricam \(rekening eindigend op 1881\) worden niet overgenomen/,
  );
  await fiona.getByRole("button", { name: "Accepteren" }).click();
  await fiona.getByRole("button", { name: "Acceptatie intrekken" }).waitFor();

  await alice.reload();
  await alice.getByRole("link", { name: "Bekijk het samengevoegde account en bevestig" }).click();
  await alice.getByRole("heading", { level: 1, name: "Contoso neemt Fabricam op" }).waitFor();
  await alice.locator(".after .tree li").nth(4).waitFor();
  assert.match(await alice.locator(".consent-line").textContent(), /^Uitgenodigd door alice@contoso\.com op .+, geaccepteerd door fiona@fabricam\.com op /);
  const lost = await alice.locator("main .message-bar").first().locator("li").allTextContents();
  assert.match(lost[0], /^De bank- en belastinggegevens van Fabricam/);
  assert.ok(lost.some((l) => /^De jubileumdatum van het Action Pack van Contoso verschuift van \d{1,2} [a-z]+ \d{4} naar \d{1,2} [a-z]+ \d{4}\.$/.test(l)), lost.join("\n"));
  assert.deepEqual(
    await alice.locator(".at-a-glance tbody th").allTextContents(),
    ["Locaties (met het PGA)", "Tenants", "Gebruikers", "Competenties", "Oplossingsgebieden met een aanduiding", "Specialisaties"],
  );
  const changes = await alice.locator("#changes ~ ul.marked li").allTextContents();
  assert.ok(
    changes.includes("Verplaatst 2 locaties van Fabricam komen onder het PGA en behouden hun Partner-ID's: 4444444, 5555555"),
    changes.join("\n"),
  );
  assert.match(await alice.locator(".after .moved").first().textContent(), /overgekomen van Fabricam/);
  assert.match(await alice.locator(".technical").textContent(), /De server berekende hetzelfde plan/);

  await alice.getByRole("button", { name: "Samenvoeging bevestigen…" }).click();
  const dialog = alice.getByRole("dialog", { name: "Fabricam opnemen in Contoso?" });
  assert.match(await dialog.textContent(), /Dit kan niet ongedaan worden gemaakt: Fabricam \(3333333\) wordt een locatie van Contoso \(1111111\)\./);
  await dialog.getByLabel("Typ Fabricam om te bevestigen").fill("Fabricam");
  await dialog.getByLabel("Ik heb gelezen wie welke rechten krijgt na de samenvoeging, en ik ga daarmee akkoord.").check();
  await dialog.getByRole("button", { name: "Nu samenvoegen" }).click();

  await alice.getByRole("status").filter({ hasText: "De samenvoeging is voltooid" }).waitFor();
  await alice.getByRole("heading", { level: 1, name: "Contoso heeft Fabricam opgenomen" }).waitFor();
  assert.match(
    await alice.locator(".history-entry").textContent(),
    /^Voltooid op \d{1,2} [a-z]+ \d{4}.+: Fabricam \(3333333\) is nu een locatie van Contoso \(1111111\)\./,
  );
  const checklist = await alice.locator(".checklist li").allTextContents();
  // A merger (fusie) is planned in format 2: its checklist adds the CSP items (R24).
  assert.equal(checklist.length, 7);
  assert.match(checklist[0], /^Controleer de bank- en belastinggegevens/);
  assert.match(checklist[2], /^Bereid de gezamenlijke verlenging op \d{1,2} [a-z]+ \d{4} voor/);
  await alice.screenshot({ path: join(root, "target/e2e/nl-merged-e1.png"), fullPage: true });

  await alice.getByRole("link", { name: "Geschiedenis", exact: true }).click();
  await alice.getByRole("heading", { name: "Geschiedenis van samenvoegingen" }).waitFor();
  await alice.locator(".history .event").nth(2).waitFor();
  assert.deepEqual(
    await alice.locator(".history .event .badge").allTextContents(),
    ["Voltooid", "Geaccepteerd", "Verstuurd"],
  );
  assert.equal(await alice.locator(".history .sentence").first().textContent(), "Contoso heeft Fabricam opgenomen");
  assert.match(await alice.locator(".history .meta").first().textContent(), /\((nu|\d+ seconden? geleden|\d+ minuut geleden|\d+ minuten geleden)\)/);

  // English, picked in the header, stays after a reload; the browser still prefers Dutch.
  await alice.getByLabel("Taal").selectOption("en");
  await alice.getByRole("heading", { name: "Merge history" }).waitFor();
  assert.equal(await alice.evaluate(() => document.documentElement.lang), "en");
  await alice.reload();
  await alice.getByRole("heading", { name: "Merge history" }).waitFor();
  assert.deepEqual(
    await alice.locator(".history .event .badge").allTextContents(),
    ["Completed", "Accepted", "Sent"],
  );
  // Fiona's own choice is hers: her browser's Dutch.
  await fiona.goto(`${session.server.origin}/merges`);
  await fiona.getByRole("heading", { name: "Accounts samenvoegen" }).waitFor();
});

test("a refusal from the API reads in Dutch", async () => {
  const tom = await signedIn(session, "tom@tailspin.com", inDutch);
  await inviteInDutch(tom, "2222222");
  const error = tom.locator("#invite-error");
  await error.filter({ hasText: "locatie" }).waitFor();
  assert.equal(await error.textContent(), "Dat is een locatie van Contoso: gebruik de wereldwijde Partner-ID 1111111.");
});
