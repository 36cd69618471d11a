// Sign-in for real: no demo mode, accounts imported as an operator does, and real OpenID Connect
// providers on 127.0.0.1 (npm oauth2-mock-server): one for contoso.com, one for fabricam.com, and
// an Azure AD shaped one (`…/{tenantid}/v2.0`, tokens with tid, oid and xms_edov) for
// tailspin.com. alice and fiona sign in through their own in Chromium and do E1; sign-out ends
// the session; every kind of bad answer from a provider is refused: a forged or replayed one, an
// unverified email, another directory user than the one bound, another tenant's token, one that
// names only a preferred_username (issue #30). A confirm after the sign-in grew old takes alice
// through her provider again and back to the same plan.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { azureLikeProvider, provider } from "./providers.mjs";
import { acceptInvitation, acknowledgeRights, appMounted, audit, binary, invite, launchBrowser, previewedE1, root, startServer } from "./server.mjs";

const session = {};
let contoso, fabricam, tailspin;
const TAILSPIN_TENANT = "5f1c3a2e-0b7d-4c19-9a62-7d2f8e4b1c30";
const OTHER_TENANT = "0c9d8e7f-1a2b-4c3d-8e9f-a0b1c2d3e4f5";

before(async () => {
  contoso = await provider();
  fabricam = await provider();
  tailspin = await azureLikeProvider(TAILSPIN_TENANT);
  contoso.control.otherIssuer = fabricam.issuer;
  tailspin.control.otherIssuer = `${tailspin.base}/${OTHER_TENANT}/v2.0`;
  tailspin.control.otherTenant = OTHER_TENANT;
  const config = join(root, "target/e2e-identity-providers.toml");
  writeFileSync(config, [
    `[tenants."contoso.com"]`,
    `issuer = "${contoso.issuer}"`,
    `client_id = "partner-merge"`,
    `client_secret_env = "CONTOSO_CLIENT_SECRET"`,
    ``,
    `[tenants."fabricam.com"]`,
    `issuer = "${fabricam.issuer}"`,
    `client_id = "partner-merge"`,
    ``,
    `# Azure AD's form: the issuer takes the tenant's id.`,
    `[tenants."tailspin.com"]`,
    `issuer = "${tailspin.base}/{tenantid}/v2.0"`,
    `tenant_id = "${TAILSPIN_TENANT}"`,
    `client_id = "partner-merge"`,
    ``,
  ].join("\n"));
  session.server = await startServer({
    demo: false,
    accounts: ["contoso", "fabricam", "tailspin"].map((name) => join(root, `fixtures/${name}.json`)),
    // Every test here signs in from 127.0.0.1: no per-address limit (tested in the API's tests).
    args: ["--config", config, "--sign-in-limit", "0"],
    env: { CONTOSO_CLIENT_SECRET: "not-in-the-file" },
  });
  session.browser = await launchBrowser();
});

after(async () => {
  await session.browser?.close();
  session.server?.stop();
  await contoso?.server.stop();
  await fabricam?.server.stop();
  await tailspin?.server.stop();
});

