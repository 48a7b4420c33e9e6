//! Every operation of the spec, checked from data.
//!
//! `tests/cases/*.yaml` says what each case sends and which of the spec's
//! examples it expects; the table below says how a user calls the operation;
//! `support::cases::run` reads the spec itself and checks the request that
//! arrives and the typed answer (the checks are listed in `support/wire.rs`).
//! It fails when an operation of the spec has no case, or a case names an
//! operation the spec lacks.
//!
//! Behaviour beyond one request and its answer lives elsewhere: settings
//! shapes in `settings.rs`, unknown enum values, nulls and partial updates in
//! `values.rs`, paging in `pagination.rs`, errors in `errors.rs` and
//! `runtime.rs`.

mod support;

use std::path::Path;

use support::cases::{Args, Case, outcome, run};
use support::spec::Spec;
use zoom_api::Client;

/// A table entry: the operationId, then the call as a user writes it.
/// `a.path(..)`, `a.query(..)`, `a.text(..)`, `a.body()` and `a.upload()`
/// hand out the case's values; `?` passes on one that is missing or does
/// not parse as the type the method takes.
macro_rules! case {
    ($id:literal, |$c:ident, $a:ident| $call:expr) => {
        Case {
            id: $id,
            call: |$c: &Client, $a: &Args| Ok(outcome($call)),
        }
    };
}

#[path = "operations/webinars.rs"]
mod webinars;

/// The whole table, one entry per operation of the spec.
fn cases() -> Vec<Case> {
    [
        user_cases(),
        delegate_cases(),
        account_cases(),
        settings_cases(),
        meeting_cases(),
        meeting_poll_cases(),
        meeting_registrant_cases(),
        past_meeting_cases(),
        webinars::webinar_cases(),
    ]
    .concat()
}

/// A path value that the method takes as a meeting ID (an `i64`).
fn meeting_id(a: &Args) -> Result<i64, String> {
    let text = a.path("meetingId");
    text.parse()
        .map_err(|e| format!("path `meetingId`: `{text}` is not an i64: {e}"))
}

/// `/users` and `/users/{userId}`, and moving a user between accounts.
#[allow(deprecated)] // every parameter is sent, the ones Zoom deprecated too
fn user_cases() -> Vec<Case> {
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
fn delegate_cases() -> Vec<Case> {
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
fn account_cases() -> Vec<Case> {
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
            .send()),
    ]
}

