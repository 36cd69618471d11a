mod account;
mod changes;
mod compare;
mod consequences;
mod history;
mod icons;
mod invitation;
mod large_list;
mod mailbox;
mod merges;
mod modal;
mod preview;
mod print;
mod reissue;
mod report;
mod rights;
mod sandbox;
mod sign_in;
mod snapshot_input;
mod summary;
mod timeline;
mod tree;
mod type_to_confirm;
mod users;

pub use account::Account;
pub use compare::{CompareOffer, Comparison};
pub use consequences::ConsequenceBars;
pub use history::History;
pub use invitation::InvitationPage;
pub use mailbox::Mailbox;
pub use merges::Merges;
pub use modal::Modal;
pub use preview::{ConfirmDialog, MergedView, PlanView, PreviewPage};
pub use print::{PrintButton, Report, ReportStatus};
pub use reissue::Reissue;
pub use report::ReportPage;
pub use rights::WhoGains;
pub use sandbox::Sandbox;
pub use sign_in::SignIn;
pub use summary::AtAGlance;
pub use timeline::Timeline;
pub use tree::AccountTree;
pub use type_to_confirm::{TypeToConfirm, Typed};
pub use users::TenantUsers;

use leptos::prelude::*;

use crate::api::ApiFailure;
use crate::i18n::{t, use_i18n};
use crate::refusal::refusal;

/// The errors an `ErrorBoundary` caught, as an alert: the API's refusals in the reader's
/// language.
pub fn error_list(errors: ArcRwSignal<Errors>) -> impl IntoView {
    let i18n = use_i18n();
    let items = move || {
        let locale = i18n.get_locale();
        errors.with(|errors| {
            errors
                .iter()
                .map(|(_, e)| {
                    let text = match e.downcast_ref::<ApiFailure>() {
                        Some(failure) => refusal(failure, locale),
                        None => e.to_string(),
                    };
                    view! { <li>{text}</li> }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="error" role="alert">
            <p>{t!(i18n, went_wrong)}</p>
            <ul>{items}</ul>
            <p><a href="/">{t!(i18n, sign_in_again)}</a></p>
        </div>
    }
}
