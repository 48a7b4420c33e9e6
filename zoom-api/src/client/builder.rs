//! Configuring a [`Client`]: credentials, where tokens and the rate budget
//! are shared, timeouts and retries.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::Client;
use super::config::{http_client, server_to_server_auth, token_url_of, user_agent_header};
use crate::Error;
use crate::generated::DEFAULT_BASE_URL;
use crate::runtime::{
    self, Auth, DEFAULT_LOCK_TTL, Inner, Pacer, Pacing, ProviderKind, Regional, RetryPolicy,
    Secret, ServerToServer, TokenCache, TokenEndpoint, TokenProvider, TokenStore,
};

/// Configures a [`Client`]; obtained from [`Client::builder`] or
/// [`ClientBuilder::from_env`].
pub struct ClientBuilder {
    base_url: Option<String>,
    credentials: Credentials,
    token_url: Option<String>,
    token_store: Option<Arc<dyn TokenStore>>,
    lock_ttl: Duration,
    pacing: Option<Pacing>,
    follow_api_url: bool,
    retry: RetryPolicy,
    http: Option<reqwest::Client>,
    user_agent: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    allow_insecure_http: bool,
}

/// How the client authenticates; the last builder call wins.
enum Credentials {
    None,
    Bearer(Secret<String>),
    ServerToServer {
        account_id: String,
        client_id: String,
        client_secret: Secret<String>,
    },
    Provider(Arc<dyn TokenProvider>),
    #[cfg(feature = "user-oauth")]
    UserOAuth(crate::UserOAuth),
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::None => f.write_str("None"),
            Self::Bearer(token) => f.debug_tuple("Bearer").field(token).finish(),
            Self::ServerToServer {
                account_id,
                client_id,
                client_secret,
            } => f
                .debug_struct("ServerToServer")
                .field("account_id", account_id)
                .field("client_id", client_id)
                .field("client_secret", client_secret)
                .finish(),
            Self::Provider(_) => f.write_str("TokenProvider(..)"),
            #[cfg(feature = "user-oauth")]
            Self::UserOAuth(oauth) => oauth.fmt(f),
        }
    }
}

/// Environment variables read by [`ClientBuilder::from_env`].
const ENV_ACCOUNT_ID: &str = "ZOOM_ACCOUNT_ID";
const ENV_CLIENT_ID: &str = "ZOOM_CLIENT_ID";
const ENV_CLIENT_SECRET: &str = "ZOOM_CLIENT_SECRET";
const ENV_BASE_URL: &str = "ZOOM_BASE_URL";
const ENV_TOKEN_URL: &str = "ZOOM_TOKEN_URL";

impl ClientBuilder {
    pub(super) fn new() -> Self {
        Self {
            base_url: None,
            credentials: Credentials::None,
            token_url: None,
            token_store: None,
            lock_ttl: DEFAULT_LOCK_TTL,
            pacing: None,
            follow_api_url: true,
            retry: RetryPolicy::default(),
            http: None,
            user_agent: None,
            timeout: None,
            connect_timeout: None,
            allow_insecure_http: false,
        }
    }

    /// A builder with server-to-server OAuth credentials from the
    /// environment: `ZOOM_ACCOUNT_ID`, `ZOOM_CLIENT_ID` and
    /// `ZOOM_CLIENT_SECRET` are required, `ZOOM_BASE_URL` and
    /// `ZOOM_TOKEN_URL` optional. Other options can still be set before
    /// [`build`](Self::build).
    ///
    /// Fails with [`Error::InvalidConfig`] naming every required variable
    /// that is unset, empty or not valid Unicode.
    pub fn from_env() -> Result<ClientBuilder, Error> {
        Self::from_env_with(|name| std::env::var(name).ok())
    }

    /// Like [`from_env`](Self::from_env), but reads each variable through
    /// `lookup` (which returns `None` for an unset one): for tests, or for
    /// a secret store.
    pub fn from_env_with(lookup: impl Fn(&str) -> Option<String>) -> Result<ClientBuilder, Error> {
        let read = |name: &str| lookup(name).filter(|value| !value.is_empty());
        let required =
            [ENV_ACCOUNT_ID, ENV_CLIENT_ID, ENV_CLIENT_SECRET].map(|name| (name, read(name)));
        let missing: Vec<&str> = required
            .iter()
            .filter(|(_, value)| value.is_none())
            .map(|(name, _)| *name)
            .collect();
        if !missing.is_empty() {
            let (noun, verb) = if missing.len() == 1 {
                ("variable", "is")
            } else {
                ("variables", "are")
            };
            return Err(Error::InvalidConfig {
                message: format!(
                    "environment {noun} {} {verb} not set or empty",
                    missing.join(", ")
                ),
            });
        }
        let [account_id, client_id, client_secret] =
            required.map(|(_, value)| value.unwrap_or_default());
        let mut builder = Client::builder().server_to_server(account_id, client_id, client_secret);
        if let Some(url) = read(ENV_BASE_URL) {
            builder = builder.base_url(url);
        }
        if let Some(url) = read(ENV_TOKEN_URL) {
            builder = builder.token_url(url);
        }
        Ok(builder)
    }

