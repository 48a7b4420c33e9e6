// @generated from spec/cloud_recording.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Operations of the `cloud_recording` group: a method on [`Client`] and a request builder for each.
#![allow(deprecated)]
use crate::runtime::{OperationInfo, RateLimitCategory, Request};
use crate::{Client, Error};
use super::super::types;
use reqwest::Method;
/// Metadata of [`Client::list_account_recordings`].
pub static LIST_ACCOUNT_RECORDINGS: OperationInfo = OperationInfo::new(
    "listAccountRecordings",
    Method::GET,
    "/accounts/{accountId}/recordings",
    RateLimitCategory::Medium,
    &["recording:read:admin", "account:read:admin"],
);

impl Client {
    /// List recordings of an account
    ///
    /// Returns one page of the cloud recordings stored on an account, for a date range of at most a month.
    ///
    /// - Request: `GET /accounts/{accountId}/recordings` (operation `listAccountRecordings`)
    /// - Scopes (any one): `recording:read:admin`, `account:read:admin`
    /// - Rate limit: Medium
    /// - Optional: [`page_size`](ListAccountRecordings::page_size), [`next_page_token`](ListAccountRecordings::next_page_token), [`from`](ListAccountRecordings::from), [`to`](ListAccountRecordings::to)
    ///
    /// # Arguments
    ///
    /// - `account_id`: Account ID; `me` with `account:read:admin` lists the master account itself.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `2001`: The account does not exist or is not the caller's.
    pub fn list_account_recordings(
        &self,
        account_id: impl Into<String>,
    ) -> ListAccountRecordings {
        ListAccountRecordings {
            client: self.clone(),
            account_id: account_id.into(),
            page_size: None,
            next_page_token: None,
            from: None,
            to: None,
        }
    }
}

/// Request builder of [`Client::list_account_recordings`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccountRecordings {
    client: Client,
    account_id: String,
    page_size: Option<i64>,
    next_page_token: Option<String>,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
}

impl ListAccountRecordings {
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

    /// First day of the range (UTC); Zoom uses today when it is missing.
    pub fn from(mut self, value: chrono::NaiveDate) -> Self {
        self.from = Some(value);
        self
    }

