//! 401 answers: the invalid-token one renews the token and replays the
//! call once; every other 401, and any with a caller-managed token, is
//! returned as it is.

use std::time::Duration;

use serde_json::{Value, json};
use zoom_api::{Client, RetryPolicy};

use super::{
    TOKEN_PATH, USER_PATH, bearer, get_me, invalid_token, issue_tokens, reject_token, s2s,
};
use crate::support::{MockServer, Reply};

#[tokio::test]
async fn invalid_token_401_renews_and_replays_once() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    reject_token(&server, 0);
    let user: Value = s2s(&server)
        .build()
        .expect("valid")
        .send_json(get_me())
        .await
        .expect("replayed with a new token");
    assert_eq!(user["id"], "me");
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
async fn a_second_401_is_returned_not_looped() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    server.mock("GET", USER_PATH, invalid_token());
    let client = s2s(&server)
        .retry_policy(RetryPolicy::default())
        .build()
        .expect("valid");
    let err = client.send_json::<Value>(get_me()).await.unwrap_err();
    assert_eq!((err.status(), err.api_code()), (Some(401), Some(124)));
    assert!(!err.is_retryable());
    assert_eq!(server.count("GET", USER_PATH), 2);
    assert_eq!(server.count("POST", TOKEN_PATH), 2);
}

#[tokio::test]
async fn concurrent_401s_cause_one_renewal() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::from_millis(100));
    reject_token(&server, 0);
    let client = s2s(&server).build().expect("valid");
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.send_json::<Value>(get_me()).await })
        })
        .collect();
    for call in calls {
        call.await.expect("task").expect("replayed");
    }
    assert_eq!(server.count("POST", TOKEN_PATH), 2);
    assert_eq!(server.count("GET", USER_PATH), 40);
}

#[tokio::test]
async fn other_401s_are_not_replayed() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    let reply = Reply::json(401, json!({"code": 4711, "message": "Missing scope."}));
    server.mock("GET", USER_PATH, reply);
    let err = s2s(&server)
        .build()
        .expect("valid")
        .send_empty(get_me())
        .await
        .unwrap_err();
    assert_eq!((err.status(), err.api_code()), (Some(401), Some(4711)));
    assert_eq!(server.count("GET", USER_PATH), 1);
    assert_eq!(server.count("POST", TOKEN_PATH), 1);
}

#[tokio::test]
async fn a_plain_bearer_token_401_is_returned_at_once() {
    let server = MockServer::start().await;
    server.mock("GET", USER_PATH, invalid_token());
    let client = Client::builder()
        .base_url(server.url())
        .bearer_token("caller-managed")
        .build()
        .expect("valid");
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert_eq!((err.status(), err.api_code()), (Some(401), Some(124)));
    assert_eq!(server.received().len(), 1);
}