    /// API base URL; defaults to `https://api.zoom.us/v2`. A trailing slash
    /// is ignored. Must be `https`, except for loopback hosts or with
    /// [`allow_insecure_http`](Self::allow_insecure_http).
    ///
    /// Setting it also stops the client from following the `api_url` of
    /// its tokens (see [`follow_api_url`](Self::follow_api_url)).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Whether requests go to the cluster Zoom's token answer names
    /// (`api_url`, e.g. `https://api-eu.zoom.us` gives
    /// `https://api-eu.zoom.us/v2`); on by default, and only when no
    /// [`base_url`](Self::base_url) was set. Only `https` hosts under
    /// Zoom's domains are followed; any other value is ignored with a
    /// `tracing` warning and requests stay on `https://api.zoom.us/v2`.
    pub fn follow_api_url(mut self, follow: bool) -> Self {
        self.follow_api_url = follow;
        self
    }

    /// Keeps the server-to-server token in `store` (e.g. `RedisStore`,
    /// feature `redis`), so that every process with the same credentials
    /// and store shares one token: one token request however many
    /// processes need one, the others reading what it saved. Renewal takes
    /// the store's lock for the credentials, which lapses after
    /// [`token_lock_ttl`](Self::token_lock_ttl), so a process that dies
    /// mid-renewal delays the others by at most that. Each process still
    /// caches the token in memory.
    pub fn token_store(mut self, store: Arc<dyn TokenStore>) -> Self {
        self.token_store = Some(store);
        self
    }

    /// How long the shared renewal lock lives; defaults to 15 s. Longer
    /// than a token request takes, short enough to recover from a crashed
    /// holder soon.
    pub fn token_lock_ttl(mut self, ttl: Duration) -> Self {
        self.lock_ttl = ttl;
        self
    }

    /// Paces requests by Zoom's rate-limit categories; see [`Pacing`]. Off
    /// by default: without it every call is sent at once, and 429s are
    /// handled by the [retry policy](Self::retry_policy) alone.
    pub fn pacing(mut self, pacing: Pacing) -> Self {
        self.pacing = Some(pacing);
        self
    }

    /// Authenticates as the user of a [`UserOAuth`](crate::UserOAuth)
    /// app, refreshing its rotating tokens as they expire.
    #[cfg(feature = "user-oauth")]
    pub fn user_oauth(mut self, oauth: crate::UserOAuth) -> Self {
        self.credentials = Credentials::UserOAuth(oauth);
        self
    }

