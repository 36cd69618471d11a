// Generated from the Rust types by ts-rs (crates/merge-wasm/src/types.rs): do not edit.

export type AccountSnapshot = { format_version?: number, company: string, global_mpn_id: MpnId, locations?: Array<Location>, tenants: Array<Tenant>, users?: Array<User>, competencies?: Array<Competency>, action_pack?: ActionPack | null, advanced_specializations?: Array<string>, sa_vouchers?: Array<SaVoucher>, mcp_ids?: Array<string>, offers?: Array<Offer>, co_sell?: Array<CoSellRecord>, azure_expert_msp?: AzureExpertMsp | null, benefit_tokens?: Array<BenefitToken>, bank_tax_profile?: BankTaxProfile | null, 
/**
 * Format 2: Solutions Partner designations, one per solution area (R18). Left out of the
 * JSON when empty, so that a version 1 account is written as before.
 */
designations?: Array<Designation>, 
/**
 * Format 2: specializations (R19).
 */
specializations?: Array<Specialization>, 
/**
 * Format 2: entry offers bought (R20).
 */
purchases?: Array<Purchase>, 
/**
 * Benefit packages still in force from an earlier merge (R10). Empty for an account that
 * has never merged: its one package is derived from its competencies.
 */
benefit_packages?: Array<BenefitPackage>, 
/**
 * Set once this account has been merged into another: its PGA is now a location there.
 */
merged_into?: MpnId | null, };

export type ActionPack = { anniversary: IsoDate, };

export type AlsoHeld = { company: string, anniversary: IsoDate, };

export type AzureExpertMsp = { renewal: IsoDate, };

export type BankTaxProfile = { bank_account_last4: string, tax_id_country: string, };

/**
 * One company's benefits package, in force until `expires` (R8, R10).
 */
export type BenefitPackage = { company: string, core_level: CoreLevel, 
/**
 * The company's competencies as they were when the package was granted.
 */
competencies?: Array<Competency>, expires: IsoDate, };

/**
 * A benefit token, bound to the tenant it was activated on (R14), valid 12 months.
 */
export type BenefitToken = { id: string, product: string, activated_on: IsoDate, tenant: string, };

/**
 * Why a chain gives no plan: the step that cannot be made, and why.
 */
export type ChainError = { "code": "NO_INVITEE" } | { "code": "STEP_REFUSED", 
/**
 * 1 for the first invitee.
 */
step: number, 
/**
 * The account absorbing at that step.
 */
company: string, invitee: string, invitee_mpn_id: MpnId, error: PlanError, };

export type Change = { "kind": "pga_kept", mpn_id: MpnId, company: string, } | { "kind": "pga_demoted_to_location", mpn_id: MpnId, company: string, } | { "kind": "locations_moved", from_company: string, mpn_ids: Array<MpnId>, } | { "kind": "tenant_joined", domain: string, from_company: string, users: number, } | { "kind": "roles_kept", from_company: string, users: number, account_wide_roles: number, location_scoped_roles: number, } | { "kind": "offers_carried", from_company: string, count: number, } | { "kind": "co_sell_carried", from_company: string, count: number, value_cents: number, } | { "kind": "competency_added", name: string, level: CompetencyLevel, from_company: string, } | { "kind": "competency_upgraded", name: string, from: CompetencyLevel, to: CompetencyLevel, } | { "kind": "competency_combined", name: string, level: CompetencyLevel, expires: IsoDate, } | { "kind": "action_pack_anniversary_moved", from: IsoDate, to: IsoDate, } | { "kind": "action_pack_added", anniversary: IsoDate, } | { "kind": "mcp_ids_attached", to_mpn_id: MpnId, mcp_ids: Array<string>, } | { "kind": "azure_expert_msp_retained", from_company: string, renewal: IsoDate, } | { "kind": "specialization_added", name: string, from_company: string, } | { "kind": "sa_voucher_added", id: string, days: number, from_company: string, } | { "kind": "designation_carried", area: SolutionArea, from_company: string, anniversary: IsoDate, } | { "kind": "specialization_carried", name: string, area: SolutionArea, from_company: string, anniversary: IsoDate, } | { "kind": "purchase_carried", offer: EntryOffer, from_company: string, anniversary: IsoDate, };

