//! Where tokens live so that several processes, or a restarted one, can use
//! them: the [`TokenStore`] trait, the record it keeps, and an in-memory
//! store.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::auth::{AccessToken, BoxFuture};
use crate::error::{AuthError, AuthErrorKind};

/// A token as a [`TokenStore`] keeps it: enough for any process to use it,
/// and for user OAuth to refresh it.
///
/// `Debug` shows neither token. The serialised form (JSON, for stores that
/// keep text) holds both in clear: protect the store as you would the
/// client secret.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredToken {
    access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    refresh_token: Option<String>,
    /// Unix milliseconds.
    issued_at_ms: u64,
    /// Unix milliseconds.
    expires_at_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    api_url: Option<String>,
}

impl StoredToken {
    /// A token issued now that expires after `lifetime`.
    pub fn new(access_token: impl Into<String>, lifetime: Duration) -> Self {
        let issued_at_ms = unix_ms(SystemTime::now());
        Self {
            access_token: access_token.into(),
            refresh_token: None,
            issued_at_ms,
            expires_at_ms: issued_at_ms.saturating_add(millis(lifetime)),
            scope: None,
            api_url: None,
        }
    }

    /// Sets the refresh token (user OAuth).
    pub fn with_refresh_token(mut self, refresh_token: impl Into<String>) -> Self {
        self.refresh_token = Some(refresh_token.into());
        self
    }

    /// Sets the granted scopes, space-separated as OAuth sends them.
    pub fn with_scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// Sets the API URL of the account's cluster, as the token answer gave it.
    pub fn with_api_url(mut self, api_url: impl Into<String>) -> Self {
        self.api_url = Some(api_url.into());
        self
    }

    /// The access token. Never log it.
    pub fn access_token(&self) -> &str {
        &self.access_token
    }

    /// The refresh token, for user OAuth. Never log it.
    pub fn refresh_token(&self) -> Option<&str> {
        self.refresh_token.as_deref()
    }

    /// The granted scopes.
    pub fn scope(&self) -> Option<&str> {
        self.scope.as_deref()
    }

    /// The `api_url` of the token answer.
    pub fn api_url(&self) -> Option<&str> {
        self.api_url.as_deref()
    }

    /// When the access token stops working.
    pub fn expires_at(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(self.expires_at_ms)
    }

    /// Whether the access token can still be used at `now` without being
    /// renewed first: the same rule as the in-process cache (renewed when
    /// less than a tenth of its lifetime, at most 5 minutes, is left), so
    /// every process agrees on when a shared token is due.
    pub(crate) fn is_fresh(&self, now: SystemTime) -> bool {
        let lifetime = self.expires_at_ms.saturating_sub(self.issued_at_ms);
        let margin = millis(super::auth::RENEWAL_MARGIN).min(lifetime / 10);
        unix_ms(now) < self.expires_at_ms.saturating_sub(margin)
    }

    /// The access token as the client uses it, with its expiry on this
    /// process's monotonic clock.
    pub(crate) fn to_access_token(&self) -> AccessToken {
        let left = self.expires_at().duration_since(SystemTime::now());
        let token = AccessToken::new(self.access_token.as_str())
            .with_expires_at(Instant::now() + left.unwrap_or(Duration::ZERO));
        match &self.api_url {
            Some(url) => token.with_api_url(url.as_str()),
            None => token,
        }
    }
}

impl fmt::Debug for StoredToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredToken")
            .field("access_token", &"***")
            .field("refresh_token", &self.refresh_token.as_ref().map(|_| "***"))
            .field("expires_at_ms", &self.expires_at_ms)
            .field("scope", &self.scope)
            .field("api_url", &self.api_url)
            .finish()
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

pub(crate) fn unix_ms(at: SystemTime) -> u64 {
    millis(at.duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO))
}

