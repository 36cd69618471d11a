//! The start page (`sign-in.html`): the sign-in alone, a small wasm for a quick first visit.

fn main() {
    merge_app::remove_shell();
    leptos::mount::mount_to_body(merge_app::SignInApp);
}