/// Settings and virtual backgrounds.
fn settings_cases() -> Vec<Case> {
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

/// Meetings: scheduling, changing, live control and live streams.
fn meeting_cases() -> Vec<Case> {
    vec![
        case!("controlLiveMeeting", |c, a| c
            .control_live_meeting(meeting_id(a)?, a.body()?)
            .send()),
        case!("deleteMeeting", |c, a| c
            .delete_meeting(meeting_id(a)?)
            .occurrence_id(a.text("occurrence_id")?)
            .schedule_for_reminder(a.query("schedule_for_reminder")?)
            .cancel_meeting_reminder(a.query("cancel_meeting_reminder")?)
            .send()),
        case!("getMeeting", |c, a| c
            .get_meeting(meeting_id(a)?)
            .occurrence_id(a.text("occurrence_id")?)
            .show_previous_occurrences(a.query("show_previous_occurrences")?)
            .send()),
        case!("updateMeeting", |c, a| c
            .update_meeting(meeting_id(a)?, a.body()?)
            .occurrence_id(a.text("occurrence_id")?)
            .send()),
        case!("getMeetingInvitation", |c, a| c
            .get_meeting_invitation(meeting_id(a)?)
            .send()),
        case!("getMeetingLiveStream", |c, a| c
            .get_meeting_live_stream(meeting_id(a)?)
            .send()),
        case!("updateMeetingLiveStream", |c, a| c
            .update_meeting_live_stream(meeting_id(a)?, a.body()?)
            .send()),
        case!("updateMeetingLiveStreamStatus", |c, a| c
            .update_meeting_live_stream_status(meeting_id(a)?, a.body()?)
            .send()),
        case!("updateMeetingStatus", |c, a| c
            .update_meeting_status(meeting_id(a)?, a.body()?)
            .send()),
        case!("listMeetingTemplates", |c, a| c
            .list_meeting_templates(a.path("userId"))
            .send()),
        case!("listMeetings", |c, a| c
            .list_meetings(a.path("userId"))
            .type_(a.query("type")?)
            .page_size(a.query("page_size")?)
            .next_page_token(a.text("next_page_token")?)
            .page_number(a.query("page_number")?)
            .from(a.query("from")?)
            .to(a.query("to")?)
            .timezone(a.text("timezone")?)
            .send()),
        case!("createMeeting", |c, a| c
            .create_meeting(a.path("userId"), a.body()?)
            .send()),
    ]
}

/// Polls of a meeting.
fn meeting_poll_cases() -> Vec<Case> {
    vec![
        case!("createMeetingBatchPolls", |c, a| c
            .create_meeting_batch_polls(meeting_id(a)?, a.body()?)
            .send()),
        case!("listMeetingPolls", |c, a| c
            .list_meeting_polls(meeting_id(a)?)
            .anonymous(a.query("anonymous")?)
            .send()),
        case!("createMeetingPoll", |c, a| c
            .create_meeting_poll(meeting_id(a)?, a.body()?)
            .send()),
        case!("deleteMeetingPoll", |c, a| c
            .delete_meeting_poll(meeting_id(a)?, a.path("pollId"))
            .send()),
        case!("getMeetingPoll", |c, a| c
            .get_meeting_poll(meeting_id(a)?, a.path("pollId"))
            .send()),
        case!("updateMeetingPoll", |c, a| c
            .update_meeting_poll(meeting_id(a)?, a.path("pollId"), a.body()?)
            .send()),
    ]
}

/// Registrants of a meeting and its registration form.
#[allow(deprecated)] // every parameter is sent, the ones Zoom deprecated too
fn meeting_registrant_cases() -> Vec<Case> {
    vec![
        case!("listMeetingRegistrants", |c, a| c
            .list_meeting_registrants(meeting_id(a)?)
            .occurrence_id(a.text("occurrence_id")?)
            .status(a.query("status")?)
            .page_size(a.query("page_size")?)
            .page_number(a.query("page_number")?)
            .next_page_token(a.text("next_page_token")?)
            .send()),
        case!("addMeetingRegistrant", |c, a| c
            .add_meeting_registrant(meeting_id(a)?, a.body()?)
            .occurrence_ids(a.text("occurrence_ids")?)
            .send()),
        case!("listMeetingRegistrationQuestions", |c, a| c
            .list_meeting_registration_questions(meeting_id(a)?)
            .send()),
        case!("updateMeetingRegistrationQuestions", |c, a| c
            .update_meeting_registration_questions(meeting_id(a)?, a.body()?)
            .send()),
        case!("updateMeetingRegistrantStatus", |c, a| c
            .update_meeting_registrant_status(meeting_id(a)?, a.body()?)
            .occurrence_id(a.text("occurrence_id")?)
            .send()),
        case!("deleteMeetingRegistrant", |c, a| c
            .delete_meeting_registrant(meeting_id(a)?, a.path("registrantId"))
            .occurrence_id(a.text("occurrence_id")?)
            .send()),
    ]
}

/// Ended meetings: instances (by meeting ID), details, participants and
/// poll answers (by instance UUID or meeting ID).
fn past_meeting_cases() -> Vec<Case> {
    vec![
        case!("listPastMeetingInstances", |c, a| c
            .list_past_meeting_instances(meeting_id(a)?)
            .send()),
        case!("getPastMeeting", |c, a| c
            .get_past_meeting(a.path("meetingUUID"))
            .send()),
        case!("listPastMeetingParticipants", |c, a| c
            .list_past_meeting_participants(a.path("meetingUUID"))
            .page_size(a.query("page_size")?)
            .next_page_token(a.text("next_page_token")?)
            .send()),
        case!("listPastMeetingPolls", |c, a| c
            .list_past_meeting_polls(a.path("meetingUUID"))
            .send()),
    ]
}

#[tokio::test]
async fn every_operation_sends_and_decodes_what_the_spec_says() {
    run(&cases()).await;
}

/// The reader follows `$ref`s within a file and into `common.yaml` (for
/// parameters, bodies, answers, examples and schemas), resolving a ref found
/// in `common.yaml` against `common.yaml`, as the split spec needs.
#[test]
fn the_spec_reader_follows_refs_across_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/spec");
    let spec = Spec::load(&dir).expect("the fixture spec reads");
    let ids: Vec<&str> = spec.operations.keys().map(String::as_str).collect();
    assert_eq!(ids, ["deleteWidget", "putWidget", "uploadWidgetPicture"]);

    let put = &spec.operations["putWidget"];
    assert_eq!(
        (put.method.as_str(), put.path.as_str()),
        ("PUT", "/widgets/{widgetId}")
    );
    assert_eq!(put.file, "widgets.yaml");
    assert_eq!(put.query, ["verbose", "page_size", "colour"]);
    let request = put.request.as_ref().expect("a request body");
    assert_eq!(request.media_type, "application/json");
    let examples: Vec<(&str, String)> = request
        .examples
        .iter()
        .map(|(name, value)| (name.as_str(), value.to_string()))
        .collect();
    let fancy = r#"{"name":"fancy","sparkles":3}"#.to_owned();
    assert_eq!(
        examples,
        [("fancy", fancy), ("plain", r#"{"name":"plain"}"#.into())]
    );
    let [(201, Some(created))] = &put.successes[..] else {
        panic!("expected one 201 with a body: {:?}", put.successes);
    };
    assert_eq!(
        created.examples,
        [(String::new(), serde_json::json!({"id": "w-1"}))]
    );
    assert_eq!(put.failure, Some((404, Some(4404))));

    let delete = &spec.operations["deleteWidget"];
    assert_eq!(delete.query, ["verbose"]);
    assert!(delete.request.is_none());
    assert!(matches!(&delete.successes[..], [(204, None)]));
    assert_eq!(delete.failure, Some((400, None)));

    let upload = &spec.operations["uploadWidgetPicture"];
    let body = upload.request.as_ref().expect("a multipart body");
    assert_eq!(body.media_type, "multipart/form-data");
    assert_eq!(body.file_field.as_deref(), Some("image"));
    assert_eq!(spec.success_example("uploadWidgetPicture")["id"], "w-2");
}

/// A `$ref` to a file that is not part of the spec directory, or to a
/// place that does not exist, is an error naming the ref.
#[test]
fn the_spec_reader_reports_broken_refs() {
    let dir = std::env::temp_dir().join(format!("zoom-api-spec-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let broken = [
        (
            "missing.yaml#/components/responses/Gone",
            "`missing.yaml` is not a YAML file",
        ),
        (
            "#/components/responses/Gone",
            "nothing at `/components/responses/Gone`",
        ),
    ];
    for (reference, message) in broken {
        let yaml = format!(
            "paths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n        \
             '200': {{$ref: '{reference}'}}\n"
        );
        std::fs::write(dir.join("group.yaml"), yaml).expect("the fixture is written");
        let err = Spec::load(&dir).err().expect("a broken ref is an error");
        assert!(err.contains(reference) && err.contains(message), "{err}");
        assert!(err.contains("group.yaml: GET /x (getX)"), "{err}");
    }
    std::fs::remove_dir_all(&dir).expect("the temporary directory is removed");
}
