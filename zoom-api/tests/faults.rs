//! Fault injection: a raw TCP server (`tests/support/raw.rs`) misbehaves
//! at the TCP and HTTP level, and every call must end with `Ok` or a typed
//! `zoom_api::Error` within its configured timeout: no panic, no hang, no
//! unbounded buffering, no POST sent twice.
//!
//! Every call runs under [`finishes_within`], so a hang fails the test
//! instead of blocking CI. Clients use a 400 ms timeout and a policy of 3
//! retries with 5-20 ms back-off ([`fast`]). "Sent" counts complete
//! requests the server read; "connections" counts accepted connections.
//!
//! Faults and expected outcomes:
//!
//! 1. **Body cut mid-way** (200, `Content-Length: 500`, 100 bytes, close):
//!    `Error::Transport`, not `Decode`: the body never arrived, so nothing
//!    was decoded (reqwest files the failed read as a body-decode failure,
//!    `source.is_decode()`, with an `IncompleteBody` cause). GET is sent
//!    1 + 3 times (a lost connection is retryable); POST once.
//! 2. **Truncated JSON** whose `Content-Length` matches the cut text:
//!    `Error::Decode` with status 200, the text as excerpt and the path
//!    where it broke (empty, the top level, when the cut is inside a root
//!    key; `first_name` inside that field's value). Sent once: decode errors are not retried.
//! 3. **HTML 502 page** (`text/html`): `Error::Api` 502, no Zoom code or
//!    message, the page as excerpt. GET sent 1 + 3 times, POST once.
//! 4. **Wrong content type**: the header is not consulted. `text/plain`
//!    holding valid JSON decodes to `Ok`; `application/json` holding HTML
//!    is `Error::Decode` reporting that content type. Sent once each.
//! 5. **Body not UTF-8** (`ff fe ..`): on 200 `Error::Decode`, on 400
//!    `Error::Api`, each with a lossy excerpt (U+FFFD); no panic.
//! 6. **Huge bodies**: 20 MiB 200 with `Content-Length` is `Error::Decode`
//!    "response body exceeds the 16 MiB limit" with a 1 KiB excerpt; a
//!    20 MiB 400 is `Error::Api` with a 1 KiB excerpt, and the client hangs
//!    up after 64 KiB; a 64 MiB chunked 200 stops at 16 MiB with the same
//!    decode error, and the client hangs up (the server cannot write it
//!    all). Sent once each.
//! 7. **Headers never arrive**: `Error::Transport` timeout after the
//!    timeout; GET sent 1 + 3 times (each attempt waits its timeout), POST
//!    once.
//! 8. **429 storm without rate-limit headers**: backs off and sends
//!    1 + `max_retries` times (fewer when `max_total_wait` is spent), then
//!    `Error::Api` 429: `is_rate_limited()`, no `retry_after`. The total
//!    wait stays within the cap.
//! 9. **500 on POST** (`createUser`): `Error::Api` 500, sent once.
//! 10. **Token endpoint** answering `not json`, JSON without
//!     `access_token`, or nothing (hangs): `Error::Auth` each, within the
//!     timeout, after one token request; the API is never called, and the
//!     client secret shows in no `Display`, `Debug` or source.
//! 11. **Connection closed right after accept**, no response:
//!     `Error::Transport` "before a response arrived". GET: 1 + 3
//!     connections. POST: one connection, never resent: the request may
//!     have been written and read, and only a refused connection proves it
//!     was not.
//! 12. **Slow loris** (200 headers, then a body byte per 100 ms):
//!     `Error::Transport` timeout within the timeout (+ margin) per attempt;
//!     GET retried per policy.
//! 13. **Garbage status line** (`HTTP/1.1 abc`): `Error::Transport`
//!     (`source.is_request()`), no panic; retried like a lost connection:
//!     GET 1 + 3 times, POST once.
//! 14. **Body shorter than its `Content-Length`** (10 announced, 5 sent,
//!     close): `getUser` fails with `Error::Transport` at once, no hang; an
//!     operation without a response body (`updateUser`) returns `Ok(())`,
//!     since the status already said done and the body is ignored.
//! 15. **Error body cut short** (502, `Content-Length: 500`, 24 bytes,
//!     close): `Error::Api` 502 whose excerpt is the part that arrived.

