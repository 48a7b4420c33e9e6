//! User OAuth: the authorization link with PKCE, the code exchange, refreshes
//! with rotating refresh tokens (one refresh for racing processes), and
//! `invalid_grant` as "authorize again".

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use futures_util::future::join_all;
use reqwest::Url;
use serde_json::json;
use zoom_api::{
    AuthErrorKind, Client, Error, MemoryTokenStore, RetryPolicy, TokenStore, UserOAuth,
};

use super::redis_server::RedisServer;
use crate::support::auth::{CLIENT_ID, CLIENT_SECRET, TOKEN_PATH, USER_PATH, get_me, user_ok};
use crate::support::{MockServer, Recorded, Reply};

const REDIRECT: &str = "https://app.example/zoom/callback";
const CODE: &str = "auth-code-abc123";

/// The form fields of a token request.
fn form(request: &Recorded) -> Vec<(String, String)> {
    let body = String::from_utf8_lossy(&request.body);
    Url::parse(&format!("http://form.invalid/?{body}"))
        .expect("form body")
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A token endpoint that rotates: the code gives `USER-ACCESS-0` and
/// `REFRESH-0`; refreshing with the newest refresh token `REFRESH-n` gives
/// `USER-ACCESS-(n+1)` and `REFRESH-(n+1)`; any older refresh token is
/// `invalid_grant`, as at Zoom. Access tokens live `lifetime` seconds.
fn rotating_endpoint(server: &MockServer, lifetime: u64, delay: Duration) -> Arc<Mutex<usize>> {
    let newest = Arc::new(Mutex::new(0usize));
    let state = newest.clone();
    server.mock_fn("POST", TOKEN_PATH, move |request, _| {
        let fields = form(request);
        let mut newest = state.lock().expect("state");
        let issue = |n: usize| {
            Reply::json(
                200,
                json!({
                    "access_token": format!("USER-ACCESS-{n}"),
                    "token_type": "bearer",
                    "refresh_token": format!("REFRESH-{n}"),
                    "expires_in": lifetime,
                    "scope": "user:read"
                }),
            )
            .delay(delay)
        };
        match field(&fields, "grant_type") {
            Some("authorization_code") if field(&fields, "code") == Some(CODE) => issue(0),
            Some("refresh_token")
                if field(&fields, "refresh_token") == Some(&format!("REFRESH-{}", *newest)) =>
            {
                *newest += 1;
                issue(*newest)
            }
            _ => Reply::json(
                400,
                json!({"reason": "Invalid Token!", "error": "invalid_grant"}),
            ),
        }
    });
    newest
}

fn oauth(server: &MockServer, store: Arc<dyn TokenStore>) -> UserOAuth {
    UserOAuth::builder(CLIENT_ID, CLIENT_SECRET, REDIRECT)
        .token_url(format!("{}{TOKEN_PATH}", server.url()))
        .store(store)
        .key("user-17")
        .build()
        .expect("valid")
}

fn client(server: &MockServer, oauth: UserOAuth) -> Client {
    Client::builder()
        .base_url(server.url())
        .user_oauth(oauth)
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid")
}

async fn stored_refresh(store: &dyn TokenStore) -> Option<String> {
    let token = store.load("user-17").await.expect("store answers")?;
    token.refresh_token().map(str::to_owned)
}

fn token_requests(server: &MockServer) -> Vec<Vec<(String, String)>> {
    server
        .received()
        .iter()
        .filter(|r| r.path == TOKEN_PATH)
        .map(form)
        .collect()
}

#[tokio::test]
async fn the_authorization_link_carries_state_and_an_s256_challenge() {
    let server = MockServer::start().await;
    let oauth = oauth(&server, Arc::new(MemoryTokenStore::new()));
    let start = oauth.authorization().expect("link");
    let url = Url::parse(start.url()).expect("a URL");
    assert_eq!(
        url.as_str().split('?').next(),
        Some("https://zoom.us/oauth/authorize")
    );
    let q: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into(), v.into()))
        .collect();
    assert_eq!(field(&q, "response_type"), Some("code"));
    assert_eq!(field(&q, "client_id"), Some(CLIENT_ID));
    assert_eq!(field(&q, "redirect_uri"), Some(REDIRECT));
    assert_eq!(field(&q, "state"), Some(start.state()));
    assert_eq!(field(&q, "code_challenge_method"), Some("S256"));
    // RFC 7636: challenge = BASE64URL(SHA256(verifier)), without padding.
    let digest = ring::digest::digest(&ring::digest::SHA256, start.code_verifier().as_bytes());
    let expected = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest);
    assert_eq!(field(&q, "code_challenge"), Some(expected.as_str()));
    assert!(start.code_verifier().len() >= 43, "RFC 7636 minimum length");
    let other = oauth.authorization().expect("link");
    assert_ne!(other.state(), start.state(), "a fresh state each time");
    assert!(start.check_state(start.state()).is_ok());
    let forged = start.check_state(other.state()).unwrap_err();
    assert!(matches!(&forged, Error::Auth(a) if a.kind() == AuthErrorKind::AuthorizeAgain));
    assert!(
        !format!("{start:?}").contains(start.state()),
        "Debug hides the state"
    );
}

