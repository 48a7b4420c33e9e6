//! Authentication: server-to-server OAuth tokens (fetch, cache, single-flight
//! renewal, renewal on 401), caller-managed tokens, custom token providers,
//! configuration from the environment, and keeping secrets out of output.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};
use support::{MockServer, Recorded, Reply};
use zoom_api::runtime::{OperationInfo, Request};
use zoom_api::{
    AccessToken, AuthError, BoxFuture, Client, ClientBuilder, Error, RateLimitCategory,
    RetryPolicy, TokenProvider,
};

const ACCOUNT_ID: &str = "acct-42";
const CLIENT_ID: &str = "client-id-7";
const CLIENT_SECRET: &str = "cs-VERY-SECRET-9f3a";
/// base64 of `client-id-7:cs-VERY-SECRET-9f3a`.
const BASIC: &str = "Basic Y2xpZW50LWlkLTc6Y3MtVkVSWS1TRUNSRVQtOWYzYQ==";
/// Every access token the mock token endpoint issues starts with this.
const TOKEN_PREFIX: &str = "ACCESS-TOKEN-VALUE-";
const TOKEN_PATH: &str = "/oauth/token";
const USER_PATH: &str = "/users/me";

static GET_USER: OperationInfo = OperationInfo::new(
    "getUser",
    Method::GET,
    "/users/{userId}",
    RateLimitCategory::Light,
    &["user:read:admin"],
);

fn get_me() -> Request {
    Request::new(&GET_USER).path("userId", "user_id", "me")
}

/// A client for `server` with server-to-server credentials and no retries.
fn s2s(server: &MockServer) -> ClientBuilder {
    Client::builder()
        .base_url(server.url())
        .server_to_server(ACCOUNT_ID, CLIENT_ID, CLIENT_SECRET)
        .token_url(format!("{}{TOKEN_PATH}", server.url()))
        .retry_policy(RetryPolicy::none())
}

