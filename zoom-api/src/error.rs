//! The one error type every operation returns.

use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;

use crate::runtime::{RateLimitCategory, RateLimitInfo};

mod auth_error;
pub use auth_error::{AuthError, AuthErrorKind};

/// Why a call failed.
///
/// `Display` is one sentence naming the operation; neither it nor `Debug`
/// ever contains credentials (client secret, access tokens). The large
/// variants are boxed so that `Result<T, Error>` stays small; the accessors
/// ([`status`](Self::status), [`api_code`](Self::api_code),
/// [`is_retryable`](Self::is_retryable), ...) answer the usual questions
/// without matching.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Zoom answered with a non-2xx status (after any retries).
    Api(Box<ApiError>),
    /// No access token could be obtained: the token endpoint refused the
    /// credentials, could not be reached, or answered something unusable;
    /// or a custom [`TokenProvider`](crate::TokenProvider) failed.
    Auth(Box<AuthError>),
    /// The request could not be sent or the response could not be read
    /// (connection refused, timeout, reset, ...), after any retries.
    Transport {
        /// Operation id.
        operation: &'static str,
        /// The underlying HTTP client error. Its URL is removed, since the
        /// filled path can hold personal data such as an email address.
        source: reqwest::Error,
    },
    /// Zoom answered 2xx but the body was not what the operation expects:
    /// invalid or empty JSON, a shape mismatch, or a body over 16 MiB.
    Decode(Box<DecodeError>),
    /// The request was rejected before sending, e.g. an empty path value.
    InvalidRequest {
        /// Operation id.
        operation: &'static str,
        /// The argument at fault.
        field: String,
        /// The rule it broke.
        rule: String,
    },
    /// The client configuration is unusable.
    InvalidConfig {
        /// What is wrong.
        message: String,
    },
    /// Nothing was sent: Zoom reported the daily limit of this rate-limit
    /// category used up (to this client, or through shared pacing to
    /// another process of the account), and it has not reset yet. See
    /// [`Pacing`](crate::Pacing).
    DailyLimit {
        /// Operation id.
        operation: &'static str,
        /// The category whose daily limit is used up.
        category: RateLimitCategory,
        /// Time left until the limit resets, as far as Zoom said.
        retry_after: Duration,
    },
    /// A downloaded file could not be written where it was asked to go.
    Io {
        /// Operation id.
        operation: &'static str,
        /// The underlying I/O error.
        source: std::io::Error,
    },
}

/// One per-field problem in a Zoom validation error.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct FieldError {
    /// The request field Zoom complained about.
    #[serde(default)]
    pub field: String,
    /// Zoom's explanation.
    #[serde(default)]
    pub message: String,
}

/// Details of a non-2xx answer from Zoom; see [`Error::Api`].
#[derive(Debug, Clone)]
pub struct ApiError {
    pub(crate) operation: &'static str,
    pub(crate) status: u16,
    pub(crate) code: Option<i64>,
    pub(crate) message: Option<String>,
    pub(crate) errors: Vec<FieldError>,
    pub(crate) tracking_id: Option<String>,
    pub(crate) rate_limit: RateLimitInfo,
    pub(crate) retry_after: Option<Duration>,
    pub(crate) body_excerpt: String,
}

impl ApiError {
    /// Operation id, e.g. `getUser`.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Zoom's error code from the body (e.g. `1001` for an unknown user,
    /// `124` for an invalid token, `300` for validation failures).
    pub fn code(&self) -> Option<i64> {
        self.code
    }

    /// Zoom's error message from the body.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Per-field problems of a validation failure (`errors` in the body).
    pub fn field_errors(&self) -> &[FieldError] {
        &self.errors
    }

    /// The `x-zm-trackingid` header, which Zoom support asks for.
    pub fn tracking_id(&self) -> Option<&str> {
        self.tracking_id.as_deref()
    }

