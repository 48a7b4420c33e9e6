//! The error type and response metadata: accessors, one-sentence messages,
//! size, and the rate-limit headers of answers.

mod support;

use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use support::{MockServer, Reply};
use zoom_api::runtime::{OperationInfo, Request};
use zoom_api::{
    ApiError, AuthError, Client, DecodeError, Error, RateLimitCategory, RateLimitInfo,
    RateLimitType, Response, RetryPolicy,
};

static GET_USER: OperationInfo = OperationInfo::new(
    "getUser",
    Method::GET,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:read:admin"],
);
static DELETE_USER: OperationInfo = OperationInfo::new(
    "deleteUser",
    Method::DELETE,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:write:admin"],
);

fn get_user(id: &str) -> Request {
    Request::new(&GET_USER).path("userId", "user_id", id)
}

fn client(url: String) -> Client {
    Client::builder()
        .base_url(url)
        .bearer_token("test-token")
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration")
}

fn rate_limit_headers(reply: Reply) -> Reply {
    reply
        .header("x-ratelimit-category", "Medium")
        .header("x-ratelimit-type", "QPS")
        .header("x-ratelimit-limit", "30")
        .header("x-ratelimit-remaining", "29")
}

#[test]
fn error_is_small_and_shareable() {
    fn assert_traits<T: Send + Sync + 'static + std::error::Error>() {}
    assert_traits::<Error>();
    assert_traits::<ApiError>();
    assert_traits::<AuthError>();
    assert_traits::<DecodeError>();
    // Big payloads are boxed, so `Result<T, Error>` stays cheap to move
    // and clippy's `result_large_err` (128 bytes) never fires for users.
    let size = std::mem::size_of::<Error>();
    assert!(size <= 64, "Error is {size} bytes");
    assert_eq!(std::mem::size_of::<Result<(), Error>>(), size);
}

#[tokio::test]
async fn api_errors_expose_everything_zoom_said() {
    let server = MockServer::start().await;
    let body = json!({
        "code": 300,
        "message": "Validation Failed.",
        "errors": [
            {"field": "user_info.email", "message": "Invalid field."},
            {"field": "user_info.type", "message": "Must be 1, 2 or 4."}
        ]
    });
    let reply = rate_limit_headers(Reply::json(400, body))
        .header("x-zm-trackingid", "v=2.0;clid=us05;rid=7");
    server.mock("GET", "/users/bad", reply);
    let err = client(server.url())
        .send_json::<Value>(get_user("bad"))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "getUser failed: Zoom answered 400 Bad Request (code 300): Validation Failed. \
         [user_info.email: Invalid field.; user_info.type: Must be 1, 2 or 4.]"
    );
    let Error::Api(api) = &err else {
        panic!("expected Api, got {err:?}");
    };
    assert_eq!(api.operation(), "getUser");
    assert_eq!((api.status(), api.code()), (400, Some(300)));
    assert_eq!(api.message(), Some("Validation Failed."));
    let fields: Vec<&str> = api
        .field_errors()
        .iter()
        .map(|e| e.field.as_str())
        .collect();
    assert_eq!(fields, ["user_info.email", "user_info.type"]);
    assert_eq!(api.tracking_id(), Some("v=2.0;clid=us05;rid=7"));
    assert_eq!(api.rate_limit().category(), Some(RateLimitCategory::Medium));
    assert!(api.body_excerpt().contains("Validation Failed."));
    assert_eq!(api.retry_after(), None);
    assert_eq!(err.to_string(), api.to_string());
    assert!(!err.is_not_found() && !err.is_rate_limited() && !err.is_retryable());
    assert_eq!(err.tracking_id(), Some("v=2.0;clid=us05;rid=7"));
}

#[tokio::test]
async fn rate_limited_errors_carry_the_servers_category_and_wait() {
    let server = MockServer::start().await;
    let reply = rate_limit_headers(Reply::json(
        429,
        json!({"code": 429, "message": "Too many requests."}),
    ))
    .header("retry-after", "2");
    server.mock("GET", "/users/me", reply);
    let err = client(server.url())
        .send_empty(get_user("me"))
        .await
        .unwrap_err();
    assert!(err.is_rate_limited() && err.is_retryable());
    assert_eq!(err.retry_after(), Some(Duration::from_secs(2)));
    let info = err.rate_limit().expect("an API error");
    assert_eq!(info.category(), Some(RateLimitCategory::Medium));
    assert_eq!(info.category_name(), Some("Medium"));
    assert_eq!(info.limit_type(), Some(&RateLimitType::Qps));
    assert!(!info.is_daily_limit());
    assert_eq!(
        err.to_string(),
        "getUser failed: Zoom answered 429 Too Many Requests (code 429): Too many requests. \
         (rate limited; retry after 2 s)"
    );
}

