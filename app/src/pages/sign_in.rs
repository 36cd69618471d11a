//! Sign-in: by work email through the tenant's identity provider, and in demo mode the demo
//! users, grouped by company.

use leptos::prelude::*;
use merge_api_types::{DemoUser, SignInMethods};

use crate::api::{self, ApiFailure};
use crate::i18n::{t, use_i18n};
use crate::refusal::refusal;
use crate::reload_at;
use crate::view_model::by_company;

#[component]
pub fn SignIn() -> impl IntoView {
    let i18n = use_i18n();
    let methods = api::use_sign_in_methods();
    let ways = move || {
        methods.get().map(|answer| match answer {
            Ok(SignInMethods {
                demo,
                demo_users,
                identity_provider,
                ..
            }) => view! {
                {identity_provider.then(|| view! { <WorkEmail /> })}
                {demo.then(|| view! { <DemoUsers users=demo_users /> })}
            }
            .into_any(),
            Err(error) => {
                let text = move || refusal(&error, i18n.get_locale());
                view! { <p class="error" role="alert">{text}</p> }.into_any()
            }
        })
    };
    view! {
        <h1>{t!(i18n, sign_in.title)}</h1>
        {ways}
    }
}

/// The work email; the browser goes on to the identity provider of its tenant.
#[component]
fn WorkEmail() -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    // On to the identity provider as soon as the API says where.
    let start = Action::new_local(|email: &String| {
        let email = email.clone();
        async move {
            let redirect = api::start_sign_in(email).await?;
            reload_at(&redirect.url);
            Ok::<_, ApiFailure>(redirect)
        }
    });
    let failed = move || {
        start
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| refusal(&e, i18n.get_locale()))
    };
    view! {
        <form
            class="work-email"
            on:submit=move |ev| {
                ev.prevent_default();
                start.dispatch_local(email.get_untracked().trim().to_string());
            }
        >
            <label>
                {t!(i18n, sign_in.work_email)}
                <input type="email" required autocomplete="email" bind:value=email />
            </label>
            <button type="submit" disabled=move || start.pending().get()>
                {t!(i18n, sign_in.continue_to_provider)}
            </button>
            <p class="hint">{t!(i18n, sign_in.own_page)}</p>
        </form>
        <p class="error" role="alert">{failed}</p>
    }
}

/// Demo mode: choose who you are.
#[component]
fn DemoUsers(users: Vec<DemoUser>) -> impl IntoView {
    let i18n = use_i18n();
    // Signed in: the account, loaded afresh.
    let sign_in = Action::new_local(|email: &String| {
        let email = email.clone();
        async move {
            let session = api::sign_in(email).await?;
            reload_at("/account");
            Ok::<_, ApiFailure>(session)
        }
    });
    let failed = move || {
        sign_in
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| refusal(&e, i18n.get_locale()))
    };
    let companies = by_company(&users)
        .into_iter()
        .map(|(company, members)| {
            let members = members
                .into_iter()
                .map(|user| {
                    let email = user.email.clone();
                    view! {
                        <li>
                            <button
                                class="sign-in"
                                on:click=move |_| {
                                    sign_in.dispatch_local(email.clone());
                                }
                            >
                                {user.email.clone()}
                            </button>
                            {user.account_admin.then_some(t!(i18n, sign_in.account_admin))}
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                <section class="card company" aria-label=company.clone()>
                    <h2>{company.clone()}</h2>
                    <ul class="users">{members}</ul>
                </section>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <p>{t!(i18n, sign_in.demo)}</p>
        <p class="error" role="alert">{failed}</p>
        {companies}
    }
}
