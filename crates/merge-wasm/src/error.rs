//! One error enum per export, each turned into a JS `Error` by [`into_error`]: `name`
//! `PartnerMergeError`, a stable `code`, the `details` as a plain object, and a message that says
//! what was wrong and what to do.

use merge_core::{ChainError, Party, PlanError, PlanJsonError, ReadError, ReissueError};
use serde::Serialize;
use wasm_bindgen::JsValue;

/// What every export's error gives JS.
pub trait ErrorCode: std::fmt::Display {
    fn code(&self) -> &'static str;
    /// Plain data; always carries `code` too.
    fn details(&self) -> Details<'_>;
}

/// The `details` of a thrown error: the package's own failures, or the engine's refusal.
#[derive(Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    ts(rename = "PartnerMergeErrorDetails")
)]
#[serde(untagged)]
pub enum Details<'a> {
    Own(Own<'a>),
    Refusal(&'a PlanError),
    Chain(&'a ChainError),
    Reissue(&'a ReissueError),
}

/// The package's own failures, tagged with their code.
#[derive(Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[cfg_attr(all(test, not(target_arch = "wasm32")), ts(rename = "PackageError"))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Own<'a> {
    InvalidInput {
        what: &'a str,
        message: &'a str,
    },
    InvalidDate {
        value: &'a str,
    },
    UnknownLanguage {
        value: &'a str,
    },
    UnreadableSnapshot {
        side: Option<Party>,
        /// Which invitee of a chain (0 for the first).
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(optional))]
        invitee: Option<usize>,
        path: &'a str,
        message: &'a str,
    },
    UnreadableRequest {
        path: &'a str,
        message: &'a str,
    },
    UnreadablePlan {
        which: WhichPlan,
        path: &'a str,
        message: &'a str,
    },
    NoBrowser {
        tag: &'a str,
    },
    InvalidElementName {
        tag: &'a str,
    },
}

/// The single conversion from an export's error to a thrown JS `Error`.
pub fn into_error(error: impl ErrorCode) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    js.set_name("PartnerMergeError");
    let details = serde_json::to_string(&error.details())
        .ok()
        .and_then(|json| js_sys::JSON::parse(&json).ok())
        .unwrap_or(JsValue::NULL);
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &error.code().into());
    let _ = js_sys::Reflect::set(&js, &"details".into(), &details);
    js.into()
}

/// An argument that is not plain JSON data (undefined, a function, a cycle, a BigInt).
#[derive(Debug, Clone, thiserror::Error)]
#[error("the {what} is not plain data: {message}; pass an object as read from JSON")]
pub struct InputError {
    pub what: &'static str,
    pub message: String,
}

impl ErrorCode for InputError {
    fn code(&self) -> &'static str {
        "INVALID_INPUT"
    }

    fn details(&self) -> Details<'_> {
        Details::Own(Own::InvalidInput {
            what: self.what,
            message: &self.message,
        })
    }
}

/// Errors of `planMerge`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PlanMergeError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("asOf \"{value}\" is not a date: write it as YYYY-MM-DD, or leave it out for today")]
    InvalidDate { value: String },
    #[error(transparent)]
    Plan(#[from] PlanJsonError),
}

impl ErrorCode for PlanMergeError {
    fn code(&self) -> &'static str {
        match self {
            Self::Input(error) => error.code(),
            Self::InvalidDate { .. } => "INVALID_DATE",
            Self::Plan(PlanJsonError::Read { .. }) => "UNREADABLE_SNAPSHOT",
            Self::Plan(PlanJsonError::Plan(error)) => error.code(),
        }
    }

    fn details(&self) -> Details<'_> {
        match self {
            Self::Input(error) => error.details(),
            Self::InvalidDate { value } => Details::Own(Own::InvalidDate { value }),
            Self::Plan(PlanJsonError::Read { side, error }) => {
                Details::Own(Own::UnreadableSnapshot {
                    side: Some(*side),
                    invitee: None,
                    path: &error.path,
                    message: &error.message,
                })
            }
            Self::Plan(PlanJsonError::Plan(refusal)) => Details::Refusal(refusal),
        }
    }
}

/// Errors of `validateSnapshot`: only input that is not a snapshot at all. Problems in a
/// readable snapshot are its result, not an error.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ValidateError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Read(#[from] ReadError),
}

impl ErrorCode for ValidateError {
    fn code(&self) -> &'static str {
        match self {
            Self::Input(error) => error.code(),
            Self::Read(_) => "UNREADABLE_SNAPSHOT",
        }
    }

    fn details(&self) -> Details<'_> {
        match self {
            Self::Input(error) => error.details(),
            Self::Read(error) => Details::Own(Own::UnreadableSnapshot {
                side: None,
                invitee: None,
                path: &error.path,
                message: &error.message,
            }),
        }
    }
}

/// Which argument of `diffPlans`.
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum WhichPlan {
    Old,
    New,
}

impl std::fmt::Display for WhichPlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Old => "old",
            Self::New => "new",
        })
    }
}

/// Errors of `diffPlans`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DiffError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("the {which} plan: {error}")]
    Read { which: WhichPlan, error: ReadError },
    #[error("\"{value}\" is not a language the differences are written in: use \"en\" or \"nl\"")]
    UnknownLanguage { value: String },
}

