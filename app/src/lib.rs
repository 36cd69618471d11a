//! The Partner Merge app: thin Leptos views over the API and over merge-core, with the logic
//! they need in plain functions (`view_model`) that are tested natively.

pub mod api;
pub mod i18n;
pub mod language;
pub mod pages;
pub mod planner;
pub mod refusal;
pub mod step_up;
pub mod time;
pub mod view_model;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

use i18n::{t, use_i18n, I18nContextProvider};
use language::LanguageSwitch;

/// Loads `path` afresh: after signing in or out, nothing of the session before stays in memory.
pub fn reload_at(path: &str) {
    let _ = window().location().assign(path);
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Pages />
        </I18nContextProvider>
    }
}

#[component]
fn Pages() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Router>
            <header class="top">
                <a class="brand" href="/">{t!(i18n, brand)}</a>
                <nav aria-label=move || i18n::t_string!(i18n, nav.label)>
                    // `<A>` marks the page you are on (aria-current="page").
                    <A href="/account">{t!(i18n, nav.account)}</A>
                    <A href="/merges">{t!(i18n, nav.merges)}</A>
                    <A href="/history">{t!(i18n, nav.history)}</A>
                    <A href="/sandbox">{t!(i18n, nav.sandbox)}</A>
                    <MailboxLink />
                </nav>
                <LanguageSwitch />
                <UserMenu />
            </header>
            <main id="main">
                <Routes fallback=move || view! { <p>{t!(i18n, no_such_page)}</p> }>
                    <Route path=path!("/") view=pages::SignIn />
                    <Route path=path!("/account") view=pages::Account />
                    <Route path=path!("/merges") view=pages::Merges />
                    <Route path=path!("/merges/:id") view=pages::InvitationPage />
                    <Route path=path!("/merges/:id/preview") view=pages::PreviewPage />
                    <Route path=path!("/merges/:id/report") view=pages::ReportPage />
                    <Route path=path!("/history") view=pages::History />
                    <Route path=path!("/reissue") view=pages::Reissue />
                    <Route path=path!("/sandbox") view=pages::Sandbox />
                    <Route path=path!("/mailbox") view=pages::Mailbox />
                </Routes>
            </main>
        </Router>
    }
}

/// The demo's mailbox, in the navigation of a demo server only.
#[component]
fn MailboxLink() -> impl IntoView {
    let i18n = use_i18n();
    let methods = LocalResource::new(api::sign_in_methods);
    move || {
        methods
            .get()
            .and_then(Result::ok)
            .filter(|methods| methods.demo)
            .map(|_| view! { <A href="/mailbox">{t!(i18n, nav.mailbox)}</A> })
    }
}

/// The signed-in user and their company, with sign-out; nothing when nobody is signed in.
#[component]
fn UserMenu() -> impl IntoView {
    let i18n = use_i18n();
    let me = LocalResource::new(api::me);
    // Signed out: the start page, loaded afresh.
    let sign_out = Action::new_local(|_: &()| async {
        api::sign_out().await?;
        reload_at("/");
        Ok::<_, api::ApiFailure>(())
    });
    // Read as it comes, with no suspense: the header shows nothing until it knows.
    move || {
        me.get().and_then(Result::ok).map(|me| {
            view! {
                <details class="user-menu">
                    <summary aria-label={
                        let (email, company) = (me.email.clone(), me.account.company.clone());
                        move || {
                            i18n::t_string!(i18n, signed_in_with, email = email.clone(), company = company.clone())
                                .to_string()
                        }
                    }>
                        <span class="avatar" aria-hidden="true">{me.email.chars().next().map(String::from)}</span>
                        <span class="persona">
                            {me.email.clone()} " "
                            <small>{me.account.company.clone()}</small>
                        </span>
                    </summary>
                    <div class="menu">
                        <p>{me.email.clone()}<br />{me.account.company.clone()}</p>
                        <button on:click=move |_| {
                            sign_out.dispatch_local(());
                        }>{t!(i18n, sign_out)}</button>
                    </div>
                </details>
            }
        })
    }
}
