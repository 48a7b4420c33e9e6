//! Values the spec's examples do not show: enum values Zoom adds later,
//! `null` where a value is optional, and updates that set only some fields.
//! The per-operation cases in `operations.rs` check the examples themselves.

mod support;

use serde_json::{Value, json};
use support::Reply;
use support::one_call::{assert_json_body, sent, serve};
use support::spec::Spec;
use zoom_api::types::*;

/// The spec's Get a user answer.
fn user_json() -> Value {
    Spec::workspace().success_example("getUser")
}

/// Zoom adds enum values without notice: they must decode into `Unknown`
/// and be written back exactly as received.
#[tokio::test]
async fn enum_values_zoom_adds_later_are_kept() {
    let mut body = user_json();
    body["type"] = json!(5);
    body["status"] = json!("suspended");
    body["verified"] = json!(2);
    body["login_types"] = json!([100, 42]);
    body["pronouns_option"] = json!(4);
    body["plan_united_type"] = json!("262144");
    body["phone_numbers"] = json!([{"number": "4155550137", "label": "Pager"}]);
    let (_server, client) = serve("GET", "/users/me", Reply::json(200, body)).await;

    let user = client
        .get_user("me")
        .send()
        .await
        .expect("getUser succeeds");

    assert_eq!(user.type_, UserType::Unknown(5));
    assert_eq!(user.status, Some(UserStatus::Unknown("suspended".into())));
    assert_eq!(user.verified, Some(EmailVerified::Unknown(2)));
    assert_eq!(
        user.login_types,
        Some(vec![LoginType::ZoomWorkEmail, LoginType::Unknown(42)])
    );
    assert_eq!(user.pronouns_option, Some(PronounsOption::Unknown(4)));
    assert_eq!(
        user.plan_united_type,
        Some(PlanUnitedType::Unknown("262144".into()))
    );
    let phone = &user.phone_numbers.as_deref().expect("phone numbers")[0];
    assert_eq!(phone.label, Some(PhoneLabel::Unknown("Pager".into())));

    let written = serde_json::to_value(&user).expect("a user serializes");
    assert_eq!(written["type"], 5);
    assert_eq!(written["status"], "suspended");
    assert_eq!(written["verified"], 2);
    assert_eq!(written["login_types"], json!([100, 42]));
    assert_eq!(written["pronouns_option"], 4);
    assert_eq!(written["plan_united_type"], "262144");
    assert_eq!(written["phone_numbers"][0]["label"], "Pager");
}

/// An enum value Zoom may add goes out unchanged, in a body and in a query.
#[tokio::test]
async fn enum_values_zoom_adds_later_are_sent_unchanged() {
    let path = "/users/me/presence_status";
    let (server, client) = serve("PUT", path, Reply::empty(204)).await;
    let out_sick = PresenceStatus::from("Out_Sick");
    assert_eq!(out_sick, PresenceStatus::Unknown("Out_Sick".into()));
    let presence = PresenceStatusUpdate {
        status: out_sick,
        duration: None,
    };
    client
        .update_user_presence_status("me", presence)
        .send()
        .await
        .expect("updateUserPresenceStatus succeeds");
    assert_json_body(
        &sent(&server, "PUT", path, &[]),
        json!({"status": "Out_Sick"}),
    );

    let (server, client) = serve("GET", "/users", Reply::json(200, json!({"users": []}))).await;
    let page = client
        .list_users()
        .status(UserStatus::Unknown("suspended".into()))
        .send()
        .await
        .expect("listUsers succeeds");
    sent(&server, "GET", "/users", &[("status", "suspended")]);
    assert_eq!(page.users, Some(vec![]));
}

/// Zoom writes `null` for some absent values (a user token for Google or
/// Facebook sign-ins, fields of partially set-up users); they decode as `None`.
#[tokio::test]
async fn null_optional_fields_decode_as_none() {
    let mut body = user_json();
    let last_name = body["last_name"].clone();
    for field in [
        "first_name",
        "dept",
        "pmi",
        "user_created_at",
        "last_login_time",
        "phone_numbers",
        "verified",
        "status",
        "custom_attributes",
        "login_types",
        "pronouns_option",
        "plan_united_type",
        "zoom_one_type",
    ] {
        body[field] = Value::Null;
    }
    let (_server, client) = serve("GET", "/users/me", Reply::json(200, body)).await;

    let user = client
        .get_user("me")
        .send()
        .await
        .expect("getUser succeeds");

    assert_eq!(user.first_name, None);
    assert_eq!(user.dept, None);
    assert_eq!(user.pmi, None);
    assert_eq!(user.user_created_at, None);
    assert_eq!(user.last_login_time, None);
    assert_eq!(user.phone_numbers, None);
    assert_eq!(user.verified, None);
    assert_eq!(user.status, None);
    assert_eq!(user.custom_attributes, None);
    assert_eq!(user.login_types, None);
    assert_eq!(user.pronouns_option, None);
    assert_eq!(user.plan_united_type, None);
    assert_eq!(user.zoom_one_type, None);
    assert_eq!(user.last_name.as_deref(), last_name.as_str());

    let (_server, client) = serve(
        "GET",
        "/users/me/token",
        Reply::json(200, json!({"token": null})),
    )
    .await;
    let token = client
        .get_user_token("me")
        .send()
        .await
        .expect("getUserToken succeeds");
    assert_eq!(token.token, None);
}

/// An update sends only the fields that were set: fields left `None` are
/// omitted, not sent as `null` (which Zoom could read as "clear this").
#[tokio::test]
async fn update_user_sends_only_the_fields_set() {
    let (server, client) = serve("PATCH", "/users/me", Reply::empty(204)).await;

    let body = UpdateUserRequest {
        first_name: Some("Ana".into()),
        ..Default::default()
    };
    client
        .update_user("me", body)
        .send()
        .await
        .expect("updateUser succeeds");

    assert_json_body(
        &sent(&server, "PATCH", "/users/me", &[]),
        json!({"first_name": "Ana"}),
    );
}
