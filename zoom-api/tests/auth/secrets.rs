//! No secret, token or credential shows in any formatted value or error.

use std::time::Duration;

use serde_json::{Value, json};
use zoom_api::{AccessToken, Client};

use super::{
    ACCOUNT_ID, CLIENT_ID, CLIENT_SECRET, TOKEN_PATH, TOKEN_PREFIX, USER_PATH, assert_no_secrets,
    get_me, invalid_token, issue_tokens, reject_token, renderings, s2s,
};
use crate::support::{MockServer, Reply};

#[tokio::test]
async fn secrets_and_tokens_never_appear_in_formatted_values() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    reject_token(&server, 0);
    let builder = s2s(&server);
    assert_no_secrets("builder", &format!("{builder:?}"));
    assert_no_secrets("builder", &format!("{builder:#?}"));
    let client = builder.build().expect("valid");
    assert_no_secrets("client before a token", &format!("{client:#?}"));
    let response = client
        .send_json_with_response::<Value>(get_me())
        .await
        .expect("replayed");
    assert_no_secrets("response", &format!("{response:?}"));
    let shown = format!("{client:#?}");
    assert!(
        shown.contains("AccessToken"),
        "the cached token is listed: {shown}"
    );
    assert_no_secrets("client holding a token", &shown);

    let token =
        AccessToken::new(format!("{TOKEN_PREFIX}x")).with_expires_in(Duration::from_secs(60));
    assert_no_secrets("token", &format!("{token:?}"));
    assert_no_secrets("token", &format!("{token:#?}"));

    // An API error from a request carrying a token.
    server.mock("GET", USER_PATH, invalid_token());
    let err = client.send_empty(get_me()).await.unwrap_err();
    for shown in renderings(&err) {
        assert_no_secrets("API error", &shown);
    }
    // Errors from a failing token endpoint.
    let failing = MockServer::start().await;
    failing.mock(
        "POST",
        TOKEN_PATH,
        Reply::json(
            401,
            json!({"reason": format!("bad secret {CLIENT_SECRET}"), "error": "invalid_client"}),
        ),
    );
    let err = s2s(&failing)
        .build()
        .expect("valid")
        .send_empty(get_me())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("bad secret ***"), "{err}");
    for shown in renderings(&err) {
        assert_no_secrets("token endpoint error", &shown);
    }
    // Configuration errors.
    let err = Client::builder()
        .server_to_server(ACCOUNT_ID, CLIENT_ID, format!(" {CLIENT_SECRET}"))
        .build()
        .unwrap_err();
    for shown in renderings(&err) {
        assert_no_secrets("configuration error", &shown);
    }
}
