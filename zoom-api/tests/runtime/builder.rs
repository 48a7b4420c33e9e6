//! Building a client: what configuration is refused, normalised or
//! allowed, and that no secret shows in its output.

use std::time::Duration;

use zoom_api::{Client, Error};

use super::{TOKEN, client, config_error, get_user};
use crate::support::MockServer;

#[test]
fn builder_rejects_unusable_configuration() {
    for bad in [
        "not a url",
        "ftp://api.zoom.us/v2",
        "http://api.zoom.us/v2",
        "http://10.1.2.3/v2",
        "https://api.zoom.us/v2?x=1",
        "https://api.zoom.us/v2#top",
    ] {
        let message = config_error(Client::builder().base_url(bad).build());
        assert!(
            message.starts_with("invalid client configuration: base URL"),
            "{message}"
        );
    }
    config_error(Client::builder().bearer_token("").build());
    config_error(Client::builder().user_agent("bad\nagent").build());
    let custom = Client::builder()
        .http_client(reqwest::Client::new())
        .connect_timeout(Duration::from_secs(1))
        .build();
    assert!(config_error(custom).contains("connect_timeout"));
}

#[test]
fn builder_normalises_and_allows_what_it_should() {
    let default = Client::builder().build().expect("defaults are valid");
    assert_eq!(default.base_url(), "https://api.zoom.us/v2");
    let trailing = Client::builder()
        .base_url("https://api.zoom.us/v2/")
        .build();
    assert_eq!(
        trailing.expect("valid").base_url(),
        "https://api.zoom.us/v2"
    );
    for loopback in [
        "http://127.0.0.1:9/",
        "http://localhost:9",
        "http://[::1]:9",
    ] {
        assert!(
            Client::builder().base_url(loopback).build().is_ok(),
            "{loopback}"
        );
    }
    let insecure = Client::builder()
        .base_url("http://zoom.internal/v2")
        .allow_insecure_http(true)
        .build();
    assert!(insecure.is_ok());
}

#[test]
fn client_is_cheap_to_share_across_tasks() {
    fn assert_traits<T: Send + Sync + 'static>() {}
    assert_traits::<Client>();
    assert_traits::<Error>();
    fn assert_send<T: Send>(_: &T) {}
    let client = Client::builder().build().expect("valid");
    assert_send(&client.send_empty(get_user("me")));
}

#[tokio::test]
async fn secrets_never_appear_in_debug_or_errors() {
    let builder = Client::builder().bearer_token(TOKEN);
    assert!(!format!("{builder:?}").contains(TOKEN));
    let built = builder.build().expect("valid");
    assert!(!format!("{built:?}").contains(TOKEN));

    let with_newline = format!("{TOKEN}\n");
    let err = Client::builder()
        .bearer_token(with_newline)
        .build()
        .unwrap_err();
    for shown in [format!("{err}"), format!("{err:?}")] {
        assert!(!shown.contains(TOKEN), "{shown}");
    }
    let creds = Client::builder().base_url(format!("https://u:{TOKEN}@api.zoom.us"));
    assert!(!format!("{creds:?}").contains(TOKEN));
    assert!(!config_error(creds.build()).contains(TOKEN));

    let server = MockServer::start().await;
    let err = client(&server)
        .send_empty(get_user("nobody"))
        .await
        .unwrap_err();
    for shown in [format!("{err}"), format!("{err:?}")] {
        assert!(!shown.contains(TOKEN), "{shown}");
    }
}
