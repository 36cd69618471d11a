// The built package as Node loads it (pkg/node), and the web build's init, with node:test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../../../", import.meta.url).pathname;
const pkg = join(root, "crates/merge-wasm/pkg");
const engine = createRequire(import.meta.url)(join(pkg, "node/partner_merge.js"));
const fixture = (name) => JSON.parse(readFileSync(join(root, "fixtures", name), "utf8"));
const golden = (name) => readFileSync(join(root, "crates/merge-core/tests/golden", name), "utf8").trim();
const cli = process.env.PARTNER_MERGE_CLI ?? join(root, "target/debug/partner-merge");
const contoso = fixture("contoso.json");
const fabricam = fixture("fabricam.json");
const tailspin = fixture("tailspin.json");

function thrown(call) {
  try {
    call();
  } catch (error) {
    return error;
  }
  assert.fail("expected the call to throw");
}

test("planMerge gives the E1 plan of docs/rules.md, byte for byte the native golden plan", () => {
  const plan = engine.planMerge(contoso, fabricam, "2020-05-15");
  assert.equal(plan.result.global_mpn_id, "1111111");
  assert.deepEqual(
    plan.result.locations.map((l) => l.mpn_id),
    ["2222222", "3333333", "4444444", "5555555"],
  );
  assert.equal(plan.renewal.date, "2020-12-01");
  assert.equal(JSON.stringify(plan), golden("e1.plan.json"));
  assert.equal(plan.fingerprint, golden("e1.fingerprint"));
});

test("the property tests' random pairs give their native fingerprints in Node too", () => {
  const pairs = JSON.parse(readFileSync(join(root, "crates/merge-core/tests/golden/random-pairs.json"), "utf8"));
  assert.equal(pairs.length, 32);
  for (const [i, pair] of pairs.entries()) {
    const plan = engine.planMerge(pair.initiator, pair.invitee, pair.as_of);
    assert.equal(plan.fingerprint, pair.fingerprint, `pair ${i}`);
  }
});

test("the fingerprint equals the native one for the same inputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "partner-merge-"));
  try {
    execFileSync(cli, ["synth", "2000", dir]);
    const initiator = JSON.parse(readFileSync(join(dir, "initiator.json"), "utf8"));
    const invitee = JSON.parse(readFileSync(join(dir, "invitee.json"), "utf8"));
    for (const [a, b, files] of [
      [contoso, tailspin, [join(root, "fixtures/contoso.json"), join(root, "fixtures/tailspin.json")]],
      [initiator, invitee, [join(dir, "initiator.json"), join(dir, "invitee.json")]],
    ]) {
      const native = execFileSync(cli, ["plan", ...files, "--as-of", "2021-01-01"], { encoding: "utf8" });
      const plan = engine.planMerge(a, b, "2021-01-01");
      assert.equal(plan.fingerprint, JSON.parse(native).fingerprint);
      assert.equal(JSON.stringify(plan), native.trim());
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("a refusal is an Error with a stable code and its details", () => {
  const error = thrown(() => engine.planMerge(contoso, contoso, "2020-05-15"));
  assert.ok(error instanceof Error);
  assert.equal(error.name, "PartnerMergeError");
  assert.equal(error.code, "SELF_MERGE");
  assert.deepEqual(error.details, { code: "SELF_MERGE", mpn_id: "1111111" });
  assert.match(error.message, /cannot merge with itself/);

  const clash = structuredClone(fabricam);
  clash.locations[1].mpn_id = "2222222";
  const collision = thrown(() => engine.planMerge(contoso, clash, "2020-05-15"));
  assert.equal(collision.code, "MPN_COLLISION");
  assert.deepEqual(collision.details.ids, ["2222222"]);

  const platinum = structuredClone(fabricam);
  platinum.competencies[0].level = "platinum";
  const unreadable = thrown(() => engine.planMerge(contoso, platinum));
  assert.equal(unreadable.code, "UNREADABLE_SNAPSHOT");
  assert.equal(unreadable.details.path, "competencies[0].level");
  assert.equal(unreadable.details.side, "invitee");
});

test("validateSnapshot and diffPlans answer in plain objects", () => {
  assert.deepEqual(engine.validateSnapshot(tailspin), []);
  const bad = structuredClone(contoso);
  bad.global_mpn_id = "12";
  const [problem] = engine.validateSnapshot(bad);
  assert.equal(problem.path, "global_mpn_id");
  assert.equal(problem.kind, "malformed_mpn_id");

  const old = engine.planMerge(contoso, fabricam, "2020-05-15");
  const stronger = structuredClone(contoso);
  stronger.competencies[0].level = "silver";
  const differences = engine.diffPlans(old, engine.planMerge(stronger, fabricam, "2020-05-15"));
  assert.ok(differences.some((d) => d.message === "Cloud Platform changed from gold to silver"));
  const dutch = engine.diffPlans(old, engine.planMerge(stronger, fabricam, "2020-05-15"), "nl");
  assert.ok(dutch.some((d) => d.message === "Het niveau van Cloud Platform: was goud, nu zilver"));
  assert.equal(engine.engineVersion(), JSON.parse(readFileSync(join(pkg, "package.json"))).version);
});

test("the preview element needs a browser and says so", () => {
  const error = thrown(() => engine.definePreviewElement());
  assert.equal(error.code, "NO_BROWSER");
});

test("the web build's init can be called twice", async () => {
  const web = await import(join(pkg, "web/partner_merge.js"));
  const bytes = readFileSync(join(pkg, "web/partner_merge_bg.wasm"));
  const first = await web.default({ module_or_path: bytes });
  const second = await web.default({ module_or_path: bytes });
  assert.equal(first, second);
  assert.equal(web.planMerge(contoso, fabricam, "2020-05-15").fingerprint, golden("e1.fingerprint"));
});

test("planMergeChain, compareDirections and planReissue give what the CLI gives (issue #13)", () => {
  const chain = engine.planMergeChain(contoso, [fabricam, tailspin], "2020-05-15");
  assert.equal(JSON.stringify(chain.steps[0]), golden("e1.plan.json"));
  assert.equal(chain.steps[1].result.locations.length, 6);
  const cliChain = execFileSync(cli, [
    "plan",
    join(root, "fixtures/contoso.json"),
    join(root, "fixtures/fabricam.json"),
    join(root, "fixtures/tailspin.json"),
    "--as-of",
    "2020-05-15",
  ]);
  assert.equal(JSON.stringify(chain), cliChain.toString().trim());
  const compared = engine.compareDirections(contoso, fabricam, "2020-05-15");
  assert.equal(compared.directions[1].plan.result.global_mpn_id, "3333333");
  assert.deepEqual(compared.differences[0], { kind: "global_mpn_id", mpn_ids: ["1111111", "3333333"] });
  const merged = chain.steps[0].result;
  const request = { from_tenant: "fabricam.com", to_tenant: "contoso.com", users: [{ email: "greta@fabricam.com" }] };
  const reissue = engine.planReissue(merged, request);
  assert.deepEqual(reissue.moved.map((m) => m.to), ["greta@contoso.com"]);
  assert.deepEqual(reissue.stay, ["fiona@fabricam.com", "frank@fabricam.com"]);
  const conflict = thrown(() => engine.planReissue(merged, { ...request, users: [{ email: "greta@fabricam.com", new_email: "bob@contoso.com" }] }));
  assert.equal(conflict.name, "PartnerMergeError");
  assert.equal(conflict.code, "REISSUE_CONFLICTS");
  assert.equal(conflict.details.conflicts[0].kind, "email_taken");
});
