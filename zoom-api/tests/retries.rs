//! Retries and rate limits: `Retry-After` in every form, back-off, daily
//! limits, which methods and failures are retried, and the tracing output.

mod support;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use reqwest::Method;
use serde_json::{Value, json};
use support::{MockServer, Reply};
use zoom_api::runtime::{OperationInfo, Request};
use zoom_api::{Client, Error, RateLimitCategory, RetryPolicy};

static GET_USER: OperationInfo = OperationInfo::new(
    "getUser",
    Method::GET,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:read:admin"],
);
static CREATE_USER: OperationInfo = OperationInfo::new(
    "createUser",
    Method::POST,
    "/users",
    RateLimitCategory::Light,
    &["user:write:admin"],
);
static UPDATE_USER: OperationInfo = OperationInfo::new(
    "updateUser",
    Method::PATCH,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:write:admin"],
);
static UPDATE_STATUS: OperationInfo = OperationInfo::new(
    "updateUserStatus",
    Method::PUT,
    "/users/{userId}/status",
    RateLimitCategory::Light,
    &["user:write:admin"],
);
static DELETE_USER: OperationInfo = OperationInfo::new(
    "deleteUser",
    Method::DELETE,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:write:admin"],
);

const USER_PATH: &str = "/users/me";

fn get_me() -> Request {
    Request::new(&GET_USER).path("userId", "user_id", "me")
}

fn create_user() -> Request {
    Request::new(&CREATE_USER).json(&json!({"action": "create", "user_info": {"email": "a@b.c"}}))
}

fn update_me() -> Request {
    Request::new(&UPDATE_USER)
        .path("userId", "user_id", "me")
        .json(&json!({"first_name": "Ann"}))
}

/// The default policy with millisecond back-off, so tests stay fast.
fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(10))
        .max_delay(Duration::from_millis(40))
}

fn client_with(url: String, policy: RetryPolicy) -> Client {
    Client::builder()
        .base_url(url)
        .bearer_token("test-token")
        .retry_policy(policy)
        .build()
        .expect("valid configuration")
}

fn client(server: &MockServer, policy: RetryPolicy) -> Client {
    client_with(server.url(), policy)
}

fn rate_limited() -> Reply {
    Reply::json(
        429,
        json!({"code": 429, "message": "You have reached the maximum per-second rate limit for this API. Try again later."}),
    )
}

fn ok() -> Reply {
    Reply::json(200, json!({"id": "me"}))
}

/// Sends `get_me()` against `429 Retry-After: header` then 200 and returns
/// the elapsed time, checking both requests arrived.
async fn get_after_429(header: &str) -> Duration {
    let server = MockServer::start().await;
    let first = rate_limited().header("retry-after", header);
    server.mock_sequence("GET", USER_PATH, vec![first, ok()]);
    let started = Instant::now();
    let user: Value = client(&server, fast())
        .send_json(get_me())
        .await
        .expect("succeeds after waiting");
    let elapsed = started.elapsed();
    assert_eq!(user["id"], "me");
    assert_eq!(server.count("GET", USER_PATH), 2);
    elapsed
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let elapsed = get_after_429("1").await;
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let now = SystemTime::now();
    // HTTP dates have whole seconds, so the wait is between 1 and 2 s.
    let header = httpdate::fmt_http_date(now + Duration::from_secs(2));
    let at = httpdate::parse_http_date(&header).expect("round trip");
    let wait = at.duration_since(now).expect("in the future");
    assert!(wait >= Duration::from_secs(1));
    let elapsed = get_after_429(&header).await;
    assert!(
        elapsed + Duration::from_millis(10) >= wait,
        "{elapsed:?} < {wait:?}"
    );
    assert!(elapsed < Duration::from_secs(4), "{elapsed:?}");
}