    /// The `X-RateLimit-*` headers of the answer.
    pub fn rate_limit(&self) -> &RateLimitInfo {
        &self.rate_limit
    }

    /// How long to wait before trying again, measured from when the answer
    /// arrived: from `Retry-After` (seconds, HTTP date or ISO-8601), or for a
    /// daily limit without that header, until the next 00:00 UTC, when Zoom
    /// resets daily limits.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The start of the body (at most 1024 bytes), for diagnosis.
    pub fn body_excerpt(&self) -> &str {
        &self.body_excerpt
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} failed: Zoom answered {}",
            self.operation,
            StatusText(self.status)
        )?;
        if let Some(code) = self.code {
            write!(f, " (code {code})")?;
        }
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        for (i, e) in self.errors.iter().enumerate() {
            f.write_str(if i == 0 { " [" } else { "; " })?;
            write!(f, "{e}")?;
        }
        if !self.errors.is_empty() {
            f.write_str("]")?;
        }
        if self.status == 429 {
            if self.rate_limit.is_daily_limit() {
                f.write_str(" (daily limit reached")?;
            } else {
                f.write_str(" (rate limited")?;
            }
            match self.retry_after {
                Some(wait) => write!(f, "; retry after {} s)", wait.as_secs())?,
                None => f.write_str(")")?,
            }
        }
        Ok(())
    }
}

impl StdError for ApiError {}

/// Details of a 2xx answer whose body could not be decoded; see
/// [`Error::Decode`].
#[derive(Debug, Clone)]
pub struct DecodeError {
    pub(crate) operation: &'static str,
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    pub(crate) path: String,
    pub(crate) message: String,
    pub(crate) body_excerpt: String,
}

impl DecodeError {
    /// Operation id.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `Content-Type` header, when there was one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// Where decoding failed, e.g. `users[3].type`; empty at the root.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What went wrong there.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The start of the body (at most 1024 bytes), for diagnosis.
    pub fn body_excerpt(&self) -> &str {
        &self.body_excerpt
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: could not decode the {} response",
            self.operation, self.status
        )?;
        if !self.path.is_empty() {
            write!(f, " at {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl StdError for DecodeError {}

impl Error {
    /// The HTTP status, for errors that got a response from the API (not
    /// from the token endpoint; see [`AuthError::status`] for that).
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api(e) => Some(e.status),
            Self::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// Zoom's error code from the response body, if any.
    pub fn api_code(&self) -> Option<i64> {
        match self {
            Self::Api(e) => e.code,
            _ => None,
        }
    }

    /// Whether Zoom answered 404.
    pub fn is_not_found(&self) -> bool {
        self.status_is(404)
    }

    /// Whether Zoom answered 429 Too Many Requests, or the call was not
    /// sent because a daily limit is used up ([`Error::DailyLimit`]).
    pub fn is_rate_limited(&self) -> bool {
        self.status_is(429) || matches!(self, Self::DailyLimit { .. })
    }

    /// How long Zoom asked to wait before trying again (see
    /// [`ApiError::retry_after`]); set for rate limits the client did not
    /// wait out itself, e.g. a daily limit.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Api(e) => e.retry_after,
            Self::DailyLimit { retry_after, .. } => Some(*retry_after),
            _ => None,
        }
    }

    /// The `X-RateLimit-*` headers of an API error answer.
    pub fn rate_limit(&self) -> Option<&RateLimitInfo> {
        match self {
            Self::Api(e) => Some(&e.rate_limit),
            _ => None,
        }
    }

    /// Zoom's `x-zm-trackingid` header of an API error answer.
    pub fn tracking_id(&self) -> Option<&str> {
        match self {
            Self::Api(e) => e.tracking_id(),
            _ => None,
        }
    }

    /// Whether sending the same request again later may succeed: rate
    /// limiting, server errors other than 501, timeouts, failed connects and
    /// connections lost mid-request, and transient token endpoint failures.
    ///
    /// This says nothing about whether a retry is *safe*: the client itself
    /// never resends a POST or PATCH that may have reached Zoom.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api(e) => retryable_status(e.status),
            Self::Transport { source, .. } => retryable_transport(source),
            Self::Auth(e) => e.is_retryable(),
            _ => false,
        }
    }

    /// The operation id of the failed call; `None` for configuration errors.
    pub fn operation(&self) -> Option<&'static str> {
        match self {
            Self::Api(e) => Some(e.operation),
            Self::Decode(e) => Some(e.operation),
            Self::Auth(e) => e.operation(),
            Self::Transport { operation, .. }
            | Self::InvalidRequest { operation, .. }
            | Self::DailyLimit { operation, .. }
            | Self::Io { operation, .. } => Some(operation),
            Self::InvalidConfig { .. } => None,
        }
    }

    fn status_is(&self, status: u16) -> bool {
        matches!(self, Self::Api(e) if e.status == status)
    }
}

