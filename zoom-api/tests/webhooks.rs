//! Webhook verification against known answers computed outside Rust, and
//! every refusal by its kind.
//!
//! Vectors V1-V3 are Zoom's facts (secret `zoom-rust-test-secret`, made with
//! Python's `hmac`, checked with openssl). Ours, secret `another-secret`:
//!
//! ```text
//! printf '%s' 'v0:1800000000:<OWN_BODY>' | openssl dgst -sha256 -hmac another-secret
//! printf '%s' 'plain-ABC123' | openssl dgst -sha256 -hmac another-secret
//! ```
#![cfg(feature = "webhooks")]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::HeaderMap;
use zoom_api::webhooks::{Delivery, Verifier, WebhookErrorKind};

const SECRET: &str = "zoom-rust-test-secret";
const V1_BODY: &str = r#"{"event":"meeting.started","event_ts":1739923527921,"payload":{"account_id":"AAAAAABBBB","object":{"id":"1234567890","uuid":"4444AAAiAAAAAiAiAiiAii==","host_id":"x1yCzABCDEfg23HiJKl4mN","topic":"My Meeting","type":2,"start_time":"2025-02-19T00:05:27Z","timezone":"America/Los_Angeles","duration":60}}}"#;
const V1_SIGNATURE: &str = "v0=296007f112c003b4a695068a2cee5b178e727eec27ba7f67d398cee0415dc30f";
const V2_BODY: &str = r#"{"event":"meeting.created","payload":{"account_id":"AAAAAABBBB","object":{"uuid":"4444AAAiAAAAAiAiAiiAii==","id":85746065432,"topic":"Réunion ☕"}},"event_ts":1739923527921}"#;
const V2_SIGNATURE: &str = "v0=b57cd866ac67f0213d98908d26fd79332506f132ea79c082da254cb717070e7f";
const V3_BODY: &str = r#"{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}"#;
const V3_SIGNATURE: &str = "v0=d73ca264a8eb37aa9fe3414056af9f3cccfab8888fc05edaa13ee9a677e138df";
const OWN_BODY: &str = r#"{"event":"user.created","event_ts":1800000000123,"payload":{"account_id":"A1","object":{"id":"u1","email":"ada@example.com"}}}"#;
const OWN_SIGNATURE: &str = "v0=14df0b571f526cff80101c8359e7d1fea9efe8b89fdeae6ead9da0ac1d898ffa";

fn headers(timestamp: &str, signature: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    // Any case: HeaderMap keys are case-insensitive, as Zoom's may be.
    headers.insert("X-Zm-Request-Timestamp", timestamp.parse().expect("header"));
    headers.insert("x-zm-signature", signature.parse().expect("header"));
    headers
}

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn verifier() -> Verifier {
    Verifier::new(SECRET).expect("a secret")
}

#[test]
fn zooms_vectors_verify_on_the_raw_bytes() {
    let v1 = verifier().verify_at(
        &headers("1739923528", V1_SIGNATURE),
        V1_BODY.as_bytes(),
        at(1739923530),
    );
    let Ok(Delivery::Event(event)) = v1 else {
        panic!("{v1:?}")
    };
    assert_eq!(
        (event.name.as_str(), event.event_ts),
        ("meeting.started", Some(1739923527921))
    );
    // The same body with the next second's signature.
    let next = "v0=ab4572a168651efb15479a5e89996e7a08831e2405f359661c9a0530422dd59d";
    assert!(
        verifier()
            .verify_at(
                &headers("1739923529", next),
                V1_BODY.as_bytes(),
                at(1739923530)
            )
            .is_ok()
    );
    let v2 = verifier().verify_at(
        &headers("1739923528", V2_SIGNATURE),
        V2_BODY.as_bytes(),
        at(1739923528),
    );
    assert!(
        matches!(v2, Ok(Delivery::Event(ref e)) if e.name == "meeting.created"),
        "{v2:?}"
    );
}

#[test]
fn re_serialised_json_with_the_same_meaning_is_refused() {
    let value: serde_json::Value = serde_json::from_str(V2_BODY).expect("JSON");
    // Keys sorted, and `\u` escapes: the same meaning, other bytes.
    let sorted = serde_json::to_string(&value).expect("JSON");
    let escaped = V2_BODY.replace('é', "\\u00e9").replace('☕', "\\u2615");
    for body in [sorted, escaped] {
        assert_ne!(body, V2_BODY);
        let err = verifier()
            .verify_at(
                &headers("1739923528", V2_SIGNATURE),
                body.as_bytes(),
                at(1739923528),
            )
            .expect_err("other bytes");
        assert_eq!(err.kind, WebhookErrorKind::BadSignature);
    }
}

#[test]
fn the_url_validation_challenge_gets_zooms_answer() {
    let delivery = verifier()
        .verify_at(
            &headers("1654503849", V3_SIGNATURE),
            V3_BODY.as_bytes(),
            at(1654503850),
        )
        .expect("a signed challenge");
    let Delivery::UrlValidation(answer) = delivery else {
        panic!("{delivery:?}")
    };
    assert_eq!(
        answer.encrypted_token,
        "135a1cc8a9b6a997201e5b26636b206c9259757254ae1462d8e848e859e87e87"
    );
    assert_eq!(
        answer.to_json(),
        r#"{"encryptedToken":"135a1cc8a9b6a997201e5b26636b206c9259757254ae1462d8e848e859e87e87","plainToken":"qgg8vlvZRS6UYooatFL8Aw"}"#
    );
}

