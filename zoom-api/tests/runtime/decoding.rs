//! Success bodies: decode errors with a path and a bounded excerpt, and
//! bodies that are not read at all.

use serde::Deserialize;
use serde_json::Value;
use zoom_api::Error;
use zoom_api::runtime::Request;

use super::{DELETE_USER, LIST_USERS, client, get_user};
use crate::support::{MockServer, Reply};

#[derive(Debug, Deserialize)]
#[allow(dead_code)] // fields exist to shape the decoding
struct UserList {
    users: Vec<User>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct User {
    id: String,
    r#type: i64,
}

#[tokio::test]
async fn bad_json_becomes_decode_error_with_path_and_bounded_excerpt() {
    let server = MockServer::start().await;
    let padding = "x".repeat(10 * 1024);
    let body = format!(
        r#"{{"padding":"{padding}","users":[{{"id":"a","type":1}},{{"id":"b","type":1}},{{"id":"c","type":2}},{{"id":"d","type":"basic"}}]}}"#
    );
    server.mock("GET", "/users", Reply::raw(200, "application/json", body));
    let err = client(&server)
        .send_json::<UserList>(Request::new(&LIST_USERS))
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected Decode, got {err:?}");
    };
    assert_eq!(decode.path(), "users[3].type");
    assert_eq!(decode.content_type(), Some("application/json"));
    assert_eq!((decode.status(), err.status()), (200, Some(200)));
    assert_eq!(decode.operation(), "users");
    let excerpt = decode.body_excerpt();
    assert!(!excerpt.is_empty() && excerpt.len() <= 1024);
    let shown = err.to_string();
    assert!(
        shown.starts_with("users: could not decode the 200 response at users[3].type: "),
        "{shown}"
    );
}

#[tokio::test]
async fn empty_or_oversized_success_body_is_a_decode_error() {
    let server = MockServer::start().await;
    server.mock("GET", "/users/empty", Reply::empty(200));
    server.mock(
        "GET",
        "/users/huge",
        Reply::raw(200, "application/json", vec![b' '; 17 << 20]),
    );
    let client = client(&server);
    for (id, needle) in [("empty", "empty"), ("huge", "16 MiB")] {
        let err = client.send_json::<Value>(get_user(id)).await.unwrap_err();
        assert!(matches!(err, Error::Decode(_)), "{err:?}");
        assert!(err.to_string().contains(needle), "{err}");
    }
}

#[tokio::test]
async fn send_empty_ignores_success_body() {
    let server = MockServer::start().await;
    server.mock(
        "DELETE",
        "/users/me",
        Reply::raw(200, "text/plain", "not json at all"),
    );
    let request = Request::new(&DELETE_USER).path("userId", "user_id", "me");
    client(&server)
        .send_empty(request)
        .await
        .expect("any 2xx is fine");
}
