//! One error enum per export, each turned into a JS `Error` by [`into_error`]: `name`
//! `PartnerMergeError`, a stable `code`, the `details` as a plain object, and a message that says
//! what was wrong and what to do.

use merge_core::{to_json, ObjectWriter, PlanJsonError, ReadError, WriteJson, Writer};
use wasm_bindgen::JsValue;

/// What every export's error gives JS.
pub trait ErrorCode: std::fmt::Display {
    fn code(&self) -> &'static str;
    /// Plain data as JSON text; always carries `code` too.
    fn details(&self) -> String;
}

/// The single conversion from an export's error to a thrown JS `Error`.
pub fn into_error(error: impl ErrorCode) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    js.set_name("PartnerMergeError");
    let details = js_sys::JSON::parse(&error.details()).unwrap_or(JsValue::NULL);
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

    fn details(&self) -> String {
        details(self.code(), |o| {
            o.field("what", &self.what);
            o.field("message", &self.message);
        })
    }
}

/// `{"code": code, ...}` with the fields `fill` writes.
fn details(code: &str, fill: impl FnOnce(&mut ObjectWriter<'_>)) -> String {
    let mut writer = Writer::default();
    let mut object = writer.object();
    object.field("code", &code);
    fill(&mut object);
    object.end();
    writer.finish()
}

fn read_details(code: &str, error: &ReadError, extra: (&str, &dyn WriteJson)) -> String {
    details(code, |o| {
        o.field(extra.0, extra.1);
        o.field("path", &error.path);
        o.field("message", &error.message);
    })
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

    fn details(&self) -> String {
        match self {
            Self::Input(error) => error.details(),
            Self::InvalidDate { value } => details(self.code(), |o| o.field("value", value)),
            Self::Plan(PlanJsonError::Read { side, error }) => {
                read_details(self.code(), error, ("side", side))
            }
            // The engine's own JSON of the refusal: `code` first, then its details.
            Self::Plan(PlanJsonError::Plan(error)) => to_json(error),
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

    fn details(&self) -> String {
        match self {
            Self::Input(error) => error.details(),
            Self::Read(error) => read_details(self.code(), error, ("side", &None::<String>)),
        }
    }
}

/// Which argument of `diffPlans`.
#[derive(Debug, Clone, Copy)]
pub enum WhichPlan {
    Old,
    New,
}

impl WhichPlan {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Old => "old",
            Self::New => "new",
        }
    }
}

/// Errors of `diffPlans`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DiffError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("the {} plan: {error}", .which.as_str())]
    Read { which: WhichPlan, error: ReadError },
}

impl ErrorCode for DiffError {
    fn code(&self) -> &'static str {
        match self {
            Self::Input(error) => error.code(),
            Self::Read { .. } => "UNREADABLE_PLAN",
        }
    }

    fn details(&self) -> String {
        match self {
            Self::Input(error) => error.details(),
            Self::Read { which, error } => {
                read_details(self.code(), error, ("which", &which.as_str()))
            }
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

    fn details(&self) -> String {
        match self {
            Self::NoBrowser { tag } | Self::InvalidName { tag } => {
                details(self.code(), |o| o.field("tag", tag))
            }
        }
    }
}
