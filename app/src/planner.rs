//! The sandbox plans in a Web Worker (gloo-worker), so that a large invitee never freezes the
//! page. The worker reads both snapshots and plans (the same `sandbox_plan` as ever), then
//! sends the plan back in parts: everything but the users first, then the users a few
//! thousand at a time. Each part is read in a task of its own on the page, short enough never
//! to block it, and the page shows how far it is (issue #12).

mod codec;
mod parts;

use gloo_worker::{HandlerId, Worker, WorkerScope};
use merge_core::Lang;
use serde::{Deserialize, Serialize};

pub use codec::{JsValues, JsonText};
pub use parts::{split, Assembled, PlanParts, Planned, Progress, USERS_PER_PART};

use crate::language::locale_of;
use crate::view_model::sandbox_plan;

/// Where Trunk puts the worker's loader (index.html's `data-type="worker"` link).
pub const LOADER: &str = "/partner-merge-planner_loader.js";

/// What the page asks the worker to plan: the sandbox's fields as typed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlanRequest {
    /// Tells this request's answers from an earlier one's.
    pub serial: u32,
    pub initiator: String,
    pub invitee: String,
    pub as_of: String,
    /// The language of a refusal.
    pub lang: Lang,
}

/// One message from the worker: every answer to a request carries its serial.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlanMessage {
    pub serial: u32,
    pub part: PlanPart,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanPart {
    /// The worker has the request and is reading and planning.
    Planning,
    /// The plan and both snapshots without their users, and how many users each has.
    Planned(JsonText<PlanHead>),
    /// The next users of one account, in order.
    Users {
        of: Holder,
        users: JsonText<Vec<merge_core::User>>,
    },
    /// The snapshots cannot be read or merged: why, in the request's language.
    Refused(String),
}

/// The first part of a plan: all but the users, and how many users each account has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanHead {
    pub plan: merge_core::MergePlan,
    pub before: [merge_core::AccountSnapshot; 2],
    pub users: [usize; 3],
}

/// Whose users a part carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holder {
    Initiator,
    Invitee,
    Merged,
}

/// The worker: one plan at a time, each sent back in parts.
pub struct Planner;

impl Worker for Planner {
    type Message = ();
    type Input = PlanRequest;
    type Output = PlanMessage;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        Self
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: PlanRequest, id: HandlerId) {
        let serial = request.serial;
        let send = |part| scope.respond(id, PlanMessage { serial, part });
        send(PlanPart::Planning);
        let locale = locale_of(request.lang);
        match sandbox_plan(&request.initiator, &request.invitee, &request.as_of, locale) {
            Ok((plan, before)) => split(plan, before).into_iter().for_each(send),
            Err(why) => send(PlanPart::Refused(why)),
        }
    }
}
