//! The parts of building a client that are not builder settings: the HTTP
//! client, the user agent, and checked credentials.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::Error;
use crate::runtime::{self, Auth, ProviderKind, ServerToServer, Shared, TokenCache, TokenStore};

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// `zoom-api-rs/<version>`.
pub(crate) fn default_user_agent() -> HeaderValue {
    HeaderValue::from_static(concat!("zoom-api-rs/", env!("CARGO_PKG_VERSION")))
}

/// `User-Agent`: the caller's, or `zoom-api-rs/<version>`.
pub(crate) fn user_agent_header(user_agent: Option<String>) -> Result<HeaderValue, String> {
    match user_agent {
        Some(ua) => HeaderValue::from_str(&ua)
            .map_err(|_| format!("user agent `{ua}` is not a valid header value")),
        None => Ok(default_user_agent()),
    }
}

/// The HTTP client, and the per-request timeout to add (only for a
/// caller-supplied client; ours has it built in).
pub(crate) fn http_client(
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

pub(crate) fn token_url_of(
    token_url: Option<&str>,
    allow_insecure_http: bool,
) -> Result<String, Error> {
    let raw_url = token_url.unwrap_or(runtime::DEFAULT_TOKEN_URL);
    runtime::normalise_url("token URL", raw_url, allow_insecure_http)
        .map_err(|message| Error::InvalidConfig { message })
}

/// Checks server-to-server credentials and wraps the provider in a cache,
/// behind a shared store when one is given.
pub(crate) fn server_to_server_auth(
    provider: ServerToServer,
    store: Option<Arc<dyn TokenStore>>,
    lock_ttl: Duration,
) -> Result<Auth, String> {
    let endpoint = &provider.endpoint;
    check_credential("server-to-server", "account_id", &provider.account_id)?;
    check_credential("server-to-server", "client_id", &endpoint.client_id)?;
    check_credential(
        "server-to-server",
        "client_secret",
        endpoint.client_secret.expose(),
    )?;
    if endpoint.client_id.contains(':') {
        return Err("server-to-server client_id must not contain `:`".to_owned());
    }
    let kind = ProviderKind::ServerToServer {
        account_id: provider.account_id.clone(),
        client_id: endpoint.client_id.clone(),
        token_url: endpoint.url.clone(),
        shared: store.is_some(),
    };
    let provider: Arc<dyn runtime::TokenProvider> = match store {
        None => Arc::new(provider),
        Some(store) => {
            // Not secret: the same credentials share one token.
            let key = format!("s2s:{}:{}", provider.account_id, endpoint.client_id);
            Arc::new(Shared::new(provider, store, key, lock_ttl))
        }
    };
    Ok(Auth::Provider(Arc::new(TokenCache::new(provider, kind))))
}

/// OAuth credentials are printable ASCII without spaces; the error names
/// `who` ("server-to-server", "user OAuth") and the field, never the value.
pub(crate) fn check_credential(who: &str, field: &str, value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err(format!("{who} {field} must not be empty"));
    }
    if !value.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(format!(
            "{who} {field} contains whitespace, control or non-ASCII characters \
             (a trailing newline?)"
        ));
    }
    Ok(())
}
