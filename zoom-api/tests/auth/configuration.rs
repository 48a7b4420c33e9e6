//! Configuration: from the environment, and the checks on
//! server-to-server credentials and token URLs.

use std::time::Duration;

use zoom_api::{Client, ClientBuilder, Error};

use super::{
    ACCOUNT_ID, BASIC, CLIENT_ID, CLIENT_SECRET, TOKEN_PATH, USER_PATH, assert_no_secrets, get_me,
    issue_tokens, user_ok,
};
use crate::support::MockServer;

fn env(vars: &[(&'static str, String)]) -> impl Fn(&str) -> Option<String> + use<> {
    let vars = vars.to_vec();
    move |name| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }
}

#[test]
fn from_env_names_each_missing_or_empty_variable() {
    let full = [
        ("ZOOM_ACCOUNT_ID", ACCOUNT_ID.to_owned()),
        ("ZOOM_CLIENT_ID", CLIENT_ID.to_owned()),
        ("ZOOM_CLIENT_SECRET", CLIENT_SECRET.to_owned()),
    ];
    for skipped in 0..full.len() {
        let mut vars = full.to_vec();
        let (name, _) = vars.remove(skipped);
        for present_but_empty in [false, true] {
            let mut vars = vars.clone();
            if present_but_empty {
                vars.push((name, String::new()));
            }
            let err = ClientBuilder::from_env_with(env(&vars)).unwrap_err();
            let Error::InvalidConfig { message } = &err else {
                panic!("expected InvalidConfig, got {err:?}");
            };
            assert_eq!(
                message,
                &format!("environment variable {name} is not set or empty")
            );
            assert!(!err.to_string().contains(CLIENT_SECRET));
        }
    }
    let err = ClientBuilder::from_env_with(|_| None).unwrap_err();
    assert!(
        err.to_string()
            .contains("ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET are not set"),
        "{err}"
    );
}

#[tokio::test]
async fn from_env_configures_server_to_server_and_urls() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::ZERO);
    server.mock("GET", USER_PATH, user_ok());
    let vars = [
        ("ZOOM_ACCOUNT_ID", ACCOUNT_ID.to_owned()),
        ("ZOOM_CLIENT_ID", CLIENT_ID.to_owned()),
        ("ZOOM_CLIENT_SECRET", CLIENT_SECRET.to_owned()),
        ("ZOOM_BASE_URL", server.url()),
        ("ZOOM_TOKEN_URL", format!("{}{TOKEN_PATH}", server.url())),
    ];
    let builder = ClientBuilder::from_env_with(env(&vars)).expect("complete");
    assert_no_secrets("builder from env", &format!("{builder:?}"));
    let client = builder.user_agent("env-test").build().expect("valid");
    assert_eq!(client.base_url(), server.url());
    client.send_empty(get_me()).await.expect("200");
    let token_request = &server.received()[0];
    assert_eq!(token_request.header("authorization"), Some(BASIC));
    // Optional variables may be absent: the defaults apply.
    let defaults = ClientBuilder::from_env_with(env(&vars[..3]))
        .expect("complete")
        .build()
        .expect("valid");
    assert_eq!(defaults.base_url(), "https://api.zoom.us/v2");
}

#[test]
fn server_to_server_configuration_is_checked() {
    let message = |builder: ClientBuilder| match builder.build() {
        Err(Error::InvalidConfig { message }) => message,
        other => panic!("expected InvalidConfig, got {other:?}"),
    };
    let creds = |secret: &str| Client::builder().server_to_server(ACCOUNT_ID, CLIENT_ID, secret);
    assert_eq!(
        message(creds("")),
        "server-to-server client_secret must not be empty"
    );
    let with_newline = message(creds(&format!("{CLIENT_SECRET}\n")));
    assert!(with_newline.starts_with("server-to-server client_secret contains whitespace"));
    assert!(!with_newline.contains(CLIENT_SECRET));
    assert_eq!(
        message(Client::builder().server_to_server("", CLIENT_ID, CLIENT_SECRET)),
        "server-to-server account_id must not be empty"
    );
    assert!(
        message(Client::builder().server_to_server(ACCOUNT_ID, "a:b", CLIENT_SECRET))
            .contains("`:`")
    );
    let insecure = message(creds(CLIENT_SECRET).token_url("http://zoom.example/oauth/token"));
    assert!(
        insecure.starts_with("token URL `http://zoom.example/oauth/token` uses plain http"),
        "{insecure}"
    );
    assert!(
        message(creds(CLIENT_SECRET).token_url("https://zoom.us/oauth/token?x=1"))
            .contains("query")
    );
    assert_eq!(
        message(Client::builder().token_url("https://zoomgov.com/oauth/token")),
        "token_url is only used with server_to_server credentials"
    );
    let gov = creds(CLIENT_SECRET)
        .base_url("https://api.zoomgov.com/v2")
        .token_url("https://zoomgov.com/oauth/token")
        .build()
        .expect("valid");
    let shown = format!("{gov:?}");
    assert!(shown.contains("https://zoomgov.com/oauth/token"), "{shown}");
    let default = format!("{:?}", creds(CLIENT_SECRET).build().expect("valid"));
    assert!(default.contains("https://zoom.us/oauth/token"), "{default}");
}
