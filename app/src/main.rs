fn main() {
    merge_app::remove_shell();
    leptos::mount::mount_to_body(merge_app::App);
}
