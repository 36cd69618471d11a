//! The account overview: the PGA and its locations as a tree, tenants, users and roles,
//! competencies, Action Pack.

use leptos::prelude::*;
use merge_core::AccountSnapshot;

use merge_api_types::Me;

use crate::api;
use crate::view_model::account_tree;

#[component]
pub fn Account() -> impl IntoView {
    let loaded = LocalResource::new(api::my_account);
    view! {
        <Transition fallback=|| view! { <p>"Loading your account…"</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    loaded.await.map(|(me, account)| overview(me, account.snapshot))
                })}
            </ErrorBoundary>
        </Transition>
    }
}

fn overview(me: Me, account: AccountSnapshot) -> impl IntoView {
    let tenants = account
        .tenants
        .iter()
        .map(|t| view! { <li>{t.domain.clone()} " " {t.csp_accounts.join(", ")}</li> })
        .collect::<Vec<_>>();
    let users = account
        .users
        .iter()
        .map(|u| {
            let roles = u
                .roles
                .iter()
                .map(|r| merge_core::role_label(r, &account))
                .collect::<Vec<_>>()
                .join(", ");
            view! { <tr><td>{u.email.clone()}</td><td>{roles}</td></tr> }
        })
        .collect::<Vec<_>>();
    let competencies = account
        .competencies
        .iter()
        .map(|c| view! { <li>{format!("{} ({}), until {}", c.name, c.level.as_str(), c.expires)}</li> })
        .collect::<Vec<_>>();
    let action_pack = account
        .action_pack
        .as_ref()
        .map(|a| format!("Action Pack anniversary {}", a.anniversary));

    view! {
        <h1>{account.company.clone()}</h1>
        <p class="who">"Signed in as " {me.email} {me.is_account_admin.then_some(", account admin")}</p>
        <section aria-labelledby="locations">
            <h2 id="locations">"Partner global account and locations"</h2>
            <super::AccountTree label=account.company.clone() nodes=account_tree(&account) />
        </section>
        <section aria-labelledby="tenants">
            <h2 id="tenants">"Tenants"</h2>
            <ul>{tenants}</ul>
        </section>
        <section aria-labelledby="users">
            <h2 id="users">"Users and roles"</h2>
            <table>
                <thead><tr><th scope="col">"User"</th><th scope="col">"Roles"</th></tr></thead>
                <tbody>{users}</tbody>
            </table>
        </section>
        <section aria-labelledby="benefits">
            <h2 id="benefits">"Competencies"</h2>
            <ul>{competencies}</ul>
            <p>{action_pack}</p>
        </section>
    }
}