#[path = "support/raw.rs"]
mod raw;

use std::future::Future;
use std::time::{Duration, Instant};

use raw::{Conn, RawServer};
use zoom_api::types::{CreateUserRequest, UpdateUserRequest, User, UserType};
use zoom_api::{Client, Error, RetryPolicy};

/// The client's per-attempt timeout.
const TIMEOUT: Duration = Duration::from_millis(400);
/// Retries allowed by [`fast`].
const RETRIES: u32 = 3;
/// The most [`fast`] can sleep over all its retries: 5 + 10 + 20 ms.
const BACKOFF_MAX: Duration = Duration::from_millis(35);
/// Slack for scheduling on a busy CI machine.
const MARGIN: Duration = Duration::from_millis(1500);
const MIB: usize = 1024 * 1024;
/// The most body bytes an `ApiError` or `DecodeError` quotes.
const EXCERPT_LIMIT: usize = 1024;

/// The default policy with millisecond back-off so the suite stays fast.
fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .max_retries(RETRIES)
        .base_delay(Duration::from_millis(5))
        .max_delay(Duration::from_millis(20))
}

fn client(server: &RawServer, policy: RetryPolicy) -> Client {
    Client::builder()
        .base_url(server.url())
        .bearer_token("test-token")
        .timeout(TIMEOUT)
        .retry_policy(policy)
        .build()
        .expect("valid configuration")
}

/// How long `attempts` attempts may take when each can run into the
/// timeout: the timeouts, the back-off and the margin.
fn budget(attempts: u32) -> Duration {
    TIMEOUT * attempts + BACKOFF_MAX + MARGIN
}

/// Runs `call`, failing the test if it has not finished within `limit`
/// (a hang); returns its output and how long it took.
async fn finishes_within<T>(limit: Duration, call: impl Future<Output = T>) -> (T, Duration) {
    let started = Instant::now();
    match tokio::time::timeout(limit, call).await {
        Ok(output) => (output, started.elapsed()),
        Err(_) => panic!("the call hung: not finished within {limit:?}"),
    }
}

async fn get_me(client: &Client) -> Result<User, Error> {
    client.get_user("me").send().await
}

fn new_user() -> CreateUserRequest {
    // From JSON, so the test does not depend on every optional field.
    serde_json::from_value(serde_json::json!({
        "action": "create",
        "user_info": {"email": "ada@example.com", "type": 1}
    }))
    .expect("a valid createUser body")
}

async fn create(client: &Client) -> Result<(), Error> {
    client.create_user(new_user()).send().await.map(drop)
}

/// The `Error::Transport` source, or a panic naming what came instead.
fn transport(err: &Error) -> &reqwest::Error {
    match err {
        Error::Transport { source, .. } => source,
        other => panic!("expected Error::Transport, got {other:?}"),
    }
}

