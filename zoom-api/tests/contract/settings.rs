//! A user's settings, every shape of them, and virtual backgrounds.

use zoom_api::Upload;
use zoom_api::types::{LoginType, SettingsOption};

use super::{all_succeeded, contract};
use crate::bodies;
use crate::png::png;

/// Every `option`, plus none (the general settings), each with the other
/// query parameters set. Prism cannot tie the answer's shape to `option`,
/// so any shape of the union may come back for any of them.
#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn get_user_settings() {
    let c = contract();
    let options = [
        None,
        Some((
            SettingsOption::MeetingAuthentication,
            "meeting_authentication,authentication_options",
        )),
        Some((
            SettingsOption::RecordingAuthentication,
            "recording_authentication,authentication_options",
        )),
        Some((SettingsOption::MeetingSecurity, "meeting_security")),
    ];
    let mut failures = Vec::new();
    for option in options {
        let operation = match &option {
            None => "getUserSettings (no option)".to_owned(),
            Some((option, _)) => format!("getUserSettings (option={})", option.as_str()),
        };
        let answers = c
            .try_each(&operation, |client| {
                let mut call = client
                    .get_user_settings("ana.ortega@example.com")
                    .login_type(LoginType::Sso);
                if let Some((option, fields)) = &option {
                    call = call.option(option.clone()).custom_query_fields(*fields);
                }
                call.send()
            })
            .await;
        failures.extend(answers.err());
    }
    all_succeeded(failures);
}

/// Every shape of the settings body, each with its `option`.
#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn update_user_settings() {
    let c = contract();
    let mut failures = Vec::new();
    for (option, body) in bodies::settings_updates() {
        let operation = match &option {
            None => "updateUserSettings (general settings)".to_owned(),
            Some(option) => format!("updateUserSettings (option={})", option.as_str()),
        };
        let answers = c
            .try_each(&operation, |client| {
                let mut call = client.update_user_settings("me", body.clone());
                if let Some(option) = &option {
                    call = call.option(option.clone());
                }
                call.send()
            })
            .await;
        failures.extend(answers.err());
    }
    all_succeeded(failures);
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn delete_user_virtual_backgrounds() {
    let c = contract();
    c.each("deleteUserVirtualBackgrounds", |client| {
        client
            .delete_user_virtual_backgrounds("me")
            .file_ids("9b4c2f17d6e84a0b8c3d5e1f2a6b7c80,3e8d1a6f0c2b4f9a8e7d6c5b4a3f2e1d")
            .send()
    })
    .await;
}

#[tokio::test]
#[ignore = "needs a Prism mock server: run `cargo xtask contract`"]
async fn upload_user_virtual_background() {
    let c = contract();
    let png = png();
    c.each("uploadUserVirtualBackground", |client| {
        let file = Upload::from_bytes("office-skyline.png", "image/png", png.clone());
        client
            .upload_user_virtual_background("z8yCxjabcdEFGHfp8uQ", file)
            .send()
    })
    .await;
}
