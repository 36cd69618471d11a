//! The account tree: a PGA and its locations, with moved and demoted locations marked.
//!
//! A tree is static and can have tens of thousands of rows (an invitee with 10,000 locations),
//! so its rows are built with the DOM directly, not as one Leptos view per row (with components
//! type-erased for a smaller wasm, each row would be a dozen boxed views), and progressively:
//! the first rows are painted with the preview, the rest follow frame by frame, `aria-busy`
//! until the last. Text only: nothing from a snapshot is ever parsed as HTML.

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::html::Ul;
use leptos::prelude::*;
use web_sys::{Document, Element};

use crate::view_model::{NodeKind, TreeNode};

/// Rows painted with the preview: more than a screen holds.
pub const FIRST_ROWS: usize = 200;
/// Rows are added in batches of this many...
const BATCH: usize = 100;
/// ...for at most this long per animation frame, leaving the frame time to lay them out.
const FRAME_BUDGET_MS: f64 = 4.0;

#[component]
pub fn AccountTree(#[prop(into)] label: String, nodes: Vec<TreeNode>) -> impl IntoView {
    let list = NodeRef::<Ul>::new();
    let mut nodes = Some(nodes);
    // Leptos may reuse the <ul> for the next tree: this one's remaining rows then stop.
    let replaced = Arc::new(AtomicBool::new(false));
    on_cleanup({
        let replaced = replaced.clone();
        move || replaced.store(true, Ordering::Relaxed)
    });
    Effect::new(move || {
        if let (Some(list), Some(nodes)) = (list.get(), nodes.take()) {
            let list: Element = list.into();
            list.set_text_content(None);
            fill(list, Rc::new(nodes), 0, replaced.clone());
        }
    });
    view! { <ul class="tree" aria-label=label node_ref=list></ul> }
}

/// Appends the rows from `from` on, a frame's worth at a time.
fn fill(list: Element, nodes: Rc<Vec<TreeNode>>, from: usize, replaced: Arc<AtomicBool>) {
    if replaced.load(Ordering::Relaxed) {
        return;
    }
    let Some(document) = list.owner_document() else {
        return;
    };
    let mut end = nodes.len().min(from + FIRST_ROWS);
    if from == 0 {
        append_rows(&document, &list, &nodes[..end]);
    } else {
        let started = now();
        end = from;
        while end < nodes.len() && now() - started < FRAME_BUDGET_MS {
            let next = nodes.len().min(end + BATCH);
            append_rows(&document, &list, &nodes[end..next]);
            end = next;
        }
    }
    if end < nodes.len() {
        let _ = list.set_attribute("aria-busy", "true");
        let more = move || fill(list, nodes, end, replaced);
        if from == 0 {
            // After the first rows are painted: the frame with the preview stays light.
            request_animation_frame(move || request_animation_frame(more));
        } else {
            request_animation_frame(more);
        }
    } else {
        let _ = list.remove_attribute("aria-busy");
    }
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

fn append_rows(document: &Document, list: &Element, nodes: &[TreeNode]) {
    let rows = document.create_document_fragment();
    for node in nodes {
        let row = element(document, "li", node.class(), "");
        let _ = row.set_attribute("data-mpn", &node.mpn_id);
        if node.kind == NodeKind::Pga {
            append(&row, element(document, "span", "kind", "PGA "));
        }
        append(&row, element(document, "span", "name", &node.name));
        let _ = row.append_with_str_1(" ");
        append(&row, element(document, "code", "", &node.mpn_id));
        if let Some(note) = &node.note {
            append(&row, element(document, "span", "note", &format!(" {note}")));
        }
        let _ = rows.append_child(&row);
    }
    let _ = list.append_child(&rows);
}

fn element(document: &Document, tag: &str, class: &str, text: &str) -> Element {
    let element = document.create_element(tag).expect("a valid tag name");
    if !class.is_empty() {
        element.set_class_name(class);
    }
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    element
}

fn append(parent: &Element, child: Element) {
    let _ = parent.append_child(&child);
}
