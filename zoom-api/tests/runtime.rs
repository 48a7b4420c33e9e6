//! The hand-written runtime, exercised end to end against a local server.

mod support;

use std::collections::HashMap;
use std::time::Duration;

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};
use support::{MockServer, Reply};
use zoom_api::runtime::{JsonKind, OperationInfo, Request, pick_branch};
use zoom_api::{Client, Error, FieldError, RateLimitCategory, RetryPolicy, Upload};

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

#[test]
fn builder_rejects_unusable_configuration() {
    for bad in [
        "not a url",
        "ftp://api.zoom.us/v2",
        "http://api.zoom.us/v2",
        "http://10.1.2.3/v2",
        "https://api.zoom.us/v2?x=1",
        "https://api.zoom.us/v2#top",
    ] {
        let message = config_error(Client::builder().base_url(bad).build());
        assert!(
            message.starts_with("invalid client configuration: base URL"),
            "{message}"
        );
    }
    config_error(Client::builder().bearer_token("").build());
    config_error(Client::builder().user_agent("bad\nagent").build());
    let custom = Client::builder()
        .http_client(reqwest::Client::new())
        .connect_timeout(Duration::from_secs(1))
        .build();
    assert!(config_error(custom).contains("connect_timeout"));
}

#[test]
fn builder_normalises_and_allows_what_it_should() {
    let default = Client::builder().build().expect("defaults are valid");
    assert_eq!(default.base_url(), "https://api.zoom.us/v2");
    let trailing = Client::builder()
        .base_url("https://api.zoom.us/v2/")
        .build();
    assert_eq!(
        trailing.expect("valid").base_url(),
        "https://api.zoom.us/v2"
    );
    for loopback in [
        "http://127.0.0.1:9/",
        "http://localhost:9",
        "http://[::1]:9",
    ] {
        assert!(
            Client::builder().base_url(loopback).build().is_ok(),
            "{loopback}"
        );
    }
    let insecure = Client::builder()
        .base_url("http://zoom.internal/v2")
        .allow_insecure_http(true)
        .build();
    assert!(insecure.is_ok());
}

#[test]
fn client_is_cheap_to_share_across_tasks() {
    fn assert_traits<T: Send + Sync + 'static>() {}
    assert_traits::<Client>();
    assert_traits::<Error>();
    fn assert_send<T: Send>(_: &T) {}
    let client = Client::builder().build().expect("valid");
    assert_send(&client.send_empty(get_user("me")));
}

#[tokio::test]
async fn secrets_never_appear_in_debug_or_errors() {
    let builder = Client::builder().bearer_token(TOKEN);
    assert!(!format!("{builder:?}").contains(TOKEN));
    let built = builder.build().expect("valid");
    assert!(!format!("{built:?}").contains(TOKEN));

    let with_newline = format!("{TOKEN}\n");
    let err = Client::builder()
        .bearer_token(with_newline)
        .build()
        .unwrap_err();
    for shown in [format!("{err}"), format!("{err:?}")] {
        assert!(!shown.contains(TOKEN), "{shown}");
    }
    let creds = Client::builder().base_url(format!("https://u:{TOKEN}@api.zoom.us"));
    assert!(!format!("{creds:?}").contains(TOKEN));
    assert!(!config_error(creds.build()).contains(TOKEN));

    let server = MockServer::start().await;
    let err = client(&server)
        .send_empty(get_user("nobody"))
        .await
        .unwrap_err();
    for shown in [format!("{err}"), format!("{err:?}")] {
        assert!(!shown.contains(TOKEN), "{shown}");
    }
}

