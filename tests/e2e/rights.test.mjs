// Merger or acquisition, and who gains which rights (issue #32), in real Chromium against the
// real API: alice names the deal on the invitation and fiona reads it before she accepts; the
// preview, the confirm dialog and the report say who gains which rights, in English and in
// Dutch; the confirm waits until alice acknowledges it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acknowledgeRights, invite, readsWell, root, serverAndBrowser, signedIn, words } from "./server.mjs";

// E1 is merged by each test: one demo server each.
const english = serverAndBrowser();
const dutch = serverAndBrowser();
// Deployments that read admin rights as Microsoft's current page does ([rights] in --config).
const microsoftsReading = () => {
  const config = join(mkdtempSync(join(tmpdir(), "partner-merge-rights-")), "config.toml");
  writeFileSync(config, '[rights]\nadmin_reading = "both_tenants"\n');
  return { args: ["--config", config] };
};
const dutchMicrosoft = serverAndBrowser(microsoftsReading);
const germanMicrosoft = serverAndBrowser(microsoftsReading);
mkdirSync(join(root, "target/e2e"), { recursive: true });

/// A "Who gains which rights" section: its heading, the reading, each tenant's title and
/// lines.
async function whoGains(section) {
  return {
    heading: (await section.locator("h2").textContent()).trim(),
    reading: (await section.locator(".reading").textContent()).trim(),
    tenants: await section.locator("h3").allTextContents(),
    lines: await section.locator("li").allTextContents(),
  };
}

