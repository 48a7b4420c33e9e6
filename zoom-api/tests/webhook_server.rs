//! End to end: the example's handler on 127.0.0.1 receives a signed
//! delivery, a challenge and a tampered delivery, and answers 200, the
//! challenge JSON, and 401; the event reaches the worker, typed.
#![cfg(feature = "webhooks")]

#[path = "../examples/webhook_server/handler.rs"]
mod handler;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use zoom_api::webhooks::Verifier;

/// Zoom's vector V1 (FACTS.md), signed at 1739923528 with this secret.
const SECRET: &str = "zoom-rust-test-secret";
const V1_BODY: &str = r#"{"event":"meeting.started","event_ts":1739923527921,"payload":{"account_id":"AAAAAABBBB","object":{"id":"1234567890","uuid":"4444AAAiAAAAAiAiAiiAii==","host_id":"x1yCzABCDEfg23HiJKl4mN","topic":"My Meeting","type":2,"start_time":"2025-02-19T00:05:27Z","timezone":"America/Los_Angeles","duration":60}}}"#;
const V1_SIGNATURE: &str = "v0=296007f112c003b4a695068a2cee5b178e727eec27ba7f67d398cee0415dc30f";
const V3_BODY: &str = r#"{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}"#;
const V3_SIGNATURE: &str = "v0=d73ca264a8eb37aa9fe3414056af9f3cccfab8888fc05edaa13ee9a677e138df";

#[tokio::test]
async fn the_example_server_verifies_answers_and_refuses() {
    // The vectors' timestamps are old: this server accepts any age.
    let verifier = Verifier::new(SECRET)
        .expect("a secret")
        .tolerance(std::time::Duration::from_secs(u32::MAX.into()));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let url = format!("http://{}/zoom", listener.local_addr().expect("an address"));
    let (events, mut work) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (verifier, events) = (verifier.clone(), events.clone());
            tokio::spawn(async move {
                let service =
                    service_fn(move |req| handler::handle(verifier.clone(), events.clone(), req));
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    let http = reqwest::Client::new();
    let post = |timestamp: &'static str, signature: &'static str, body: String| {
        http.post(&url)
            .header("x-zm-request-timestamp", timestamp)
            .header("x-zm-signature", signature)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let delivered = post("1739923528", V1_SIGNATURE, V1_BODY.into())
        .await
        .expect("answered");
    assert_eq!(delivered.status(), 200);
    let event = work.recv().await.expect("the event reached the worker");
    assert_eq!(event.name, "meeting.started");
    // The worker's line comes from the typed event, not the raw JSON.
    assert_eq!(
        handler::describe(&event),
        r#"meeting.started "My Meeting" (1234567890)"#
    );

    let challenge = post("1654503849", V3_SIGNATURE, V3_BODY.into())
        .await
        .expect("answered");
    assert_eq!(challenge.status(), 200);
    let body = challenge.bytes().await.expect("a body");
    let json: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(json["plainToken"], "qgg8vlvZRS6UYooatFL8Aw");
    assert_eq!(
        json["encryptedToken"],
        "135a1cc8a9b6a997201e5b26636b206c9259757254ae1462d8e848e859e87e87"
    );

    let tampered = V1_BODY.replace("My Meeting", "My Meetinh");
    let refused = post("1739923528", V1_SIGNATURE, tampered)
        .await
        .expect("answered");
    assert_eq!(refused.status(), 401);
    assert!(
        work.try_recv().is_err(),
        "a refused delivery is not handed on"
    );
}
