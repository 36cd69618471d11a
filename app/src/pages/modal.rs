//! A modal `<dialog>` opened by a button: `showModal` makes the page behind inert and lets
//! Escape close it; however it closes, focus goes back to the button that opened it.

use leptos::html::{Button, Dialog};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Modal {
    pub dialog: NodeRef<Dialog>,
    pub opener: NodeRef<Button>,
}

impl Modal {
    pub fn new() -> Self {
        Self {
            dialog: NodeRef::new(),
            opener: NodeRef::new(),
        }
    }

    /// Opens it; the browser focuses its autofocus field. The dialog is then shown from its
    /// top, so that its title and warning are read first, on a phone too, where focusing the
    /// field scrolled them away.
    pub fn open(self) {
        if let Some(dialog) = self.dialog.get() {
            let _ = dialog.show_modal();
            dialog.set_scroll_top(0);
        }
    }

    pub fn close(self) {
        if let Some(dialog) = self.dialog.get() {
            dialog.close();
        }
    }

    /// For the dialog's `close` event (Escape, Back, the work done).
    pub fn return_focus(self) {
        if let Some(button) = self.opener.get() {
            let _ = button.focus();
        }
    }
}

impl Default for Modal {
    fn default() -> Self {
        Self::new()
    }
}
