//! The account tree: a PGA and its locations, with moved and demoted locations marked.
//!
//! A small tree is drawn whole. A large one (an invitee with 10,000 locations) is a window
//! that draws only the rows in view, as Leptos views, with a filter by name or MPN ID and a
//! count; its rows are one height and placed by position, so scrolling anywhere is instant.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::view_model::{
    matching_rows, rows_in_view, NodeKind, TreeNode, DRAWN_WHOLE, ROW_PX, VIEW_PX,
};

#[component]
pub fn AccountTree(#[prop(into)] label: String, nodes: Vec<TreeNode>) -> impl IntoView {
    if nodes.len() <= DRAWN_WHOLE {
        let rows = nodes.iter().map(|n| row(n, None)).collect::<Vec<_>>();
        return view! { <ul class="tree" aria-label=label>{rows}</ul> }.into_any();
    }
    view! { <LargeTree label nodes /> }.into_any()
}

#[component]
fn LargeTree(label: String, nodes: Vec<TreeNode>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let nodes = Arc::new(nodes);
    let total = nodes.len();
    let filter = RwSignal::new(String::new());
    let shown = Memo::new({
        let nodes = nodes.clone();
        move |_| filter.with(|f| matching_rows(&nodes, f))
    });
    let scroll_top = RwSignal::new(0.0);
    let window = NodeRef::<Div>::new();
    let on_filter =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
            filter.set(ev.target().value());
            // A new filter shows its first rows.
            if let Some(window) = window.get_untracked() {
                window.set_scroll_top(0);
            }
            scroll_top.set(0.0);
        };
    // (position among the filtered rows, row, how many): a row keeps its view while it stays
    // in view, and is drawn afresh when a filter changes its place or the count.
    let in_view = move || {
        shown.with(|shown| {
            let range = rows_in_view(shown.len(), scroll_top.get());
            let rows = shown[range.clone()].iter().copied();
            range
                .zip(rows)
                .map(|(at, row)| (at, row, shown.len()))
                .collect::<Vec<_>>()
        })
    };
    let count = move || {
        let lang = lang.get();
        let (shown, total) = (
            lang.number(shown.with(Vec::len) as u64),
            lang.number(total as u64),
        );
        t_string!(i18n, tree.count, shown, total).to_string()
    };
    let nothing = move || {
        shown.with(Vec::is_empty).then(|| {
            let filter = filter.get();
            view! { <p class="hint">{t!(i18n, tree.none, filter)}</p> }
        })
    };
    let height = move || format!("{}px", shown.with(Vec::len) * ROW_PX);
    let filter_label = move || t_string!(i18n, tree.filter).to_string();
    let window_label = label.clone();
    view! {
        <div class="large-tree">
            <div class="tree-filter">
                <input type="search" aria-label=filter_label placeholder=filter_label prop:value=filter on:input:target=on_filter />
                <span class="count" aria-live="polite">{count}</span>
            </div>
            {nothing}
            <div
                class="tree-window"
                role="region"
                aria-label=window_label
                tabindex="0"
                node_ref=window
                style:max-height=format!("{VIEW_PX}px")
                on:scroll=move |_| {
                    if let Some(window) = window.get_untracked() {
                        scroll_top.set(f64::from(window.scroll_top()));
                    }
                }
            >
                <ul class="tree virtual" aria-label=label style:height=height>
                    <For each=in_view key=|at| *at let((position, index, setsize))>
                        {row(&nodes[index], Some((position, setsize)))}
                    </For>
                </ul>
            </div>
        </div>
    }
}

/// One row; in a large tree, placed at its position among `setsize` rows.
fn row(node: &TreeNode, placed: Option<(usize, usize)>) -> impl IntoView {
    let pga = (node.kind == NodeKind::Pga).then_some(view! { <span class="kind">"PGA "</span> });
    let note = node
        .note
        .as_ref()
        .map(|note| view! { <span class="note">{format!(" {note}")}</span> });
    let top = placed.map(|(position, _)| format!("{}px", position * ROW_PX));
    view! {
        <li
            class=node.class()
            data-mpn=node.mpn_id.clone()
            aria-posinset=placed.map(|(position, _)| position + 1)
            aria-setsize=placed.map(|(_, setsize)| setsize)
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
