//! Keeping credentials out of errors even when a server echoes them.
//!
//! Zoom, a proxy or a hostile endpoint may repeat the request's
//! `Authorization` header, a token or the client secret in a message, a
//! field error or the body. Every text an error shows from an answer passes
//! through [`Redact::apply`] before it is stored in the error, and bodies
//! are redacted *before* they are cut to an excerpt, so a secret crossing
//! the cut cannot leave its first half behind.

use base64::Engine as _;

use super::auth::{AccessToken, Auth};

/// What replaces a secret.
pub(crate) const MASK: &str = "***";

/// Secrets shorter than this are not searched for: they would match
/// ordinary words. Zoom's secrets and tokens are far longer.
const MIN_SECRET_LEN: usize = 8;

/// The secrets of one attempt: the client's credentials and the access
/// token the attempt sent.
#[derive(Clone, Default)]
pub(crate) struct Redact {
    auth: Option<Auth>,
    sent: Option<AccessToken>,
}

impl Redact {
    pub(crate) fn new(auth: &Auth, sent: Option<&AccessToken>) -> Self {
        Self {
            auth: Some(auth.clone()),
            sent: sent.cloned(),
        }
    }

    /// `text` with every known secret replaced by `***`.
    pub(crate) fn apply(&self, text: &str) -> String {
        let mut text = text.to_owned();
        if let Some(sent) = &self.sent {
            remove(&mut text, sent.secret());
        }
        if let Some(auth) = &self.auth {
            auth.redact(&mut text);
        }
        text
    }
}

/// Replaces every occurrence of `secret` in `text` with `***`.
pub(crate) fn remove(text: &mut String, secret: &str) {
    if secret.len() >= MIN_SECRET_LEN && text.contains(secret) {
        *text = text.replace(secret, MASK);
    }
}

/// Removes a client secret, and the HTTP Basic credentials built from it
/// (an echoed `Authorization: Basic ...` header), from `text`.
pub(crate) fn remove_client_secret(text: &mut String, client_id: &str, secret: &str) {
    remove(text, secret);
    if text.len() >= MIN_SECRET_LEN {
        let basic =
            base64::engine::general_purpose::STANDARD.encode(format!("{client_id}:{secret}"));
        remove(text, &basic);
        remove(text, basic.trim_end_matches('='));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_secrets_and_basic_credentials() {
        let mut text =
            "echo: cs-VERY-SECRET-9f3a and Basic Y2xpZW50LWlkLTc6Y3MtVkVSWS1TRUNSRVQtOWYzYQ== ok"
                .to_owned();
        remove_client_secret(&mut text, "client-id-7", "cs-VERY-SECRET-9f3a");
        assert_eq!(text, "echo: *** and Basic *** ok");
        let mut short = "a b c".to_owned();
        remove(&mut short, "b");
        assert_eq!(short, "a b c", "too short to search for");
        let redact = Redact::new(&Auth::None, Some(&AccessToken::new("ACCESS-TOKEN-VALUE-1")));
        assert_eq!(redact.apply("x ACCESS-TOKEN-VALUE-1 y"), "x *** y");
    }
}
