//! The verifier, what it yields and why it refuses.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::HeaderMap;
use ring::hmac;
use serde_json::Value;

const SIGNATURE: &str = "x-zm-signature";
const TIMESTAMP: &str = "x-zm-request-timestamp";
const URL_VALIDATION: &str = "endpoint.url_validation";
/// Zoom's deliveries are small JSON documents; 1 MiB is far above any.
const DEFAULT_MAX_BODY: usize = 1024 * 1024;
const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// Checks deliveries against the app's secret token. Cheap to clone; its
/// `Debug` never shows the secret.
#[derive(Clone)]
pub struct Verifier {
    key: hmac::Key,
    tolerance: Duration,
    max_body: usize,
}

/// A verified delivery.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    /// Zoom checks the endpoint: answer 200 with [`ChallengeAnswer::to_json`].
    UrlValidation(ChallengeAnswer),
    /// An event.
    Event(RawEvent),
}

/// The answer to `endpoint.url_validation`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeAnswer {
    /// The token Zoom sent.
    pub plain_token: String,
    /// Lowercase hex HMAC-SHA256 of `plain_token` with the secret token.
    pub encrypted_token: String,
}

impl ChallengeAnswer {
    /// `{"plainToken": ..., "encryptedToken": ...}`, the body Zoom expects.
    pub fn to_json(&self) -> String {
        serde_json::json!({
            "plainToken": self.plain_token,
            "encryptedToken": self.encrypted_token,
        })
        .to_string()
    }
}

/// An event, verified and parsed: its name, its time and the whole
/// document as received (typed payloads read from it).
#[derive(Debug, Clone, PartialEq)]
pub struct RawEvent {
    /// `meeting.started`, ...
    pub name: String,
    /// Milliseconds since the epoch, when present (Zoom sometimes sends a
    /// string; it is read either way).
    pub event_ts: Option<i64>,
    /// The whole JSON document.
    pub body: Value,
}

impl RawEvent {
    /// The payload read as `T` (any of the event types, or your own).
    pub fn payload<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        T::deserialize(self.body.get("payload").unwrap_or(&Value::Null))
    }
}

/// Why a delivery was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebhookErrorKind {
    /// The secret token is empty.
    EmptySecret,
    /// A required header is missing.
    MissingHeader(&'static str),
    /// A header is not what Zoom sends (not `v0=` + 64 hex digits, a
    /// timestamp that is not a number).
    MalformedHeader(&'static str),
    /// The signature uses a scheme other than `v0`.
    UnsupportedScheme(String),
    /// The signature does not match the body and timestamp.
    BadSignature,
    /// The timestamp is older than the tolerance allows.
    TooOld,
    /// The timestamp is further in the future than the tolerance allows.
    InTheFuture,
    /// The body is larger than the limit.
    TooLarge,
    /// The signature is right but the body is not the JSON Zoom sends.
    InvalidBody(String),
}

/// A delivery refused by [`Verifier::verify`]: answer 401 (or 400 for
/// [`InvalidBody`](WebhookErrorKind::InvalidBody), 413 for
/// [`TooLarge`](WebhookErrorKind::TooLarge)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookError {
    /// What was wrong.
    pub kind: WebhookErrorKind,
}

impl WebhookError {
    pub(super) fn new(kind: WebhookErrorKind) -> Self {
        WebhookError { kind }
    }

    /// The HTTP status to answer with.
    pub fn status(&self) -> u16 {
        match self.kind {
            WebhookErrorKind::TooLarge => 413,
            WebhookErrorKind::InvalidBody(_) => 400,
            WebhookErrorKind::EmptySecret => 500,
            _ => 401,
        }
    }
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use WebhookErrorKind as K;
        match &self.kind {
            K::EmptySecret => f.write_str("the webhook secret token is empty"),
            K::MissingHeader(name) => write!(f, "webhook delivery without `{name}`"),
            K::MalformedHeader(name) => write!(f, "webhook delivery with a malformed `{name}`"),
            K::UnsupportedScheme(s) => write!(f, "webhook signature scheme `{s}` is not `v0`"),
            K::BadSignature => f.write_str("webhook signature does not match the delivery"),
            K::TooOld => f.write_str("webhook timestamp is outside the tolerance (too old)"),
            K::InTheFuture => {
                f.write_str("webhook timestamp is outside the tolerance (in the future)")
            }
            K::TooLarge => f.write_str("webhook body is over the size limit"),
            K::InvalidBody(why) => write!(f, "webhook body is not Zoom's JSON: {why}"),
        }
    }
}

impl std::error::Error for WebhookError {}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("secret", &"***")
            .field("tolerance", &self.tolerance)
            .field("max_body", &self.max_body)
            .finish()
    }
}

