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

// The crate root resolves `mod x;` next to itself, in `tests/`, where Cargo
// would build every file as a test target of its own; `#[path]` keeps the
// topics in `tests/faults/`, compiled into this one test binary. Faults by
// module: 1, 2, 14, 15 in `cut_bodies`; 3, 4, 5 in `content`; 6 in
// `huge_bodies`; 7, 12 in `timeouts`; 8, 9 in `error_statuses`; 10 in
// `token_endpoint`; 11, 13 in `connections`.
#[path = "faults/connections.rs"]
mod connections;
#[path = "faults/content.rs"]
mod content;
#[path = "faults/cut_bodies.rs"]
mod cut_bodies;
#[path = "faults/error_statuses.rs"]
mod error_statuses;
#[path = "faults/huge_bodies.rs"]
mod huge_bodies;
#[path = "faults/timeouts.rs"]
mod timeouts;
#[path = "faults/token_endpoint.rs"]
mod token_endpoint;

use std::future::Future;
use std::time::{Duration, Instant};

use raw::{Conn, RawServer};
use zoom_api::types::{CreateUserRequest, User};
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

// Here rather than in `timeouts`: the hanging token endpoint (10) uses it too.
/// Script: read the request, never answer, wait for the client to give up.
async fn never_answer(mut conn: Conn, _: usize) {
    conn.read_request().await;
    conn.wait_for_close(Duration::from_secs(30)).await;
}
