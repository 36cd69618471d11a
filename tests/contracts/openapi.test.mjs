// The API's OpenAPI document as real consumers use it, against a real server (demo mode):
// Redocly's linter with its recommended rules finds no error, and a client generated from the
// document (openapi-typescript + openapi-fetch) type-checks under tsc and runs E1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, startServer } from "../e2e/server.mjs";

const work = join(root, "target/openapi-client");
const bin = (name) => join(root, "node_modules/.bin", name);
let server;
let document;

before(async () => {
  server = await startServer();
  const answer = await fetch(`${server.origin}/api/openapi.json`);
  assert.equal(answer.status, 200);
  document = await answer.json();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, "openapi.json"), JSON.stringify(document, null, 2));
});
after(() => server?.stop());

test("redocly lint (recommended rules) finds no error in the document", () => {
  const run = (format) => {
    try {
      return execFileSync(bin("redocly"), ["lint", join(work, "openapi.json"), `--format=${format}`], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      });
    } catch (failed) {
      // It exits 1 when it finds errors; the report still says which.
      return failed.stdout;
    }
  };
  const report = JSON.parse(run("json"));
  const errors = report.problems.filter((p) => p.severity === "error");
  assert.deepEqual(errors.map((p) => `${p.ruleId}: ${p.message}`), []);
  assert.equal(report.totals.errors, 0);
});

test("the document says what a generated client must send and may rely on", () => {
  const { components, paths } = document;
  assert.deepEqual(components.securitySchemes.session, {
    ...components.securitySchemes.session,
    type: "apiKey",
    in: "cookie",
    name: "pm_session",
  });
  for (const [path, method] of [
    ["/merges/{id}/accept", "post"],
    ["/merges/{id}/cancel", "post"],
    ["/merges/{id}/preview", "post"],
    ["/session", "delete"],
  ]) {
    const operation = paths[path][method];
    assert.ok(operation.requestBody?.required, `${method} ${path} has a required body`);
    assert.ok(operation.requestBody.content["application/json"], `${method} ${path} takes JSON`);
    assert.ok(operation.responses["415"], `${method} ${path} documents 415 json_required`);
  }
  assert.deepEqual(paths["/me"].get.security, [{ session: [] }]);
  assert.ok(components.schemas.MergePlan.required.includes("fingerprint"));
  assert.ok(components.schemas.ReissuePlan.required.includes("fingerprint"));
});

test("a client generated from the document type-checks and runs E1 against the server", async () => {
  execFileSync(bin("openapi-typescript"), [join(work, "openapi.json"), "--output", join(work, "api.d.ts")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (const file of ["e1.mts", "tsconfig.json"]) {
    copyFileSync(join(root, "tests/contracts/client", file), join(work, file));
  }
  try {
    execFileSync(bin("tsc"), ["-p", work], { encoding: "utf8" });
  } catch (failed) {
    assert.fail(`tsc found type errors in the generated client's use:\n${failed.stdout}`);
  }
  const { runE1 } = await import(join(work, "out/e1.mjs"));
  const run = await runE1(server.origin);
  assert.equal(run.invited.state, "pending");
  assert.equal(run.accepted.state, "accepted");
  assert.deepEqual(run.locations, ["2222222", "3333333", "4444444", "5555555"]);
  assert.match(run.fingerprint, /^sha256:[0-9a-f]{64}$/);
  assert.equal(run.confirmed.state, "completed");
  assert.deepEqual(run.historyEvents.slice(0, 3), ["completed", "accepted", "sent"]);
  assert.equal(run.signedOut, 204);
  assert.equal(run.afterSignOut?.code, "signed_out");
});
