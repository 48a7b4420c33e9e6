// @generated from spec/meetings.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Operations of the `meetings` group: a method on [`Client`] and a request builder for each.
#![allow(deprecated)]
use crate::runtime::{OperationInfo, RateLimitCategory, Request};
use crate::{Client, Error};
use super::super::types;
use reqwest::Method;
/// Metadata of [`Client::control_live_meeting`].
pub static CONTROL_LIVE_MEETING: OperationInfo = OperationInfo::new(
    "controlLiveMeeting",
    Method::PATCH,
    "/live_meetings/{meetingId}/events",
    RateLimitCategory::Medium,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:master",
        "meeting:update:in_meeting_controls",
        "meeting:update:in_meeting_controls:admin",
    ],
);

impl Client {
    /// Use in-Meeting recording controls
    ///
    /// Acts on a meeting that is running: starts, pauses, resumes or stops its cloud recording, invites people, changes the waiting-room text or drives the AI Companion. The caller must be the host or an alternative host.
    ///
    /// - Request: `PATCH /live_meetings/{meetingId}/events` (operation `controlLiveMeeting`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:master`, `meeting:update:in_meeting_controls`, `meeting:update:in_meeting_controls:admin`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`LiveMeetingControl`](types::LiveMeetingControl).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The meeting does not exist, the ID is invalid, permission is missing, or the feature is not available to the account.
    /// - `400` code `3309`: Cloud storage is full.
    /// - `403` code `2314`: The AI Companion questions or summary setting of the meeting or webinar is turned off.
    /// - `404` code `3001`: The meeting does not exist or has ended.
    pub fn control_live_meeting(
        &self,
        meeting_id: i64,
        body: types::LiveMeetingControl,
    ) -> ControlLiveMeeting {
        ControlLiveMeeting {
            client: self.clone(),
            meeting_id,
            body,
        }
    }
}

/// Request builder of [`Client::control_live_meeting`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ControlLiveMeeting {
    client: Client,
    meeting_id: i64,
    body: types::LiveMeetingControl,
}

impl ControlLiveMeeting {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ControlLiveMeeting {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&CONTROL_LIVE_MEETING);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&CONTROL_LIVE_MEETING)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_meeting`].
pub static GET_MEETING: OperationInfo = OperationInfo::new(
    "getMeeting",
    Method::GET,
    "/meetings/{meetingId}",
    RateLimitCategory::Light,
    &[
        "meeting:read",
        "meeting:read:admin",
        "meeting:read:meeting",
        "meeting:read:meeting:admin",
    ],
);

impl Client {
    /// Get a meeting
    ///
    /// Returns a meeting with its settings, or one occurrence of it.
    ///
    /// - Request: `GET /meetings/{meetingId}` (operation `getMeeting`)
    /// - Scopes (any one): `meeting:read`, `meeting:read:admin`, `meeting:read:meeting`, `meeting:read:meeting:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_id`](GetMeeting::occurrence_id), [`show_previous_occurrences`](GetMeeting::show_previous_occurrences)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The meeting cannot be accessed, for example because the ID is a webinar.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist or has expired.
    pub fn get_meeting(&self, meeting_id: i64) -> GetMeeting {
        GetMeeting {
            client: self.clone(),
            meeting_id,
            occurrence_id: None,
            show_previous_occurrences: None,
        }
    }
}

/// Request builder of [`Client::get_meeting`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMeeting {
    client: Client,
    meeting_id: i64,
    occurrence_id: Option<String>,
    show_previous_occurrences: Option<bool>,
}

impl GetMeeting {
    /// Return this occurrence of a recurring meeting.
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Also list the occurrences that already took place.
    pub fn show_previous_occurrences(mut self, value: bool) -> Self {
        self.show_previous_occurrences = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`Meeting`](types::Meeting).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::Meeting>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::Meeting>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetMeeting {
    type Answer = crate::runtime::Json<types::Meeting>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_MEETING)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .query("occurrence_id", self.occurrence_id.as_ref())
            .query("show_previous_occurrences", self.show_previous_occurrences.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_meeting`].
pub static DELETE_MEETING: OperationInfo = OperationInfo::new(
    "deleteMeeting",
    Method::DELETE,
    "/meetings/{meetingId}",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:delete:meeting",
        "meeting:delete:meeting:admin",
    ],
);

impl Client {
    /// Delete a meeting
    ///
    /// Deletes a meeting, or one occurrence of a recurring meeting when occurrence_id is given.
    ///
    /// - Request: `DELETE /meetings/{meetingId}` (operation `deleteMeeting`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:delete:meeting`, `meeting:delete:meeting:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_id`](DeleteMeeting::occurrence_id), [`schedule_for_reminder`](DeleteMeeting::schedule_for_reminder), [`cancel_meeting_reminder`](DeleteMeeting::cancel_meeting_reminder)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The occurrence_id is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The meeting cannot be accessed, for example because the ID is a webinar.
    /// - `400` code `3002`: The meeting is in progress.
    /// - `400` code `3003`: The caller is not the meeting host.
    /// - `400` code `3007`: The meeting has already ended.
    /// - `400` code `3018`: A personal meeting ID cannot be deleted.
    /// - `400` code `3037`: A personal audio conference cannot be deleted.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist or has expired.
    pub fn delete_meeting(&self, meeting_id: i64) -> DeleteMeeting {
        DeleteMeeting {
            client: self.clone(),
            meeting_id,
            occurrence_id: None,
            schedule_for_reminder: None,
            cancel_meeting_reminder: None,
        }
    }
}

/// Request builder of [`Client::delete_meeting`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMeeting {
    client: Client,
    meeting_id: i64,
    occurrence_id: Option<String>,
    schedule_for_reminder: Option<bool>,
    cancel_meeting_reminder: Option<bool>,
}

impl DeleteMeeting {
    /// Occurrence of a recurring meeting to act on.
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Email the host and alternative hosts about the cancellation.
    pub fn schedule_for_reminder(mut self, value: bool) -> Self {
        self.schedule_for_reminder = Some(value);
        self
    }

