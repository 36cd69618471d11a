//! The Partner Merge app: thin Leptos views over the API and over merge-core, with the logic
//! they need in plain functions (`view_model`) that are tested natively.

pub mod api;
pub mod pages;
pub mod view_model;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

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
