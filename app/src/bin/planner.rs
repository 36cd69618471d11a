//! The sandbox's planning worker (see `merge_app::planner`), built by Trunk as a Web Worker.

use gloo_worker::Registrable;
use merge_app::planner::{JsValues, Planner};

fn main() {
    Planner::registrar().encoding::<JsValues>().register();
}
