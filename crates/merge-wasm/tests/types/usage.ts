// Compiled by `tsc --noEmit` against the built package's .d.ts: the types describe the real
// shapes. Each @ts-expect-error line fails the check if a type were loosened to `any`.
import {
  compareDirections,
  definePreviewElement,
  diffPlans,
  engineVersion,
  planMerge,
  planMergeChain,
  planReissue,
  validateSnapshot,
  type AccountSnapshot,
  type Change,
  type DirectionComparison,
  type MergeChain,
  type ReissuePlan,
  type MergePlan,
  type PartnerMergeError,
  type PartnerMergePreviewElement,
  type PlanDifference,
  type Problem,
} from "../../pkg/bundler/partner_merge.js";

const contoso: AccountSnapshot = {
  company: "Contoso",
  global_mpn_id: "1111111",
  locations: [{ mpn_id: "2222222", name: "Contoso Seattle", country: "US" }],
  tenants: [{ domain: "contoso.com", csp_accounts: ["CSP-CONTOSO-01"] }],
  users: [
    { email: "alice@contoso.com", roles: [{ role: "account_admin" }] },
    { email: "bob@contoso.com", roles: [{ role: "incentives_admin", location: "2222222" }] },
  ],
  competencies: [{ name: "Cloud Platform", level: "gold", expires: "2020-10-01" }],
  action_pack: { anniversary: "2020-06-01" },
  co_sell: [{ id: "OPP-C-1", name: "Northwind migration", value_cents: 12_000_000 }],
};
const fabricam: AccountSnapshot = {
  company: "Fabricam",
  global_mpn_id: "3333333",
  tenants: [{ domain: "fabricam.com" }],
};

const plan: MergePlan = planMerge(contoso, fabricam, "2020-05-15");
const moved: string[] = plan.changes.flatMap((change: Change) =>
  change.kind === "locations_moved" ? change.mpn_ids : [],
);
const renewal: string | null = plan.renewal.date;
const fingerprint: string = plan.fingerprint;
const problems: Problem[] = validateSnapshot(contoso);
const differences: PlanDifference[] = diffPlans(plan, planMerge(contoso, fabricam));
const dutch: PlanDifference[] = diffPlans(plan, planMerge(contoso, fabricam), "nl");
const version: string = engineVersion();

try {
  planMerge(contoso, contoso);
} catch (thrown) {
  const error = thrown as PartnerMergeError;
  if (error.details.code === "MPN_COLLISION") {
    const ids: string[] = error.details.ids;
    console.log(ids);
  } else if (error.details.code === "UNREADABLE_SNAPSHOT") {
    const path: string = error.details.path;
    console.log(path);
  }
}

const chain: MergeChain = planMergeChain(contoso, [fabricam], "2020-05-15");
const steps: number = chain.steps.length;
const compared: DirectionComparison = compareDirections(contoso, fabricam);
const first = compared.directions[0];
const survivor: string | undefined = "plan" in first ? first.plan.result.global_mpn_id : first.refusal.code;
const reissue: ReissuePlan = planReissue(plan.result, {
  from_tenant: "fabricam.com",
  to_tenant: "contoso.com",
  users: [{ email: "fiona@fabricam.com", new_email: "f.janssen@contoso.com" }],
});
const movedTo: string[] = reissue.moved.map((m) => m.to);
try {
  planReissue(plan.result, { from_tenant: "fabricam.com", to_tenant: "contoso.com", users: [] });
} catch (thrown) {
  const error = thrown as PartnerMergeError;
  if (error.details.code === "REISSUE_CONFLICTS") {
    const kinds: string[] = error.details.conflicts.map((c) => c.kind);
    console.log(kinds);
  } else if (error.details.code === "STEP_REFUSED") {
    const step: number = error.details.step;
    console.log(step);
  }
}

definePreviewElement();
const preview = document.createElement("partner-merge-preview") as PartnerMergePreviewElement;
preview.initiator = contoso;
preview.invitee = fabricam;

// @ts-expect-error: a competency level is gold or silver
const platinum: AccountSnapshot = { ...contoso, competencies: [{ name: "X", level: "platinum", expires: "2020-01-01" }] };
// @ts-expect-error: tenants are required
const noTenants: AccountSnapshot = { company: "X", global_mpn_id: "1234567" };
// @ts-expect-error: plans have no such field
const nothing = plan.no_such_field;
// @ts-expect-error: a change's kind is one of the listed kinds
const unknownKind: Change = { kind: "location_teleported", mpn_id: "1" };
// @ts-expect-error: a re-issue request names both tenants
const halfRequest = planReissue(plan.result, { from_tenant: "fabricam.com", users: [] });
// @ts-expect-error: a chain takes a list of invitees
const oneInvitee = planMergeChain(contoso, fabricam);
// @ts-expect-error: role names are the known ones
const wizard: AccountSnapshot = { ...contoso, users: [{ email: "w@contoso.com", roles: [{ role: "wizard" }] }] };

export { moved, renewal, fingerprint, problems, differences, version, platinum, noTenants, nothing, unknownKind, wizard };
export { steps, survivor, movedTo, halfRequest, oneInvitee };
