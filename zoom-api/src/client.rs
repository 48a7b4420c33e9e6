//! The client handle and its builder.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;
use serde::de::DeserializeOwned;

use crate::Error;
use crate::runtime::{
    self, Auth, BodyUse, Inner, ProviderKind, Request, Response, RetryPolicy, Secret,
    ServerToServer, TokenCache, TokenProvider,
};

use crate::generated::DEFAULT_BASE_URL;
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A Zoom API client.
///
/// Cloning is cheap and clones share connections, the cached access token
/// and its renewal, so build one and pass it around. Successful response
/// bodies are read up to 16 MiB; a larger body fails with [`Error::Decode`].
///
/// Every call runs in a `tracing` span `zoom_api.request` with the
/// operation id, the method and the path *template* (the filled path may
/// hold an email address), recording the final status, the number of
/// attempts and the duration; each retry logs a debug event with its reason
/// and wait.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder {
            base_url: DEFAULT_BASE_URL.to_owned(),
            credentials: Credentials::None,
            token_url: None,
            retry: RetryPolicy::default(),
            http: None,
            user_agent: None,
            timeout: None,
            connect_timeout: None,
            allow_insecure_http: false,
        }
    }

    /// A client with server-to-server OAuth credentials from the
    /// environment; see [`ClientBuilder::from_env`].
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env()?.build()
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// A file Zoom gives out by URL, such as a recording file's
    /// `download_url`, streamed as it arrives:
    ///
    /// ```no_run
    /// # async fn demo(client: zoom_api::Client, url: &str) -> Result<(), zoom_api::Error> {
    /// let file = client.download(url).send().await?;
    /// let size = file
    ///     .on_progress(|got, total| eprintln!("{got} of {total:?} bytes"))
    ///     .save("recording.mp4")
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn download(&self, url: impl Into<String>) -> runtime::FileRequest {
        runtime::FileRequest::new(self.clone(), url.into())
    }

    // Raw access for tests of the runtime: generated operations go through
    // `runtime::send` instead.

    /// Sends `request` and decodes a 2xx JSON answer as `T`.
    #[doc(hidden)]
    pub async fn send_json<T: DeserializeOwned>(&self, request: Request) -> Result<T, Error> {
        let operation = request.operation().id;
        let raw = self.inner.execute(request, BodyUse::Json).await?;
        runtime::decode_json(operation, &raw)
    }

    /// Sends `request` and accepts any 2xx answer, ignoring its body.
    #[doc(hidden)]
    pub async fn send_empty(&self, request: Request) -> Result<(), Error> {
        self.inner.execute(request, BodyUse::Ignore).await.map(drop)
    }

    /// Like [`send_json`](Self::send_json), keeping status and headers.
    #[doc(hidden)]
    pub async fn send_json_with_response<T: DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<Response<T>, Error> {
        let operation = request.operation().id;
        let raw = self.inner.execute(request, BodyUse::Json).await?;
        let body = runtime::decode_json(operation, &raw)?;
        Ok(Response::new(raw.status, raw.headers, body))
    }

    /// Like [`send_empty`](Self::send_empty), keeping status and headers.
    #[doc(hidden)]
    pub async fn send_empty_with_response(&self, request: Request) -> Result<Response<()>, Error> {
        let raw = self.inner.execute(request, BodyUse::Ignore).await?;
        Ok(Response::new(raw.status, raw.headers, ()))
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("auth", &self.inner.auth)
            .field("user_agent", &self.inner.user_agent)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

/// Configures a [`Client`]; obtained from [`Client::builder`] or
/// [`ClientBuilder::from_env`].
pub struct ClientBuilder {
    base_url: String,
    credentials: Credentials,
    token_url: Option<String>,
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
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
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
        let base_url = runtime::normalise_base_url(&self.base_url, self.allow_insecure_http)
            .map_err(config)?;
        if self.token_url.is_some()
            && !matches!(self.credentials, Credentials::ServerToServer { .. })
        {
            return Err(config(
                "token_url is only used with server_to_server credentials".to_owned(),
            ));
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
            Credentials::ServerToServer {
                account_id,
                client_id,
                client_secret,
            } => {
                let token_url = self.token_url.as_deref();
                let provider = ServerToServer {
                    http: http.clone(),
                    token_url: token_url_of(token_url, self.allow_insecure_http)?,
                    account_id,
                    client_id,
                    client_secret,
                    timeout: request_timeout,
                    user_agent: user_agent.clone(),
                };
                server_to_server_auth(provider).map_err(config)?
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                auth,
                user_agent,
                request_timeout,
                retry: self.retry,
            }),
        })
    }
}

