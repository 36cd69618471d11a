//! The Partner Merge app: thin Leptos views over the API and over merge-core, with the logic
//! they need in plain functions (`view_model`) that are tested natively.

pub mod api;
pub mod pages;
pub mod view_model;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// Loads `path` afresh: after signing in or out, nothing of the session before stays in memory.
pub fn reload_at(path: &str) {
    let _ = window().location().assign(path);
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <header class="top">
                <a class="brand" href="/">"Partner Merge"</a>
                <nav aria-label="Main">
                    <a href="/account">"Account"</a>
                    <a href="/merges">"Account merge"</a>
                    <a href="/history">"History"</a>
                    <a href="/sandbox">"Sandbox"</a>
                </nav>
                <UserMenu />
            </header>
            <main id="main">
                <Routes fallback=|| view! { <p>"There is no such page."</p> }>
                    <Route path=path!("/") view=pages::SignIn />
                    <Route path=path!("/account") view=pages::Account />
                    <Route path=path!("/merges") view=pages::Merges />
                    <Route path=path!("/merges/:id/preview") view=pages::PreviewPage />
                    <Route path=path!("/history") view=pages::History />
                    <Route path=path!("/sandbox") view=pages::Sandbox />
                </Routes>
            </main>
        </Router>
    }
}

/// The signed-in user, with sign-out; nothing when nobody is signed in.
#[component]
fn UserMenu() -> impl IntoView {
    let me = LocalResource::new(api::me);
    let sign_out = Action::new_local(|_: &()| api::sign_out());
    Effect::new(move |_| {
        if let Some(Ok(())) = sign_out.value().get() {
            reload_at("/");
        }
    });
    // Read as it comes, with no suspense: the header shows nothing until it knows.
    move || {
        me.get().and_then(Result::ok).map(|me| {
            view! {
                <details class="user-menu">
                    <summary aria-label=format!("Signed in as {}", me.email)>
                        {me.email.clone()}
                    </summary>
                    <div class="menu">
                        <p>{me.account.company.clone()}</p>
                        <button on:click=move |_| {
                            sign_out.dispatch_local(());
                        }>"Sign out"</button>
                    </div>
                </details>
            }
        })
    }
}