    /// Email the registrants about the cancellation.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub fn cancel_meeting_reminder(mut self, value: bool) -> Self {
        self.cancel_meeting_reminder = Some(value);
        self
    }

    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for DeleteMeeting {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_MEETING)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .query("occurrence_id", self.occurrence_id.as_ref())
            .query("schedule_for_reminder", self.schedule_for_reminder.as_ref())
            .query("cancel_meeting_reminder", self.cancel_meeting_reminder.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_meeting`].
pub static UPDATE_MEETING: OperationInfo = OperationInfo::new(
    "updateMeeting",
    Method::PATCH,
    "/meetings/{meetingId}",
    RateLimitCategory::Light,
    &[
        "meeting:write",
        "meeting:write:admin",
        "meeting:update:meeting",
        "meeting:update:meeting:admin",
    ],
);

impl Client {
    /// Update a meeting
    ///
    /// Changes the fields present in the body. A start_time in the past is ignored. Zoom accepts at most 100 create or update requests per host per day.
    ///
    /// - Request: `PATCH /meetings/{meetingId}` (operation `updateMeeting`)
    /// - Scopes (any one): `meeting:write`, `meeting:write:admin`, `meeting:update:meeting`, `meeting:update:meeting:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_id`](UpdateMeeting::occurrence_id)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`UpdateMeetingRequest`](types::UpdateMeetingRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: A value was rejected, such as schedule_for or enforce_login_domains (separate domains with semicolons), or the daily limit of 100 changes per host was reached.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The meeting cannot be accessed, cannot be scheduled for that user (instant meetings, blocked domains, continuous chat outside the account), or cannot be prescheduled (types 2 and 3 only).
    /// - `400` code `3003`: The caller is not the meeting host.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist or has expired.
    /// - `429` code `4001`: The per-second limit of this operation was reached.
    pub fn update_meeting(
        &self,
        meeting_id: i64,
        body: types::UpdateMeetingRequest,
    ) -> UpdateMeeting {
        UpdateMeeting {
            client: self.clone(),
            meeting_id,
            occurrence_id: None,
            body,
        }
    }
}

/// Request builder of [`Client::update_meeting`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMeeting {
    client: Client,
    meeting_id: i64,
    occurrence_id: Option<String>,
    body: types::UpdateMeetingRequest,
}

impl UpdateMeeting {
    /// Change only this occurrence; only agenda, start_time, duration and some settings can change per occurrence.
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateMeeting {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_MEETING);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_MEETING)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .query("occurrence_id", self.occurrence_id.as_ref());
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::create_meeting_batch_polls`].
pub static CREATE_MEETING_BATCH_POLLS: OperationInfo = OperationInfo::new(
    "createMeetingBatchPolls",
    Method::POST,
    "/meetings/{meetingId}/batch_polls",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:write:batch_polls",
        "meeting:write:batch_polls:admin",
    ],
);

impl Client {
    /// Perform batch poll creation
    ///
    /// Adds up to 25 polls to a scheduled meeting in one request. The host needs a Pro or higher plan with polling enabled.
    ///
    /// - Request: `POST /meetings/{meetingId}/batch_polls` (operation `createMeetingBatchPolls`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:write:batch_polls`, `meeting:write:batch_polls:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`CreateMeetingBatchPollsRequest`](types::CreateMeetingBatchPollsRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The meeting ID is invalid or does not exist.
    /// - `400` code `3000`: The meeting cannot be accessed.
    /// - `400` code `3001`: The meeting does not exist.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `400` code `4400`: Polls, or advanced polls and quizzes, are turned off, or the meeting would exceed its maximum number of polls.
    /// - `404` code `3001`: The meeting does not exist or has expired.
    pub fn create_meeting_batch_polls(
        &self,
        meeting_id: i64,
        body: types::CreateMeetingBatchPollsRequest,
    ) -> CreateMeetingBatchPolls {
        CreateMeetingBatchPolls {
            client: self.clone(),
            meeting_id,
            body,
        }
    }
}

/// Request builder of [`Client::create_meeting_batch_polls`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateMeetingBatchPolls {
    client: Client,
    meeting_id: i64,
    body: types::CreateMeetingBatchPollsRequest,
}

impl CreateMeetingBatchPolls {
    /// Sends the request; `.await` gives Zoom's answer as a [`MeetingBatchPolls`](types::MeetingBatchPolls).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::MeetingBatchPolls>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::MeetingBatchPolls>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for CreateMeetingBatchPolls {
    type Answer = crate::runtime::Json<types::MeetingBatchPolls>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&CREATE_MEETING_BATCH_POLLS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&CREATE_MEETING_BATCH_POLLS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_meeting_invitation`].
pub static GET_MEETING_INVITATION: OperationInfo = OperationInfo::new(
    "getMeetingInvitation",
    Method::GET,
    "/meetings/{meetingId}/invitation",
    RateLimitCategory::Light,
    &[
        "meeting:read",
        "meeting:read:admin",
        "meeting:read:invitation",
        "meeting:read:invitation:admin",
    ],
);

impl Client {
    /// Get meeting invitation
    ///
    /// Returns the invitation text of a meeting, ready to paste into an email or calendar entry.
    ///
    /// - Request: `GET /meetings/{meetingId}/invitation` (operation `getMeetingInvitation`)
    /// - Scopes (any one): `meeting:read`, `meeting:read:admin`, `meeting:read:invitation`, `meeting:read:invitation:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `3001`: The meeting does not exist or has expired.
    pub fn get_meeting_invitation(&self, meeting_id: i64) -> GetMeetingInvitation {
        GetMeetingInvitation {
            client: self.clone(),
            meeting_id,
        }
    }
}

/// Request builder of [`Client::get_meeting_invitation`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMeetingInvitation {
    client: Client,
    meeting_id: i64,
}

impl GetMeetingInvitation {
    /// Sends the request; `.await` gives Zoom's answer as a [`MeetingInvitation`](types::MeetingInvitation).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::MeetingInvitation>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::MeetingInvitation>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetMeetingInvitation {
    type Answer = crate::runtime::Json<types::MeetingInvitation>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_MEETING_INVITATION)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_meeting_live_stream`].
pub static GET_MEETING_LIVE_STREAM: OperationInfo = OperationInfo::new(
    "getMeetingLiveStream",
    Method::GET,
    "/meetings/{meetingId}/livestream",
    RateLimitCategory::Light,
    &[
        "meeting:read:admin",
        "meeting:read",
        "meeting:read:livestream",
        "meeting:read:livestream:admin",
    ],
);

impl Client {
    /// Get live stream details
    ///
    /// Returns where a meeting is streamed to: the stream URL and key and the public page. The host needs a Pro or higher plan.
    ///
    /// - Request: `GET /meetings/{meetingId}/livestream` (operation `getMeetingLiveStream`)
    /// - Scopes (any one): `meeting:read:admin`, `meeting:read`, `meeting:read:livestream`, `meeting:read:livestream:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The meeting ID is missing or invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist.
    pub fn get_meeting_live_stream(&self, meeting_id: i64) -> GetMeetingLiveStream {
        GetMeetingLiveStream {
            client: self.clone(),
            meeting_id,
        }
    }
}

/// Request builder of [`Client::get_meeting_live_stream`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMeetingLiveStream {
    client: Client,
    meeting_id: i64,
}

