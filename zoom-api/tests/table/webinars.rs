//! The table entries of the Webinars group (`spec/webinars.yaml`), one per
//! operation; their values are in `tests/cases/webinars.yaml`.

use super::{Args, Case, Client, outcome};

/// Every Webinars operation, grouped as the spec groups them.
pub(super) fn webinar_cases() -> Vec<Case> {
    [
        scheduling_cases(),
        panelist_cases(),
        poll_cases(),
        registrant_cases(),
        past_cases(),
    ]
    .concat()
}

/// A path value that the method takes as a webinar ID (an `i64`).
fn webinar_id(a: &Args) -> Result<i64, String> {
    let text = a.path("webinarId");
    text.parse()
        .map_err(|e| format!("path `webinarId`: `{text}` is not an i64: {e}"))
}

/// Webinars: scheduling, changing, ending, templates and tracking sources.
#[allow(deprecated)] // every parameter is sent, the ones Zoom deprecated too
fn scheduling_cases() -> Vec<Case> {
    vec![
        case!("listWebinarTemplates", |c, a| c
            .list_webinar_templates(a.path("userId"))
            .send()),
        case!("listWebinars", |c, a| c
            .list_webinars(a.path("userId"))
            .type_(a.query("type")?)
            .page_size(a.query("page_size")?)
            .next_page_token(a.text("next_page_token")?)
            .page_number(a.query("page_number")?)
            .send()),
        case!("createWebinar", |c, a| c
            .create_webinar(a.path("userId"), a.body()?)
            .send()),
        case!("deleteWebinar", |c, a| c
            .delete_webinar(webinar_id(a)?)
            .occurrence_id(a.text("occurrence_id")?)
            .cancel_webinar_reminder(a.query("cancel_webinar_reminder")?)
            .send()),
        // Takes a webinar ID or an instance UUID, so a string.
        case!("getWebinar", |c, a| c
            .get_webinar(a.path("webinarId"))
            .occurrence_id(a.text("occurrence_id")?)
            .show_previous_occurrences(a.query("show_previous_occurrences")?)
            .send()),
        case!("updateWebinar", |c, a| c
            .update_webinar(webinar_id(a)?, a.body()?)
            .occurrence_id(a.text("occurrence_id")?)
            .send()),
        case!("updateWebinarStatus", |c, a| c
            .update_webinar_status(webinar_id(a)?, a.body()?)
            .send()),
        case!("listWebinarTrackingSources", |c, a| c
            .list_webinar_tracking_sources(webinar_id(a)?)
            .send()),
    ]
}

/// Panelists of a webinar.
fn panelist_cases() -> Vec<Case> {
    vec![
        case!("deleteWebinarPanelists", |c, a| c
            .delete_webinar_panelists(webinar_id(a)?)
            .send()),
        case!("listWebinarPanelists", |c, a| c
            .list_webinar_panelists(webinar_id(a)?)
            .send()),
        case!("addWebinarPanelists", |c, a| c
            .add_webinar_panelists(webinar_id(a)?, a.body()?)
            .send()),
        case!("deleteWebinarPanelist", |c, a| c
            .delete_webinar_panelist(webinar_id(a)?, a.path("panelistId"))
            .send()),
    ]
}

/// Polls of a webinar.
fn poll_cases() -> Vec<Case> {
    vec![
        case!("listWebinarPolls", |c, a| c
            .list_webinar_polls(webinar_id(a)?)
            .anonymous(a.query("anonymous")?)
            .send()),
        case!("createWebinarPoll", |c, a| c
            .create_webinar_poll(webinar_id(a)?, a.body()?)
            .send()),
        case!("deleteWebinarPoll", |c, a| c
            .delete_webinar_poll(webinar_id(a)?, a.path("pollId"))
            .send()),
        case!("getWebinarPoll", |c, a| c
            .get_webinar_poll(webinar_id(a)?, a.path("pollId"))
            .send()),
        case!("updateWebinarPoll", |c, a| c
            .update_webinar_poll(webinar_id(a)?, a.path("pollId"), a.body()?)
            .send()),
    ]
}

/// Registrants of a webinar and its registration form.
#[allow(deprecated)] // every parameter is sent, the ones Zoom deprecated too
fn registrant_cases() -> Vec<Case> {
    vec![
        case!("addWebinarBatchRegistrants", |c, a| c
            .add_webinar_batch_registrants(webinar_id(a)?, a.body()?)
            .send()),
        case!("listWebinarRegistrants", |c, a| c
            .list_webinar_registrants(webinar_id(a)?)
            .occurrence_id(a.text("occurrence_id")?)
            .status(a.query("status")?)
            .tracking_source_id(a.text("tracking_source_id")?)
            .page_size(a.query("page_size")?)
            .page_number(a.query("page_number")?)
            .next_page_token(a.text("next_page_token")?)
            .send()),
        case!("addWebinarRegistrant", |c, a| c
            .add_webinar_registrant(webinar_id(a)?, a.body()?)
            .occurrence_ids(a.text("occurrence_ids")?)
            .send()),
        case!("listWebinarRegistrationQuestions", |c, a| c
            .list_webinar_registration_questions(webinar_id(a)?)
            .send()),
        case!("updateWebinarRegistrationQuestions", |c, a| c
            .update_webinar_registration_questions(webinar_id(a)?, a.body()?)
            .send()),
        case!("updateWebinarRegistrantStatus", |c, a| c
            .update_webinar_registrant_status(webinar_id(a)?, a.body()?)
            .occurrence_id(a.text("occurrence_id")?)
            .send()),
        case!("deleteWebinarRegistrant", |c, a| c
            .delete_webinar_registrant(webinar_id(a)?, a.path("registrantId"))
            .occurrence_id(a.text("occurrence_id")?)
            .send()),
        case!("getWebinarRegistrant", |c, a| c
            .get_webinar_registrant(webinar_id(a)?, a.path("registrantId"))
            .occurrence_id(a.text("occurrence_id")?)
            .send()),
    ]
}

/// Ended webinars: instances (by webinar ID); absentees, participants,
/// poll answers and Q&A (by instance UUID or webinar ID).
fn past_cases() -> Vec<Case> {
    vec![
        case!("listPastWebinarInstances", |c, a| c
            .list_past_webinar_instances(webinar_id(a)?)
            .send()),
        case!("listWebinarAbsentees", |c, a| c
            .list_webinar_absentees(a.path("webinarUUID"))
            .occurrence_id(a.text("occurrence_id")?)
            .page_size(a.query("page_size")?)
            .next_page_token(a.text("next_page_token")?)
            .send()),
        case!("listPastWebinarParticipants", |c, a| c
            .list_past_webinar_participants(a.path("webinarUUID"))
            .page_size(a.query("page_size")?)
            .next_page_token(a.text("next_page_token")?)
            .send()),
        case!("listPastWebinarPolls", |c, a| c
            .list_past_webinar_polls(a.path("webinarUUID"))
            .send()),
        case!("listPastWebinarQa", |c, a| c
            .list_past_webinar_qa(a.path("webinarUUID"))
            .send()),
    ]
}
