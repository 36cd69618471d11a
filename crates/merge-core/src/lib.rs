//! The Partner Center account merge engine (SPEC.md): pure Rust, no I/O, the same bytes on
//! native and wasm32 targets.
//!
//! - [`read_snapshot`] / [`validate_snapshot`]: an account as data, and every problem in it.
//! - [`plan_merge`]: the post-merge account, its changes, benefits and renewal, what is not
//!   merged, the checklist and warnings (R1-R16), with a [`Fingerprint`].
//! - [`plan_merge_chain`]: several companies absorbed one after the other, each step a plan.
//! - [`compare_directions`]: who should absorb whom, both directions and what differs.
//! - [`plan_reissue`]: R17, an absorbed tenant's users re-issued into the PGA's tenant.
//! - [`summarize`]: the merge at a glance, counts before and after, what needs attention.
//! - [`diff_plans`]: what changed between two plans, in words.
//! - [`find_invitee`]: which account an invitation's MPN ID names (W1).
//! - [`set_roles`]: role changes only by admins of the user's own tenant (R16), never removing
//!   a tenant's last account admin (A1, docs/decisions.md); [`acts_for`]: who acts for a
//!   merged account (A2).
//!
//! Every type is serde data; [`read_snapshot`], [`read_plan`] and [`read_json`] read JSON with the
//! path, line and column of what does not fit, and [`to_json`] writes the canonical JSON that
//! fingerprints are computed over.

mod caseless;
mod chain;
mod compare;
mod date;
mod diff;
mod fingerprint;
mod invite;
mod json;
mod lang;
mod mpn;
mod plan;
mod reissue;
mod role_label;
mod roles;
mod snapshot;
mod summary;
mod synthetic;
mod validate;

pub use chain::{plan_merge_chain, ChainError, MergeChain};
pub use compare::{
    compare_directions, Direction, DirectionComparison, DirectionDifference, Outcome,
};
pub use date::parse_date;
pub use diff::{diff_plans, diff_plans_in, DiffArea, PlanDifference};
pub use fingerprint::Fingerprint;
pub use invite::{find_invitee, InviteError};
pub use json::{read_json, to_json, ReadError};
pub use lang::{Lang, UnknownLang};
pub use mpn::{is_well_formed_mpn, MpnId};
pub use plan::{
    format_cents, plan_merge, plan_merge_json, plan_merge_owned, read_plan, warnings_in, Change,
    ChecklistItem, ChecklistKind, CompanyBankTaxProfile, Holding, MergePlan, NotMerged, Party,
    PartyRef, PlanError, PlanJsonError, PlanReading, RenewalProjection, RetainedCompetency,
    Superseded, TenantNotMerged, TenantRoleManagement, TokenStays, Warning, WarningKind,
    PLAN_FORMAT_VERSION,
};
pub use reissue::{
    default_new_email, default_reissued_roles, plan_reissue, users_of_tenant, ReissueConflict,
    ReissueError, ReissuePlan, ReissueRequest, UserReissued, UserToMove, MAX_REISSUE_USERS,
    REISSUE_FORMAT_VERSION,
};
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
