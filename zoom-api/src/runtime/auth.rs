//! Credentials, kept out of every `Debug` and `Display` output, and the
//! shared, single-flight token cache in front of token providers.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use reqwest::header::HeaderValue;

use crate::Error;
use crate::error::AuthError;

/// A value that must never be printed; `Debug` shows `***`.
#[derive(Clone)]
pub(crate) struct Secret<T>(T);

impl<T> Secret<T> {
    pub(crate) fn new(value: T) -> Self {
        Self(value)
    }

    pub(crate) fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// A boxed, `Send` future, as returned by [`TokenProvider::token`].
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// An OAuth access token, with its expiry when known.
///
/// `Debug` never shows the token itself. Tokens compare equal when their
/// values are equal, whatever their expiry.
#[derive(Clone)]
pub struct AccessToken {
    value: Arc<str>,
    expires_at: Option<Instant>,
    api_url: Option<Arc<str>>,
}

impl AccessToken {
    /// A token without a known expiry: the client uses it until Zoom
    /// rejects it as expired.
    pub fn new(value: impl Into<String>) -> Self {
        Self {
            value: Arc::from(value.into()),
            expires_at: None,
            api_url: None,
        }
    }

    /// Sets the API URL of the account's cluster, as Zoom's token answer
    /// gives it (`api_url`, e.g. `https://api-eu.zoom.us`). Unless the
    /// client was given a base URL, it sends requests there (see
    /// [`ClientBuilder::follow_api_url`](crate::ClientBuilder::follow_api_url)).
    pub fn with_api_url(mut self, api_url: impl Into<String>) -> Self {
        self.api_url = Some(Arc::from(api_url.into()));
        self
    }

    /// The `api_url` the token came with, if any.
    pub fn api_url(&self) -> Option<&str> {
        self.api_url.as_deref()
    }

    /// Sets the expiry to `lifetime` from now (OAuth's `expires_in`).
    pub fn with_expires_in(mut self, lifetime: Duration) -> Self {
        self.expires_at = Instant::now().checked_add(lifetime);
        self
    }

    /// Sets the expiry to `at`.
    pub fn with_expires_at(mut self, at: Instant) -> Self {
        self.expires_at = Some(at);
        self
    }

    /// When the token stops working, if known.
    pub fn expires_at(&self) -> Option<Instant> {
        self.expires_at
    }

    /// The token itself, to put in an `Authorization: Bearer` header.
    /// Never log it.
    pub fn secret(&self) -> &str {
        &self.value
    }
}

impl PartialEq for AccessToken {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl Eq for AccessToken {}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let expires_in = self
            .expires_at
            .map(|at| at.saturating_duration_since(Instant::now()));
        f.debug_struct("AccessToken")
            .field("value", &"***")
            .field("expires_in", &expires_in)
            .field("api_url", &self.api_url)
            .finish()
    }
}