impl ErrorCode for DiffError {
    fn code(&self) -> &'static str {
        match self {
            Self::Input(error) => error.code(),
            Self::Read { .. } => "UNREADABLE_PLAN",
            Self::UnknownLanguage { .. } => "UNKNOWN_LANGUAGE",
        }
    }

    fn details(&self) -> Details<'_> {
        match self {
            Self::Input(error) => error.details(),
            Self::Read { which, error } => Details::Own(Own::UnreadablePlan {
                which: *which,
                path: &error.path,
                message: &error.message,
            }),
            Self::UnknownLanguage { value } => Details::Own(Own::UnknownLanguage { value }),
        }
    }
}

/// Errors of `definePreviewElement`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DefineElementError {
    #[error("<{tag}> needs a browser: there is no customElements registry here (in Node, use planMerge)")]
    NoBrowser { tag: String },
    #[error("\"{tag}\" is not a custom element name: it needs a hyphen and lower-case letters, as in partner-merge-preview")]
    InvalidName { tag: String },
}

impl ErrorCode for DefineElementError {
    fn code(&self) -> &'static str {
        match self {
            Self::NoBrowser { .. } => "NO_BROWSER",
            Self::InvalidName { .. } => "INVALID_ELEMENT_NAME",
        }
    }

    fn details(&self) -> Details<'_> {
        match self {
            Self::NoBrowser { tag } => Details::Own(Own::NoBrowser { tag }),
            Self::InvalidName { tag } => Details::Own(Own::InvalidElementName { tag }),
        }
    }
}

/// Errors of `planMergeChain`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PlanChainError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("asOf \"{value}\" is not a date: write it as YYYY-MM-DD, or leave it out for today")]
    InvalidDate { value: String },
    #[error("the {}: {error}", match .invitee { Some(at) => format!("invitee at {at}"), None => "initiator".into() })]
    Read {
        /// None for the initiator.
        invitee: Option<usize>,
        error: ReadError,
    },
    #[error(transparent)]
    Chain(#[from] ChainError),
}

impl ErrorCode for PlanChainError {
    fn code(&self) -> &'static str {
        match self {
            Self::Input(error) => error.code(),
            Self::InvalidDate { .. } => "INVALID_DATE",
            Self::Read { .. } => "UNREADABLE_SNAPSHOT",
            Self::Chain(error) => error.code(),
        }
    }

    fn details(&self) -> Details<'_> {
        match self {
            Self::Input(error) => error.details(),
            Self::InvalidDate { value } => Details::Own(Own::InvalidDate { value }),
            Self::Read { invitee, error } => Details::Own(Own::UnreadableSnapshot {
                side: Some(match invitee {
                    Some(_) => Party::Invitee,
                    None => Party::Initiator,
                }),
                invitee: *invitee,
                path: &error.path,
                message: &error.message,
            }),
            Self::Chain(error) => Details::Chain(error),
        }
    }
}

/// Errors of `compareDirections`: refusals are part of its result, not errors.
#[derive(Debug, Clone, thiserror::Error)]
pub enum CompareError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("asOf \"{value}\" is not a date: write it as YYYY-MM-DD, or leave it out for today")]
    InvalidDate { value: String },
    #[error("snapshot {which}: {error}")]
    Read {
        which: &'static str,
        error: ReadError,
    },
}

impl ErrorCode for CompareError {
    fn code(&self) -> &'static str {
        match self {
            Self::Input(error) => error.code(),
            Self::InvalidDate { .. } => "INVALID_DATE",
            Self::Read { .. } => "UNREADABLE_SNAPSHOT",
        }
    }

    fn details(&self) -> Details<'_> {
        match self {
            Self::Input(error) => error.details(),
            Self::InvalidDate { value } => Details::Own(Own::InvalidDate { value }),
            Self::Read { error, .. } => Details::Own(Own::UnreadableSnapshot {
                side: None,
                invitee: None,
                path: &error.path,
                message: &error.message,
            }),
        }
    }
}

/// Errors of `planReissue`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PlanReissueError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("the account: {0}")]
    Account(ReadError),
    #[error("the request: {0}")]
    Request(ReadError),
    #[error(transparent)]
    Reissue(#[from] ReissueError),
}

impl ErrorCode for PlanReissueError {
    fn code(&self) -> &'static str {
        match self {
            Self::Input(error) => error.code(),
            Self::Account(_) => "UNREADABLE_SNAPSHOT",
            Self::Request(_) => "UNREADABLE_REQUEST",
            Self::Reissue(error) => error.code(),
        }
    }

    fn details(&self) -> Details<'_> {
        match self {
            Self::Input(error) => error.details(),
            Self::Account(error) => Details::Own(Own::UnreadableSnapshot {
                side: None,
                invitee: None,
                path: &error.path,
                message: &error.message,
            }),
            Self::Request(error) => Details::Own(Own::UnreadableRequest {
                path: &error.path,
                message: &error.message,
            }),
            Self::Reissue(error) => Details::Reissue(error),
        }
    }
}
