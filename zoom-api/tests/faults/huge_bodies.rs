//! Bodies far over the 16 MiB limit, with and without a length (6).

use std::time::Duration;

use super::{EXCERPT_LIMIT, MIB, api, budget, client, decode, fast, finishes_within, get_me};
use crate::raw::{Conn, RawServer};

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