/// `User-Agent`: the caller's, or `zoom-api-rs/<version>`.
fn user_agent_header(user_agent: Option<String>) -> Result<HeaderValue, String> {
    match user_agent {
        Some(ua) => HeaderValue::from_str(&ua)
            .map_err(|_| format!("user agent `{ua}` is not a valid header value")),
        None => Ok(HeaderValue::from_static(concat!(
            "zoom-api-rs/",
            env!("CARGO_PKG_VERSION")
        ))),
    }
}

/// The HTTP client, and the per-request timeout to add (only for a
/// caller-supplied client; ours has it built in).
fn http_client(
    http: Option<reqwest::Client>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
) -> Result<(reqwest::Client, Option<Duration>), String> {
    match http {
        Some(_) if connect_timeout.is_some() => Err(
            "connect_timeout cannot be applied to a caller-supplied reqwest::Client; \
             set it on that client instead"
                .to_owned(),
        ),
        Some(http) => Ok((http, timeout)),
        None => {
            let http = reqwest::Client::builder()
                .timeout(timeout.unwrap_or(DEFAULT_TIMEOUT))
                // Each read waits at most as long too: what ends a file
                // download that stalls (downloads have no total limit).
                .read_timeout(timeout.unwrap_or(DEFAULT_TIMEOUT))
                .connect_timeout(connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                // Following redirects could carry the token somewhere
                // unexpected, and Zoom's API does not redirect.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|e| format!("could not build the HTTP client: {e}"))?;
            Ok((http, None))
        }
    }
}

fn token_url_of(token_url: Option<&str>, allow_insecure_http: bool) -> Result<String, Error> {
    let raw_url = token_url.unwrap_or(runtime::DEFAULT_TOKEN_URL);
    runtime::normalise_url("token URL", raw_url, allow_insecure_http)
        .map_err(|message| Error::InvalidConfig { message })
}

/// Checks server-to-server credentials and wraps the provider in a cache.
fn server_to_server_auth(provider: ServerToServer) -> Result<Auth, String> {
    check_credential("account_id", &provider.account_id)?;
    check_credential("client_id", &provider.client_id)?;
    check_credential("client_secret", provider.client_secret.expose())?;
    if provider.client_id.contains(':') {
        return Err("server-to-server client_id must not contain `:`".to_owned());
    }
    let kind = ProviderKind::ServerToServer {
        account_id: provider.account_id.clone(),
        client_id: provider.client_id.clone(),
        token_url: provider.token_url.clone(),
    };
    Ok(Auth::Provider(Arc::new(TokenCache::new(
        Arc::new(provider),
        kind,
    ))))
}

/// Server-to-server credentials are printable ASCII without spaces; the
/// error names the field and never echoes the value.
fn check_credential(field: &str, value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err(format!("server-to-server {field} must not be empty"));
    }
    if !value.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(format!(
            "server-to-server {field} contains whitespace, control or non-ASCII characters \
             (a trailing newline?)"
        ));
    }
    Ok(())
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &runtime::redacted_base_url(&self.base_url))
            .field("credentials", &self.credentials)
            .field(
                "token_url",
                &self.token_url.as_deref().map(runtime::redacted_base_url),
            )
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
