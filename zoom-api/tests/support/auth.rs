//! Server-to-server credentials, a token endpoint that issues numbered
//! tokens, and checks that no secret shows: shared by the auth and fleet
//! tests.

use std::time::Duration;

use super::{MockServer, Recorded, Reply};
use reqwest::Method;
use serde_json::json;
use zoom_api::runtime::{OperationInfo, Request};
use zoom_api::{AuthError, Client, ClientBuilder, Error, RateLimitCategory, RetryPolicy};

pub const ACCOUNT_ID: &str = "acct-42";
pub const CLIENT_ID: &str = "client-id-7";
pub const CLIENT_SECRET: &str = "cs-VERY-SECRET-9f3a";
/// base64 of `client-id-7:cs-VERY-SECRET-9f3a`.
pub const BASIC: &str = "Basic Y2xpZW50LWlkLTc6Y3MtVkVSWS1TRUNSRVQtOWYzYQ==";
/// Every access token the mock token endpoint issues starts with this.
pub const TOKEN_PREFIX: &str = "ACCESS-TOKEN-VALUE-";
pub const TOKEN_PATH: &str = "/oauth/token";
pub const USER_PATH: &str = "/users/me";

pub static GET_USER: OperationInfo = OperationInfo::new(
    "getUser",
    Method::GET,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:read:admin"],
);

pub fn get_me() -> Request {
    Request::new(&GET_USER).path("userId", "user_id", "me")
}

/// A client for `server` with server-to-server credentials and no retries.
pub fn s2s(server: &MockServer) -> ClientBuilder {
    Client::builder()
        .base_url(server.url())
        .server_to_server(ACCOUNT_ID, CLIENT_ID, CLIENT_SECRET)
        .token_url(format!("{}{TOKEN_PATH}", server.url()))
        .retry_policy(RetryPolicy::none())
}

pub fn token_reply(n: usize, expires_in: u64) -> Reply {
    Reply::json(
        200,
        json!({
            "access_token": format!("{TOKEN_PREFIX}{n}"),
            "token_type": "bearer",
            "expires_in": expires_in,
            "scope": "user:read:admin"
        }),
    )
}

/// Issues `ACCESS-TOKEN-VALUE-0`, `-1`, ... valid for `expires_in` seconds.
pub fn issue_tokens(server: &MockServer, expires_in: u64, delay: Duration) {
    server.mock_fn("POST", TOKEN_PATH, move |_, n| {
        token_reply(n, expires_in).delay(delay)
    });
}

pub fn user_ok() -> Reply {
    Reply::json(200, json!({"id": "me", "type": 1}))
}

pub fn invalid_token() -> Reply {
    Reply::json(
        401,
        json!({"code": 124, "message": "Invalid access token."}),
    )
}

pub fn bearer(n: usize) -> String {
    format!("Bearer {TOKEN_PREFIX}{n}")
}

/// Rejects token `rejected` with 401 code 124 and accepts every other one.
pub fn reject_token(server: &MockServer, rejected: usize) {
    let refused = bearer(rejected);
    server.mock_fn("GET", USER_PATH, move |req: &Recorded, _| {
        if req.header("authorization") == Some(refused.as_str()) {
            invalid_token()
        } else {
            user_ok()
        }
    });
}

pub fn auth_error(err: &Error) -> &AuthError {
    match err {
        Error::Auth(auth) => auth,
        other => panic!("expected Error::Auth, got {other:?}"),
    }
}

/// Every way `err` can be printed: Display, Debug, pretty Debug, and the
/// same for each error in its source chain.
pub fn renderings(err: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut out = Vec::new();
    let mut next = Some(err);
    while let Some(e) = next {
        out.extend([format!("{e}"), format!("{e:?}"), format!("{e:#?}")]);
        next = e.source();
    }
    out
}

pub fn assert_no_secrets(what: &str, shown: &str) {
    assert!(
        !shown.contains(CLIENT_SECRET),
        "{what} shows the secret: {shown}"
    );
    assert!(
        !shown.contains(TOKEN_PREFIX),
        "{what} shows a token: {shown}"
    );
    assert!(
        !shown.contains(&BASIC[6..]),
        "{what} shows the credentials: {shown}"
    );
}

/// `getUser` declared in another rate-limit category.
pub fn get_me_as(category: RateLimitCategory) -> Request {
    let info: &'static OperationInfo = Box::leak(Box::new(OperationInfo::new(
        "getUser",
        Method::GET,
        "/users/{userId}",
        category,
        &["user:read:admin"],
    )));
    Request::new(info).path("userId", "user_id", "me")
}