/// A source of access tokens, for authentication schemes the builder does
/// not cover (user-level OAuth is built in: `UserOAuth`, feature
/// `user-oauth`); install it with
/// [`ClientBuilder::token_provider`](crate::ClientBuilder::token_provider).
///
/// The client caches the token it gets, shares it between all clones, and
/// calls [`token`](Self::token) again only when that token is within its
/// renewal margin (see [`ClientBuilder::token_provider`]), or after
/// [`invalidate`](Self::invalidate). Concurrent renewals are collapsed into
/// one call, so an implementation need not guard against parallel calls
/// from the same client, but it should return a *fresh* token when asked:
/// the client only asks when it has none it can use.
///
/// Zoom rotates refresh tokens: every refresh answers with a new refresh
/// token and the old one stops working. A user-OAuth provider must store the
/// newest refresh token (and persist it, if it must survive restarts) before
/// returning the access token, or the next refresh fails.
///
/// [`ClientBuilder::token_provider`]: crate::ClientBuilder::token_provider
///
/// ```no_run
/// use std::sync::Mutex;
/// use zoom_api::{AccessToken, AuthError, BoxFuture, Error, TokenProvider};
///
/// struct UserOAuth {
///     refresh_token: Mutex<String>,
/// }
///
/// impl TokenProvider for UserOAuth {
///     fn token(&self) -> BoxFuture<'_, Result<AccessToken, Error>> {
///         Box::pin(async move {
///             let current = self.refresh_token.lock().unwrap().clone();
///             // POST https://zoom.us/oauth/token?grant_type=refresh_token&refresh_token=...
///             let (access, refresh, expires_in) = exchange(&current)
///                 .await
///                 .map_err(|e| AuthError::new("the refresh token was rejected").with_source(e))?;
///             // Zoom has already revoked `current`: keep the new one.
///             *self.refresh_token.lock().unwrap() = refresh;
///             Ok(AccessToken::new(access).with_expires_in(expires_in))
///         })
///     }
/// }
/// # async fn exchange(_: &str) -> Result<(String, String, std::time::Duration), std::io::Error> {
/// #     unimplemented!()
/// # }
/// ```
pub trait TokenProvider: Send + Sync + 'static {
    /// Obtains an access token. Failures should be [`Error::Auth`], built
    /// from [`AuthError`]; any other error is wrapped into one.
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, Error>>;

    /// Called when Zoom rejected `failed` as invalid or expired (a 401 with
    /// code 124), before the client asks for a new token. Providers that
    /// keep their own copy of the token should drop it here. The default
    /// does nothing.
    fn invalidate(&self, failed: &AccessToken) {
        let _ = failed;
    }

    /// Replaces this provider's own secrets (a client secret, a refresh
    /// token) in `text` with `***`; the client calls it on every text an
    /// error is about to show from an answer, in case a server echoed
    /// them. The client already removes the access tokens it sent. The
    /// default changes nothing.
    fn redact(&self, text: &mut String) {
        let _ = text;
    }
}

/// The most time before expiry at which a token is renewed; tokens are
/// renewed when less than this, or 10% of their lifetime, remains, whichever
/// is less. For Zoom's one-hour tokens that is 55 minutes after issue.
pub(crate) const RENEWAL_MARGIN: Duration = Duration::from_secs(5 * 60);

/// How requests authenticate.
#[derive(Clone, Debug)]
pub(crate) enum Auth {
    None,
    /// The complete `Authorization` header value of a caller-managed token,
    /// marked sensitive. Nothing can renew it.
    Bearer(Secret<HeaderValue>),
    /// Tokens from a provider, cached and renewed.
    Provider(Arc<TokenCache>),
}

impl Auth {
    /// Validates a bearer token; the error text never contains the token.
    pub(crate) fn bearer(token: &str) -> Result<Self, String> {
        Ok(Self::Bearer(Secret::new(bearer_header(token)?)))
    }

    /// Replaces every credential this client knows in `text` with `***`.
    pub(crate) fn redact(&self, text: &mut String) {
        match self {
            Self::None => {}
            Self::Bearer(header) => {
                let value = header.expose().to_str().unwrap_or_default();
                super::redact::remove(text, value.strip_prefix("Bearer ").unwrap_or(value));
            }
            Self::Provider(cache) => cache.redact(text),
        }
    }
}

/// `Bearer <token>` as a sensitive header value; the error text never
/// contains the token.
pub(crate) fn bearer_header(token: &str) -> Result<HeaderValue, String> {
    if token.is_empty() {
        return Err("bearer token must not be empty".to_owned());
    }
    // Tokens are printable ASCII without spaces; anything else is a
    // copy-paste accident (often a trailing newline from a file).
    if !token.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(
            "bearer token contains whitespace, control or non-ASCII characters \
             (a trailing newline?)"
                .to_owned(),
        );
    }
    let mut value = HeaderValue::from_str(&format!("Bearer {token}"))
        .map_err(|_| "bearer token is not a valid HTTP header value".to_owned())?;
    // Keeps the value out of HTTP/2 header compression tables and logs.
    value.set_sensitive(true);
    Ok(value)
}

