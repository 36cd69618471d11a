//! TypeScript shapes of what the exports take and return, written into the package's `.d.ts`.
//! They mirror `merge-core`'s serde output; `tests/types/usage.ts` uses them under
//! `tsc --noEmit`, so a field renamed on one side only fails the build.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** An MPN ID: 6 to 10 digits, as a string. */
export type MpnId = string;
/** A date, `YYYY-MM-DD`. */
export type IsoDate = string;
export type Party = "initiator" | "invitee";
export type CompetencyLevel = "gold" | "silver";
export type CoreLevel = "gold" | "silver" | "action_pack";
export type RoleName =
  | "account_admin" | "incentives_admin" | "incentives_user" | "referrals_admin"
  | "mpn_partner_admin" | "executive_report_viewer" | "admin_agent" | "sales_agent"
  | "billing_admin";

export interface LocationOrigin { company: string; was_pga?: boolean; }
export interface Location { mpn_id: MpnId; name: string; country?: string; origin?: LocationOrigin; }
export interface Tenant { domain: string; csp_accounts?: string[]; }
export interface RoleAssignment { role: RoleName; location?: MpnId; }
export interface User { email: string; roles?: RoleAssignment[]; }
export interface Competency { name: string; level: CompetencyLevel; expires: IsoDate; }
export interface ActionPack { anniversary: IsoDate; }
export interface SaVoucher { id: string; days: number; }
export interface Offer { id: string; name: string; }
/** Money is integer cents. */
export interface CoSellRecord { id: string; name: string; value_cents: number; }
export interface AzureExpertMsp { renewal: IsoDate; }
export interface BenefitToken { id: string; product: string; activated_on: IsoDate; tenant: string; }
export interface BankTaxProfile { bank_account_last4: string; tax_id_country: string; }
export interface BenefitPackage { company: string; core_level: CoreLevel; competencies?: Competency[]; expires: IsoDate; }

/** One company's Partner Center account (docs/snapshot-format.md). */
export interface AccountSnapshot {
  format_version?: 1;
  company: string;
  global_mpn_id: MpnId;
  locations?: Location[];
  tenants: Tenant[];
  users?: User[];
  competencies?: Competency[];
  action_pack?: ActionPack | null;
  advanced_specializations?: string[];
  sa_vouchers?: SaVoucher[];
  mcp_ids?: string[];
  offers?: Offer[];
  co_sell?: CoSellRecord[];
  azure_expert_msp?: AzureExpertMsp | null;
  benefit_tokens?: BenefitToken[];
  bank_tax_profile?: BankTaxProfile | null;
  benefit_packages?: BenefitPackage[];
  merged_into?: MpnId;
}

export type Change =
  | { kind: "pga_kept"; mpn_id: MpnId; company: string }
  | { kind: "pga_demoted_to_location"; mpn_id: MpnId; company: string }
  | { kind: "locations_moved"; from_company: string; mpn_ids: MpnId[] }
  | { kind: "tenant_joined"; domain: string; from_company: string; users: number }
  | { kind: "roles_kept"; from_company: string; users: number; account_wide_roles: number; location_scoped_roles: number }
  | { kind: "offers_carried"; from_company: string; count: number }
  | { kind: "co_sell_carried"; from_company: string; count: number; value_cents: number }
  | { kind: "competency_added"; name: string; level: CompetencyLevel; from_company: string }
  | { kind: "competency_upgraded"; name: string; from: CompetencyLevel; to: CompetencyLevel }
  | { kind: "competency_combined"; name: string; level: CompetencyLevel; expires: IsoDate }
  | { kind: "action_pack_anniversary_moved"; from: IsoDate; to: IsoDate }
  | { kind: "action_pack_added"; anniversary: IsoDate }
  | { kind: "mcp_ids_attached"; to_mpn_id: MpnId; mcp_ids: string[] }
  | { kind: "azure_expert_msp_retained"; from_company: string; renewal: IsoDate }
  | { kind: "specialization_added"; name: string; from_company: string }
  | { kind: "sa_voucher_added"; id: string; days: number; from_company: string };

