//! The Partner Merge app: thin Leptos views over the API and over merge-core, with the logic
//! they need in plain functions (`view_model`) that are tested natively.

pub mod api;
mod pages;
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
            </header>
            <main id="main">
                <Routes fallback=|| view! { <p>"There is no such page."</p> }>
                    <Route path=path!("/") view=pages::SignIn />
                    <Route path=path!("/account") view=pages::Account />
                </Routes>
            </main>
        </Router>
    }
}