/// A page signed in through the provider of the email's tenant, in its own browser context.
async function signedInThroughProvider({ server, browser }, email) {
  const page = await (await browser.newContext()).newPage();
  page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
  await page.goto(server.origin);
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL("**/account");
  await appMounted(page);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

test("alice and fiona sign in through their own providers and do E1 with no demo mode", async () => {
  const { alice, fiona } = await previewedE1(session, signedInThroughProvider);
  await alice.getByLabel("Signed in as alice@contoso.com").waitFor();
  await fiona.getByLabel("Signed in as fiona@fabricam.com").waitFor();
  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  const dialog = alice.getByRole("dialog", { name: "Merge Fabricam into Contoso?" });
  await dialog.getByLabel("Type Fabricam to confirm").fill("Fabricam");
  await acknowledgeRights(dialog);
  await dialog.getByRole("button", { name: "Merge now" }).click();
  await alice.getByRole("status").filter({ hasText: "The merge is complete" }).waitFor();
  await alice.screenshot({ path: join(root, "target/e2e/identity-provider-merged.png"), fullPage: true });
});

test("sign-out from the user menu ends the session on the server", async () => {
  const frank = await signedInThroughProvider(session, "frank@fabricam.com");
  const cookies = await frank.context().cookies();
  await frank.getByLabel("Signed in as frank@fabricam.com").click();
  await frank.getByRole("button", { name: "Sign out" }).waitFor();
  await audit(frank, "the user menu, open");
  await frank.getByRole("button", { name: "Sign out" }).click();
  await frank.getByLabel("Work email").waitFor();
  const response = await fetch(`${session.server.origin}/api/me`, {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
  });
  assert.equal(response.status, 401);
});

test("an email of a tenant with no provider is told so on the sign-in screen", async () => {
  const page = await (await session.browser.newContext()).newPage();
  await page.goto(session.server.origin);
  await page.getByLabel("Work email").fill("someone@northwind.example");
  await page.getByRole("button", { name: "Continue" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "northwind.example" });
  await alert.waitFor();
  await audit(page, "sign-in with a work email");
  assert.match(await alert.textContent(), /No account here signs in through northwind\.example/);
});

/// Signs in over plain HTTP as a browser would, following the provider's redirect by hand.
async function signInOverHttp(email) {
  const origin = session.server.origin;
  const start = await fetch(`${origin}/api/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  if (start.status !== 200) return { status: start.status, body: await start.json() };
  const cookie = start.headers.get("set-cookie").split(";")[0];
  const { url } = await start.json();
  const authorize = await fetch(url, { redirect: "manual" });
  const callback = authorize.headers.get("location");
  const answer = await fetch(callback, { headers: { cookie }, redirect: "manual" });
  const body = answer.status === 303 ? null : await answer.json();
  return { status: answer.status, body, callback, cookie, signedIn: answer.headers.get("set-cookie")?.split(";")[0] };
}

async function refused(email, tamper, provider = contoso) {
  provider.control.tamper = tamper;
  try {
    const answer = await signInOverHttp(email);
    assert.equal(answer.status, 403, JSON.stringify(answer.body));
    assert.equal(answer.body.code, "forbidden");
    return answer.body.message;
  } finally {
    provider.control.tamper = null;
  }
}

test("a good answer signs in; the session works for the API", async () => {
  const answer = await signInOverHttp("alice@contoso.com");
  assert.equal(answer.status, 303);
  const me = await fetch(`${session.server.origin}/api/me`, { headers: { cookie: answer.signedIn } });
  assert.equal(me.status, 200);
  assert.equal((await me.json()).email, "alice@contoso.com");
  assert.notEqual(answer.signedIn, answer.cookie, "a new session id at sign-in");
});

test("an ID token with a bad signature is refused", async () => {
  assert.match(await refused("alice@contoso.com", "signature"), /not valid.*signature/i);
});

test("an ID token for another audience is refused", async () => {
  assert.match(await refused("alice@contoso.com", "audience"), /not valid.*audience/i);
});

test("an ID token from another issuer is refused", async () => {
  assert.match(await refused("alice@contoso.com", "issuer"), /not valid.*issuer/i);
});

test("an expired ID token is refused", async () => {
  assert.match(await refused("alice@contoso.com", "expired"), /not valid.*expired/i);
});

test("an ID token with the nonce of an earlier sign-in is refused", async () => {
  await signInOverHttp("alice@contoso.com");
  assert.match(await refused("alice@contoso.com", "nonce"), /not valid.*nonce/i);
});

test("a replayed answer (state and code) is refused", async () => {
  const first = await signInOverHttp("alice@contoso.com");
  assert.equal(first.status, 303);
  // The same answer again, on the session it signed in: nothing is under way any more.
  const again = await fetch(first.callback, { headers: { cookie: first.signedIn }, redirect: "manual" });
  assert.equal(again.status, 403);
  assert.match((await again.json()).message, /no sign-in is under way/);
  // And an old answer brought to a new sign-in: its state is not this sign-in's.
  const start = await fetch(`${session.server.origin}/api/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "alice@contoso.com" }),
  });
  const cookie = start.headers.get("set-cookie").split(";")[0];
  const stale = await fetch(first.callback, { headers: { cookie }, redirect: "manual" });
  assert.equal(stale.status, 403);
  assert.match((await stale.json()).message, /not for the sign-in this browser started/);
});