pub(crate) fn retryable_status(status: u16) -> bool {
    status == 429 || (500..600).contains(&status) && status != 501
}

pub(crate) fn retryable_transport(error: &reqwest::Error) -> bool {
    // reqwest reports a connection lost while reading the body as a
    // "decode" error wrapping the body error; our own JSON decoding never
    // becomes a transport error, so here it always means a lost connection.
    error.is_timeout()
        || error.is_connect()
        || error.is_request()
        || error.is_body()
        || error.is_decode()
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api(e) => e.fmt(f),
            Self::Auth(e) => e.fmt(f),
            // The reqwest error is exposed through `source()`, so it is not
            // repeated here; the kind is enough for a one-line message.
            Self::Transport { operation, source } => {
                let what = if source.is_timeout() {
                    "the request timed out"
                } else if source.is_connect() {
                    "could not connect to the server"
                } else if source.is_body() || source.is_decode() {
                    "the connection failed while reading the response"
                } else if source.is_request() {
                    "the connection failed before a response arrived"
                } else {
                    "the HTTP request failed"
                };
                write!(f, "{operation} failed: {what}")
            }
            Self::Decode(e) => e.fmt(f),
            Self::InvalidRequest {
                operation,
                field,
                rule,
            } => write!(f, "{operation}: invalid request: {field}: {rule}"),
            Self::InvalidConfig { message } => write!(f, "invalid client configuration: {message}"),
            Self::DailyLimit {
                operation,
                category,
                retry_after,
            } => write!(
                f,
                "{operation} not sent: the daily limit of {category} requests is used up; \
                 it resets in {} s",
                retry_after.as_secs()
            ),
            Self::Io { operation, source } => {
                write!(f, "{operation}: could not write the download: {source}")
            }
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Self::Transport { source, .. } => Some(source),
            Self::Io { source, .. } => Some(source),
            Self::Auth(e) => e.source(),
            _ => None,
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// `404 Not Found`, or just the number for codes without a known reason.
pub(crate) struct StatusText(pub(crate) u16);

impl fmt::Display for StatusText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = StatusCode::from_u16(self.0)
            .ok()
            .and_then(|s| s.canonical_reason());
        match reason {
            Some(reason) => write!(f, "{} {reason}", self.0),
            None => write!(f, "{}", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_stays_small() {
        // clippy's `result_large_err` fires at 128 bytes.
        assert!(std::mem::size_of::<Error>() <= 64);
    }

    #[test]
    fn provider_errors_become_auth_errors() {
        let inner = Error::InvalidConfig {
            message: "no refresh token stored".into(),
        };
        let auth = AuthError::from_provider(inner);
        assert_eq!(auth.message(), "the token provider failed");
        let shown = StdError::source(&auth).map(ToString::to_string);
        assert_eq!(
            shown.as_deref(),
            Some("invalid client configuration: no refresh token stored")
        );
        let kept = AuthError::from_provider(AuthError::new("x").with_status(400).into());
        assert_eq!((kept.message(), kept.status()), ("x", Some(400)));
    }
}