fn api(err: &Error) -> &zoom_api::ApiError {
    match err {
        Error::Api(api) => api,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

fn decode(err: &Error) -> &zoom_api::DecodeError {
    match err {
        Error::Decode(decode) => decode,
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

fn auth(err: &Error) -> &zoom_api::AuthError {
    match err {
        Error::Auth(auth) => auth,
        other => panic!("expected Error::Auth, got {other:?}"),
    }
}

/// `Display`, `Debug` and the source chain must all format (no panic).
fn render(err: &Error) -> String {
    let mut shown = format!("{err}\n{err:?}\n{err:#?}");
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        shown.push_str(&format!("\n{cause}\n{cause:?}"));
        source = cause.source();
    }
    shown
}

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

// 3 -------------------------------------------------------------------------

const BAD_GATEWAY_PAGE: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n\
     <body><center><h1>502 Bad Gateway</h1></center></body>\r\n</html>\r\n";

async fn bad_gateway(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let html = [("Content-Type", "text/html")];
    conn.respond("502 Bad Gateway", &html, BAD_GATEWAY_PAGE.as_bytes())
        .await;
}

#[tokio::test]
async fn f03_html_502_is_an_api_error_retried_for_get_only() {
    let server = RawServer::start(bad_gateway).await;
    let client = client(&server, fast());

    let (result, _) = finishes_within(budget(1 + RETRIES), get_me(&client)).await;
    let err = result.unwrap_err();
    let a = api(&err);
    assert_eq!(a.status(), 502);
    assert_eq!(a.code(), None);
    assert_eq!(a.message(), None);
    assert_eq!(a.body_excerpt(), BAD_GATEWAY_PAGE);
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "getUser failed: Zoom answered 502 Bad Gateway"
    );
    assert_eq!(server.count("GET", "/users/me"), 1 + RETRIES as usize);

    let (result, _) = finishes_within(budget(1 + RETRIES), create(&client)).await;
    let err = result.unwrap_err();
    assert_eq!(api(&err).status(), 502);
    assert!(
        api(&err)
            .body_excerpt()
            .contains("<h1>502 Bad Gateway</h1>")
    );
    assert_eq!(server.count("POST", "/users"), 1);
}

// 4 -------------------------------------------------------------------------

#[tokio::test]
async fn f04_the_content_type_header_is_not_consulted() {
    const HTML: &str = "<!DOCTYPE html><html><body>Sign in</body></html>";
    let server = RawServer::start(|mut conn: Conn, _| async move {
        let Some(request) = conn.read_request().await else {
            return;
        };
        if request.path() == "/users/plain" {
            let plain = [("Content-Type", "text/plain; charset=utf-8")];
            let json = br#"{"id": "plain", "type": 2}"#;
            conn.respond("200 OK", &plain, json).await;
        } else {
            let json = [("Content-Type", "application/json")];
            conn.respond("200 OK", &json, HTML.as_bytes()).await;
        }
    })
    .await;
    let client = client(&server, fast());

    // text/plain holding valid JSON: decoded all the same.
    let (result, _) = finishes_within(budget(1), client.get_user("plain").send()).await;
    let user = result.expect("JSON is decoded whatever the content type says");
    assert_eq!(user.id.as_deref(), Some("plain"));
    assert_eq!(user.type_, UserType::Licensed);
    assert_eq!(server.count("GET", "/users/plain"), 1);

    // application/json holding HTML: a decode error naming that type.
    let (result, _) = finishes_within(budget(1), client.get_user("html").send()).await;
    let err = result.unwrap_err();
    let d = decode(&err);
    assert_eq!(d.status(), 200);
    assert_eq!(d.content_type(), Some("application/json"));
    assert_eq!(d.body_excerpt(), HTML);
    assert_eq!(d.path(), "");
    assert!(d.message().starts_with("expected value"), "{d:?}");
    assert_eq!(server.count("GET", "/users/html"), 1);
}

// 5 -------------------------------------------------------------------------

#[tokio::test]
async fn f05_a_body_that_is_not_utf8_gives_lossy_excerpts() {
    const GARBAGE: &[u8] = &[0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28, 0x80, b'o', b'k'];
    let server = RawServer::start(|mut conn: Conn, _| async move {
        let Some(request) = conn.read_request().await else {
            return;
        };
        let json = [("Content-Type", "application/json")];
        let status = if request.path() == "/users/me" {
            "200 OK"
        } else {
            "400 Bad Request"
        };
        conn.respond(status, &json, GARBAGE).await;
    })
    .await;
    let client = client(&server, fast());

    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    let d = decode(&err);
    assert_eq!(d.status(), 200);
    assert_eq!(d.body_excerpt(), String::from_utf8_lossy(GARBAGE));
    assert!(d.body_excerpt().contains('\u{FFFD}'));
    render(&err);
    assert_eq!(server.count("GET", "/users/me"), 1);

    let (result, _) = finishes_within(budget(1), client.get_user("bad").send()).await;
    let err = result.unwrap_err();
    let a = api(&err);
    assert_eq!(a.status(), 400);
    assert_eq!((a.code(), a.message()), (None, None));
    assert_eq!(a.body_excerpt(), String::from_utf8_lossy(GARBAGE));
    assert!(a.body_excerpt().ends_with("(\u{FFFD}ok"), "{a:?}");
    render(&err);
    assert_eq!(server.count("GET", "/users/bad"), 1);
}

// 6 -------------------------------------------------------------------------

const CHUNK: usize = 64 * 1024;

/// Writes `total` bytes of `byte` in 64 KiB writes, from one buffer,
/// stopping at the first failed write (the client hung up).
async fn stream_body(conn: &mut Conn, total: usize, byte: u8) {
    let chunk = vec![byte; CHUNK];
    let mut sent = 0;
    while sent < total {
        let n = CHUNK.min(total - sent);
        if conn.write(&chunk[..n]).await.is_err() {
            return;
        }
        sent += n;
    }
}

/// Writes `total` bytes of `byte` with chunked transfer encoding.
async fn stream_chunked(conn: &mut Conn, total: usize, byte: u8) {
    let mut frame = format!("{CHUNK:x}\r\n").into_bytes();
    frame.extend(std::iter::repeat_n(byte, CHUNK));
    frame.extend_from_slice(b"\r\n");
    for _ in 0..total / CHUNK {
        if conn.write(&frame).await.is_err() {
            return;
        }
    }
    let _ = conn.write(b"0\r\n\r\n").await;
}

#[tokio::test]
async fn f06_a_20_mib_success_body_is_a_decode_error_at_the_limit() {
    const TOTAL: usize = 20 * MIB;
    let server = RawServer::start(|mut conn: Conn, _| async move {
        conn.read_request().await;
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
             Content-Length: {TOTAL}\r\n\r\n"
        );
        if conn.write(head.as_bytes()).await.is_ok() {
            // A JSON string that never ends: only the cap stops it.
            let _ = conn.write(b"{\"id\": \"").await;
            stream_body(&mut conn, TOTAL - 8, b'a').await;
        }
    })
    .await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    let d = decode(&err);
    assert_eq!(d.status(), 200);
    assert_eq!(d.message(), "response body exceeds the 16 MiB limit");
    assert!(
        d.body_excerpt().len() <= EXCERPT_LIMIT,
        "{}",
        d.body_excerpt().len()
    );
    assert!(d.body_excerpt().starts_with("{\"id\": \"aaa"));
    assert!(err.to_string().contains("16 MiB"), "{err}");
    assert_eq!(server.count("GET", "/users/me"), 1);
}

#[tokio::test]
async fn f06_a_20_mib_error_body_gives_a_bounded_excerpt() {
    const TOTAL: usize = 20 * MIB;
    let server = RawServer::start(|mut conn: Conn, _| async move {
        conn.read_request().await;
        let head = format!(
            "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n\
             Content-Length: {TOTAL}\r\n\r\n"
        );
        if conn.write(head.as_bytes()).await.is_ok() {
            stream_body(&mut conn, TOTAL, b'e').await;
        }
    })
    .await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    let a = api(&err);
    assert_eq!(a.status(), 400);
    assert_eq!(a.body_excerpt(), "e".repeat(EXCERPT_LIMIT));
    assert_eq!(server.count("GET", "/users/me"), 1);
    // The client read its 64 KiB and hung up: the server could not write
    // the rest.
    assert!(server.scripts_finished(1, Duration::from_secs(5)).await);
    assert!(server.write_failed(), "the client read all 20 MiB");
    assert!(server.bytes_written() < TOTAL, "{}", server.bytes_written());
}

#[tokio::test]
async fn f06_a_chunked_body_without_length_stops_at_the_limit() {
    const TOTAL: usize = 64 * MIB;
    let server = RawServer::start(|mut conn: Conn, _| async move {
        conn.read_request().await;
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
                    Transfer-Encoding: chunked\r\n\r\n";
        if conn.write(head.as_bytes()).await.is_ok() {
            stream_chunked(&mut conn, TOTAL, b' ').await;
        }
    })
    .await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    let d = decode(&err);
    assert_eq!(d.message(), "response body exceeds the 16 MiB limit");
    assert!(d.body_excerpt().len() <= EXCERPT_LIMIT);
    assert_eq!(server.count("GET", "/users/me"), 1);
    // Had the client buffered everything, all 64 MiB would have been
    // written; it stopped at 16 MiB and hung up.
    assert!(server.scripts_finished(1, Duration::from_secs(5)).await);
    assert!(server.write_failed(), "the client read all 64 MiB");
    assert!(server.bytes_written() < TOTAL, "{}", server.bytes_written());
}

// 7 -------------------------------------------------------------------------

/// Script: read the request, never answer, wait for the client to give up.
async fn never_answer(mut conn: Conn, _: usize) {
    conn.read_request().await;
    conn.wait_for_close(Duration::from_secs(30)).await;
}

#[tokio::test]
async fn f07_headers_that_never_arrive_time_out_and_get_is_retried() {
    let server = RawServer::start(never_answer).await;
    let client = client(&server, fast());
    let attempts = 1 + RETRIES;
    let (result, elapsed) = finishes_within(budget(attempts), get_me(&client)).await;
    let err = result.unwrap_err();
    assert!(transport(&err).is_timeout(), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(err.to_string(), "getUser failed: the request timed out");
    assert_eq!(server.count("GET", "/users/me"), attempts as usize);
    // Each attempt waited its full timeout, no more.
    assert!(elapsed >= TIMEOUT * attempts, "{elapsed:?}");
    assert!(elapsed <= budget(attempts), "{elapsed:?}");
}

#[tokio::test]
async fn f07_headers_that_never_arrive_time_out_and_post_is_sent_once() {
    let server = RawServer::start(never_answer).await;
    let client = client(&server, fast());
    let (result, elapsed) = finishes_within(budget(1 + RETRIES), create(&client)).await;
    let err = result.unwrap_err();
    assert!(transport(&err).is_timeout(), "{err:?}");
    assert_eq!(err.to_string(), "createUser failed: the request timed out");
    assert!(elapsed >= TIMEOUT && elapsed <= budget(1), "{elapsed:?}");
    assert_eq!(server.count("POST", "/users"), 1);
    assert_eq!(server.accepted(), 1);
}

// 8 -------------------------------------------------------------------------

async fn too_many_requests(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let json = [("Content-Type", "application/json")];
    let body = br#"{"code": 429, "message": "Too many requests. Please try again later."}"#;
    conn.respond("429 Too Many Requests", &json, body).await;
}

#[tokio::test]
async fn f08_a_429_storm_without_headers_is_retried_a_bounded_number_of_times() {
    let server = RawServer::start(too_many_requests).await;
    // At most 5 + 10 + 20 + 20 ms of back-off: well inside the 500 ms cap,
    // so every retry happens.
    let policy = fast()
        .max_retries(4)
        .max_total_wait(Duration::from_millis(500));
    let (result, elapsed) = finishes_within(budget(5), get_me(&client(&server, policy))).await;
    let err = result.unwrap_err();
    assert!(err.is_rate_limited());
    assert_eq!(err.retry_after(), None);
    assert_eq!(api(&err).code(), Some(429));
    let limits = err.rate_limit().expect("an API error");
    assert_eq!((limits.limit(), limits.remaining()), (None, None));
    assert!(!limits.is_daily_limit());
    assert_eq!(server.count("GET", "/users/me"), 5);
    assert!(elapsed < Duration::from_millis(500) + MARGIN, "{elapsed:?}");

    // A POST is retried too (Zoom did not process it), equally bounded.
    let policy = fast().max_retries(2);
    let (result, _) = finishes_within(budget(3), create(&client(&server, policy))).await;
    assert!(result.unwrap_err().is_rate_limited());
    assert_eq!(server.count("POST", "/users"), 3);
}

#[tokio::test]
async fn f08_a_429_storm_stops_when_the_total_wait_cap_is_spent() {
    let server = RawServer::start(too_many_requests).await;
    // 100 retries of up to 20 ms each would take about a second; the cap
    // allows 30 ms of waiting in all.
    let cap = Duration::from_millis(30);
    let policy = RetryPolicy::default()
        .max_retries(100)
        .base_delay(Duration::from_millis(20))
        .max_delay(Duration::from_millis(20))
        .max_total_wait(cap);
    let (result, elapsed) = finishes_within(budget(1), get_me(&client(&server, policy))).await;
    let err = result.unwrap_err();
    assert!(err.is_rate_limited());
    let sent = server.count("GET", "/users/me");
    assert!((2..101).contains(&sent), "sent {sent} times");
    // The waits sum to at most the cap; the rest is request time.
    assert!(elapsed < cap + Duration::from_millis(500), "{elapsed:?}");
}

// 9 -------------------------------------------------------------------------

#[tokio::test]
async fn f09_a_500_on_post_is_sent_once() {
    let server = RawServer::start(|mut conn: Conn, _| async move {
        conn.read_request().await;
        let json = [
            ("Content-Type", "application/json"),
            ("x-zm-trackingid", "v=2.0;t=1"),
        ];
        let body = br#"{"code": 500, "message": "Internal server error"}"#;
        conn.respond("500 Internal Server Error", &json, body).await;
    })
    .await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1), create(&client)).await;
    let err = result.unwrap_err();
    let a = api(&err);
    assert_eq!(a.status(), 500);
    assert_eq!(a.code(), Some(500));
    assert_eq!(a.message(), Some("Internal server error"));
    assert_eq!(a.tracking_id(), Some("v=2.0;t=1"));
    assert_eq!(a.operation(), "createUser");
    assert!(
        err.is_retryable(),
        "retryable in principle, not safe to resend"
    );
    assert_eq!(server.count("POST", "/users"), 1);
    assert_eq!(server.accepted(), 1);
    let sent = server.request_log();
    assert_eq!(sent, ["POST /users"]);
}