impl GetMeetingLiveStream {
    /// Sends the request; `.await` gives Zoom's answer as a [`MeetingLiveStream`](types::MeetingLiveStream).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::MeetingLiveStream>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::MeetingLiveStream>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetMeetingLiveStream {
    type Answer = crate::runtime::Json<types::MeetingLiveStream>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_MEETING_LIVE_STREAM)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_meeting_live_stream`].
pub static UPDATE_MEETING_LIVE_STREAM: OperationInfo = OperationInfo::new(
    "updateMeetingLiveStream",
    Method::PATCH,
    "/meetings/{meetingId}/livestream",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:update:livestream",
        "meeting:update:livestream:admin",
    ],
);

impl Client {
    /// Update a live stream
    ///
    /// Sets where a meeting is streamed to. The host needs a Pro plan.
    ///
    /// - Request: `PATCH /meetings/{meetingId}/livestream` (operation `updateMeetingLiveStream`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:update:livestream`, `meeting:update:livestream:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`MeetingLiveStreamUpdate`](types::MeetingLiveStreamUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The meeting ID is missing or invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The meeting cannot be accessed, for example because the ID is a webinar.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist.
    pub fn update_meeting_live_stream(
        &self,
        meeting_id: i64,
        body: types::MeetingLiveStreamUpdate,
    ) -> UpdateMeetingLiveStream {
        UpdateMeetingLiveStream {
            client: self.clone(),
            meeting_id,
            body,
        }
    }
}

/// Request builder of [`Client::update_meeting_live_stream`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMeetingLiveStream {
    client: Client,
    meeting_id: i64,
    body: types::MeetingLiveStreamUpdate,
}

impl UpdateMeetingLiveStream {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateMeetingLiveStream {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_MEETING_LIVE_STREAM);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_MEETING_LIVE_STREAM)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_meeting_live_stream_status`].
pub static UPDATE_MEETING_LIVE_STREAM_STATUS: OperationInfo = OperationInfo::new(
    "updateMeetingLiveStreamStatus",
    Method::PATCH,
    "/meetings/{meetingId}/livestream/status",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:update:livestream_status",
        "meeting:update:livestream_status:admin",
    ],
);

impl Client {
    /// Update Live Stream Status
    ///
    /// Starts or stops the live stream of a running meeting, or changes its layout while it runs. The host needs a Pro plan.
    ///
    /// - Request: `PATCH /meetings/{meetingId}/livestream/status` (operation `updateMeetingLiveStreamStatus`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:update:livestream_status`, `meeting:update:livestream_status:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`MeetingLiveStreamStatusUpdate`](types::MeetingLiveStreamStatusUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The meeting ID is missing or invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The meeting cannot be accessed, for example because the ID is a webinar.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `400` code `4400`: End-to-end encrypted meetings cannot be streamed.
    /// - `400` code `4927`: The meeting has not started.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist.
    /// - `429`: Too many start requests for this meeting; if the stream has not started, wait 30 seconds before trying again.
    pub fn update_meeting_live_stream_status(
        &self,
        meeting_id: i64,
        body: types::MeetingLiveStreamStatusUpdate,
    ) -> UpdateMeetingLiveStreamStatus {
        UpdateMeetingLiveStreamStatus {
            client: self.clone(),
            meeting_id,
            body,
        }
    }
}

/// Request builder of [`Client::update_meeting_live_stream_status`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMeetingLiveStreamStatus {
    client: Client,
    meeting_id: i64,
    body: types::MeetingLiveStreamStatusUpdate,
}

impl UpdateMeetingLiveStreamStatus {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateMeetingLiveStreamStatus {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_MEETING_LIVE_STREAM_STATUS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_MEETING_LIVE_STREAM_STATUS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_meeting_polls`].
pub static LIST_MEETING_POLLS: OperationInfo = OperationInfo::new(
    "listMeetingPolls",
    Method::GET,
    "/meetings/{meetingId}/polls",
    RateLimitCategory::Light,
    &[
        "meeting:read:admin",
        "meeting:read",
        "meeting:read:list_polls",
        "meeting:read:list_polls:admin",
    ],
);

impl Client {
    /// List meeting polls
    ///
    /// Returns every poll of a scheduled meeting. The host needs a Pro or higher plan.
    ///
    /// - Request: `GET /meetings/{meetingId}/polls` (operation `listMeetingPolls`)
    /// - Scopes (any one): `meeting:read:admin`, `meeting:read`, `meeting:read:list_polls`, `meeting:read:list_polls:admin`
    /// - Rate limit: Light
    /// - Optional: [`anonymous`](ListMeetingPolls::anonymous)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `4400`: Polls, or advanced polls and quizzes, are turned off in the settings.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `404`: The meeting or the poll does not exist.
    pub fn list_meeting_polls(&self, meeting_id: i64) -> ListMeetingPolls {
        ListMeetingPolls {
            client: self.clone(),
            meeting_id,
            anonymous: None,
        }
    }
}

/// Request builder of [`Client::list_meeting_polls`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListMeetingPolls {
    client: Client,
    meeting_id: i64,
    anonymous: Option<bool>,
}

impl ListMeetingPolls {
    /// Only list polls whose answers are anonymous.
    pub fn anonymous(mut self, value: bool) -> Self {
        self.anonymous = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`PollList`](types::PollList).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::PollList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::PollList>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListMeetingPolls {
    type Answer = crate::runtime::Json<types::PollList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_MEETING_POLLS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .query("anonymous", self.anonymous.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::create_meeting_poll`].
pub static CREATE_MEETING_POLL: OperationInfo = OperationInfo::new(
    "createMeetingPoll",
    Method::POST,
    "/meetings/{meetingId}/polls",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:write:poll",
        "meeting:write:poll:admin",
    ],
);

impl Client {
    /// Create a meeting poll
    ///
    /// Adds a poll or quiz to a scheduled meeting. The host needs a Pro or higher plan with polling enabled.
    ///
    /// - Request: `POST /meetings/{meetingId}/polls` (operation `createMeetingPoll`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:write:poll`, `meeting:write:poll:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`Poll`](types::Poll).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `4400`: Polls, or advanced polls and quizzes, are turned off in the settings.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `404`: The meeting or the poll does not exist.
    pub fn create_meeting_poll(
        &self,
        meeting_id: i64,
        body: types::Poll,
    ) -> CreateMeetingPoll {
        CreateMeetingPoll {
            client: self.clone(),
            meeting_id,
            body,
        }
    }
}

/// Request builder of [`Client::create_meeting_poll`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateMeetingPoll {
    client: Client,
    meeting_id: i64,
    body: types::Poll,
}

impl CreateMeetingPoll {
    /// Sends the request; `.await` gives Zoom's answer as a [`PollDetail`](types::PollDetail).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::PollDetail>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::PollDetail>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for CreateMeetingPoll {
    type Answer = crate::runtime::Json<types::PollDetail>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&CREATE_MEETING_POLL);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&CREATE_MEETING_POLL)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_meeting_poll`].
pub static GET_MEETING_POLL: OperationInfo = OperationInfo::new(
    "getMeetingPoll",
    Method::GET,
    "/meetings/{meetingId}/polls/{pollId}",
    RateLimitCategory::Light,
    &[
        "meeting:read:admin",
        "meeting:read",
        "meeting:read:poll",
        "meeting:read:poll:admin",
    ],
);

impl Client {
    /// Get a meeting poll
    ///
    /// Returns one poll of a meeting with its questions.
    ///
    /// - Request: `GET /meetings/{meetingId}/polls/{pollId}` (operation `getMeetingPoll`)
    /// - Scopes (any one): `meeting:read:admin`, `meeting:read`, `meeting:read:poll`, `meeting:read:poll:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `poll_id`: Poll ID.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `4400`: Polls, or advanced polls and quizzes, are turned off in the settings.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `404`: The meeting or the poll does not exist.
    pub fn get_meeting_poll(
        &self,
        meeting_id: i64,
        poll_id: impl Into<String>,
    ) -> GetMeetingPoll {
        GetMeetingPoll {
            client: self.clone(),
            meeting_id,
            poll_id: poll_id.into(),
        }
    }
}

