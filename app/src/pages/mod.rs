mod account;
mod history;
mod merges;
mod preview;
mod sandbox;
mod sign_in;
mod summary;
mod timeline;
mod tree;

pub use account::Account;
pub use history::History;
pub use merges::Merges;
pub use preview::{ConfirmDialog, MergedView, PlanView, PreviewPage};
pub use sandbox::Sandbox;
pub use sign_in::SignIn;
pub use summary::AtAGlance;
pub use timeline::Timeline;
pub use tree::{AccountTree, FIRST_ROWS};

use leptos::prelude::*;

/// The errors an `ErrorBoundary` caught, as an alert.
pub fn error_list(errors: ArcRwSignal<Errors>) -> impl IntoView {
    let items = move || {
        errors.with(|errors| {
            errors
                .iter()
                .map(|(_, e)| view! { <li>{e.to_string()}</li> })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="error" role="alert">
            <p>"Something went wrong:"</p>
            <ul>{items}</ul>
            <p><a href="/">"Sign in again"</a></p>
        </div>
    }
}
