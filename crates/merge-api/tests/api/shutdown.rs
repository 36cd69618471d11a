//! Graceful shutdown at SIGTERM, over raw connections so that what is in flight is exact: not
//! ready at once, new connections refused, a request in flight answered as usual, exit 0
//! within the grace; a request that outlasts the grace is cut at it.

use crate::common;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Server, TestDatabase};

/// Sends `text` on `stream`.
fn send(stream: &mut TcpStream, text: &str) {
    stream.write_all(text.as_bytes()).unwrap();
}

/// Reads the whole answer, to the end of the connection (the server closes it after the
/// answer, as it shuts down): its status and its text.
fn answer(stream: &mut TcpStream) -> (u16, String) {
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no HTTP answer: {text:?}"));
    (status, text)
}

/// Waits until the server refuses new connections: its shutdown has begun. How long it took.
fn refused_within(addr: &str, most: Duration) -> Duration {
    let started = Instant::now();
    loop {
        match TcpStream::connect(addr) {
            // Reset: the handshake was under way as the listener closed. Either way no request
            // was sent.
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::ConnectionRefused | ErrorKind::ConnectionReset
                ) =>
            {
                return started.elapsed()
            }
            Err(e) => panic!("connecting: {e}"),
            Ok(_) => {}
        }
        assert!(started.elapsed() < most, "still accepting after {most:?}");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// A sign-in whose body is half sent: a request in flight for as long as the test likes.
fn half_sent_sign_in(addr: &str) -> (TcpStream, &'static str) {
    let body = r#"{"email":"alice@contoso.com"}"#;
    let mut stream = TcpStream::connect(addr).unwrap();
    send(
        &mut stream,
        &format!(
            "POST /api/session HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\n\r\n{}",
            body.len(),
            &body[..10]
        ),
    );
    (stream, &body[10..])
}

#[test]
fn sigterm_reports_not_ready_at_once_finishes_requests_in_flight_and_exits_0() {
    let dir = Server::scratch("shutdown-graceful");
    let mut server = Server::on(TestDatabase::fresh("shutdown-graceful", &dir), dir);
    let addr = server.addr().to_string();
    // A connection the server accepted, its request not sent yet; and a request in flight.
    let mut idle = TcpStream::connect(&addr).unwrap();
    let (mut in_flight, rest) = half_sent_sign_in(&addr);
    // The server has the request's head (it waits for the body).
    std::thread::sleep(Duration::from_millis(200));

    let signalled = Instant::now();
    server.terminate();
    let refused = refused_within(&addr, Duration::from_secs(2));
    // Not ready, to anyone who asks on a connection it had accepted.
    send(
        &mut idle,
        &format!("GET /readyz HTTP/1.1\r\nHost: {addr}\r\n\r\n"),
    );
    let (status, text) = answer(&mut idle);
    assert_eq!(status, 503, "{text}");
    assert!(
        text.ends_with(r#"{"code":"busy","message":"not ready"}"#),
        "{text}"
    );
    // The request in flight finishes with its usual answer.
    send(&mut in_flight, rest);
    let (status, text) = answer(&mut in_flight);
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("set-cookie: pm_session="), "{text}");
    let exit = server
        .exited_within(Duration::from_secs(20))
        .expect("exits within the grace (20 s)");
    assert!(exit.success(), "{exit}");
    println!(
        "refusing connections {refused:?} after SIGTERM, exited 0 {:?} after it",
        signalled.elapsed()
    );
}

#[test]
fn a_request_that_outlasts_the_grace_is_cut_and_the_server_exits_at_the_grace() {
    let dir = Server::scratch("shutdown-grace");
    let database = TestDatabase::fresh("shutdown-grace", &dir);
    let mut server = Server::with_args(database, dir, &["--shutdown-grace", "1s"]);
    let addr = server.addr().to_string();
    let (mut stuck, _) = half_sent_sign_in(&addr);
    std::thread::sleep(Duration::from_millis(200));
    let signalled = Instant::now();
    server.terminate();
    let exit = server
        .exited_within(Duration::from_secs(10))
        .expect("exits at the grace");
    let took = signalled.elapsed();
    assert!(
        took >= Duration::from_secs(1) && took < Duration::from_secs(5),
        "{took:?}"
    );
    // Not 0: a request was cut (its transaction, had it begun one, rolls back).
    assert_eq!(exit.code(), Some(1), "{exit}");
    let mut rest = Vec::new();
    let _ = stuck.read_to_end(&mut rest);
    assert!(rest.is_empty(), "no answer to the cut request");
}
