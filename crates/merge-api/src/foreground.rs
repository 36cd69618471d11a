//! Requests being answered right now. Background work (the outbox's delivery) waits for a
//! moment with none, so that it never takes the cores from a step someone is waiting for
//! (docs/performance.md: rendering and recording emails beside a burst of confirms made them
//! slower on two cores).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

#[derive(Debug, Clone, Default)]
pub struct Foreground(Arc<AtomicUsize>);

impl Foreground {
    /// Whether some request is being answered.
    pub fn is_busy(&self) -> bool {
        self.0.load(Ordering::Relaxed) > 0
    }

    /// The layer that counts each request while it is answered.
    pub async fn count(State(foreground): State<Self>, request: Request, next: Next) -> Response {
        let _answering = Answering::new(&foreground);
        next.run(request).await
    }
}

/// Counted from its making until dropped: a request answered, or given up by its client.
struct Answering<'a>(&'a Foreground);

impl<'a> Answering<'a> {
    fn new(foreground: &'a Foreground) -> Self {
        foreground.0.fetch_add(1, Ordering::Relaxed);
        Self(foreground)
    }
}

impl Drop for Answering<'_> {
    fn drop(&mut self) {
        self.0 .0.fetch_sub(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn busy_while_a_request_is_answered_and_not_after() {
        let foreground = Foreground::default();
        assert!(!foreground.is_busy());
        let one = Answering::new(&foreground);
        let two = Answering::new(&foreground);
        drop(one);
        assert!(foreground.is_busy());
        drop(two);
        assert!(!foreground.is_busy());
    }
}
