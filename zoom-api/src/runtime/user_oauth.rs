//! User-level OAuth: the authorization-code flow with PKCE (S256), and
//! refreshing with Zoom's rotating refresh tokens, kept in a
//! [`TokenStore`].

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::Url;
use ring::rand::{SecureRandom, SystemRandom};
use tracing::Instrument;

use super::auth::{BoxFuture, Secret, TokenProvider};
use super::shared_token::{DEFAULT_LOCK_TTL, Renew, Shared};
use super::token_endpoint::{DEFAULT_TOKEN_URL, TokenEndpoint};
use super::token_store::{MemoryTokenStore, StoredToken, TokenStore};
use crate::Error;
use crate::error::{AuthError, AuthErrorKind};

/// Zoom's authorization page.
const DEFAULT_AUTHORIZE_URL: &str = "https://zoom.us/oauth/authorize";

/// A user-level OAuth app acting for one user: builds the authorization
/// link, exchanges the code Zoom sends back, and refreshes the tokens.
///
/// Zoom rotates refresh tokens: every refresh answers a new one and the old
/// one stops working. The new tokens are saved in the [`TokenStore`]
/// before the access token is used, and with a shared store (say,
/// `RedisStore`) one process refreshes while the others wait for its
/// result, so no two refreshes race for the same refresh token. When the
/// authorization is gone (revoked, expired, or never made), calls fail
/// with an [`AuthError`] of kind [`AuthErrorKind::AuthorizeAgain`].
///
/// Clones share everything. Install it with
/// [`ClientBuilder::user_oauth`](crate::ClientBuilder::user_oauth).
#[derive(Clone)]
pub struct UserOAuth {
    shared: Arc<Shared<Refresh>>,
}

/// Refreshes a user's tokens at the token endpoint.
struct Refresh {
    endpoint: TokenEndpoint,
    authorize_url: String,
    redirect_uri: String,
}

/// Configures a [`UserOAuth`].
pub struct UserOAuthBuilder {
    client_id: String,
    client_secret: Secret<String>,
    redirect_uri: String,
    store: Arc<dyn TokenStore>,
    key: Option<String>,
    authorize_url: String,
    token_url: String,
    http: Option<reqwest::Client>,
    timeout: Option<Duration>,
    allow_insecure_http: bool,
    lock_ttl: Duration,
}

/// The start of one authorization: send the user to [`url`](Self::url),
/// and keep [`state`](Self::state) and [`code_verifier`](Self::code_verifier)
/// (in the user's session, say) until Zoom redirects back.
pub struct Authorization {
    url: String,
    state: Secret<String>,
    verifier: Secret<String>,
}

