//! A large list (an account tree of 10,000 locations, a tenant's 100,000 users): a window that
//! draws only the rows in view, as Leptos views, with a filter and a count. Rows are one height
//! and placed by position, so scrolling anywhere is instant.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;
use crate::view_model::{matching_rows, rows_in_view, Filtered, ROW_PX, VIEW_PX};

/// How a row is drawn: at its position among `setsize` rows when the list is large.
pub type DrawRow<T> = fn(&T, Option<(usize, usize)>) -> AnyView;

#[component]
pub fn LargeList<T>(
    /// Names the window and the list for screen readers.
    label: String,
    /// The `<ul>`'s classes besides `virtual`.
    class: &'static str,
    #[prop(into)] rows: Arc<Vec<T>>,
    draw: DrawRow<T>,
) -> impl IntoView
where
    T: Filtered + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let lang = use_lang();
    let total = rows.len();
    let filter = RwSignal::new(String::new());
    let shown = Memo::new({
        let rows = rows.clone();
        move |_| filter.with(|f| matching_rows(&rows, f))
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
            let picked = shown[range.clone()].iter().copied();
            range
                .zip(picked)
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
        <div class="large-list">
            <div class="list-filter">
                <input type="search" aria-label=filter_label placeholder=filter_label prop:value=filter on:input:target=on_filter />
                <span class="count" aria-live="polite">{count}</span>
            </div>
            {nothing}
            <div
                class="list-window"
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
                <ul class=format!("{class} virtual") aria-label=label style:height=height>
                    <For each=in_view key=|at| *at let((position, index, setsize))>
                        {draw(&rows[index], Some((position, setsize)))}
                    </For>
                </ul>
            </div>
        </div>
    }
}

/// The position attributes and place of a row of a large list.
pub fn placed_at(placed: Option<(usize, usize)>) -> (Option<usize>, Option<usize>, Option<String>) {
    (
        placed.map(|(position, _)| position + 1),
        placed.map(|(_, setsize)| setsize),
        placed.map(|(position, _)| format!("{}px", position * ROW_PX)),
    )
}
