//! Connections that break before any response: closed right after the
//! accept (11), or answered with a garbage status line (13).

use super::{RETRIES, budget, client, create, fast, finishes_within, get_me, render, transport};
use crate::raw::{Conn, RawServer};

// 11 ------------------------------------------------------------------------

/// Script: hang up at once, without reading anything.
async fn hang_up_at_once(conn: Conn, _: usize) {
    drop(conn);
}

#[tokio::test]
async fn f11_a_connection_closed_at_once_is_retried_for_get() {
    let server = RawServer::start(hang_up_at_once).await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1 + RETRIES), get_me(&client)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_request() && !source.is_connect(), "{source:?}");
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "getUser failed: the connection failed before a response arrived"
    );
    assert_eq!(server.accepted(), 1 + RETRIES as usize);
    assert_eq!(server.requests(), 0, "the server never read a request");
}

#[tokio::test]
async fn f11_a_connection_closed_at_once_does_not_resend_a_post() {
    // The connection was accepted, so the request may have been written
    // and read by the server before it closed: the client cannot prove it
    // never left, and must not send it again.
    let server = RawServer::start(hang_up_at_once).await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1 + RETRIES), create(&client)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_request() && !source.is_connect(), "{source:?}");
    assert_eq!(
        err.to_string(),
        "createUser failed: the connection failed before a response arrived"
    );
    assert_eq!(server.accepted(), 1);
}

// 13 ------------------------------------------------------------------------

async fn garbage_status_line(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let _ = conn
        .write(b"HTTP/1.1 abc\r\nContent-Length: 2\r\n\r\n{}")
        .await;
}

#[tokio::test]
async fn f13_a_garbage_status_line_is_a_transport_error() {
    let server = RawServer::start(garbage_status_line).await;
    let client = client(&server, fast());

    let (result, _) = finishes_within(budget(1 + RETRIES), get_me(&client)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_request() && !source.is_timeout(), "{source:?}");
    assert_eq!(err.status(), None);
    render(&err);
    // Treated like a lost connection: GET is retried, POST is not.
    assert_eq!(server.count("GET", "/users/me"), 1 + RETRIES as usize);

    let (result, _) = finishes_within(budget(1), create(&client)).await;
    transport(&result.unwrap_err());
    assert_eq!(server.count("POST", "/users"), 1);
}