#[tokio::test]
async fn exchange_then_two_refreshes_each_store_the_rotated_token() {
    let server = MockServer::start().await;
    rotating_endpoint(&server, 1, Duration::ZERO);
    server.mock("GET", USER_PATH, user_ok());
    let store = Arc::new(MemoryTokenStore::new());
    let oauth = oauth(&server, store.clone());
    let start = oauth.authorization().expect("link");
    oauth
        .exchange(CODE, start.code_verifier())
        .await
        .expect("exchange");
    let exchange = &token_requests(&server)[0];
    assert_eq!(field(exchange, "grant_type"), Some("authorization_code"));
    assert_eq!(field(exchange, "code"), Some(CODE));
    assert_eq!(field(exchange, "redirect_uri"), Some(REDIRECT));
    assert_eq!(
        field(exchange, "code_verifier"),
        Some(start.code_verifier())
    );
    let basic = server.received()[0]
        .header("authorization")
        .map(str::to_owned);
    assert_eq!(basic.as_deref(), Some(crate::support::auth::BASIC));
    assert_eq!(
        stored_refresh(store.as_ref()).await.as_deref(),
        Some("REFRESH-0")
    );

    let client = client(&server, oauth);
    for n in 1..=2 {
        // Each token lives one second: the next call must refresh.
        tokio::time::sleep(Duration::from_millis(1100)).await;
        client.send_empty(get_me()).await.expect("call");
        let refreshed = token_requests(&server);
        let last = refreshed.last().expect("a refresh");
        assert_eq!(field(last, "grant_type"), Some("refresh_token"));
        let used = format!("REFRESH-{}", n - 1);
        assert_eq!(field(last, "refresh_token"), Some(used.as_str()));
        let rotated = format!("REFRESH-{n}");
        assert_eq!(stored_refresh(store.as_ref()).await, Some(rotated));
        let sent = server
            .received()
            .last()
            .and_then(|r| r.header("authorization").map(str::to_owned));
        assert_eq!(sent, Some(format!("Bearer USER-ACCESS-{n}")));
    }
    assert_eq!(token_requests(&server).len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_refreshing_at_once_make_one_refresh_request() {
    let redis = RedisServer::start().await;
    let server = MockServer::start().await;
    rotating_endpoint(&server, 1, Duration::from_millis(200));
    server.mock("GET", USER_PATH, user_ok());
    let first = oauth(&server, Arc::new(redis.store().await));
    first.exchange(CODE, "verifier").await.expect("exchange");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    // Two processes: their own UserOAuth, cache and Redis connection.
    let a = client(&server, oauth(&server, Arc::new(redis.store().await)));
    let b = client(&server, oauth(&server, Arc::new(redis.store().await)));
    let calls = (0..10).flat_map(|_| [a.send_empty(get_me()), b.send_empty(get_me())]);
    let results = join_all(calls).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    let refreshes = token_requests(&server)
        .iter()
        .filter(|f| field(f, "grant_type") == Some("refresh_token"))
        .count();
    assert_eq!(refreshes, 1, "one refresh for both processes");
    let store = redis.store().await;
    assert_eq!(stored_refresh(&store).await.as_deref(), Some("REFRESH-1"));
}

#[tokio::test]
async fn a_dead_refresh_token_means_authorize_again() {
    let server = MockServer::start().await;
    rotating_endpoint(&server, 1, Duration::ZERO);
    server.mock("GET", USER_PATH, user_ok());
    let store = Arc::new(MemoryTokenStore::new());
    // Nothing stored yet: the user never authorized.
    let never = client(&server, oauth(&server, store.clone()));
    let err = never.send_empty(get_me()).await.unwrap_err();
    assert!(
        matches!(&err, Error::Auth(a) if a.must_authorize_again()),
        "{err:?}"
    );
    assert_eq!(server.count("POST", TOKEN_PATH), 0);
    // A revoked refresh token: Zoom answers invalid_grant.
    let stale = zoom_api::StoredToken::new("USER-ACCESS-old", Duration::ZERO)
        .with_refresh_token("REFRESH-revoked");
    store.save("user-17", &stale).await.expect("save");
    let err = never.send_empty(get_me()).await.unwrap_err();
    let Error::Auth(auth) = &err else {
        panic!("expected an auth error, got {err:?}")
    };
    assert_eq!(auth.kind(), AuthErrorKind::AuthorizeAgain);
    assert_eq!(auth.oauth_error(), Some("invalid_grant"));
    assert_eq!(auth.status(), Some(400));
    assert!(!format!("{err} {err:?}").contains("REFRESH-revoked"));
    assert_eq!(
        server.count("GET", USER_PATH),
        0,
        "nothing sent without a token"
    );
}
