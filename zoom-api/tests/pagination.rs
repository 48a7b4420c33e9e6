//! `stream()` over paged listings, against a local server: every page keeps
//! the caller's parameters, the token is sent encoded, the walk ends on an
//! empty or repeated token, and an error arrives after the items before it.

mod support;

use futures_util::StreamExt;
use serde_json::{Value, json};
use support::{MockServer, Reply};
use zoom_api::types::{ListUsersIncludeField, UserStatus};
use zoom_api::{Client, Error, RetryPolicy};

const PATH: &str = "/users";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .bearer_token("test-token")
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client builds")
}

/// A page of `ids` with `token` as its next-page token.
fn page(ids: &[&str], token: &str) -> Reply {
    let users: Vec<Value> = ids
        .iter()
        .map(|id| json!({"id": id, "email": format!("{id}@example.com"), "type": 1, "status": "active"}))
        .collect();
    Reply::json(
        200,
        json!({"page_size": ids.len(), "total_records": 7, "next_page_token": token, "users": users}),
    )
}

async fn collect_ids(client: &Client) -> Vec<Result<String, Error>> {
    let stream = client
        .list_users()
        .status(UserStatus::Inactive)
        .page_size(3)
        .role_id("2")
        .include_fields(ListUsersIncludeField::CustomAttributes)
        .stream();
    stream
        .map(|item| item.map(|user| user.id.unwrap_or_default()))
        .collect()
        .await
}

fn ids(results: &[Result<String, Error>]) -> Vec<&str> {
    results
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(String::as_str)
        .collect()
}

#[tokio::test]
async fn three_pages_keep_every_parameter_and_encode_the_token() {
    let server = MockServer::start().await;
    // A token with characters that must be percent-encoded in a query.
    let tricky = "a+b/c=d&e f";
    server.mock_sequence(
        "GET",
        PATH,
        vec![
            page(&["u1", "u2", "u3"], tricky),
            page(&["u4", "u5", "u6"], "t2"),
            page(&["u7"], ""),
        ],
    );

    let results = collect_ids(&client(&server)).await;
    assert_eq!(ids(&results), ["u1", "u2", "u3", "u4", "u5", "u6", "u7"]);
    assert!(results.iter().all(Result::is_ok));

    let requests = server.received();
    assert_eq!(requests.len(), 3, "one request per page");
    let filters = [
        ("status", "inactive"),
        ("page_size", "3"),
        ("role_id", "2"),
        ("include_fields", "custom_attributes"),
    ];
    for (i, request) in requests.iter().enumerate() {
        for (name, value) in filters {
            let sent: Vec<&str> = request
                .query
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
                .collect();
            assert_eq!(sent, [value], "page {i} keeps {name}");
        }
    }
    let token_of = |i: usize| {
        requests[i]
            .query
            .iter()
            .find(|(k, _)| k == "next_page_token")
            .map(|(_, v)| v.clone())
    };
    assert_eq!(token_of(0), None, "the first page has no token");
    assert_eq!(
        token_of(1).as_deref(),
        Some(tricky),
        "decoded, the token is exactly Zoom's"
    );
    assert_eq!(token_of(2).as_deref(), Some("t2"));
    let raw = requests[1].raw_query.as_deref().unwrap_or_default();
    assert!(
        !raw.contains(tricky),
        "the token is encoded in the raw query: {raw}"
    );
}

#[tokio::test]
async fn a_missing_token_ends_the_stream() {
    let server = MockServer::start().await;
    let last = Reply::json(
        200,
        json!({"users": [{"id": "only", "email": "o@example.com", "type": 2}]}),
    );
    server.mock_sequence("GET", PATH, vec![last]);
    let results = collect_ids(&client(&server)).await;
    assert_eq!(ids(&results), ["only"]);
    assert_eq!(server.count("GET", PATH), 1);
}

#[tokio::test]
async fn a_repeated_token_ends_the_stream() {
    let server = MockServer::start().await;
    // A server that keeps handing out the same token would loop forever.
    server.mock_sequence(
        "GET",
        PATH,
        vec![
            page(&["u1"], "same"),
            page(&["u2"], "same"),
            page(&["u3"], "same"),
        ],
    );
    let results = collect_ids(&client(&server)).await;
    assert_eq!(ids(&results), ["u1", "u2"]);
    assert_eq!(
        server.count("GET", PATH),
        2,
        "the repeated token is not followed"
    );
}

#[tokio::test]
async fn an_error_on_page_two_arrives_after_page_ones_items() {
    let server = MockServer::start().await;
    let failure = Reply::json(
        400,
        json!({"code": 300, "message": "Invalid next_page_token"}),
    );
    server.mock_sequence("GET", PATH, vec![page(&["u1", "u2"], "t1"), failure]);

    let results = collect_ids(&client(&server)).await;
    assert_eq!(results.len(), 3, "two users, then the error, then the end");
    assert_eq!(ids(&results), ["u1", "u2"]);
    let error = results[2]
        .as_ref()
        .expect_err("the third item is the error");
    assert_eq!(error.status(), Some(400));
    assert_eq!(error.api_code(), Some(300));
    assert_eq!(
        server.count("GET", PATH),
        2,
        "nothing is fetched after the error"
    );
}

#[tokio::test]
async fn each_page_uses_the_retry_policy() {
    let server = MockServer::start().await;
    let busy = Reply::json(503, json!({"code": 503, "message": "busy"}));
    server.mock_sequence(
        "GET",
        PATH,
        vec![page(&["u1"], "t1"), busy, page(&["u2"], "")],
    );
    let client = Client::builder()
        .base_url(server.url())
        .bearer_token("test-token")
        .retry_policy(RetryPolicy::default().base_delay(std::time::Duration::from_millis(1)))
        .build()
        .expect("client builds");
    let results = collect_ids(&client).await;
    assert_eq!(ids(&results), ["u1", "u2"]);
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(server.count("GET", PATH), 3, "page two was retried once");
}

#[tokio::test]
async fn an_invalid_page_size_fails_before_any_request() {
    let server = MockServer::start().await;
    let results: Vec<_> = client(&server)
        .list_users()
        .page_size(301)
        .stream()
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    match &results[0] {
        Err(Error::InvalidRequest { field, rule, .. }) => {
            assert_eq!(field, "page_size");
            assert_eq!(rule, "greater than 300");
        }
        other => panic!("expected an invalid-request error, got {other:?}"),
    }
    assert!(server.received().is_empty());
}
