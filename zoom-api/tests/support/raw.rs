//! A raw TCP "HTTP server" on 127.0.0.1 for fault-injection tests.
//!
//! Unlike the hyper-based [`MockServer`](super::MockServer), nothing here
//! speaks HTTP for you: each accepted connection is handed to a script
//! (an async closure) that decides byte by byte what to read, what to
//! write, when to stall and when to hang up. The server counts what it saw
//! so tests can assert how often the client really sent a request.
#![allow(dead_code)] // each test binary uses its own subset

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::{JoinHandle, JoinSet};

/// Longest request head we accept; a real client sends far less.
const MAX_HEAD: usize = 64 * 1024;

/// What the server saw, shared between the accept loop, the scripts and
/// the test.
#[derive(Default)]
pub struct Stats {
    /// Connections accepted.
    accepted: AtomicUsize,
    /// Complete requests read.
    complete: AtomicUsize,
    /// Complete requests read (head and `Content-Length` body), as
    /// `METHOD /path?query`, in arrival order.
    requests: Mutex<Vec<String>>,
    /// Response bytes the scripts managed to write.
    written: AtomicUsize,
    /// Set when a script's write failed (the client hung up).
    write_failed: AtomicBool,
    /// Scripts that returned.
    finished: AtomicUsize,
    finished_notify: Notify,
}

/// A request read off the wire.
#[derive(Debug, Clone)]
pub struct RawRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// Path and query exactly as sent.
    pub target: String,
    /// Header lines as `(lower-case name, value)`.
    pub headers: Vec<(String, String)>,
    /// The body (`Content-Length` bytes).
    pub body: Vec<u8>,
}

impl RawRequest {
    /// The path without the query string.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// First value of header `name` (lower-case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One accepted connection, as seen by a script.
pub struct Conn {
    stream: TcpStream,
    /// Bytes read past the end of the last request.
    pending: Vec<u8>,
    stats: Arc<Stats>,
}

impl Conn {
    /// Reads one request: the head up to the blank line, then
    /// `Content-Length` bytes of body. `None` when the client closed the
    /// connection (or sent something unreadable) before it was complete;
    /// only complete requests are counted.
    pub async fn read_request(&mut self) -> Option<RawRequest> {
        let head_end = loop {
            if let Some(at) = find(&self.pending, b"\r\n\r\n") {
                break at;
            }
            if self.pending.len() > MAX_HEAD || !self.fill().await {
                return None;
            }
        };
        let head = String::from_utf8_lossy(&self.pending[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let mut request_line = lines.next()?.split(' ');
        let method = request_line.next()?.to_owned();
        let target = request_line.next()?.to_owned();
        let headers: Vec<(String, String)> = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        let length: usize = headers
            .iter()
            .find(|(n, _)| n == "content-length")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let body_start = head_end + 4;
        while self.pending.len() < body_start + length {
            if !self.fill().await {
                return None;
            }
        }
        let body = self.pending[body_start..body_start + length].to_vec();
        self.pending.drain(..body_start + length);
        let request = RawRequest {
            method,
            target,
            headers,
            body,
        };
        self.stats
            .requests
            .lock()
            .expect("stats poisoned")
            .push(format!("{} {}", request.method, request.target));
        self.stats.complete.fetch_add(1, Ordering::SeqCst);
        Some(request)
    }

    /// Reads more bytes into `pending`; `false` at end of stream or error.
    async fn fill(&mut self) -> bool {
        let mut buf = [0u8; 8192];
        match self.stream.read(&mut buf).await {
            Ok(0) | Err(_) => false,
            Ok(n) => {
                self.pending.extend_from_slice(&buf[..n]);
                true
            }
        }
    }

    /// Writes `bytes` and flushes, counting what got through. A failure
    /// (the client hung up) is recorded and returned.
    pub async fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        let result = async {
            self.stream.write_all(bytes).await?;
            self.stream.flush().await
        }
        .await;
        match &result {
            Ok(()) => {
                self.stats.written.fetch_add(bytes.len(), Ordering::SeqCst);
            }
            Err(_) => self.stats.write_failed.store(true, Ordering::SeqCst),
        }
        result
    }

    /// Writes a complete response: `status_line` (e.g. `200 OK`), the
    /// headers, a matching `Content-Length`, `Connection: close`, and the
    /// body. Write errors are ignored (they are recorded in the stats).
    pub async fn respond(&mut self, status_line: &str, headers: &[(&str, &str)], body: &[u8]) {
        let mut head = format!("HTTP/1.1 {status_line}\r\n");
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        ));
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body);
        let _ = self.write(&bytes).await;
    }

    /// Waits until the client closes the connection, or `limit` passes;
    /// anything the client sends meanwhile is discarded. Use it to stall
    /// without leaving the server task running after the client gave up.
    pub async fn wait_for_close(&mut self, limit: Duration) {
        let mut buf = [0u8; 1024];
        let _ = tokio::time::timeout(limit, async {
            loop {
                match self.stream.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
            }
        })
        .await;
    }
}

