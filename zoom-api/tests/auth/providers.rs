//! Custom token providers: cached, invalidated on a rejected token, and
//! their failures reported as `Error::Auth`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use zoom_api::{AccessToken, BoxFuture, Client, Error, TokenProvider};

use super::{TOKEN_PREFIX, USER_PATH, assert_no_secrets, get_me, reject_token};
use crate::support::MockServer;

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
