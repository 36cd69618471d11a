// The E1 merge as alice and fiona in German (de-DE): browsers that prefer German get the app in
// German, the engine's sentences and the API's refusals too, with Partner Center's German terms
// (docs/rules.md, "Languages"). The German here is written out, not read from locales/: what a
// German reader sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { root, serverAndBrowser, signedIn } from "./server.mjs";

const session = serverAndBrowser();
const inGerman = { locale: "de-DE" };
mkdirSync(join(root, "target/e2e"), { recursive: true });

async function inviteInGerman(page, mpnId) {
  await page.getByRole("link", { name: "Kontozusammenführung", exact: true }).click();
  await page.getByLabel("Ein Unternehmen über seine globale PartnerID (MPN-ID) einladen").fill(mpnId);
  await page.getByRole("group", { name: "Art des Geschäfts" }).getByLabel("Fusion", { exact: true }).check();
  await page.getByRole("button", { name: "Einladung senden" }).click();
}

test("E1 in German: alice invites Fabricam, fiona accepts on the invitation page, alice previews and confirms", async () => {
  const alice = await signedIn(session, "alice@contoso.com", inGerman);
  assert.equal(await alice.evaluate(() => document.documentElement.lang), "de");
  await inviteInGerman(alice, "3333333");
  const pending = alice.locator(".request[data-state=pending]");
  await pending.waitFor();
  assert.equal(await pending.locator(".badge").textContent(), "Ausstehend");

  // Fiona reads the invitation on its own page, /merges/:id, and accepts there.
  const fiona = await signedIn(session, "fiona@fabricam.com", inGerman);
  await fiona.getByRole("link", { name: "Kontozusammenführung", exact: true }).click();
  await fiona.getByRole("link", { name: "Die Einladung lesen und beantworten" }).click();
  await fiona.waitForURL(/\/merges\/\d+$/);
  await fiona.getByRole("heading", { level: 1, name: "Contoso lädt Fabricam zur Kontozusammenführung ein" }).waitFor();
  const means = await fiona.locator(".means li").allTextContents();
  assert.match(means[0], /^Das globale Partnerkonto von Fabricam \(3333333\) wird ein Standort von Contoso \(1111111\)/);
  assert.match(means[2], /kann sie nicht rückgängig gemacht werden/);
  const losses = await fiona.locator("main .message-bar.consequences li").allTextContents();
  assert.match(losses[0], /^Die Bank- und Steuerinformationen von Fabricam \(Konto endet auf 1881\) werden nicht übernommen/);
  assert.match(losses[1], /^Der Kontoadministrator von Fabricam \(fiona@fabricam\.com\) handelt nicht mehr für das zusammengeführte Konto/);
  await fiona.screenshot({ path: join(root, "target/e2e/de-invitation-e1.png"), fullPage: true });
  await fiona.getByRole("button", { name: "Annehmen" }).click();
  await fiona.getByRole("status").filter({ hasText: "fiona@fabricam.com hat am" }).waitFor();
  await fiona.getByRole("button", { name: "Annahme zurückziehen" }).waitFor();

  await alice.reload();
  await alice.getByRole("link", { name: "Das zusammengeführte Konto prüfen und bestätigen" }).click();
  await alice.getByRole("heading", { level: 1, name: "Contoso nimmt Fabricam auf" }).waitFor();
  await alice.locator(".after .tree li").nth(4).waitFor();
  assert.match(await alice.locator(".consent-line").textContent(), /^Eingeladen von alice@contoso\.com am .+, angenommen von fiona@fabricam\.com am /);
  const lost = await alice.locator("main .message-bar").first().locator("li").allTextContents();
  assert.match(lost[0], /^Die Bank- und Steuerinformationen von Fabricam/);
  assert.ok(
    lost.some((l) => /^Der Jahrestag des Action Pack von Contoso verschiebt sich vom \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4} auf den \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4}\.$/.test(l)),
    lost.join("\n"),
  );
  assert.deepEqual(
    await alice.locator(".at-a-glance tbody th").allTextContents(),
    ["Standorte (mit dem PGA)", "Mandanten", "Benutzer", "Kompetenzen", "Lösungsbereiche mit einer Bezeichnung", "Spezialisierungen"],
  );
  const changes = await alice.locator("#changes ~ ul.marked li").allTextContents();
  assert.ok(
    changes.includes("Verschoben 2 Standorte von Fabricam kommen unter das PGA und behalten ihre PartnerIDs: 4444444, 5555555"),
    changes.join("\n"),
  );
  // Every MPN ID of the merged account is named on the page.
  const main = await alice.locator("main").textContent();
  for (const id of ["1111111", "2222222", "3333333", "4444444", "5555555"]) {
    assert.ok(main.includes(id), `${id} on the German preview`);
  }
  assert.match(await alice.locator(".after .moved").first().textContent(), /kommt von Fabricam/);
  assert.match(await alice.locator(".technical").textContent(), /Der Server hat denselben Plan berechnet/);

  await alice.getByRole("button", { name: "Zusammenführung bestätigen…" }).click();
  const dialog = alice.getByRole("dialog", { name: "Fabricam mit Contoso zusammenführen?" });
  assert.match(
    await dialog.textContent(),
    /Dies kann nicht rückgängig gemacht werden: Fabricam \(3333333\) wird ein Standort von Contoso \(1111111\)\./,
  );
  const merge = dialog.getByRole("button", { name: "Jetzt zusammenführen" });
  assert.equal(await merge.isDisabled(), true);
  await dialog.getByLabel("Geben Sie zur Bestätigung Fabricam ein").fill("Fabricam");
  await dialog.getByLabel("Ich habe gelesen, wer nach der Zusammenführung welche Rechte erhält, und bin damit einverstanden.").check();
  await merge.click();

  await alice.getByRole("status").filter({ hasText: "Die Zusammenführung ist abgeschlossen" }).waitFor();
  await alice.getByRole("heading", { level: 1, name: "Contoso hat Fabricam aufgenommen" }).waitFor();
  assert.match(
    await alice.locator(".history-entry").textContent(),
    /^Abgeschlossen .+: Fabricam \(3333333\) ist jetzt ein Standort von Contoso \(1111111\)\./,
  );
  const checklist = await alice.locator(".checklist li").allTextContents();
  // A merger (Fusion) is planned in format 2: its checklist adds the CSP items (R24).
  assert.equal(checklist.length, 7);
  assert.match(checklist[0], /^Bank- und Steuerinformationen prüfen/);
  assert.match(checklist[2], /^Die gemeinsame Verlängerung am \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4} vorbereiten/);
  await alice.screenshot({ path: join(root, "target/e2e/de-merged-e1.png"), fullPage: true });

  await alice.getByRole("link", { name: "Verlauf", exact: true }).click();
  await alice.getByRole("heading", { name: "Verlauf der Zusammenführungen" }).waitFor();
  await alice.locator(".history .event").nth(2).waitFor();
  assert.deepEqual(
    await alice.locator(".history .event .badge").allTextContents(),
    ["Abgeschlossen", "Angenommen", "Gesendet"],
  );
  assert.equal(await alice.locator(".history .sentence").first().textContent(), "Contoso hat Fabricam aufgenommen");

  // The language menu lists German in German; English, picked there, stays after a reload.
  assert.deepEqual(
    await alice.getByLabel("Sprache").locator("option").allTextContents(),
    ["English", "Nederlands", "Deutsch"],
  );
  await alice.getByLabel("Sprache").selectOption("en");
  await alice.getByRole("heading", { name: "Merge history" }).waitFor();
  await alice.reload();
  await alice.getByRole("heading", { name: "Merge history" }).waitFor();
});

test("a refusal from the API reads in German", async () => {
  const tom = await signedIn(session, "tom@tailspin.com", inGerman);
  await inviteInGerman(tom, "2222222");
  const error = tom.locator("#invite-error");
  await error.filter({ hasText: "Standort" }).waitFor();
  assert.equal(await error.textContent(), "Das ist ein Standort von Contoso: Verwenden Sie dessen globale PartnerID 1111111.");
});
