//! Zoom's server-to-server OAuth (`account_credentials` grant), as a built-in
//! [`TokenProvider`].

use tracing::Instrument;

use super::auth::{AccessToken, BoxFuture, TokenProvider};
use super::shared_token::Renew;
use super::token_endpoint::TokenEndpoint;
use super::token_store::StoredToken;
use crate::Error;
use crate::error::AuthError;

/// Fetches tokens with `POST {token_url}?grant_type=account_credentials&
/// account_id=..` and HTTP Basic `client_id:client_secret`.
pub(crate) struct ServerToServer {
    pub(crate) endpoint: TokenEndpoint,
    pub(crate) account_id: String,
}

impl ServerToServer {
    /// One token request, in its own span.
    pub(crate) async fn fetch(&self) -> Result<StoredToken, AuthError> {
        let span = tracing::debug_span!(
            "zoom_api.token",
            grant_type = "account_credentials",
            status = tracing::field::Empty,
        );
        let query = [
            ("grant_type", "account_credentials"),
            ("account_id", self.account_id.as_str()),
        ];
        let result = self
            .endpoint
            .request(&query, &[], &[])
            .instrument(span.clone())
            .await;
        if let Err(e) = &result {
            span.in_scope(|| tracing::debug!(error = %e, "token request failed"));
        }
        result
    }
}

impl TokenProvider for ServerToServer {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, Error>> {
        Box::pin(async move {
            let token = self.fetch().await?;
            Ok(token.to_access_token())
        })
    }

    fn redact(&self, text: &mut String) {
        self.endpoint.redact(text, &[]);
    }
}

/// Shared through a token store, a server-to-server token is renewed by
/// asking again; the stored one is not needed for that.
impl Renew for ServerToServer {
    fn renew<'a>(
        &'a self,
        _current: Option<&'a StoredToken>,
    ) -> BoxFuture<'a, Result<StoredToken, AuthError>> {
        Box::pin(self.fetch())
    }

    fn redact(&self, text: &mut String) {
        self.endpoint.redact(text, &[]);
    }
}