    /// Last day of the range (UTC), at most a month after `from`.
    pub fn to(mut self, value: chrono::NaiveDate) -> Self {
        self.to = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`RecordingList`](types::RecordingList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::RecordingList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::RecordingList>>,
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

    /// Streams every item from `from` to `to` (both included), however long the range:
    /// Zoom answers at most 30 days per call, so the range is walked window by
    /// window, and each window page by page, with every other parameter of this builder.
    pub fn stream_range(
        self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> crate::runtime::Windowed<Self> {
        crate::runtime::Windowed::new(self, from, to)
    }
}

impl crate::runtime::Operation for ListAccountRecordings {
    type Answer = crate::runtime::Json<types::RecordingList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_ACCOUNT_RECORDINGS);
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&LIST_ACCOUNT_RECORDINGS)
            .path("accountId", "account_id", &self.account_id)
            .query("page_size", self.page_size.as_ref())
            .query("next_page_token", self.next_page_token.as_ref())
            .query("from", self.from.as_ref())
            .query("to", self.to.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListAccountRecordings {
    type Page = types::RecordingList;
    type Item = types::RecordingMeeting;
    fn split(
        page: types::RecordingList,
    ) -> (Vec<types::RecordingMeeting>, Option<String>) {
        (page.meetings.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

impl crate::runtime::DateWindowed for ListAccountRecordings {
    const OPERATION: &'static str = "listAccountRecordings";
    const MAX_DAYS: u32 = 30;
    const MAX_AGE_DAYS: Option<u32> = None;
    fn with_range(mut self, from: chrono::NaiveDate, to: chrono::NaiveDate) -> Self {
        self.from = Some(from);
        self.to = Some(to);
        self
    }
}

/// Metadata of [`Client::list_archived_files`].
pub static LIST_ARCHIVED_FILES: OperationInfo = OperationInfo::new(
    "listArchivedFiles",
    Method::GET,
    "/archive_files",
    RateLimitCategory::Medium,
    &[
        "recording:read:admin",
        "archiving:read:list_archived_files:admin",
        "archiving:read:list_archived_files:master",
    ],
);

impl Client {
    /// List archived files
    ///
    /// Returns one page of the meetings and webinars the account's compliance archiving collected, with their files.
    ///
    /// - Request: `GET /archive_files` (operation `listArchivedFiles`)
    /// - Scopes (any one): `recording:read:admin`, `archiving:read:list_archived_files:admin`, `archiving:read:list_archived_files:master`
    /// - Rate limit: Medium
    /// - Optional: [`page_size`](ListArchivedFiles::page_size), [`next_page_token`](ListArchivedFiles::next_page_token), [`from`](ListArchivedFiles::from), [`to`](ListArchivedFiles::to), [`query_date_type`](ListArchivedFiles::query_date_type), [`group_id`](ListArchivedFiles::group_id), [`group_ids`](ListArchivedFiles::group_ids)
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `2001`: The account does not exist.
    pub fn list_archived_files(&self) -> ListArchivedFiles {
        ListArchivedFiles {
            client: self.clone(),
            page_size: None,
            next_page_token: None,
            from: None,
            to: None,
            query_date_type: None,
            group_id: None,
            group_ids: None,
        }
    }
}

/// Request builder of [`Client::list_archived_files`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListArchivedFiles {
    client: Client,
    page_size: Option<i64>,
    next_page_token: Option<String>,
    from: Option<chrono::DateTime<chrono::Utc>>,
    to: Option<chrono::DateTime<chrono::Utc>>,
    query_date_type: Option<types::ArchiveQueryDateType>,
    group_id: Option<String>,
    group_ids: Option<String>,
}

impl ListArchivedFiles {
    /// Number of meetings per page.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Token from the previous page; valid for 15 minutes. Send the same other parameters with it.
    pub fn next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }

    /// Start of the range (UTC); at most seven days before `to`.
    pub fn from(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.from = Some(value);
        self
    }

    /// End of the range (UTC); Zoom moves a future value back to now.
    pub fn to(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.to = Some(value);
        self
    }

    /// Which time `from` and `to` apply to.
    pub fn query_date_type(mut self, value: types::ArchiveQueryDateType) -> Self {
        self.query_date_type = Some(value);
        self
    }

    /// A single group to filter by; use `group_ids`.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this parameter deprecated."]
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Comma-separated IDs of up to seven groups whose members' meetings to return.
    pub fn group_ids(mut self, value: impl Into<String>) -> Self {
        self.group_ids = Some(value.into());
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`ArchivedMeetingList`](types::ArchivedMeetingList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::ArchivedMeetingList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::ArchivedMeetingList>>,
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

impl crate::runtime::Operation for ListArchivedFiles {
    type Answer = crate::runtime::Json<types::ArchivedMeetingList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_ARCHIVED_FILES);
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&LIST_ARCHIVED_FILES)
            .query("page_size", self.page_size.as_ref())
            .query("next_page_token", self.next_page_token.as_ref())
            .query("from", self.from.as_ref())
            .query("to", self.to.as_ref())
            .query("query_date_type", self.query_date_type.as_ref())
            .query("group_id", self.group_id.as_ref())
            .query("group_ids", self.group_ids.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListArchivedFiles {
    type Page = types::ArchivedMeetingList;
    type Item = types::ArchivedMeeting;
    fn split(
        page: types::ArchivedMeetingList,
    ) -> (Vec<types::ArchivedMeeting>, Option<String>) {
        (page.meetings.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

/// Metadata of [`Client::get_meeting_recordings`].
pub static GET_MEETING_RECORDINGS: OperationInfo = OperationInfo::new(
    "getMeetingRecordings",
    Method::GET,
    "/meetings/{meetingId}/recordings",
    RateLimitCategory::Light,
    &[
        "recording:read:admin",
        "recording:read",
        "cloud_recording:read:list_recording_files",
        "cloud_recording:read:list_recording_files:admin",
        "cloud_recording:read:list_recording_files:master",
    ],
);

impl Client {
    /// Get meeting recordings
    ///
    /// Returns every recording file of one meeting or webinar instance, with the links to play and download them.
    ///
    /// - Request: `GET /meetings/{meetingId}/recordings` (operation `getMeetingRecordings`)
    /// - Scopes (any one): `recording:read:admin`, `recording:read`, `cloud_recording:read:list_recording_files`, `cloud_recording:read:list_recording_files:admin`, `cloud_recording:read:list_recording_files:master`
    /// - Rate limit: Light
    /// - Optional: [`include_fields`](GetMeetingRecordings::include_fields), [`ttl`](GetMeetingRecordings::ttl)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting or webinar ID (the latest instance) or the UUID of one instance.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The caller lacks the permission to view these recordings.
    /// - `400` code `1010`: The user is not on this account.
    /// - `404` code `1001`: The user does not exist or is not on this account.
    /// - `404` code `3301`: The meeting has no recording.
    pub fn get_meeting_recordings(
        &self,
        meeting_id: impl Into<String>,
    ) -> GetMeetingRecordings {
        GetMeetingRecordings {
            client: self.clone(),
            meeting_id: meeting_id.into(),
            include_fields: None,
            ttl: None,
        }
    }
}

/// Request builder of [`Client::get_meeting_recordings`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMeetingRecordings {
    client: Client,
    meeting_id: String,
    include_fields: Option<types::RecordingIncludeField>,
    ttl: Option<i64>,
}

impl GetMeetingRecordings {
    /// Extra field to add to the answer.
    pub fn include_fields(mut self, value: types::RecordingIncludeField) -> Self {
        self.include_fields = Some(value);
        self
    }

    /// Lifetime in seconds (up to a week) of the `download_access_token` asked for with `include_fields`.
    ///
    /// From 0 to 604800.
    pub fn ttl(mut self, value: i64) -> Self {
        self.ttl = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`MeetingRecordings`](types::MeetingRecordings).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::MeetingRecordings>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::MeetingRecordings>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetMeetingRecordings {
    type Answer = crate::runtime::Json<types::MeetingRecordings>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&GET_MEETING_RECORDINGS);
        v.field(
            "ttl",
            &self.ttl,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(604800.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&GET_MEETING_RECORDINGS)
            .path_uuid("meetingId", "meeting_id", &self.meeting_id)
            .query("include_fields", self.include_fields.as_ref())
            .query("ttl", self.ttl.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_meeting_recordings`].
pub static DELETE_MEETING_RECORDINGS: OperationInfo = OperationInfo::new(
    "deleteMeetingRecordings",
    Method::DELETE,
    "/meetings/{meetingId}/recordings",
    RateLimitCategory::Light,
    &[
        "recording:write:admin",
        "recording:write",
        "cloud_recording:delete:meeting_recording",
        "cloud_recording:delete:meeting_recording:admin",
        "cloud_recording:delete:meeting_recording:master",
    ],
);

impl Client {
    /// Delete meeting recordings
    ///
    /// Moves every recording file of a meeting or webinar to the trash, or deletes them for good.
    ///
    /// - Request: `DELETE /meetings/{meetingId}/recordings` (operation `deleteMeetingRecordings`)
    /// - Scopes (any one): `recording:write:admin`, `recording:write`, `cloud_recording:delete:meeting_recording`, `cloud_recording:delete:meeting_recording:admin`, `cloud_recording:delete:meeting_recording:master`
    /// - Rate limit: Light
    /// - Optional: [`action`](DeleteMeetingRecordings::action)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting or webinar ID (the latest instance) or the UUID of one instance.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The caller lacks the permission to delete these recordings.
    /// - `400` code `1010`: The user is not on this account.
    /// - `400` code `3310`: The recording is used by a simulive webinar and cannot be trashed or deleted.
    /// - `404` code `1001`: The user does not exist or is not on this account.
    /// - `404` code `3301`: The meeting has no recording.
    pub fn delete_meeting_recordings(
        &self,
        meeting_id: impl Into<String>,
    ) -> DeleteMeetingRecordings {
        DeleteMeetingRecordings {
            client: self.clone(),
            meeting_id: meeting_id.into(),
            action: None,
        }
    }
}

/// Request builder of [`Client::delete_meeting_recordings`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMeetingRecordings {
    client: Client,
    meeting_id: String,
    action: Option<types::RecordingDeleteAction>,
}

impl DeleteMeetingRecordings {
    /// Trash the files (recoverable for 30 days) or delete them permanently.
    pub fn action(mut self, value: types::RecordingDeleteAction) -> Self {
        self.action = Some(value);
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

impl crate::runtime::Operation for DeleteMeetingRecordings {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_MEETING_RECORDINGS)
            .path_uuid("meetingId", "meeting_id", &self.meeting_id)
            .query("action", self.action.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_recording_registrants`].
pub static LIST_RECORDING_REGISTRANTS: OperationInfo = OperationInfo::new(
    "listRecordingRegistrants",
    Method::GET,
    "/meetings/{meetingId}/recordings/registrants",
    RateLimitCategory::Medium,
    &[
        "recording:read:admin",
        "recording:read",
        "cloud_recording:read:list_recording_registrants",
        "cloud_recording:read:list_recording_registrants:admin",
        "cloud_recording:read:list_recording_registrants:master",
    ],
);

impl Client {
    /// List recording registrants
    ///
    /// Returns one page of the people registered to watch a past meeting's on-demand recording.
    ///
    /// - Request: `GET /meetings/{meetingId}/recordings/registrants` (operation `listRecordingRegistrants`)
    /// - Scopes (any one): `recording:read:admin`, `recording:read`, `cloud_recording:read:list_recording_registrants`, `cloud_recording:read:list_recording_registrants:admin`, `cloud_recording:read:list_recording_registrants:master`
    /// - Rate limit: Medium
    /// - Optional: [`status`](ListRecordingRegistrants::status), [`page_size`](ListRecordingRegistrants::page_size), [`page_number`](ListRecordingRegistrants::page_number), [`next_page_token`](ListRecordingRegistrants::next_page_token)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (it can be longer than 10 digits).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404`: The meeting or its recording was not found.
    pub fn list_recording_registrants(
        &self,
        meeting_id: i64,
    ) -> ListRecordingRegistrants {
        ListRecordingRegistrants {
            client: self.clone(),
            meeting_id,
            status: None,
            page_size: None,
            page_number: None,
            next_page_token: None,
        }
    }
}

/// Request builder of [`Client::list_recording_registrants`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListRecordingRegistrants {
    client: Client,
    meeting_id: i64,
    status: Option<types::RecordingRegistrantStatus>,
    page_size: Option<i64>,
    page_number: Option<i64>,
    next_page_token: Option<String>,
}

impl ListRecordingRegistrants {
    /// Only return registrants in this state.
    pub fn status(mut self, value: types::RecordingRegistrantStatus) -> Self {
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
    /// At least 1. Zoom assumes `1` when this is not sent. Deprecated by Zoom.
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

    /// Sends the request; `.await` gives Zoom's answer as a [`RecordingRegistrantList`](types::RecordingRegistrantList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::RecordingRegistrantList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<
            crate::runtime::Json<types::RecordingRegistrantList>,
        >,
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

impl crate::runtime::Operation for ListRecordingRegistrants {
    type Answer = crate::runtime::Json<types::RecordingRegistrantList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_RECORDING_REGISTRANTS);
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
        let request = Request::new(&LIST_RECORDING_REGISTRANTS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            )
            .query("status", self.status.as_ref())
            .query("page_size", self.page_size.as_ref())
            .query("page_number", self.page_number.as_ref())
            .query("next_page_token", self.next_page_token.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListRecordingRegistrants {
    type Page = types::RecordingRegistrantList;
    type Item = types::RecordingRegistrant;
    fn split(
        page: types::RecordingRegistrantList,
    ) -> (Vec<types::RecordingRegistrant>, Option<String>) {
        (page.registrants.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

/// Metadata of [`Client::create_recording_registrant`].
pub static CREATE_RECORDING_REGISTRANT: OperationInfo = OperationInfo::new(
    "createRecordingRegistrant",
    Method::POST,
    "/meetings/{meetingId}/recordings/registrants",
    RateLimitCategory::Light,
    &[
        "recording:write:admin",
        "recording:write",
        "cloud_recording:write:recording_registrant",
        "cloud_recording:write:recording_registrant:admin",
        "cloud_recording:write:recording_registrant:master",
    ],
);

impl Client {
    /// Create a recording registrant
    ///
    /// Registers someone to watch a past meeting's on-demand recording and returns the link they use.
    ///
    /// - Request: `POST /meetings/{meetingId}/recordings/registrants` (operation `createRecordingRegistrant`)
    /// - Scopes (any one): `recording:write:admin`, `recording:write`, `cloud_recording:write:recording_registrant`, `cloud_recording:write:recording_registrant:admin`, `cloud_recording:write:recording_registrant:master`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (it can be longer than 10 digits).
    /// - `body`: The request body, a [`RecordingRegistrantRequest`](types::RecordingRegistrantRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404`: The meeting or its recording was not found.
    pub fn create_recording_registrant(
        &self,
        meeting_id: i64,
        body: types::RecordingRegistrantRequest,
    ) -> CreateRecordingRegistrant {
        CreateRecordingRegistrant {
            client: self.clone(),
            meeting_id,
            body,
        }
    }
}

/// Request builder of [`Client::create_recording_registrant`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRecordingRegistrant {
    client: Client,
    meeting_id: i64,
    body: types::RecordingRegistrantRequest,
}

impl CreateRecordingRegistrant {
    /// Sends the request; `.await` gives Zoom's answer as a [`RecordingRegistrantCreated`](types::RecordingRegistrantCreated).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::Json<types::RecordingRegistrantCreated>,
    > {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<
            crate::runtime::Json<types::RecordingRegistrantCreated>,
        >,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for CreateRecordingRegistrant {
    type Answer = crate::runtime::Json<types::RecordingRegistrantCreated>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&CREATE_RECORDING_REGISTRANT);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&CREATE_RECORDING_REGISTRANT)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_recording_registration_questions`].
pub static GET_RECORDING_REGISTRATION_QUESTIONS: OperationInfo = OperationInfo::new(
    "getRecordingRegistrationQuestions",
    Method::GET,
    "/meetings/{meetingId}/recordings/registrants/questions",
    RateLimitCategory::Light,
    &[
        "recording:read:admin",
        "recording:read",
        "cloud_recording:read:registration_questions",
        "cloud_recording:read:registration_questions:admin",
        "cloud_recording:read:registration_questions:master",
    ],
);

impl Client {
    /// Get registration questions
    ///
    /// Returns the fields and custom questions shown to people who register for an on-demand recording.
    ///
    /// - Request: `GET /meetings/{meetingId}/recordings/registrants/questions` (operation `getRecordingRegistrationQuestions`)
    /// - Scopes (any one): `recording:read:admin`, `recording:read`, `cloud_recording:read:registration_questions`, `cloud_recording:read:registration_questions:admin`, `cloud_recording:read:registration_questions:master`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting or webinar ID (the latest instance) or the UUID of one instance.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404`: The meeting or its recording was not found.
    pub fn get_recording_registration_questions(
        &self,
        meeting_id: impl Into<String>,
    ) -> GetRecordingRegistrationQuestions {
        GetRecordingRegistrationQuestions {
            client: self.clone(),
            meeting_id: meeting_id.into(),
        }
    }
}

/// Request builder of [`Client::get_recording_registration_questions`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRecordingRegistrationQuestions {
    client: Client,
    meeting_id: String,
}

impl GetRecordingRegistrationQuestions {
    /// Sends the request; `.await` gives Zoom's answer as a [`RecordingRegistrationQuestions`](types::RecordingRegistrationQuestions).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::Json<types::RecordingRegistrationQuestions>,
    > {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<
            crate::runtime::Json<types::RecordingRegistrationQuestions>,
        >,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetRecordingRegistrationQuestions {
    type Answer = crate::runtime::Json<types::RecordingRegistrationQuestions>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_RECORDING_REGISTRATION_QUESTIONS)
            .path_uuid("meetingId", "meeting_id", &self.meeting_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_recording_registration_questions`].
pub static UPDATE_RECORDING_REGISTRATION_QUESTIONS: OperationInfo = OperationInfo::new(
    "updateRecordingRegistrationQuestions",
    Method::PATCH,
    "/meetings/{meetingId}/recordings/registrants/questions",
    RateLimitCategory::Light,
    &[
        "recording:write:admin",
        "recording:write",
        "cloud_recording:update:registration_questions",
        "cloud_recording:update:registration_questions:admin",
        "cloud_recording:update:registration_questions:master",
    ],
);

impl Client {
    /// Update registration questions
    ///
    /// Replaces the fields and custom questions of an on-demand recording's registration form.
    ///
    /// - Request: `PATCH /meetings/{meetingId}/recordings/registrants/questions` (operation `updateRecordingRegistrationQuestions`)
    /// - Scopes (any one): `recording:write:admin`, `recording:write`, `cloud_recording:update:registration_questions`, `cloud_recording:update:registration_questions:admin`, `cloud_recording:update:registration_questions:master`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting or webinar ID (the latest instance) or the UUID of one instance.
    /// - `body`: The request body, a [`RecordingRegistrationQuestions`](types::RecordingRegistrationQuestions).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404`: The meeting or its recording was not found.
    pub fn update_recording_registration_questions(
        &self,
        meeting_id: impl Into<String>,
        body: types::RecordingRegistrationQuestions,
    ) -> UpdateRecordingRegistrationQuestions {
        UpdateRecordingRegistrationQuestions {
            client: self.clone(),
            meeting_id: meeting_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::update_recording_registration_questions`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateRecordingRegistrationQuestions {
    client: Client,
    meeting_id: String,
    body: types::RecordingRegistrationQuestions,
}

impl UpdateRecordingRegistrationQuestions {
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

impl crate::runtime::Operation for UpdateRecordingRegistrationQuestions {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&UPDATE_RECORDING_REGISTRATION_QUESTIONS)
            .path_uuid("meetingId", "meeting_id", &self.meeting_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_recording_registrant_status`].
pub static UPDATE_RECORDING_REGISTRANT_STATUS: OperationInfo = OperationInfo::new(
    "updateRecordingRegistrantStatus",
    Method::PUT,
    "/meetings/{meetingId}/recordings/registrants/status",
    RateLimitCategory::Medium,
    &[
        "recording:write:admin",
        "recording:write",
        "cloud_recording:update:registrant_status",
        "cloud_recording:update:registrant_status:admin",
        "cloud_recording:update:registrant_status:master",
    ],
);

impl Client {
    /// Update registrant's status
    ///
    /// Approves or denies up to 30 registrants of an on-demand recording at once.
    ///
    /// - Request: `PUT /meetings/{meetingId}/recordings/registrants/status` (operation `updateRecordingRegistrantStatus`)
    /// - Scopes (any one): `recording:write:admin`, `recording:write`, `cloud_recording:update:registrant_status`, `cloud_recording:update:registrant_status:admin`, `cloud_recording:update:registrant_status:master`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting ID (it can be longer than 10 digits).
    /// - `body`: The request body, a [`RecordingRegistrantStatusUpdate`](types::RecordingRegistrantStatusUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404`: The meeting, its recording or a registrant was not found.
    pub fn update_recording_registrant_status(
        &self,
        meeting_id: i64,
        body: types::RecordingRegistrantStatusUpdate,
    ) -> UpdateRecordingRegistrantStatus {
        UpdateRecordingRegistrantStatus {
            client: self.clone(),
            meeting_id,
            body,
        }
    }
}

/// Request builder of [`Client::update_recording_registrant_status`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateRecordingRegistrantStatus {
    client: Client,
    meeting_id: i64,
    body: types::RecordingRegistrantStatusUpdate,
}

impl UpdateRecordingRegistrantStatus {
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

impl crate::runtime::Operation for UpdateRecordingRegistrantStatus {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_RECORDING_REGISTRANT_STATUS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_RECORDING_REGISTRANT_STATUS)
            .path(
                "meetingId",
                "meeting_id",
                &crate::runtime::QueryValue::to_query(&self.meeting_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_meeting_recording_settings`].
pub static GET_MEETING_RECORDING_SETTINGS: OperationInfo = OperationInfo::new(
    "getMeetingRecordingSettings",
    Method::GET,
    "/meetings/{meetingId}/recordings/settings",
    RateLimitCategory::Light,
    &[
        "recording:read:admin",
        "recording:read",
        "cloud_recording:read:recording_settings",
        "cloud_recording:read:recording_settings:admin",
        "cloud_recording:read:recording_settings:master",
    ],
);

impl Client {
    /// Get meeting recording settings
    ///
    /// Returns how a meeting's recording is shared, protected and offered on demand.
    ///
    /// - Request: `GET /meetings/{meetingId}/recordings/settings` (operation `getMeetingRecordingSettings`)
    /// - Scopes (any one): `recording:read:admin`, `recording:read`, `cloud_recording:read:recording_settings`, `cloud_recording:read:recording_settings:admin`, `cloud_recording:read:recording_settings:master`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting or webinar ID (the latest instance) or the UUID of one instance.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404`: The meeting or its recording was not found.
    pub fn get_meeting_recording_settings(
        &self,
        meeting_id: impl Into<String>,
    ) -> GetMeetingRecordingSettings {
        GetMeetingRecordingSettings {
            client: self.clone(),
            meeting_id: meeting_id.into(),
        }
    }
}

/// Request builder of [`Client::get_meeting_recording_settings`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMeetingRecordingSettings {
    client: Client,
    meeting_id: String,
}

impl GetMeetingRecordingSettings {
    /// Sends the request; `.await` gives Zoom's answer as a [`RecordingSettings`](types::RecordingSettings).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::RecordingSettings>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::RecordingSettings>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetMeetingRecordingSettings {
    type Answer = crate::runtime::Json<types::RecordingSettings>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_MEETING_RECORDING_SETTINGS)
            .path_uuid("meetingId", "meeting_id", &self.meeting_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_meeting_recording_settings`].
pub static UPDATE_MEETING_RECORDING_SETTINGS: OperationInfo = OperationInfo::new(
    "updateMeetingRecordingSettings",
    Method::PATCH,
    "/meetings/{meetingId}/recordings/settings",
    RateLimitCategory::Light,
    &[
        "recording:write:admin",
        "recording:write",
        "cloud_recording:update:recording_settings",
        "cloud_recording:update:recording_settings:admin",
        "cloud_recording:update:recording_settings:master",
    ],
);

impl Client {
    /// Update meeting recording settings
    ///
    /// Changes how a meeting's recording is shared, protected and offered on demand; fields left out keep their value.
    ///
    /// - Request: `PATCH /meetings/{meetingId}/recordings/settings` (operation `updateMeetingRecordingSettings`)
    /// - Scopes (any one): `recording:write:admin`, `recording:write`, `cloud_recording:update:recording_settings`, `cloud_recording:update:recording_settings:admin`, `cloud_recording:update:recording_settings:master`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting or webinar ID (the latest instance) or the UUID of one instance.
    /// - `body`: The request body, a [`RecordingSettingsUpdate`](types::RecordingSettingsUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `404`: The meeting or its recording was not found.
    pub fn update_meeting_recording_settings(
        &self,
        meeting_id: impl Into<String>,
        body: types::RecordingSettingsUpdate,
    ) -> UpdateMeetingRecordingSettings {
        UpdateMeetingRecordingSettings {
            client: self.clone(),
            meeting_id: meeting_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::update_meeting_recording_settings`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMeetingRecordingSettings {
    client: Client,
    meeting_id: String,
    body: types::RecordingSettingsUpdate,
}

impl UpdateMeetingRecordingSettings {
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

impl crate::runtime::Operation for UpdateMeetingRecordingSettings {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_MEETING_RECORDING_SETTINGS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_MEETING_RECORDING_SETTINGS)
            .path_uuid("meetingId", "meeting_id", &self.meeting_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::recover_meeting_recordings`].
pub static RECOVER_MEETING_RECORDINGS: OperationInfo = OperationInfo::new(
    "recoverMeetingRecordings",
    Method::PUT,
    "/meetings/{meetingUUID}/recordings/status",
    RateLimitCategory::Light,
    &[
        "recording:write:admin",
        "recording:write",
        "cloud_recording:update:recover_meeting_recordings",
        "cloud_recording:update:recover_meeting_recordings:admin",
        "cloud_recording:update:recover_meeting_recordings:master",
    ],
);

impl Client {
    /// Recover meeting recordings
    ///
    /// Restores every trashed recording file of a meeting instance; trashed files can be restored for 30 days.
    ///
    /// - Request: `PUT /meetings/{meetingUUID}/recordings/status` (operation `recoverMeetingRecordings`)
    /// - Scopes (any one): `recording:write:admin`, `recording:write`, `cloud_recording:update:recover_meeting_recordings`, `cloud_recording:update:recover_meeting_recordings:admin`, `cloud_recording:update:recover_meeting_recordings:master`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_uuid`: UUID of the meeting instance whose recordings to restore.
    /// - `body`: The request body, a [`RecordingRecoverRequest`](types::RecordingRecoverRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The caller lacks the permission to restore these recordings.
    /// - `400` code `1010`: The user is not on this account.
    /// - `400` code `3309`: The account is out of cloud storage; buy more or delete recordings first.
    /// - `404` code `1001`: The user does not exist.
    /// - `404` code `3301`: The meeting has no recording.
    pub fn recover_meeting_recordings(
        &self,
        meeting_uuid: impl Into<String>,
        body: types::RecordingRecoverRequest,
    ) -> RecoverMeetingRecordings {
        RecoverMeetingRecordings {
            client: self.clone(),
            meeting_uuid: meeting_uuid.into(),
            body,
        }
    }
}

/// Request builder of [`Client::recover_meeting_recordings`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RecoverMeetingRecordings {
    client: Client,
    meeting_uuid: String,
    body: types::RecordingRecoverRequest,
}

impl RecoverMeetingRecordings {
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

impl crate::runtime::Operation for RecoverMeetingRecordings {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&RECOVER_MEETING_RECORDINGS)
            .path_uuid("meetingUUID", "meeting_uuid", &self.meeting_uuid);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_meeting_recording_file`].
pub static DELETE_MEETING_RECORDING_FILE: OperationInfo = OperationInfo::new(
    "deleteMeetingRecordingFile",
    Method::DELETE,
    "/meetings/{meetingId}/recordings/{recordingId}",
    RateLimitCategory::Light,
    &[
        "recording:write:admin",
        "recording:write",
        "cloud_recording:delete:recording_file",
        "cloud_recording:delete:recording_file:admin",
        "cloud_recording:delete:recording_file:master",
    ],
);

impl Client {
    /// Delete a meeting recording file
    ///
    /// Moves one recording file to the trash or deletes it for good; the host must be allowed to delete cloud recordings.
    ///
    /// - Request: `DELETE /meetings/{meetingId}/recordings/{recordingId}` (operation `deleteMeetingRecordingFile`)
    /// - Scopes (any one): `recording:write:admin`, `recording:write`, `cloud_recording:delete:recording_file`, `cloud_recording:delete:recording_file:admin`, `cloud_recording:delete:recording_file:master`
    /// - Rate limit: Light
    /// - Optional: [`action`](DeleteMeetingRecordingFile::action)
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting or webinar ID (the latest instance) or the UUID of one instance.
    /// - `recording_id`: ID of the recording file (`recording_files[].id`).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The caller lacks the permission to delete this file.
    /// - `400` code `1010`: The user is not on this account.
    /// - `400` code `3303`: The meeting has not finished yet.
    /// - `400` code `3310`: The recording is in use (by a simulive webinar or by Zoom IQ for Sales) and cannot be trashed or deleted.
    /// - `404` code `1001`: The user does not exist or is not on this account.
    /// - `404` code `3301`: The meeting has no recording.
    pub fn delete_meeting_recording_file(
        &self,
        meeting_id: impl Into<String>,
        recording_id: impl Into<String>,
    ) -> DeleteMeetingRecordingFile {
        DeleteMeetingRecordingFile {
            client: self.clone(),
            meeting_id: meeting_id.into(),
            recording_id: recording_id.into(),
            action: None,
        }
    }
}

/// Request builder of [`Client::delete_meeting_recording_file`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMeetingRecordingFile {
    client: Client,
    meeting_id: String,
    recording_id: String,
    action: Option<types::RecordingDeleteAction>,
}

impl DeleteMeetingRecordingFile {
    /// Trash the file (recoverable for 30 days) or delete it permanently.
    pub fn action(mut self, value: types::RecordingDeleteAction) -> Self {
        self.action = Some(value);
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

impl crate::runtime::Operation for DeleteMeetingRecordingFile {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_MEETING_RECORDING_FILE)
            .path_uuid("meetingId", "meeting_id", &self.meeting_id)
            .path("recordingId", "recording_id", &self.recording_id)
            .query("action", self.action.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::recover_meeting_recording_file`].
pub static RECOVER_MEETING_RECORDING_FILE: OperationInfo = OperationInfo::new(
    "recoverMeetingRecordingFile",
    Method::PUT,
    "/meetings/{meetingId}/recordings/{recordingId}/status",
    RateLimitCategory::Light,
    &[
        "recording:write:admin",
        "recording:write",
        "cloud_recording:update:recover_single_recording",
        "cloud_recording:update:recover_single_recording:admin",
        "cloud_recording:update:recover_single_recording:master",
    ],
);

impl Client {
    /// Recover a single recording
    ///
    /// Restores one trashed recording file; trashed files can be restored for 30 days.
    ///
    /// - Request: `PUT /meetings/{meetingId}/recordings/{recordingId}/status` (operation `recoverMeetingRecordingFile`)
    /// - Scopes (any one): `recording:write:admin`, `recording:write`, `cloud_recording:update:recover_single_recording`, `cloud_recording:update:recover_single_recording:admin`, `cloud_recording:update:recover_single_recording:master`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `meeting_id`: Meeting or webinar ID (the latest instance) or the UUID of one instance.
    /// - `recording_id`: ID of the recording file (`recording_files[].id`).
    /// - `body`: The request body, a [`RecordingRecoverRequest`](types::RecordingRecoverRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `1010`: The user is not on this account.
    /// - `400` code `3309`: The account is out of cloud storage; buy more or delete recordings first.
    /// - `404` code `1001`: The user does not exist or is not on this account.
    /// - `404` code `3301`: The meeting has no recording.
    pub fn recover_meeting_recording_file(
        &self,
        meeting_id: impl Into<String>,
        recording_id: impl Into<String>,
        body: types::RecordingRecoverRequest,
    ) -> RecoverMeetingRecordingFile {
        RecoverMeetingRecordingFile {
            client: self.clone(),
            meeting_id: meeting_id.into(),
            recording_id: recording_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::recover_meeting_recording_file`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RecoverMeetingRecordingFile {
    client: Client,
    meeting_id: String,
    recording_id: String,
    body: types::RecordingRecoverRequest,
}

impl RecoverMeetingRecordingFile {
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

impl crate::runtime::Operation for RecoverMeetingRecordingFile {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&RECOVER_MEETING_RECORDING_FILE)
            .path_uuid("meetingId", "meeting_id", &self.meeting_id)
            .path("recordingId", "recording_id", &self.recording_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_user_recordings`].
pub static LIST_USER_RECORDINGS: OperationInfo = OperationInfo::new(
    "listUserRecordings",
    Method::GET,
    "/users/{userId}/recordings",
    RateLimitCategory::Medium,
    &[
        "recording:read:admin",
        "recording:read",
        "cloud_recording:read:list_user_recordings",
        "cloud_recording:read:list_user_recordings:admin",
        "cloud_recording:read:list_user_recordings:master",
    ],
);

impl Client {
    /// List all recordings
    ///
    /// Returns one page of a user's cloud recordings for a date range of at most a month, or of the recordings in their trash.
    ///
    /// - Request: `GET /users/{userId}/recordings` (operation `listUserRecordings`)
    /// - Scopes (any one): `recording:read:admin`, `recording:read`, `cloud_recording:read:list_user_recordings`, `cloud_recording:read:list_user_recordings:admin`, `cloud_recording:read:list_user_recordings:master`
    /// - Rate limit: Medium
    /// - Optional: [`page_size`](ListUserRecordings::page_size), [`next_page_token`](ListUserRecordings::next_page_token), [`mc`](ListUserRecordings::mc), [`trash`](ListUserRecordings::trash), [`from`](ListUserRecordings::from), [`to`](ListUserRecordings::to), [`trash_type`](ListUserRecordings::trash_type), [`meeting_id`](ListUserRecordings::meeting_id)
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
    /// - `404` code `1001`: The user does not exist or is not on this account.
    /// - `404` code `3301`: There is no recording for this request.
    pub fn list_user_recordings(
        &self,
        user_id: impl Into<String>,
    ) -> ListUserRecordings {
        ListUserRecordings {
            client: self.clone(),
            user_id: user_id.into(),
            page_size: None,
            next_page_token: None,
            mc: None,
            trash: None,
            from: None,
            to: None,
            trash_type: None,
            meeting_id: None,
        }
    }
}

/// Request builder of [`Client::list_user_recordings`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListUserRecordings {
    client: Client,
    user_id: String,
    page_size: Option<i64>,
    next_page_token: Option<String>,
    mc: Option<bool>,
    trash: Option<bool>,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    trash_type: Option<types::RecordingTrashType>,
    meeting_id: Option<i64>,
}

impl ListUserRecordings {
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

    /// Ask for the metadata of recordings made through an on-premise meeting connector.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub fn mc(mut self, value: bool) -> Self {
        self.mc = Some(value);
        self
    }

    /// List the trash instead; `from` and `to` do not apply to it.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub fn trash(mut self, value: bool) -> Self {
        self.trash = Some(value);
        self
    }

    /// First day of the range (UTC); Zoom uses today when it is missing.
    pub fn from(mut self, value: chrono::NaiveDate) -> Self {
        self.from = Some(value);
        self
    }

    /// Last day of the range (UTC), at most a month after `from`.
    pub fn to(mut self, value: chrono::NaiveDate) -> Self {
        self.to = Some(value);
        self
    }

    /// With `trash`, whether to list whole meetings or single files.
    pub fn trash_type(mut self, value: types::RecordingTrashType) -> Self {
        self.trash_type = Some(value);
        self
    }

    /// Only return the recordings of this meeting ID.
    pub fn meeting_id(mut self, value: i64) -> Self {
        self.meeting_id = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`RecordingList`](types::RecordingList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::RecordingList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::RecordingList>>,
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

    /// Streams every item from `from` to `to` (both included), however long the range:
    /// Zoom answers at most 30 days per call, so the range is walked window by
    /// window, and each window page by page, with every other parameter of this builder.
    pub fn stream_range(
        self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> crate::runtime::Windowed<Self> {
        crate::runtime::Windowed::new(self, from, to)
    }
}

impl crate::runtime::Operation for ListUserRecordings {
    type Answer = crate::runtime::Json<types::RecordingList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_USER_RECORDINGS);
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&LIST_USER_RECORDINGS)
            .path("userId", "user_id", &self.user_id)
            .query("page_size", self.page_size.as_ref())
            .query("next_page_token", self.next_page_token.as_ref())
            .query("mc", self.mc.as_ref())
            .query("trash", self.trash.as_ref())
            .query("from", self.from.as_ref())
            .query("to", self.to.as_ref())
            .query("trash_type", self.trash_type.as_ref())
            .query("meeting_id", self.meeting_id.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListUserRecordings {
    type Page = types::RecordingList;
    type Item = types::RecordingMeeting;
    fn split(
        page: types::RecordingList,
    ) -> (Vec<types::RecordingMeeting>, Option<String>) {
        (page.meetings.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

impl crate::runtime::DateWindowed for ListUserRecordings {
    const OPERATION: &'static str = "listUserRecordings";
    const MAX_DAYS: u32 = 30;
    const MAX_AGE_DAYS: Option<u32> = None;
    fn with_range(mut self, from: chrono::NaiveDate, to: chrono::NaiveDate) -> Self {
        self.from = Some(from);
        self.to = Some(to);
        self
    }
}
