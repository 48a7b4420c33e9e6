//! The mock server: canned replies per method and path, and a record of
//! every request that arrived. Kept free of other test helpers so the
//! generator's compiled fixture (tests/constructs/) can use it too.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// A canned response.
#[derive(Debug, Clone, Default)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    delay: Option<Duration>,
    hang_up: bool,
}

impl Reply {
    /// `status` with a JSON body.
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        Self::raw(status, "application/json", body.to_string())
    }

    /// `status` with no body.
    pub fn empty(status: u16) -> Self {
        Self {
            status,
            ..Self::default()
        }
    }

    /// `status` with an arbitrary body and content type.
    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        let reply = Self {
            body: body.into(),
            ..Self::empty(status)
        };
        reply.header("content-type", content_type)
    }

    /// Adds a response header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Waits this long before answering, to provoke client timeouts.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    /// Closes the connection (after any delay) without answering, like a
    /// server that crashed or reset mid-request.
    pub fn hang_up() -> Self {
        Self {
            hang_up: true,
            ..Self::default()
        }
    }
}

/// Computes a reply from the request and how many earlier requests the
/// same route has seen (0 for the first).
pub type Responder = Arc<dyn Fn(&Recorded, usize) -> Reply + Send + Sync>;

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// Method, e.g. `GET`.
    pub method: String,
    /// Path exactly as sent, percent-encoding untouched.
    pub path: String,
    /// Decoded query pairs, in order.
    pub query: Vec<(String, String)>,
    /// The query string as sent.
    pub raw_query: Option<String>,
    /// Headers with lower-case names.
    pub headers: Vec<(String, String)>,
    /// Request body.
    pub body: Vec<u8>,
    /// When the request arrived (its head was read).
    pub at: std::time::Instant,
}

impl Recorded {
    /// First value of header `name` (lower-case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body parsed as JSON.
    pub fn body_json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is not JSON")
    }

    /// The body parsed as `multipart/form-data`.
    pub fn multipart(&self) -> Vec<MultipartPart> {
        let content_type = self
            .header("content-type")
            .expect("request has no content-type");
        parse_multipart(content_type, &self.body)
    }
}

struct Route {
    responder: Responder,
    hits: usize,
}

#[derive(Default)]
struct State {
    routes: HashMap<(String, String), Route>,
    received: Vec<Recorded>,
}

/// The server; it stops when dropped.
pub struct MockServer {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: JoinHandle<()>,
}

impl MockServer {
    /// Starts listening on an ephemeral port of 127.0.0.1.
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("listener has an address");
        let state = Arc::new(Mutex::new(State::default()));
        let shared = Arc::clone(&state);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let state = Arc::clone(&shared);
                tokio::spawn(async move {
                    let service = service_fn(move |req| handle(Arc::clone(&state), req));
                    // A client hanging up mid-request is not a test failure.
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Self { addr, state, task }
    }

    /// Base URL, e.g. `http://127.0.0.1:4321`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Answers `method path` (path without query, as sent) with `reply`.
    pub fn mock(&self, method: &str, path: &str, reply: Reply) {
        self.mock_fn(method, path, move |_, _| reply.clone());
    }

    /// Answers successive requests to `method path` with `replies` in
    /// order, repeating the last one once they run out.
    pub fn mock_sequence(&self, method: &str, path: &str, replies: Vec<Reply>) {
        assert!(!replies.is_empty(), "a sequence needs at least one reply");
        self.mock_fn(method, path, move |_, n| {
            replies[n.min(replies.len() - 1)].clone()
        });
    }

    /// Answers `method path` with whatever `responder` computes from the
    /// request and the number of earlier requests to this route.
    pub fn mock_fn(
        &self,
        method: &str,
        path: &str,
        responder: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static,
    ) {
        let key = (method.to_owned(), path.to_owned());
        let route = Route {
            responder: Arc::new(responder),
            hits: 0,
        };
        self.state
            .lock()
            .expect("mock state poisoned")
            .routes
            .insert(key, route);
    }

    /// How many `method path` requests arrived so far.
    pub fn count(&self, method: &str, path: &str) -> usize {
        self.state
            .lock()
            .expect("mock state poisoned")
            .received
            .iter()
            .filter(|r| r.method == method && r.path == path)
            .count()
    }

    /// Every request received so far, in arrival order.
    pub fn received(&self) -> Vec<Recorded> {
        self.state
            .lock()
            .expect("mock state poisoned")
            .received
            .clone()
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Returned by the service to make hyper drop the connection unanswered.
#[derive(Debug)]
struct HangUp;

impl std::fmt::Display for HangUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("mock hung up")
    }
}

impl std::error::Error for HangUp {}

async fn handle(
    state: Arc<Mutex<State>>,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, HangUp> {
    let at = std::time::Instant::now();
    let (parts, body) = req.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes().to_vec())
        .unwrap_or_default();
    let raw_query = parts.uri.query().map(str::to_owned);
    let query = raw_query.as_deref().map(decode_query).unwrap_or_default();
    let recorded = Recorded {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query,
        raw_query,
        headers: parts
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body,
        at,
    };
    let key = (recorded.method.clone(), recorded.path.clone());
    let reply = {
        let mut state = state.lock().expect("mock state poisoned");
        let reply = state.routes.get_mut(&key).map(|route| {
            let reply = (route.responder)(&recorded, route.hits);
            route.hits += 1;
            reply
        });
        state.received.push(recorded);
        reply
    };
    let reply = reply.unwrap_or_else(|| {
        let message = format!("no mock for {} {}", key.0, key.1);
        Reply::json(404, serde_json::json!({ "code": 404, "message": message }))
    });
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    if reply.hang_up {
        return Err(HangUp);
    }
    let mut response = hyper::Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        response = response.header(name, value);
    }
    Ok(response
        .body(Full::new(Bytes::from(reply.body)))
        .expect("mock reply is a valid response"))
}