/// Request builder of [`Client::get_meeting_poll`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMeetingPoll {
    client: Client,
    meeting_id: i64,
    poll_id: String,
}

impl GetMeetingPoll {
    /// Sends the request; `.await` gives Zoom's answer as a [`PollDetail`](types::PollDetail).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::PollDetail>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::PollDetail>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetMeetingPoll {
    type Answer = crate::runtime::Json<types::PollDetail>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_MEETING_POLL)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .path("pollId", "poll_id", &self.poll_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_meeting_poll`].
pub static UPDATE_MEETING_POLL: OperationInfo = OperationInfo::new(
    "updateMeetingPoll",
    Method::PUT,
    "/meetings/{meetingId}/polls/{pollId}",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:update:poll",
        "meeting:update:poll:admin",
    ],
);

impl Client {
    /// Update a meeting poll
    ///
    /// Replaces the title, type and questions of a poll.
    ///
    /// - Request: `PUT /meetings/{meetingId}/polls/{pollId}` (operation `updateMeetingPoll`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:update:poll`, `meeting:update:poll:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `poll_id`: Poll ID.
    /// - `body`: The request body, a [`Poll`](types::Poll).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `4400`: Polls, or advanced polls and quizzes, are turned off in the settings.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `404`: The poll does not exist.
    /// - `404` code `3001`: The meeting does not exist.
    pub fn update_meeting_poll(
        &self,
        meeting_id: i64,
        poll_id: impl Into<String>,
        body: types::Poll,
    ) -> UpdateMeetingPoll {
        UpdateMeetingPoll {
            client: self.clone(),
            meeting_id,
            poll_id: poll_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::update_meeting_poll`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMeetingPoll {
    client: Client,
    meeting_id: i64,
    poll_id: String,
    body: types::Poll,
}

impl UpdateMeetingPoll {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateMeetingPoll {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_MEETING_POLL);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_MEETING_POLL)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .path("pollId", "poll_id", &self.poll_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_meeting_poll`].
pub static DELETE_MEETING_POLL: OperationInfo = OperationInfo::new(
    "deleteMeetingPoll",
    Method::DELETE,
    "/meetings/{meetingId}/polls/{pollId}",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:delete:poll",
        "meeting:delete:poll:admin",
    ],
);

impl Client {
    /// Delete a meeting poll
    ///
    /// Removes a poll from a scheduled meeting.
    ///
    /// - Request: `DELETE /meetings/{meetingId}/polls/{pollId}` (operation `deleteMeetingPoll`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:delete:poll`, `meeting:delete:poll:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `poll_id`: Poll ID.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `4400`: Polls, or advanced polls and quizzes, are turned off in the settings.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `404`: The meeting or the poll does not exist.
    pub fn delete_meeting_poll(
        &self,
        meeting_id: i64,
        poll_id: impl Into<String>,
    ) -> DeleteMeetingPoll {
        DeleteMeetingPoll {
            client: self.clone(),
            meeting_id,
            poll_id: poll_id.into(),
        }
    }
}

/// Request builder of [`Client::delete_meeting_poll`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMeetingPoll {
    client: Client,
    meeting_id: i64,
    poll_id: String,
}

impl DeleteMeetingPoll {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for DeleteMeetingPoll {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_MEETING_POLL)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .path("pollId", "poll_id", &self.poll_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_meeting_registrants`].
pub static LIST_MEETING_REGISTRANTS: OperationInfo = OperationInfo::new(
    "listMeetingRegistrants",
    Method::GET,
    "/meetings/{meetingId}/registrants",
    RateLimitCategory::Medium,
    &[
        "meeting:read:admin",
        "meeting:read",
        "meeting:read:list_registrants",
        "meeting:read:list_registrants:admin",
    ],
);

impl Client {
    /// List meeting registrants
    ///
    /// Returns one page of the people who registered for a meeting that requires registration.
    ///
    /// - Request: `GET /meetings/{meetingId}/registrants` (operation `listMeetingRegistrants`)
    /// - Scopes (any one): `meeting:read:admin`, `meeting:read`, `meeting:read:list_registrants`, `meeting:read:list_registrants:admin`
    /// - Rate limit: Medium
    /// - Optional: [`occurrence_id`](ListMeetingRegistrants::occurrence_id), [`status`](ListMeetingRegistrants::status), [`page_size`](ListMeetingRegistrants::page_size), [`page_number`](ListMeetingRegistrants::page_number), [`next_page_token`](ListMeetingRegistrants::next_page_token)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The meeting does not exist, has expired, or does not use registration.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The meeting cannot be accessed.
    /// - `400` code `3003`: The caller is not the meeting host.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist.
    pub fn list_meeting_registrants(&self, meeting_id: i64) -> ListMeetingRegistrants {
        ListMeetingRegistrants {
            client: self.clone(),
            meeting_id,
            occurrence_id: None,
            status: None,
            page_size: None,
            page_number: None,
            next_page_token: None,
        }
    }
}

/// Request builder of [`Client::list_meeting_registrants`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListMeetingRegistrants {
    client: Client,
    meeting_id: i64,
    occurrence_id: Option<String>,
    status: Option<types::RegistrantStatus>,
    page_size: Option<i64>,
    page_number: Option<i64>,
    next_page_token: Option<String>,
}

