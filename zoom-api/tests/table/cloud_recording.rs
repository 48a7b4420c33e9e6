//! The Cloud Recording group's table: one call per operation, as a user
//! writes it (values from `tests/cases/cloud_recording.yaml`).

use super::{Args, Case, Client, meeting_id, outcome};

/// Every Cloud Recording operation.
pub(super) fn cloud_recording_cases() -> Vec<Case> {
    [listing_cases(), file_cases(), registrant_cases()].concat()
}

/// The listings: of a user, of an account, and of archived files.
#[allow(deprecated)] // every parameter is sent, the ones Zoom deprecated too
fn listing_cases() -> Vec<Case> {
    vec![
        case!("listAccountRecordings", |c, a| c
            .list_account_recordings(a.path("accountId"))
            .page_size(a.query("page_size")?)
            .next_page_token(a.text("next_page_token")?)
            .from(a.query("from")?)
            .to(a.query("to")?)
            .send()),
        case!("listArchivedFiles", |c, a| c
            .list_archived_files()
            .page_size(a.query("page_size")?)
            .next_page_token(a.text("next_page_token")?)
            .from(a.query("from")?)
            .to(a.query("to")?)
            .query_date_type(a.query("query_date_type")?)
            .group_id(a.text("group_id")?)
            .group_ids(a.text("group_ids")?)
            .send()),
        case!("listUserRecordings", |c, a| c
            .list_user_recordings(a.path("userId"))
            .page_size(a.query("page_size")?)
            .next_page_token(a.text("next_page_token")?)
            .mc(a.query("mc")?)
            .trash(a.query("trash")?)
            .from(a.query("from")?)
            .to(a.query("to")?)
            .trash_type(a.query("trash_type")?)
            .meeting_id(a.query("meeting_id")?)
            .send()),
    ]
}

/// One meeting's recordings and files: read, settings, delete, recover.
fn file_cases() -> Vec<Case> {
    vec![
        case!("getMeetingRecordings", |c, a| c
            .get_meeting_recordings(a.path("meetingId"))
            .include_fields(a.query("include_fields")?)
            .ttl(a.query("ttl")?)
            .send()),
        case!("deleteMeetingRecordings", |c, a| c
            .delete_meeting_recordings(a.path("meetingId"))
            .action(a.query("action")?)
            .send()),
        case!("getMeetingRecordingSettings", |c, a| c
            .get_meeting_recording_settings(a.path("meetingId"))
            .send()),
        case!("updateMeetingRecordingSettings", |c, a| c
            .update_meeting_recording_settings(a.path("meetingId"), a.body()?)
            .send()),
        case!("recoverMeetingRecordings", |c, a| c
            .recover_meeting_recordings(a.path("meetingUUID"), a.body()?)
            .send()),
        case!("deleteMeetingRecordingFile", |c, a| c
            .delete_meeting_recording_file(a.path("meetingId"), a.path("recordingId"))
            .action(a.query("action")?)
            .send()),
        case!("recoverMeetingRecordingFile", |c, a| c
            .recover_meeting_recording_file(a.path("meetingId"), a.path("recordingId"), a.body()?)
            .send()),
    ]
}

/// Registration for on-demand recordings.
#[allow(deprecated)] // `page_number` is sent too
fn registrant_cases() -> Vec<Case> {
    vec![
        case!("listRecordingRegistrants", |c, a| c
            .list_recording_registrants(meeting_id(a)?)
            .status(a.query("status")?)
            .page_size(a.query("page_size")?)
            .page_number(a.query("page_number")?)
            .next_page_token(a.text("next_page_token")?)
            .send()),
        case!("createRecordingRegistrant", |c, a| c
            .create_recording_registrant(meeting_id(a)?, a.body()?)
            .send()),
        case!("getRecordingRegistrationQuestions", |c, a| c
            .get_recording_registration_questions(a.path("meetingId"))
            .send()),
        case!("updateRecordingRegistrationQuestions", |c, a| c
            .update_recording_registration_questions(a.path("meetingId"), a.body()?)
            .send()),
        case!("updateRecordingRegistrantStatus", |c, a| c
            .update_recording_registrant_status(meeting_id(a)?, a.body()?)
            .send()),
    ]
}