/// Keeps tokens where every process of a service (and the next start of
/// one) can read them, and lets one process at a time renew a token.
///
/// The client uses it in two ways: server-to-server credentials with
/// [`ClientBuilder::token_store`](crate::ClientBuilder::token_store) share
/// one token between processes, and user OAuth keeps each user's refresh
/// token in it. Renewal is single-flight across processes: a process takes
/// the key's lock (which expires on its own, so a process that dies while
/// holding it blocks the others for at most the lock's lifetime), checks
/// the store again, renews, saves and releases; the others wait and read
/// the saved token.
///
/// Failures are [`AuthError`]s of kind [`AuthErrorKind::Store`]
/// ([`AuthError::store`] builds one). Implementations must never log
/// tokens. [`MemoryTokenStore`] is the in-process implementation, and
/// `RedisStore` (feature `redis`) the shared one.
pub trait TokenStore: Send + Sync + 'static {
    /// The token saved under `key`, if any.
    fn load<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<StoredToken>, AuthError>>;

    /// Saves `token` under `key`, replacing what was there.
    fn save<'a>(
        &'a self,
        key: &'a str,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, Result<(), AuthError>>;

    /// Takes the renewal lock of `key` for `holder` unless someone else
    /// holds it; it lapses by itself after `ttl`. `true` when taken.
    fn try_lock<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<bool, AuthError>>;

    /// Releases the lock of `key` if `holder` still holds it.
    fn unlock<'a>(&'a self, key: &'a str, holder: &'a str) -> BoxFuture<'a, Result<(), AuthError>>;
}

impl AuthError {
    /// A token store failure: `what` says which step failed, `source` why.
    pub fn store(
        what: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        AuthError::new(what)
            .with_kind(AuthErrorKind::Store)
            .retryable(true)
            .with_source(source)
    }
}

/// A [`TokenStore`] in this process's memory: tokens are shared by every
/// client given the same store (clone it: clones share), and lost when the
/// process ends.
#[derive(Clone, Default)]
pub struct MemoryTokenStore {
    state: Arc<Mutex<MemoryState>>,
}

#[derive(Default)]
struct MemoryState {
    tokens: BTreeMap<String, StoredToken>,
    locks: BTreeMap<String, (String, Instant)>,
}

impl MemoryTokenStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&self) -> MutexGuard<'_, MemoryState> {
        // Every update is one map operation, so a panicking holder cannot
        // leave it half-done.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl fmt::Debug for MemoryTokenStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keys: Vec<String> = self.state().tokens.keys().cloned().collect();
        f.debug_struct("MemoryTokenStore")
            .field("keys", &keys)
            .finish()
    }
}

impl TokenStore for MemoryTokenStore {
    fn load<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<StoredToken>, AuthError>> {
        let found = self.state().tokens.get(key).cloned();
        Box::pin(async move { Ok(found) })
    }

    fn save<'a>(
        &'a self,
        key: &'a str,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        self.state().tokens.insert(key.to_owned(), token.clone());
        Box::pin(async { Ok(()) })
    }

    fn try_lock<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<bool, AuthError>> {
        let now = Instant::now();
        let mut state = self.state();
        let free = state.locks.get(key).is_none_or(|(_, until)| *until <= now);
        if free {
            state
                .locks
                .insert(key.to_owned(), (holder.to_owned(), now + ttl));
        }
        Box::pin(async move { Ok(free) })
    }

    fn unlock<'a>(&'a self, key: &'a str, holder: &'a str) -> BoxFuture<'a, Result<(), AuthError>> {
        let mut state = self.state();
        if state.locks.get(key).is_some_and(|(h, _)| h == holder) {
            state.locks.remove(key);
        }
        Box::pin(async { Ok(()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freshness_follows_the_renewal_margin() {
        let token = StoredToken::new("t", Duration::from_secs(3600));
        let issued = UNIX_EPOCH + Duration::from_millis(token.issued_at_ms);
        assert!(token.is_fresh(issued + Duration::from_secs(54 * 60)));
        assert!(!token.is_fresh(issued + Duration::from_secs(56 * 60)));
        let shown = format!("{:?}", token.clone().with_refresh_token("r-secret"));
        assert!(
            !shown.contains("r-secret") && !shown.contains("\"t\""),
            "{shown}"
        );
    }

    #[test]
    fn round_trips_as_json() {
        let token = StoredToken::new("a", Duration::from_secs(60))
            .with_refresh_token("r")
            .with_scope("user:read")
            .with_api_url("https://api-eu.zoom.us");
        let text = serde_json::to_string(&token).expect("serialises");
        let back: StoredToken = serde_json::from_str(&text).expect("parses");
        assert_eq!(back, token);
    }
}
