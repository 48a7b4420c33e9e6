//! One token request to Zoom's OAuth endpoint, for every grant: the POST
//! with HTTP Basic client credentials, the answer read into a
//! [`StoredToken`], and refusals turned into typed [`AuthError`]s that
//! quote no secret.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{ACCEPT, HeaderValue, USER_AGENT};
use serde_json::{Map, Value};

use super::auth::Secret;
use super::redact::remove_client_secret;
use super::response::read_capped;
use super::token_store::StoredToken;
use crate::error::{AuthError, AuthErrorKind, StatusText};

/// Zoom's token endpoint; Zoom for Government uses another.
pub(crate) const DEFAULT_TOKEN_URL: &str = "https://zoom.us/oauth/token";

/// Lifetime assumed when the answer has no `expires_in`; Zoom documents
/// one hour.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

/// Token answers are tiny; more than this is not a token answer.
const TOKEN_BODY_LIMIT: usize = 64 * 1024;

/// Where and how to ask for tokens: shared by server-to-server and user
/// OAuth.
pub(crate) struct TokenEndpoint {
    pub(crate) http: reqwest::Client,
    pub(crate) url: String,
    pub(crate) client_id: String,
    pub(crate) client_secret: Secret<String>,
    /// Per-request timeout, for a caller-supplied HTTP client.
    pub(crate) timeout: Option<Duration>,
    pub(crate) user_agent: HeaderValue,
}

impl TokenEndpoint {
    /// POSTs a grant: `query` goes in the URL (server-to-server's
    /// documented form), `form` in an `application/x-www-form-urlencoded`
    /// body (user OAuth; it keeps codes and refresh tokens out of URLs).
    /// `secrets` are further values to keep out of errors (a refresh
    /// token).
    pub(crate) async fn request(
        &self,
        query: &[(&str, &str)],
        form: &[(&str, &str)],
        secrets: &[&str],
    ) -> Result<StoredToken, AuthError> {
        let mut builder = self
            .http
            .post(&self.url)
            .basic_auth(&self.client_id, Some(self.client_secret.expose()))
            .header(ACCEPT, "application/json")
            .header(USER_AGENT, self.user_agent.clone());
        if !query.is_empty() {
            builder = builder.query(query);
        }
        if !form.is_empty() {
            builder = builder.form(form);
        }
        if let Some(timeout) = self.timeout {
            builder = builder.timeout(timeout);
        }
        let mut response = builder.send().await.map_err(network_error)?;
        let status = response.status();
        tracing::Span::current().record("status", status.as_u16());
        let (body, _) = read_capped(&mut response, TOKEN_BODY_LIMIT)
            .await
            .map_err(network_error)?;
        if !status.is_success() {
            return Err(self.refused(status, &body, secrets));
        }
        parse_token(&body)
    }

    /// Removes the client secret (also as Basic credentials) and `others`.
    pub(crate) fn redact(&self, text: &mut String, others: &[&str]) {
        remove_client_secret(text, &self.client_id, self.client_secret.expose());
        for secret in others {
            super::redact::remove(text, secret);
        }
    }

    /// The token endpoint's refusal, with Zoom's `reason` and OAuth `error`.
    fn refused(&self, status: StatusCode, body: &[u8], secrets: &[&str]) -> AuthError {
        let transient = status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
        let mut error = AuthError::new(format!(
            "the token endpoint answered {}",
            StatusText(status.as_u16())
        ))
        .with_status(status.as_u16())
        .with_kind(if transient {
            AuthErrorKind::Unavailable
        } else {
            AuthErrorKind::Refused
        })
        .retryable(transient);
        let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
            return error;
        };
        // Defence in depth: nothing we show may echo a secret.
        let text = |key: &str| {
            map.get(key).and_then(Value::as_str).map(|text| {
                let mut text = text.to_owned();
                self.redact(&mut text, secrets);
                text
            })
        };
        if let Some(reason) = ["reason", "error_description", "message"]
            .iter()
            .find_map(|key| text(key))
        {
            error = error.with_reason(reason);
        }
        if let Some(code) = text("error") {
            if code == "invalid_grant" {
                error = error.with_kind(AuthErrorKind::AuthorizeAgain);
            }
            error = error.with_oauth_error(code);
        }
        error
    }
}

