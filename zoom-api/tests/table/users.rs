//! Users: the user itself, assistants and schedulers, profile and settings.

use super::{Args, Case, Client, outcome};

/// `/users` and `/users/{userId}`, and moving a user between accounts.
#[allow(deprecated)] // every parameter is sent, the ones Zoom deprecated too
pub(super) fn user_cases() -> Vec<Case> {
    vec![
        case!("switchUserAccount", |c, a| c
            .switch_user_account(a.path("accountId"), a.path("userId"), a.body()?)
            .send()),
        case!("listUsers", |c, a| c
            .list_users()
            .status(a.query("status")?)
            .page_size(a.query("page_size")?)
            .role_id(a.text("role_id")?)
            .page_number(a.query("page_number")?)
            .include_fields(a.query("include_fields")?)
            .next_page_token(a.text("next_page_token")?)
            .license(a.query("license")?)
            .send()),
        case!("createUser", |c, a| c.create_user(a.body()?).send()),
        case!("checkUserEmail", |c, a| c
            .check_user_email(a.text("email")?)
            .send()),
        case!("getUserZak", |c, _a| c.get_user_zak().send()),
        case!("checkUserPmRoom", |c, a| c
            .check_user_pm_room(a.text("vanity_name")?)
            .send()),
        case!("deleteUser", |c, a| c
            .delete_user(a.path("userId"))
            .encrypted_email(a.query("encrypted_email")?)
            .action(a.query("action")?)
            .transfer_email(a.text("transfer_email")?)
            .transfer_meeting(a.query("transfer_meeting")?)
            .transfer_webinar(a.query("transfer_webinar")?)
            .transfer_recording(a.query("transfer_recording")?)
            .transfer_whiteboard(a.query("transfer_whiteboard")?)
            .transfer_clipfiles(a.query("transfer_clipfiles")?)
            .transfer_notes(a.query("transfer_notes")?)
            .transfer_visitors(a.query("transfer_visitors")?)
            .transfer_docs(a.query("transfer_docs")?)
            .send()),
        case!("getUser", |c, a| c
            .get_user(a.path("userId"))
            .login_type(a.query("login_type")?)
            .encrypted_email(a.query("encrypted_email")?)
            .search_by_unique_id(a.query("search_by_unique_id")?)
            .send()),
        case!("updateUser", |c, a| c
            .update_user(a.path("userId"), a.body()?)
            .login_type(a.query("login_type")?)
            .remove_tsp_credentials(a.query("remove_tsp_credentials")?)
            .send()),
    ]
}

/// Assistants and schedulers: who may schedule for whom.
pub(super) fn delegate_cases() -> Vec<Case> {
    vec![
        case!("deleteUserAssistants", |c, a| c
            .delete_user_assistants(a.path("userId"))
            .send()),
        case!("listUserAssistants", |c, a| c
            .list_user_assistants(a.path("userId"))
            .send()),
        case!("addUserAssistants", |c, a| c
            .add_user_assistants(a.path("userId"), a.body()?)
            .send()),
        case!("deleteUserAssistant", |c, a| c
            .delete_user_assistant(a.path("userId"), a.path("assistantId"))
            .send()),
        case!("deleteUserSchedulers", |c, a| c
            .delete_user_schedulers(a.path("userId"))
            .send()),
        case!("listUserSchedulers", |c, a| c
            .list_user_schedulers(a.path("userId"))
            .send()),
        case!("deleteUserScheduler", |c, a| c
            .delete_user_scheduler(a.path("userId"), a.path("schedulerId"))
            .send()),
    ]
}

/// Email, password, picture, presence, status and tokens of one user.
pub(super) fn account_cases() -> Vec<Case> {
    vec![
        case!("updateUserEmail", |c, a| c
            .update_user_email(a.path("userId"), a.body()?)
            .send()),
        case!("updateUserPassword", |c, a| c
            .update_user_password(a.path("userId"), a.body()?)
            .send()),
        case!("getUserPermissions", |c, a| c
            .get_user_permissions(a.path("userId"))
            .send()),
        case!("uploadUserPicture", |c, a| c
            .upload_user_picture(a.path("userId"), a.upload()?)
            .send()),
        case!("updateUserPresenceStatus", |c, a| c
            .update_user_presence_status(a.path("userId"), a.body()?)
            .send()),
        case!("updateUserStatus", |c, a| c
            .update_user_status(a.path("userId"), a.body()?)
            .send()),
        case!("revokeUserSsoToken", |c, a| c
            .revoke_user_sso_token(a.path("userId"))
            .send()),
        case!("getUserToken", |c, a| c
            .get_user_token(a.path("userId"))
            .type_(a.query("type")?)
            .ttl(a.query("ttl")?)
            .meeting_id(a.text("meeting_id")?)
            .send()),
    ]
}

/// Settings and virtual backgrounds.
pub(super) fn settings_cases() -> Vec<Case> {
    vec![
        case!("getUserSettings", |c, a| c
            .get_user_settings(a.path("userId"))
            .login_type(a.query("login_type")?)
            .custom_query_fields(a.text("custom_query_fields")?)
            .send()),
        case!("updateUserSettings", |c, a| c
            .update_user_settings(a.path("userId"), a.body()?)
            .option(a.query("option")?)
            .send()),
        case!("deleteUserVirtualBackgrounds", |c, a| c
            .delete_user_virtual_backgrounds(a.path("userId"))
            .file_ids(a.text("file_ids")?)
            .send()),
        case!("uploadUserVirtualBackground", |c, a| c
            .upload_user_virtual_background(a.path("userId"), a.upload()?)
            .send()),
    ]
}