impl ListMeetingRegistrants {
    /// Only list registrants of this occurrence.
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Only list registrants with this status.
    pub fn status(mut self, value: types::RegistrantStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Number of registrants per page.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Page to return; superseded by `next_page_token`.
    ///
    /// At least 1. Deprecated by Zoom.
    #[deprecated = "Zoom marks this parameter deprecated."]
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Token from the previous page; valid for 15 minutes.
    pub fn next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`RegistrantList`](types::RegistrantList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::RegistrantList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::RegistrantList>>,
    > {
        crate::runtime::send_with_response(self)
    }

    /// Streams the `registrants` of every page, one page in memory at a time.
    ///
    /// Every parameter set on this builder is sent with each page; the stream follows
    /// `next_page_token` until Zoom returns none (or one it already sent) and ends after yielding
    /// the first error. Each page is sent with the client's retry policy.
    pub fn stream(self) -> crate::runtime::Paged<Self> {
        crate::runtime::Paged::new(self)
    }
}

impl crate::runtime::Operation for ListMeetingRegistrants {
    type Answer = crate::runtime::Json<types::RegistrantList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_MEETING_REGISTRANTS);
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "page_number",
            &self.page_number,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&LIST_MEETING_REGISTRANTS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .query("occurrence_id", self.occurrence_id.as_ref())
            .query("status", self.status.as_ref())
            .query("page_size", self.page_size.as_ref())
            .query("page_number", self.page_number.as_ref())
            .query("next_page_token", self.next_page_token.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListMeetingRegistrants {
    type Page = types::RegistrantList;
    type Item = types::ListedRegistrant;
    fn split(
        page: types::RegistrantList,
    ) -> (Vec<types::ListedRegistrant>, Option<String>) {
        (page.registrants.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

/// Metadata of [`Client::add_meeting_registrant`].
pub static ADD_MEETING_REGISTRANT: OperationInfo = OperationInfo::new(
    "addMeetingRegistrant",
    Method::POST,
    "/meetings/{meetingId}/registrants",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:write:registrant",
        "meeting:write:registrant:admin",
    ],
);

impl Client {
    /// Add meeting registrant
    ///
    /// Registers someone for a meeting. A meeting takes at most 4,999 registrants; the host must be a Licensed user.
    ///
    /// - Request: `POST /meetings/{meetingId}/registrants` (operation `addMeetingRegistrant`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:write:registrant`, `meeting:write:registrant:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_ids`](AddMeetingRegistrant::occurrence_ids)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`AddMeetingRegistrantRequest`](types::AddMeetingRegistrantRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The meeting does not exist or has expired.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The meeting cannot be accessed.
    /// - `400` code `3003`: The caller is not the meeting host.
    /// - `400` code `3043`: The meeting reached its maximum number of attendees.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist.
    pub fn add_meeting_registrant(
        &self,
        meeting_id: i64,
        body: types::AddMeetingRegistrantRequest,
    ) -> AddMeetingRegistrant {
        AddMeetingRegistrant {
            client: self.clone(),
            meeting_id,
            occurrence_ids: None,
            body,
        }
    }
}

/// Request builder of [`Client::add_meeting_registrant`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddMeetingRegistrant {
    client: Client,
    meeting_id: i64,
    occurrence_ids: Option<String>,
    body: types::AddMeetingRegistrantRequest,
}

impl AddMeetingRegistrant {
    /// Comma-separated occurrences to register for, as listed by Get a meeting.
    pub fn occurrence_ids(mut self, value: impl Into<String>) -> Self {
        self.occurrence_ids = Some(value.into());
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`AddedRegistrant`](types::AddedRegistrant).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::AddedRegistrant>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::AddedRegistrant>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for AddMeetingRegistrant {
    type Answer = crate::runtime::Json<types::AddedRegistrant>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&ADD_MEETING_REGISTRANT);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&ADD_MEETING_REGISTRANT)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .query("occurrence_ids", self.occurrence_ids.as_ref());
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_meeting_registration_questions`].
pub static LIST_MEETING_REGISTRATION_QUESTIONS: OperationInfo = OperationInfo::new(
    "listMeetingRegistrationQuestions",
    Method::GET,
    "/meetings/{meetingId}/registrants/questions",
    RateLimitCategory::Light,
    &[
        "meeting:read",
        "meeting:read:admin",
        "meeting:read:list_registration_questions",
        "meeting:read:list_registration_questions:admin",
    ],
);

impl Client {
    /// List registration questions
    ///
    /// Returns the fields and custom questions of the registration form of a meeting.
    ///
    /// - Request: `GET /meetings/{meetingId}/registrants/questions` (operation `listMeetingRegistrationQuestions`)
    /// - Scopes (any one): `meeting:read`, `meeting:read:admin`, `meeting:read:list_registration_questions`, `meeting:read:list_registration_questions:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `3001`: The meeting does not exist or has expired.
    pub fn list_meeting_registration_questions(
        &self,
        meeting_id: i64,
    ) -> ListMeetingRegistrationQuestions {
        ListMeetingRegistrationQuestions {
            client: self.clone(),
            meeting_id,
        }
    }
}

/// Request builder of [`Client::list_meeting_registration_questions`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListMeetingRegistrationQuestions {
    client: Client,
    meeting_id: i64,
}

impl ListMeetingRegistrationQuestions {
    /// Sends the request; `.await` gives Zoom's answer as a [`RegistrationQuestions`](types::RegistrationQuestions).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::RegistrationQuestions>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::RegistrationQuestions>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListMeetingRegistrationQuestions {
    type Answer = crate::runtime::Json<types::RegistrationQuestions>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_MEETING_REGISTRATION_QUESTIONS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_meeting_registration_questions`].
pub static UPDATE_MEETING_REGISTRATION_QUESTIONS: OperationInfo = OperationInfo::new(
    "updateMeetingRegistrationQuestions",
    Method::PATCH,
    "/meetings/{meetingId}/registrants/questions",
    RateLimitCategory::Light,
    &[
        "meeting:write",
        "meeting:write:admin",
        "meeting:update:registration_question",
        "meeting:update:registration_question:admin",
    ],
);

impl Client {
    /// Update registration questions
    ///
    /// Sets the fields and custom questions of the registration form of a meeting.
    ///
    /// - Request: `PATCH /meetings/{meetingId}/registrants/questions` (operation `updateMeetingRegistrationQuestions`)
    /// - Scopes (any one): `meeting:write`, `meeting:write:admin`, `meeting:update:registration_question`, `meeting:update:registration_question:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`RegistrationQuestions`](types::RegistrationQuestions).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `3001`: The meeting does not exist or has expired.
    pub fn update_meeting_registration_questions(
        &self,
        meeting_id: i64,
        body: types::RegistrationQuestions,
    ) -> UpdateMeetingRegistrationQuestions {
        UpdateMeetingRegistrationQuestions {
            client: self.clone(),
            meeting_id,
            body,
        }
    }
}

/// Request builder of [`Client::update_meeting_registration_questions`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMeetingRegistrationQuestions {
    client: Client,
    meeting_id: i64,
    body: types::RegistrationQuestions,
}

impl UpdateMeetingRegistrationQuestions {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateMeetingRegistrationQuestions {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&UPDATE_MEETING_REGISTRATION_QUESTIONS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_meeting_registrant_status`].
pub static UPDATE_MEETING_REGISTRANT_STATUS: OperationInfo = OperationInfo::new(
    "updateMeetingRegistrantStatus",
    Method::PUT,
    "/meetings/{meetingId}/registrants/status",
    RateLimitCategory::Medium,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:update:registrant_status",
        "meeting:update:registrant_status:admin",
    ],
);

impl Client {
    /// Update registrant's status
    ///
    /// Approves, denies or cancels registrations of a meeting. Zoom also limits how often one registrant can be changed per day.
    ///
    /// - Request: `PUT /meetings/{meetingId}/registrants/status` (operation `updateMeetingRegistrantStatus`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:update:registrant_status`, `meeting:update:registrant_status:admin`
    /// - Rate limit: Medium
    /// - Optional: [`occurrence_id`](UpdateMeetingRegistrantStatus::occurrence_id)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`RegistrantStatusUpdate`](types::RegistrantStatusUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: The meeting does not use registration.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The meeting cannot be accessed.
    /// - `400` code `3003`: The caller is not the meeting host.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist.
    pub fn update_meeting_registrant_status(
        &self,
        meeting_id: i64,
        body: types::RegistrantStatusUpdate,
    ) -> UpdateMeetingRegistrantStatus {
        UpdateMeetingRegistrantStatus {
            client: self.clone(),
            meeting_id,
            occurrence_id: None,
            body,
        }
    }
}

/// Request builder of [`Client::update_meeting_registrant_status`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMeetingRegistrantStatus {
    client: Client,
    meeting_id: i64,
    occurrence_id: Option<String>,
    body: types::RegistrantStatusUpdate,
}