#[test]
fn our_own_vectors_made_with_openssl() {
    let own = Verifier::new("another-secret").expect("a secret");
    let got = own.verify_at(
        &headers("1800000000", OWN_SIGNATURE),
        OWN_BODY.as_bytes(),
        at(1800000060),
    );
    let Ok(Delivery::Event(event)) = got else {
        panic!("{got:?}")
    };
    assert_eq!(
        event.payload::<serde_json::Value>().expect("payload")["object"]["email"],
        "ada@example.com"
    );
    assert_eq!(
        own.answer_challenge("plain-ABC123").encrypted_token,
        "6500712a445f37b48accf7dbd0b55f004bc899647ee87ef2ea6fcd5210691b93"
    );
}

#[test]
fn every_refusal_has_its_kind() {
    use WebhookErrorKind as K;
    let body = V1_BODY.as_bytes();
    let now = at(1739923528);
    let check = |headers: HeaderMap, body: &[u8], now| {
        verifier().verify_at(&headers, body, now).unwrap_err().kind
    };
    let wrong_secret = Verifier::new("not-the-secret").expect("a secret");
    assert_eq!(
        wrong_secret
            .verify_at(&headers("1739923528", V1_SIGNATURE), body, now)
            .unwrap_err()
            .kind,
        K::BadSignature
    );
    let mut changed = V1_BODY.as_bytes().to_vec();
    changed[10] ^= 1;
    assert_eq!(
        check(headers("1739923528", V1_SIGNATURE), &changed, now),
        K::BadSignature
    );
    assert_eq!(
        check(
            headers("1739923528", V1_SIGNATURE),
            body,
            at(1739923528 + 360)
        ),
        K::TooOld
    );
    assert_eq!(
        check(
            headers("1739923528", V1_SIGNATURE),
            body,
            at(1739923528 - 360)
        ),
        K::InTheFuture
    );
    let mut no_signature = headers("1739923528", V1_SIGNATURE);
    no_signature.remove("x-zm-signature");
    assert_eq!(
        check(no_signature, body, now),
        K::MissingHeader("x-zm-signature")
    );
    let mut no_timestamp = headers("1739923528", V1_SIGNATURE);
    no_timestamp.remove("x-zm-request-timestamp");
    assert_eq!(
        check(no_timestamp, body, now),
        K::MissingHeader("x-zm-request-timestamp")
    );
    let v1_scheme = V1_SIGNATURE.replace("v0=", "v1=");
    assert_eq!(
        check(headers("1739923528", &v1_scheme), body, now),
        K::UnsupportedScheme("v1".into())
    );
    let not_hex = format!("v0={}", "zz".repeat(32));
    assert_eq!(
        check(headers("1739923528", &not_hex), body, now),
        K::MalformedHeader("x-zm-signature")
    );
    assert_eq!(
        check(headers("soon", V1_SIGNATURE), body, now),
        K::MalformedHeader("x-zm-request-timestamp")
    );
    let small = verifier().max_body(100);
    let err = small
        .verify_at(&headers("1739923528", V1_SIGNATURE), body, now)
        .unwrap_err();
    assert_eq!((err.status(), err.kind), (413, K::TooLarge));
    assert_eq!(Verifier::new("").unwrap_err().kind, K::EmptySecret);
}

#[test]
fn the_secret_never_shows() {
    let verifier = Verifier::new(SECRET).expect("a secret");
    assert!(!format!("{verifier:?}").contains(SECRET));
    let err = verifier
        .verify_at(&headers("1", V1_SIGNATURE), V1_BODY.as_bytes(), at(1))
        .unwrap_err();
    for shown in [format!("{err}"), format!("{err:?}")] {
        assert!(!shown.contains(SECRET), "{shown}");
    }
}

#[test]
fn a_tolerance_can_be_set() {
    let lenient = verifier().tolerance(Duration::from_secs(3600));
    let late = at(1739923528 + 1800);
    assert!(
        lenient
            .verify_at(
                &headers("1739923528", V1_SIGNATURE),
                V1_BODY.as_bytes(),
                late
            )
            .is_ok()
    );
}

#[cfg(feature = "meetings")]
#[test]
fn a_verified_delivery_parses_into_its_groups_typed_event() {
    use zoom_api::events::meetings::Event;
    let v2 = verifier().verify_at(
        &headers("1739923528", V2_SIGNATURE),
        V2_BODY.as_bytes(),
        at(1739923528),
    );
    let Ok(Delivery::Event(raw)) = v2 else {
        panic!("{v2:?}")
    };
    let Ok(Event::MeetingCreated(created)) = raw.parse::<Event>() else {
        panic!("not read as meeting.created: {:?}", raw.parse::<Event>())
    };
    let meeting = created.payload.object;
    assert_eq!(meeting.id, Some(85746065432));
    assert_eq!(meeting.topic.as_deref(), Some("Réunion ☕"));
    // A user event is not a meetings event: `Unknown`, kept whole.
    let user: Event = serde_json::from_str(OWN_BODY).expect("reads");
    assert_eq!(user.name(), "user.created");
    assert!(matches!(user, Event::Unknown { .. }));
}
