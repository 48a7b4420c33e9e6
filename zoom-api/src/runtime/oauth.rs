//! Zoom's server-to-server OAuth (`account_credentials` grant), as a built-in
//! [`TokenProvider`].

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{ACCEPT, HeaderValue, USER_AGENT};
use serde_json::{Map, Value};
use tracing::Instrument;

use super::auth::{AccessToken, BoxFuture, Secret, TokenProvider};
use super::response::read_capped;
use crate::Error;
use crate::error::{AuthError, StatusText};

/// Zoom's token endpoint; Zoom for Government uses another, set with
/// `ClientBuilder::token_url`.
pub(crate) const DEFAULT_TOKEN_URL: &str = "https://zoom.us/oauth/token";

/// Lifetime assumed when the answer has no `expires_in`; Zoom documents
/// one hour.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

/// Token answers are tiny; more than this is not a token answer.
const TOKEN_BODY_LIMIT: usize = 64 * 1024;

/// Fetches tokens with `POST {token_url}?grant_type=account_credentials&
/// account_id=..` and HTTP Basic `client_id:client_secret`.
pub(crate) struct ServerToServer {
    pub(crate) http: reqwest::Client,
    pub(crate) token_url: String,
    pub(crate) account_id: String,
    pub(crate) client_id: String,
    pub(crate) client_secret: Secret<String>,
    /// Per-request timeout, for a caller-supplied HTTP client.
    pub(crate) timeout: Option<Duration>,
    pub(crate) user_agent: HeaderValue,
}

impl TokenProvider for ServerToServer {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, Error>> {
        let span = tracing::debug_span!(
            "zoom_api.token",
            grant_type = "account_credentials",
            status = tracing::field::Empty,
        );
        let recorder = span.clone();
        Box::pin(
            async move {
                let result = self.fetch(&recorder).await;
                if let Err(e) = &result {
                    tracing::debug!(error = %e, "token request failed");
                }
                result.map_err(Error::from)
            }
            .instrument(span),
        )
    }
}

impl ServerToServer {
    async fn fetch(&self, span: &tracing::Span) -> Result<AccessToken, AuthError> {
        let mut builder = self
            .http
            .post(&self.token_url)
            .query(&[
                ("grant_type", "account_credentials"),
                ("account_id", self.account_id.as_str()),
            ])
            .basic_auth(&self.client_id, Some(self.client_secret.expose()))
            .header(ACCEPT, "application/json")
            .header(USER_AGENT, self.user_agent.clone());
        if let Some(timeout) = self.timeout {
            builder = builder.timeout(timeout);
        }
        let mut response = builder.send().await.map_err(network_error)?;
        let status = response.status();
        span.record("status", status.as_u16());
        let (body, _) = read_capped(&mut response, TOKEN_BODY_LIMIT)
            .await
            .map_err(network_error)?;
        if !status.is_success() {
            return Err(self.refused(status, &body));
        }
        parse_token(&body)
    }

    /// The token endpoint's refusal, with Zoom's `reason` and OAuth `error`.
    fn refused(&self, status: StatusCode, body: &[u8]) -> AuthError {
        let mut error = AuthError::new(format!(
            "the token endpoint answered {}",
            StatusText(status.as_u16())
        ))
        .with_status(status.as_u16())
        .retryable(status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error());
        let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
            return error;
        };
        // Defence in depth: nothing we show may echo the secret. (Zoom's
        // secrets are 32 characters; a very short one would match words.)
        let secret = self.client_secret.expose().as_str();
        let clean = |text: &str| {
            if secret.len() >= 8 {
                text.replace(secret, "***")
            } else {
                text.to_owned()
            }
        };
        let text = |key: &str| map.get(key).and_then(Value::as_str).map(clean);
        if let Some(reason) = ["reason", "error_description", "message"]
            .iter()
            .find_map(|key| text(key))
        {
            error = error.with_reason(reason);
        }
        if let Some(code) = text("error") {
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
        .retryable(true)
        .with_source(error.without_url())
}

/// Reads `{access_token, token_type, expires_in, scope}`. Nothing of the
/// body is quoted in errors, since it may hold a token.
fn parse_token(body: &[u8]) -> Result<AccessToken, AuthError> {
    let unusable = |what: &str| AuthError::new(format!("the token endpoint's answer {what}"));
    let map: Map<String, Value> = match serde_json::from_slice(body) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Err(unusable("is not a JSON object")),
        Err(_) => return Err(unusable("is not valid JSON")),
    };
    let token = match map.get("access_token") {
        Some(Value::String(token)) if !token.is_empty() => token,
        _ => return Err(unusable("has no access_token")),
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
    Ok(AccessToken::new(token.as_str()).with_expires_in(lifetime))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_token_answers() {
        let token = parse_token(
            br#"{"access_token":"abc","token_type":"bearer","expires_in":3599,"scope":"user:read:admin"}"#,
        )
        .expect("valid answer");
        assert_eq!(token.secret(), "abc");
        let left = token.expires_at().expect("expiry") - std::time::Instant::now();
        assert!(left > Duration::from_secs(3590) && left <= Duration::from_secs(3599));
        let quoted = parse_token(br#"{"access_token":"abc","expires_in":"60"}"#).expect("ok");
        assert!(quoted.expires_at().is_some());
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
            assert!(!err.to_string().contains("abc"), "{err}");
        }
    }
}
