//! Error statuses and how often the request is sent for them: a 429
//! storm without rate-limit headers (8) and a 500 on a POST (9).

use std::time::Duration;

use zoom_api::RetryPolicy;

use super::{MARGIN, api, budget, client, create, fast, finishes_within, get_me};
use crate::raw::{Conn, RawServer};

// 8 -------------------------------------------------------------------------

async fn too_many_requests(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let json = [("Content-Type", "application/json")];
    let body = br#"{"code": 429, "message": "Too many requests. Please try again later."}"#;
    conn.respond("429 Too Many Requests", &json, body).await;
}

#[tokio::test]
async fn f08_a_429_storm_without_headers_is_retried_a_bounded_number_of_times() {
    let server = RawServer::start(too_many_requests).await;
    // At most 5 + 10 + 20 + 20 ms of back-off: well inside the 500 ms cap,
    // so every retry happens.
    let policy = fast()
        .max_retries(4)
        .max_total_wait(Duration::from_millis(500));
    let (result, elapsed) = finishes_within(budget(5), get_me(&client(&server, policy))).await;
    let err = result.unwrap_err();
    assert!(err.is_rate_limited());
    assert_eq!(err.retry_after(), None);
    assert_eq!(api(&err).code(), Some(429));
    let limits = err.rate_limit().expect("an API error");
    assert_eq!((limits.limit(), limits.remaining()), (None, None));
    assert!(!limits.is_daily_limit());
    assert_eq!(server.count("GET", "/users/me"), 5);
    assert!(elapsed < Duration::from_millis(500) + MARGIN, "{elapsed:?}");

    // A POST is retried too (Zoom did not process it), equally bounded.
    let policy = fast().max_retries(2);
    let (result, _) = finishes_within(budget(3), create(&client(&server, policy))).await;
    assert!(result.unwrap_err().is_rate_limited());
    assert_eq!(server.count("POST", "/users"), 3);
}

#[tokio::test]
async fn f08_a_429_storm_stops_when_the_total_wait_cap_is_spent() {
    let server = RawServer::start(too_many_requests).await;
    // 100 retries of up to 20 ms each would take about a second; the cap
    // allows 30 ms of waiting in all.
    let cap = Duration::from_millis(30);
    let policy = RetryPolicy::default()
        .max_retries(100)
        .base_delay(Duration::from_millis(20))
        .max_delay(Duration::from_millis(20))
        .max_total_wait(cap);
    let (result, elapsed) = finishes_within(budget(1), get_me(&client(&server, policy))).await;
    let err = result.unwrap_err();
    assert!(err.is_rate_limited());
    let sent = server.count("GET", "/users/me");
    assert!((2..101).contains(&sent), "sent {sent} times");
    // The waits sum to at most the cap; the rest is request time.
    assert!(elapsed < cap + Duration::from_millis(500), "{elapsed:?}");
}

// 9 -------------------------------------------------------------------------

#[tokio::test]
async fn f09_a_500_on_post_is_sent_once() {
    let server = RawServer::start(|mut conn: Conn, _| async move {
        conn.read_request().await;
        let json = [
            ("Content-Type", "application/json"),
            ("x-zm-trackingid", "v=2.0;t=1"),
        ];
        let body = br#"{"code": 500, "message": "Internal server error"}"#;
        conn.respond("500 Internal Server Error", &json, body).await;
    })
    .await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1), create(&client)).await;
    let err = result.unwrap_err();
    let a = api(&err);
    assert_eq!(a.status(), 500);
    assert_eq!(a.code(), Some(500));
    assert_eq!(a.message(), Some("Internal server error"));
    assert_eq!(a.tracking_id(), Some("v=2.0;t=1"));
    assert_eq!(a.operation(), "createUser");
    assert!(
        err.is_retryable(),
        "retryable in principle, not safe to resend"
    );
    assert_eq!(server.count("POST", "/users"), 1);
    assert_eq!(server.accepted(), 1);
    let sent = server.request_log();
    assert_eq!(sent, ["POST /users"]);
}
