//! Error statuses from Zoom: the `ApiError` they become and whether they
//! are worth retrying.

use serde_json::{Value, json};
use zoom_api::runtime::Request;
use zoom_api::{Error, FieldError};

use super::{CREATE_USER, client, get_user};
use crate::support::{MockServer, Reply};

#[tokio::test]
async fn not_found_becomes_api_error() {
    let server = MockServer::start().await;
    let reply = Reply::json(
        404,
        json!({"code": 1001, "message": "User does not exist: x"}),
    )
    .header("x-zm-trackingid", "v=2.0;clid=us05;rid=42");
    server.mock("GET", "/users/x", reply);
    let err = client(&server)
        .send_json::<Value>(get_user("x"))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "getUser failed: Zoom answered 404 Not Found (code 1001): User does not exist: x"
    );
    let Error::Api(api) = &err else {
        panic!("expected Api, got {err:?}");
    };
    assert_eq!(api.code(), Some(1001));
    assert_eq!(api.message(), Some("User does not exist: x"));
    assert_eq!(api.tracking_id(), Some("v=2.0;clid=us05;rid=42"));
    assert_eq!(err.tracking_id(), Some("v=2.0;clid=us05;rid=42"));
    assert!(err.is_not_found() && !err.is_retryable() && !err.is_rate_limited());
    assert_eq!(
        (err.status(), err.api_code(), err.operation()),
        (Some(404), Some(1001), Some("getUser"))
    );
}

#[tokio::test]
async fn validation_errors_keep_field_errors() {
    let server = MockServer::start().await;
    let body = json!({
        "code": 300,
        "message": "Validation Failed.",
        "errors": [{"field": "user_info.email", "message": "Invalid field."}]
    });
    server.mock("POST", "/users", Reply::json(400, body));
    let request = Request::new(&CREATE_USER).json(&json!({}));
    let err = client(&server).send_empty(request).await.unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected Api, got {err:?}");
    };
    let expected = FieldError {
        field: "user_info.email".into(),
        message: "Invalid field.".into(),
    };
    assert_eq!(api.field_errors(), &[expected]);
    assert!(
        err.to_string()
            .ends_with("[user_info.email: Invalid field.]"),
        "{err}"
    );
}

#[tokio::test]
async fn html_error_page_becomes_api_error_with_excerpt() {
    let server = MockServer::start().await;
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server.mock("GET", "/users/me", Reply::raw(502, "text/html", page));
    let err = client(&server)
        .send_json::<Value>(get_user("me"))
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected Api, got {err:?}");
    };
    assert_eq!((api.code(), api.message()), (None, None));
    assert_eq!(api.body_excerpt(), page);
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "getUser failed: Zoom answered 502 Bad Gateway"
    );
}

#[tokio::test]
async fn retryability_follows_status() {
    let server = MockServer::start().await;
    let client = client(&server);
    for (status, retryable) in [
        (429, true),
        (500, true),
        (503, true),
        (501, false),
        (400, false),
    ] {
        let id = status.to_string();
        server.mock("GET", &format!("/users/{id}"), Reply::empty(status));
        let err = client.send_empty(get_user(&id)).await.unwrap_err();
        assert_eq!(err.status(), Some(status));
        assert_eq!(err.is_retryable(), retryable, "{status}");
        assert_eq!(err.is_rate_limited(), status == 429, "{status}");
    }
}
