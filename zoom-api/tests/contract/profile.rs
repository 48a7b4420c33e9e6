//! A user's email, password, permissions, picture and presence status.

use zoom_api::Upload;
use zoom_api::types::{
    PresenceStatus, PresenceStatusUpdate, UpdateEmailRequest, UpdatePasswordRequest,
};

use super::contract;
use crate::png::png;

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_email() {
    let c = contract();
    c.each("updateUserEmail", |client| {
        let body = UpdateEmailRequest {
            email: "bo.lindqvist@example.org".into(),
        };
        client
            .update_user_email("Kq3pL0wXyzTUVbn27RmA", body)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_password() {
    let c = contract();
    c.each("updateUserPassword", |client| {
        let body = UpdatePasswordRequest {
            password: "c0rrect-Horse-b4ttery".into(),
        };
        client
            .update_user_password("bo.lindqvist@example.com", body)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user_permissions() {
    let c = contract();
    c.each("getUserPermissions", |client| {
        client.get_user_permissions("me").send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn upload_user_picture() {
    let c = contract();
    let png = png();
    c.each("uploadUserPicture", |client| {
        let picture = Upload::from_bytes("ana.png", "image/png", png.clone());
        client
            .upload_user_picture("ana.ortega@example.com", picture)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_presence_status() {
    let c = contract();
    c.each("updateUserPresenceStatus", |client| {
        let body = PresenceStatusUpdate {
            status: PresenceStatus::DoNotDisturb,
            duration: Some(45),
        };
        client
            .update_user_presence_status("ana.ortega@example.com", body)
            .send()
    })
    .await;
}