impl UserOAuth {
    /// Starts configuring an app with its client credentials and the
    /// redirect URI registered for it.
    pub fn builder(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        redirect_uri: impl Into<String>,
    ) -> UserOAuthBuilder {
        UserOAuthBuilder {
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret.into()),
            redirect_uri: redirect_uri.into(),
            store: Arc::new(MemoryTokenStore::new()),
            key: None,
            authorize_url: DEFAULT_AUTHORIZE_URL.to_owned(),
            token_url: DEFAULT_TOKEN_URL.to_owned(),
            http: None,
            timeout: None,
            allow_insecure_http: false,
            lock_ttl: DEFAULT_LOCK_TTL,
        }
    }

    /// A new authorization link, with a fresh random `state` and PKCE
    /// verifier (its S256 challenge is in the link).
    pub fn authorization(&self) -> Result<Authorization, Error> {
        let state = random_token(16)?;
        let verifier = random_token(32)?;
        let challenge = URL_SAFE_NO_PAD.encode(ring::digest::digest(
            &ring::digest::SHA256,
            verifier.as_bytes(),
        ));
        let refresh = self.shared.renewer();
        let mut url = Url::parse(&refresh.authorize_url).map_err(|_| Error::InvalidConfig {
            message: "authorize URL is not a valid URL".to_owned(),
        })?;
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &refresh.endpoint.client_id)
            .append_pair("redirect_uri", &refresh.redirect_uri)
            .append_pair("state", &state)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        Ok(Authorization {
            url: url.into(),
            state: Secret::new(state),
            verifier: Secret::new(verifier),
        })
    }

    /// Exchanges the `code` Zoom's redirect carried for tokens, and saves
    /// them in the store (replacing any earlier authorization of this
    /// key). `code_verifier` is the [`Authorization`]'s.
    pub async fn exchange(&self, code: &str, code_verifier: &str) -> Result<(), Error> {
        let refresh = self.shared.renewer();
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", refresh.redirect_uri.as_str()),
            ("code_verifier", code_verifier),
        ];
        let span = token_span("authorization_code");
        let token = refresh
            .endpoint
            .request(&[], &form, &[code, code_verifier])
            .instrument(span)
            .await?;
        if token.refresh_token().is_none() {
            return Err(
                AuthError::new("the token endpoint's answer has no refresh_token")
                    .with_kind(AuthErrorKind::InvalidAnswer)
                    .into(),
            );
        }
        self.shared
            .store()
            .save(self.shared.key(), &token)
            .await
            .map_err(Error::from)
    }

    /// The store key this user's tokens live under.
    pub fn key(&self) -> &str {
        self.shared.key()
    }

    pub(crate) fn provider(&self) -> Arc<dyn TokenProvider> {
        self.shared.clone()
    }
}

impl Renew for Refresh {
    fn renew<'a>(
        &'a self,
        current: Option<&'a StoredToken>,
    ) -> BoxFuture<'a, Result<StoredToken, AuthError>> {
        Box::pin(async move {
            let Some(refresh) = current.and_then(StoredToken::refresh_token) else {
                return Err(AuthError::new("no refresh token is stored for this user")
                    .with_kind(AuthErrorKind::AuthorizeAgain));
            };
            let form = [("grant_type", "refresh_token"), ("refresh_token", refresh)];
            let token = self
                .endpoint
                .request(&[], &form, &[refresh])
                .instrument(token_span("refresh_token"))
                .await?;
            // Zoom always sends the rotated one; a server that does not
            // rotate keeps the current one valid.
            Ok(match token.refresh_token() {
                Some(_) => token,
                None => token.with_refresh_token(refresh),
            })
        })
    }

    fn redact(&self, text: &mut String) {
        self.endpoint.redact(text, &[]);
    }
}

fn token_span(grant_type: &'static str) -> tracing::Span {
    tracing::debug_span!("zoom_api.token", grant_type, status = tracing::field::Empty)
}

/// `bytes` random bytes from the OS, base64url without padding.
fn random_token(bytes: usize) -> Result<String, Error> {
    let mut buffer = vec![0u8; bytes];
    SystemRandom::new()
        .fill(&mut buffer)
        .map_err(|_| no_randomness())?;
    Ok(URL_SAFE_NO_PAD.encode(buffer))
}

/// The OS gave no random bytes (state, verifiers and keys need them).
fn no_randomness() -> Error {
    Error::InvalidConfig {
        message: "the system random number generator failed".to_owned(),
    }
}

impl UserOAuthBuilder {
    /// Where the tokens are kept; defaults to a [`MemoryTokenStore`] (lost
    /// on restart, so the user would have to authorize again).
    pub fn store(mut self, store: Arc<dyn TokenStore>) -> Self {
        self.store = store;
        self
    }

    /// The store key of this user's tokens (one per user of a multi-user
    /// app, e.g. your own user id); defaults to `user:<client_id>`.
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Zoom's authorization page; defaults to `https://zoom.us/oauth/authorize`.
    pub fn authorize_url(mut self, url: impl Into<String>) -> Self {
        self.authorize_url = url.into();
        self
    }

