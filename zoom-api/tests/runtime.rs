//! The hand-written runtime, exercised end to end against a local server.

mod support;

// The crate root resolves `mod x;` in `tests/`, where Cargo would build
// every file as a test target of its own; `#[path]` keeps the topics in
// `tests/runtime/`, compiled into this one test binary.
#[path = "runtime/api_errors.rs"]
mod api_errors;
#[path = "runtime/builder.rs"]
mod builder;
#[path = "runtime/decoding.rs"]
mod decoding;
#[path = "runtime/generated_support.rs"]
mod generated_support;
#[path = "runtime/requests.rs"]
mod requests;
#[path = "runtime/transport.rs"]
mod transport;

use reqwest::Method;
use support::MockServer;
use zoom_api::runtime::{OperationInfo, Request};
use zoom_api::{Client, Error, RateLimitCategory, RetryPolicy};

const TOKEN: &str = "tok-3f9a-SUPER-SECRET";

static GET_USER: OperationInfo = OperationInfo::new(
    "getUser",
    Method::GET,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:read:admin", "user:read"],
);
static DELETE_USER: OperationInfo = OperationInfo::new(
    "userDelete",
    Method::DELETE,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:write:admin"],
);
static LIST_USERS: OperationInfo = OperationInfo::new(
    "users",
    Method::GET,
    "/users",
    RateLimitCategory::Medium,
    &["user:read:admin"],
);
static CREATE_USER: OperationInfo = OperationInfo::new(
    "userCreate",
    Method::POST,
    "/users",
    RateLimitCategory::Light,
    &["user:write:admin"],
);
static UPLOAD_PICTURE: OperationInfo = OperationInfo::new(
    "userPicture",
    Method::POST,
    "/users/{userId}/picture",
    RateLimitCategory::Medium,
    &["user:write:admin"],
);

/// Retries are tested in `retries.rs`; here every request is sent once.
fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .bearer_token(TOKEN)
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration")
}

fn get_user(id: &str) -> Request {
    Request::new(&GET_USER).path("userId", "user_id", id)
}

fn config_error(result: Result<Client, Error>) -> String {
    match result {
        Err(e @ Error::InvalidConfig { .. }) => {
            assert_eq!(e.operation(), None);
            e.to_string()
        }
        other => panic!("expected InvalidConfig, got {other:?}"),
    }
}