test("an acquisition chosen by alice is what fiona reads before accepting; the preview, confirm and report say who gains which rights", async () => {
  const say = words("en");
  const alice = await signedIn(english, "alice@contoso.com");
  // Nothing is chosen for her: sending without a kind of deal asks for one.
  await alice.getByRole("link", { name: "Account merge" }).click();
  await alice.getByLabel("Invite a company by its global Partner ID (MPN ID)").fill("3333333");
  const kinds = alice.getByRole("group", { name: "Kind of deal" });
  assert.deepEqual(await kinds.getByRole("radio").evaluateAll((radios) => radios.map((r) => r.checked)), [false, false]);
  await alice.getByRole("button", { name: "Send invitation" }).click();
  await kinds.getByRole("alert").filter({ hasText: "Choose merger or acquisition." }).waitFor();
  assert.equal(await alice.locator(".request").count(), 0, "nothing sent without a kind of deal");
  await invite(alice, "3333333", "Acquisition");
  const sent = alice.locator(".request[data-state=pending]");
  await sent.waitFor();
  assert.equal(await sent.locator(".deal").textContent(), "Kind of deal: Acquisition");
  await readsWell(alice, "merges");

  // Fiona reads the kind of deal in her list and on the invitation, before she answers.
  const fiona = await signedIn(english, "fiona@fabricam.com");
  await fiona.getByRole("link", { name: "Account merge" }).click();
  const incoming = fiona.locator(".request[data-state=pending]");
  await incoming.waitFor();
  assert.equal(await incoming.locator(".deal").textContent(), "Kind of deal: Acquisition");
  await incoming.getByRole("link", { name: "Read the invitation and answer" }).click();
  await fiona.getByRole("heading", { level: 1, name: "Contoso invites Fabricam to merge accounts" }).waitFor();
  assert.equal(
    await fiona.locator("main .deal").textContent(),
    "An acquisition: Contoso acquires Fabricam, whose partner account becomes part of Contoso's, under Partner ID (MPN ID) 1111111",
  );
  // Before the answer: the deal first, then who of Fabricam gains which rights.
  const dealAt = await fiona.locator("main .deal").evaluate((p) => p.getBoundingClientRect().top);
  const answerAt = await fiona.locator(".decision").evaluate((s) => s.getBoundingClientRect().top);
  assert.ok(dealAt < answerAt, "the kind of deal is read before the answer");
  const fionaRights = await whoGains(fiona.locator("main .who-gains"));
  assert.equal(fionaRights.heading, "Who gains which rights");
  assert.deepEqual(fionaRights.tenants, ["Microsoft Entra tenant fabricam.com (Fabricam)"]);
  assert.ok(fionaRights.lines.includes("fiona@fabricam.com (fabricam.com) does not act for the merged account"), fionaRights.lines.join("\n"));
  await readsWell(fiona, "invitation");
  await fiona.screenshot({ path: join(root, "target/e2e/invitation-acquisition.png"), fullPage: true });
  await fiona.getByRole("button", { name: "Accept" }).click();
  await fiona.getByRole("button", { name: "Withdraw acceptance" }).waitFor();

  await alice.reload();
  await alice.getByRole("link", { name: "Review the merged account and confirm" }).click();
  await alice.getByRole("heading", { level: 1, name: "Contoso absorbs Fabricam" }).waitFor();
  // The browser plans the acquisition as the server did: the same plan is confirmed.
  assert.match(await alice.locator(".technical").textContent(), /The server computed the same plan/);
  assert.match(await alice.locator("main .deal").first().textContent(), /^An acquisition: Contoso acquires Fabricam/);
  const rights = await whoGains(alice.locator("main .card.who-gains"));
  assert.equal(rights.heading, "Who gains which rights");
  assert.equal(
    rights.reading,
    "Only the admins of Contoso's own Microsoft Entra tenants will act for the merged account: this service applies that rule. Microsoft's current page says the admins of Fabricam's tenant may too; ask Microsoft if that matters to you.",
  );
  assert.deepEqual(rights.tenants, ["Microsoft Entra tenant contoso.com (Contoso)", "Microsoft Entra tenant fabricam.com (Fabricam)"]);
  for (const line of [
    "alice@contoso.com (contoso.com) acts for the whole merged account: its merges, reports and account settings",
    "alice@contoso.com manages the roles of the users of the Microsoft Entra tenant contoso.com only, not those of another tenant",
    "fiona@fabricam.com (fabricam.com) does not act for the merged account",
  ]) {
    assert.ok(rights.lines.includes(line), `${line}\nnot in\n${rights.lines.join("\n")}`);
  }
  await readsWell(alice, "preview");
  await alice.screenshot({ path: join(root, "target/e2e/preview-rights.png"), fullPage: true });

  // The dialog restates who acts for the merged account and waits for the acknowledgement.
  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  const dialog = alice.getByRole("dialog", { name: "Merge Fabricam into Contoso?" });
  const restated = await dialog.locator(".rights li").allTextContents();
  assert.deepEqual(restated, [
    rights.reading,
    "alice@contoso.com (contoso.com) acts for the whole merged account: its merges, reports and account settings",
    "fiona@fabricam.com (fabricam.com) does not act for the merged account",
  ]);
  const merge = dialog.getByRole("button", { name: "Merge now" });
  await dialog.getByLabel("Type Fabricam to confirm").fill("Fabricam");
  assert.ok(await merge.isDisabled(), "held until who gains which rights is acknowledged");
  await readsWell(alice, "confirm");
  await acknowledgeRights(dialog, say);
  assert.ok(!(await merge.isDisabled()));
  await merge.click();
  await alice.getByRole("status").filter({ hasText: "The merge is complete" }).waitFor();

  await alice.getByRole("link", { name: "Open the report of the applied merge" }).click();
  const report = alice.locator(".report.on-screen");
  await report.waitFor();
  assert.match(await report.locator(".deal").textContent(), /^An acquisition: Contoso acquires Fabricam/);
  const reported = await whoGains(report.locator(".who-gains"));
  assert.deepEqual(reported, rights, "the report says what the preview said");
  await readsWell(alice, "report");
  await alice.screenshot({ path: join(root, "target/e2e/report-rights.png"), fullPage: true });

  await alice.getByRole("link", { name: "History", exact: true }).click();
  await alice.locator(".history .event").nth(2).waitFor();
  assert.deepEqual(await alice.locator(".history .event .deal").allTextContents(), [
    "Kind of deal: Acquisition",
    "Kind of deal: Acquisition",
    "Kind of deal: Acquisition",
  ]);
});

