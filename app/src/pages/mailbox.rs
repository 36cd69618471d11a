//! The demo's mailbox (issue #31): the emails a demo server with no mail server kept instead of
//! sending them, newest first, so that someone trying the demo sees each company hear of each
//! step (fiona's invitation arriving). Looked at again every few seconds.

use leptos::prelude::*;
use merge_api_types::MailboxMessage;

use crate::api;
use crate::i18n::{t, use_i18n};
use crate::language::use_lang;
use crate::time::local_time;

/// How often the mailbox is read again.
const REFRESH_MS: u32 = 3_000;

#[component]
pub fn Mailbox() -> impl IntoView {
    let i18n = use_i18n();
    let messages = LocalResource::new(api::demo_mailbox);
    let handle = set_interval_with_handle(
        move || messages.refetch(),
        std::time::Duration::from_millis(REFRESH_MS.into()),
    )
    .ok();
    on_cleanup(move || {
        if let Some(handle) = handle {
            handle.clear();
        }
    });
    view! {
        <h1>{t!(i18n, mailbox.title)}</h1>
        <p>{t!(i18n, mailbox.about)}</p>
        <Transition fallback=move || view! { <p>{t!(i18n, mailbox.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    messages.await.map(|messages| {
                        if messages.is_empty() {
                            return view! { <p>{t!(i18n, mailbox.empty)}</p> }.into_any();
                        }
                        view! {
                            <ul class="mailbox">
                                {messages.into_iter().map(|m| view! { <Email message=m /> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// One email: to whom, when, its subject; its text when opened, and its link into the app.
#[component]
fn Email(message: MailboxMessage) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let sent_at = message.sent_at;
    view! {
        <li class="email" data-to=message.to.clone() data-event=message.event.clone()>
            <details>
                <summary>
                    <strong class="subject">{message.subject.clone()}</strong>
                    <span class="meta">
                        {t!(i18n, mailbox.to)} " " {message.to.clone()} " · "
                        {move || local_time(sent_at, lang.get())}
                    </span>
                </summary>
                <pre class="email-text" lang=message.lang.tag()>{message.text.clone()}</pre>
                <p><a href=message.link.clone()>{t!(i18n, mailbox.open)}</a></p>
            </details>
        </li>
    }
}