export type ChecklistItem = { item: ChecklistKind, text: string, };

export type ChecklistKind = "verify_bank_and_tax" | "review_tenant_admins" | "prepare_renewal" | "consider_reissuing_users" | "prepare_program_renewals" | "transfer_csp_customers" | "keep_csp_tenant_mapping" | "link_absorbed_tenant";

export type CoSellRecord = { id: string, name: string, 
/**
 * Integer cents: no floats in money.
 */
value_cents: number, };

export type CompanyBankTaxProfile = { company: string, profile: BankTaxProfile, };

export type Competency = { name: string, level: CompetencyLevel, expires: IsoDate, };

export type CompetencyLevel = "silver" | "gold";

/**
 * The level of core benefits a package carries: gold or silver from its best competency,
 * else the Action Pack's.
 */
export type CoreLevel = "action_pack" | "silver" | "gold";

export type DealKind = "merger" | "acquisition";

/**
 * A Solutions Partner designation in one solution area, renewed on its anniversary (R18).
 */
export type Designation = { area: SolutionArea, attained: IsoDate, anniversary: IsoDate, 
/**
 * The company that earned it: set on a merged account's entries; absent means the
 * account's own company.
 */
held_by?: string | null, };

export type DiffArea = "parties" | "locations" | "tenants" | "users" | "competencies" | "benefits" | "holdings" | "program" | "bank_tax" | "warnings";

/**
 * One direction: `initiator` absorbing `invitee`, planned or refused. In JSON, the outcome is
 * a `plan` or a `refusal` field beside the two names.
 */
export type Direction = { initiator: string, invitee: string, } & ({ "plan": MergePlan } | { "refusal": PlanError });

/**
 * Both directions of a pair: `directions[0]` is `a` absorbing `b`, `directions[1]` the other
 * way round, and what differs between them.
 */
export type DirectionComparison = { directions: [Direction, Direction], differences: Array<DirectionDifference>, };

/**
 * What one direction gives and the other does not; each pair (or first and second) is
 * (a absorbing b, b absorbing a).
 */
export type DirectionDifference = { "kind": "global_mpn_id", mpn_ids: [MpnId, MpnId], } | { "kind": "bank_tax_profile", kept: [string | null, string | null], } | { "kind": "acting_admins", admins: [Array<string>, Array<string>], } | { "kind": "date_differs", what: string, first: IsoDate | null, second: IsoDate | null, } | { "kind": "refused", direction: number, error: PlanError, };

/**
 * The entry offers a partner buys, lowest first (R20 keeps the highest at renewal).
 */
export type EntryOffer = "partner_launch_benefits" | "partner_success_core" | "partner_success_expanded";

/**
 * `sha256:<64 lowercase hex digits>`, or empty while unset.
 */
export type Fingerprint = string;

/**
 * Holdings whose IDs must be unique across both accounts.
 */
export type Holding = "offer" | "co_sell_record" | "sa_voucher" | "benefit_token" | "csp_account";

/**
 * A date as the engine writes it, `YYYY-MM-DD`: the TypeScript type of every date field.
 */
export type IsoDate = string;

export type Location = { mpn_id: MpnId, name: string, country?: string | null, 
/**
 * Where the location came from; set on every location of a merged account.
 */
origin?: LocationOrigin | null, };

export type LocationOrigin = { 
/**
 * Shared: every location from one company points at one name.
 */
company: string, 
/**
 * The location was that company's partner global account (R2).
 */
was_pga?: boolean, };