impl UpdateMeetingRegistrantStatus {
    /// Occurrence the registrations belong to.
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateMeetingRegistrantStatus {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_MEETING_REGISTRANT_STATUS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_MEETING_REGISTRANT_STATUS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .query("occurrence_id", self.occurrence_id.as_ref());
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_meeting_registrant`].
pub static DELETE_MEETING_REGISTRANT: OperationInfo = OperationInfo::new(
    "deleteMeetingRegistrant",
    Method::DELETE,
    "/meetings/{meetingId}/registrants/{registrantId}",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:delete:registrant",
        "meeting:delete:registrant:admin",
    ],
);

impl Client {
    /// Delete a meeting registrant
    ///
    /// Removes a registration. For recurring meetings whose registration is per occurrence, name the occurrence.
    ///
    /// - Request: `DELETE /meetings/{meetingId}/registrants/{registrantId}` (operation `deleteMeetingRegistrant`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:delete:registrant`, `meeting:delete:registrant:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_id`](DeleteMeetingRegistrant::occurrence_id)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `registrant_id`: Registrant ID.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The host is not a paid user.
    /// - `400` code `300`: The registrant ID is invalid, or the meeting does not use registration.
    /// - `400` code `404`: The meeting does not use registration (older answers).
    /// - `400` code `1001`: The host does not exist or is outside the account.
    /// - `400` code `3000`: The meeting cannot be accessed, for example because the ID is a webinar, or the registrant was not found.
    /// - `400` code `3001`: The meeting does not exist.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `3001`: The meeting does not exist or has expired.
    pub fn delete_meeting_registrant(
        &self,
        meeting_id: i64,
        registrant_id: impl Into<String>,
    ) -> DeleteMeetingRegistrant {
        DeleteMeetingRegistrant {
            client: self.clone(),
            meeting_id,
            registrant_id: registrant_id.into(),
            occurrence_id: None,
        }
    }
}

/// Request builder of [`Client::delete_meeting_registrant`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMeetingRegistrant {
    client: Client,
    meeting_id: i64,
    registrant_id: String,
    occurrence_id: Option<String>,
}

impl DeleteMeetingRegistrant {
    /// Occurrence the registration belongs to.
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for DeleteMeetingRegistrant {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_MEETING_REGISTRANT)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .path("registrantId", "registrant_id", &self.registrant_id)
            .query("occurrence_id", self.occurrence_id.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_meeting_status`].
pub static UPDATE_MEETING_STATUS: OperationInfo = OperationInfo::new(
    "updateMeetingStatus",
    Method::PUT,
    "/meetings/{meetingId}/status",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:update:status",
        "meeting:update:status:admin",
    ],
);

impl Client {
    /// Update meeting status
    ///
    /// Ends a running meeting, or restores a deleted one.
    ///
    /// - Request: `PUT /meetings/{meetingId}/status` (operation `updateMeetingStatus`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:update:status`, `meeting:update:status:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`MeetingStatusUpdate`](types::MeetingStatusUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The meeting cannot be accessed, for example because the ID is a webinar.
    /// - `400` code `3003`: The caller is not the meeting host.
    /// - `400` code `3063`: Meetings of on-premise users cannot be ended.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The host does not exist.
    /// - `404` code `3001`: The meeting does not exist.
    pub fn update_meeting_status(
        &self,
        meeting_id: i64,
        body: types::MeetingStatusUpdate,
    ) -> UpdateMeetingStatus {
        UpdateMeetingStatus {
            client: self.clone(),
            meeting_id,
            body,
        }
    }
}

/// Request builder of [`Client::update_meeting_status`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMeetingStatus {
    client: Client,
    meeting_id: i64,
    body: types::MeetingStatusUpdate,
}

impl UpdateMeetingStatus {
    /// Sends the request; Zoom answers without a body.
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Empty> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::Empty>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for UpdateMeetingStatus {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&UPDATE_MEETING_STATUS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_past_meeting_instances`].
pub static LIST_PAST_MEETING_INSTANCES: OperationInfo = OperationInfo::new(
    "listPastMeetingInstances",
    Method::GET,
    "/past_meetings/{meetingId}/instances",
    RateLimitCategory::Medium,
    &[
        "meeting:read:admin",
        "meeting:read",
        "meeting:read:list_past_instances",
        "meeting:read:list_past_instances:admin",
    ],
);

impl Client {
    /// List ended meeting instances
    ///
    /// Returns the UUID and start time of each ended instance of a meeting, up to 15 months back.
    ///
    /// - Request: `GET /past_meetings/{meetingId}/instances` (operation `listPastMeetingInstances`)
    /// - Scopes (any one): `meeting:read:admin`, `meeting:read`, `meeting:read:list_past_instances`, `meeting:read:list_past_instances:admin`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (the meeting number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404` code `3001`: The meeting does not exist or has expired.
    pub fn list_past_meeting_instances(
        &self,
        meeting_id: i64,
    ) -> ListPastMeetingInstances {
        ListPastMeetingInstances {
            client: self.clone(),
            meeting_id,
        }
    }
}

/// Request builder of [`Client::list_past_meeting_instances`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPastMeetingInstances {
    client: Client,
    meeting_id: i64,
}

impl ListPastMeetingInstances {
    /// Sends the request; `.await` gives Zoom's answer as a [`PastMeetingInstances`](types::PastMeetingInstances).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::PastMeetingInstances>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::PastMeetingInstances>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListPastMeetingInstances {
    type Answer = crate::runtime::Json<types::PastMeetingInstances>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_PAST_MEETING_INSTANCES)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_past_meeting`].
pub static GET_PAST_MEETING: OperationInfo = OperationInfo::new(
    "getPastMeeting",
    Method::GET,
    "/past_meetings/{meetingUUID}",
    RateLimitCategory::Light,
    &[
        "meeting:read:admin",
        "meeting:read",
        "meeting:read:past_meeting",
        "meeting:read:past_meeting:admin",
    ],
);

impl Client {
    /// Get past meeting details
    ///
    /// Returns the facts of an ended meeting instance: times, host, counts. Instances older than a year are not available.
    ///
    /// - Request: `GET /past_meetings/{meetingUUID}` (operation `getPastMeeting`)
    /// - Scopes (any one): `meeting:read:admin`, `meeting:read`, `meeting:read:past_meeting`, `meeting:read:past_meeting:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_uuid`: UUID of one meeting instance, or a meeting ID for its latest instance. A UUID that starts with `/` or contains `//` must be encoded twice.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: Only paid accounts can read past meetings.
    /// - `400` code `300`: The meeting cannot be accessed.
    /// - `400` code `1010`: The user does not exist or is outside the account.
    /// - `400` code `12702`: The meeting took place more than a year ago.
    /// - `404` code `3001`: The meeting does not exist, is invalid, or has not ended.
    pub fn get_past_meeting(&self, meeting_uuid: impl Into<String>) -> GetPastMeeting {
        GetPastMeeting {
            client: self.clone(),
            meeting_uuid: meeting_uuid.into(),
        }
    }
}