#[tokio::test]
async fn sends_standard_headers() {
    let server = MockServer::start().await;
    server.mock("GET", "/users/me", Reply::json(200, json!({"id": "me"})));
    let user: Value = client(&server)
        .send_json(get_user("me"))
        .await
        .expect("200");
    assert_eq!(user["id"], "me");
    let req = &server.received()[0];
    assert_eq!(
        req.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(req.header("accept"), Some("application/json"));
    let ua = req.header("user-agent").expect("user agent sent");
    assert_eq!(ua, format!("zoom-api-rs/{}", env!("CARGO_PKG_VERSION")));
}

#[tokio::test]
async fn path_values_are_always_one_segment() {
    let server = MockServer::start().await;
    let cases = [
        ("../accounts", "/users/..%2Faccounts"),
        ("a/b", "/users/a%2Fb"),
        ("x?y#z", "/users/x%3Fy%23z"),
        ("%2F", "/users/%252F"),
        ("ü ñ", "/users/%C3%BC%20%C3%B1"),
        ("me", "/users/me"),
        ("jane+doe@example.com", "/users/jane%2Bdoe%40example.com"),
    ];
    for (_, path) in cases {
        server.mock("DELETE", path, Reply::empty(204));
    }
    let client = client(&server);
    for (value, _) in cases {
        let request = Request::new(&DELETE_USER).path("userId", "user_id", value);
        client.send_empty(request).await.expect("route matched");
    }
    let paths: Vec<String> = server.received().into_iter().map(|r| r.path).collect();
    let expected: Vec<&str> = cases.iter().map(|(_, p)| *p).collect();
    assert_eq!(paths, expected);
}

#[tokio::test]
async fn route_changing_values_are_rejected_before_sending() {
    let server = MockServer::start().await;
    let client = client(&server);
    for value in [".", "..", ""] {
        let err = client.send_empty(get_user(value)).await.unwrap_err();
        let Error::InvalidRequest {
            operation, field, ..
        } = &err
        else {
            panic!("expected InvalidRequest for {value:?}, got {err:?}");
        };
        assert_eq!((*operation, field.as_str()), ("getUser", "user_id"));
        assert!(
            err.to_string()
                .starts_with("getUser: invalid request: user_id: ")
        );
    }
    let err = client
        .send_empty(Request::new(&GET_USER))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidRequest { .. }),
        "unfilled placeholder"
    );
    let wrong = get_user("me").path("accountId", "account_id", "x");
    let err = client.send_empty(wrong).await.unwrap_err();
    assert!(matches!(&err, Error::InvalidRequest { field, .. } if field == "account_id"));
    assert!(server.received().is_empty(), "nothing may reach the server");
}

#[tokio::test]
async fn query_values_round_trip() {
    let server = MockServer::start().await;
    server.mock("GET", "/users", Reply::json(200, json!({})));
    let request = Request::new(&LIST_USERS)
        .query("search", Some("a+b&c=d #e"))
        .query("status", None::<&String>)
        .query("page_size", Some(&30));
    let _: Value = client(&server).send_json(request).await.expect("200");
    let req = &server.received()[0];
    let pairs = [("search", "a+b&c=d #e"), ("page_size", "30")];
    let expected: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(req.query, expected);
    assert_eq!(
        req.raw_query.as_deref(),
        Some("search=a%2Bb%26c%3Dd+%23e&page_size=30")
    );
}

#[tokio::test]
async fn json_body_is_sent_with_content_type() {
    let server = MockServer::start().await;
    server.mock("POST", "/users", Reply::json(201, json!({"id": "new"})));
    let body = json!({"action": "create", "user_info": {"email": "a@b.c", "type": 1}});
    let created: Value = client(&server)
        .send_json(Request::new(&CREATE_USER).json(&body))
        .await
        .expect("201");
    assert_eq!(created["id"], "new");
    let req = &server.received()[0];
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(req.body_json(), body);
}

#[tokio::test]
async fn body_serialization_failure_is_deferred() {
    let server = MockServer::start().await;
    let unserialisable: HashMap<(i32, i32), i32> = HashMap::from([((1, 2), 3)]);
    let request = Request::new(&CREATE_USER).json(&unserialisable);
    let err = client(&server).send_empty(request).await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest { field, .. } if field == "body"),
        "{err:?}"
    );
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn not_found_becomes_api_error() {
    let server = MockServer::start().await;
    let reply = Reply::json(
        404,
        json!({"code": 1001, "message": "User does not exist: x"}),
    )
    .header("x-zm-trackingid", "v=2.0;clid=us05;rid=42");
    server.mock("GET", "/users/x", reply);
    let err = client(&server)
        .send_json::<Value>(get_user("x"))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "getUser failed: Zoom answered 404 Not Found (code 1001): User does not exist: x"
    );
    let Error::Api(api) = &err else {
        panic!("expected Api, got {err:?}");
    };
    assert_eq!(api.code(), Some(1001));
    assert_eq!(api.message(), Some("User does not exist: x"));
    assert_eq!(api.tracking_id(), Some("v=2.0;clid=us05;rid=42"));
    assert_eq!(err.tracking_id(), Some("v=2.0;clid=us05;rid=42"));
    assert!(err.is_not_found() && !err.is_retryable() && !err.is_rate_limited());
    assert_eq!(
        (err.status(), err.api_code(), err.operation()),
        (Some(404), Some(1001), Some("getUser"))
    );
}

#[tokio::test]
async fn validation_errors_keep_field_errors() {
    let server = MockServer::start().await;
    let body = json!({
        "code": 300,
        "message": "Validation Failed.",
        "errors": [{"field": "user_info.email", "message": "Invalid field."}]
    });
    server.mock("POST", "/users", Reply::json(400, body));
    let request = Request::new(&CREATE_USER).json(&json!({}));
    let err = client(&server).send_empty(request).await.unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected Api, got {err:?}");
    };
    let expected = FieldError {
        field: "user_info.email".into(),
        message: "Invalid field.".into(),
    };
    assert_eq!(api.field_errors(), &[expected]);
    assert!(
        err.to_string()
            .ends_with("[user_info.email: Invalid field.]"),
        "{err}"
    );
}

