// @generated from codegen/tests/fixtures/ok/constructs.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Operations of the `constructs` group: a method on [`Client`] and a request builder for each.
#![allow(deprecated)]
use crate::runtime::{OperationInfo, RateLimitCategory, Request};
use crate::{Client, Error};
use super::super::types;
use reqwest::Method;
/// Metadata of [`Client::list_report_days`].
pub static LIST_REPORT_DAYS: OperationInfo = OperationInfo::new(
    "listReportDays",
    Method::GET,
    "/reports/{reportId}/days",
    RateLimitCategory::Heavy,
    &[],
);

impl Client {
    /// Days of a report
    ///
    /// - Request: `GET /reports/{reportId}/days` (operation `listReportDays`)
    /// - Rate limit: Heavy
    /// - Optional: [`to`](ListReportDays::to), [`since`](ListReportDays::since), [`ids`](ListReportDays::ids), [`kinds`](ListReportDays::kinds), [`legacy`](ListReportDays::legacy)
    ///
    /// # Arguments
    ///
    /// - `report_id`: The `reportId` parameter.
    /// - `from`: The `from` parameter.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    pub fn list_report_days(
        &self,
        report_id: i64,
        from: chrono::NaiveDate,
    ) -> ListReportDays {
        ListReportDays {
            client: self.clone(),
            report_id,
            from,
            to: None,
            since: None,
            ids: None,
            kinds: None,
            legacy: None,
        }
    }
}

/// Request builder of [`Client::list_report_days`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListReportDays {
    client: Client,
    report_id: i64,
    from: chrono::NaiveDate,
    to: Option<chrono::NaiveDate>,
    since: Option<chrono::DateTime<chrono::Utc>>,
    ids: Option<Vec<String>>,
    kinds: Option<Vec<i64>>,
    legacy: Option<bool>,
}

impl ListReportDays {
    /// Sets the `to` query parameter.
    pub fn to(mut self, value: chrono::NaiveDate) -> Self {
        self.to = Some(value);
        self
    }

    /// Sets the `since` query parameter.
    pub fn since(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.since = Some(value);
        self
    }

    /// Sets the `ids` query parameter.
    pub fn ids(mut self, value: Vec<String>) -> Self {
        self.ids = Some(value);
        self
    }

    /// Sets the `kinds` query parameter.
    pub fn kinds(mut self, value: Vec<i64>) -> Self {
        self.kinds = Some(value);
        self
    }

