//! The sandbox plans in a Web Worker (gloo-worker), so that a large invitee never freezes the
//! page. The worker reads both snapshots and plans (the same `sandbox_plan` as ever), then
//! sends the plan back in parts: everything but the merged account's users first, then those
//! users a few thousand at a time. Each part is read in a task of its own on the page, short
//! enough never to block it, and the page shows how far it is (issue #12).

mod codec;
mod parts;

use gloo_worker::{HandlerId, Worker, WorkerScope};
use merge_core::Lang;
use serde::{Deserialize, Serialize};

pub use codec::{JsValues, JsonText};
pub use parts::{split, Assembled, PlanParts, Planned, Progress, USERS_PER_PART};

use crate::i18n::td_string;
use crate::view_model::sandbox_plan;

/// Where Trunk puts the worker's loader (index.html's `data-type="worker"` link).
pub const LOADER: &str = "/partner-merge-planner_loader.js";

/// What the page asks the worker to plan: the sandbox's fields as given.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlanRequest {
    /// Tells this request's answers from an earlier one's.
    pub serial: u32,
    pub initiator: SnapshotSource,
    pub invitee: SnapshotSource,
    pub as_of: String,
    /// The language of a refusal.
    pub lang: Lang,
}

/// A snapshot as the reader gave it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SnapshotSource {
    /// Typed, pasted or a sample.
    Text(String),
    /// An uploaded file. It crosses to the worker as a reference and is read there: the page
    /// never holds or copies a large file's text.
    File(#[serde(with = "serde_wasm_bindgen::preserve")] web_sys::Blob),
}

impl SnapshotSource {
    /// The text, read synchronously from a file (in the worker: `FileReaderSync`). The file's
    /// bytes are copied into wasm as they are: reading it as a JS string first and that into a
    /// Rust one decoded and encoded 11 MB again (130 ms against 40).
    fn read(self) -> Result<String, ()> {
        match self {
            Self::Text(text) => Ok(text),
            Self::File(blob) => {
                let reader = web_sys::FileReaderSync::new().map_err(|_| ())?;
                let bytes = reader.read_as_array_buffer(&blob).map_err(|_| ())?;
                String::from_utf8(js_sys::Uint8Array::new(&bytes).to_vec()).map_err(|_| ())
            }
        }
    }
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
    /// The plan without its users, both snapshots without theirs, and the summary.
    Planned(JsonText<PlanHead>),
    /// The merged account's next users, in order.
    Users(JsonText<Vec<merge_core::User>>),
    /// The snapshots cannot be read or merged: why, in the request's language.
    Refused(String),
}

/// The first part of a plan: all but the merged account's users, both snapshots without
/// theirs, the summary (which counts them) and how many users the merged account has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanHead {
    pub plan: merge_core::MergePlan,
    pub before: [merge_core::AccountSnapshot; 2],
    pub summary: merge_core::MergeSummary,
    pub users: usize,
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
        let locale = request.lang;
        let (Ok(initiator), Ok(invitee)) = (request.initiator.read(), request.invitee.read())
        else {
            return send(PlanPart::Refused(
                td_string!(locale, sandbox.unreadable).to_string(),
            ));
        };
        match sandbox_plan(&initiator, &invitee, &request.as_of, locale) {
            Ok((plan, before)) => split(plan, before).for_each(send),
            Err(why) => send(PlanPart::Refused(why)),
        }
    }
}
