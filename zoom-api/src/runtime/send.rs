//! The request lifecycle: one call from a built `Request` to a 2xx answer
//! or an error. Prepare the URL once, then per attempt: get the
//! `Authorization` header, send, read the answer as the caller needs it,
//! renew a rejected token once, and retry as the policy allows.
//!
//! It lives on `Inner`, the state every clone of a `Client` shares, not on
//! `Client`: generated operations are methods on `Client`, and share that
//! namespace only with its public API.

use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue, LOCATION, USER_AGENT};
use tracing::Instrument;
use tracing::field::Empty;

use super::auth::{AccessToken, Auth};
use super::base_url::Regional;
use super::operation::OperationInfo;
use super::pacer::Pacer;
use super::redact::Redact;
use super::request::{Prepared, Request};
use super::response::{BodyUse, RawResponse, api_error, read as read_response};
use super::retry::{Retry, RetryPolicy};
use crate::Error;

/// Zoom's error code for an invalid or expired access token (with 401).
const INVALID_TOKEN_CODE: i64 = 124;

/// The whole time a file download may take (its reads each have the
/// client's timeout).
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(6 * 60 * 60);

/// Redirects a file download follows.
const MAX_REDIRECTS: usize = 5;

/// What every clone of a client shares.
pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: String,
    pub(crate) auth: Auth,
    pub(crate) user_agent: HeaderValue,
    /// Only set for a caller-supplied HTTP client; ours has it built in.
    pub(crate) request_timeout: Option<Duration>,
    pub(crate) retry: RetryPolicy,
    /// Paces requests per rate-limit category, when configured.
    pub(crate) pacer: Option<Pacer>,
    /// Follows the `api_url` of tokens (set when the caller gave no base
    /// URL and did not opt out).
    pub(crate) regional: Option<Regional>,
}

impl Inner {
    /// Sends `request`, retrying and renewing the token as configured, and
    /// returns the 2xx answer; anything else becomes an error.
    pub(crate) async fn execute(
        &self,
        request: Request,
        body_use: BodyUse,
    ) -> Result<RawResponse, Error> {
        let op = request.operation();
        let prepared = request.prepare(&self.base_url)?;
        // The path template, never the filled path: values can be emails.
        let span = tracing::debug_span!(
            "zoom_api.request",
            operation = op.id,
            method = %op.method,
            path = op.path,
            status = Empty,
            attempt = Empty,
            duration_ms = Empty,
        );
        let started = Instant::now();
        let result = self
            .attempts(op, &prepared, body_use, &span)
            .instrument(span.clone())
            .await;
        let elapsed = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        span.record("duration_ms", elapsed);
        result
    }