    /// Sets the `legacy` query parameter.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this parameter deprecated."]
    pub fn legacy(mut self, value: bool) -> Self {
        self.legacy = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a list of [`Recording`](types::Recording).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<Vec<types::Recording>>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<Vec<types::Recording>>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListReportDays {
    type Answer = crate::runtime::Json<Vec<types::Recording>>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_REPORT_DAYS)
            .path(
                "reportId",
                "report_id",
                &crate::runtime::QueryValue::to_query(&self.report_id),
            )
            .query("from", Some(&self.from))
            .query("to", self.to.as_ref())
            .query("since", self.since.as_ref())
            .query_list("ids", self.ids.as_deref(), true)
            .query_list("kinds", self.kinds.as_deref(), false)
            .query("legacy", self.legacy.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::replace_messages`].
pub static REPLACE_MESSAGES: OperationInfo = OperationInfo::new(
    "replaceMessages",
    Method::PUT,
    "/webinars/{WebinarUUID}/messages/{message_id}",
    RateLimitCategory::Medium,
    &[],
);

impl Client {
    /// Calls `replaceMessages`.
    ///
    /// - Request: `PUT /webinars/{WebinarUUID}/messages/{message_id}` (operation `replaceMessages`)
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `webinar_uuid`: The `WebinarUUID` parameter.
    /// - `message_id`: The `message_id` parameter.
    /// - `body`: The request body.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    pub fn replace_messages(
        &self,
        webinar_uuid: impl Into<String>,
        message_id: impl Into<String>,
        body: Vec<types::Schedule>,
    ) -> ReplaceMessages {
        ReplaceMessages {
            client: self.clone(),
            webinar_uuid: webinar_uuid.into(),
            message_id: message_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::replace_messages`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ReplaceMessages {
    client: Client,
    webinar_uuid: String,
    message_id: String,
    body: Vec<types::Schedule>,
}

impl ReplaceMessages {
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

impl crate::runtime::Operation for ReplaceMessages {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&REPLACE_MESSAGES)
            .path("WebinarUUID", "webinar_uuid", &self.webinar_uuid)
            .path("message_id", "message_id", &self.message_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_dated_files`].
pub static LIST_DATED_FILES: OperationInfo = OperationInfo::new(
    "listDatedFiles",
    Method::GET,
    "/users/{userId}/recordings",
    RateLimitCategory::Medium,
    &[],
);

impl Client {
    /// Calls `listDatedFiles`.
    ///
    /// - Request: `GET /users/{userId}/recordings` (operation `listDatedFiles`)
    /// - Rate limit: Medium
    /// - Optional: [`from`](ListDatedFiles::from), [`to`](ListDatedFiles::to), [`page_size`](ListDatedFiles::page_size), [`next_page_token`](ListDatedFiles::next_page_token)
    ///
    /// # Arguments
    ///
    /// - `user_id`: The `userId` parameter.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    pub fn list_dated_files(&self, user_id: impl Into<String>) -> ListDatedFiles {
        ListDatedFiles {
            client: self.clone(),
            user_id: user_id.into(),
            from: None,
            to: None,
            page_size: None,
            next_page_token: None,
        }
    }
}

/// Request builder of [`Client::list_dated_files`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListDatedFiles {
    client: Client,
    user_id: String,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    page_size: Option<i64>,
    next_page_token: Option<String>,
}

impl ListDatedFiles {
    /// Sets the `from` query parameter.
    pub fn from(mut self, value: chrono::NaiveDate) -> Self {
        self.from = Some(value);
        self
    }

    /// Sets the `to` query parameter.
    pub fn to(mut self, value: chrono::NaiveDate) -> Self {
        self.to = Some(value);
        self
    }

    /// Sets the `page_size` query parameter.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Sets the `next_page_token` query parameter.
    pub fn next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`RecordingPage`](types::RecordingPage).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::RecordingPage>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::RecordingPage>>,
    > {
        crate::runtime::send_with_response(self)
    }

    /// Streams the `recordings` of every page, one page in memory at a time.
    ///
    /// Every parameter set on this builder is sent with each page; the stream follows
    /// `next_page_token` until Zoom returns none (or one it already sent) and ends after yielding
    /// the first error. Each page is sent with the client's retry policy.
    pub fn stream(self) -> crate::runtime::Paged<Self> {
        crate::runtime::Paged::new(self)
    }

    /// Streams every item from `from` to `to` (both included), however long the range:
    /// Zoom answers at most 30 days per call, so the range is walked window by
    /// window, and each window page by page, with every other parameter of this builder. A `from` more than 180 days ago is refused before anything is sent.
    pub fn stream_range(
        self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> crate::runtime::Windowed<Self> {
        crate::runtime::Windowed::new(self, from, to)
    }
}

impl crate::runtime::Operation for ListDatedFiles {
    type Answer = crate::runtime::Json<types::RecordingPage>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_DATED_FILES)
            .path("userId", "user_id", &self.user_id)
            .query("from", self.from.as_ref())
            .query("to", self.to.as_ref())
            .query("page_size", self.page_size.as_ref())
            .query("next_page_token", self.next_page_token.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListDatedFiles {
    type Page = types::RecordingPage;
    type Item = types::Recording;
    fn split(page: types::RecordingPage) -> (Vec<types::Recording>, Option<String>) {
        (page.recordings.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

impl crate::runtime::DateWindowed for ListDatedFiles {
    const OPERATION: &'static str = "listDatedFiles";
    const MAX_DAYS: u32 = 30;
    const MAX_AGE_DAYS: Option<u32> = Some(180);
    fn with_range(mut self, from: chrono::NaiveDate, to: chrono::NaiveDate) -> Self {
        self.from = Some(from);
        self.to = Some(to);
        self
    }
}

/// Metadata of [`Client::get_past_instance`].
pub static GET_PAST_INSTANCE: OperationInfo = OperationInfo::new(
    "getPastInstance",
    Method::GET,
    "/past_meetings/{meetingUUID}",
    RateLimitCategory::Light,
    &[],
);

impl Client {
    /// Calls `getPastInstance`.
    ///
    /// - Request: `GET /past_meetings/{meetingUUID}` (operation `getPastInstance`)
    /// - Rate limit: Light
    /// - Optional: [`after`](GetPastInstance::after)
    ///
    /// # Arguments
    ///
    /// - `meeting_uuid`: The `meetingUUID` parameter.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    pub fn get_past_instance(&self, meeting_uuid: impl Into<String>) -> GetPastInstance {
        GetPastInstance {
            client: self.clone(),
            meeting_uuid: meeting_uuid.into(),
            after: None,
        }
    }
}

/// Request builder of [`Client::get_past_instance`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPastInstance {
    client: Client,
    meeting_uuid: String,
    after: Option<crate::ZoomDateTime>,
}

impl GetPastInstance {
    /// Sets the `after` query parameter.
    pub fn after(mut self, value: crate::ZoomDateTime) -> Self {
        self.after = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`Schedule`](types::Schedule).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::Schedule>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::Schedule>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetPastInstance {
    type Answer = crate::runtime::Json<types::Schedule>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_PAST_INSTANCE)
            .path_uuid("meetingUUID", "meeting_uuid", &self.meeting_uuid)
            .query("after", self.after.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::fetch_file`].
pub static FETCH_FILE: OperationInfo = OperationInfo::new(
    "fetchFile",
    Method::GET,
    "/recordings/{recordingId}/file",
    RateLimitCategory::Medium,
    &[],
);

impl Client {
    /// Calls `fetchFile`.
    ///
    /// - Request: `GET /recordings/{recordingId}/file` (operation `fetchFile`)
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `recording_id`: The `recordingId` parameter.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    pub fn fetch_file(&self, recording_id: impl Into<String>) -> FetchFile {
        FetchFile {
            client: self.clone(),
            recording_id: recording_id.into(),
        }
    }
}

/// Request builder of [`Client::fetch_file`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct FetchFile {
    client: Client,
    recording_id: String,
}

impl FetchFile {
    /// Sends the request; the answer is a file, read as it arrives (see [`Download`](crate::Download)).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::File> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<crate::runtime::WithResponse<crate::runtime::File>> {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for FetchFile {
    type Answer = crate::runtime::File;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&FETCH_FILE)
            .path("recordingId", "recording_id", &self.recording_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_old_recording`].
pub static GET_OLD_RECORDING: OperationInfo = OperationInfo::new(
    "getOldRecording",
    Method::GET,
    "/settings",
    RateLimitCategory::Light,
    &[],
);

impl Client {
    /// Calls `getOldRecording`.
    ///
    /// - Request: `GET /settings` (operation `getOldRecording`)
    /// - Rate limit: Light
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    pub fn get_old_recording(&self) -> GetOldRecording {
        GetOldRecording {
            client: self.clone(),
        }
    }
}

/// Request builder of [`Client::get_old_recording`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOldRecording {
    client: Client,
}

impl GetOldRecording {
    /// Sends the request; `.await` gives Zoom's answer as a [`OldRecording`](types::OldRecording).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::OldRecording>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::OldRecording>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetOldRecording {
    type Answer = crate::runtime::Json<types::OldRecording>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_OLD_RECORDING);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_setting`].
pub static UPDATE_SETTING: OperationInfo = OperationInfo::new(
    "updateSetting",
    Method::PATCH,
    "/settings",
    RateLimitCategory::Light,
    &[],
);

impl Client {
    /// Calls `updateSetting`.
    ///
    /// - Request: `PATCH /settings` (operation `updateSetting`)
    /// - Rate limit: Light
    /// - Optional: [`body`](UpdateSetting::body)
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    #[deprecated = "Zoom marks this operation deprecated."]
    pub fn update_setting(&self) -> UpdateSetting {
        UpdateSetting {
            client: self.clone(),
            body: None,
        }
    }
}

/// Request builder of [`Client::update_setting`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSetting {
    client: Client,
    body: Option<types::Setting>,
}

impl UpdateSetting {
    /// Sets the JSON request body.
    pub fn body(mut self, value: types::Setting) -> Self {
        self.body = Some(value);
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

impl crate::runtime::Operation for UpdateSetting {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&UPDATE_SETTING);
        let request = match &self.body {
            Some(body) => request.json(body),
            None => request,
        };
        Ok((self.client, request))
    }
}
