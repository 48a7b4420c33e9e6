//! Turning HTTP responses into values or [`Error`]s, with bounded reads,
//! and the [`Response`] wrapper that keeps status, headers and the body's
//! bytes.

use std::fmt;
use std::time::SystemTime;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, HeaderMap};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::rate_limit::{RateLimitInfo, parse_retry_after, until_utc_midnight};
use super::redact::Redact;
use crate::error::{ApiError, DecodeError};
use crate::{Error, FieldError};

/// Largest successful body we buffer. Zoom's answers are far smaller, so
/// anything bigger is treated as a broken response rather than risking
/// unbounded memory use.
const BODY_LIMIT: usize = 16 * 1024 * 1024;

/// Error bodies are small JSON documents; reading more only wastes memory.
const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// Bytes of a body kept in errors for diagnosis.
const EXCERPT_LIMIT: usize = 1024;

const TRACKING_ID: &str = "x-zm-trackingid";

/// A successful answer from Zoom with its status, headers and the body as
/// it arrived, as returned by `send_with_response()`.
///
/// The decoded [`body`](Self::body) holds the fields the spec describes;
/// [`raw_json`](Self::raw_json) reaches the ones Zoom added since. Keeping
/// the bytes costs no copy: they are the buffer the body was decoded from.
#[derive(Clone)]
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: T,
    /// The JSON body as received; empty for answers read without a body.
    raw: Bytes,
    /// For errors of [`raw_json`](Self::raw_json).
    operation: &'static str,
}

impl<T> Response<T> {
    pub(crate) fn new(status: StatusCode, headers: HeaderMap, body: T) -> Self {
        Self {
            status,
            headers,
            body,
            raw: Bytes::new(),
            operation: "",
        }
    }

    /// Keeps the bytes the body was read from.
    pub(crate) fn with_raw(mut self, operation: &'static str, raw: Bytes) -> Self {
        self.operation = operation;
        self.raw = raw;
        self
    }

    /// The HTTP status code, e.g. `200` or `201`.
    pub fn status(&self) -> u16 {
        self.status.as_u16()
    }

    /// All response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The parsed `X-RateLimit-*` headers: the category Zoom counted the
    /// call in, the kind of limit, and how many calls remain.
    pub fn rate_limit(&self) -> RateLimitInfo {
        RateLimitInfo::from_headers(&self.headers)
    }

    /// Zoom's `x-zm-trackingid` header, which Zoom support asks for.
    pub fn tracking_id(&self) -> Option<&str> {
        self.headers.get(TRACKING_ID).and_then(|v| v.to_str().ok())
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, dropping status, headers and raw bytes.
    pub fn into_inner(self) -> T {
        self.body
    }

    /// The body exactly as Zoom sent it: the JSON of a JSON answer, empty
    /// for an answer without a body (`()`) or a file.
    pub fn raw_body(&self) -> &[u8] {
        &self.raw
    }

    /// The body as a JSON value, with every field Zoom sent, including
    /// those the decoded body has no field for. Decoding starts only when
    /// this is called; an answer without a JSON body is an
    /// [`Error::Decode`].
    pub fn raw_json(&self) -> Result<Value, Error> {
        let raw = RawResponse {
            status: self.status,
            headers: self.headers.clone(),
            body: self.raw.clone(),
            complete: true,
            unread: None,
            // These bytes were decoded once already, so only an answer
            // without a body fails here, and its error shows no body.
            redact: Redact::default(),
        };
        decode_json(self.operation, &raw)
    }

    /// Transforms the body, keeping status, headers and raw bytes.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
            raw: self.raw,
            operation: self.operation,
        }
    }
}

// The raw body shows as its length only: the decoded body already shows
// its content, and a settings answer holds passcodes.
impl<T: fmt::Debug> fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &self.body)
            .field("raw_body_len", &self.raw.len())
            .finish()
    }
}

/// How much of a successful body the caller needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyUse {
    /// All of it, to decode.
    Json,
    /// None: it is drained so the connection can be reused, and failures
    /// while doing so are ignored, since the status already said "done".
    Ignore,
    /// Not read here: the caller streams it (a file download).
    Stream,
}

