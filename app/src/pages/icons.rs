//! The message bars' glyphs, as Fluent 2 draws them (filled, 20 px): decoration beside words
//! that say the same, so hidden from screen readers.

use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IconKind {
    Warning,
    Error,
    Success,
    Info,
}

#[component]
pub fn Icon(kind: IconKind) -> impl IntoView {
    // Fluent UI System Icons' 20 px filled paths (MIT): warning, dismiss circle, checkmark
    // circle, info.
    let path = match kind {
        IconKind::Warning => "M8.68 2.79a1.5 1.5 0 0 1 2.64 0l6.5 12A1.5 1.5 0 0 1 16.5 17h-13a1.5 1.5 0 0 1-1.32-2.21l6.5-12ZM10.5 7.5a.5.5 0 0 0-1 0v4a.5.5 0 0 0 1 0v-4Zm.25 6.25a.75.75 0 1 0-1.5 0 .75.75 0 0 0 1.5 0Z",
        IconKind::Error => "M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16ZM7.8 7.09a.5.5 0 0 0-.7.7L9.28 10 7.1 12.2l-.06.07a.5.5 0 0 0 .76.63L10 10.71l2.2 2.2.07.05a.5.5 0 0 0 .63-.76L10.71 10l2.2-2.2.05-.07a.5.5 0 0 0-.76-.63L10 9.29 7.8 7.1Z",
        IconKind::Success => "M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm3.36 5.65a.5.5 0 0 0-.64-.06l-.07.06L9 11.3 7.35 9.65l-.07-.06a.5.5 0 0 0-.7.7l.06.07 2 2 .07.06c.17.11.4.11.56 0l.07-.06 4-4 .07-.08a.5.5 0 0 0-.06-.63Z",
        IconKind::Info => "M18 10a8 8 0 1 0-16 0 8 8 0 0 0 16 0ZM9.5 8.91a.5.5 0 0 1 1 0V13.6a.5.5 0 0 1-1 0V8.9Zm-.25-2.16a.75.75 0 1 1 1.5 0 .75.75 0 0 1-1.5 0Z",
    };
    view! {
        <svg class="icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path fill="currentColor" d=path />
        </svg>
    }
}
