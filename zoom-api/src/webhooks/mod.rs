//! Receiving Zoom's webhook deliveries (feature `webhooks`): verify them on
//! the raw bytes, answer the URL-validation challenge, read the event.
//!
//! Zoom signs each delivery with the app's secret token:
//! `x-zm-signature: v0=<hex HMAC-SHA256 of "v0:{x-zm-request-timestamp}:{raw body}">`.
//! [`Verifier::verify`] checks that in constant time on the bytes as they
//! arrived (never on re-serialised JSON, which would not match byte for
//! byte), refuses a timestamp outside a tolerance window (5 minutes by
//! default, either way) and a body over a size limit, and only then parses
//! the JSON. An `endpoint.url_validation` delivery comes back as
//! [`Delivery::UrlValidation`] with the exact answer Zoom expects.
//!
//! Zoom waits 3 seconds for the answer and retries on 5xx and timeouts, so
//! answer first and work afterwards:
//!
//! ```
//! use zoom_api::webhooks::{Delivery, Verifier};
//!
//! # fn demo(headers: &http::HeaderMap, body: &[u8]) -> Result<(), zoom_api::webhooks::WebhookError> {
//! let verifier = Verifier::new("the app's secret token")?;
//! match verifier.verify(headers, body)? {
//!     // 200 with this JSON body.
//!     Delivery::UrlValidation(answer) => println!("{}", answer.to_json()),
//!     // 200 at once; hand the event to a queue or a task.
//!     Delivery::Event(event) => println!("{} at {:?}", event.name, event.event_ts),
//! }
//! # Ok(()) }
//! ```
//!
//! HMAC and the constant-time comparison come from `ring`, which the
//! default TLS backend (rustls) already builds.

#[cfg(feature = "axum")]
mod axum;
mod events;
mod verify;

#[cfg(feature = "axum")]
pub use axum::ZoomWebhook;
pub use events::{EventError, WebhookEvent};
#[doc(hidden)]
pub use events::{decode_event, event_parts};
pub use verify::{ChallengeAnswer, Delivery, RawEvent, Verifier, WebhookError, WebhookErrorKind};
