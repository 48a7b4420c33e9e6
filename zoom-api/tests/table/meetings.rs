//! Meetings: scheduling, live control, polls, registrants, past meetings.

use super::{Args, Case, Client, meeting_id, outcome};

/// Meetings: scheduling, changing, live control and live streams.
pub(super) fn meeting_cases() -> Vec<Case> {
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
pub(super) fn meeting_poll_cases() -> Vec<Case> {
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
pub(super) fn meeting_registrant_cases() -> Vec<Case> {
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
pub(super) fn past_meeting_cases() -> Vec<Case> {
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