/// The server; it stops (and aborts every script still running) when
/// dropped.
pub struct RawServer {
    addr: SocketAddr,
    stats: Arc<Stats>,
    task: JoinHandle<()>,
}

impl RawServer {
    /// Listens on an ephemeral port of 127.0.0.1 and runs
    /// `script(connection, index)` for every accepted connection, `index`
    /// counting connections from 0. The connection is closed when the
    /// script returns; scripts that answer use [`Conn::respond`], which
    /// sends `Connection: close`, so every connection carries at most one
    /// request and `index` is also the request's index.
    pub async fn start<F, Fut>(script: F) -> Self
    where
        F: Fn(Conn, usize) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("listener has an address");
        let stats = Arc::new(Stats::default());
        let shared = Arc::clone(&stats);
        let task = tokio::spawn(async move {
            let mut scripts = JoinSet::new();
            while let Ok((stream, _)) = listener.accept().await {
                let index = shared.accepted.fetch_add(1, Ordering::SeqCst);
                let stats = Arc::clone(&shared);
                let conn = Conn {
                    stream,
                    pending: Vec::new(),
                    stats: Arc::clone(&shared),
                };
                let run = script(conn, index);
                scripts.spawn(async move {
                    run.await;
                    stats.finished.fetch_add(1, Ordering::SeqCst);
                    stats.finished_notify.notify_waiters();
                });
                // Reap finished scripts so the set does not grow.
                while scripts.try_join_next().is_some() {}
            }
        });
        Self { addr, stats, task }
    }

    /// Base URL, e.g. `http://127.0.0.1:4321`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.stats.accepted.load(Ordering::SeqCst)
    }

    /// Complete requests read so far.
    pub fn requests(&self) -> usize {
        self.stats.complete.load(Ordering::SeqCst)
    }

    /// Complete `method` requests to `path` (query ignored).
    pub fn count(&self, method: &str, path: &str) -> usize {
        self.request_log()
            .iter()
            .filter(|line| {
                let (m, target) = line.split_once(' ').unwrap_or_default();
                m == method && target.split('?').next() == Some(path)
            })
            .count()
    }

    /// `METHOD /target` of every complete request, in arrival order.
    pub fn request_log(&self) -> Vec<String> {
        self.stats.requests.lock().expect("stats poisoned").clone()
    }

    /// Response bytes written successfully so far.
    pub fn bytes_written(&self) -> usize {
        self.stats.written.load(Ordering::SeqCst)
    }

    /// Whether some write failed because the client had hung up.
    pub fn write_failed(&self) -> bool {
        self.stats.write_failed.load(Ordering::SeqCst)
    }

    /// Waits until `n` scripts have returned, at most `limit`; returns
    /// whether they did.
    pub async fn scripts_finished(&self, n: usize, limit: Duration) -> bool {
        tokio::time::timeout(limit, async {
            loop {
                let notified = self.stats.finished_notify.notified();
                if self.stats.finished.load(Ordering::SeqCst) >= n {
                    return;
                }
                notified.await;
            }
        })
        .await
        .is_ok()
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
