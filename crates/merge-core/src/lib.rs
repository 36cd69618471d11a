//! The Partner Center account merge engine: pure Rust, no I/O, the same bytes on native and
//! wasm32 targets. The rules it implements (R1-R17, W1-W6, A1-A2) and the worked example E1
//! are in the repository's `docs/rules.md`.
//!
//! - [`read_snapshot`] / [`validate_snapshot`]: an account as data, and every problem in it.
//! - [`plan_merge`]: the post-merge account, its changes, benefits and renewal, what is not
//!   merged, the checklist and warnings (R1-R16), with a [`Fingerprint`].
//! - [`plan_merge_chain`]: several companies absorbed one after the other, each step a plan.
//! - [`compare_directions`]: who should absorb whom, both directions and what differs.
//! - [`plan_reissue`]: R17, an absorbed tenant's users re-issued into the PGA's tenant.
//! - [`summarize`]: the merge at a glance, counts before and after, what needs attention;
//!   [`MergePlan::consequences`]: what it costs, heaviest first (lost, moves, stays).
//! - [`diff_plans`]: what changed between two plans, in words.
//! - [`MergePlan::for_invitee`]: the same plan as the invitee may read it before accepting.
//! - [`find_invitee`]: which account an invitation's MPN ID names (W1).
//! - [`set_roles`]: role changes only by admins of the user's own tenant (R16), never removing
//!   a tenant's last account admin (A1, docs/decisions.md); [`acts_for`]: who acts for a
//!   merged account (A2).
//!
//! Every type is serde data; [`read_snapshot`], [`read_plan`] and [`read_json`] read JSON with the
//! path, line and column of what does not fit, and [`to_json`] writes the canonical JSON that
//! fingerprints are computed over.
//!
//! With the `ts` feature every such type also derives its TypeScript declaration (ts-rs), for
//! the npm package. A field that input may leave out (`#[serde(default)]`) is marked
//! `ts(optional = nullable)`: in ts-rs that makes it `field?: T` with `T` as it is.

// No function over 120 lines of code (clippy.toml beside Cargo.toml sets the threshold).
#![warn(clippy::too_many_lines)]

mod caseless;
mod catalogue;
mod chain;
mod compare;
mod consequences;
mod date;
mod deal;
mod diff;
mod fingerprint;
mod invitation;
mod invite;
mod json;
mod lang;
mod mpn;
mod plan;
mod program;
mod reissue;
mod rights;
mod role_label;
mod roles;
mod snapshot;
mod summary;
mod synthetic;
mod validate;

pub use catalogue::{engine, engine_file, Arg, Catalogue};
pub use chain::{plan_merge_chain, ChainError, MergeChain};
pub use compare::{
    compare_directions, Direction, DirectionComparison, DirectionDifference, Outcome,
};
pub use consequences::{Consequence, PackageEnds, Weight};
pub use date::parse_date;
pub use deal::{DealKind, UnknownDealKind};
pub use diff::{diff_plans, diff_plans_in, DiffArea, PlanDifference};
pub use fingerprint::Fingerprint;
pub use invitation::{DisclosedParty, InvitationPreview};
pub use invite::{find_invitee, InviteError};
pub use json::{read_json, to_json, ReadError};
pub use lang::{Lang, UnknownLang, Wording};
pub use mpn::{is_well_formed_mpn, MpnId};
pub use plan::{
    format_cents, plan_merge, plan_merge_deal, plan_merge_json, plan_merge_owned, read_plan,
    warnings_in, AlsoHeld, Change, ChangeTag, ChecklistItem, ChecklistKind, CompanyBankTaxProfile,
    Holding, MergePlan, NotMerged, Party, PartyRef, PlanError, PlanJsonError, PlanReading,
    ProgramAnniversary, ProgramItem, ProgramRenewal, RenewalProjection, RetainedCompetency,
    Superseded, TenantNotMerged, TenantRoleManagement, TokenStays, Warning, WarningKind,
    PLAN_FORMAT_V2, PLAN_FORMAT_VERSION,
};
pub use program::{Designation, EntryOffer, Purchase, SolutionArea, Specialization};
pub use reissue::{
    default_new_email, default_reissued_roles, plan_reissue, users_of_tenant, ReissueConflict,
    ReissueError, ReissuePlan, ReissueRequest, UserReissued, UserToMove, MAX_REISSUE_USERS,
    REISSUE_FORMAT_VERSION,
};
pub use rights::{AdminReading, PersonRights, RightsAfterMerge, Sight, TenantRights};
pub use role_label::{role_label, role_label_in, role_name, role_name_in, RoleLabels};
pub use roles::{acts_for, set_roles, RoleError};
pub use snapshot::*;
pub use summary::{summarize, Counted, MergeSummary, SummaryRow};
pub use synthetic::{synthetic_account, synthetic_pair};
pub use validate::{
    email_problem, find_problems, validate_snapshot, Problem, ProblemKind, MAX_EMAIL,
};

/// This engine's version, as written in the crate manifest.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");
