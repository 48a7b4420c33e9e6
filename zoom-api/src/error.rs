//! The one error type every operation returns.

use std::fmt;

use reqwest::StatusCode;
use serde::Deserialize;

/// Why a call failed.
///
/// `Display` is one sentence naming the operation; it never contains
/// credentials.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Zoom answered with a non-2xx status.
    Api {
        /// Operation id, e.g. `getUser`.
        operation: &'static str,
        /// HTTP status code.
        status: u16,
        /// Zoom's error code from the body, when there was one.
        code: Option<i64>,
        /// Zoom's error message from the body, when there was one.
        message: Option<String>,
        /// Per-field validation errors from the body.
        errors: Vec<FieldError>,
        /// The `x-zm-trackingid` header, which Zoom support asks for.
        tracking_id: Option<String>,
        /// The start of the body (at most 1024 bytes), for diagnosis.
        body_excerpt: String,
    },
    /// The request could not be sent or the response could not be read
    /// (connection refused, timeout, reset, ...).
    Transport {
        /// Operation id.
        operation: &'static str,
        /// The underlying HTTP client error.
        source: reqwest::Error,
    },
    /// Zoom answered 2xx but the body was not what the operation expects:
    /// invalid or empty JSON, a shape mismatch, or a body over 16 MiB.
    Decode {
        /// Operation id.
        operation: &'static str,
        /// HTTP status code.
        status: u16,
        /// The `Content-Type` header, when there was one.
        content_type: Option<String>,
        /// Where decoding failed, e.g. `users[3].type`; empty at the root.
        path: String,
        /// What went wrong there.
        message: String,
        /// The start of the body (at most 1024 bytes), for diagnosis.
        body_excerpt: String,
    },
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

impl Error {
    /// The HTTP status, for errors that got a response.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api { status, .. } | Self::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Zoom's error code from the response body, if any.
    pub fn api_code(&self) -> Option<i64> {
        match self {
            Self::Api { code, .. } => *code,
            _ => None,
        }
    }

    /// Whether Zoom answered 404.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::Api { status: 404, .. })
    }

    /// Whether Zoom answered 429 Too Many Requests.
    pub fn is_rate_limited(&self) -> bool {
        matches!(self, Self::Api { status: 429, .. })
    }

    /// Whether sending the same request again later may succeed: rate
    /// limiting, server errors other than 501, timeouts and failed connects.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api { status, .. } => *status == 429 || (*status >= 500 && *status != 501),
            Self::Transport { source, .. } => source.is_timeout() || source.is_connect(),
            _ => false,
        }
    }

    /// The operation id of the failed call; `None` for configuration errors.
    pub fn operation(&self) -> Option<&'static str> {
        match self {
            Self::Api { operation, .. }
            | Self::Transport { operation, .. }
            | Self::Decode { operation, .. }
            | Self::InvalidRequest { operation, .. } => Some(operation),
            Self::InvalidConfig { .. } => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api {
                operation,
                status,
                code,
                message,
                errors,
                ..
            } => {
                write!(
                    f,
                    "{operation} failed: Zoom answered {}",
                    StatusText(*status)
                )?;
                if let Some(code) = code {
                    write!(f, " (code {code})")?;
                }
                if let Some(message) = message {
                    write!(f, ": {message}")?;
                }
                for (i, e) in errors.iter().enumerate() {
                    f.write_str(if i == 0 { " [" } else { "; " })?;
                    write!(f, "{e}")?;
                }
                if !errors.is_empty() {
                    f.write_str("]")?;
                }
                Ok(())
            }
            // The reqwest error is exposed through `source()`, so it is not
            // repeated here; the kind is enough for a one-line message.
            Self::Transport { operation, source } => {
                let what = if source.is_timeout() {
                    "the request timed out"
                } else if source.is_connect() {
                    "could not connect to the server"
                } else if source.is_body() || source.is_decode() {
                    "the connection failed while reading the response"
                } else {
                    "the HTTP request failed"
                };
                write!(f, "{operation} failed: {what}")
            }
            Self::Decode {
                operation,
                status,
                path,
                message,
                ..
            } => {
                write!(f, "{operation}: could not decode the {status} response")?;
                if !path.is_empty() {
                    write!(f, " at {path}")?;
                }
                write!(f, ": {message}")
            }
            Self::InvalidRequest {
                operation,
                field,
                rule,
            } => write!(f, "{operation}: invalid request: {field}: {rule}"),
            Self::InvalidConfig { message } => write!(f, "invalid client configuration: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Transport { source, .. } => Some(source),
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
struct StatusText(u16);

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
