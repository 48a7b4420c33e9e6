//! Answers that never come or come too slowly: headers that never
//! arrive (7) and a slow loris body (12).

use std::time::Duration;

use zoom_api::RetryPolicy;

use super::{
    MARGIN, RETRIES, TIMEOUT, budget, client, create, fast, finishes_within, get_me, never_answer,
    transport,
};
use crate::raw::{Conn, RawServer};

// 7 -------------------------------------------------------------------------

#[tokio::test]
async fn f07_headers_that_never_arrive_time_out_and_get_is_retried() {
    let server = RawServer::start(never_answer).await;
    let client = client(&server, fast());
    let attempts = 1 + RETRIES;
    let (result, elapsed) = finishes_within(budget(attempts), get_me(&client)).await;
    let err = result.unwrap_err();
    assert!(transport(&err).is_timeout(), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(err.to_string(), "getUser failed: the request timed out");
    assert_eq!(server.count("GET", "/users/me"), attempts as usize);
    // Each attempt waited its full timeout, no more.
    assert!(elapsed >= TIMEOUT * attempts, "{elapsed:?}");
    assert!(elapsed <= budget(attempts), "{elapsed:?}");
}

#[tokio::test]
async fn f07_headers_that_never_arrive_time_out_and_post_is_sent_once() {
    let server = RawServer::start(never_answer).await;
    let client = client(&server, fast());
    let (result, elapsed) = finishes_within(budget(1 + RETRIES), create(&client)).await;
    let err = result.unwrap_err();
    assert!(transport(&err).is_timeout(), "{err:?}");
    assert_eq!(err.to_string(), "createUser failed: the request timed out");
    assert!(elapsed >= TIMEOUT && elapsed <= budget(1), "{elapsed:?}");
    assert_eq!(server.count("POST", "/users"), 1);
    assert_eq!(server.accepted(), 1);
}

// 12 ------------------------------------------------------------------------

/// Script: 200 headers, then one body byte every 100 ms.
async fn slow_loris(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
    if conn.write(head.as_bytes()).await.is_err() {
        return;
    }
    for _ in 0..999 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if conn.write(b" ").await.is_err() {
            return;
        }
    }
}

#[tokio::test]
async fn f12_a_slow_loris_body_times_out_within_the_timeout() {
    let server = RawServer::start(slow_loris).await;

    let once = client(&server, RetryPolicy::none());
    let (result, elapsed) = finishes_within(budget(1), get_me(&once)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_timeout(), "{source:?}");
    assert_eq!(err.to_string(), "getUser failed: the request timed out");
    assert!(
        elapsed >= TIMEOUT && elapsed <= TIMEOUT + MARGIN,
        "{elapsed:?}"
    );
    assert_eq!(server.count("GET", "/users/me"), 1);

    // With retries, each attempt gets the timeout again.
    let retried = client(&server, fast());
    let attempts = 1 + RETRIES;
    let (result, elapsed) = finishes_within(budget(attempts), get_me(&retried)).await;
    assert!(transport(&result.unwrap_err()).is_timeout());
    assert!(elapsed >= TIMEOUT * attempts, "{elapsed:?}");
    assert_eq!(server.count("GET", "/users/me"), 1 + attempts as usize);
}