/// A response read off the wire.
pub struct RawResponse {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    /// Shared, so that a `Response` can keep it after decoding at no cost.
    pub(crate) body: Bytes,
    /// `false` when the body was longer than the limit and has been cut.
    pub(crate) complete: bool,
    /// The unread body of a 2xx answer read with [`BodyUse::Stream`].
    pub(crate) unread: Option<reqwest::Response>,
    /// The credentials of the attempt, kept out of any error made from it.
    pub(crate) redact: Redact,
}

/// Reads `response`: a successful body as `body_use` says, an error body up
/// to 64 KiB (a body that fails to arrive is treated as empty, since the
/// status alone is a usable error). Fails only when a body that is needed
/// could not be read.
pub(crate) async fn read(
    mut response: reqwest::Response,
    body_use: BodyUse,
) -> Result<RawResponse, reqwest::Error> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    if status.is_success() && body_use == BodyUse::Stream {
        return Ok(RawResponse {
            status,
            headers,
            body: Bytes::new(),
            complete: false,
            unread: Some(response),
            redact: Redact::default(),
        });
    }
    let (body, complete) = if !status.is_success() {
        // The status already says what happened; keep whatever part of the
        // explanation arrived even if the connection then dropped.
        let mut body = Vec::new();
        let complete = read_into(&mut response, ERROR_BODY_LIMIT, &mut body)
            .await
            .unwrap_or(false);
        (body, complete)
    } else if body_use == BodyUse::Json {
        read_capped(&mut response, BODY_LIMIT).await?
    } else {
        let _ = read_capped(&mut response, ERROR_BODY_LIMIT).await;
        (Vec::new(), true)
    };
    Ok(RawResponse {
        status,
        headers,
        // Takes over the vector's buffer; nothing is copied.
        body: Bytes::from(body),
        complete,
        unread: None,
        redact: Redact::default(),
    })
}

/// Decodes a successful JSON body into `T`.
pub(crate) fn decode_json<T: DeserializeOwned>(
    operation: &'static str,
    raw: &RawResponse,
) -> Result<T, Error> {
    let body = &raw.body[..];
    let decode_error = |path: String, message: String| {
        Error::Decode(Box::new(DecodeError {
            operation,
            status: raw.status.as_u16(),
            content_type: header(&raw.headers, CONTENT_TYPE.as_str()),
            path: raw.redact.apply(&path),
            message: raw.redact.apply(&message),
            body_excerpt: excerpt(body, &raw.redact),
        }))
    };
    if !raw.complete {
        return Err(decode_error(
            String::new(),
            format!("response body exceeds the {} MiB limit", BODY_LIMIT >> 20),
        ));
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(decode_error(
            String::new(),
            "expected a JSON body but the response was empty".to_owned(),
        ));
    }
    // Plain serde on the happy path: tracking the path costs 1.6 to 2 times
    // the decoding time (see BENCHMARKS.md). Only a failure decodes again,
    // with the path tracked, to say where it broke.
    if let Ok(value) = serde_json::from_slice::<T>(body) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
        let path = e.path().to_string();
        // The root path prints as "." and a key cut off mid-name as "?";
        // an empty path (the top level) reads better in errors.
        let path = if path == "." || path == "?" {
            String::new()
        } else {
            path
        };
        decode_error(path, e.into_inner().to_string())
    })?;
    de.end()
        .map_err(|e| decode_error(String::new(), e.to_string()))?;
    Ok(value)
}

/// Builds [`Error::Api`] from a non-2xx response, tolerating any body.
pub(crate) fn api_error(operation: &'static str, raw: &RawResponse) -> Error {
    let mut parsed = ZoomError::parse(&raw.body);
    let redact = &raw.redact;
    parsed.message = parsed.message.as_deref().map(|m| redact.apply(m));
    for error in &mut parsed.errors {
        error.field = redact.apply(&error.field);
        error.message = redact.apply(&error.message);
    }
    let rate_limit = RateLimitInfo::from_headers(&raw.headers);
    let now = SystemTime::now();
    let retry_after = header(&raw.headers, "retry-after")
        .and_then(|value| parse_retry_after(&value, now))
        // Zoom resets daily limits at 00:00 UTC.
        .or_else(|| rate_limit.is_daily_limit().then(|| until_utc_midnight(now)));
    Error::Api(Box::new(ApiError {
        operation,
        status: raw.status.as_u16(),
        code: parsed.code,
        message: parsed.message,
        errors: parsed.errors,
        tracking_id: header(&raw.headers, TRACKING_ID),
        rate_limit,
        retry_after,
        body_excerpt: excerpt(&raw.body, redact),
    }))
}