#[tokio::test]
async fn html_error_page_becomes_api_error_with_excerpt() {
    let server = MockServer::start().await;
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server.mock("GET", "/users/me", Reply::raw(502, "text/html", page));
    let err = client(&server)
        .send_json::<Value>(get_user("me"))
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected Api, got {err:?}");
    };
    assert_eq!((api.code(), api.message()), (None, None));
    assert_eq!(api.body_excerpt(), page);
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "getUser failed: Zoom answered 502 Bad Gateway"
    );
}

#[tokio::test]
async fn retryability_follows_status() {
    let server = MockServer::start().await;
    let client = client(&server);
    for (status, retryable) in [
        (429, true),
        (500, true),
        (503, true),
        (501, false),
        (400, false),
    ] {
        let id = status.to_string();
        server.mock("GET", &format!("/users/{id}"), Reply::empty(status));
        let err = client.send_empty(get_user(&id)).await.unwrap_err();
        assert_eq!(err.status(), Some(status));
        assert_eq!(err.is_retryable(), retryable, "{status}");
        assert_eq!(err.is_rate_limited(), status == 429, "{status}");
    }
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)] // fields exist to shape the decoding
struct UserList {
    users: Vec<User>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct User {
    id: String,
    r#type: i64,
}

#[tokio::test]
async fn bad_json_becomes_decode_error_with_path_and_bounded_excerpt() {
    let server = MockServer::start().await;
    let padding = "x".repeat(10 * 1024);
    let body = format!(
        r#"{{"padding":"{padding}","users":[{{"id":"a","type":1}},{{"id":"b","type":1}},{{"id":"c","type":2}},{{"id":"d","type":"basic"}}]}}"#
    );
    server.mock("GET", "/users", Reply::raw(200, "application/json", body));
    let err = client(&server)
        .send_json::<UserList>(Request::new(&LIST_USERS))
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected Decode, got {err:?}");
    };
    assert_eq!(decode.path(), "users[3].type");
    assert_eq!(decode.content_type(), Some("application/json"));
    assert_eq!((decode.status(), err.status()), (200, Some(200)));
    assert_eq!(decode.operation(), "users");
    let excerpt = decode.body_excerpt();
    assert!(!excerpt.is_empty() && excerpt.len() <= 1024);
    let shown = err.to_string();
    assert!(
        shown.starts_with("users: could not decode the 200 response at users[3].type: "),
        "{shown}"
    );
}

#[tokio::test]
async fn empty_or_oversized_success_body_is_a_decode_error() {
    let server = MockServer::start().await;
    server.mock("GET", "/users/empty", Reply::empty(200));
    server.mock(
        "GET",
        "/users/huge",
        Reply::raw(200, "application/json", vec![b' '; 17 << 20]),
    );
    let client = client(&server);
    for (id, needle) in [("empty", "empty"), ("huge", "16 MiB")] {
        let err = client.send_json::<Value>(get_user(id)).await.unwrap_err();
        assert!(matches!(err, Error::Decode(_)), "{err:?}");
        assert!(err.to_string().contains(needle), "{err}");
    }
}

#[tokio::test]
async fn send_empty_ignores_success_body() {
    let server = MockServer::start().await;
    server.mock(
        "DELETE",
        "/users/me",
        Reply::raw(200, "text/plain", "not json at all"),
    );
    let request = Request::new(&DELETE_USER).path("userId", "user_id", "me");
    client(&server)
        .send_empty(request)
        .await
        .expect("any 2xx is fine");
}

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

#[tokio::test]
async fn multipart_upload_sends_file_part() {
    let server = MockServer::start().await;
    server.mock("POST", "/users/me/picture", Reply::empty(201));
    let bytes = b"\x89PNG\r\n\x1a\n--not-a-boundary\r\n".to_vec();
    let upload = Upload::from_bytes("avatar.png", "image/png", bytes.clone());
    assert_eq!((upload.len(), upload.is_empty()), (bytes.len(), false));
    let request = Request::new(&UPLOAD_PICTURE)
        .path("userId", "user_id", "me")
        .multipart("pic_file", upload);
    client(&server).send_empty(request).await.expect("201");
    let req = &server.received()[0];
    let content_type = req.header("content-type").expect("content type");
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let parts = req.multipart();
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].name, "pic_file");
    assert_eq!(parts[0].file_name.as_deref(), Some("avatar.png"));
    assert_eq!(parts[0].content_type.as_deref(), Some("image/png"));
    assert_eq!(parts[0].data, bytes);
}

