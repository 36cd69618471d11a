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

/// Takes away index.html's static shell, painted while the wasm loaded: the app takes its place.
pub fn remove_shell() {
    if let Some(shell) = window()
        .document()
        .and_then(|d| d.get_element_by_id("shell"))
    {
        shell.remove();
    }
}

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
    // Asked here, once, for every page.
    api::use_sign_in_methods();
    view! {
        <Router>
            <TopBar links=Links::Routed />
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

/// The start page on its own (`sign-in.html`, which the server sends for `/`): the sign-in with
/// the header, a wasm of its own that is a third of the app's, so that a first visit is quick.
/// Signing in loads the app afresh, as it does in the app.
#[component]
pub fn SignInApp() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <StartPage />
        </I18nContextProvider>
    }
}

#[component]
fn StartPage() -> impl IntoView {
    // Asked here, once, for the header and the sign-in.
    api::use_sign_in_methods();
    view! {
        <TopBar links=Links::Loading />
        <main id="main">
            <pages::SignIn />
        </main>
    }
}

/// How the header's links go to a page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Links {
    /// The router's (`<A>`): in the app, which has the page, marked when it is the one shown.
    Routed,
    /// Plain links, which load the app: on the start page, which has no other page.
    Loading,
}

impl Links {
    /// A link to the page at `href`.
    fn to(self, href: &'static str, text: AnyView) -> AnyView {
        match self {
            Self::Routed => view! { <A href=href>{text}</A> }.into_any(),
            Self::Loading => view! { <a href=href>{text}</a> }.into_any(),
        }
    }
}

/// The header: the brand, the pages, the language and the signed-in user.
#[component]
fn TopBar(links: Links) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="top">
            <a class="brand" href="/">{t!(i18n, brand)}</a>
            <nav aria-label=move || i18n::t_string!(i18n, nav.label)>
                {links.to("/account", t!(i18n, nav.account).into_any())}
                {links.to("/merges", t!(i18n, nav.merges).into_any())}
                {links.to("/history", t!(i18n, nav.history).into_any())}
                {links.to("/sandbox", t!(i18n, nav.sandbox).into_any())}
                <MailboxLink links />
            </nav>
            <LanguageSwitch />
            <UserMenu />
        </header>
    }
}

/// The demo's mailbox, in the navigation of a demo server only.
#[component]
fn MailboxLink(links: Links) -> impl IntoView {
    let i18n = use_i18n();
    let methods = api::use_sign_in_methods();
    move || {
        methods
            .get()
            .and_then(Result::ok)
            .filter(|methods| methods.demo)
            .map(|_| links.to("/mailbox", t!(i18n, nav.mailbox).into_any()))
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
