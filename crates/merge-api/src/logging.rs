//! The log: text lines for a terminal, or one JSON object a line for a log collector
//! (`--log-format json`, tracing-subscriber's JSON formatter). Each request is one line when it
//! is answered, with its request id (the `x-request-id` the response carries), method, path,
//! route, status and latency; never a header, a cookie, a token or a body. `RUST_LOG` sets the
//! level (default `info`).

use clap::ValueEnum;
use tracing_subscriber::EnvFilter;

#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum LogFormat {
    /// Lines to read in a terminal.
    #[default]
    Text,
    /// One JSON object a line: `timestamp`, `level`, `message`, the event's fields, and the
    /// request's (`span`: `id`, `method`, `path`, `route`).
    Json,
}

pub fn init(format: LogFormat) {
    // sqlx's notices ("relation … already exists, skipping") are not news.
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let log = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Text => log.init(),
        LogFormat::Json => log
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .init(),
    }
}