/// One error of each kind, each from a real failure: (api, decode,
/// invalid request, transport, auth, config).
async fn one_error_of_each_kind() -> [Error; 6] {
    let server = MockServer::start().await;
    server.mock(
        "GET",
        "/users/missing",
        Reply::json(
            404,
            json!({"code": 1001, "message": "User does not exist: missing."}),
        ),
    );
    server.mock(
        "GET",
        "/users/odd",
        Reply::raw(200, "application/json", r#"{"id": 5}"#),
    );
    server.mock(
        "POST",
        "/oauth/token",
        Reply::json(
            400,
            json!({"reason": "Invalid client_id or client_secret", "error": "invalid_client"}),
        ),
    );
    let client = client(server.url());
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = closed.local_addr().expect("address");
    drop(closed);

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct User {
        id: String,
    }
    let api = client.send_empty(get_user("missing")).await.unwrap_err();
    let decode = client.send_json::<User>(get_user("odd")).await.unwrap_err();
    let invalid = client.send_empty(get_user("")).await.unwrap_err();
    let transport = self::client(format!("http://{addr}"))
        .send_empty(get_user("me"))
        .await
        .unwrap_err();
    let auth = Client::builder()
        .base_url(server.url())
        .server_to_server("acct", "id", "secret")
        .token_url(format!("{}/oauth/token", server.url()))
        .build()
        .expect("valid")
        .send_empty(get_user("me"))
        .await
        .unwrap_err();
    let config = Client::builder().base_url("ftp://x").build().unwrap_err();
    [api, decode, invalid, transport, auth, config]
}

#[tokio::test]
async fn every_kind_of_error_is_one_sentence_naming_the_operation() {
    let [api, decode, invalid, transport, auth, config] = one_error_of_each_kind().await;

    let expected = [
        (
            &api,
            "getUser failed: Zoom answered 404 Not Found (code 1001): User does not exist: missing.",
        ),
        (
            &decode,
            "getUser: could not decode the 200 response at id: invalid type: integer `5`, expected a string at line 1 column 8",
        ),
        (
            &invalid,
            "getUser: invalid request: user_id: must not be empty",
        ),
        (
            &transport,
            "getUser failed: could not connect to the server",
        ),
        (
            &auth,
            "getUser failed: could not get an access token: the token endpoint answered 400 Bad Request: \
             Invalid client_id or client_secret (invalid_client)",
        ),
        (
            &config,
            "invalid client configuration: base URL `ftp://x/` must use https, not `ftp`",
        ),
    ];
    for (err, sentence) in expected {
        assert_eq!(err.to_string(), sentence);
        assert!(!sentence.contains('\n'));
    }
    assert!(matches!(api, Error::Api(_)) && api.is_not_found());
    assert!(matches!(decode, Error::Decode(_)));
    assert!(matches!(invalid, Error::InvalidRequest { .. }));
    assert!(matches!(transport, Error::Transport { .. }) && transport.is_retryable());
    assert!(matches!(auth, Error::Auth(_)));
    assert!(matches!(config, Error::InvalidConfig { .. }));
    for err in [&api, &decode, &invalid, &transport, &auth] {
        assert_eq!(err.operation(), Some("getUser"), "{err:?}");
    }
    assert_eq!(config.operation(), None);
    assert_eq!(
        (decode.status(), api.status(), auth.status()),
        (Some(200), Some(404), None)
    );
    let Error::Decode(details) = &decode else {
        unreachable!()
    };
    assert_eq!(details.path(), "id");
    assert_eq!(details.body_excerpt(), r#"{"id": 5}"#);
}

#[test]
fn custom_providers_build_auth_errors() {
    let io = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset by peer");
    let err: Error = AuthError::new("the refresh request failed")
        .with_status(502)
        .with_reason("upstream unavailable")
        .with_oauth_error("temporarily_unavailable")
        .retryable(true)
        .with_source(io)
        .into();
    assert_eq!(
        err.to_string(),
        "could not get an access token: the refresh request failed: upstream unavailable \
         (temporarily_unavailable)"
    );
    assert!(err.is_retryable());
    assert_eq!(err.operation(), None, "set by the client when a call fails");
    let source = std::error::Error::source(&err).expect("kept");
    assert_eq!(source.to_string(), "reset by peer");
    let Error::Auth(auth) = &err else {
        unreachable!()
    };
    assert_eq!(auth.status(), Some(502));
}

#[tokio::test]
async fn responses_expose_status_headers_and_rate_limits() {
    let server = MockServer::start().await;
    let reply = rate_limit_headers(Reply::json(200, json!({"id": "me"})))
        .header("x-zm-trackingid", "rid=9");
    server.mock("GET", "/users/me", reply);
    server.mock("DELETE", "/users/me", rate_limit_headers(Reply::empty(204)));
    let client = client(server.url());

    let response: Response<Value> = client
        .send_json_with_response(get_user("me"))
        .await
        .expect("200");
    assert_eq!(response.status(), 200);
    assert_eq!(response.body()["id"], "me");
    assert_eq!(response.tracking_id(), Some("rid=9"));
    assert_eq!(
        response
            .headers()
            .get("x-ratelimit-limit")
            .map(|v| v.as_bytes()),
        Some(&b"30"[..])
    );
    let info: RateLimitInfo = response.rate_limit();
    assert_eq!(info.category(), Some(RateLimitCategory::Medium));
    assert_eq!(info.limit_type().map(RateLimitType::as_str), Some("QPS"));
    assert_eq!((info.limit(), info.remaining()), (Some(30), Some(29)));
    let id = response
        .map(|v| v["id"].as_str().map(str::to_owned))
        .into_inner();
    assert_eq!(id.as_deref(), Some("me"));

    let delete = Request::new(&DELETE_USER).path("userId", "user_id", "me");
    let response = client.send_empty_with_response(delete).await.expect("204");
    assert_eq!(response.status(), 204);
    assert_eq!(response.rate_limit().remaining(), Some(29));
    assert!(response.tracking_id().is_none());

    // Answers without the headers have empty rate-limit information.
    server.mock("GET", "/users/plain", Reply::json(200, json!({})));
    let plain = client
        .send_json_with_response::<Value>(get_user("plain"))
        .await
        .expect("200");
    assert!(plain.rate_limit().is_empty());
}
