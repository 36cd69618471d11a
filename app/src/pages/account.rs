//! The account overview: the PGA and its locations as a tree, tenants, users and roles,
//! competencies, Action Pack.

use leptos::prelude::*;
use merge_core::{AccountSnapshot, Lang};

use merge_api_types::Me;

use crate::api;
use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::view_model::{account_tree, UserRow, UserRows, DRAWN_WHOLE};

#[component]
pub fn Account() -> impl IntoView {
    let loaded = LocalResource::new(api::my_account);
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <Transition fallback=move || view! { <p>{t!(i18n, account.loading)}</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    let lang = lang.get();
                    loaded.await.map(|(me, account)| overview(me, account.snapshot, lang))
                })}
            </ErrorBoundary>
        </Transition>
    }
}

fn overview(me: Me, account: AccountSnapshot, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let tenants = account
        .tenants
        .iter()
        .map(|t| view! { <li>{t.domain.clone()} " " {t.csp_accounts.join(", ")}</li> })
        .collect::<Vec<_>>();
    // A large account's users are a filtered window, like its locations.
    let mut labelled = UserRows::new(&account, lang);
    let rows: Vec<UserRow> = account.users.iter().map(|u| labelled.row(u)).collect();
    let users = if rows.len() <= DRAWN_WHOLE {
        let rows = rows
            .into_iter()
            .map(|u| view! { <tr><td>{u.email}</td><td>{u.roles}</td></tr> })
            .collect::<Vec<_>>();
        view! {
            <table class="stacks">
                <thead><tr><th scope="col">{t!(i18n, account.user)}</th><th scope="col">{t!(i18n, account.roles)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    } else {
        let label = t_string!(i18n, account.users).to_string();
        view! { <super::TenantUsers label users=rows /> }.into_any()
    };
    let competencies = account
        .competencies
        .iter()
        .map(|c| {
            let (name, level, date) = (c.name.clone(), c.level.word(lang), lang.date(c.expires));
            view! { <li>{t!(i18n, account.competency, name, level, date)}</li> }
        })
        .collect::<Vec<_>>();
    let action_pack = account.action_pack.as_ref().map(|a| {
        let date = lang.date(a.anniversary);
        view! { <p>{t!(i18n, account.action_pack, date)}</p> }
    });

    view! {
        <h1>{account.company.clone()}</h1>
        <p class="who">
            {t!(i18n, signed_in_as, email = me.email.clone())}
            {me.is_account_admin.then_some(t!(i18n, account.admin))}
        </p>
        <section class="card" aria-labelledby="locations">
            <h2 id="locations">{t!(i18n, account.locations)}</h2>
            <super::AccountTree label=account.company.clone() nodes=account_tree(&account, lang) />
        </section>
        <section class="card" aria-labelledby="tenants">
            <h2 id="tenants">{t!(i18n, counted.tenants)}</h2>
            <ul>{tenants}</ul>
            {(me.is_account_admin && account.tenants.len() > 1).then(|| view! {
                <p><a href="/reissue">{t!(i18n, account.reissue)}</a></p>
            })}
        </section>
        <section class="card" aria-labelledby="users">
            <h2 id="users">{t!(i18n, account.users)}</h2>
            {users}
        </section>
        <section class="card" aria-labelledby="benefits">
            <h2 id="benefits">{t!(i18n, counted.competencies)}</h2>
            <ul>{competencies}</ul>
            {action_pack}
        </section>
    }
}
