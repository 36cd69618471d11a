//! The merge's changes, each marked as added, moved, kept or changed (merge-core's
//! `ChangeTag`), and what is not merged, marked so; a legend says what each mark means. The
//! marks are words, not only colours, so they read in greyscale and to a screen reader.

use leptos::prelude::*;
use merge_core::{Change, ChangeTag};

use crate::i18n::{t, t_string, use_i18n};
use crate::language::use_lang;

/// The mark of a change, or of what is not merged.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Change(ChangeTag),
    NotMerged,
}

impl Mark {
    fn name(self) -> &'static str {
        match self {
            Self::Change(ChangeTag::Added) => "added",
            Self::Change(ChangeTag::Moved) => "moved",
            Self::Change(ChangeTag::Kept) => "kept",
            Self::Change(ChangeTag::Changed) => "changed",
            Self::NotMerged => "not-merged",
        }
    }
}

const MARKS: [Mark; 5] = [
    Mark::Change(ChangeTag::Added),
    Mark::Change(ChangeTag::Moved),
    Mark::Change(ChangeTag::Kept),
    Mark::Change(ChangeTag::Changed),
    Mark::NotMerged,
];

/// A mark as a badge, in the reader's language.
#[component]
pub fn MarkBadge(mark: Mark) -> impl IntoView {
    let i18n = use_i18n();
    let word = move || match mark {
        Mark::Change(ChangeTag::Added) => t_string!(i18n, preview.tag.added),
        Mark::Change(ChangeTag::Moved) => t_string!(i18n, preview.tag.moved),
        Mark::Change(ChangeTag::Kept) => t_string!(i18n, preview.tag.kept),
        Mark::Change(ChangeTag::Changed) => t_string!(i18n, preview.tag.changed),
        Mark::NotMerged => t_string!(i18n, reading.not_merged),
    };
    view! { <span class="tag" data-tag=mark.name()>{word}</span> }
}

/// What each mark means.
#[component]
pub fn MarkLegend() -> impl IntoView {
    let i18n = use_i18n();
    let meaning = move |mark: Mark| match mark {
        Mark::Change(ChangeTag::Added) => t_string!(i18n, preview.tag_meaning.added),
        Mark::Change(ChangeTag::Moved) => t_string!(i18n, preview.tag_meaning.moved),
        Mark::Change(ChangeTag::Kept) => t_string!(i18n, preview.tag_meaning.kept),
        Mark::Change(ChangeTag::Changed) => t_string!(i18n, preview.tag_meaning.changed),
        Mark::NotMerged => t_string!(i18n, preview.tag_meaning.not_merged),
    };
    let items = MARKS
        .into_iter()
        .map(|mark| view! { <li><MarkBadge mark /> " " {move || meaning(mark)}</li> })
        .collect::<Vec<_>>();
    view! {
        <div class="legend">
            <span>{t!(i18n, preview.tags)}</span>
            <ul>{items}</ul>
        </div>
    }
}

/// The changes, each with its mark, in the reader's language.
#[component]
pub fn MarkedChanges(changes: Vec<Change>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        changes
            .iter()
            .map(|change| {
                let mark = Mark::Change(change.tag());
                view! { <li><MarkBadge mark /> " " {change.describe_in(lang)}</li> }
            })
            .collect::<Vec<_>>()
    }
}

/// Sentences of what is not merged, each marked so.
pub fn not_merged_items(lines: Vec<String>) -> impl IntoView {
    lines
        .into_iter()
        .map(|line| view! { <li><MarkBadge mark=Mark::NotMerged /> " " {line}</li> })
        .collect::<Vec<_>>()
}
