// The same sentences on every surface: for E1 in each language, the CLI's text plan
// (`partner-merge plan … --text --lang`), the <partner-merge-preview> element and the app's
// preview (the sandbox, planned in the browser) say what the merge costs, what changes and what
// is not merged in the same words, in the same order: all three read merge-core's sentences
// from one catalogue (locales/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { outdatedWords, root, serverAndBrowser, words } from "./server.mjs";

const session = serverAndBrowser();
const cli = process.env.PARTNER_MERGE_CLI ?? join(root, "target/release/partner-merge");
const languages = [
  { lang: "en", locale: "en-US" },
  { lang: "nl", locale: "nl-NL" },
  { lang: "de", locale: "de-DE" },
];

// The element from the npm package, on a static page as a site without a framework embeds it.
const types = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm" };
let files;
let filesOrigin;
before(async () => {
  files = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, "http://x").pathname)));
    if (!path.startsWith(root)) return response.writeHead(403).end();
    try {
      const body = await readFile(path);
      response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => files.listen(0, "127.0.0.1", resolve));
  filesOrigin = `http://127.0.0.1:${files.address().port}`;
});
after(() => files?.close());

/// The sentences under each of the text plan's headings.
function cliSections(lang, { pair = ["contoso", "fabricam"], asOf = "2020-05-15", reading = "own_tenants" } = {}) {
  const text = execFileSync(cli, [
    "plan", ...pair.map((name) => join(root, `fixtures/${name}.json`)),
    "--as-of", asOf, "--text", "--lang", lang, "--admin-reading", reading,
  ], { encoding: "utf8" });
  const sections = {};
  let current;
  for (const line of text.split("\n")) {
    if (/^\S.*:$/.test(line)) current = sections[line.slice(0, -1)] = [];
    else if (line.startsWith("  - ") && current) current.push(line.slice(4));
  }
  return { text, sections };
}

for (const { lang, locale } of languages) {
  test(`E1 in ${lang}: the CLI, the element and the app give the same sentences`, async () => {
    const say = words(lang);
    const { text, sections } = cliSections(lang);
    const costs = sections[say("reading.consequences")];
    const changes = sections[say("reading.changes")];
    const notMerged = sections[say("reading.not_merged")];
    assert.ok(costs?.length >= 5 && changes?.length >= 10 && notMerged?.length >= 3, text);
    for (const id of ["1111111", "2222222", "3333333", "4444444", "5555555"]) {
      assert.ok(text.includes(id), `the ${lang} text plan names ${id}`);
    }

    const context = await session.browser.newContext({ locale });
    const element = await context.newPage();
    await element.goto(`${filesOrigin}/crates/merge-wasm/examples/embed.html`);
    await element.waitForSelector("body[data-ready=true]");
    const preview = element.locator("partner-merge-preview");
    await preview.evaluate((node, lang) => node.setAttribute("lang", lang), lang);
    await preview.locator(`section[lang=${lang}]`).waitFor();
    const texts = (selector) => preview.locator(selector).allTextContents();
    assert.deepEqual(await texts(".consequences li"), costs, "the element's consequences");
    assert.deepEqual(await texts(".changes li"), changes, "the element's changes");
    assert.deepEqual(await texts(".not-merged li"), notMerged, "the element's not merged");
    // Who gains which rights: the reading, then each tenant's people, as the CLI says it.
    const rights = sections[say("reading.rights")];
    assert.equal(await preview.locator(".rights h3").textContent(), say("reading.rights"));
    assert.deepEqual([...(await texts(".rights .reading")), ...(await texts(".rights li"))], rights, "the element's rights");
    assert.deepEqual(await texts(".rights h4"), [
      say("rights.tenant", { tenant: "contoso.com", company: "Contoso" }),
      say("rights.tenant", { tenant: "fabricam.com", company: "Fabricam" }),
    ]);
    const elementText = await preview.evaluate((node) => node.shadowRoot.textContent);
    assert.ok(!outdatedWords(text), `the ${lang} text plan says no Azure AD or bare MPN ID:\n${text}`);
    assert.ok(!outdatedWords(elementText), `the ${lang} element says no Azure AD or bare MPN ID`);

    const app = await context.newPage();
    await app.goto(`${session.server.origin}/sandbox`);
    await app.getByRole("button", { name: say("sandbox.preview") }).click();
    await app.getByRole("heading", { level: 1, name: say("preview.title", { initiator: "Contoso", invitee: "Fabricam" }), exact: true }).waitFor();
    // Each item less its mark (Added, Moved, …), which the app shows before the sentence.
    const sentences = (selector) => app.locator(selector).evaluateAll((items) => items.map((li) => {
      const copy = li.cloneNode(true);
      copy.querySelectorAll(".tag").forEach((tag) => tag.remove());
      return copy.textContent.trim();
    }));
    assert.deepEqual(await sentences("main li[data-weight]"), costs, "the app's consequences");
    assert.deepEqual(await sentences("#changes ~ ul.marked li"), changes, "the app's changes");
    assert.deepEqual(await sentences("#not-merged ~ ul.marked li"), notMerged, "the app's not merged");
    await context.close();
  });
}

// The 2026-style pair (designations, specializations, Partner Launch Benefits) under
// Microsoft's current reading of admin rights: the element says who gains which rights as the
// CLI does, in English and in Dutch; an unknown reading is shown, not guessed.
for (const lang of ["en", "nl"]) {
  test(`Adatum and Litware in ${lang}: the element says who gains which rights as the CLI does, under Microsoft's reading`, async () => {
    const say = words(lang);
    const { sections } = cliSections(lang, { pair: ["adatum", "litware"], asOf: "2026-05-15", reading: "both_tenants" });
    const rights = sections[say("reading.rights")];
    assert.ok(rights?.length >= 5, JSON.stringify(sections));
    const page = await session.browser.newPage();
    await page.goto(`${filesOrigin}/crates/merge-wasm/examples/embed.html`);
    await page.waitForSelector("body[data-ready=true]");
    const preview = page.locator("partner-merge-preview");
    await preview.evaluate(async (node, lang) => {
      const load = async (name) => (await fetch(`/fixtures/${name}.json`)).json();
      node.setAttribute("lang", lang);
      node.setAttribute("admin-reading", "both_tenants");
      node.setAttribute("as-of", "2026-05-15");
      node.initiator = await load("adatum");
      node.invitee = await load("litware");
    }, lang);
    await preview.locator(".rights h4", { hasText: "litware.com" }).waitFor();
    const texts = (selector) => preview.locator(selector).allTextContents();
    assert.deepEqual([...(await texts(".rights .reading")), ...(await texts(".rights li"))], rights);
    // Under Microsoft's reading, the acquired company's admin acts for the merged account too.
    assert.ok((await texts(".rights li")).includes(say("rights.acts", { email: "lena@litware.com", tenant: "litware.com" })));

    await preview.evaluate((node) => node.setAttribute("admin-reading", "everyone"));
    const error = preview.locator("[role=alert]");
    await error.waitFor();
    assert.equal(await error.getAttribute("data-code"), "UNKNOWN_ADMIN_READING");
    assert.match(await error.textContent(), /write own_tenants \(the default\) or both_tenants/);
    await page.close();
  });
}