test("in Dutch: a merger (fusie) chosen by alice is what fiona reads; the preview and the report say who gains which rights", async () => {
  const inDutch = { locale: "nl-NL" };
  const alice = await signedIn(dutch, "alice@contoso.com", inDutch);
  await alice.getByRole("link", { name: "Samenvoegen", exact: true }).click();
  await alice.getByLabel("Nodig een bedrijf uit met zijn wereldwijde Partner-ID (MPN-ID)").fill("3333333");
  await alice.getByRole("group", { name: "Soort transactie" }).getByLabel("Fusie", { exact: true }).check();
  await alice.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await alice.locator(".request[data-state=pending]").waitFor();
  assert.equal(await alice.locator(".request .deal").textContent(), "Soort transactie: Fusie");
  await readsWell(alice, "nl merges", "nl");

  const fiona = await signedIn(dutch, "fiona@fabricam.com", inDutch);
  await fiona.getByRole("link", { name: "Samenvoegen", exact: true }).click();
  assert.equal(await fiona.locator(".request[data-state=pending] .deal").textContent(), "Soort transactie: Fusie");
  await fiona.getByRole("link", { name: "Lees de uitnodiging en antwoord" }).click();
  await fiona.getByRole("heading", { level: 1, name: "Contoso nodigt Fabricam uit om de accounts samen te voegen" }).waitFor();
  assert.equal(
    await fiona.locator("main .deal").textContent(),
    "Een fusie: Contoso en Fabricam worden één bedrijf, onder het wereldwijde partneraccount (PGA) van Contoso met Partner-ID (MPN-ID) 1111111",
  );
  const fionaRights = await whoGains(fiona.locator("main .who-gains"));
  assert.equal(fionaRights.heading, "Wie welke rechten krijgt");
  assert.ok(fionaRights.lines.includes("fiona@fabricam.com (fabricam.com) treedt niet op voor het samengevoegde account"), fionaRights.lines.join("\n"));
  await readsWell(fiona, "nl invitation", "nl");
  await fiona.getByRole("button", { name: "Accepteren" }).click();
  await fiona.getByRole("button", { name: "Acceptatie intrekken" }).waitFor();

  await alice.reload();
  await alice.getByRole("link", { name: "Bekijk het samengevoegde account en bevestig" }).click();
  await alice.getByRole("heading", { level: 1, name: "Contoso neemt Fabricam op" }).waitFor();
  await alice.locator(".after .tree li").nth(4).waitFor();
  assert.match(await alice.locator(".technical").textContent(), /De server berekende hetzelfde plan/);
  const rights = await whoGains(alice.locator("main .card.who-gains"));
  assert.equal(rights.heading, "Wie welke rechten krijgt");
  assert.match(rights.reading, /^Alleen de beheerders van de eigen Microsoft Entra-tenants van Contoso treden op voor het samengevoegde account/);
  assert.deepEqual(rights.tenants, ["Microsoft Entra-tenant contoso.com (Contoso)", "Microsoft Entra-tenant fabricam.com (Fabricam)"]);
  assert.ok(
    rights.lines.includes("alice@contoso.com (contoso.com) treedt op voor het hele samengevoegde account: de samenvoegingen, rapporten en accountinstellingen ervan"),
    rights.lines.join("\n"),
  );
  assert.ok(rights.lines.includes("fiona@fabricam.com (fabricam.com) treedt niet op voor het samengevoegde account"), rights.lines.join("\n"));
  await readsWell(alice, "nl preview", "nl");
  await alice.screenshot({ path: join(root, "target/e2e/nl-preview-rights.png"), fullPage: true });

  await alice.getByRole("button", { name: "Samenvoeging bevestigen…" }).click();
  const dialog = alice.getByRole("dialog", { name: "Fabricam opnemen in Contoso?" });
  assert.equal((await dialog.locator(".rights li").allTextContents())[0], rights.reading);
  await dialog.getByLabel("Typ Fabricam om te bevestigen").fill("Fabricam");
  const merge = dialog.getByRole("button", { name: "Nu samenvoegen" });
  assert.ok(await merge.isDisabled(), "held until who gains which rights is acknowledged");
  await dialog.getByLabel("Ik heb gelezen wie welke rechten krijgt na de samenvoeging, en ik ga daarmee akkoord.").check();
  await merge.click();
  await alice.getByRole("status").filter({ hasText: "De samenvoeging is voltooid" }).waitFor();

  await alice.getByRole("link", { name: "Open het rapport van de uitgevoerde samenvoeging" }).click();
  const report = alice.locator(".report.on-screen");
  await report.waitFor();
  assert.match(await report.locator(".deal").textContent(), /^Een fusie: Contoso en Fabricam worden één bedrijf/);
  assert.deepEqual(await whoGains(report.locator(".who-gains")), rights, "the report says what the preview said");
  await readsWell(alice, "nl report", "nl");
  await alice.screenshot({ path: join(root, "target/e2e/nl-report-rights.png"), fullPage: true });
});

