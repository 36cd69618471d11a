//! Before an irreversible step, the person types the name of what it ends (the company
//! absorbed, the tenant left behind): one field for the merge's confirmation and the
//! re-issue's.

use leptos::prelude::*;

/// What is typed, and the name it must be.
#[derive(Clone, Copy)]
pub struct Typed {
    text: RwSignal<String>,
    expected: StoredValue<String>,
    ignore_case: bool,
}

impl Typed {
    /// `expected` as written, in any case when `ignore_case` (a domain name).
    pub fn new(expected: String, ignore_case: bool) -> Self {
        Self {
            text: RwSignal::new(String::new()),
            expected: StoredValue::new(expected),
            ignore_case,
        }
    }

    /// Whether the name is typed, spaces around it aside; followed as it is typed.
    pub fn ready(self) -> bool {
        let text = self.text.get();
        let typed = text.trim();
        self.expected.with_value(|expected| match self.ignore_case {
            true => typed.eq_ignore_ascii_case(expected),
            false => typed == expected,
        })
    }

    /// Typed for the person, when they come back to a confirmation they had typed before
    /// signing in again.
    pub fn set(self, text: String) {
        self.text.set(text);
    }

    /// Empty again, for the next time the dialog opens.
    pub fn clear(self) {
        self.text.set(String::new());
    }
}

/// The label saying what to type, and the field, focused when its dialog opens.
#[component]
pub fn TypeToConfirm(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    typed: Typed,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input id=id autofocus=true autocomplete="off"
            prop:value=typed.text on:input:target=move |ev| typed.text.set(ev.target().value()) />
    }
}
