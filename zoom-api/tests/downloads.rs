//! Files Zoom gives out by URL (a recording's `download_url`): the token,
//! a `download_access_token` instead, redirects, progress.

mod support;

use support::one_call::TOKEN;
use support::{MockServer, Reply};
use zoom_api::{Client, Error};

fn client(base: &str) -> Client {
    Client::builder()
        .base_url(base)
        .bearer_token(TOKEN)
        .build()
        .expect("valid configuration")
}

fn bytes(size: usize) -> Vec<u8> {
    (0..size).map(|i| (i % 253) as u8).collect()
}

#[tokio::test]
async fn a_redirect_is_followed_without_the_token_on_another_host() {
    let zoom = MockServer::start().await;
    let cdn = MockServer::start().await;
    let target = format!("{}/cdn/file.mp4?sig=abc", cdn.url());
    zoom.mock(
        "GET",
        "/rec/download/abc",
        Reply::empty(302).header("location", &target),
    );
    cdn.mock(
        "GET",
        "/cdn/file.mp4",
        Reply::raw(200, "video/mp4", bytes(4096)),
    );
    let client = client(&zoom.url());
    let url = format!("{}/rec/download/abc", zoom.url());
    let mut out = Vec::new();
    let download = client.download(&url).send().await.expect("headers");
    assert_eq!(download.write_to(&mut out).await.expect("the file"), 4096);
    assert_eq!(out, bytes(4096));
    let asked = zoom.received();
    assert_eq!(asked.len(), 1);
    assert_eq!(
        asked[0].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    let served = cdn.received();
    assert_eq!(served.len(), 1);
    assert_eq!(
        served[0].header("authorization"),
        None,
        "the token stays with Zoom"
    );
    assert_eq!(served[0].raw_query.as_deref(), Some("sig=abc"));
}

#[tokio::test]
async fn a_download_access_token_replaces_the_clients_token() {
    let zoom = MockServer::start().await;
    zoom.mock(
        "GET",
        "/rec/download/abc",
        Reply::raw(200, "text/vtt", "WEBVTT\n"),
    );
    let client = client(&zoom.url());
    let url = format!("{}/rec/download/abc", zoom.url());
    let request = client.download(&url).access_token("dl-token-123");
    assert!(
        !format!("{request:?}").contains("dl-token-123"),
        "{request:?}"
    );
    let mut out = Vec::new();
    request
        .send()
        .await
        .expect("headers")
        .write_to(&mut out)
        .await
        .expect("file");
    assert_eq!(out, b"WEBVTT\n");
    let sent = &zoom.received()[0];
    assert_eq!(sent.header("authorization"), None);
    assert_eq!(sent.raw_query.as_deref(), Some("access_token=dl-token-123"));
}

#[tokio::test]
async fn a_url_on_a_foreign_host_gets_no_token() {
    let zoom = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    elsewhere.mock("GET", "/f", Reply::raw(200, "application/pdf", bytes(10)));
    let client = client(&zoom.url());
    let mut out = Vec::new();
    let file = client
        .download(format!("{}/f", elsewhere.url()))
        .send()
        .await
        .expect("headers");
    file.write_to(&mut out).await.expect("file");
    assert_eq!(elsewhere.received()[0].header("authorization"), None);
}

#[tokio::test]
async fn unsafe_urls_and_failed_answers_are_errors() {
    let zoom = MockServer::start().await;
    zoom.mock(
        "GET",
        "/rec/gone",
        Reply::json(404, serde_json::json!({"code": 3301, "message": "gone"})),
    );
    let client = client(&zoom.url());
    for bad in [
        "http://example.com/rec",
        "ftp://127.0.0.1/x",
        "not a url",
        "https://u:p@zoom.us/x",
    ] {
        let err = client.download(bad).send().await.expect_err("refused");
        assert!(
            matches!(err, Error::InvalidRequest { .. }),
            "{bad}: {err:?}"
        );
        assert_eq!(err.operation(), Some("downloadFile"));
    }
    let err = client
        .download(format!("{}/rec/gone", zoom.url()))
        .send()
        .await
        .expect_err("404");
    assert_eq!((err.status(), err.api_code()), (Some(404), Some(3301)));
    assert_eq!(zoom.received().len(), 1, "only the valid URL was sent");
}

#[tokio::test]
async fn progress_counts_up_to_the_announced_size() {
    let zoom = MockServer::start().await;
    zoom.mock(
        "GET",
        "/rec/big",
        Reply::raw(200, "video/mp4", bytes(1 << 20)),
    );
    let client = client(&zoom.url());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    let file = client
        .download(format!("{}/rec/big", zoom.url()))
        .send()
        .await
        .expect("headers")
        .on_progress(move |got, total| log.lock().expect("log").push((got, total)));
    let mut out = tokio::io::sink();
    assert_eq!(file.write_to(&mut out).await.expect("file"), 1 << 20);
    let seen = seen.lock().expect("log");
    assert!(seen.len() > 1, "more than one chunk: {}", seen.len());
    assert!(seen.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!(seen.last(), Some(&(1 << 20, Some(1 << 20))));
}