export interface PartyRef {
  company: string;
  global_mpn_id: MpnId;
  action_pack_anniversary: IsoDate | null;
  azure_expert_msp_renewal: IsoDate | null;
}
export interface RenewalProjection {
  date: IsoDate | null;
  core_level: CoreLevel | null;
  competencies: { name: string; level: CompetencyLevel }[];
  action_pack_anniversary: IsoDate | null;
  azure_expert_msp_renewal: IsoDate | null;
}
export interface TenantRoleManagement { tenant: string; company: string; admins: string[]; users: number; }
export type Superseded =
  | { kind: "advanced_specialization"; company: string; name: string }
  | { kind: "mcp_id"; company: string; mcp_id: string };
export interface NotMerged {
  tenants: { domain: string; company: string; csp_accounts: string[] }[];
  benefit_tokens: { id: string; product: string; tenant: string; expires: IsoDate }[];
  bank_tax_profile: { company: string; profile: BankTaxProfile } | null;
  superseded: Superseded[];
}
export interface ChecklistItem {
  item: "verify_bank_and_tax" | "review_tenant_admins" | "prepare_renewal" | "consider_reissuing_users";
  text: string;
}
export interface Warning {
  kind: "irreversible" | "competency_expired" | "action_pack_lapsed" | "azure_expert_msp_lapsed" | "benefit_token_expired";
  message: string;
}

/** The post-merge account and everything to see before confirming (docs/plan-format.md). */
export interface MergePlan {
  format_version: 1;
  as_of: IsoDate;
  initiator: PartyRef;
  invitee: PartyRef;
  result: AccountSnapshot;
  changes: Change[];
  benefit_packages: BenefitPackage[];
  renewal: RenewalProjection;
  role_management: TenantRoleManagement[];
  not_merged: NotMerged;
  checklist: ChecklistItem[];
  warnings: Warning[];
  /** `sha256:<hex>` over the plan's canonical JSON without this field. */
  fingerprint: string;
}

export type ProblemKind =
  | "unsupported_format" | "malformed_mpn_id" | "duplicate_id" | "empty" | "malformed"
  | "unknown_role" | "unknown_location" | "unknown_tenant" | "inconsistent";
export interface Problem { path: string; kind: ProblemKind; message: string; }

export type DiffArea =
  | "parties" | "locations" | "tenants" | "users" | "competencies" | "benefits" | "holdings"
  | "bank_tax" | "warnings";
export interface PlanDifference { area: DiffArea; message: string; }

export type Holding = "offer" | "co_sell_record" | "sa_voucher" | "benefit_token" | "csp_account";

/** `details` of a thrown PartnerMergeError, by `code`. */
/** The languages the engine writes: English (default) or Dutch (nl-NL); tags like `nl-NL` too. */
export type Lang = "en" | "nl" | (string & {});

/** Why the engine refuses a merge. */
export type PlanRefusal =
  | { code: "MALFORMED_MPN_ID"; side: Party; problems: Problem[] }
  | { code: "INVALID_SNAPSHOT"; side: Party; problems: Problem[] }
  | { code: "SELF_MERGE"; mpn_id: MpnId }
  | { code: "MERGED_AWAY"; side: Party; company: string; mpn_id: MpnId; merged_into: MpnId }
  | { code: "MPN_COLLISION"; ids: MpnId[] }
  | { code: "TENANT_COLLISION"; domains: string[] }
  | { code: "HOLDING_COLLISION"; holding: Holding; ids: string[] };

/** Several companies merged one after the other: each step a whole plan, in order. */
export interface MergeChain { steps: MergePlan[]; }
/** Why a chain cannot be planned: no invitee, or the step (1 for the first) that is refused. */
export type ChainRefusal =
  | { code: "NO_INVITEE" }
  | { code: "STEP_REFUSED"; step: number; company: string; invitee: string; invitee_mpn_id: MpnId; error: PlanRefusal };

