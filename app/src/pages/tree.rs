//! The account tree: a PGA and its locations, with moved and demoted locations marked.
//!
//! A small tree is drawn whole; a large one (an invitee with 10,000 locations) is a
//! [`LargeList`] found by name or MPN ID.

use leptos::prelude::*;

use super::large_list::{placed_at, LargeList};
use crate::view_model::{NodeKind, TreeNode, DRAWN_WHOLE};

#[component]
pub fn AccountTree(#[prop(into)] label: String, nodes: Vec<TreeNode>) -> impl IntoView {
    if nodes.len() <= DRAWN_WHOLE {
        let rows = nodes.iter().map(|n| row(n, None)).collect::<Vec<_>>();
        return view! { <ul class="tree" aria-label=label>{rows}</ul> }.into_any();
    }
    let draw = |node: &TreeNode, placed| row(node, placed).into_any();
    view! { <LargeList label class="tree" rows=nodes draw /> }.into_any()
}

/// One row; in a large tree, placed at its position among `setsize` rows.
fn row(node: &TreeNode, placed: Option<(usize, usize)>) -> impl IntoView {
    let pga = (node.kind == NodeKind::Pga).then_some(view! { <span class="kind">"PGA "</span> });
    let note = node
        .note
        .as_ref()
        .map(|note| view! { <span class="note">{format!(" {note}")}</span> });
    let (posinset, setsize, top) = placed_at(placed);
    view! {
        <li
            class=node.class()
            data-mpn=node.mpn_id.clone()
            aria-posinset=posinset
            aria-setsize=setsize
            style:top=top
        >
            {pga}
            <span class="name">{node.name.clone()}</span>
            " "
            <code>{node.mpn_id.clone()}</code>
            {note}
        </li>
    }
}