// The 2026-style pair of the demo (E3): Adatum, holding Solutions Partner designations and
// specializations, acquires Litware. Under this deployment's reading (A2) in English, and under
// Microsoft's current reading in Dutch and in German: what Lena of Litware reads before she
// accepts, what Ada confirms, and the report, all in the reader's language.
for (const { lang, locale, session, both } of [
  { lang: "en", locale: "en-US", session: english, both: false },
  { lang: "nl", locale: "nl-NL", session: dutchMicrosoft, both: true },
  { lang: "de", locale: "de-DE", session: germanMicrosoft, both: true },
]) {
  test(`Adatum acquires Litware in ${lang}${both ? ", under Microsoft's reading of admin rights" : ""}: both read who gains which rights`, async () => {
    const say = words(lang);
    const companies = { initiator: "Adatum", invitee: "Litware" };
    const acquisition = say("deal.kind.acquisition");
    const ada = await signedIn(session, "ada@adatum.com", { locale });
    await ada.getByRole("link", { name: say("nav.merges"), exact: true }).click();
    await ada.getByLabel(say("merges.invite_label")).fill("6200000");
    await ada.getByRole("group", { name: say("reading.deal") }).getByLabel(acquisition, { exact: true }).check();
    await ada.getByRole("button", { name: say("merges.send") }).click();
    await ada.locator(".request[data-state=pending]").waitFor();

    // Lena reads the deal and what accepting means before she answers.
    const lena = await signedIn(session, "lena@litware.com", { locale });
    await lena.getByRole("link", { name: say("nav.merges"), exact: true }).click();
    await lena.getByRole("link", { name: say("merges.read") }).click();
    await lena.getByRole("heading", { level: 1, name: say("invitation.title", companies) }).waitFor();
    assert.equal(
      await lena.locator("main .deal").textContent(),
      say("deal.acquisition", { ...companies, initiator_id: "6100000" }),
    );
    // A merger keeps no admins of hers acting unless the reading says so: Partner Center merges
    // the same way for both kinds, which she reads under the deal.
    assert.equal(await lena.locator("main .deal-same").textContent(), say("invitation.deal_same", companies));
    assert.equal(
      await lena.locator(".means .admins").textContent(),
      say(both ? "invitation.means_admins_both" : "invitation.means_admins", companies),
    );
    const lenaActs = say(both ? "rights.acts" : "rights.does_not_act", { email: "lena@litware.com", tenant: "litware.com" });
    const invitation = await whoGains(lena.locator("main .who-gains"));
    assert.equal(invitation.heading, say("reading.rights"));
    assert.deepEqual(invitation.tenants, [say("rights.tenant", { tenant: "litware.com", company: "Litware" })]);
    assert.ok(invitation.lines.includes(lenaActs), invitation.lines.join("\n"));
    await readsWell(lena, `${lang} 2026 invitation`, lang);
    await lena.screenshot({ path: join(root, `target/e2e/${lang}-invitation-2026.png`), fullPage: true });
    await lena.getByRole("button", { name: say("merges.accept"), exact: true }).click();
    await lena.getByRole("button", { name: say("invitation.withdraw") }).waitFor();

    await ada.reload();
    await ada.getByRole("link", { name: say("merges.review") }).click();
    await ada.getByRole("heading", { level: 1, name: say("preview.title", companies), exact: true }).waitFor();
    const rights = await whoGains(ada.locator("main .card.who-gains"));
    assert.equal(rights.heading, say("reading.rights"));
    assert.equal(rights.reading, both ? say("rights.reading.both_tenants") : say("rights.reading.own_tenants", companies));
    assert.deepEqual(rights.tenants, [
      say("rights.tenant", { tenant: "adatum.com", company: "Adatum" }),
      say("rights.tenant", { tenant: "litware.com", company: "Litware" }),
    ]);
    for (const line of [say("rights.acts", { email: "ada@adatum.com", tenant: "adatum.com" }), lenaActs]) {
      assert.ok(rights.lines.includes(line), `${line}\nnot in\n${rights.lines.join("\n")}`);
    }
    await readsWell(ada, `${lang} 2026 preview`, lang);
    await ada.screenshot({ path: join(root, `target/e2e/${lang}-preview-2026.png`), fullPage: true });

    await ada.getByRole("button", { name: say("confirm.open") }).click();
    const dialog = ada.getByRole("dialog", { name: say("confirm.title", companies) });
    assert.ok((await dialog.locator(".rights li").allTextContents()).includes(lenaActs));
    await dialog.getByLabel(say("confirm.type_to_confirm", { company: "Litware" })).fill("Litware");
    await acknowledgeRights(dialog, say);
    await dialog.getByRole("button", { name: say("confirm.merge_now") }).click();
    await ada.getByRole("status").filter({ hasText: say("merged.done").trim() }).waitFor();

    await ada.getByRole("link", { name: say("merged.report") }).click();
    const report = ada.locator(".report.on-screen");
    await report.waitFor();
    assert.equal(await report.locator(".deal").textContent(), say("deal.acquisition", { ...companies, initiator_id: "6100000" }));
    assert.deepEqual(await whoGains(report.locator(".who-gains")), rights, "the report says what the preview said");
    await readsWell(ada, `${lang} 2026 report`, lang);
    await ada.screenshot({ path: join(root, `target/e2e/${lang}-report-2026.png`), fullPage: true });
  });
}