    /// Authenticates every request with `Authorization: Bearer <token>`, a
    /// token you manage. Nothing can renew it: when Zoom rejects it, the
    /// call fails with a 401 [`Error::Api`].
    ///
    /// Replaces credentials set earlier, as do
    /// [`server_to_server`](Self::server_to_server) and
    /// [`token_provider`](Self::token_provider).
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.credentials = Credentials::Bearer(Secret::new(token.into()));
        self
    }

    /// Authenticates with a server-to-server OAuth app: the client fetches
    /// tokens from the [token URL](Self::token_url) with the
    /// `account_credentials` grant and HTTP Basic `client_id:client_secret`.
    ///
    /// The token is shared by all clones of the client and reused until
    /// less than 10% of its lifetime, at most 5 minutes, remains (55 minutes
    /// into Zoom's one-hour tokens); then the next call renews it, and calls
    /// arriving meanwhile wait for that one renewal. If the renewal fails
    /// while the token has not expired yet, the call goes ahead with it and
    /// the next call tries again. When Zoom answers 401 with code 124
    /// (invalid or expired token), the client renews the token and sends
    /// the request once more; a second 401 is returned.
    ///
    /// Failures to get a token are [`Error::Auth`], carrying Zoom's reason.
    /// The token request is not retried by the [retry
    /// policy](Self::retry_policy); it gets the same [timeout](Self::timeout).
    pub fn server_to_server(
        mut self,
        account_id: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.credentials = Credentials::ServerToServer {
            account_id: account_id.into(),
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret.into()),
        };
        self
    }

    /// The OAuth token endpoint for [`server_to_server`](Self::server_to_server);
    /// defaults to `https://zoom.us/oauth/token` (Zoom for Government has
    /// its own). Must be `https`, except for loopback hosts or with
    /// [`allow_insecure_http`](Self::allow_insecure_http), and must not
    /// have a query string.
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }

    /// Authenticates with tokens from `provider`, e.g. a user-level OAuth
    /// app that refreshes its own tokens.
    ///
    /// The client caches the token, shares it between clones and asks the
    /// provider again only when less than 10% of the token's lifetime (at
    /// most 5 minutes) remains, or after Zoom rejected it with 401 code 124
    /// (calling [`TokenProvider::invalidate`] first and sending the request
    /// once more). A token without an expiry is used until Zoom rejects it.
    /// Concurrent renewals are collapsed into one call.
    pub fn token_provider(mut self, provider: Arc<dyn TokenProvider>) -> Self {
        self.credentials = Credentials::Provider(provider);
        self
    }

    /// How failed requests are retried; defaults to
    /// [`RetryPolicy::default`]. [`RetryPolicy::none`] turns retries off.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Uses your own `reqwest::Client` (proxies, TLS settings, ...).
    ///
    /// Its own settings then apply, including its redirect policy (the
    /// client this crate builds follows no redirects) and its timeouts: the
    /// 30 s default is not added. An explicit [`timeout`](Self::timeout) is
    /// applied per request; [`connect_timeout`](Self::connect_timeout) cannot
    /// be, and makes [`build`](Self::build) fail.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// `User-Agent` header; defaults to `zoom-api-rs/<crate version>`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Total time allowed per attempt, body included; defaults to 30 s.
    /// Retries each get this much again; token requests get it too.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time allowed to establish a connection; defaults to 10 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Allows plain `http` base and token URLs for non-loopback hosts,
    /// which sends credentials in clear text. Off by default.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Checks the configuration and creates the client.
    ///
    /// Fails with [`Error::InvalidConfig`] for an unusable base or token
    /// URL, an empty or malformed token or credential, or an invalid user
    /// agent. Nothing is sent yet: the first token is fetched by the first
    /// call.
    pub fn build(self) -> Result<Client, Error> {
        let config = |message: String| Error::InvalidConfig { message };
        let base_url = self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL);
        let base_url =
            runtime::normalise_base_url(base_url, self.allow_insecure_http).map_err(config)?;
        let server_to_server = matches!(self.credentials, Credentials::ServerToServer { .. });
        for (set, what) in [
            (self.token_url.is_some(), "token_url"),
            (self.token_store.is_some(), "token_store"),
        ] {
            if set && !server_to_server {
                return Err(config(format!(
                    "{what} is only used with server_to_server credentials"
                )));
            }
        }
        let user_agent = user_agent_header(self.user_agent).map_err(config)?;
        let (http, request_timeout) =
            http_client(self.http, self.timeout, self.connect_timeout).map_err(config)?;
        let auth = match self.credentials {
            Credentials::None => Auth::None,
            Credentials::Bearer(token) => Auth::bearer(token.expose()).map_err(config)?,
            Credentials::Provider(provider) => {
                Auth::Provider(Arc::new(TokenCache::new(provider, ProviderKind::Custom)))
            }
            #[cfg(feature = "user-oauth")]
            Credentials::UserOAuth(oauth) => {
                let kind = ProviderKind::UserOAuth(format!("{oauth:?}"));
                Auth::Provider(Arc::new(TokenCache::new(oauth.provider(), kind)))
            }
            Credentials::ServerToServer {
                account_id,
                client_id,
                client_secret,
            } => {
                let endpoint = TokenEndpoint {
                    http: http.clone(),
                    url: token_url_of(self.token_url.as_deref(), self.allow_insecure_http)?,
                    client_id,
                    client_secret,
                    timeout: request_timeout,
                    user_agent: user_agent.clone(),
                };
                let provider = ServerToServer {
                    endpoint,
                    account_id,
                };
                server_to_server_auth(provider, self.token_store, self.lock_ttl).map_err(config)?
            }
        };
        let follow = self.follow_api_url && self.base_url.is_none();
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                auth,
                user_agent,
                request_timeout,
                retry: self.retry,
                pacer: self.pacing.map(Pacer::new),
                regional: follow.then(Regional::default),
            }),
        })
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field(
                "base_url",
                &self.base_url.as_deref().map(runtime::redacted_base_url),
            )
            .field("credentials", &self.credentials)
            .field(
                "token_url",
                &self.token_url.as_deref().map(runtime::redacted_base_url),
            )
            .field("token_store", &self.token_store.is_some())
            .field("lock_ttl", &self.lock_ttl)
            .field("pacing", &self.pacing)
            .field("follow_api_url", &self.follow_api_url)
            .field("retry", &self.retry)
            .field("custom_http_client", &self.http.is_some())
            .field("user_agent", &self.user_agent)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn from_env_names_what_is_missing() {
        let message = |vars: &[(&str, &str)]| match ClientBuilder::from_env_with(env(vars)) {
            Err(Error::InvalidConfig { message }) => message,
            other => panic!("expected InvalidConfig, got {other:?}"),
        };
        assert_eq!(
            message(&[]),
            "environment variables ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET \
             are not set or empty"
        );
        assert_eq!(
            message(&[
                ("ZOOM_ACCOUNT_ID", "a"),
                ("ZOOM_CLIENT_ID", "c"),
                ("ZOOM_CLIENT_SECRET", "")
            ]),
            "environment variable ZOOM_CLIENT_SECRET is not set or empty"
        );
    }
}