/**
 * The merges of a chain, in order: step 1 is the initiator absorbing the first invitee, each
 * later step the account of the step before absorbing the next. Each step is a whole plan,
 * with its own changes and fingerprint, as it would be confirmed in Partner Center.
 */
export type MergeChain = { steps: Array<MergePlan>, };

/**
 * Everything the merge will do. Its fingerprint covers every other field, in this order.
 *
 * The plan is lossless: every input value that means something for the merge appears in it
 * (in `result`, `benefit_packages`, `changes` or `not_merged`), so a change to either snapshot
 * changes the fingerprint without hashing the snapshots a second time.
 */
export type MergePlan = { format_version: number, as_of: IsoDate, initiator: PartyRef, invitee: PartyRef, 
/**
 * Version 2: a merger or an acquisition, as the invitation said (R22).
 */
deal?: DealKind | null, 
/**
 * The merged account, in the snapshot format.
 */
result: AccountSnapshot, changes: Array<Change>, 
/**
 * Each company's package, in force until its own expiry (R8, R10).
 */
benefit_packages: Array<BenefitPackage>, renewal: RenewalProjection, 
/**
 * Version 2: today's program renewed item by item, then as one company (R18-R21).
 */
program?: ProgramRenewal | null, 
/**
 * Who manages roles in each tenant after the merge (R16).
 */
role_management: Array<TenantRoleManagement>, not_merged: NotMerged, checklist: Array<ChecklistItem>, warnings: Array<Warning>, 
/**
 * `sha256:<hex>` over the plan's canonical JSON without this field. Last, so that the
 * canonical JSON is a prefix of the full JSON.
 */
fingerprint: Fingerprint, };

/**
 * An MPN ID as written in a snapshot.
 *
 * Kept as the raw string so that validation can report a malformed ID with its path
 * instead of failing the whole parse at the first one.
 *
 * Any string is read: a malformed ID is a validation problem with its path, not a read error.
 */
export type MpnId = string;

/**
 * What the merge leaves where it is (R6, R14) or does not carry over.
 */
export type NotMerged = { tenants: Array<TenantNotMerged>, benefit_tokens: Array<TokenStays>, 
/**
 * The invitee's bank and tax profile: the merged account pays to the PGA's (R15).
 */
bank_tax_profile?: CompanyBankTaxProfile | null, 
/**
 * Values both companies list, which the merged account keeps once.
 */
superseded?: Array<Superseded>, };

export type Offer = { id: string, name: string, };

/**
 * The package's own failures, tagged with their code.
 */
export type PackageError = { "code": "INVALID_INPUT", what: string, message: string, } | { "code": "INVALID_DATE", value: string, } | { "code": "UNKNOWN_LANGUAGE", value: string, } | { "code": "UNREADABLE_SNAPSHOT", side: Party | null, 
/**
 * Which invitee of a chain (0 for the first).
 */
invitee?: number, path: string, message: string, } | { "code": "UNREADABLE_REQUEST", path: string, message: string, } | { "code": "UNREADABLE_PLAN", which: WhichPlan, path: string, message: string, } | { "code": "NO_BROWSER", tag: string, } | { "code": "INVALID_ELEMENT_NAME", tag: string, };

/**
 * The `details` of a thrown error: the package's own failures, or the engine's refusal.
 */
export type PartnerMergeErrorDetails = PackageError | PlanError | ChainError | ReissueError;

/**
 * Which side of the merge a snapshot is.
 */
export type Party = "initiator" | "invitee";

/**
 * Names one side of the merge, with the dates of its own that only one side can keep.
 */
export type PartyRef = { company: string, global_mpn_id: MpnId, 
/**
 * R9: the later of the two sides' anniversaries stands.
 */
action_pack_anniversary: IsoDate | null, 
/**
 * R12: the later of the two sides' renewals stands.
 */
azure_expert_msp_renewal: IsoDate | null, };

export type PlanDifference = { area: DiffArea, message: string, };

