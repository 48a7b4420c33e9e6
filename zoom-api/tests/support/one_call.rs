//! A server with one route and a client pointed at it, for hand-written
//! tests of a single call.

use serde_json::Value;
use zoom_api::Client;

use super::{MockServer, Recorded, Reply};

/// The bearer token the client sends.
pub const TOKEN: &str = "test-token";

/// Starts a server answering `method path` with `reply`, and a client for it.
pub async fn serve(method: &str, path: &str, reply: Reply) -> (MockServer, Client) {
    let server = MockServer::start().await;
    server.mock(method, path, reply);
    let client = Client::builder()
        .base_url(server.url())
        .bearer_token(TOKEN)
        .build()
        .expect("client configuration is valid");
    (server, client)
}

/// The only request `server` received, after checking its method, raw
/// path, decoded query pairs (in any order) and bearer token.
pub fn sent(server: &MockServer, method: &str, path: &str, query: &[(&str, &str)]) -> Recorded {
    let mut received = server.received();
    assert_eq!(received.len(), 1, "expected one request, got {received:#?}");
    let req = received.remove(0);
    assert_eq!((req.method.as_str(), req.path.as_str()), (method, path));
    let mut got: Vec<(&str, &str)> = req
        .query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut want = query.to_vec();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want, "query of {method} {path}");
    let bearer = format!("Bearer {TOKEN}");
    assert_eq!(req.header("authorization"), Some(bearer.as_str()));
    req
}

/// Checks that the request body is exactly `expected`, sent as JSON.
pub fn assert_json_body(req: &Recorded, expected: Value) {
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(req.body_json(), expected);
}