/** One direction of a pair: its plan, or why it cannot merge. */
export type Direction = { initiator: string; invitee: string } & ({ plan: MergePlan } | { refusal: PlanRefusal });
/** What differs between the directions; each pair is (a absorbing b, b absorbing a). */
export type DirectionDifference =
  | { kind: "global_mpn_id"; mpn_ids: [MpnId, MpnId] }
  | { kind: "bank_tax_profile"; kept: [string | null, string | null] }
  | { kind: "acting_admins"; admins: [string[], string[]] }
  | { kind: "date_differs"; what: string; first: IsoDate | null; second: IsoDate | null }
  | { kind: "refused"; direction: 0 | 1; error: PlanRefusal };
/** `directions[0]` is a absorbing b, `directions[1]` b absorbing a. */
export interface DirectionComparison { directions: [Direction, Direction]; differences: DirectionDifference[]; }

/** R17: the users of `from_tenant` to re-issue into `to_tenant`; `new_email` defaults to the same local part there, `roles` to the user's own less `account_admin`. */
export interface ReissueRequest { from_tenant: string; to_tenant: string; users: { email: string; new_email?: string; roles?: RoleAssignment[] }[]; }
/** `roles_before`: the roles the user had, when `roles` differ from them. */
export interface UserReissued { from: string; to: string; roles: RoleAssignment[]; roles_before?: RoleAssignment[]; }
export interface ReissuePlan {
  format_version: 1;
  from_tenant: string;
  to_tenant: string;
  moved: UserReissued[];
  /** Users of the old tenant not moved: access as before. */
  stay: string[];
  /** R14: the old tenant's benefit tokens stay on it. */
  tokens_stay: { id: string; product: string; tenant: string; expires: IsoDate }[];
  result: AccountSnapshot;
  fingerprint: string;
}
export type ReissueConflict =
  | { kind: "not_in_tenant"; email: string; tenant: string }
  | { kind: "listed_twice"; email: string }
  | { kind: "outside_tenant"; email: string; new_email: string; tenant: string }
  | { kind: "email_taken"; email: string; new_email: string }
  | { kind: "same_new_email"; first: string; second: string; new_email: string }
  | { kind: "last_admin"; email: string; tenant: string };
export type ReissueRefusal =
  | { code: "UNKNOWN_TENANT"; domain: string; company: string }
  | { code: "SAME_TENANT"; domain: string }
  | { code: "NO_USERS"; from_tenant: string }
  | { code: "TOO_MANY_USERS"; max: number }
  | { code: "MALFORMED_EMAIL"; email: string; new_email: string; problem: string }
  | { code: "INVALID_ROLES"; problems: Problem[] }
  | { code: "REISSUE_CONFLICTS"; conflicts: ReissueConflict[] };

export type PartnerMergeErrorDetails =
  | { code: "INVALID_INPUT"; what: string; message: string }
  | { code: "INVALID_DATE"; value: string }
  | { code: "UNKNOWN_LANGUAGE"; value: string }
  /** `invitee`: which invitee of a chain (0 for the first). */
  | { code: "UNREADABLE_SNAPSHOT"; side: Party | null; invitee?: number; path: string; message: string }
  | { code: "UNREADABLE_PLAN"; which: "old" | "new"; path: string; message: string }
  | { code: "UNREADABLE_REQUEST"; path: string; message: string }
  | PlanRefusal
  | ChainRefusal
  | ReissueRefusal
  | { code: "NO_BROWSER"; tag: string }
  | { code: "INVALID_ELEMENT_NAME"; tag: string };

export type PartnerMergeErrorCode = PartnerMergeErrorDetails["code"];

/** What every export throws: a real Error with a stable code and its details. */
export interface PartnerMergeError extends Error {
  name: "PartnerMergeError";
  code: PartnerMergeErrorCode;
  details: PartnerMergeErrorDetails;
}

/** The `<partner-merge-preview>` element, once `definePreviewElement()` has run. */
export interface PartnerMergePreviewElement extends HTMLElement {
  initiator: AccountSnapshot | null;
  invitee: AccountSnapshot | null;
  asOf: IsoDate | null;
}
"#;