fn decode_query(raw: &str) -> Vec<(String, String)> {
    let url = reqwest::Url::parse(&format!("http://x/?{raw}")).expect("query parses");
    url.query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// One part of a `multipart/form-data` body.
#[derive(Debug, Clone, PartialEq)]
pub struct MultipartPart {
    /// `name` from Content-Disposition.
    pub name: String,
    /// `filename` from Content-Disposition.
    pub file_name: Option<String>,
    /// The part's Content-Type.
    pub content_type: Option<String>,
    /// The part's bytes.
    pub data: Vec<u8>,
}

/// Splits `body` into parts using the boundary from `content_type`.
pub fn parse_multipart(content_type: &str, body: &[u8]) -> Vec<MultipartPart> {
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .expect("content-type has a boundary")
        .trim_matches('"');
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    // Skip the preamble; stop at the closing `--boundary--`.
    for chunk in split(body, delimiter.as_bytes()).into_iter().skip(1) {
        if chunk.starts_with(b"--") {
            break;
        }
        let chunk = chunk.strip_prefix(b"\r\n").expect("CRLF after boundary");
        let chunk = chunk.strip_suffix(b"\r\n").expect("CRLF before boundary");
        let split_at = find(chunk, b"\r\n\r\n").expect("part headers end with a blank line");
        let headers = String::from_utf8_lossy(&chunk[..split_at]).into_owned();
        let data = chunk[split_at + 4..].to_vec();
        let (name, file_name, content_type) = (String::new(), None, None);
        let mut part = MultipartPart {
            name,
            file_name,
            content_type,
            data,
        };
        for line in headers.lines() {
            let (name, value) = line.split_once(':').expect("header line has a colon");
            match name.trim().to_ascii_lowercase().as_str() {
                "content-disposition" => {
                    part.name = param(value, "name").unwrap_or_default();
                    part.file_name = param(value, "filename");
                }
                "content-type" => part.content_type = Some(value.trim().to_owned()),
                _ => {}
            }
        }
        parts.push(part);
    }
    parts
}

fn param(header: &str, key: &str) -> Option<String> {
    header.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        (k == key).then(|| v.trim_matches('"').to_owned())
    })
}

fn split<'a>(haystack: &'a [u8], needle: &[u8]) -> Vec<&'a [u8]> {
    let mut pieces = Vec::new();
    let mut rest = haystack;
    while let Some(at) = find(rest, needle) {
        pieces.push(&rest[..at]);
        rest = &rest[at + needle.len()..];
    }
    pieces.push(rest);
    pieces
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
