//! A token endpoint answering garbage, no token, or nothing at all (10).

use zoom_api::{Client, Error};

use super::{TIMEOUT, auth, budget, fast, finishes_within, get_me, never_answer, render};
use crate::raw::{Conn, RawServer};

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
