//! A connection's total time waiting for its client to read: every stretch in which the socket
//! would not take more is added up, and past the budget the connection fails. A client that
//! stops reading (or reads a byte now and then) cannot hold a connection and its slot for ever;
//! hyper has no write timeout of its own.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

pub struct WriteDeadline<S> {
    inner: S,
    /// What is left of the budget once the current stretch (if any) is added.
    left: Duration,
    /// Since when the socket has not taken anything.
    blocked_since: Option<Instant>,
    timer: Pin<Box<Sleep>>,
}

impl<S> WriteDeadline<S> {
    pub fn new(inner: S, budget: Duration) -> Self {
        Self {
            inner,
            left: budget,
            blocked_since: None,
            timer: Box::pin(tokio::time::sleep(budget)),
        }
    }

    /// The socket did not take the write: pending until it does, or an error once the budget
    /// is spent.
    fn blocked<T>(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<T>> {
        let since = *self.blocked_since.get_or_insert_with(|| {
            let now = Instant::now();
            self.timer.as_mut().reset(now + self.left);
            now
        });
        if self.timer.as_mut().poll(cx).is_ready() {
            self.left = Duration::ZERO;
            let waited = since.elapsed();
            return Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                format!("the client read nothing for {waited:?}, past the connection's write time"),
            )));
        }
        Poll::Pending
    }

    fn unblocked(&mut self) {
        if let Some(since) = self.blocked_since.take() {
            self.left = self.left.saturating_sub(since.elapsed());
        }
    }

    fn after<T>(&mut self, cx: &mut Context<'_>, poll: Poll<io::Result<T>>) -> Poll<io::Result<T>> {
        match poll {
            Poll::Pending => self.blocked(cx),
            ready => {
                self.unblocked();
                ready
            }
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for WriteDeadline<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for WriteDeadline<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.after(cx, poll)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.after(cx, poll)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_flush(cx);
        self.after(cx, poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_shutdown(cx);
        self.after(cx, poll)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncWriteExt;

    #[tokio::test]
    async fn a_reader_that_stops_reading_fails_the_writer_after_the_budget() {
        // A pipe that holds 1 KiB; nobody reads the other end.
        let (ours, _theirs) = tokio::io::duplex(1024);
        let mut writer = WriteDeadline::new(ours, Duration::from_millis(200));
        let started = std::time::Instant::now();
        let chunk = vec![0u8; 4096];
        let error = loop {
            if let Err(error) = writer.write_all(&chunk).await {
                break error;
            }
        };
        assert_eq!(error.kind(), io::ErrorKind::TimedOut);
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(200), "{took:?}");
        assert!(took < Duration::from_secs(5), "{took:?}");
    }

    #[tokio::test]
    async fn a_reader_that_keeps_up_never_meets_the_deadline() {
        let (ours, mut theirs) = tokio::io::duplex(1024);
        let reader = tokio::spawn(async move {
            let mut sink = Vec::new();
            tokio::io::AsyncReadExt::read_to_end(&mut theirs, &mut sink)
                .await
                .unwrap();
            sink.len()
        });
        let mut writer = WriteDeadline::new(ours, Duration::from_millis(200));
        for _ in 0..200 {
            writer.write_all(&[1u8; 4096]).await.unwrap();
        }
        writer.shutdown().await.unwrap();
        drop(writer);
        assert_eq!(reader.await.unwrap(), 200 * 4096);
    }
}