#[tokio::test]
async fn retry_after_as_an_iso_8601_timestamp_is_honoured() {
    let now = chrono::DateTime::<chrono::Utc>::from(SystemTime::now());
    let at = now + chrono::Duration::milliseconds(1000);
    let header = at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    assert!(header.ends_with('Z'), "{header}");
    let elapsed = get_after_429(&header).await;
    assert!(
        elapsed + Duration::from_millis(10) >= Duration::from_secs(1),
        "{elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn rate_limits_without_headers_back_off_then_fail() {
    let server = MockServer::start().await;
    server.mock("GET", USER_PATH, rate_limited());
    let started = Instant::now();
    let err = client(&server, fast().max_retries(2))
        .send_empty(get_me())
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert!(err.is_rate_limited() && err.is_retryable());
    assert_eq!(err.retry_after(), None);
    assert_eq!(server.count("GET", USER_PATH), 3, "first try and 2 retries");
}

#[tokio::test]
async fn a_daily_limit_is_returned_at_once_with_the_reset_time() {
    let server = MockServer::start().await;
    let tomorrow =
        chrono::DateTime::<chrono::Utc>::from(SystemTime::now()) + chrono::Duration::hours(5);
    let reset = tomorrow.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let daily = rate_limited()
        .header("x-ratelimit-type", "Daily-limit")
        .header("x-ratelimit-category", "Heavy")
        .header("x-ratelimit-limit", "60000")
        .header("x-ratelimit-remaining", "0")
        .header("retry-after", &reset);
    server.mock("GET", USER_PATH, daily);
    // Without Retry-After, the reset is the next 00:00 UTC.
    let undated = rate_limited().header("x-ratelimit-type", "Daily-limit");
    server.mock("GET", "/users/other", undated);
    let client = client(&server, RetryPolicy::default());

    let started = Instant::now();
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_millis(500));
    assert_eq!(server.count("GET", USER_PATH), 1);
    assert!(err.is_rate_limited());
    let wait = err.retry_after().expect("reset time");
    let hours_5 = Duration::from_secs(5 * 3600);
    assert!(
        wait <= hours_5 && wait > hours_5 - Duration::from_secs(5),
        "{wait:?}"
    );
    let info = err.rate_limit().expect("headers");
    assert!(info.is_daily_limit());
    assert_eq!(info.category(), Some(RateLimitCategory::Heavy));
    assert_eq!((info.limit(), info.remaining()), (Some(60_000), Some(0)));
    let shown = err.to_string();
    assert!(
        shown.contains("daily limit reached; retry after"),
        "{shown}"
    );

    let other = Request::new(&GET_USER).path("userId", "user_id", "other");
    let err = client.send_empty(other).await.unwrap_err();
    let wait = err.retry_after().expect("next midnight UTC");
    assert!(wait > Duration::ZERO && wait <= Duration::from_secs(86_400));
    assert_eq!(server.count("GET", "/users/other"), 1);
}

#[tokio::test]
async fn a_wait_beyond_the_cap_is_returned_at_once() {
    let server = MockServer::start().await;
    server.mock(
        "GET",
        USER_PATH,
        rate_limited().header("retry-after", "3600"),
    );
    server.mock(
        "GET",
        "/users/soon",
        rate_limited().header("retry-after", "1"),
    );
    let started = Instant::now();
    let err = client(&server, RetryPolicy::default())
        .send_empty(get_me())
        .await
        .unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3600)));
    assert!(
        err.to_string()
            .ends_with("(rate limited; retry after 3600 s)"),
        "{err}"
    );
    // A short wait is too long for a smaller cap.
    let capped = fast().max_total_wait(Duration::from_millis(100));
    let soon = Request::new(&GET_USER).path("userId", "user_id", "soon");
    let err = client(&server, capped).send_empty(soon).await.unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(1)));
    assert!(started.elapsed() < Duration::from_millis(500));
    assert_eq!(server.count("GET", USER_PATH), 1);
    assert_eq!(server.count("GET", "/users/soon"), 1);
}

#[tokio::test]
async fn a_post_answered_500_is_sent_once() {
    let server = MockServer::start().await;
    server.mock(
        "POST",
        "/users",
        Reply::json(500, json!({"code": 500, "message": "oops"})),
    );
    let err = client(&server, fast())
        .send_empty(create_user())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert!(err.is_retryable(), "retryable in principle, just not safe");
    assert_eq!(server.count("POST", "/users"), 1);
}

#[tokio::test]
async fn a_patch_answered_503_is_sent_once() {
    let server = MockServer::start().await;
    server.mock("PATCH", USER_PATH, Reply::empty(503));
    let err = client(&server, fast())
        .send_empty(update_me())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.count("PATCH", USER_PATH), 1);
}

#[tokio::test]
async fn a_get_answered_503_then_200_succeeds() {
    let server = MockServer::start().await;
    server.mock_sequence("GET", USER_PATH, vec![Reply::empty(503), ok()]);
    // The default policy: the back-off is at most 500 ms.
    let user: Value = client(&server, RetryPolicy::default())
        .send_json(get_me())
        .await
        .expect("retried");
    assert_eq!(user["id"], "me");
    assert_eq!(server.count("GET", USER_PATH), 2);
}