/// Request builder of [`Client::get_past_meeting`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPastMeeting {
    client: Client,
    meeting_uuid: String,
}

impl GetPastMeeting {
    /// Sends the request; `.await` gives Zoom's answer as a [`PastMeeting`](types::PastMeeting).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::PastMeeting>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::PastMeeting>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetPastMeeting {
    type Answer = crate::runtime::Json<types::PastMeeting>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_PAST_MEETING)
            .path_uuid("meetingUUID", "meeting_uuid", &self.meeting_uuid);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_past_meeting_participants`].
pub static LIST_PAST_MEETING_PARTICIPANTS: OperationInfo = OperationInfo::new(
    "listPastMeetingParticipants",
    Method::GET,
    "/past_meetings/{meetingUUID}/participants",
    RateLimitCategory::Medium,
    &[
        "meeting:read:admin",
        "meeting:read",
        "meeting:read:list_past_participants",
        "meeting:read:list_past_participants:admin",
    ],
);

impl Client {
    /// Get past meeting participants
    ///
    /// Returns one page of the participants of an ended meeting instance. Meetings with a single participant give no result, and right after large meetings the durations may still read 0.
    ///
    /// - Request: `GET /past_meetings/{meetingUUID}/participants` (operation `listPastMeetingParticipants`)
    /// - Scopes (any one): `meeting:read:admin`, `meeting:read`, `meeting:read:list_past_participants`, `meeting:read:list_past_participants:admin`
    /// - Rate limit: Medium
    /// - Optional: [`page_size`](ListPastMeetingParticipants::page_size), [`next_page_token`](ListPastMeetingParticipants::next_page_token)
    ///
    /// # Arguments
    ///
    /// - `meeting_uuid`: UUID of one meeting instance, or a meeting ID for its latest instance. A UUID that starts with `/` or contains `//` must be encoded twice.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: Only paid accounts can read past participants.
    /// - `400` code `300`: The meeting cannot be accessed.
    /// - `400` code `1010`: The user does not exist or is outside the account.
    /// - `400` code `12702`: The meeting took place more than a year ago.
    /// - `404` code `1001`: The user does not exist or is outside the account.
    /// - `404` code `3001`: The meeting does not exist, is invalid, or has not ended.
    pub fn list_past_meeting_participants(
        &self,
        meeting_uuid: impl Into<String>,
    ) -> ListPastMeetingParticipants {
        ListPastMeetingParticipants {
            client: self.clone(),
            meeting_uuid: meeting_uuid.into(),
            page_size: None,
            next_page_token: None,
        }
    }
}

/// Request builder of [`Client::list_past_meeting_participants`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPastMeetingParticipants {
    client: Client,
    meeting_uuid: String,
    page_size: Option<i64>,
    next_page_token: Option<String>,
}

