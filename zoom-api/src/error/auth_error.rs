//! Failures to obtain an access token, with a kind to match on.

use std::error::Error as StdError;
use std::fmt;
use std::sync::Arc;

use super::Error;

/// What kind of failure an [`AuthError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthErrorKind {
    /// The token endpoint refused the request, e.g. `invalid_client` for a
    /// wrong client secret.
    Refused,
    /// The token endpoint could not be reached, timed out, or answered 429
    /// or 5xx; trying again later may work.
    Unavailable,
    /// The token endpoint answered something that is not a usable token.
    InvalidAnswer,
    /// The user's authorization is gone: the refresh token was revoked,
    /// expired or already used (`invalid_grant`), or none is stored. Send
    /// the user through `UserOAuth::authorization` (feature `user-oauth`)
    /// again.
    AuthorizeAgain,
    /// The [`TokenStore`](crate::TokenStore) failed.
    Store,
    /// Anything else, such as a custom token provider's own failure.
    Other,
}

/// Details of a failure to obtain an access token; see [`Error::Auth`].
///
/// Custom [`TokenProvider`](crate::TokenProvider)s build one with
/// [`AuthError::new`] and return it as an [`Error`] (`.into()`).
#[derive(Debug, Clone)]
pub struct AuthError {
    kind: AuthErrorKind,
    operation: Option<&'static str>,
    message: String,
    status: Option<u16>,
    oauth_error: Option<String>,
    reason: Option<String>,
    retryable: bool,
    source: Option<Arc<dyn StdError + Send + Sync>>,
}

impl AuthError {
    /// An authentication failure described by `message`, e.g. "the refresh
    /// token was rejected". Never put a secret or token into it.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            kind: AuthErrorKind::Other,
            operation: None,
            message: message.into(),
            status: None,
            oauth_error: None,
            reason: None,
            retryable: false,
            source: None,
        }
    }

    /// Sets the kind (the default is [`AuthErrorKind::Other`]).
    pub fn with_kind(mut self, kind: AuthErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> AuthErrorKind {
        self.kind
    }

    /// Whether the user must authorize the app again
    /// ([`AuthErrorKind::AuthorizeAgain`]).
    pub fn must_authorize_again(&self) -> bool {
        self.kind == AuthErrorKind::AuthorizeAgain
    }

    /// Records the HTTP status the token endpoint answered.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Records the OAuth `error` code, e.g. `invalid_client`.
    pub fn with_oauth_error(mut self, error: impl Into<String>) -> Self {
        self.oauth_error = Some(error.into());
        self
    }

    /// Records the server's explanation, e.g. Zoom's `reason`.
    pub fn with_reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    /// Records the underlying cause.
    pub fn with_source(mut self, source: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        self.source = Some(Arc::from(source.into()));
        self
    }

    /// Marks the failure as transient (network trouble, a 5xx), so
    /// [`Error::is_retryable`] reports it.
    pub fn retryable(mut self, retryable: bool) -> Self {
        self.retryable = retryable;
        self
    }

    /// The operation that needed the token; set by the client.
    pub fn operation(&self) -> Option<&'static str> {
        self.operation
    }

    /// What went wrong, in our words.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The token endpoint's HTTP status, when it answered.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The OAuth `error` code the token endpoint answered, e.g.
    /// `invalid_client`.
    pub fn oauth_error(&self) -> Option<&str> {
        self.oauth_error.as_deref()
    }

    /// The token endpoint's explanation, e.g. Zoom's
    /// `Invalid client_id or client_secret`.
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// Whether trying again later may succeed.
    pub fn is_retryable(&self) -> bool {
        self.retryable
    }

    /// Replaces each secret in the texts this error shows (see
    /// `runtime::redact`).
    pub(crate) fn redact(&mut self, redact: &dyn Fn(&str) -> String) {
        self.message = redact(&self.message);
        self.reason = self.reason.as_deref().map(redact);
        self.oauth_error = self.oauth_error.as_deref().map(redact);
    }

    pub(crate) fn set_operation(&mut self, operation: &'static str) {
        self.operation.get_or_insert(operation);
    }

    /// Wraps any error from a token provider as an authentication failure,
    /// keeping an [`Error::Auth`] as it is.
    pub(crate) fn from_provider(error: Error) -> Self {
        match error {
            Error::Auth(auth) => *auth,
            other => {
                let retryable = other.is_retryable();
                AuthError::new("the token provider failed")
                    .retryable(retryable)
                    .with_source(other)
            }
        }
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(operation) = self.operation {
            write!(f, "{operation} failed: ")?;
        }
        write!(f, "could not get an access token: {}", self.message)?;
        if let Some(reason) = &self.reason {
            write!(f, ": {reason}")?;
        }
        if let Some(error) = &self.oauth_error {
            write!(f, " ({error})")?;
        }
        Ok(())
    }
}

impl StdError for AuthError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn StdError + 'static))
    }
}

impl From<AuthError> for Error {
    fn from(error: AuthError) -> Self {
        Error::Auth(Box::new(error))
    }
}
