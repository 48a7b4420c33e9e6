//! Bodies that arrive whole but are not what was expected: an HTML 502
//! page (3), a content type that lies (4), bytes that are not UTF-8 (5).

use zoom_api::types::UserType;

use super::{RETRIES, api, budget, client, create, decode, fast, finishes_within, get_me, render};
use crate::raw::{Conn, RawServer};

// 3 -------------------------------------------------------------------------

const BAD_GATEWAY_PAGE: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n\
     <body><center><h1>502 Bad Gateway</h1></center></body>\r\n</html>\r\n";

async fn bad_gateway(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let html = [("Content-Type", "text/html")];
    conn.respond("502 Bad Gateway", &html, BAD_GATEWAY_PAGE.as_bytes())
        .await;
}

#[tokio::test]
async fn f03_html_502_is_an_api_error_retried_for_get_only() {
    let server = RawServer::start(bad_gateway).await;
    let client = client(&server, fast());

    let (result, _) = finishes_within(budget(1 + RETRIES), get_me(&client)).await;
    let err = result.unwrap_err();
    let a = api(&err);
    assert_eq!(a.status(), 502);
    assert_eq!(a.code(), None);
    assert_eq!(a.message(), None);
    assert_eq!(a.body_excerpt(), BAD_GATEWAY_PAGE);
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "getUser failed: Zoom answered 502 Bad Gateway"
    );
    assert_eq!(server.count("GET", "/users/me"), 1 + RETRIES as usize);

    let (result, _) = finishes_within(budget(1 + RETRIES), create(&client)).await;
    let err = result.unwrap_err();
    assert_eq!(api(&err).status(), 502);
    assert!(
        api(&err)
            .body_excerpt()
            .contains("<h1>502 Bad Gateway</h1>")
    );
    assert_eq!(server.count("POST", "/users"), 1);
}

// 4 -------------------------------------------------------------------------

#[tokio::test]
async fn f04_the_content_type_header_is_not_consulted() {
    const HTML: &str = "<!DOCTYPE html><html><body>Sign in</body></html>";
    let server = RawServer::start(|mut conn: Conn, _| async move {
        let Some(request) = conn.read_request().await else {
            return;
        };
        if request.path() == "/users/plain" {
            let plain = [("Content-Type", "text/plain; charset=utf-8")];
            let json = br#"{"id": "plain", "type": 2}"#;
            conn.respond("200 OK", &plain, json).await;
        } else {
            let json = [("Content-Type", "application/json")];
            conn.respond("200 OK", &json, HTML.as_bytes()).await;
        }
    })
    .await;
    let client = client(&server, fast());

    // text/plain holding valid JSON: decoded all the same.
    let (result, _) = finishes_within(budget(1), client.get_user("plain").send()).await;
    let user = result.expect("JSON is decoded whatever the content type says");
    assert_eq!(user.id.as_deref(), Some("plain"));
    assert_eq!(user.type_, UserType::Licensed);
    assert_eq!(server.count("GET", "/users/plain"), 1);

    // application/json holding HTML: a decode error naming that type.
    let (result, _) = finishes_within(budget(1), client.get_user("html").send()).await;
    let err = result.unwrap_err();
    let d = decode(&err);
    assert_eq!(d.status(), 200);
    assert_eq!(d.content_type(), Some("application/json"));
    assert_eq!(d.body_excerpt(), HTML);
    assert_eq!(d.path(), "");
    assert!(d.message().starts_with("expected value"), "{d:?}");
    assert_eq!(server.count("GET", "/users/html"), 1);
}

// 5 -------------------------------------------------------------------------

#[tokio::test]
async fn f05_a_body_that_is_not_utf8_gives_lossy_excerpts() {
    const GARBAGE: &[u8] = &[0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28, 0x80, b'o', b'k'];
    let server = RawServer::start(|mut conn: Conn, _| async move {
        let Some(request) = conn.read_request().await else {
            return;
        };
        let json = [("Content-Type", "application/json")];
        let status = if request.path() == "/users/me" {
            "200 OK"
        } else {
            "400 Bad Request"
        };
        conn.respond(status, &json, GARBAGE).await;
    })
    .await;
    let client = client(&server, fast());

    let (result, _) = finishes_within(budget(1), get_me(&client)).await;
    let err = result.unwrap_err();
    let d = decode(&err);
    assert_eq!(d.status(), 200);
    assert_eq!(d.body_excerpt(), String::from_utf8_lossy(GARBAGE));
    assert!(d.body_excerpt().contains('\u{FFFD}'));
    render(&err);
    assert_eq!(server.count("GET", "/users/me"), 1);

    let (result, _) = finishes_within(budget(1), client.get_user("bad").send()).await;
    let err = result.unwrap_err();
    let a = api(&err);
    assert_eq!(a.status(), 400);
    assert_eq!((a.code(), a.message()), (None, None));
    assert_eq!(a.body_excerpt(), String::from_utf8_lossy(GARBAGE));
    assert!(a.body_excerpt().ends_with("(\u{FFFD}ok"), "{a:?}");
    render(&err);
    assert_eq!(server.count("GET", "/users/bad"), 1);
}
