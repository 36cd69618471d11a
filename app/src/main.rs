fn main() {
    leptos::mount::mount_to_body(merge_app::App);
}
