//! merge-api's integration tests as one test program: each module a file of tests against real
//! server processes (`common`). One program rather than one per file: the files shared every
//! dependency and the `common` module, built and linked 26 times over (docs/decisions.md).
//! tests/invitation_flood.rs stays a program of its own: it measures, so nothing runs beside it.

#[path = "../common/mod.rs"]
mod common;

mod authorization;
mod command;
mod confirm;
mod consent;
mod delivery;
mod expiry;
mod fuzz;
mod guards;
mod hardening;
mod languages;
mod metrics;
mod migrations;
mod notifications;
mod operator;
mod probes;
mod reissue;
mod replicas;
mod review2;
mod rights;
mod rolling_restart;
mod safety;
mod sessions;
mod shutdown;
mod site;
mod webhooks;
mod workflow;