impl Verifier {
    /// A verifier for the app's secret token; an empty one is refused.
    pub fn new(secret: impl AsRef<[u8]>) -> Result<Self, WebhookError> {
        let secret = secret.as_ref();
        if secret.is_empty() {
            return Err(WebhookError::new(WebhookErrorKind::EmptySecret));
        }
        Ok(Verifier {
            key: hmac::Key::new(hmac::HMAC_SHA256, secret),
            tolerance: DEFAULT_TOLERANCE,
            max_body: DEFAULT_MAX_BODY,
        })
    }

    /// How far the timestamp may be from now, either way (5 minutes).
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// The largest body accepted, in bytes (1 MiB).
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// The largest body accepted, in bytes.
    pub fn body_limit(&self) -> usize {
        self.max_body
    }

    /// Verifies a delivery now; see [`verify_at`](Self::verify_at).
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<Delivery, WebhookError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// Verifies a delivery as of `now`: size, headers, timestamp window and
    /// signature over the raw `body`, in that order, then parses it.
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<Delivery, WebhookError> {
        use WebhookErrorKind as K;
        if body.len() > self.max_body {
            return Err(WebhookError::new(K::TooLarge));
        }
        let signature = signature_bytes(header(headers, SIGNATURE)?)?;
        let timestamp = header(headers, TIMESTAMP)?;
        let seconds: u64 = timestamp
            .parse()
            .map_err(|_| WebhookError::new(K::MalformedHeader(TIMESTAMP)))?;
        self.check_window(seconds, now)?;
        let mut message = Vec::with_capacity(body.len() + timestamp.len() + 4);
        message.extend_from_slice(b"v0:");
        message.extend_from_slice(timestamp.as_bytes());
        message.push(b':');
        message.extend_from_slice(body);
        hmac::verify(&self.key, &message, &signature)
            .map_err(|_| WebhookError::new(K::BadSignature))?;
        self.parse(body)
    }

    /// The answer to a URL-validation challenge for `plain_token`.
    pub fn answer_challenge(&self, plain_token: &str) -> ChallengeAnswer {
        let tag = hmac::sign(&self.key, plain_token.as_bytes());
        ChallengeAnswer {
            plain_token: plain_token.to_owned(),
            encrypted_token: hex(tag.as_ref()),
        }
    }

    fn check_window(&self, seconds: u64, now: SystemTime) -> Result<(), WebhookError> {
        let sent = UNIX_EPOCH + Duration::from_secs(seconds);
        match now.duration_since(sent) {
            Ok(age) if age > self.tolerance => Err(WebhookError::new(WebhookErrorKind::TooOld)),
            Ok(_) => Ok(()),
            Err(ahead) if ahead.duration() > self.tolerance => {
                Err(WebhookError::new(WebhookErrorKind::InTheFuture))
            }
            Err(_) => Ok(()),
        }
    }

    fn parse(&self, body: &[u8]) -> Result<Delivery, WebhookError> {
        let invalid = |why: String| WebhookError::new(WebhookErrorKind::InvalidBody(why));
        let value: Value = serde_json::from_slice(body).map_err(|e| invalid(e.to_string()))?;
        let name = value
            .get("event")
            .and_then(Value::as_str)
            .ok_or_else(|| invalid("no `event` name".to_owned()))?
            .to_owned();
        if name == URL_VALIDATION {
            let token = value
                .pointer("/payload/plainToken")
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    invalid("a URL validation without `payload.plainToken`".to_owned())
                })?;
            return Ok(Delivery::UrlValidation(self.answer_challenge(token)));
        }
        let event_ts = match value.get("event_ts") {
            Some(Value::Number(n)) => n.as_i64(),
            Some(Value::String(s)) => s.parse().ok(),
            _ => None,
        };
        Ok(Delivery::Event(RawEvent {
            name,
            event_ts,
            body: value,
        }))
    }
}

/// A header by name (any case), as text.
fn header<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<&'h str, WebhookError> {
    let value = headers
        .get(name)
        .ok_or_else(|| WebhookError::new(WebhookErrorKind::MissingHeader(name)))?;
    value
        .to_str()
        .map(str::trim)
        .map_err(|_| WebhookError::new(WebhookErrorKind::MalformedHeader(name)))
}

/// The 32 bytes of `v0=<64 hex digits>`.
fn signature_bytes(value: &str) -> Result<Vec<u8>, WebhookError> {
    let malformed = || WebhookError::new(WebhookErrorKind::MalformedHeader(SIGNATURE));
    let (scheme, hex_digits) = value.split_once('=').ok_or_else(malformed)?;
    if scheme != "v0" {
        return Err(WebhookError::new(WebhookErrorKind::UnsupportedScheme(
            scheme.to_owned(),
        )));
    }
    if hex_digits.len() != 64 {
        return Err(malformed());
    }
    (0..32)
        .map(|i| u8::from_str_radix(&hex_digits[2 * i..2 * i + 2], 16).map_err(|_| malformed()))
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
