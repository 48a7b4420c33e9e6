//! Bodies that end early: cut mid-way (1), JSON truncated where its
//! length says it ends (2), shorter than its `Content-Length` (14), and
//! an error body cut short (15).

use zoom_api::RetryPolicy;
use zoom_api::types::UpdateUserRequest;

use super::{
    RETRIES, TIMEOUT, api, budget, client, create, decode, fast, finishes_within, get_me, render,
    transport,
};
use crate::raw::{Conn, RawServer};

/// 100 bytes of the start of a valid `User` answer.
fn first_100_bytes() -> Vec<u8> {
    let mut body = br#"{"id": "abc", "type": 1, "first_name": ""#.to_vec();
    body.resize(100, b'a');
    body
}

/// Script: read the request, send 200 headers promising 500 bytes, send
/// 100, hang up.
async fn cut_mid_body(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n";
    let _ = conn.write(head.as_bytes()).await;
    let _ = conn.write(&first_100_bytes()).await;
}

// 1 -------------------------------------------------------------------------

#[tokio::test]
async fn f01_body_cut_mid_way_on_get_is_a_transport_error() {
    let server = RawServer::start(cut_mid_body).await;
    let client = client(&server, RetryPolicy::none());
    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    // reqwest files a failed body read under "decode", though nothing was
    // decoded: the bytes never arrived. It is not a timeout.
    assert!(source.is_decode() && !source.is_timeout(), "{source:?}");
    assert_eq!(err.status(), None);
    assert_eq!(err.operation(), Some("getUser"));
    assert_eq!(
        err.to_string(),
        "getUser failed: the connection failed while reading the response"
    );
    render(&err);
    assert_eq!(server.count("GET", "/users/me"), 1);
}

#[tokio::test]
async fn f01_body_cut_mid_way_on_get_is_retried_per_policy() {
    let server = RawServer::start(cut_mid_body).await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1 + RETRIES), get_me(&client)).await;
    let err = result.unwrap_err();
    transport(&err);
    // A lost connection is transient, and resending a GET is safe.
    let sent = server.count("GET", "/users/me");
    assert_eq!(
        (sent, err.is_retryable()),
        (1 + RETRIES as usize, true),
        "sent {sent} times; {err:?}"
    );
}

#[tokio::test]
async fn f01_body_cut_mid_way_on_post_is_sent_once() {
    let server = RawServer::start(cut_mid_body).await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1 + RETRIES), create(&client)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_decode() && !source.is_timeout(), "{source:?}");
    assert_eq!(err.operation(), Some("createUser"));
    assert_eq!(server.count("POST", "/users"), 1);
    assert_eq!(server.accepted(), 1);
}

// 2 -------------------------------------------------------------------------

#[tokio::test]
async fn f02_truncated_json_is_a_decode_error_with_path_and_is_not_retried() {
    const CUT_IN_KEY: &str = r#"{"id": "abc", "first_na"#;
    const CUT_IN_VALUE: &str = r#"{"id": "abc", "type": 1, "first_name": "Ad"#;
    let server = RawServer::start(|mut conn: Conn, _| async move {
        let Some(request) = conn.read_request().await else {
            return;
        };
        let body = if request.path() == "/users/me" {
            CUT_IN_KEY
        } else {
            CUT_IN_VALUE
        };
        let json = [("Content-Type", "application/json")];
        conn.respond("200 OK", &json, body.as_bytes()).await;
    })
    .await;
    let client = client(&server, fast());

    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    let d = decode(&err);
    assert_eq!(d.status(), 200);
    assert_eq!(d.operation(), "getUser");
    assert_eq!(d.content_type(), Some("application/json"));
    assert_eq!(d.body_excerpt(), CUT_IN_KEY);
    // The cut falls inside a key at the root: no field was reached, so the
    // path is the top level (empty), not serde_path_to_error's `?`.
    assert_eq!(d.path(), "");
    assert!(d.message().contains("EOF while parsing"), "{d:?}");
    assert_eq!(err.status(), Some(200));
    assert!(!err.is_retryable());
    assert_eq!(server.count("GET", "/users/me"), 1);

    let call = client.get_user("cut-in-value").send();
    let (result, _) = finishes_within(budget(1), call).await;
    let err = result.unwrap_err();
    let d = decode(&err);
    assert_eq!(d.path(), "first_name", "{d:?}");
    assert_eq!(d.body_excerpt(), CUT_IN_VALUE);
    assert!(err.to_string().contains(" at first_name: "), "{err}");
    assert_eq!(server.count("GET", "/users/cut-in-value"), 1);
}

// 14 ------------------------------------------------------------------------

#[tokio::test]
async fn f14_a_body_shorter_than_its_length_is_an_error_not_a_hang() {
    let server = RawServer::start(|mut conn: Conn, _| async move {
        conn.read_request().await;
        let reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
                     Content-Length: 10\r\n\r\n{\"id\"";
        let _ = conn.write(reply.as_bytes()).await;
    })
    .await;
    let client = client(&server, RetryPolicy::none());

    let (result, elapsed) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_decode() && !source.is_timeout(), "{source:?}");
    // The close is noticed at once, not after the timeout.
    assert!(elapsed < TIMEOUT, "{elapsed:?}");
    assert_eq!(server.count("GET", "/users/me"), 1);

    // Without a body to decode, the 200 is all that matters.
    let change = UpdateUserRequest {
        job_title: Some("Engineer".into()),
        ..Default::default()
    };
    let call = client.update_user("me", change).send();
    let (result, _) = finishes_within(budget(1), call).await;
    result.expect("the status said done; the body is not needed");
    assert_eq!(server.count("PATCH", "/users/me"), 1);
}

// 15 ------------------------------------------------------------------------

#[tokio::test]
async fn f15_an_error_body_cut_short_keeps_what_arrived() {
    const PART: &str = "{\"code\": 1001, \"message\"";
    let server = RawServer::start(|mut conn: Conn, _| async move {
        conn.read_request().await;
        let head = "HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\n\
                    Content-Length: 500\r\n\r\n";
        let _ = conn.write(head.as_bytes()).await;
        let _ = conn.write(PART.as_bytes()).await;
    })
    .await;
    let client = client(&server, RetryPolicy::none());
    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    // The status already says what happened; the part of the body that
    // arrived is still shown.
    let a = api(&err);
    assert_eq!(a.status(), 502);
    assert_eq!(a.body_excerpt(), PART);
    assert_eq!(server.count("GET", "/users/me"), 1);
}