/**
 * Why two snapshots cannot merge. Serialized with a stable `code` and its details; read as
 * [`PlanError::describe_in`] (its `Display` is the English).
 */
export type PlanError = { "code": "MALFORMED_MPN_ID", side: Party, problems: Array<Problem>, } | { "code": "INVALID_SNAPSHOT", side: Party, problems: Array<Problem>, } | { "code": "SELF_MERGE", mpn_id: MpnId, } | { "code": "MERGED_AWAY", side: Party, company: string, mpn_id: MpnId, merged_into: MpnId, } | { "code": "MPN_COLLISION", ids: Array<MpnId>, } | { "code": "TENANT_COLLISION", domains: Array<string>, } | { "code": "HOLDING_COLLISION", holding: Holding, ids: Array<string>, };

/**
 * One thing wrong with a snapshot.
 */
export type Problem = { 
/**
 * Where, as a JSON path from the snapshot root: `locations[1].mpn_id`.
 */
path: string, kind: ProblemKind, 
/**
 * What is wrong and what to do, in words.
 */
message: string, };

/**
 * What sort of problem, for callers that branch on it.
 */
export type ProblemKind = "unsupported_format" | "malformed_mpn_id" | "duplicate_id" | "empty" | "malformed" | "unknown_role" | "unknown_location" | "unknown_tenant" | "inconsistent";

/**
 * One item coming up for renewal: until `date` it stays as its company earned it (R18-R20);
 * on `date` it is evaluated for the merged account as one company (R21).
 */
export type ProgramAnniversary = { date: IsoDate, 
/**
 * The company that earned or bought it.
 */
company: string, item: ProgramItem, 
/**
 * The other companies of the merged account that hold the same designation or
 * specialization, with their own anniversaries: the merged account keeps it until the
 * latest of them (R18, R19).
 */
also_held?: Array<AlsoHeld>, };

export type ProgramItem = { "kind": "designation", area: SolutionArea, } | { "kind": "specialization", name: string, area: SolutionArea, } | { "kind": "purchase", offer: EntryOffer, };

/**
 * The renewals of today's program after the merge (R21).
 */
export type ProgramRenewal = { 
/**
 * The last anniversary of all: from it on every designation, specialization and purchase
 * has been renewed for the merged account as one company.
 */
one_company_from: IsoDate, 
/**
 * Each designation, specialization and purchase on its anniversary, earliest first.
 */
timeline: Array<ProgramAnniversary>, };

/**
 * An entry offer bought, with its benefits until its anniversary (R20).
 */
export type Purchase = { offer: EntryOffer, purchased: IsoDate, anniversary: IsoDate, held_by?: string | null, };

/**
 * One user who cannot be moved as asked.
 */
export type ReissueConflict = { "kind": "not_in_tenant", email: string, tenant: string, } | { "kind": "listed_twice", email: string, } | { "kind": "outside_tenant", email: string, new_email: string, tenant: string, } | { "kind": "email_taken", email: string, new_email: string, } | { "kind": "same_new_email", first: string, second: string, new_email: string, } | { "kind": "last_admin", email: string, tenant: string, };

/**
 * Why a re-issue cannot be planned.
 */
export type ReissueError = { "code": "UNKNOWN_TENANT", domain: string, company: string, } | { "code": "SAME_TENANT", domain: string, } | { "code": "NO_USERS", from_tenant: string, } | { "code": "TOO_MANY_USERS", max: number, } | { "code": "MALFORMED_EMAIL", email: string, new_email: string, problem: string, } | { "code": "INVALID_ROLES", problems: Array<Problem>, } | { "code": "REISSUE_CONFLICTS", conflicts: Array<ReissueConflict>, };

/**
 * The preview of a re-issue: who moves where with which roles, what the old tenant loses and
 * keeps, and the account after.
 */
