// The server's log as a log collector reads it (`--log-format json`, at debug level, more than
// an operator runs): one JSON line per request with the request id the response carried, its
// route, status and latency; and in the whole log of two OpenID Connect sign-ins (real providers
// on 127.0.0.1, npm oauth2-mock-server) and the E1 merge confirmed, no session cookie's value,
// no ID token (nor any part of one), no authorization code and no client secret (issue #34).
// The metrics count those sign-ins by outcome.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { OAuth2Server } from "oauth2-mock-server";
import { binary, root } from "./server.mjs";

const SECRET = "contoso-client-secret-in-the-environment";
/// What the log must never hold: every session cookie's value, every ID token and every
/// authorization code the providers gave, the client secret.
const secrets = new Set([SECRET]);
const log = [];
let server, dir, metrics;
const providers = [];

/// A real OpenID Connect provider whose ID tokens name the email the sign-in asked for.
async function provider() {
  const provider = new OAuth2Server();
  await provider.issuer.keys.generate("RS256");
  await provider.start(0, "127.0.0.1");
  const emails = new Map();
  provider.service.on("beforeAuthorizeRedirect", (redirect, req) => {
    const code = redirect.url.searchParams.get("code");
    secrets.add(code);
    emails.set(code, req.query.login_hint);
  });
  provider.service.on("beforeTokenSigning", (token, req) => {
    const email = emails.get(req.body.code);
    const now = Math.floor(Date.now() / 1000);
    Object.assign(token.payload, {
      email, email_verified: true, sub: `user-${Buffer.from(email).toString("hex")}`, auth_time: now,
    });
  });
  provider.service.on("beforeResponse", (response) => {
    const idToken = response.body?.id_token;
    if (idToken) {
      secrets.add(idToken);
      for (const part of idToken.split(".").slice(1)) secrets.add(part);
    }
    if (response.body?.access_token) secrets.add(response.body.access_token);
  });
  providers.push(provider);
  return provider.issuer.url;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "partner-merge-logs-"));
  const [contoso, fabricam] = [await provider(), await provider()];
  const config = join(dir, "sign-in.toml");
  writeFileSync(config, [
    `[tenants."contoso.com"]`, `issuer = "${contoso}"`, `client_id = "partner-merge"`,
    `client_secret_env = "CONTOSO_CLIENT_SECRET"`, ``,
    `[tenants."fabricam.com"]`, `issuer = "${fabricam}"`, `client_id = "partner-merge"`, ``,
  ].join("\n"));
  const database = join(dir, "logs.sqlite");
  execFileSync(binary, ["accounts", "import", "--database", database,
    ...["contoso", "fabricam"].map((name) => join(root, `fixtures/${name}.json`))]);
  const child = spawn(binary, ["--port", "0", "--database", database, "--config", config,
    "--sign-in-limit", "0", "--log-format", "json", "--metrics-listen", "127.0.0.1:0"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, RUST_LOG: "debug", CONTOSO_CLIENT_SECRET: SECRET },
  });
  createInterface({ input: child.stderr }).on("line", (line) => log.push(line));
  const lines = createInterface({ input: child.stdout });
  const origin = await new Promise((resolve, reject) => {
    lines.on("line", (line) => {
      log.push(line);
      if (line.startsWith("metrics on ")) metrics = line.slice("metrics on ".length);
      if (line.startsWith("listening on ")) resolve(`http://${line.slice("listening on ".length)}`);
    });
    child.on("exit", (code) => reject(new Error(`the API exited with ${code}`)));
  });
  server = { origin, child };
});