#[tokio::test]
async fn put_and_delete_are_retried_but_501_is_not() {
    let server = MockServer::start().await;
    let status_path = "/users/me/status";
    server.mock_sequence(
        "PUT",
        status_path,
        vec![Reply::empty(502), Reply::empty(204)],
    );
    server.mock_sequence(
        "DELETE",
        USER_PATH,
        vec![Reply::empty(504), Reply::empty(204)],
    );
    server.mock("GET", USER_PATH, Reply::empty(501));
    let client = client(&server, fast());
    let put = Request::new(&UPDATE_STATUS)
        .path("userId", "user_id", "me")
        .json(&json!({"action": "deactivate"}));
    client.send_empty(put).await.expect("retried");
    let delete = Request::new(&DELETE_USER).path("userId", "user_id", "me");
    client.send_empty(delete).await.expect("retried");
    assert_eq!(server.count("PUT", status_path), 2);
    assert_eq!(server.count("DELETE", USER_PATH), 2);
    // The same JSON body is sent again.
    let puts: Vec<_> = server
        .received()
        .into_iter()
        .filter(|r| r.method == "PUT")
        .collect();
    assert_eq!(puts[0].body, puts[1].body);
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert_eq!(err.status(), Some(501));
    assert_eq!(server.count("GET", USER_PATH), 1);
}

#[tokio::test]
async fn a_rate_limited_post_is_retried() {
    let server = MockServer::start().await;
    let created = Reply::json(201, json!({"id": "new"}));
    server.mock_sequence("POST", "/users", vec![rate_limited(), created]);
    let user: Value = client(&server, fast())
        .send_json(create_user())
        .await
        .expect("429 means Zoom did not process it");
    assert_eq!(user["id"], "new");
    assert_eq!(server.count("POST", "/users"), 2);
}

#[tokio::test]
async fn retry_policy_none_sends_once() {
    let server = MockServer::start().await;
    server.mock("GET", USER_PATH, Reply::empty(503));
    server.mock("GET", "/users/limited", rate_limited());
    let client = client(&server, RetryPolicy::none());
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    let limited = Request::new(&GET_USER).path("userId", "user_id", "limited");
    assert!(
        client
            .send_empty(limited)
            .await
            .unwrap_err()
            .is_rate_limited()
    );
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn timeouts_on_get_are_retried_within_the_policy() {
    let server = MockServer::start().await;
    let slow = ok().delay(Duration::from_secs(5));
    server.mock_sequence("GET", USER_PATH, vec![slow.clone(), slow, ok()]);
    let client = Client::builder()
        .base_url(server.url())
        .timeout(Duration::from_millis(200))
        .retry_policy(fast())
        .build()
        .expect("valid");
    let started = Instant::now();
    client
        .send_json::<Value>(get_me())
        .await
        .expect("third attempt");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.count("GET", USER_PATH), 3);

    // Out of retries: the timeout is returned.
    server.mock("GET", "/users/slow", ok().delay(Duration::from_secs(5)));
    let slow = Request::new(&GET_USER).path("userId", "user_id", "slow");
    let err = client.send_empty(slow).await.unwrap_err();
    assert_eq!(err.to_string(), "getUser failed: the request timed out");
    assert_eq!(server.count("GET", "/users/slow"), 4);
}

#[tokio::test]
async fn a_timed_out_post_is_not_resent() {
    let server = MockServer::start().await;
    server.mock("POST", "/users", ok().delay(Duration::from_secs(5)));
    let client = Client::builder()
        .base_url(server.url())
        .timeout(Duration::from_millis(200))
        .retry_policy(fast())
        .build()
        .expect("valid");
    let err = client.send_empty(create_user()).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(server.count("POST", "/users"), 1);
}

#[tokio::test]
async fn lost_connections_are_retried_for_get_but_not_for_post() {
    let server = MockServer::start().await;
    server.mock_sequence("GET", USER_PATH, vec![Reply::hang_up(), ok()]);
    server.mock("POST", "/users", Reply::hang_up());
    let client = client(&server, fast());
    client.send_json::<Value>(get_me()).await.expect("retried");
    assert_eq!(server.count("GET", USER_PATH), 2);
    let err = client.send_empty(create_user()).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "createUser failed: the connection failed before a response arrived"
    );
    assert_eq!(server.count("POST", "/users"), 1);
}

// ---------------------------------------------------------------------------
// A minimal `tracing` subscriber that records spans and events as text.

#[derive(Debug, Clone, Default)]
struct Recorded {
    name: String,
    fields: HashMap<String, String>,
}

#[derive(Default)]
struct Captured {
    spans: Mutex<HashMap<u64, Recorded>>,
    events: Mutex<Vec<Recorded>>,
    next_id: AtomicU64,
}

struct Capture(Arc<Captured>);

