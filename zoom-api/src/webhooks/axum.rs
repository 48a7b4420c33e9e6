//! Feature `axum`: a verified delivery as an axum extractor, and the
//! verifier's answers as axum responses. Built on `axum-core` (the traits
//! axum re-exports), so it works with any axum 0.8 router.
//!
//! ```
//! use axum_core::response::{IntoResponse, Response};
//! use zoom_api::webhooks::{Delivery, ZoomWebhook};
//!
//! // With `Router::new().route("/zoom", post(zoom)).with_state(verifier)`
//! // (any state `Verifier` can be taken from with `FromRef`):
//! async fn zoom(ZoomWebhook(delivery): ZoomWebhook) -> Response {
//!     match delivery {
//!         // 200 with the JSON Zoom expects.
//!         Delivery::UrlValidation(answer) => answer.into_response(),
//!         // 200 at once; hand the event on before working on it.
//!         Delivery::Event(raw) => {
//!             println!("{}", raw.name);
//!             http::StatusCode::OK.into_response()
//!         }
//!     }
//! }
//! ```
//!
//! A refused delivery never reaches the handler: the extractor answers
//! with the refusal's status (401, 400 or 413) and its one-line reason.

use std::pin::Pin;

use axum_core::body::Body;
use axum_core::extract::{FromRef, FromRequest, Request};
use axum_core::response::{IntoResponse, Response};
use futures_core::Stream;
use http::{HeaderValue, StatusCode, header};

use super::{ChallengeAnswer, Delivery, Verifier, WebhookError, WebhookErrorKind};

/// A delivery the [`Verifier`] of the router's state accepted; its body
/// is read up to the verifier's size limit, then checked on the raw bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoomWebhook(pub Delivery);

impl<S> FromRequest<S> for ZoomWebhook
where
    S: Send + Sync,
    Verifier: FromRef<S>,
{
    type Rejection = WebhookError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = Verifier::from_ref(state);
        let (parts, body) = request.into_parts();
        let body = read_limited(body, verifier.body_limit()).await?;
        verifier.verify(&parts.headers, &body).map(ZoomWebhook)
    }
}

/// The body, refused as too large as soon as it passes `limit` bytes.
async fn read_limited(body: Body, limit: usize) -> Result<Vec<u8>, WebhookError> {
    let mut stream = body.into_data_stream();
    let mut read = Vec::new();
    loop {
        let next = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await;
        match next {
            None => return Ok(read),
            Some(Ok(chunk)) if read.len() + chunk.len() > limit => {
                return Err(WebhookError::new(WebhookErrorKind::TooLarge));
            }
            Some(Ok(chunk)) => read.extend_from_slice(&chunk),
            Some(Err(e)) => {
                let why = format!("the body could not be read: {e}");
                return Err(WebhookError::new(WebhookErrorKind::InvalidBody(why)));
            }
        }
    }
}

/// The refusal's status with its reason as plain text.
impl IntoResponse for WebhookError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status()).unwrap_or(StatusCode::UNAUTHORIZED);
        (status, self.to_string()).into_response()
    }
}

/// 200 with `{"plainToken": ..., "encryptedToken": ...}`.
impl IntoResponse for ChallengeAnswer {
    fn into_response(self) -> Response {
        let json = HeaderValue::from_static("application/json");
        ([(header::CONTENT_TYPE, json)], self.to_json()).into_response()
    }
}
