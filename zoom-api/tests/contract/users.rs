//! The user itself: switching account, listing, creating, checking,
//! deleting, getting and updating users.

use zoom_api::types::{
    DeleteUserAction, ListUsersIncludeField, ListUsersLicense, LoginType, SwitchAccountRequest,
    UserStatus,
};

use super::{Mode, contract};
use crate::bodies;

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn switch_user_account() {
    let c = contract();
    c.each("switchUserAccount", |client| {
        let body = SwitchAccountRequest {
            account_id: "Tb7cHx2QmZ9pLw4sVn0eYa".into(),
        };
        client
            .switch_user_account("me", "lena.fischer@example.com", body)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
#[allow(deprecated)] // page_number is deprecated by Zoom, and still sent
async fn list_users() {
    let c = contract();
    let pages = c
        .each("listUsers", |client| {
            client
                .list_users()
                .status(UserStatus::Active)
                .page_size(30)
                .role_id("2")
                .page_number(1)
                .include_fields(ListUsersIncludeField::CustomAttributes)
                .next_page_token("Qx7vTq2R9sKpW4mZb1LcN8yHfD3gJ6aE0")
                .license(ListUsersLicense::ZoomWorkforceManagement)
                .send()
        })
        .await;
    if c.mode == Mode::Static {
        let users = pages[0].users.as_deref().expect("the example lists users");
        assert!(!users.is_empty(), "the example lists users");
    }
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn create_user() {
    let c = contract();
    c.each("createUser", |client| {
        let body = bodies::new_user();
        client.create_user(body).send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn check_user_email() {
    let c = contract();
    c.each("checkUserEmail", |client| {
        client.check_user_email("jane+doe@example.com").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user_zak() {
    let c = contract();
    c.each("getUserZak", |client| client.get_user_zak().send())
        .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn check_user_pm_room() {
    let c = contract();
    c.each("checkUserPmRoom", |client| {
        client.check_user_pm_room("ana.ortega").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user() {
    let c = contract();
    c.each("deleteUser", |client| {
        client
            .delete_user("ana.ortega@example.com")
            .encrypted_email(false)
            .action(DeleteUserAction::Delete)
            .transfer_email("dana.kim@example.com")
            .transfer_meeting(true)
            .transfer_webinar(true)
            .transfer_recording(false)
            .transfer_whiteboard(true)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user() {
    let c = contract();
    c.each("getUser", |client| {
        client
            .get_user("ana.ortega@example.com")
            .login_type(LoginType::ZoomWorkEmail)
            .encrypted_email(false)
            .search_by_unique_id(false)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user() {
    let c = contract();
    c.each("updateUser", |client| {
        let body = bodies::full_user_update();
        client
            .update_user("me", body)
            .login_type(LoginType::Sso)
            .remove_tsp_credentials(true)
            .send()
    })
    .await;
}