impl ListPastMeetingParticipants {
    /// Number of participants per page.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Token from the previous page; valid for 15 minutes.
    pub fn next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`PastMeetingParticipantList`](types::PastMeetingParticipantList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::Json<types::PastMeetingParticipantList>,
    > {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<
            crate::runtime::Json<types::PastMeetingParticipantList>,
        >,
    > {
        crate::runtime::send_with_response(self)
    }

    /// Streams the `participants` of every page, one page in memory at a time.
    ///
    /// Every parameter set on this builder is sent with each page; the stream follows
    /// `next_page_token` until Zoom returns none (or one it already sent) and ends after yielding
    /// the first error. Each page is sent with the client's retry policy.
    pub fn stream(self) -> crate::runtime::Paged<Self> {
        crate::runtime::Paged::new(self)
    }
}

impl crate::runtime::Operation for ListPastMeetingParticipants {
    type Answer = crate::runtime::Json<types::PastMeetingParticipantList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_PAST_MEETING_PARTICIPANTS);
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&LIST_PAST_MEETING_PARTICIPANTS)
            .path_uuid("meetingUUID", "meeting_uuid", &self.meeting_uuid)
            .query("page_size", self.page_size.as_ref())
            .query("next_page_token", self.next_page_token.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListPastMeetingParticipants {
    type Page = types::PastMeetingParticipantList;
    type Item = types::PastMeetingParticipant;
    fn split(
        page: types::PastMeetingParticipantList,
    ) -> (Vec<types::PastMeetingParticipant>, Option<String>) {
        (page.participants.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

/// Metadata of [`Client::list_past_meeting_polls`].
pub static LIST_PAST_MEETING_POLLS: OperationInfo = OperationInfo::new(
    "listPastMeetingPolls",
    Method::GET,
    "/past_meetings/{meetingUUID}/polls",
    RateLimitCategory::Medium,
    &[
        "meeting:read:admin",
        "meeting:read",
        "meeting:read:list_poll_results",
        "meeting:read:list_poll_results:admin",
    ],
);

impl Client {
    /// List past meeting's poll results
    ///
    /// Returns the poll answers of an ended meeting instance, or of its latest instance when given a meeting ID.
    ///
    /// - Request: `GET /past_meetings/{meetingUUID}/polls` (operation `listPastMeetingPolls`)
    /// - Scopes (any one): `meeting:read:admin`, `meeting:read`, `meeting:read:list_poll_results`, `meeting:read:list_poll_results:admin`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `meeting_uuid`: UUID of one meeting instance, or a meeting ID for its latest instance. A UUID that starts with `/` or contains `//` must be encoded twice.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `12702`: The meeting took place more than a year ago.
    pub fn list_past_meeting_polls(
        &self,
        meeting_uuid: impl Into<String>,
    ) -> ListPastMeetingPolls {
        ListPastMeetingPolls {
            client: self.clone(),
            meeting_uuid: meeting_uuid.into(),
        }
    }
}

/// Request builder of [`Client::list_past_meeting_polls`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPastMeetingPolls {
    client: Client,
    meeting_uuid: String,
}

impl ListPastMeetingPolls {
    /// Sends the request; `.await` gives Zoom's answer as a [`PastPollResults`](types::PastPollResults).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::PastPollResults>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::PastPollResults>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListPastMeetingPolls {
    type Answer = crate::runtime::Json<types::PastPollResults>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_PAST_MEETING_POLLS)
            .path_uuid("meetingUUID", "meeting_uuid", &self.meeting_uuid);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_meeting_templates`].
pub static LIST_MEETING_TEMPLATES: OperationInfo = OperationInfo::new(
    "listMeetingTemplates",
    Method::GET,
    "/users/{userId}/meeting_templates",
    RateLimitCategory::Medium,
    &[
        "meeting:read",
        "meeting:read:admin",
        "meeting:read:list_templates",
        "meeting:read:list_templates:admin",
    ],
);

impl Client {
    /// List meeting templates
    ///
    /// Returns the meeting templates a user can schedule with, their own and the account admin ones.
    ///
    /// - Request: `GET /users/{userId}/meeting_templates` (operation `listMeetingTemplates`)
    /// - Scopes (any one): `meeting:read`, `meeting:read:admin`, `meeting:read:list_templates`, `meeting:read:list_templates:admin`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The user does not exist or is outside the account.
    pub fn list_meeting_templates(
        &self,
        user_id: impl Into<String>,
    ) -> ListMeetingTemplates {
        ListMeetingTemplates {
            client: self.clone(),
            user_id: user_id.into(),
        }
    }
}

/// Request builder of [`Client::list_meeting_templates`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListMeetingTemplates {
    client: Client,
    user_id: String,
}

impl ListMeetingTemplates {
    /// Sends the request; `.await` gives Zoom's answer as a [`MeetingTemplateList`](types::MeetingTemplateList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::MeetingTemplateList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::MeetingTemplateList>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListMeetingTemplates {
    type Answer = crate::runtime::Json<types::MeetingTemplateList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_MEETING_TEMPLATES)
            .path("userId", "user_id", &self.user_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_meetings`].
pub static LIST_MEETINGS: OperationInfo = OperationInfo::new(
    "listMeetings",
    Method::GET,
    "/users/{userId}/meetings",
    RateLimitCategory::Medium,
    &[
        "meeting:read:admin",
        "meeting:read",
        "meeting:read:list_meetings",
        "meeting:read:list_meetings:admin",
    ],
);

impl Client {
    /// List meetings
    ///
    /// Returns one page of a host's scheduled meetings that have not expired; instant meetings are not listed. The upcoming and previous views cover at most six months.
    ///
    /// - Request: `GET /users/{userId}/meetings` (operation `listMeetings`)
    /// - Scopes (any one): `meeting:read:admin`, `meeting:read`, `meeting:read:list_meetings`, `meeting:read:list_meetings:admin`
    /// - Rate limit: Medium
    /// - Optional: [`type_`](ListMeetings::type_), [`page_size`](ListMeetings::page_size), [`next_page_token`](ListMeetings::next_page_token), [`page_number`](ListMeetings::page_number), [`from`](ListMeetings::from), [`to`](ListMeetings::to), [`timezone`](ListMeetings::timezone)
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `403` code `2306`: Showing meetings scheduled for others is turned off in the account settings.
    /// - `404` code `1001`: The user does not exist or is outside the account.
    pub fn list_meetings(&self, user_id: impl Into<String>) -> ListMeetings {
        ListMeetings {
            client: self.clone(),
            user_id: user_id.into(),
            type_: None,
            page_size: None,
            next_page_token: None,
            page_number: None,
            from: None,
            to: None,
            timezone: None,
        }
    }
}

/// Request builder of [`Client::list_meetings`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListMeetings {
    client: Client,
    user_id: String,
    type_: Option<types::MeetingListType>,
    page_size: Option<i64>,
    next_page_token: Option<String>,
    page_number: Option<i64>,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    timezone: Option<String>,
}

impl ListMeetings {
    /// Which meetings to list.
    pub fn type_(mut self, value: types::MeetingListType) -> Self {
        self.type_ = Some(value);
        self
    }

    /// Number of meetings per page.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Token from the previous page; valid for 15 minutes.
    pub fn next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }

    /// Page to return.
    ///
    /// At least 1.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }

    /// First day of the range.
    pub fn from(mut self, value: chrono::NaiveDate) -> Self {
        self.from = Some(value);
        self
    }

    /// Last day of the range.
    pub fn to(mut self, value: chrono::NaiveDate) -> Self {
        self.to = Some(value);
        self
    }

    /// Time zone in which from and to are read, such as `Europe/Berlin`.
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`MeetingList`](types::MeetingList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::MeetingList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::MeetingList>>,
    > {
        crate::runtime::send_with_response(self)
    }

    /// Streams the `meetings` of every page, one page in memory at a time.
    ///
    /// Every parameter set on this builder is sent with each page; the stream follows
    /// `next_page_token` until Zoom returns none (or one it already sent) and ends after yielding
    /// the first error. Each page is sent with the client's retry policy.
    pub fn stream(self) -> crate::runtime::Paged<Self> {
        crate::runtime::Paged::new(self)
    }
}

impl crate::runtime::Operation for ListMeetings {
    type Answer = crate::runtime::Json<types::MeetingList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_MEETINGS);
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "page_number",
            &self.page_number,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&LIST_MEETINGS)
            .path("userId", "user_id", &self.user_id)
            .query("type", self.type_.as_ref())
            .query("page_size", self.page_size.as_ref())
            .query("next_page_token", self.next_page_token.as_ref())
            .query("page_number", self.page_number.as_ref())
            .query("from", self.from.as_ref())
            .query("to", self.to.as_ref())
            .query("timezone", self.timezone.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListMeetings {
    type Page = types::MeetingList;
    type Item = types::MeetingListItem;
    fn split(page: types::MeetingList) -> (Vec<types::MeetingListItem>, Option<String>) {
        (page.meetings.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

/// Metadata of [`Client::create_meeting`].
pub static CREATE_MEETING: OperationInfo = OperationInfo::new(
    "createMeeting",
    Method::POST,
    "/users/{userId}/meetings",
    RateLimitCategory::Light,
    &[
        "meeting:write:admin",
        "meeting:write",
        "meeting:write:meeting",
        "meeting:write:meeting:admin",
    ],
);

impl Client {
    /// Create a meeting
    ///
    /// Schedules a meeting for a user. The start_url in the answer expires after two hours (90 days for custCreate users); Get a meeting returns a fresh one. Zoom accepts at most 100 create or update requests per host per day.
    ///
    /// - Request: `POST /users/{userId}/meetings` (operation `createMeeting`)
    /// - Scopes (any one): `meeting:write:admin`, `meeting:write`, `meeting:write:meeting`, `meeting:write:meeting:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `body`: The request body, a [`CreateMeetingRequest`](types::CreateMeetingRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `300`: A value was rejected, such as schedule_for or enforce_login_domains (separate domains with semicolons), or the daily limit of 100 meetings per host was reached.
    /// - `400` code `3000`: The meeting cannot be scheduled for that user: instant meetings cannot be scheduled for others, or the user's domain is blocked.
    /// - `400` code `3161`: The user may not host or schedule meetings.
    /// - `404` code `1001`: The user does not exist or is outside the account.
    /// - `429`: Too many requests; the per-host daily limit of meeting creations may be reached.
    pub fn create_meeting(
        &self,
        user_id: impl Into<String>,
        body: types::CreateMeetingRequest,
    ) -> CreateMeeting {
        CreateMeeting {
            client: self.clone(),
            user_id: user_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::create_meeting`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateMeeting {
    client: Client,
    user_id: String,
    body: types::CreateMeetingRequest,
}

impl CreateMeeting {
    /// Sends the request; `.await` gives Zoom's answer as a [`Meeting`](types::Meeting).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::Meeting>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::Meeting>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for CreateMeeting {
    type Answer = crate::runtime::Json<types::Meeting>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&CREATE_MEETING);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&CREATE_MEETING)
            .path("userId", "user_id", &self.user_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}