/// A token ready to use: the header is built once per token.
#[derive(Clone)]
pub(crate) struct CachedToken {
    pub(crate) token: AccessToken,
    pub(crate) header: HeaderValue,
    renew_at: Option<Instant>,
}

impl CachedToken {
    fn new(token: AccessToken, now: Instant) -> Result<Self, AuthError> {
        let header = bearer_header(token.secret()).map_err(|problem| {
            AuthError::new(format!(
                "the token provider returned an unusable token: {problem}"
            ))
        })?;
        let renew_at = token.expires_at.map(|expires_at| {
            let lifetime = expires_at.saturating_duration_since(now);
            let margin = RENEWAL_MARGIN.min(lifetime / 10);
            expires_at.checked_sub(margin).unwrap_or(expires_at)
        });
        Ok(Self {
            token,
            header,
            renew_at,
        })
    }

    fn is_fresh(&self, now: Instant) -> bool {
        self.renew_at.is_none_or(|at| now < at)
    }
}

/// The token shared by all clones of a client, renewed by one task at a
/// time.
pub(crate) struct TokenCache {
    provider: Arc<dyn TokenProvider>,
    /// What the provider is, for `Debug` (it need not implement `Debug`).
    kind: ProviderKind,
    state: Mutex<CacheState>,
    /// Held while asking the provider, so concurrent callers wait for that
    /// one answer instead of each asking.
    renewal: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct CacheState {
    current: Option<CachedToken>,
    /// Counts finished renewals, so a caller that waited for someone else's
    /// renewal can tell that it happened.
    renewals: u64,
    /// The failure of the latest renewal, handed to callers that were
    /// waiting for it rather than asking again.
    failure: Option<AuthError>,
}

/// Describes a provider in `Debug` output without exposing anything.
#[derive(Clone)]
pub(crate) enum ProviderKind {
    ServerToServer {
        account_id: String,
        client_id: String,
        token_url: String,
        /// Whether the token lives in a shared store.
        shared: bool,
    },
    /// A `UserOAuth`'s own `Debug` (which shows no secret).
    #[cfg_attr(not(feature = "user-oauth"), allow(dead_code))]
    UserOAuth(String),
    Custom,
}

impl fmt::Debug for ProviderKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ServerToServer {
                account_id,
                client_id,
                token_url,
                shared,
            } => f
                .debug_struct("ServerToServer")
                .field("account_id", account_id)
                .field("client_id", client_id)
                .field("client_secret", &"***")
                .field("token_url", token_url)
                .field("shared", shared)
                .finish(),
            Self::UserOAuth(shown) => f.write_str(shown),
            Self::Custom => f.write_str("TokenProvider(..)"),
        }
    }
}

impl CacheState {
    /// The current token if it has not expired (it may be within its
    /// renewal margin).
    fn unexpired(&self) -> Option<CachedToken> {
        let now = Instant::now();
        self.current
            .as_ref()
            .filter(|cached| cached.token.expires_at.is_some_and(|at| now < at))
            .cloned()
    }
}

impl TokenCache {
    pub(crate) fn new(provider: Arc<dyn TokenProvider>, kind: ProviderKind) -> Self {
        Self {
            provider,
            kind,
            state: Mutex::new(CacheState::default()),
            renewal: tokio::sync::Mutex::new(()),
        }
    }

