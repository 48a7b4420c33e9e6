//! End to end for the `axum` feature: a server on 127.0.0.1 runs the
//! `ZoomWebhook` extractor on each request (as an axum router would, with
//! the verifier as state) and answers with the extractor's responses.
//! Zoom's vectors V1 and V3 (FACTS.md) pass; a tampered body, a missing
//! signature and an oversized body are refused before the handler.
#![cfg(all(feature = "axum", feature = "meetings"))]

use axum_core::body::Body;
use axum_core::extract::FromRequest;
use axum_core::response::{IntoResponse, Response};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::mpsc::UnboundedSender;
use zoom_api::events::meetings::Event;
use zoom_api::webhooks::{Delivery, Verifier, ZoomWebhook};

const SECRET: &str = "zoom-rust-test-secret";
const V1_BODY: &str = r#"{"event":"meeting.started","event_ts":1739923527921,"payload":{"account_id":"AAAAAABBBB","object":{"id":"1234567890","uuid":"4444AAAiAAAAAiAiAiiAii==","host_id":"x1yCzABCDEfg23HiJKl4mN","topic":"My Meeting","type":2,"start_time":"2025-02-19T00:05:27Z","timezone":"America/Los_Angeles","duration":60}}}"#;
const V1_SIGNATURE: &str = "v0=296007f112c003b4a695068a2cee5b178e727eec27ba7f67d398cee0415dc30f";
const V3_BODY: &str = r#"{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}"#;
const V3_SIGNATURE: &str = "v0=d73ca264a8eb37aa9fe3414056af9f3cccfab8888fc05edaa13ee9a677e138df";

/// The handler a user writes: answer the challenge, hand events on.
async fn handler(ZoomWebhook(delivery): ZoomWebhook, events: UnboundedSender<Event>) -> Response {
    match delivery {
        Delivery::UrlValidation(answer) => answer.into_response(),
        Delivery::Event(raw) => match raw.parse::<Event>() {
            Ok(event) => {
                let _ = events.send(event);
                http::StatusCode::OK.into_response()
            }
            Err(e) => (http::StatusCode::OK, e.to_string()).into_response(),
        },
    }
}

/// Serves on 127.0.0.1: extractor first (its refusal is the answer), then the handler.
async fn serve(verifier: Verifier, events: UnboundedSender<Event>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let url = format!("http://{}/zoom", listener.local_addr().expect("an address"));
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (verifier, events) = (verifier.clone(), events.clone());
            tokio::spawn(async move {
                let service = service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                    let (verifier, events) = (verifier.clone(), events.clone());
                    async move {
                        let request = request.map(Body::new);
                        let answer = match ZoomWebhook::from_request(request, &verifier).await {
                            Ok(delivery) => handler(delivery, events).await,
                            Err(refused) => refused.into_response(),
                        };
                        Ok::<_, std::convert::Infallible>(answer)
                    }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    url
}

#[tokio::test]
async fn the_extractor_verifies_answers_and_refuses() {
    // The vectors are old: accept any age; bodies over 1 KiB are refused.
    let verifier = Verifier::new(SECRET)
        .expect("a secret")
        .tolerance(std::time::Duration::from_secs(u32::MAX.into()))
        .max_body(1024);
    let (events, mut received) = tokio::sync::mpsc::unbounded_channel();
    let url = serve(verifier, events).await;
    let http = reqwest::Client::new();
    let post = |signature: Option<&'static str>, timestamp: &'static str, body: String| {
        let mut request = http
            .post(&url)
            .header("x-zm-request-timestamp", timestamp)
            .body(body);
        if let Some(signature) = signature {
            request = request.header("x-zm-signature", signature);
        }
        request.send()
    };

    let delivered = post(Some(V1_SIGNATURE), "1739923528", V1_BODY.into())
        .await
        .expect("answered");
    assert_eq!(delivered.status(), 200);
    let Some(Event::MeetingStarted(started)) = received.recv().await else {
        panic!("the handler did not get meeting.started");
    };
    assert_eq!(started.payload.object.topic.as_deref(), Some("My Meeting"));

    let challenge = post(Some(V3_SIGNATURE), "1654503849", V3_BODY.into())
        .await
        .expect("answered");
    assert_eq!(challenge.status(), 200);
    assert_eq!(
        challenge.headers()["content-type"],
        "application/json",
        "Zoom reads the answer as JSON"
    );
    let body = challenge.bytes().await.expect("a body");
    let json: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(
        json["encryptedToken"],
        "135a1cc8a9b6a997201e5b26636b206c9259757254ae1462d8e848e859e87e87"
    );

    let tampered = post(
        Some(V1_SIGNATURE),
        "1739923528",
        V1_BODY.replace("My", "Our"),
    );
    let tampered = tampered.await.expect("answered");
    assert_eq!(tampered.status(), 401);
    assert!(tampered.text().await.expect("text").contains("signature"));

    let unsigned = post(None, "1739923528", V1_BODY.into())
        .await
        .expect("answered");
    assert_eq!(unsigned.status(), 401);

    let huge = post(Some(V1_SIGNATURE), "1739923528", "x".repeat(4096))
        .await
        .expect("answered");
    assert_eq!(huge.status(), 413);
    assert!(
        received.try_recv().is_err(),
        "refused deliveries reach no handler"
    );
}
