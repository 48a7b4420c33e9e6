//! What goes on the wire: headers, path and query encoding, JSON and
//! multipart bodies, and requests refused before they are sent.

use std::collections::HashMap;

use serde_json::{Value, json};
use zoom_api::runtime::Request;
use zoom_api::{Error, Upload};

use super::{
    CREATE_USER, DELETE_USER, GET_USER, LIST_USERS, TOKEN, UPLOAD_PICTURE, client, get_user,
};
use crate::support::{MockServer, Reply};

#[tokio::test]
async fn sends_standard_headers() {
    let server = MockServer::start().await;
    server.mock("GET", "/users/me", Reply::json(200, json!({"id": "me"})));
    let user: Value = client(&server)
        .send_json(get_user("me"))
        .await
        .expect("200");
    assert_eq!(user["id"], "me");
    let req = &server.received()[0];
    assert_eq!(
        req.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(req.header("accept"), Some("application/json"));
    let ua = req.header("user-agent").expect("user agent sent");
    assert_eq!(ua, format!("zoom-api-rs/{}", env!("CARGO_PKG_VERSION")));
}

#[tokio::test]
async fn path_values_are_always_one_segment() {
    let server = MockServer::start().await;
    let cases = [
        ("../accounts", "/users/..%2Faccounts"),
        ("a/b", "/users/a%2Fb"),
        ("x?y#z", "/users/x%3Fy%23z"),
        ("%2F", "/users/%252F"),
        ("ü ñ", "/users/%C3%BC%20%C3%B1"),
        ("me", "/users/me"),
        ("jane+doe@example.com", "/users/jane%2Bdoe%40example.com"),
    ];
    for (_, path) in cases {
        server.mock("DELETE", path, Reply::empty(204));
    }
    let client = client(&server);
    for (value, _) in cases {
        let request = Request::new(&DELETE_USER).path("userId", "user_id", value);
        client.send_empty(request).await.expect("route matched");
    }
    let paths: Vec<String> = server.received().into_iter().map(|r| r.path).collect();
    let expected: Vec<&str> = cases.iter().map(|(_, p)| *p).collect();
    assert_eq!(paths, expected);
}

#[tokio::test]
async fn route_changing_values_are_rejected_before_sending() {
    let server = MockServer::start().await;
    let client = client(&server);
    for value in [".", "..", ""] {
        let err = client.send_empty(get_user(value)).await.unwrap_err();
        let Error::InvalidRequest {
            operation, field, ..
        } = &err
        else {
            panic!("expected InvalidRequest for {value:?}, got {err:?}");
        };
        assert_eq!((*operation, field.as_str()), ("getUser", "user_id"));
        assert!(
            err.to_string()
                .starts_with("getUser: invalid request: user_id: ")
        );
    }
    let err = client
        .send_empty(Request::new(&GET_USER))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidRequest { .. }),
        "unfilled placeholder"
    );
    let wrong = get_user("me").path("accountId", "account_id", "x");
    let err = client.send_empty(wrong).await.unwrap_err();
    assert!(matches!(&err, Error::InvalidRequest { field, .. } if field == "account_id"));
    assert!(server.received().is_empty(), "nothing may reach the server");
}

#[tokio::test]
async fn query_values_round_trip() {
    let server = MockServer::start().await;
    server.mock("GET", "/users", Reply::json(200, json!({})));
    let request = Request::new(&LIST_USERS)
        .query("search", Some("a+b&c=d #e"))
        .query("status", None::<&String>)
        .query("page_size", Some(&30));
    let _: Value = client(&server).send_json(request).await.expect("200");
    let req = &server.received()[0];
    let pairs = [("search", "a+b&c=d #e"), ("page_size", "30")];
    let expected: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(req.query, expected);
    assert_eq!(
        req.raw_query.as_deref(),
        Some("search=a%2Bb%26c%3Dd+%23e&page_size=30")
    );
}

#[tokio::test]
async fn json_body_is_sent_with_content_type() {
    let server = MockServer::start().await;
    server.mock("POST", "/users", Reply::json(201, json!({"id": "new"})));
    let body = json!({"action": "create", "user_info": {"email": "a@b.c", "type": 1}});
    let created: Value = client(&server)
        .send_json(Request::new(&CREATE_USER).json(&body))
        .await
        .expect("201");
    assert_eq!(created["id"], "new");
    let req = &server.received()[0];
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(req.body_json(), body);
}

#[tokio::test]
async fn body_serialization_failure_is_deferred() {
    let server = MockServer::start().await;
    let unserialisable: HashMap<(i32, i32), i32> = HashMap::from([((1, 2), 3)]);
    let request = Request::new(&CREATE_USER).json(&unserialisable);
    let err = client(&server).send_empty(request).await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest { field, .. } if field == "body"),
        "{err:?}"
    );
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn multipart_upload_sends_file_part() {
    let server = MockServer::start().await;
    server.mock("POST", "/users/me/picture", Reply::empty(201));
    let bytes = b"\x89PNG\r\n\x1a\n--not-a-boundary\r\n".to_vec();
    let upload = Upload::from_bytes("avatar.png", "image/png", bytes.clone());
    assert_eq!((upload.len(), upload.is_empty()), (bytes.len(), false));
    let request = Request::new(&UPLOAD_PICTURE)
        .path("userId", "user_id", "me")
        .multipart("pic_file", upload);
    client(&server).send_empty(request).await.expect("201");
    let req = &server.received()[0];
    let content_type = req.header("content-type").expect("content type");
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let parts = req.multipart();
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].name, "pic_file");
    assert_eq!(parts[0].file_name.as_deref(), Some("avatar.png"));
    assert_eq!(parts[0].content_type.as_deref(), Some("image/png"));
    assert_eq!(parts[0].data, bytes);
}

#[tokio::test]
async fn invalid_upload_content_type_is_rejected_before_sending() {
    let server = MockServer::start().await;
    let upload = Upload::from_bytes("a.png", "not a mime", &b"x"[..]);
    let request = Request::new(&UPLOAD_PICTURE)
        .path("userId", "user_id", "me")
        .multipart("pic_file", upload);
    let err = client(&server).send_empty(request).await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest { field, .. } if field == "pic_file"),
        "{err:?}"
    );
    assert!(server.received().is_empty());
}