    fn state(&self) -> MutexGuard<'_, CacheState> {
        // The state stays consistent even if a holder panicked: every
        // update is a single assignment.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A token that is not within its renewal margin, renewing it first if
    /// needed. Only one renewal runs at a time; callers arriving meanwhile
    /// share its result, success or failure. When a renewal fails while the
    /// current token has not actually expired yet, that token is used (the
    /// next call tries to renew again), so a token endpoint outage during
    /// the renewal margin goes unnoticed by callers.
    pub(crate) async fn get(&self) -> Result<CachedToken, AuthError> {
        let seen = {
            let state = self.state();
            match &state.current {
                Some(token) if token.is_fresh(Instant::now()) => return Ok(token.clone()),
                _ => state.renewals,
            }
        };
        let _renewing = self.renewal.lock().await;
        {
            let state = self.state();
            if let Some(token) = &state.current
                && token.is_fresh(Instant::now())
            {
                return Ok(token.clone());
            }
            if state.renewals != seen
                && let Some(failure) = &state.failure
            {
                return state.unexpired().ok_or_else(|| failure.clone());
            }
        }
        tracing::debug!("requesting an access token");
        let outcome = match self.provider.token().await {
            Ok(token) => CachedToken::new(token, Instant::now()),
            Err(error) => Err(AuthError::from_provider(error)),
        };
        let mut state = self.state();
        state.renewals += 1;
        match outcome {
            Ok(token) => {
                state.current = Some(token.clone());
                state.failure = None;
                Ok(token)
            }
            Err(failure) => {
                state.failure = Some(failure.clone());
                let fallback = state.unexpired();
                if fallback.is_some() {
                    tracing::debug!(
                        error = %failure,
                        "token renewal failed; using the current token until it expires"
                    );
                }
                fallback.ok_or(failure)
            }
        }
    }

    /// Drops `failed` if it is still the cached token, so the next
    /// [`get`](Self::get) renews it. A token already replaced (by a
    /// concurrent request that got the same rejection) is left alone, so
    /// concurrent 401s cause one renewal, not one each.
    /// Removes the cached token and the provider's secrets from `text`.
    pub(crate) fn redact(&self, text: &mut String) {
        let cached = self.state().current.as_ref().map(|c| c.token.clone());
        if let Some(token) = cached {
            super::redact::remove(text, token.secret());
        }
        self.provider.redact(text);
    }

    pub(crate) fn invalidate(&self, failed: &AccessToken) {
        let dropped = {
            let mut state = self.state();
            let is_current = state
                .current
                .as_ref()
                .is_some_and(|cached| cached.token == *failed);
            if is_current {
                state.current = None;
            }
            is_current
        };
        if dropped {
            self.provider.invalidate(failed);
        }
    }
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.state();
        let cached = state.current.as_ref().map(|c| &c.token);
        f.debug_struct("TokenCache")
            .field("provider", &self.kind)
            .field("token", &cached)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renewal_margin_is_the_smaller_of_five_minutes_and_a_tenth() {
        let now = Instant::now();
        let renew_after = |lifetime: Duration| {
            let token = AccessToken::new("t").with_expires_at(now + lifetime);
            let cached = CachedToken::new(token, now).expect("valid token");
            cached.renew_at.expect("has expiry") - now
        };
        let hour = Duration::from_secs(3600);
        assert_eq!(renew_after(hour), Duration::from_secs(55 * 60));
        assert_eq!(
            renew_after(Duration::from_secs(60)),
            Duration::from_secs(54)
        );
        assert_eq!(
            renew_after(Duration::from_secs(1)),
            Duration::from_millis(900)
        );
        let forever = CachedToken::new(AccessToken::new("t"), now).expect("valid");
        assert!(forever.is_fresh(now + hour * 1000));
    }

    #[test]
    fn debug_hides_the_token() {
        let token = AccessToken::new("s3cr3t-value").with_expires_in(Duration::from_secs(60));
        let shown = format!("{token:?}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains("expires_in"));
        assert_eq!(token, AccessToken::new("s3cr3t-value"));
        assert!(CachedToken::new(AccessToken::new("bad token"), Instant::now()).is_err());
    }
}
