//! A user's status, tokens and SSO token.

use zoom_api::types::{UserStatusAction, UserStatusUpdate, UserTokenType};

use super::contract;

/// The spec lists 200 and 204; Prism may answer either, and both succeed.
#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_status() {
    let c = contract();
    for action in [UserStatusAction::Deactivate, UserStatusAction::Activate] {
        c.each("updateUserStatus", |client| {
            let body = UserStatusUpdate {
                action: action.clone(),
            };
            client
                .update_user_status("Kq3pL0wXyzTUVbn27RmA", body)
                .send()
        })
        .await;
    }
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user_token() {
    let c = contract();
    c.each("getUserToken", |client| {
        client
            .get_user_token("me")
            .type_(UserTokenType::Zak)
            .ttl(3600)
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn revoke_user_sso_token() {
    let c = contract();
    c.each("revokeUserSsoToken", |client| {
        client
            .revoke_user_sso_token("ana.ortega@example.com")
            .send()
    })
    .await;
}
