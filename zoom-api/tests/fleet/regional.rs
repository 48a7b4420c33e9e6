//! The regional cluster: requests follow the token's `api_url` when the
//! caller set no base URL, and only to `https` hosts under Zoom's domains.
//!
//! The client reaches `https` hosts through a proxy on 127.0.0.1 (a raw
//! server that refuses every `CONNECT`), so the test sees which host the
//! client asked for without leaving the machine.

use serde_json::json;
use zoom_api::{Client, ClientBuilder, RetryPolicy};

use super::raw::RawServer;
use crate::support::auth::{ACCOUNT_ID, CLIENT_ID, CLIENT_SECRET, TOKEN_PATH, get_me};
use crate::support::{MockServer, Reply};

/// Which host each `CONNECT` asked for, in order.
async fn connects(
    api_url: Option<&str>,
    configure: fn(ClientBuilder) -> ClientBuilder,
) -> Vec<String> {
    let proxy = RawServer::start(|mut conn, _| async move {
        if conn.read_request().await.is_some() {
            conn.respond("403 Forbidden", &[], b"").await;
        }
    })
    .await;
    let tokens = MockServer::start().await;
    let mut answer = json!({
        "access_token": "ACCESS-TOKEN-VALUE-regional",
        "token_type": "bearer",
        "expires_in": 3600
    });
    if let Some(url) = api_url {
        answer["api_url"] = json!(url);
    }
    tokens.mock("POST", TOKEN_PATH, Reply::json(200, answer));
    let http = reqwest::Client::builder()
        .proxy(reqwest::Proxy::https(proxy.url()).expect("proxy URL"))
        .build()
        .expect("HTTP client");
    let builder = Client::builder()
        .server_to_server(ACCOUNT_ID, CLIENT_ID, CLIENT_SECRET)
        .token_url(format!("{}{TOKEN_PATH}", tokens.url()))
        .http_client(http)
        .retry_policy(RetryPolicy::none());
    let client = configure(builder).build().expect("valid");
    let err = client.send_empty(get_me()).await.unwrap_err();
    assert!(matches!(err, zoom_api::Error::Transport { .. }), "{err:?}");
    assert_eq!(tokens.count("POST", TOKEN_PATH), 1);
    proxy
        .request_log()
        .into_iter()
        .filter_map(|line| line.strip_prefix("CONNECT ").map(str::to_owned))
        .collect()
}

fn as_is(builder: ClientBuilder) -> ClientBuilder {
    builder
}

#[tokio::test]
async fn requests_go_to_the_cluster_the_token_names() {
    let hosts = connects(Some("https://api-eu.zoom.us"), as_is).await;
    assert_eq!(hosts, ["api-eu.zoom.us:443"]);
}

#[tokio::test]
async fn api_urls_that_are_not_https_zoom_hosts_are_ignored() {
    for refused in [
        "http://api-eu.zoom.us",
        "https://api.attacker.example",
        "https://zoom.us.attacker.example",
        "https://api-eu.zoom.us:8443",
        "https://user:pw@api-eu.zoom.us",
        "https://api-eu.zoom.us/elsewhere",
        "not a url",
    ] {
        let hosts = connects(Some(refused), as_is).await;
        assert_eq!(hosts, ["api.zoom.us:443"], "{refused}");
    }
    let hosts = connects(None, as_is).await;
    assert_eq!(hosts, ["api.zoom.us:443"], "no api_url");
}

#[tokio::test]
async fn an_explicit_base_url_or_the_opt_out_keeps_requests_where_they_are() {
    let hosts = connects(Some("https://api-eu.zoom.us"), |b| b.follow_api_url(false)).await;
    assert_eq!(hosts, ["api.zoom.us:443"]);
    let hosts = connects(Some("https://api-eu.zoom.us"), |b| {
        b.base_url("https://api-us.zoom.us/v2")
    })
    .await;
    assert_eq!(hosts, ["api-us.zoom.us:443"]);
}
