// Every export run in Node on inputs that reach each kind of answer (plans, problems,
// differences in both languages, chains, comparisons with a refused direction, re-issues, and
// every kind of thrown error), its real output written into a TypeScript file as literals
// typed with the package's generated types, and `tsc` over that file: a field the types lack,
// miss or type otherwise fails the test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

const root = new URL("../../../../", import.meta.url).pathname;
const pkg = join(root, "crates/merge-wasm/pkg");
const engine = createRequire(import.meta.url)(join(pkg, "node/partner_merge.js"));
const fixture = (name) => JSON.parse(readFileSync(join(root, "fixtures", name), "utf8"));
const [contoso, fabricam, tailspin] = ["contoso.json", "fabricam.json", "tailspin.json"].map(fixture);
const asOf = "2020-05-15";

/// [export, TypeScript type of its answer, the answer] for every export and kind of answer.
function answers() {
  const out = [];
  const answer = (name, type, value) => out.push({ name, type, value });
  const plan = engine.planMerge(contoso, fabricam, asOf);
  answer("planMerge", "ReturnType<typeof planMerge>", plan);
  answer("planMerge, late", "MergePlan", engine.planMerge(fabricam, tailspin, "2030-01-01"));
  answer("validateSnapshot", "ReturnType<typeof validateSnapshot>", engine.validateSnapshot(contoso));
  const broken = structuredClone(contoso);
  broken.global_mpn_id = "12";
  broken.users.push({ email: "x@nowhere.example", roles: [{ role: "account_admin", location: "7777777" }] });
  broken.co_sell[0].value_cents = -1;
  answer("validateSnapshot, problems", "Problem[]", engine.validateSnapshot(broken));
  const changed = structuredClone(contoso);
  changed.competencies[0].level = "silver";
  changed.locations.push({ mpn_id: "2333333", name: "Contoso Utrecht", country: "NL" });
  const newer = engine.planMerge(changed, fabricam, "2020-11-15");
  answer("diffPlans", "ReturnType<typeof diffPlans>", engine.diffPlans(plan, newer));
  answer("diffPlans, nl", "PlanDifference[]", engine.diffPlans(plan, newer, "nl"));
  answer("planMergeChain", "ReturnType<typeof planMergeChain>", engine.planMergeChain(contoso, [fabricam, tailspin], asOf));
  answer("compareDirections", "ReturnType<typeof compareDirections>", engine.compareDirections(contoso, fabricam, asOf));
  const merged = structuredClone(fabricam);
  merged.merged_into = "1111111";
  answer("compareDirections, refused", "DirectionComparison", engine.compareDirections(contoso, merged, asOf));
  const request = { from_tenant: "fabricam.com", to_tenant: "contoso.com", users: [{ email: "greta@fabricam.com" }, { email: "frank@fabricam.com", new_email: "f@contoso.com" }] };
  answer("planReissue", "ReturnType<typeof planReissue>", engine.planReissue(plan.result, request));
  answer("engineVersion", "ReturnType<typeof engineVersion>", engine.engineVersion());

  const thrown = (name, call) => {
    try {
      call();
    } catch (error) {
      assert.equal(error.name, "PartnerMergeError", name);
      assert.equal(error.code, error.details.code, name);
      answer(`${name}: ${error.code}`, "PartnerMergeErrorDetails", error.details);
      return;
    }
    assert.fail(`${name} did not throw`);
  };
  const clash = structuredClone(fabricam);
  clash.locations[0].mpn_id = "2222222";
  clash.tenants.push({ domain: "contoso.com" });
  clash.offers = [{ id: "contoso.backup", name: "Copy" }];
  thrown("planMerge", () => engine.planMerge(contoso, contoso, asOf));
  thrown("planMerge", () => engine.planMerge(contoso, clash, asOf));
  thrown("planMerge", () => engine.planMerge(contoso, merged, asOf));
  thrown("planMerge", () => engine.planMerge(contoso, broken, asOf));
  thrown("planMerge", () => engine.planMerge(contoso, { ...fabricam, global_mpn_id: "33" }, asOf));
  thrown("planMerge", () => engine.planMerge(contoso, { ...fabricam, sa_voucher: [] }, asOf));
  thrown("planMerge", () => engine.planMerge(contoso, fabricam, "15-05-2020"));
  thrown("planMerge", () => engine.planMerge(contoso, () => 1, asOf));
  thrown("validateSnapshot", () => engine.validateSnapshot({ company: 1 }));
  thrown("diffPlans", () => engine.diffPlans(plan, plan, "fr"));
  thrown("diffPlans", () => engine.diffPlans(plan, { ...plan, extra: 1 }));
  thrown("planMergeChain", () => engine.planMergeChain(contoso, [], asOf));
  thrown("planMergeChain", () => engine.planMergeChain(contoso, [fabricam, fabricam], asOf));
  thrown("planMergeChain", () => engine.planMergeChain(contoso, [{ company: "X" }], asOf));
  thrown("compareDirections", () => engine.compareDirections(contoso, { company: "X" }, asOf));
  thrown("planReissue", () => engine.planReissue(plan.result, { ...request, from_tenant: "tailspin.com" }));
  thrown("planReissue", () => engine.planReissue(plan.result, { ...request, to_tenant: "fabricam.com" }));
  thrown("planReissue", () => engine.planReissue(plan.result, { ...request, users: [] }));
  thrown("planReissue", () => engine.planReissue(plan.result, { ...request, users: [{ email: "bob@contoso.com" }, { email: "greta@fabricam.com", new_email: "alice@contoso.com" }] }));
  thrown("planReissue", () => engine.planReissue(plan.result, { from_tenant: "fabricam.com" }));
  thrown("definePreviewElement", () => engine.definePreviewElement());
  return out;
}

test("every export's real output type-checks against the package's generated types", () => {
  const all = answers();
  const codes = new Set(all.filter((a) => a.type === "PartnerMergeErrorDetails").map((a) => a.value.code));
  // The errors reached are many kinds, so the union of details is checked across its members.
  assert.ok(codes.size >= 15, `only ${[...codes]} reached`);
  const dir = join(root, "target/package-types");
  mkdirSync(dir, { recursive: true });
  const types = relative(dir, join(pkg, "node/partner_merge.js"));
  const lines = [
    "// Written by crates/merge-wasm/tests/node/outputs.test.mjs from the exports' real answers.",
    `import type { compareDirections, diffPlans, engineVersion, planMerge, planMergeChain, planReissue, validateSnapshot,`,
    `  DirectionComparison, MergePlan, PartnerMergeErrorDetails, PlanDifference, Problem } from "${types}";`,
    ...all.map(({ name, type, value }, i) => `// ${name}\nexport const answer${i}: ${type} = ${JSON.stringify(value, null, 1)};`),
  ];
  writeFileSync(join(dir, "answers.ts"), lines.join("\n") + "\n");
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"], skipLibCheck: false },
      files: ["answers.ts"],
    }),
  );
  try {
    execFileSync(join(root, "node_modules/.bin/tsc"), ["-p", dir], { encoding: "utf8" });
  } catch (failed) {
    assert.fail(`the exports' answers do not fit the package's types (target/package-types/answers.ts):\n${failed.stdout}`);
  }
});
