//! A token endpoint that refuses the credentials, answers something
//! unusable, hangs, or cannot be reached: each an `Error::Auth`.

use std::time::{Duration, Instant};

use serde_json::json;

use super::{
    ACCOUNT_ID, TOKEN_PATH, USER_PATH, assert_no_secrets, auth_error, get_me, renderings, s2s,
    token_reply,
};
use crate::support::{MockServer, Reply};

#[tokio::test]
async fn wrong_credentials_are_an_auth_error_with_zooms_reason() {
    for status in [400, 401] {
        let server = MockServer::start().await;
        let refusal =
            json!({"reason": "Invalid client_id or client_secret", "error": "invalid_client"});
        server.mock("POST", TOKEN_PATH, Reply::json(status, refusal));
        let err = s2s(&server)
            .build()
            .expect("valid")
            .send_empty(get_me())
            .await
            .unwrap_err();
        let auth = auth_error(&err);
        assert_eq!(auth.status(), Some(status));
        assert_eq!(auth.reason(), Some("Invalid client_id or client_secret"));
        assert_eq!(auth.oauth_error(), Some("invalid_client"));
        assert_eq!(auth.operation(), Some("getUser"));
        assert_eq!((err.operation(), err.status()), (Some("getUser"), None));
        assert!(!err.is_retryable());
        let shown = err.to_string();
        assert!(
            shown.starts_with(
                "getUser failed: could not get an access token: the token endpoint answered 40"
            ),
            "{shown}"
        );
        assert!(
            shown.ends_with(": Invalid client_id or client_secret (invalid_client)"),
            "{shown}"
        );
        for shown in renderings(&err) {
            assert_no_secrets("wrong-secret error", &shown);
        }
        assert_eq!(
            server.count("GET", USER_PATH),
            0,
            "no API call without a token"
        );
    }
}

#[tokio::test]
async fn unusable_token_answers_are_auth_errors() {
    let cases = [
        (
            Reply::raw(200, "text/html", "<html>oops</html>"),
            "is not valid JSON",
        ),
        (
            Reply::json(200, json!({"token_type": "bearer"})),
            "has no access_token",
        ),
        (
            Reply::json(503, json!({"message": "down for maintenance"})),
            "answered 503 Service Unavailable",
        ),
    ];
    for (reply, needle) in cases {
        let server = MockServer::start().await;
        server.mock("POST", TOKEN_PATH, reply);
        let err = s2s(&server)
            .build()
            .expect("valid")
            .send_empty(get_me())
            .await
            .unwrap_err();
        let auth = auth_error(&err);
        assert!(err.to_string().contains(needle), "{err}");
        assert_eq!(auth.is_retryable(), needle.contains("503"), "{err}");
    }
}

#[tokio::test]
async fn a_hanging_token_endpoint_fails_within_the_timeout() {
    let server = MockServer::start().await;
    server.mock(
        "POST",
        TOKEN_PATH,
        token_reply(0, 3600).delay(Duration::from_secs(10)),
    );
    let client = s2s(&server)
        .timeout(Duration::from_millis(300))
        .build()
        .expect("valid");
    let started = Instant::now();
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    let auth = auth_error(&err);
    assert_eq!(auth.message(), "the token request timed out");
    assert!(err.is_retryable());
    assert!(std::error::Error::source(&err).is_some());
    for shown in renderings(&err) {
        assert_no_secrets("timeout error", &shown);
    }
}

#[tokio::test]
async fn an_unreachable_token_endpoint_is_an_auth_error() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = closed.local_addr().expect("address");
    drop(closed);
    let server = MockServer::start().await;
    let err = s2s(&server)
        .token_url(format!("http://{addr}/oauth/token"))
        .build()
        .expect("valid")
        .send_empty(get_me())
        .await
        .unwrap_err();
    assert_eq!(
        auth_error(&err).message(),
        "could not connect to the token endpoint"
    );
    for shown in renderings(&err) {
        assert_no_secrets("connect error", &shown);
        assert!(!shown.contains(ACCOUNT_ID), "URL kept in {shown}");
    }
}