// 10 ------------------------------------------------------------------------

const ACCOUNT: &str = "acct";
const CLIENT_ID: &str = "client-id";
const SECRET: &str = "Sup3rS3cretClientValue0123456789";

/// A server-to-server client whose token URL is `server`'s `/oauth/token`.
fn s2s_client(server: &RawServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .server_to_server(ACCOUNT, CLIENT_ID, SECRET)
        .token_url(format!("{}/oauth/token", server.url()))
        .timeout(TIMEOUT)
        .retry_policy(fast())
        .build()
        .expect("valid configuration")
}

/// Checks an `Error::Auth` for `getUser` and that no rendering of it holds
/// the secret (nor the Basic credentials carrying it).
fn assert_auth_error_without_secret(err: &Error, message: &str) {
    let a = auth(err);
    assert_eq!(a.message(), message, "{a:?}");
    assert_eq!(a.operation(), Some("getUser"));
    let shown = render(err);
    assert!(!shown.contains(SECRET), "secret shown: {shown}");
    let basic = base64(format!("{CLIENT_ID}:{SECRET}").as_bytes());
    assert!(!shown.contains(&basic), "credentials shown: {shown}");
}

/// Token endpoint script: answer `/oauth/token` with `reply`; anything
/// else (the API) with 200, which must never be asked for.
async fn token_endpoint(mut conn: Conn, status: &str, body: &[u8]) {
    let Some(request) = conn.read_request().await else {
        return;
    };
    let json = [("Content-Type", "application/json")];
    if request.path() == "/oauth/token" {
        conn.respond(status, &json, body).await;
    } else {
        conn.respond("200 OK", &json, br#"{"id": "me", "type": 1}"#)
            .await;
    }
}

#[tokio::test]
async fn f10_a_token_endpoint_answering_garbage_is_an_auth_error() {
    let server =
        RawServer::start(|conn: Conn, _| token_endpoint(conn, "200 OK", b"not json")).await;
    let client = s2s_client(&server);
    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    assert_auth_error_without_secret(&err, "the token endpoint's answer is not valid JSON");
    assert!(!err.is_retryable(), "the same answer would come again");
    assert_eq!(server.count("POST", "/oauth/token"), 1);
    assert_eq!(server.count("GET", "/users/me"), 0);
}

#[tokio::test]
async fn f10_a_token_answer_without_access_token_is_an_auth_error() {
    // The answer even echoes the secret: nothing of it may be quoted.
    const NO_TOKEN: &str = concat!(
        r#"{"token_type": "bearer", "expires_in": 3599, "#,
        r#""debug": "client_secret=Sup3rS3cretClientValue0123456789"}"#
    );
    assert!(NO_TOKEN.contains(SECRET));
    let server =
        RawServer::start(|conn: Conn, _| token_endpoint(conn, "200 OK", NO_TOKEN.as_bytes())).await;
    let client = s2s_client(&server);
    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    assert_auth_error_without_secret(&err, "the token endpoint's answer has no access_token");
    assert_eq!(server.count("POST", "/oauth/token"), 1);
    assert_eq!(server.count("GET", "/users/me"), 0);
}

#[tokio::test]
async fn f10_a_hanging_token_endpoint_is_an_auth_error_within_the_timeout() {
    let server = RawServer::start(never_answer).await;
    let client = s2s_client(&server);
    let (result, elapsed) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    assert_auth_error_without_secret(&err, "the token request timed out");
    assert!(err.is_retryable());
    assert!(elapsed >= TIMEOUT && elapsed <= budget(1), "{elapsed:?}");
    // The token request is not retried by the policy, and the API is never
    // called without a token.
    assert_eq!(server.count("POST", "/oauth/token"), 1);
    assert_eq!(server.count("GET", "/users/me"), 0);
    assert_eq!(server.accepted(), 1);
}

/// Standard base64, to look for the `Authorization: Basic` value.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for group in bytes.chunks(3) {
        let n = group
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= group.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

// 11 ------------------------------------------------------------------------

/// Script: hang up at once, without reading anything.
async fn hang_up_at_once(conn: Conn, _: usize) {
    drop(conn);
}

#[tokio::test]
async fn f11_a_connection_closed_at_once_is_retried_for_get() {
    let server = RawServer::start(hang_up_at_once).await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1 + RETRIES), get_me(&client)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_request() && !source.is_connect(), "{source:?}");
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "getUser failed: the connection failed before a response arrived"
    );
    assert_eq!(server.accepted(), 1 + RETRIES as usize);
    assert_eq!(server.requests(), 0, "the server never read a request");
}