fn token_reply(n: usize, expires_in: u64) -> Reply {
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
fn issue_tokens(server: &MockServer, expires_in: u64, delay: Duration) {
    server.mock_fn("POST", TOKEN_PATH, move |_, n| {
        token_reply(n, expires_in).delay(delay)
    });
}

fn user_ok() -> Reply {
    Reply::json(200, json!({"id": "me", "type": 1}))
}

fn invalid_token() -> Reply {
    Reply::json(
        401,
        json!({"code": 124, "message": "Invalid access token."}),
    )
}

fn bearer(n: usize) -> String {
    format!("Bearer {TOKEN_PREFIX}{n}")
}

/// Rejects token `rejected` with 401 code 124 and accepts every other one.
fn reject_token(server: &MockServer, rejected: usize) {
    let refused = bearer(rejected);
    server.mock_fn("GET", USER_PATH, move |req: &Recorded, _| {
        if req.header("authorization") == Some(refused.as_str()) {
            invalid_token()
        } else {
            user_ok()
        }
    });
}

fn auth_error(err: &Error) -> &AuthError {
    match err {
        Error::Auth(auth) => auth,
        other => panic!("expected Error::Auth, got {other:?}"),
    }
}

/// Every way `err` can be printed: Display, Debug, pretty Debug, and the
/// same for each error in its source chain.
fn renderings(err: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut out = Vec::new();
    let mut next = Some(err);
    while let Some(e) = next {
        out.extend([format!("{e}"), format!("{e:?}"), format!("{e:#?}")]);
        next = e.source();
    }
    out
}

fn assert_no_secrets(what: &str, shown: &str) {
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

/// A user-OAuth style provider that counts its calls and invalidations.
#[derive(Default)]
struct CountingProvider {
    calls: AtomicUsize,
    invalidated: Mutex<Vec<String>>,
    fail: bool,
}

impl TokenProvider for CountingProvider {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, Error>> {
        Box::pin(async move {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            if self.fail {
                return Err(Error::InvalidConfig {
                    message: "no refresh token stored".into(),
                });
            }
            let token = AccessToken::new(format!("{TOKEN_PREFIX}{n}"));
            Ok(token.with_expires_in(Duration::from_secs(3600)))
        })
    }

    fn invalidate(&self, failed: &AccessToken) {
        self.invalidated
            .lock()
            .expect("lock")
            .push(failed.secret().to_owned());
    }
}

#[tokio::test]
async fn a_custom_provider_is_cached_invalidated_and_asked_again() {
    let server = MockServer::start().await;
    reject_token(&server, 0);
    let provider = Arc::new(CountingProvider::default());
    let client = Client::builder()
        .base_url(server.url())
        .token_provider(provider.clone())
        .build()
        .expect("valid");
    client.send_empty(get_me()).await.expect("replayed");
    client.send_empty(get_me()).await.expect("cached token");
    assert_eq!(provider.calls.load(Ordering::SeqCst), 2);
    assert_eq!(
        *provider.invalidated.lock().expect("lock"),
        [format!("{TOKEN_PREFIX}0")]
    );
    assert_eq!(server.count("GET", USER_PATH), 3);
    let shown = format!("{client:?}");
    assert!(shown.contains("TokenProvider(..)"), "{shown}");
    assert_no_secrets("client with a custom provider", &shown);
}

#[tokio::test]
async fn a_failing_custom_provider_becomes_an_auth_error() {
    let server = MockServer::start().await;
    let provider = Arc::new(CountingProvider {
        fail: true,
        ..CountingProvider::default()
    });
    let err = Client::builder()
        .base_url(server.url())
        .token_provider(provider)
        .build()
        .expect("valid")
        .send_empty(get_me())
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "getUser failed: could not get an access token: the token provider failed"
    );
    let source = std::error::Error::source(&err).expect("the provider's error");
    assert_eq!(
        source.to_string(),
        "invalid client configuration: no refresh token stored"
    );
    assert!(server.received().is_empty());
}

fn env(vars: &[(&'static str, String)]) -> impl Fn(&str) -> Option<String> + use<> {
    let vars = vars.to_vec();
    move |name| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }
}

#[test]
fn from_env_names_each_missing_or_empty_variable() {
    let full = [
        ("ZOOM_ACCOUNT_ID", ACCOUNT_ID.to_owned()),
        ("ZOOM_CLIENT_ID", CLIENT_ID.to_owned()),
        ("ZOOM_CLIENT_SECRET", CLIENT_SECRET.to_owned()),
    ];
    for skipped in 0..full.len() {
        let mut vars = full.to_vec();
        let (name, _) = vars.remove(skipped);
        for present_but_empty in [false, true] {
            let mut vars = vars.clone();
            if present_but_empty {
                vars.push((name, String::new()));
            }
            let err = ClientBuilder::from_env_with(env(&vars)).unwrap_err();
            let Error::InvalidConfig { message } = &err else {
                panic!("expected InvalidConfig, got {err:?}");
            };
            assert_eq!(
                message,
                &format!("environment variable {name} is not set or empty")
            );
            assert!(!err.to_string().contains(CLIENT_SECRET));
        }
    }
    let err = ClientBuilder::from_env_with(|_| None).unwrap_err();
    assert!(
        err.to_string()
            .contains("ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET are not set"),
        "{err}"
    );
}

#[tokio::test]
async fn from_env_configures_server_to_server_and_urls() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    server.mock("GET", USER_PATH, user_ok());
    let vars = [
        ("ZOOM_ACCOUNT_ID", ACCOUNT_ID.to_owned()),
        ("ZOOM_CLIENT_ID", CLIENT_ID.to_owned()),
        ("ZOOM_CLIENT_SECRET", CLIENT_SECRET.to_owned()),
        ("ZOOM_BASE_URL", server.url()),
        ("ZOOM_TOKEN_URL", format!("{}{TOKEN_PATH}", server.url())),
    ];
    let builder = ClientBuilder::from_env_with(env(&vars)).expect("complete");
    assert_no_secrets("builder from env", &format!("{builder:?}"));
    let client = builder.user_agent("env-test").build().expect("valid");
    assert_eq!(client.base_url(), server.url());
    client.send_empty(get_me()).await.expect("200");
    let token_request = &server.received()[0];
    assert_eq!(token_request.header("authorization"), Some(BASIC));
    // Optional variables may be absent: the defaults apply.
    let defaults = ClientBuilder::from_env_with(env(&vars[..3]))
        .expect("complete")
        .build()
        .expect("valid");
    assert_eq!(defaults.base_url(), "https://api.zoom.us/v2");
}

#[test]
fn server_to_server_configuration_is_checked() {
    let message = |builder: ClientBuilder| match builder.build() {
        Err(Error::InvalidConfig { message }) => message,
        other => panic!("expected InvalidConfig, got {other:?}"),
    };
    let creds = |secret: &str| Client::builder().server_to_server(ACCOUNT_ID, CLIENT_ID, secret);
    assert_eq!(
        message(creds("")),
        "server-to-server client_secret must not be empty"
    );
    let with_newline = message(creds(&format!("{CLIENT_SECRET}\n")));
    assert!(with_newline.starts_with("server-to-server client_secret contains whitespace"));
    assert!(!with_newline.contains(CLIENT_SECRET));
    assert_eq!(
        message(Client::builder().server_to_server("", CLIENT_ID, CLIENT_SECRET)),
        "server-to-server account_id must not be empty"
    );
    assert!(
        message(Client::builder().server_to_server(ACCOUNT_ID, "a:b", CLIENT_SECRET))
            .contains("`:`")
    );
    let insecure = message(creds(CLIENT_SECRET).token_url("http://zoom.example/oauth/token"));
    assert!(
        insecure.starts_with("token URL `http://zoom.example/oauth/token` uses plain http"),
        "{insecure}"
    );
    assert!(
        message(creds(CLIENT_SECRET).token_url("https://zoom.us/oauth/token?x=1"))
            .contains("query")
    );
    assert_eq!(
        message(Client::builder().token_url("https://zoomgov.com/oauth/token")),
        "token_url is only used with server_to_server credentials"
    );
    let gov = creds(CLIENT_SECRET)
        .base_url("https://api.zoomgov.com/v2")
        .token_url("https://zoomgov.com/oauth/token")
        .build()
        .expect("valid");
    let shown = format!("{gov:?}");
    assert!(shown.contains("https://zoomgov.com/oauth/token"), "{shown}");
    let default = format!("{:?}", creds(CLIENT_SECRET).build().expect("valid"));
    assert!(default.contains("https://zoom.us/oauth/token"), "{default}");
}

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
