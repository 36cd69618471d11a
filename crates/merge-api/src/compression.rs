//! Large JSON answers compressed by the browser's `Accept-Encoding` (a 100,000-user preview is
//! megabytes of JSON). Brotli and gzip at level 4, not the brotli crate's default 11, which costs
//! far more CPU per answer than it saves on the wire; small answers go as they are.

use tower_http::compression::predicate::SizeAbove;
use tower_http::compression::{CompressionLayer, CompressionLevel};

/// Answers under this many bytes are not worth a compressor's start.
const SMALLEST: u16 = 1024;

pub fn large_answers() -> CompressionLayer<SizeAbove> {
    CompressionLayer::new()
        .quality(CompressionLevel::Precise(4))
        .compress_when(SizeAbove::new(SMALLEST))
}
