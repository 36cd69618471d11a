fn main() {
    // index.html's static shell was painted while the wasm loaded: the app takes its place.
    if let Some(shell) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("shell"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(merge_app::App);
}
