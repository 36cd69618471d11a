// axe-core on every screen, in English, Dutch and German, at a desktop's 1280 px and a phone's
// 360 px, WCAG 2.2's target size included: no serious or critical violation, nothing wider than
// the screen, no text cut off or hidden in a box that scrolls sideways, no rule number,
// internal code or ISO date a person would read, and a screenshot of each under target/e2e/
// (`<lang>-<width>-<screen>.png`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { acknowledgeRights, appMounted, audit, launchBrowser, readsWell, root, startServer, words } from "./server.mjs";

let browser;

before(async () => {
  browser = await launchBrowser();
  mkdirSync(join(root, "target/e2e"), { recursive: true });
});

after(async () => {
  await browser?.close();
});

const languages = [
  { lang: "en", locale: "en-US" },
  { lang: "nl", locale: "nl-NL" },
  { lang: "de", locale: "de-DE" },
];
const widths = [1280, 360];

for (const { lang, locale } of languages) {
  for (const width of widths) {
    test(`every screen in ${lang} at ${width} px passes axe-core`, async () => {
      // A fresh demo per run: the flow ends with the merge applied.
      const server = await startServer();
      try {
        await everyScreen({ server, say: words(lang), locale, width, lang });
      } finally {
        server.stop();
      }
    });
  }
}

async function everyScreen({ server, say, locale, width, lang }) {
  const viewport = { width, height: width < 600 ? 740 : 800 };
  const opened = async (path = "/") => {
    const page = await (await browser.newContext({ locale, viewport })).newPage();
    page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
    await page.goto(`${server.origin}${path}`);
    return page;
  };
  const check = async (page, screen) => {
    await page.screenshot({ path: join(root, `target/e2e/${lang}-${width}-${screen}.png`), fullPage: true });
    await audit(page, `${lang} ${width} px ${screen}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `${screen} at ${width} px is ${wide} px wide`);
    await readsWell(page, `${lang} ${width} px ${screen}`, lang);
  };

  const alice = await opened();
  await alice.getByRole("button", { name: "alice@contoso.com" }).waitFor();
  await check(alice, "sign-in");
  await alice.getByRole("button", { name: "alice@contoso.com" }).click();
  await alice.getByRole("heading", { level: 1, name: "Contoso" }).waitFor();
  await alice.locator(".tree li").first().waitFor();
  await check(alice, "account");

  await alice.getByRole("link", { name: say("nav.merges") }).click();
  await alice.getByLabel(say("merges.invite_label")).fill("3333333");
  await alice.getByRole("group", { name: say("reading.deal") }).getByLabel(say("deal.kind.merger"), { exact: true }).check();
  await alice.getByRole("button", { name: say("merges.send") }).click();
  await alice.locator(".request[data-state=pending]").waitFor();
  await check(alice, "merges");

  const fiona = await opened();
  await fiona.getByRole("button", { name: "fiona@fabricam.com" }).click();
  await fiona.waitForURL("**/account");
  await appMounted(fiona);
  await fiona.getByRole("link", { name: say("nav.merges") }).click();
  await fiona.getByRole("link", { name: say("merges.read") }).waitFor();
  await check(fiona, "merges-incoming");
  await fiona.getByRole("link", { name: say("merges.read") }).click();
  await fiona.getByRole("heading", { level: 1, name: say("invitation.title", { initiator: "Contoso", invitee: "Fabricam" }) }).waitFor();
  await fiona.locator(".after .tree li").nth(3).waitFor();
  await check(fiona, "invitation");
  await fiona.getByRole("button", { name: say("merges.accept") }).click();
  await fiona.getByRole("button", { name: say("invitation.withdraw") }).waitFor();
  await check(fiona, "invitation-accepted");

  await alice.reload();
  await alice.getByRole("link", { name: say("merges.review") }).click();
  await alice.getByRole("heading", { level: 1, name: say("preview.title", { initiator: "Contoso", invitee: "Fabricam" }) }).waitFor();
  await alice.locator(".after .tree li").nth(4).waitFor();
  await check(alice, "preview");
  await alice.getByRole("button", { name: say("confirm.open") }).click();
  const dialog = alice.getByRole("dialog", { name: say("confirm.title", { initiator: "Contoso", invitee: "Fabricam" }) });
  await dialog.waitFor();
  await check(alice, "confirm");
  await dialog.getByLabel(say("confirm.type_to_confirm", { company: "Fabricam" })).fill("Fabricam");
  await acknowledgeRights(dialog, say);
  await dialog.getByRole("button", { name: say("confirm.merge_now") }).click();
  await alice.getByRole("heading", { level: 1, name: say("merged.title", { initiator: "Contoso", invitee: "Fabricam" }) }).waitFor();
  await check(alice, "merged");
  await alice.getByRole("link", { name: say("merged.report") }).click();
  await alice.locator(".report.on-screen").waitFor();
  await check(alice, "report");
  await alice.goto(`${server.origin}/account`);

  // R17: Fabricam's users re-issued into contoso.com, previewed and confirmed.
  await alice.getByRole("link", { name: say("account.reissue") }).click();
  await alice.getByRole("heading", { level: 1, name: say("reissue.title") }).waitFor();
  await alice.getByRole("checkbox", { name: "fiona@fabricam.com" }).uncheck();
  await alice.getByRole("button", { name: say("reissue.preview") }).click();
  await alice.locator(".reissue-sentences li").first().waitFor();
  await check(alice, "reissue");
  await alice.getByRole("button", { name: say("reissue.open") }).click();
  const reissue = alice.getByRole("dialog", { name: say("reissue.dialog_title") });
  await reissue.waitFor();
  await check(alice, "reissue-confirm");
  await reissue.getByLabel(say("reissue.type_to_confirm", { tenant: "fabricam.com" })).fill("fabricam.com");
  await reissue.getByRole("button", { name: say("reissue.now") }).click();
  await alice.getByRole("status").filter({ hasText: say("reissue.done") }).waitFor();

  await alice.getByRole("link", { name: say("nav.history"), exact: true }).click();
  await alice.locator(".history .event").nth(3).waitFor();
  await check(alice, "history");

  const visitor = await opened("/sandbox");
  await visitor.getByRole("button", { name: say("sandbox.preview") }).click();
  await visitor.getByRole("heading", { level: 1, name: say("preview.title", { initiator: "Contoso", invitee: "Fabricam" }), exact: true }).waitFor();
  await check(visitor, "sandbox");
  await visitor.getByRole("button", { name: say("sandbox.compare") }).click();
  await visitor.getByRole("heading", { name: say("compare.title") }).waitFor();
  await check(visitor, "sandbox-compare");
  await visitor.getByRole("button", { name: say("sandbox.add_invitee") }).click();
  await visitor.getByRole("button", { name: say("sandbox.preview") }).click();
  await visitor.locator(".chain-step").nth(1).waitFor();
  await check(visitor, "sandbox-chain");
}
