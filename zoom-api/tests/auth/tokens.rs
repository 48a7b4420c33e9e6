//! Server-to-server tokens: fetched once, shared by concurrent calls and
//! clones, reused while valid, renewed shortly before they expire, and
//! what happens when a renewal fails.

use std::time::Duration;

use serde_json::{Value, json};

use super::{
    ACCOUNT_ID, BASIC, TOKEN_PATH, USER_PATH, auth_error, bearer, get_me, issue_tokens, s2s,
    token_reply, user_ok,
};
use crate::support::{MockServer, Recorded, Reply};

#[tokio::test]
async fn server_to_server_fetches_a_token_and_uses_it() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    server.mock("GET", USER_PATH, user_ok());
    let user: Value = s2s(&server)
        .build()
        .expect("valid")
        .send_json(get_me())
        .await
        .expect("200");
    assert_eq!(user["id"], "me");

    let received = server.received();
    assert_eq!(received.len(), 2);
    let token_request = &received[0];
    assert_eq!(
        (token_request.method.as_str(), token_request.path.as_str()),
        ("POST", TOKEN_PATH)
    );
    let query: Vec<(&str, &str)> = token_request
        .query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        query,
        [
            ("grant_type", "account_credentials"),
            ("account_id", ACCOUNT_ID)
        ]
    );
    assert_eq!(token_request.header("authorization"), Some(BASIC));
    assert!(token_request.body.is_empty());
    assert_eq!(
        received[1].header("authorization"),
        Some(bearer(0).as_str())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_hundred_concurrent_calls_share_one_token_request() {
    let server = MockServer::start().await;
    // Slow enough that every call is waiting while the token is fetched.
    issue_tokens(&server, 3600, Duration::from_millis(200));
    server.mock("GET", USER_PATH, user_ok());
    let client = s2s(&server).build().expect("valid");
    let calls: Vec<_> = (0..100)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.send_json::<Value>(get_me()).await })
        })
        .collect();
    for call in calls {
        call.await.expect("task").expect("200");
    }
    assert_eq!(server.count("POST", TOKEN_PATH), 1);
    let api: Vec<Recorded> = server
        .received()
        .into_iter()
        .filter(|r| r.path == USER_PATH)
        .collect();
    assert_eq!(api.len(), 100);
    assert!(
        api.iter()
            .all(|r| r.header("authorization") == Some(bearer(0).as_str()))
    );
}

#[tokio::test]
async fn a_long_lived_token_is_reused() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    server.mock("GET", USER_PATH, user_ok());
    let client = s2s(&server).build().expect("valid");
    for _ in 0..3 {
        client.send_json::<Value>(get_me()).await.expect("200");
    }
    // Clones share the token too.
    client
        .clone()
        .send_json::<Value>(get_me())
        .await
        .expect("200");
    assert_eq!(server.count("POST", TOKEN_PATH), 1);
    assert_eq!(server.count("GET", USER_PATH), 4);
}

#[tokio::test]
async fn a_token_is_renewed_shortly_before_it_expires() {
    let server = MockServer::start().await;
    // One second of life: renewed after 0.9 s (10% margin), not at 1 s.
    issue_tokens(&server, 1, Duration::ZERO);
    server.mock("GET", USER_PATH, user_ok());
    let client = s2s(&server).build().expect("valid");
    client.send_json::<Value>(get_me()).await.expect("200");
    tokio::time::sleep(Duration::from_millis(950)).await;
    client.send_json::<Value>(get_me()).await.expect("200");
    assert_eq!(server.count("POST", TOKEN_PATH), 2);
    let auth: Vec<String> = server
        .received()
        .iter()
        .filter(|r| r.path == USER_PATH)
        .map(|r| r.header("authorization").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(auth, [bearer(0), bearer(1)]);
}

#[tokio::test]
async fn a_failed_renewal_is_shared_by_waiting_calls_and_not_cached() {
    let server = MockServer::start().await;
    server.mock_fn("POST", TOKEN_PATH, |_, n| {
        if n == 0 {
            Reply::json(500, json!({"reason": "internal"})).delay(Duration::from_millis(150))
        } else {
            token_reply(n, 3600)
        }
    });
    server.mock("GET", USER_PATH, user_ok());
    let client = s2s(&server).build().expect("valid");
    let calls: Vec<_> = (0..10)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.send_empty(get_me()).await })
        })
        .collect();
    for call in calls {
        let err = call.await.expect("task").unwrap_err();
        assert_eq!(auth_error(&err).status(), Some(500));
        assert_eq!(err.operation(), Some("getUser"));
    }
    assert_eq!(server.count("POST", TOKEN_PATH), 1);
    // The next call tries again.
    client.send_empty(get_me()).await.expect("200");
    assert_eq!(server.count("POST", TOKEN_PATH), 2);
}

#[tokio::test]
async fn a_failed_renewal_keeps_using_the_token_until_it_expires() {
    let server = MockServer::start().await;
    server.mock_fn("POST", TOKEN_PATH, |_, n| {
        if n == 0 {
            token_reply(0, 2)
        } else {
            Reply::json(503, json!({"reason": "maintenance"}))
        }
    });
    server.mock("GET", USER_PATH, user_ok());
    let client = s2s(&server).build().expect("valid");
    client.send_empty(get_me()).await.expect("first token");
    // Within the renewal margin (after 1.8 s of 2 s): renewal fails, the
    // token still works.
    tokio::time::sleep(Duration::from_millis(1850)).await;
    client
        .send_empty(get_me())
        .await
        .expect("old token still valid");
    assert_eq!(server.count("POST", TOKEN_PATH), 2);
    // Expired: the failure is reported.
    tokio::time::sleep(Duration::from_millis(250)).await;
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert_eq!(auth_error(&err).status(), Some(503));
    assert!(err.is_retryable());
    assert_eq!(server.count("POST", TOKEN_PATH), 3);
    assert_eq!(server.count("GET", USER_PATH), 2);
    let auth: Vec<String> = server
        .received()
        .iter()
        .filter(|r| r.path == USER_PATH)
        .map(|r| r.header("authorization").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(auth, [bearer(0), bearer(0)]);
}