    async fn attempts(
        &self,
        op: &'static OperationInfo,
        prepared: &Prepared,
        body_use: BodyUse,
        span: &tracing::Span,
    ) -> Result<RawResponse, Error> {
        let mut attempt: u32 = 0;
        let mut retries: u32 = 0;
        let mut waited = Duration::ZERO;
        let mut renewed = false;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            if let Some(pacer) = &self.pacer {
                pacer.acquire(op).await?;
            }
            let (authorization, token) = match prepared.send_auth {
                true => self.authorization(op).await?,
                false => (None, None),
            };
            let url = self.url_for(prepared, token.as_ref());
            let error = match self
                .send_once(op, prepared, url, authorization, body_use)
                .await
            {
                Ok(mut raw) => {
                    span.record("status", raw.status.as_u16());
                    if let Some(pacer) = &self.pacer {
                        pacer.observe(op, raw.status, &raw.headers).await;
                    }
                    raw.redact = Redact::new(&self.auth, token.as_ref());
                    if raw.status.is_success() {
                        return Ok(raw);
                    }
                    api_error(op.id, &raw)
                }
                Err(error) => error,
            };
            // An expired or revoked token: renew it and replay once. A plain
            // bearer token (no `token`) cannot be renewed.
            if let (Some(token), Auth::Provider(cache)) = (&token, &self.auth) {
                let rejected =
                    error.status() == Some(401) && error.api_code() == Some(INVALID_TOKEN_CODE);
                if rejected && !renewed {
                    renewed = true;
                    tracing::debug!(
                        attempt,
                        reason = "access token rejected (401, code 124)",
                        "renewing the access token and sending again"
                    );
                    cache.invalidate(token);
                    continue;
                }
            }
            let Some(Retry { wait, reason }) =
                self.retry.decide(&op.method, &error, retries, waited)
            else {
                return Err(error);
            };
            let wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
            tracing::debug!(attempt, reason, wait_ms, "retrying");
            tokio::time::sleep(wait).await;
            retries += 1;
            waited += wait;
        }
    }

    /// The `Authorization` header for the next attempt, and the provider
    /// token it carries (to invalidate if Zoom rejects it).
    async fn authorization(
        &self,
        op: &'static OperationInfo,
    ) -> Result<(Option<HeaderValue>, Option<AccessToken>), Error> {
        match &self.auth {
            Auth::None => Ok((None, None)),
            Auth::Bearer(header) => Ok((Some(header.expose().clone()), None)),
            Auth::Provider(cache) => match cache.get().await {
                Ok(cached) => Ok((Some(cached.header), Some(cached.token))),
                Err(mut error) => {
                    error.set_operation(op.id);
                    // A provider's own message may quote what it was given.
                    error.redact(&|text| {
                        let mut text = text.to_owned();
                        self.auth.redact(&mut text);
                        text
                    });
                    Err(error.into())
                }
            },
        }
    }

    /// The URL of this attempt: the prepared one, moved to the cluster the
    /// token names when the client follows `api_url`.
    fn url_for(&self, prepared: &Prepared, token: Option<&AccessToken>) -> reqwest::Url {
        let regional = self
            .regional
            .as_ref()
            .zip(token.and_then(AccessToken::api_url));
        match regional {
            Some((regional, api_url)) => regional
                .rebase(&prepared.url, &self.base_url, api_url)
                .unwrap_or_else(|| prepared.url.clone()),
            None => prepared.url.clone(),
        }
    }

    async fn send_once(
        &self,
        op: &'static OperationInfo,
        prepared: &Prepared,
        url: reqwest::Url,
        authorization: Option<HeaderValue>,
        body_use: BodyUse,
    ) -> Result<RawResponse, Error> {
        let mut builder = self
            .http
            .request(op.method.clone(), url)
            .header(ACCEPT, "application/json")
            .header(USER_AGENT, self.user_agent.clone());
        if let Some(value) = &authorization {
            builder = builder.header(AUTHORIZATION, value.clone());
        }
        if let Some(timeout) = self.request_timeout {
            builder = builder.timeout(timeout);
        }
        if body_use == BodyUse::Stream {
            // A recording takes as long as it takes; the read timeout still
            // ends a transfer that stalls.
            builder = builder.timeout(DOWNLOAD_TIMEOUT);
        }
        let builder = prepared.body.apply(builder, op.id)?;
        // The URL holds the filled path, which can be personal data.
        let transport = |source: reqwest::Error| Error::Transport {
            operation: op.id,
            source: source.without_url(),
        };
        let mut response = builder.send().await.map_err(transport)?;
        if body_use == BodyUse::Stream {
            response = self
                .follow(response, authorization)
                .await
                .map_err(transport)?;
        }
        read_response(response, body_use).await.map_err(transport)
    }

    /// Follows a file's redirects (Zoom sends recordings from elsewhere):
    /// at most [`MAX_REDIRECTS`], never from `https` to `http`, and the
    /// `Authorization` header only while the host stays the same. A
    /// redirect it does not follow is returned, and becomes an error.
    async fn follow(
        &self,
        mut response: reqwest::Response,
        mut authorization: Option<HeaderValue>,
    ) -> reqwest::Result<reqwest::Response> {
        for _ in 0..MAX_REDIRECTS {
            if !response.status().is_redirection() {
                break;
            }
            let here = response.url().clone();
            let Some(next) = response
                .headers()
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|location| here.join(location).ok())
            else {
                break;
            };
            if (here.scheme() == "https" && next.scheme() != "https")
                || !super::base_url::secure_enough(&next)
            {
                break;
            }
            if next.host_str() != here.host_str()
                || next.port_or_known_default() != here.port_or_known_default()
            {
                authorization = None;
            }
            let mut builder = self
                .http
                .get(next)
                .header(USER_AGENT, self.user_agent.clone())
                .timeout(DOWNLOAD_TIMEOUT);
            if let Some(value) = &authorization {
                builder = builder.header(AUTHORIZATION, value.clone());
            }
            response = builder.send().await?;
        }
        Ok(response)
    }
}