export type ReissuePlan = { format_version: number, from_tenant: string, to_tenant: string, moved: Array<UserReissued>, 
/**
 * Users of the old tenant who are not moved: their access is as before.
 */
stay: Array<string>, 
/**
 * R14: the old tenant's benefit tokens stay on it.
 */
tokens_stay: Array<TokenStays>, 
/**
 * The account with the moved users under their new emails.
 */
result: AccountSnapshot, 
/**
 * `sha256:<hex>` over the canonical JSON without this field, which comes last.
 */
fingerprint: Fingerprint, };

/**
 * What an admin asks for: the users of `from_tenant` to move into `to_tenant`.
 */
export type ReissueRequest = { from_tenant: string, to_tenant: string, users: Array<UserToMove>, };

/**
 * The merged account at its consolidated renewal (R10).
 */
export type RenewalProjection = { 
/**
 * The latest expiry among the packages in force; None when neither company has one.
 */
date: IsoDate | null, 
/**
 * One package of core benefits at the highest attainment.
 */
core_level?: CoreLevel | null, 
/**
 * Every competency, retained at its highest level.
 */
competencies: Array<RetainedCompetency>, 
/**
 * R9: the later anniversary. From renewal on, one Action Pack per PGA.
 */
action_pack_anniversary: IsoDate | null, 
/**
 * R12: MSP benefits are kept until this renewal.
 */
azure_expert_msp_renewal: IsoDate | null, };

export type RetainedCompetency = { name: string, level: CompetencyLevel, };

/**
 * A role, account-wide when `location` is absent, else scoped to that MPN ID (R5).
 */
export type RoleAssignment = { role: RoleName, location?: MpnId | null, };

/** The role names the engine knows. */
export type RoleName = "account_admin" | "incentives_admin" | "incentives_user" | "referrals_admin" | "mpn_partner_admin" | "executive_report_viewer" | "admin_agent" | "sales_agent" | "billing_admin";

export type SaVoucher = { id: string, days: number, };

/**
 * The six solution areas of the Solutions Partner designations.
 */
export type SolutionArea = "data_ai_azure" | "infrastructure_azure" | "digital_app_innovation_azure" | "modern_work" | "security" | "business_applications";

/**
 * A specialization (in a solution area), renewed on its anniversary (R19).
 */
export type Specialization = { name: string, area: SolutionArea, attained: IsoDate, anniversary: IsoDate, held_by?: string | null, };

export type Superseded = { "kind": "advanced_specialization", company: string, name: string, } | { "kind": "mcp_id", company: string, mcp_id: string, };

export type Tenant = { domain: string, csp_accounts?: Array<string>, };

export type TenantNotMerged = { domain: string, company: string, csp_accounts: Array<string>, };

export type TenantRoleManagement = { tenant: string, company: string, 
/**
 * Account admins signing in through this tenant: the only ones who manage its users.
 */
admins: Array<string>, users: number, };

export type TokenStays = { id: string, product: string, tenant: string, expires: IsoDate, };

export type User = { email: string, roles?: Array<RoleAssignment>, };

/**
 * A user re-issued: the old email loses access, the new one has `roles`.
 */
export type UserReissued = { from: string, to: string, roles: Array<RoleAssignment>, 
/**
 * The roles the user had, when `roles` are not the same (`account_admin` is not carried
 * over unless chosen).
 */
roles_before?: Array<RoleAssignment> | null, };

/**
 * One user to move, the new email when it is not the same local part at `to_tenant`, and the
 * roles in the new tenant when they are not the ones the user has less `account_admin`.
 */
export type UserToMove = { email: string, new_email?: string | null, roles?: Array<RoleAssignment> | null, };

export type Warning = { kind: WarningKind, message: string, };

export type WarningKind = "irreversible" | "competency_expired" | "action_pack_lapsed" | "azure_expert_msp_lapsed" | "benefit_token_expired" | "program_anniversary_passed";

/**
 * Which argument of `diffPlans`.
 */
export type WhichPlan = "old" | "new";
