//! Credentials, kept out of every `Debug` and `Display` output.

use std::fmt;

use reqwest::header::HeaderValue;

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

/// How requests authenticate. A private enum so that OAuth with refresh
/// can be added later without touching the public API.
#[derive(Clone, Debug)]
pub(crate) enum Auth {
    None,
    /// The complete `Authorization` header value, marked sensitive.
    Bearer(Secret<HeaderValue>),
}

impl Auth {
    /// Validates a bearer token; the error text never contains the token.
    pub(crate) fn bearer(token: &str) -> Result<Self, String> {
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
        Ok(Self::Bearer(Secret::new(value)))
    }

    /// The `Authorization` header to send, if any.
    pub(crate) fn header(&self) -> Option<&HeaderValue> {
        match self {
            Self::None => None,
            Self::Bearer(secret) => Some(secret.expose()),
        }
    }
}