/// The parts of Zoom's error body we understand.
#[derive(Default)]
struct ZoomError {
    code: Option<i64>,
    message: Option<String>,
    errors: Vec<FieldError>,
}

impl ZoomError {
    /// Reads `{"code", "message", "errors": [{"field", "message"}]}` field
    /// by field, so one odd field does not lose the others.
    fn parse(body: &[u8]) -> Self {
        let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
            return Self::default();
        };
        let code = map.get("code").and_then(|c| match c {
            Value::Number(n) => n.as_i64(),
            // Zoom sometimes quotes numbers.
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        });
        // OAuth endpoints answer `{"reason": ..}` instead of `message`.
        let message = ["message", "reason"]
            .iter()
            .find_map(|k| map.get(*k).and_then(Value::as_str))
            .map(str::to_owned);
        let errors = map
            .get("errors")
            .and_then(Value::as_array)
            .map(|items| items.iter().filter_map(field_error).collect())
            .unwrap_or_default();
        Self {
            code,
            message,
            errors,
        }
    }
}

fn field_error(item: &Value) -> Option<FieldError> {
    let text = |key: &str| item.get(key).and_then(Value::as_str).map(str::to_owned);
    let (field, message) = (text("field"), text("message"));
    if field.is_none() && message.is_none() {
        return None;
    }
    Some(FieldError {
        field: field.unwrap_or_default(),
        message: message.unwrap_or_default(),
    })
}

/// Reads at most `limit` bytes of the body. The flag is `false` when the
/// body was longer and has been cut.
pub(crate) async fn read_capped(
    response: &mut reqwest::Response,
    limit: usize,
) -> reqwest::Result<(Vec<u8>, bool)> {
    let mut body = Vec::new();
    let complete = read_into(response, limit, &mut body).await?;
    Ok((body, complete))
}

/// Like [`read_capped`], appending to `body`, which keeps what arrived
/// before an error.
async fn read_into(
    response: &mut reqwest::Response,
    limit: usize,
    body: &mut Vec<u8>,
) -> reqwest::Result<bool> {
    let hint = response.content_length().unwrap_or(0);
    body.reserve(usize::try_from(hint).unwrap_or(limit).min(limit));
    while let Some(chunk) = response.chunk().await? {
        let room = limit - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            return Ok(false);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(true)
}

/// At most [`EXCERPT_LIMIT`] bytes of `body` as text, cut on a character
/// boundary, with invalid UTF-8 replaced and secrets removed. Secrets are
/// removed before the cut, so one crossing it leaves nothing behind.
fn excerpt(body: &[u8], redact: &Redact) -> String {
    // Room for a secret that starts before the limit and ends after it.
    const SECRET_ROOM: usize = 4096;
    let head = &body[..body.len().min(EXCERPT_LIMIT + SECRET_ROOM)];
    let mut text = redact.apply(&String::from_utf8_lossy(head));
    // Replacement characters are wider than the bytes they replace, so the
    // text can outgrow the limit even though the input did not.
    if text.len() > EXCERPT_LIMIT {
        let mut end = EXCERPT_LIMIT;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_bounded_and_cut_on_a_char_boundary() {
        let body = "é".repeat(1000);
        let text = excerpt(body.as_bytes(), &Redact::default());
        assert!(text.len() <= EXCERPT_LIMIT);
        assert!(text.chars().all(|c| c == 'é'));
        let invalid = vec![0xff; 4096];
        assert!(excerpt(&invalid, &Redact::default()).len() <= EXCERPT_LIMIT);
        assert_eq!(excerpt(b"short", &Redact::default()), "short");
    }

    #[test]
    fn zoom_error_parsing_tolerates_odd_bodies() {
        let e = ZoomError::parse(br#"{"code":"1001","message":"nope","errors":[1,{"field":"a"}]}"#);
        assert_eq!(e.code, Some(1001));
        assert_eq!(e.message.as_deref(), Some("nope"));
        assert_eq!(e.errors.len(), 1);
        assert_eq!(e.errors[0].field, "a");
        let e = ZoomError::parse(b"<html>");
        assert_eq!((e.code, e.message, e.errors.len()), (None, None, 0));
        let e = ZoomError::parse(b"[1,2]");
        assert_eq!(e.code, None);
    }
}
