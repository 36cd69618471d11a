// The other company hears of it (issue #31), end to end with no demo mode: sign-in through real
// OpenID Connect providers (./providers.mjs) and a real SMTP server started here (npm
// smtp-server, each message read back with mailparser). fiona, whose language is Dutch, gets
// alice's invitation in Dutch with a link that opens it; her acceptance reaches alice; the
// confirm's receipt reaches both companies' admins with the fingerprint; tom (Tailspin) gets
// nothing; no email carries bank or tax details.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import { acknowledgeRights, appMounted, invite, launchBrowser, root, startServer, words } from "./server.mjs";
import { provider } from "./providers.mjs";

const session = {};
const mail = [];
let smtp;
let providers = [];

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, envelope, callback) {
      simpleParser(stream).then((parsed) => {
        mail.push({ to: envelope.envelope.rcptTo.map((r) => r.address), parsed });
        callback();
      }, callback);
    },
  });
  await new Promise((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  providers = await Promise.all([provider(), provider(), provider()]);
  const [contoso, fabricam, tailspin] = providers;
  const config = join(root, "target/e2e-email.toml");
  writeFileSync(config, [
    ...[["contoso.com", contoso], ["fabricam.com", fabricam], ["tailspin.com", tailspin]].flatMap(
      ([domain, p]) => [`[tenants."${domain}"]`, `issuer = "${p.issuer}"`, `client_id = "partner-merge"`, ``],
    ),
    `[smtp]`,
    `url = "smtp://127.0.0.1:${smtp.server.address().port}"`,
    `from = "Partner Merge <merge@example.com>"`,
    ``,
    `[notifications]`,
    `poll = "200ms"`,
  ].join("\n"));
  session.server = await startServer({
    demo: false,
    accounts: ["contoso", "fabricam", "tailspin"].map((name) => join(root, `fixtures/${name}.json`)),
    args: ["--config", config, "--sign-in-limit", "0"],
  });
  session.browser = await launchBrowser();
});

after(async () => {
  await session.browser?.close();
  session.server?.stop();
  await Promise.all(providers.map((p) => p.server.stop()));
  await new Promise((resolve) => smtp?.close(resolve));
});

/// A page signed in through the provider of the email's tenant.
async function signedIn(email) {
  const page = await (await session.browser.newContext()).newPage();
  page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
  await page.goto(session.server.origin);
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL("**/account");
  await appMounted(page);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

/// The messages to `address` once there are `n` of them (at most 15 s).
async function mailTo(address, n = 1) {
  const to = () => mail.filter((m) => m.to.includes(address));
  for (let waited = 0; to().length < n && waited < 15000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(to().length, n, `${n} emails to ${address}: ${to().map((m) => m.parsed.subject)}`);
  return to().map((m) => m.parsed);
}

test("alice invites, fiona reads it in Dutch and accepts, both companies get the receipt", async () => {
  const nl = words("nl");
  const fiona = await signedIn("fiona@fabricam.com");
  // The language menu tells the server too: fiona's emails come in Dutch.
  const kept = fiona.waitForResponse((r) => r.url().endsWith("/api/me/language") && r.status() === 204);
  await fiona.getByLabel("Language").selectOption("nl");
  await kept;

  const alice = await signedIn("alice@contoso.com");
  await invite(alice, "3333333");
  await alice.locator(".request[data-state=pending]").waitFor();
  const [invitation] = await mailTo("fiona@fabricam.com");
  assert.equal(invitation.subject, "Contoso nodigt Fabricam uit om accounts samen te voegen");
  assert.equal(invitation.headers.get("content-language"), "nl-NL");
  assert.match(invitation.text, /nodigt Fabricam uit/);
  assert.match(invitation.html, /<html lang="nl-NL">/);
  // The link in the email opens the invitation, where fiona accepts.
  const link = invitation.text.match(/https?:\/\/\S+\/merges\/\d+/)[0];
  assert.ok(link.startsWith(session.server.origin), link);
  await fiona.goto(link);
  await fiona.getByRole("button", { name: nl("merges.accept") }).click();
  await fiona.getByRole("button", { name: nl("invitation.withdraw") }).waitFor();

  const [accepted] = await mailTo("alice@contoso.com");
  assert.equal(accepted.subject, "Fabricam accepted the merge");
  await alice.reload();
  await alice.getByRole("link", { name: "Review the merged account and confirm" }).click();
  await alice.getByRole("heading", { level: 1, name: "Contoso absorbs Fabricam" }).waitFor();
  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  const dialog = alice.getByRole("dialog", { name: "Merge Fabricam into Contoso?" });
  await dialog.getByLabel("Type Fabricam to confirm").fill("Fabricam");
  await acknowledgeRights(dialog);
  await dialog.getByRole("button", { name: "Merge now" }).click();
  await alice.getByRole("status").filter({ hasText: "The merge is complete" }).waitFor();

  // The receipt, to both companies' admins, with the fingerprint the history records.
  const history = await alice.evaluate(async () => (await fetch("/api/history")).json());
  const fingerprint = history.find((e) => e.event === "completed").detail;
  assert.match(fingerprint, /^sha256:[0-9a-f]{64}$/);
  const aliceReceipt = (await mailTo("alice@contoso.com", 2))[1];
  const fionaReceipt = (await mailTo("fiona@fabricam.com", 2))[1];
  assert.match(aliceReceipt.subject, /^Receipt: Fabricam was merged into Contoso$/);
  assert.match(fionaReceipt.subject, /^Bevestiging: Fabricam is samengevoegd met Contoso$/);
  for (const receipt of [aliceReceipt, fionaReceipt]) {
    assert.ok(receipt.text.includes(fingerprint), receipt.text);
    assert.ok(receipt.html.includes(fingerprint));
    assert.match(receipt.text, /\/merges\/\d+\/report/);
  }

  // tom heard of none of it, nor did anyone but the two admins; no bank or tax data anywhere.
  assert.equal(mail.filter((m) => m.to.includes("tom@tailspin.com")).length, 0);
  assert.deepEqual([...new Set(mail.flatMap((m) => m.to))].sort(), ["alice@contoso.com", "fiona@fabricam.com"]);
  for (const { parsed } of mail) {
    const all = `${parsed.subject} ${parsed.text} ${parsed.html}`;
    for (const secret of ["4242", "1881", "7070", "bank_account", "tax_id"]) {
      assert.ok(!all.includes(secret), `${secret} in "${parsed.subject}"`);
    }
  }
});