test("a provider that signs in someone of another tenant is refused", async () => {
  contoso.control.asserts = "fiona@fabricam.com";
  try {
    assert.match(await refused("alice@contoso.com", null), /not a contoso\.com address/);
  } finally {
    contoso.control.asserts = null;
  }
});

test("an email in a known tenant but of nobody's account is refused with a message", async () => {
  const message = await refused("nobody@contoso.com", null);
  assert.match(message, /nobody@contoso\.com signed in, but is not a user of any account/);
});

test("an email of a tenant with no provider is refused before any provider is asked", async () => {
  const answer = await signInOverHttp("someone@northwind.example");
  assert.equal(answer.status, 403);
  assert.match(answer.body.message, /no account here signs in through northwind\.example/);
});

test("an Azure AD style issuer signs in its tenant's users, pinned to the configured tenant id", async () => {
  const answer = await signInOverHttp("tom@tailspin.com");
  assert.equal(answer.status, 303, JSON.stringify(answer.body));
  const me = await fetch(`${session.server.origin}/api/me`, { headers: { cookie: answer.signedIn } });
  assert.equal((await me.json()).account.company, "Tailspin");
  // The same provider issuing for another tenant (its own `iss`) is not this tenant's.
  assert.match(await refused("tom@tailspin.com", "issuer", tailspin), /not valid.*issuer/i);
});

// Issue #30: who signs in is a directory user with a verified email of the tenant.

test("fiona's token with email_verified false is refused", async () => {
  const message = await refused("fiona@fabricam.com", "unverified", fabricam);
  assert.match(message, /does not say that fiona@fabricam\.com is verified \(email_verified\)/);
});

test("a token with fiona's email but another sub than the one bound is refused; fiona's own still signs in", async () => {
  // Bound at her first sign-in (if not already).
  assert.equal((await signInOverHttp("fiona@fabricam.com")).status, 303);
  const message = await refused("fiona@fabricam.com", "another user", fabricam);
  assert.match(message, /fiona@fabricam\.com is bound to another directory user/);
  assert.match(message, /partner-merge-api users unbind fiona@fabricam\.com/);
  const own = await signInOverHttp("fiona@fabricam.com");
  assert.equal(own.status, 303, JSON.stringify(own.body));
  const me = await fetch(`${session.server.origin}/api/me`, { headers: { cookie: own.signedIn } });
  assert.equal((await me.json()).email, "fiona@fabricam.com");
});

test("an operator unbinds fiona: her sessions end, and the next directory user to sign in as her is bound", async () => {
  const before = await signInOverHttp("fiona@fabricam.com");
  assert.equal(before.status, 303);
  const me = (cookie) => fetch(`${session.server.origin}/api/me`, { headers: { cookie } });
  assert.equal((await me(before.signedIn)).status, 200);
  const said = execFileSync(binary, ["users", "unbind", "fiona@fabricam.com", "--database", join(session.server.dir, "e2e.sqlite")]);
  assert.match(String(said), /unbound fiona@fabricam\.com/);
  assert.equal((await me(before.signedIn)).status, 401, "her session ended");
  // Her directory account changed: the new one signs in and is bound; the old one no longer.
  fabricam.control.tamper = "another user";
  try {
    const now = await signInOverHttp("fiona@fabricam.com");
    assert.equal(now.status, 303, JSON.stringify(now.body));
  } finally {
    fabricam.control.tamper = null;
  }
  assert.match(await refused("fiona@fabricam.com", null, fabricam), /bound to another directory user/);
});