after(async () => {
  server?.child.kill("SIGKILL");
  for (const provider of providers) await provider.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/// Signs in through the email's provider as a browser would: the session cookie's value.
async function signIn(email) {
  const start = await fetch(`${server.origin}/api/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  assert.equal(start.status, 200);
  const pending = start.headers.get("set-cookie").split(";")[0];
  secrets.add(pending.split("=")[1]);
  const { url } = await start.json();
  const authorize = await fetch(url, { redirect: "manual" });
  const answer = await fetch(authorize.headers.get("location"), { headers: { cookie: pending }, redirect: "manual" });
  assert.equal(answer.status, 303);
  const cookie = answer.headers.get("set-cookie").split(";")[0];
  secrets.add(cookie.split("=")[1]);
  return cookie;
}

/// A JSON request with the session `cookie`: status, body and the request id it carried.
async function call(cookie, method, path, body) {
  const response = await fetch(`${server.origin}/api${path}`, {
    method,
    headers: { cookie, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json(), id: response.headers.get("x-request-id") };
}

/// The log's request lines, read as JSON.
function requestLines() {
  return log.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line))
    .filter((line) => line.message === "answered");
}

test("E1 through OpenID Connect sign-ins: a JSON line per request with its id, and no secret in the whole log", async () => {
  const alice = await signIn("alice@contoso.com");
  const fiona = await signIn("fiona@fabricam.com");
  const invited = await call(alice, "POST", "/merges", { invitee_mpn_id: "3333333" });
  assert.equal(invited.status, 201, JSON.stringify(invited.body));
  const id = invited.body.id;
  assert.equal((await call(fiona, "POST", `/merges/${id}/accept`, {})).status, 200);
  const preview = await call(alice, "POST", `/merges/${id}/preview`, {});
  assert.equal(preview.status, 200);
  const confirm = await call(alice, "POST", `/merges/${id}/confirm`, {
    fingerprint: preview.body.plan.fingerprint,
    rights_acknowledged: preview.body.rights.reading,
  });
  assert.equal(confirm.status, 200, JSON.stringify(confirm.body));
  // The log line is written as the answer goes out: wait for it.
  for (let i = 0; i < 100 && !requestLines().some((line) => line.span.id === confirm.id); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  // The confirm's line: its request id is the one the response carried.
  const lines = requestLines();
  const line = lines.find((line) => line.span.id === confirm.id);
  assert.ok(line, `a line with request id ${confirm.id}`);
  assert.equal(line.span.method, "POST");
  assert.equal(line.span.route, "/api/merges/{id}/confirm");
  assert.equal(line.span.path, `/api/merges/${id}/confirm`);
  assert.equal(line.status, 200);
  assert.ok(line.latency_ms > 0 && line.latency_ms < 30_000, String(line.latency_ms));
  assert.equal(line.level, "INFO");
  // One line per request, each with an id of its own: the sign-ins' four requests and E1's four.
  const ids = lines.map((line) => line.span.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const request of [invited, preview, confirm]) {
    assert.equal(ids.filter((id) => id === request.id).length, 1, request.id);
  }
  assert.ok(lines.some((line) => line.span.route === "/api/sign-in/callback" && line.status === 303));
  // Every line of the log is JSON but the start-up banner the server prints for a person.
  const banner = log.findIndex((line) => line.startsWith("listening on "));
  for (const text of log.slice(banner + 1)) JSON.parse(text);

  // Nothing secret anywhere, at debug level.
  const whole = log.join("\n");
  // The client secret; for each of the two sign-ins, the cookie before and after, the code,
  // the ID token (whole, its claims, its signature) and the access token.
  assert.equal(secrets.size, 1 + 2 * (2 + 1 + 3 + 1), `secrets gathered: ${[...secrets]}`);
  for (const secret of secrets) {
    assert.ok(secret.length >= 16, `a secret long enough to search for: ${secret}`);
    assert.ok(!whole.includes(secret), `the log holds a secret: ${secret.slice(0, 12)}…`);
  }
});

test("the metrics count OpenID Connect sign-ins by outcome", async () => {
  const sample = async (outcome) => {
    const text = await (await fetch(metrics)).text();
    const line = text.split("\n")
      .find((line) => line.startsWith(`partner_merge_sign_ins_total{method="oidc",outcome="${outcome}"} `));
    return line ? Number(line.split(" ")[1]) : 0;
  };
  const [signedIn, forbidden] = [await sample("signed_in"), await sample("forbidden")];
  await signIn("frank@fabricam.com");
  // A tenant with no provider: refused before any provider is asked.
  const refused = await fetch(`${server.origin}/api/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "someone@northwind.example" }),
  });
  assert.equal(refused.status, 403);
  assert.equal(await sample("signed_in"), signedIn + 1);
  assert.equal(await sample("forbidden"), forbidden + 1);
});
