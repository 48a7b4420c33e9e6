//! The client handle and its builder.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Response;
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue, USER_AGENT};
use serde::de::DeserializeOwned;

use crate::Error;
use crate::runtime::{self, Auth, Request, Secret};

use crate::operations::DEFAULT_BASE_URL;
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A Zoom API client.
///
/// Cloning is cheap and clones share connections, so build one and pass it
/// around. Successful response bodies are read up to 16 MiB; a larger body
/// fails with [`Error::Decode`].
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: String,
    auth: Auth,
    user_agent: HeaderValue,
    /// Only set for a caller-supplied HTTP client; ours has it built in.
    request_timeout: Option<Duration>,
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder {
            base_url: DEFAULT_BASE_URL.to_owned(),
            bearer_token: None,
            http: None,
            user_agent: None,
            timeout: None,
            connect_timeout: None,
            allow_insecure_http: false,
        }
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Sends `request` and decodes a 2xx JSON answer as `T`.
    #[doc(hidden)]
    pub async fn send_json<T: DeserializeOwned>(&self, request: Request) -> Result<T, Error> {
        let operation = request.operation().id;
        let response = self.execute(request).await?;
        runtime::decode_json(operation, response).await
    }

    /// Sends `request` and accepts any 2xx answer, ignoring its body.
    #[doc(hidden)]
    pub async fn send_empty(&self, request: Request) -> Result<(), Error> {
        let operation = request.operation().id;
        let response = self.execute(request).await?;
        runtime::expect_empty(operation, response).await
    }

    async fn execute(&self, request: Request) -> Result<Response, Error> {
        let op = request.operation();
        let prepared = request.prepare(&self.inner.base_url)?;
        let mut builder = self
            .inner
            .http
            .request(op.method.clone(), prepared.url)
            .header(ACCEPT, "application/json")
            .header(USER_AGENT, self.inner.user_agent.clone());
        if let Some(value) = self.inner.auth.header() {
            builder = builder.header(AUTHORIZATION, value.clone());
        }
        if let Some(timeout) = self.inner.request_timeout {
            builder = builder.timeout(timeout);
        }
        let builder = prepared.body.apply(builder, op.id)?;
        builder.send().await.map_err(|source| Error::Transport {
            operation: op.id,
            source,
        })
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("auth", &self.inner.auth)
            .field("user_agent", &self.inner.user_agent)
            .finish_non_exhaustive()
    }
}

/// Configures a [`Client`]; obtained from [`Client::builder`].
pub struct ClientBuilder {
    base_url: String,
    bearer_token: Option<Secret<String>>,
    http: Option<reqwest::Client>,
    user_agent: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    allow_insecure_http: bool,
}

impl ClientBuilder {
    /// API base URL; defaults to `https://api.zoom.us/v2`. A trailing slash
    /// is ignored. Must be `https`, except for loopback hosts or with
    /// [`allow_insecure_http`](Self::allow_insecure_http).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Authenticates every request with `Authorization: Bearer <token>`.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer_token = Some(Secret::new(token.into()));
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

    /// Total time allowed per request, body included; defaults to 30 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time allowed to establish a connection; defaults to 10 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Allows a plain `http` base URL for non-loopback hosts, which sends
    /// the token in clear text. Off by default.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Checks the configuration and creates the client.
    ///
    /// Fails with [`Error::InvalidConfig`] for an unusable base URL, an empty
    /// or malformed token, or an invalid user agent.
    // `Error` is large because its public variants carry full details; it
    // is only built on the failure path, so boxing would buy nothing.
    #[allow(clippy::result_large_err)]
    pub fn build(self) -> Result<Client, Error> {
        let config = |message: String| Error::InvalidConfig { message };
        let base_url = runtime::normalise_base_url(&self.base_url, self.allow_insecure_http)
            .map_err(config)?;
        let auth = match &self.bearer_token {
            Some(token) => Auth::bearer(token.expose()).map_err(config)?,
            None => Auth::None,
        };
        let user_agent = match self.user_agent {
            Some(ua) => HeaderValue::from_str(&ua)
                .map_err(|_| config(format!("user agent `{ua}` is not a valid header value")))?,
            None => HeaderValue::from_static(concat!("zoom-api-rs/", env!("CARGO_PKG_VERSION"))),
        };
        let (http, request_timeout) = match self.http {
            Some(_) if self.connect_timeout.is_some() => {
                return Err(config(
                    "connect_timeout cannot be applied to a caller-supplied reqwest::Client; \
                     set it on that client instead"
                        .to_owned(),
                ));
            }
            Some(http) => (http, self.timeout),
            None => {
                let http = reqwest::Client::builder()
                    .timeout(self.timeout.unwrap_or(DEFAULT_TIMEOUT))
                    .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                    // Following redirects could carry the token somewhere
                    // unexpected, and Zoom's API does not redirect.
                    .redirect(reqwest::redirect::Policy::none())
                    .build()
                    .map_err(|e| config(format!("could not build the HTTP client: {e}")))?;
                (http, None)
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                auth,
                user_agent,
                request_timeout,
            }),
        })
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &runtime::redacted_base_url(&self.base_url))
            .field("bearer_token", &self.bearer_token)
            .field("custom_http_client", &self.http.is_some())
            .field("user_agent", &self.user_agent)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .finish()
    }
}
