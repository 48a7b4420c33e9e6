//! One delivery: read the body, verify, answer. Shared by the example and
//! its end-to-end test (`tests/webhook_server.rs`).

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response};
use tokio::sync::mpsc::UnboundedSender;
use zoom_api::webhooks::{Delivery, RawEvent, Verifier};

/// Bodies larger than this are refused before they are read whole.
const MAX_BODY: usize = 1024 * 1024;

pub async fn handle(
    verifier: Verifier,
    events: UnboundedSender<RawEvent>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, std::convert::Infallible> {
    let (parts, body) = request.into_parts();
    let Ok(body) = Limited::new(body, MAX_BODY)
        .collect()
        .await
        .map(|b| b.to_bytes())
    else {
        return Ok(answer(413, "too large"));
    };
    Ok(match verifier.verify(&parts.headers, &body) {
        Ok(Delivery::UrlValidation(challenge)) => {
            let mut ok = answer(200, &challenge.to_json());
            ok.headers_mut().insert(
                "content-type",
                "application/json".parse().expect("a header"),
            );
            ok
        }
        Ok(Delivery::Event(event)) => {
            // Acknowledge now; the work happens on the other side.
            let _ = events.send(event);
            answer(200, "")
        }
        Err(refused) => answer(refused.status(), &refused.to_string()),
    })
}

fn answer(status: u16, body: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_owned())));
    *response.status_mut() = hyper::StatusCode::from_u16(status).expect("a status");
    response
}
