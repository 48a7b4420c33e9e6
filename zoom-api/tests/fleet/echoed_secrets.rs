//! No secret in any error, even when the server echoes it: the client
//! secret (also as Basic credentials), the access token and the refresh
//! token, in Zoom's message, its field errors and the body excerpt (also
//! where a secret crosses the excerpt's end), for every kind of error.

use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use zoom_api::{Client, Error, MemoryTokenStore, RetryPolicy, StoredToken, TokenStore, UserOAuth};

use crate::support::auth::{
    BASIC, CLIENT_SECRET, TOKEN_PATH, USER_PATH, assert_no_secrets, get_me, issue_tokens,
    renderings, s2s,
};
use crate::support::{MockServer, Recorded, Reply};

const REFRESH: &str = "REFRESH-TOKEN-VALUE-echoed-123";

/// What the request carried (its `Authorization` header and its body, which
/// holds a refresh token when it refreshes), plus the client secret and
/// its Basic form, as a server that knows them would echo them.
fn echo(request: &Recorded) -> String {
    let auth = request.header("authorization").unwrap_or_default();
    let body = String::from_utf8_lossy(&request.body);
    format!("you sent {auth} / {body} / {CLIENT_SECRET} / {BASIC}")
}

/// Only what the request carried (a bearer client knows no client secret).
fn echo_sent(request: &Recorded) -> String {
    let auth = request.header("authorization").unwrap_or_default();
    format!("you sent {auth}")
}

fn assert_clean(what: &str, err: &Error) {
    for shown in renderings(err) {
        assert_no_secrets(what, &shown);
        assert!(
            !shown.contains(REFRESH),
            "{what} shows the refresh token: {shown}"
        );
    }
}

#[tokio::test]
async fn api_errors_hide_echoed_secrets_in_message_fields_and_excerpt() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    server.mock_fn("GET", USER_PATH, |request, _| {
        let echoed = echo(request);
        // The access token starts 10 bytes before the excerpt's 1024-byte
        // end: `{"code":300,"pad":"` is 19 bytes, `","message":"you sent
        // Bearer ` 29.
        let pad = "x".repeat(1024 - 10 - 19 - 29);
        let errors = json!([{"field": echoed, "message": echoed}]);
        let body =
            format!(r#"{{"code":300,"pad":"{pad}","message":"{echoed}","errors":{errors}}}"#);
        Reply::raw(400, "application/json", body)
    });
    let client = s2s(&server).build().expect("valid");
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert_eq!(err.status(), Some(400));
    assert!(err.to_string().contains("you sent Bearer ***"), "{err}");
    assert_clean("API error", &err);
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    let excerpt = api.body_excerpt();
    // Redacted before the cut: not even the token's first bytes remain.
    assert!(excerpt.contains("Bearer ***"), "{excerpt}");
    assert!(!excerpt.contains("ACCESS-"), "{excerpt}");
    assert!(excerpt.len() <= 1024);
    assert_eq!(api.field_errors().len(), 1);
}

#[tokio::test]
async fn decode_errors_hide_echoed_secrets() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    // A 2xx whose body is not the expected shape, quoting the token.
    server.mock_fn("GET", USER_PATH, |request, _| {
        Reply::json(200, json!({"id": echo(request), "type": echo(request)}))
    });
    let client = s2s(&server).build().expect("valid");
    let err = client
        .send_json::<zoom_api::types::User>(get_me())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_clean("decode error", &err);
}

#[tokio::test]
async fn token_endpoint_errors_hide_echoed_secrets() {
    // Server-to-server: the endpoint echoes the Basic credentials.
    let server = MockServer::start().await;
    server.mock_fn("POST", TOKEN_PATH, |request, _| {
        let echoed = echo(request);
        Reply::json(
            401,
            json!({"reason": echoed, "error": echoed, "message": echoed}),
        )
    });
    let err = s2s(&server)
        .build()
        .expect("valid")
        .send_empty(get_me())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Auth(_)), "{err:?}");
    assert_clean("server-to-server token error", &err);

    // User OAuth: the endpoint echoes the refresh token it was sent.
    let store = Arc::new(MemoryTokenStore::new());
    let stale =
        StoredToken::new("ACCESS-TOKEN-VALUE-stale", Duration::ZERO).with_refresh_token(REFRESH);
    store.save("user-1", &stale).await.expect("save");
    let oauth = UserOAuth::builder("client-id-7", CLIENT_SECRET, "https://app.example/cb")
        .token_url(format!("{}{TOKEN_PATH}", server.url()))
        .store(store)
        .key("user-1")
        .build()
        .expect("valid");
    let client = Client::builder()
        .base_url(server.url())
        .user_oauth(oauth)
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid");
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert!(matches!(err, Error::Auth(_)), "{err:?}");
    assert!(err.to_string().contains("refresh_token=***"), "{err}");
    assert_clean("user OAuth token error", &err);
}

#[tokio::test]
async fn a_bearer_token_echoed_back_is_hidden_too() {
    let server = MockServer::start().await;
    server.mock_fn("GET", USER_PATH, |request, _| {
        Reply::json(401, json!({"code": 124, "message": echo_sent(request)}))
    });
    let client = Client::builder()
        .base_url(server.url())
        .bearer_token("ACCESS-TOKEN-VALUE-caller-managed")
        .build()
        .expect("valid");
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert_clean("bearer API error", &err);
}
