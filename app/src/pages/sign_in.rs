//! Sign-in: the demo users, grouped by company.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api;
use crate::view_model::by_company;

#[component]
pub fn SignIn() -> impl IntoView {
    let users = LocalResource::new(api::demo_users);
    let sign_in = Action::new_local(|email: &String| api::sign_in(email.clone()));
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(_)) = sign_in.value().get() {
            navigate("/account", Default::default());
        }
    });
    let failed = move || {
        sign_in
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| e.to_string())
    };

    view! {
        <h1>"Sign in"</h1>
        <p>"Demo mode: choose who you are. Account admins can invite, answer and confirm merges."</p>
        <p class="error" role="alert">{failed}</p>
        <Transition fallback=|| view! { <p>"Loading the demo users…"</p> }>
            <ErrorBoundary fallback=super::error_list>
                {move || Suspend::new(async move {
                    users.await.map(|users| {
                        by_company(&users)
                            .into_iter()
                            .map(|(company, members)| {
                                view! {
                                    <section class="company" aria-label=company.clone()>
                                        <h2>{company.clone()}</h2>
                                        <ul class="users">
                                            {members
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
                                                            {user.account_admin.then_some(" account admin")}
                                                        </li>
                                                    }
                                                })
                                                .collect::<Vec<_>>()}
                                        </ul>
                                    </section>
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}
