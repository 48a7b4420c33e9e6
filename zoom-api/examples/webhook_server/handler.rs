//! One delivery: read the body, verify, answer. Shared by the example and
//! its end-to-end test (`tests/webhook_server.rs`).

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response};
use tokio::sync::mpsc::UnboundedSender;
use zoom_api::events::{meetings, users};
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

/// One line about an event, read into its group's typed `Event` (here
/// Meetings and Users; the other groups work the same way).
pub fn describe(event: &RawEvent) -> String {
    let group = event.name.split('.').next().unwrap_or_default();
    let read = match group {
        "meeting" => event.parse::<meetings::Event>().map(|typed| match typed {
            meetings::Event::MeetingStarted(body) | meetings::Event::MeetingEnded(body) => {
                let meeting = body.payload.object;
                format!(
                    "{} {:?} ({})",
                    event.name,
                    meeting.topic.unwrap_or_default(),
                    meeting.id.unwrap_or_default()
                )
            }
            meetings::Event::MeetingParticipantJoined(body) => {
                let who = body.payload.object.participant.and_then(|p| p.user_name);
                format!("{} {:?}", event.name, who.unwrap_or_default())
            }
            other => format!("{} (typed, {} fields)", other.name(), field_count(&other)),
        }),
        "user" => event.parse::<users::Event>().map(|typed| match typed {
            users::Event::UserCreated(body) => {
                let email = body.payload.object.email.unwrap_or_default();
                format!("{} {email}", event.name)
            }
            other => format!("{} (typed, {} fields)", other.name(), field_count(&other)),
        }),
        _ => return format!("{} (not typed here)", event.name),
    };
    read.unwrap_or_else(|error| format!("{} did not decode: {error}", event.name))
}

fn field_count(event: &impl serde::Serialize) -> usize {
    let body = serde_json::to_value(event).unwrap_or_default();
    body.pointer("/payload/object")
        .and_then(|o| o.as_object())
        .map_or(0, |o| o.len())
}
