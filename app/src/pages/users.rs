//! A tenant's users and their roles: drawn whole when few, a [`LargeList`] found by email or
//! role when many (an invitee with 100,000 users).

use std::sync::Arc;

use leptos::prelude::*;

use super::large_list::{placed_at, LargeList};
use crate::view_model::{UserRow, DRAWN_WHOLE};

#[component]
pub fn TenantUsers(
    #[prop(into)] label: String,
    #[prop(into)] users: Arc<Vec<UserRow>>,
) -> impl IntoView {
    if users.len() <= DRAWN_WHOLE {
        let rows = users.iter().map(|u| row(u, None)).collect::<Vec<_>>();
        return view! { <ul class="tenant-users" aria-label=label>{rows}</ul> }.into_any();
    }
    let draw = |user: &UserRow, placed| row(user, placed).into_any();
    view! { <LargeList label class="tenant-users" rows=users draw /> }.into_any()
}

fn row(user: &UserRow, placed: Option<(usize, usize)>) -> impl IntoView {
    let (posinset, setsize, top) = placed_at(placed);
    view! {
        <li data-email=user.email.clone() aria-posinset=posinset aria-setsize=setsize style:top=top>
            {user.email.clone()} ": " {user.roles.clone()}
        </li>
    }
}