struct Fields<'a>(&'a mut HashMap<String, String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let id = self.0.next_id.fetch_add(1, Ordering::Relaxed) + 1;
        let mut recorded = Recorded {
            name: span.metadata().name().to_owned(),
            ..Recorded::default()
        };
        span.record(&mut Fields(&mut recorded.fields));
        self.0.spans.lock().expect("lock").insert(id, recorded);
        tracing::span::Id::from_u64(id)
    }

    fn record(&self, span: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        if let Some(recorded) = self.0.spans.lock().expect("lock").get_mut(&span.into_u64()) {
            values.record(&mut Fields(&mut recorded.fields));
        }
    }

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        let mut recorded = Recorded {
            name: event.metadata().name().to_owned(),
            ..Recorded::default()
        };
        event.record(&mut Fields(&mut recorded.fields));
        self.0.events.lock().expect("lock").push(recorded);
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

impl Captured {
    fn spans_named(&self, name: &str) -> Vec<Recorded> {
        self.spans
            .lock()
            .expect("lock")
            .values()
            .filter(|s| s.name == name)
            .cloned()
            .collect()
    }

    fn events_with_message(&self, message: &str) -> Vec<Recorded> {
        self.events
            .lock()
            .expect("lock")
            .iter()
            .filter(|e| e.fields.get("message").map(String::as_str) == Some(message))
            .cloned()
            .collect()
    }

    fn everything(&self) -> String {
        let spans = self.spans.lock().expect("lock");
        let events = self.events.lock().expect("lock");
        format!("{:?}{:?}", spans.values().collect::<Vec<_>>(), *events)
    }
}

fn capture() -> (Arc<Captured>, tracing::subscriber::DefaultGuard) {
    let captured = Arc::new(Captured::default());
    let guard = tracing::subscriber::set_default(Capture(Arc::clone(&captured)));
    (captured, guard)
}

#[tokio::test]
async fn requests_are_traced_with_the_path_template_and_retries_logged() {
    let (captured, _guard) = capture();
    let server = MockServer::start().await;
    let path = "/users/jane%40example.com";
    server.mock_sequence("GET", path, vec![Reply::empty(503), ok()]);
    let request = Request::new(&GET_USER).path("userId", "user_id", "jane@example.com");
    client(&server, fast())
        .send_json::<Value>(request)
        .await
        .expect("retried");

    let spans = captured.spans_named("zoom_api.request");
    assert_eq!(spans.len(), 1, "{spans:?}");
    let fields = &spans[0].fields;
    let field = |name: &str| fields.get(name).map(String::as_str);
    assert_eq!(field("operation"), Some("getUser"));
    assert_eq!(field("method"), Some("GET"));
    assert_eq!(field("path"), Some("/users/{userId}"));
    assert_eq!(field("status"), Some("200"));
    assert_eq!(field("attempt"), Some("2"));
    assert!(field("duration_ms").is_some(), "{fields:?}");

    let retries = captured.events_with_message("retrying");
    assert_eq!(retries.len(), 1, "{retries:?}");
    let retry = &retries[0].fields;
    assert_eq!(
        retry.get("reason").map(String::as_str),
        Some("server error")
    );
    assert_eq!(retry.get("attempt").map(String::as_str), Some("1"));
    let wait: u64 = retry["wait_ms"].parse().expect("a number");
    assert!(
        wait <= 10,
        "first back-off is at most the base delay: {wait}"
    );

    let everything = captured.everything();
    assert!(
        !everything.contains("jane"),
        "personal data traced: {everything}"
    );
}

#[tokio::test]
async fn a_post_to_a_closed_port_is_retried_then_fails() {
    let (captured, _guard) = capture();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = closed.local_addr().expect("address");
    drop(closed);
    let client = client_with(format!("http://{addr}"), fast());
    let err = client.send_empty(create_user()).await.unwrap_err();
    let Error::Transport { source, .. } = &err else {
        panic!("expected Transport, got {err:?}");
    };
    assert!(source.is_connect() && source.url().is_none(), "{source:?}");
    assert_eq!(
        err.to_string(),
        "createUser failed: could not connect to the server"
    );
    let retries = captured.events_with_message("retrying");
    let reasons: Vec<&str> = retries
        .iter()
        .map(|e| e.fields["reason"].as_str())
        .collect();
    assert_eq!(
        reasons, ["connect failed"; 3],
        "nothing was sent, so POST is retried"
    );
    let spans = captured.spans_named("zoom_api.request");
    assert_eq!(
        spans[0].fields.get("attempt").map(String::as_str),
        Some("4")
    );
    assert_eq!(spans[0].fields.get("status"), None);
}