#[tokio::test]
async fn invalid_upload_content_type_is_rejected_before_sending() {
    let server = MockServer::start().await;
    let upload = Upload::from_bytes("a.png", "not a mime", &b"x"[..]);
    let request = Request::new(&UPLOAD_PICTURE)
        .path("userId", "user_id", "me")
        .multipart("pic_file", upload);
    let err = client(&server).send_empty(request).await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest { field, .. } if field == "pic_file"),
        "{err:?}"
    );
    assert!(server.received().is_empty());
}

#[test]
fn operation_info_and_rate_limits() {
    assert_eq!(GET_USER.path, "/users/{userId}");
    assert_eq!(GET_USER.scopes, ["user:read:admin", "user:read"]);
    assert_eq!(
        RateLimitCategory::ResourceIntensive.to_string(),
        "Resource-intensive"
    );
    assert_eq!(RateLimitCategory::Light.as_str(), "Light");
}

// Shaped like the generator's output; only the macro path differs, since
// `crate::` means this test crate here.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserStatus {
    Active,
    Pending,
    Unknown(String),
}
impl UserStatus {
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Pending => "pending",
            Self::Unknown(v) => v,
        }
    }
}
impl From<&str> for UserStatus {
    fn from(v: &str) -> Self {
        match v {
            "active" => Self::Active,
            "pending" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
zoom_api::runtime::string_enum_impls!(UserStatus);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoginType {
    GoogleOauth,
    WorkEmail,
    Unknown(i64),
}
impl LoginType {
    pub fn value(&self) -> i64 {
        match self {
            Self::GoogleOauth => 1,
            Self::WorkEmail => 100,
            Self::Unknown(v) => *v,
        }
    }
}
impl From<i64> for LoginType {
    fn from(v: i64) -> Self {
        match v {
            1 => Self::GoogleOauth,
            100 => Self::WorkEmail,
            other => Self::Unknown(other),
        }
    }
}
zoom_api::runtime::int_enum_impls!(LoginType);

#[test]
fn enum_macros_round_trip_known_and_unknown_values() {
    let statuses: Vec<UserStatus> =
        serde_json::from_str(r#"["active","frozen"]"#).expect("strings");
    assert_eq!(
        statuses,
        [UserStatus::Active, UserStatus::Unknown("frozen".into())]
    );
    assert_eq!(
        serde_json::to_string(&statuses).expect("ser"),
        r#"["active","frozen"]"#
    );
    assert_eq!(UserStatus::Pending.to_string(), "pending");
    assert_eq!("active".parse::<UserStatus>(), Ok(UserStatus::Active));

    let types: Vec<LoginType> = serde_json::from_str(r#"[100,"1",42]"#).expect("ints");
    assert_eq!(
        types,
        [
            LoginType::WorkEmail,
            LoginType::GoogleOauth,
            LoginType::Unknown(42)
        ]
    );
    assert_eq!(serde_json::to_string(&types).expect("ser"), "[100,1,42]");
    assert_eq!(LoginType::WorkEmail.to_string(), "100");
    let err = serde_json::from_str::<LoginType>("\"work\"").unwrap_err();
    assert!(err.to_string().contains("integer"), "{err}");
}

#[tokio::test]
async fn enums_serialise_into_query_strings() {
    let server = MockServer::start().await;
    server.mock("GET", "/users", Reply::json(200, json!({})));
    let request = Request::new(&LIST_USERS)
        .query("status", Some(&UserStatus::Unknown("odd value".into())))
        .query("login_type", Some(&LoginType::WorkEmail));
    let _: Value = client(&server).send_json(request).await.expect("200");
    let req = &server.received()[0];
    assert_eq!(
        req.raw_query.as_deref(),
        Some("status=odd+value&login_type=100")
    );
}

#[test]
fn pick_branch_scores_by_known_keys() {
    use JsonKind::{Any, String};
    let branches: &[&[(&str, JsonKind)]] = &[
        &[("id", Any), ("email", String)],
        &[
            ("id", Any),
            ("email", String),
            ("pmi", Any),
            ("dept", String),
        ],
    ];
    assert_eq!(pick_branch(&json!({"id": 1, "pmi": 2}), branches), Some(1));
    assert_eq!(
        pick_branch(&json!({"id": 1, "email": "a"}), branches),
        Some(0)
    );
    assert_eq!(pick_branch(&json!({"other": 1}), branches), None);
    assert_eq!(pick_branch(&json!("id"), branches), None);
    // A value of the wrong kind rules a branch out.
    assert_eq!(
        pick_branch(&json!({"id": 1, "email": 5, "pmi": 2}), branches),
        None
    );
}