    /// The token endpoint; defaults to `https://zoom.us/oauth/token`.
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = url.into();
        self
    }

    /// The HTTP client for token requests; by default one like the API
    /// client's (30 s timeout, no redirects).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Time allowed per token request; defaults to 30 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Allows plain `http` URLs for non-loopback hosts. Off by default.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// How long one process may hold the refresh lock of a shared store
    /// before the others take over; defaults to 15 s.
    pub fn lock_ttl(mut self, ttl: Duration) -> Self {
        self.lock_ttl = ttl;
        self
    }

    /// Checks the configuration.
    pub fn build(self) -> Result<UserOAuth, Error> {
        let config = |message: String| Error::InvalidConfig { message };
        for (field, value) in [
            ("client_id", &self.client_id),
            ("client_secret", self.client_secret.expose()),
        ] {
            crate::client::check_credential("user OAuth", field, value).map_err(config)?;
        }
        if self.redirect_uri.is_empty() {
            return Err(config(
                "user OAuth redirect_uri must not be empty".to_owned(),
            ));
        }
        let insecure = self.allow_insecure_http;
        let authorize_url =
            super::normalise_url("authorize URL", &self.authorize_url, insecure).map_err(config)?;
        let token_url =
            super::normalise_url("token URL", &self.token_url, insecure).map_err(config)?;
        let (http, timeout) =
            crate::client::http_client(self.http, self.timeout, None).map_err(config)?;
        let key = self
            .key
            .unwrap_or_else(|| format!("user:{}", self.client_id));
        let endpoint = TokenEndpoint {
            http,
            url: token_url,
            client_id: self.client_id,
            client_secret: self.client_secret,
            timeout,
            user_agent: crate::client::default_user_agent(),
        };
        let refresh = Refresh {
            endpoint,
            authorize_url,
            redirect_uri: self.redirect_uri,
        };
        Ok(UserOAuth {
            shared: Arc::new(Shared::new(refresh, self.store, key, self.lock_ttl)),
        })
    }
}

impl Authorization {
    /// Where to send the user.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The `state` Zoom's redirect must carry back.
    pub fn state(&self) -> &str {
        self.state.expose()
    }

    /// The PKCE verifier to pass to [`UserOAuth::exchange`]. Keep it
    /// private to the user's session.
    pub fn code_verifier(&self) -> &str {
        self.verifier.expose()
    }

    /// Checks the `state` of Zoom's redirect against this authorization's;
    /// a mismatch means the redirect is not the answer to this
    /// authorization (possibly forged). The comparison is ring's
    /// constant-time HMAC check, under a key made for it.
    pub fn check_state(&self, returned: &str) -> Result<(), Error> {
        use ring::hmac;
        let key = hmac::Key::generate(hmac::HMAC_SHA256, &SystemRandom::new())
            .map_err(|_| no_randomness())?;
        let expected = hmac::sign(&key, self.state.expose().as_bytes());
        hmac::verify(&key, returned.as_bytes(), expected.as_ref()).map_err(|_| {
            AuthError::new("the redirect's state does not match the authorization's")
                .with_kind(AuthErrorKind::AuthorizeAgain)
                .into()
        })
    }
}

impl fmt::Debug for UserOAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let refresh = self.shared.renewer();
        f.debug_struct("UserOAuth")
            .field("client_id", &refresh.endpoint.client_id)
            .field("client_secret", &"***")
            .field("redirect_uri", &refresh.redirect_uri)
            .field("key", &self.shared.key())
            .finish()
    }
}

impl fmt::Debug for Authorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Authorization")
            .field("url", &"<contains the state>")
            .field("state", &"***")
            .field("code_verifier", &"***")
            .finish()
    }
}

impl fmt::Debug for UserOAuthBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserOAuthBuilder")
            .field("client_id", &self.client_id)
            .field("client_secret", &"***")
            .field("redirect_uri", &self.redirect_uri)
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}