fn network_error(error: reqwest::Error) -> AuthError {
    let what = if error.is_timeout() {
        "the token request timed out"
    } else if error.is_connect() {
        "could not connect to the token endpoint"
    } else {
        "the token request failed"
    };
    // The URL carries the account id; the cause is enough without it.
    AuthError::new(what)
        .with_kind(AuthErrorKind::Unavailable)
        .retryable(true)
        .with_source(error.without_url())
}

/// Reads `{access_token, token_type, expires_in, refresh_token, scope,
/// api_url}`. Nothing of the body is quoted in errors, since it may hold a
/// token.
pub(crate) fn parse_token(body: &[u8]) -> Result<StoredToken, AuthError> {
    let unusable = |what: &str| {
        AuthError::new(format!("the token endpoint's answer {what}"))
            .with_kind(AuthErrorKind::InvalidAnswer)
    };
    let map: Map<String, Value> = match serde_json::from_slice(body) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Err(unusable("is not a JSON object")),
        Err(_) => return Err(unusable("is not valid JSON")),
    };
    let text = |key: &str| match map.get(key) {
        Some(Value::String(text)) if !text.is_empty() => Some(text.as_str()),
        _ => None,
    };
    let Some(access) = text("access_token") else {
        return Err(unusable("has no access_token"));
    };
    match map.get("token_type") {
        None | Some(Value::Null) => {}
        Some(Value::String(kind)) if kind.eq_ignore_ascii_case("bearer") => {}
        Some(_) => return Err(unusable("has a token_type other than bearer")),
    }
    let lifetime = match map.get("expires_in") {
        None | Some(Value::Null) => DEFAULT_LIFETIME,
        Some(value) => {
            let seconds = match value {
                Value::Number(n) => n.as_f64(),
                // Some servers quote numbers.
                Value::String(s) => s.trim().parse::<f64>().ok(),
                _ => None,
            };
            match seconds {
                Some(s) if s.is_finite() => Duration::from_secs_f64(s.clamp(0.0, 1e9)),
                _ => return Err(unusable("has an unreadable expires_in")),
            }
        }
    };
    let mut token = StoredToken::new(access, lifetime);
    if let Some(refresh) = text("refresh_token") {
        token = token.with_refresh_token(refresh);
    }
    if let Some(scope) = text("scope") {
        token = token.with_scope(scope);
    }
    if let Some(api_url) = text("api_url") {
        token = token.with_api_url(api_url);
    }
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_token_answers() {
        let token = parse_token(
            br#"{"access_token":"abc","token_type":"bearer","expires_in":3599,"scope":"user:read:admin","refresh_token":"r1","api_url":"https://api-eu.zoom.us"}"#,
        )
        .expect("valid answer");
        assert_eq!(token.access_token(), "abc");
        assert_eq!(token.refresh_token(), Some("r1"));
        assert_eq!(token.api_url(), Some("https://api-eu.zoom.us"));
        let left = token
            .expires_at()
            .duration_since(std::time::SystemTime::now())
            .expect("in the future");
        assert!(left > Duration::from_secs(3590) && left <= Duration::from_secs(3599));
        let quoted = parse_token(br#"{"access_token":"abc","expires_in":"60"}"#).expect("ok");
        assert_eq!(quoted.refresh_token(), None);
        for (body, needle) in [
            (&b"<html>abc</html>"[..], "not valid JSON"),
            (b"[1]", "not a JSON object"),
            (br#"{"access_token":""}"#, "no access_token"),
            (br#"{"token":"abc"}"#, "no access_token"),
            (br#"{"access_token":"abc","token_type":"mac"}"#, "bearer"),
            (br#"{"access_token":"abc","expires_in":true}"#, "expires_in"),
        ] {
            let err = parse_token(body).unwrap_err();
            assert!(err.message().contains(needle), "{err}");
            assert_eq!(err.kind(), AuthErrorKind::InvalidAnswer);
            assert!(!err.to_string().contains("abc"), "{err}");
        }
    }
}