test("an Entra-shaped token with another tid is refused", async () => {
  const message = await refused("tom@tailspin.com", "another tenant", tailspin);
  assert.match(message, /tid claim is not the one this server requires for tailspin\.com/);
  assert.ok(!message.includes(TAILSPIN_TENANT), "the tenant id required is not told");
});

test("a token that names only a preferred_username is refused", async () => {
  const message = await refused("alice@contoso.com", "no email");
  assert.match(message, /names no email \(the email claim\)/);
});

// Issue #30: a fresh sign-in before anything irreversible, as GitHub's sudo mode.

test("a confirm after alice's sign-in grew old takes her through her provider again and she confirms the same plan", async () => {
  const origin = session.server.origin;
  // Her provider last asked for her password twenty minutes ago.
  contoso.control.authenticatedAgo = 20 * 60;
  let alice;
  try {
    alice = await signedInThroughProvider(session, "alice@contoso.com");
  } finally {
    contoso.control.authenticatedAgo = 0;
  }
  await invite(alice, "9999999");
  await alice.locator(".request[data-state=pending]").waitFor();
  const tom = await signedInThroughProvider(session, "tom@tailspin.com");
  await acceptInvitation(tom);
  await alice.reload();
  await alice.getByRole("link", { name: "Review the merged account and confirm" }).click();
  await alice.getByRole("heading", { level: 1, name: "Contoso absorbs Tailspin" }).waitFor();
  const fingerprint = (await alice.locator(".technical .fingerprint code").textContent()).trim();
  const id = Number(new URL(alice.url()).pathname.split("/")[2]);
  const cookie = async () => (await alice.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  // The API alone answers a clear refusal, with its own code, until she signs in again.
  const answer = await fetch(`${origin}/api/merges/${id}/confirm`, {
    method: "POST",
    headers: { cookie: await cookie(), "content-type": "application/json" },
    // Who gains which rights acknowledged (R23): only the fresh sign-in is missing.
    body: JSON.stringify({ fingerprint, rights_acknowledged: "own_tenants" }),
  });
  assert.equal(answer.status, 401);
  const refusal = await answer.json();
  assert.equal(refusal.code, "reauthentication_required");
  assert.deepEqual(refusal.details, { max_age: 600 });
  assert.match(refusal.message, /within the last 10 minutes and you signed in 20 minutes ago/);

  // The app: Merge now → her provider, asked for a sign-in at most 10 minutes old → back to
  // the same preview, the dialog open on it.
  await alice.getByRole("button", { name: "Confirm merge…" }).click();
  const dialog = alice.getByRole("dialog", { name: "Merge Tailspin into Contoso?" });
  await dialog.getByLabel("Type Tailspin to confirm").fill("Tailspin");
  await acknowledgeRights(dialog);
  await dialog.getByRole("button", { name: "Merge now" }).click();
  await alice.waitForURL(/\/merges\/\d+\/preview\?confirm=/);
  assert.equal(contoso.control.maxAges.at(-1), "600");
  const again = alice.getByRole("dialog", { name: "Merge Tailspin into Contoso?" });
  await again.waitFor();
  assert.equal((await alice.locator(".technical .fingerprint code").textContent()).trim(), fingerprint);
  assert.equal(new URL(alice.url()).search, "", "the mark is taken off the address");
  await again.getByRole("button", { name: "Merge now" }).click();
  await alice.getByRole("status").filter({ hasText: "The merge is complete" }).waitFor();
  const history = await (await fetch(`${origin}/api/history`, { headers: { cookie: await cookie() } })).json();
  assert.equal(history[0].event, "completed");
  assert.equal(history[0].detail, fingerprint, "the plan she saw is the one applied");
  await alice.screenshot({ path: join(root, "target/e2e/step-up-merged.png"), fullPage: true });
});