#[tokio::test]
async fn f11_a_connection_closed_at_once_does_not_resend_a_post() {
    // The connection was accepted, so the request may have been written
    // and read by the server before it closed: the client cannot prove it
    // never left, and must not send it again.
    let server = RawServer::start(hang_up_at_once).await;
    let client = client(&server, fast());
    let (result, _) = finishes_within(budget(1 + RETRIES), create(&client)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_request() && !source.is_connect(), "{source:?}");
    assert_eq!(
        err.to_string(),
        "createUser failed: the connection failed before a response arrived"
    );
    assert_eq!(server.accepted(), 1);
}

// 12 ------------------------------------------------------------------------

/// Script: 200 headers, then one body byte every 100 ms.
async fn slow_loris(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
    if conn.write(head.as_bytes()).await.is_err() {
        return;
    }
    for _ in 0..999 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if conn.write(b" ").await.is_err() {
            return;
        }
    }
}

#[tokio::test]
async fn f12_a_slow_loris_body_times_out_within_the_timeout() {
    let server = RawServer::start(slow_loris).await;

    let once = client(&server, RetryPolicy::none());
    let (result, elapsed) = finishes_within(budget(1), get_me(&once)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_timeout(), "{source:?}");
    assert_eq!(err.to_string(), "getUser failed: the request timed out");
    assert!(
        elapsed >= TIMEOUT && elapsed <= TIMEOUT + MARGIN,
        "{elapsed:?}"
    );
    assert_eq!(server.count("GET", "/users/me"), 1);

    // With retries, each attempt gets the timeout again.
    let retried = client(&server, fast());
    let attempts = 1 + RETRIES;
    let (result, elapsed) = finishes_within(budget(attempts), get_me(&retried)).await;
    assert!(transport(&result.unwrap_err()).is_timeout());
    assert!(elapsed >= TIMEOUT * attempts, "{elapsed:?}");
    assert_eq!(server.count("GET", "/users/me"), 1 + attempts as usize);
}

// 13 ------------------------------------------------------------------------

async fn garbage_status_line(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let _ = conn
        .write(b"HTTP/1.1 abc\r\nContent-Length: 2\r\n\r\n{}")
        .await;
}

#[tokio::test]
async fn f13_a_garbage_status_line_is_a_transport_error() {
    let server = RawServer::start(garbage_status_line).await;
    let client = client(&server, fast());

    let (result, _) = finishes_within(budget(1 + RETRIES), get_me(&client)).await;
    let err = result.unwrap_err();
    let source = transport(&err);
    assert!(source.is_request() && !source.is_timeout(), "{source:?}");
    assert_eq!(err.status(), None);
    render(&err);
    // Treated like a lost connection: GET is retried, POST is not.
    assert_eq!(server.count("GET", "/users/me"), 1 + RETRIES as usize);

    let (result, _) = finishes_within(budget(1), create(&client)).await;
    transport(&result.unwrap_err());
    assert_eq!(server.count("POST", "/users"), 1);
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
