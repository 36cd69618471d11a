// The real API serving the built app (dist/), on a free port with a fresh database, and
// Debian's Chromium driven by Playwright.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { FluentBundle, FluentResource } from "@fluent/bundle";

export const root = new URL("../../", import.meta.url).pathname;

export const binary = process.env.PARTNER_MERGE_API ?? join(root, "target/release/partner-merge-api");

/// Starts the API: in demo mode by default; with `demo: false`, on a database holding the
/// `accounts` imported as an operator would, and `args` (e.g. `--config`) and `env` added.
export async function startServer({ demo = true, accounts = [], args = [], env = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "partner-merge-e2e-"));
  const database = join(dir, "e2e.sqlite");
  if (accounts.length > 0) {
    execFileSync(binary, ["accounts", "import", ...accounts, "--database", database]);
  }
  const mode = demo ? ["--demo"] : [];
  const child = spawn(binary, [...mode, "--port", "0", "--database", database, "--site", join(root, "dist"), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, RUST_LOG: "warn", ...env },
  });
  const lines = createInterface({ input: child.stdout });
  const origin = await new Promise((resolve, reject) => {
    lines.on("line", (line) => {
      if (line.startsWith("listening on ")) resolve(`http://${line.slice("listening on ".length)}`);
    });
    child.on("exit", (code) => reject(new Error(`the API exited with ${code}`)));
  });
  return {
    origin,
    dir,
    stop() {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/// A server and a browser for the tests of one file, started before them and stopped after.
export function serverAndBrowser(options) {
  const session = {};
  before(async () => {
    session.server = await startServer(typeof options === "function" ? options() : options);
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    session.server?.stop();
  });
  return session;
}

/// A page signed in as `email` in its own browser context (its own cookies), whose browser
/// prefers `locale`.
export async function signedIn({ server, browser }, email, { locale = "en-US" } = {}) {
  const page = await (await browser.newContext({ locale })).newPage();
  page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
  await page.goto(server.origin);
  await page.getByRole("button", { name: email }).click();
  await page.waitForURL("**/account");
  await appMounted(page);
  return page;
}

/// Waits until the app has mounted on a page just loaded: the URL and the load event come
/// before the wasm has started, while index.html's shell (and its lang="en") still stands.
export async function appMounted(page) {
  await page.locator("#shell").waitFor({ state: "detached" });
}

/// Sends an invitation from the account merge screen, to a merger unless `deal` names the
/// other kind ("Acquisition").
export async function invite(page, mpnId, deal = "Merger") {
  await page.getByRole("link", { name: "Account merge" }).click();
  await page.getByLabel("Invite a company by its global Partner ID (MPN ID)").fill(mpnId);
  await page.getByRole("group", { name: "Kind of deal" }).getByLabel(deal, { exact: true }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
}

/// Ticks, in the confirm dialog, that who gains which rights was read (in `say`'s language).
export async function acknowledgeRights(dialog, say = words("en")) {
  await dialog.getByLabel(say("confirm.rights_acknowledge")).check();
}

/// E1 up to the preview, through the screens: alice invites Fabricam, fiona accepts, alice opens
/// the preview. Returns both pages.
export async function previewedE1(session, signIn = signedIn) {
  const alice = await signIn(session, "alice@contoso.com");
  await invite(alice, "3333333");
  await alice.locator(".request[data-state=pending]").waitFor();
  const fiona = await signIn(session, "fiona@fabricam.com");
  await acceptInvitation(fiona);
  await alice.reload();
  await alice.getByRole("link", { name: "Review the merged account and confirm" }).click();
  await alice.getByRole("heading", { level: 1, name: "Contoso absorbs Fabricam" }).waitFor();
  return { alice, fiona };
}

/// The invitee opens the invitation from the account merge screen, reads it and accepts.
export async function acceptInvitation(page, say = words("en")) {
  await page.getByRole("link", { name: say("nav.merges") }).click();
  await page.getByRole("link", { name: say("merges.read") }).click();
  await page.getByRole("button", { name: say("merges.accept") }).click();
  await page.getByRole("button", { name: say("invitation.withdraw") }).waitFor();
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/// axe-core on the page as it is, WCAG 2.2's target size included: no serious or critical
/// violation.
export async function audit(page, screen) {
  // Evaluated by the browser's devtools, not as a page script: the app's CSP allows none inline.
  await page.evaluate(readFileSync(axePath, "utf8"));
  const results = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"], rules: { "target-size": { enabled: true } } }));
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${screen}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(serious, [], serious.join("\n"));
}

/// The words every surface shows in `lang` ("en", "nl", "de"), from the catalogue
/// (locales/<lang>/*.ftl, read by Fluent's own implementation): `say("merges.send")` is the
/// message `merges-send`, `say("preview.title", { initiator: "Contoso", invitee: "Fabricam" })`.
export function words(lang) {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const dir = join(root, "locales", lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const errors = bundle.addResource(new FluentResource(readFileSync(join(dir, file), "utf8")));
    assert.deepEqual(errors, [], `locales/${lang}/${file}`);
  }
  return (key, values = {}) => {
    const id = key.replace(/[._]/g, "-");
    const message = bundle.getMessage(id);
    assert.ok(message?.value, `locales/${lang} has ${id}`);
    return bundle.formatPattern(message.value, values);
  };
}

/// Every piece of text a reader sees on the page (not inside form fields, code or the
/// technical details), with whether it is cut off: outside the viewport sideways, or clipped by
/// a box that scrolls or hides what overflows it.
async function seenTexts(page) {
  return page.evaluate(() => {
    const skipped = "textarea, input, select, option, code, pre, script, style, details.technical, .visually-hidden, svg";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = [];
    const width = document.documentElement.clientWidth;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest(skipped)) continue;
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      // Inside a closed dialog or details, nothing is drawn.
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      let cut = rects.some((r) => r.left < -1 || r.right > width + 1);
      let unseen = false;
      for (let box = parent; box && box !== document.body && !cut && !unseen; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === "visible" && style.overflowY === "visible") continue;
        const edge = box.getBoundingClientRect();
        // Read by screen readers, drawn nowhere (the visually hidden pattern).
        unseen = edge.width <= 1 || edge.height <= 1;
        if (unseen) break;
        cut = rects.some((r) => r.left < edge.left - 1 || r.right > edge.right + 1 || (style.textOverflow === "ellipsis" && box.scrollWidth > box.clientWidth + 1));
      }
      if (unseen) continue;
      seen.push({ text, cut, where: parent.tagName.toLowerCase() + (parent.className ? "." + String(parent.className).split(" ").join(".") : "") });
    }
    return seen;
  });
}

/// Words a Dutch screen must not use: English left in, and the article's or our own earlier
/// words where the terms of the spec's §6 (docs/decisions.md) are one word per concept.
const notDutch = [
  /\bpreview\b/i, /\bverjaardatum\b/i, /\bvoordelentoken\b/i, /\bincentives\b/i,
  /\bVoorbeeld:/, /\bmicro soft\b/i, /\bvoor delen\b/i, /\bbenefits\b/i, /\bcannot\b/i,
];

/// Words a German screen must not use: English left in where §7 of the spec has a German term
/// (tenant is Mandant, location Standort).
const notGerman = [
  /\bpreview\b/i, /\btenants?\b/i, /\blocations?\b/i, /\bbenefits\b/i, /\bcannot\b/i,
  /\bincentives\b/i, /\baccount admin\b/i,
];

/// Words of the 2020 program (issue #32): "Azure AD" (Microsoft Entra now), or an MPN ID not
/// named "Partner ID (MPN ID)", the old name only in brackets after today's.
export function outdatedWords(text) {
  return /Azure AD|(?<!\()MPN[- ]ID/.test(text);
}

/// Microsoft's offer names, which its Dutch and German pages keep in English.
const offerNames = /Partner Launch Benefits|Partner Success (Core|Expanded)/g;

/// What a person reads on `screen` holds no rule number (R7, W3, A2), no internal code
/// (incentives_admin) and no ISO date or time, and in Dutch and German none of the words §6
/// and §7 replace (but in Microsoft's offer names); nothing is cut off at the page's width;
/// nothing says "Azure AD" or a bare "MPN ID".
export async function readsWell(page, screen, lang = "en") {
  const seen = await seenTexts(page);
  const replaced = { nl: notDutch, de: notGerman }[lang];
  if (replaced) {
    const wrong = seen
      .filter(({ text }) => replaced.some((word) => word.test(text.replace(offerNames, ""))))
      .map(({ text, where }) => `${screen}: "${text}" in ${where}`);
    assert.deepEqual(wrong, [], wrong.join("\n"));
  }
  const outdated = seen
    .filter(({ text }) => outdatedWords(text))
    .map(({ text, where }) => `${screen}: "${text}" in ${where} is out of date`);
  assert.deepEqual(outdated, [], outdated.join("\n"));
  const leftovers = seen
    .filter(({ text }) => /\b[RWA]\d{1,2}\b|\b[a-z]+_[a-z_]+\b|\b\d{4}-\d{2}-\d{2}/.test(text))
    .map(({ text, where }) => `${screen}: "${text}" in ${where}`);
  assert.deepEqual(leftovers, [], leftovers.join("\n"));
  const cut = seen.filter(({ cut }) => cut).map(({ text, where }) => `${screen}: "${text}" in ${where} is cut off`);
  assert.deepEqual(cut, [], cut.join("\n"));
}
