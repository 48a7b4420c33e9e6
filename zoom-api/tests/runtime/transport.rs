//! No answer at all: a refused connection and an answer too slow to wait for.

use std::time::Duration;

use zoom_api::{Client, Error, RetryPolicy};

use super::get_user;
use crate::support::{MockServer, Reply};

#[tokio::test]
async fn connection_refused_is_a_retryable_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    drop(listener);
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid");
    let err = client.send_empty(get_user("me")).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert!(std::error::Error::source(&err).is_some());
    assert_eq!(
        err.to_string(),
        "getUser failed: could not connect to the server"
    );
}

#[tokio::test]
async fn slow_answers_time_out() {
    let server = MockServer::start().await;
    server.mock(
        "GET",
        "/users/me",
        Reply::empty(204).delay(Duration::from_secs(10)),
    );
    let client = Client::builder()
        .base_url(server.url())
        .timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid");
    let err = client.send_empty(get_user("me")).await.unwrap_err();
    assert!(err.is_retryable(), "{err:?}");
    assert_eq!(err.to_string(), "getUser failed: the request timed out");
}
