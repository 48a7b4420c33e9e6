//! Request validation from the spec's constraints: a request that breaks a
//! rule fails with the field and the rule, and nothing reaches the server.

mod support;

use support::MockServer;
use zoom_api::types::{
    CreateUserAction, CreateUserInfo, CreateUserRequest, PresenceStatus, PresenceStatusUpdate,
    UpdateUserRequest, UserType,
};
use zoom_api::{Client, Error};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .bearer_token("test-token")
        .build()
        .expect("client builds")
}

/// The field and rule of an invalid-request error, or a panic naming what came instead.
fn invalid<T: std::fmt::Debug>(result: Result<T, Error>, operation: &str) -> (String, String) {
    match result {
        Err(error @ Error::InvalidRequest { .. }) => {
            assert_eq!(error.operation(), Some(operation));
            let shown = error.to_string();
            let Error::InvalidRequest { field, rule, .. } = error else {
                unreachable!()
            };
            assert!(shown.contains(&format!("{field}: {rule}")), "{shown}");
            (field, rule)
        }
        other => panic!("expected an invalid-request error, got {other:?}"),
    }
}

fn new_user(first_name: &str, password: Option<&str>) -> CreateUserRequest {
    CreateUserRequest {
        action: CreateUserAction::AutoCreate,
        user_info: Some(CreateUserInfo {
            email: "ada@example.com".into(),
            type_: UserType::Licensed,
            first_name: Some(first_name.into()),
            last_name: None,
            display_name: None,
            password: password.map(str::to_owned),
            feature: None,
            plan_united_type: None,
            division_ids: None,
            license_info_list: None,
        }),
    }
}

#[tokio::test]
async fn a_too_long_nested_name_names_its_path() {
    let server = MockServer::start().await;
    let body = new_user(&"x".repeat(65), None);
    let (field, rule) = invalid(client(&server).create_user(body).send().await, "createUser");
    assert_eq!(field, "user_info.first_name");
    assert_eq!(rule, "longer than 64 characters");
    assert!(server.received().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn lengths_count_characters_not_bytes() {
    let server = MockServer::start().await;
    server.mock(
        "POST",
        "/users",
        support::Reply::json(201, serde_json::json!({"id": "u1"})),
    );
    // 64 two-byte characters: 128 bytes, but within the limit.
    let body = new_user(&"é".repeat(64), None);
    client(&server)
        .create_user(body)
        .send()
        .await
        .expect("64 characters are allowed");
    assert_eq!(server.count("POST", "/users"), 1);
}

#[tokio::test]
async fn a_short_password_is_refused() {
    let server = MockServer::start().await;
    let body = new_user("Ada", Some("short"));
    let (field, rule) = invalid(client(&server).create_user(body).send().await, "createUser");
    assert_eq!(
        (field.as_str(), rule.as_str()),
        ("user_info.password", "shorter than 8 characters")
    );
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn presence_duration_must_be_within_range() {
    let server = MockServer::start().await;
    for (duration, rule) in [(19, "less than 20"), (1441, "greater than 1440")] {
        let body = PresenceStatusUpdate {
            status: PresenceStatus::DoNotDisturb,
            duration: Some(duration),
        };
        let result = client(&server)
            .update_user_presence_status("me", body)
            .send()
            .await;
        let (field, got) = invalid(result, "updateUserPresenceStatus");
        assert_eq!((field.as_str(), got.as_str()), ("duration", rule));
    }
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn query_parameters_are_checked_too() {
    let server = MockServer::start().await;
    let (field, rule) = invalid(
        client(&server).list_users().page_size(1000).send().await,
        "listUsers",
    );
    assert_eq!(
        (field.as_str(), rule.as_str()),
        ("page_size", "greater than 300")
    );
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn an_update_with_a_bad_email_is_refused() {
    let server = MockServer::start().await;
    let body = UpdateUserRequest {
        manager: Some("not an email".into()),
        ..Default::default()
    };
    let (field, rule) = invalid(
        client(&server).update_user("me", body).send().await,
        "updateUser",
    );
    assert_eq!(
        (field.as_str(), rule.as_str()),
        ("manager", "not an email address")
    );
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn valid_requests_pass_validation() {
    let server = MockServer::start().await;
    server.mock("PATCH", "/users/me", support::Reply::empty(204));
    let body = UpdateUserRequest {
        first_name: Some("x".repeat(64)),
        manager: Some("boss@example.com".into()),
        ..Default::default()
    };
    client(&server)
        .update_user("me", body)
        .send()
        .await
        .expect("a valid update is sent");
    assert_eq!(server.count("PATCH", "/users/me"), 1);
}
