// @generated from spec/webinars.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Operations of the `webinars` group: a method on [`Client`] and a request builder for each.
#![allow(deprecated)]
use crate::runtime::{OperationInfo, RateLimitCategory, Request};
use crate::{Client, Error};
use super::super::types;
use reqwest::Method;
/// Metadata of [`Client::list_webinar_absentees`].
pub static LIST_WEBINAR_ABSENTEES: OperationInfo = OperationInfo::new(
    "listWebinarAbsentees",
    Method::GET,
    "/past_webinars/{webinarUUID}/absentees",
    RateLimitCategory::Heavy,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_absentees",
        "webinar:read:list_absentees:admin",
    ],
);

impl Client {
    /// Get webinar absentees
    ///
    /// Returns one page of the people who registered for an ended webinar instance but did not attend. Only webinars that require registration have absentees.
    ///
    /// - Request: `GET /past_webinars/{webinarUUID}/absentees` (operation `listWebinarAbsentees`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_absentees`, `webinar:read:list_absentees:admin`
    /// - Rate limit: Heavy
    /// - Optional: [`occurrence_id`](ListWebinarAbsentees::occurrence_id), [`page_size`](ListWebinarAbsentees::page_size), [`next_page_token`](ListWebinarAbsentees::next_page_token)
    ///
    /// # Arguments
    ///
    /// - `webinar_uuid`: UUID of one webinar instance, or a webinar ID for its latest instance. A UUID that starts with `/` or contains `//` must be encoded twice.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar UUID or the occurrence ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The webinar does not use registration.
    /// - `404` code `1001`: The user does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist, has expired, or has not ended.
    pub fn list_webinar_absentees(
        &self,
        webinar_uuid: impl Into<String>,
    ) -> ListWebinarAbsentees {
        ListWebinarAbsentees {
            client: self.clone(),
            webinar_uuid: webinar_uuid.into(),
            occurrence_id: None,
            page_size: None,
            next_page_token: None,
        }
    }
}

/// Request builder of [`Client::list_webinar_absentees`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWebinarAbsentees {
    client: Client,
    webinar_uuid: String,
    occurrence_id: Option<String>,
    page_size: Option<i64>,
    next_page_token: Option<String>,
}

impl ListWebinarAbsentees {
    /// Only list absentees of this occurrence.
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Number of absentees per page.
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

impl crate::runtime::Operation for ListWebinarAbsentees {
    type Answer = crate::runtime::Json<types::RegistrantList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_WEBINAR_ABSENTEES);
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&LIST_WEBINAR_ABSENTEES)
            .path_uuid("webinarUUID", "webinar_uuid", &self.webinar_uuid)
            .query("occurrence_id", self.occurrence_id.as_ref())
            .query("page_size", self.page_size.as_ref())
            .query("next_page_token", self.next_page_token.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListWebinarAbsentees {
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

/// Metadata of [`Client::list_past_webinar_instances`].
pub static LIST_PAST_WEBINAR_INSTANCES: OperationInfo = OperationInfo::new(
    "listPastWebinarInstances",
    Method::GET,
    "/past_webinars/{webinarId}/instances",
    RateLimitCategory::Light,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_past_instances",
        "webinar:read:list_past_instances:admin",
    ],
);

impl Client {
    /// List past webinar instances
    ///
    /// Returns the UUID and start time of each ended instance of a webinar.
    ///
    /// - Request: `GET /past_webinars/{webinarId}/instances` (operation `listPastWebinarInstances`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_past_instances`, `webinar:read:list_past_instances:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `404`: The webinar was not found.
    pub fn list_past_webinar_instances(
        &self,
        webinar_id: i64,
    ) -> ListPastWebinarInstances {
        ListPastWebinarInstances {
            client: self.clone(),
            webinar_id,
        }
    }
}

/// Request builder of [`Client::list_past_webinar_instances`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPastWebinarInstances {
    client: Client,
    webinar_id: i64,
}

impl ListPastWebinarInstances {
    /// Sends the request; `.await` gives Zoom's answer as a [`PastWebinarInstances`](types::PastWebinarInstances).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::PastWebinarInstances>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::PastWebinarInstances>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListPastWebinarInstances {
    type Answer = crate::runtime::Json<types::PastWebinarInstances>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_PAST_WEBINAR_INSTANCES)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_past_webinar_participants`].
pub static LIST_PAST_WEBINAR_PARTICIPANTS: OperationInfo = OperationInfo::new(
    "listPastWebinarParticipants",
    Method::GET,
    "/past_webinars/{webinarUUID}/participants",
    RateLimitCategory::Medium,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_past_participants:admin",
        "webinar:read:list_past_participants",
    ],
);

impl Client {
    /// List webinar participants
    ///
    /// Returns one page of the people who attended an ended webinar instance. Right after large webinars the durations may still read 0 until Zoom has processed the attendance.
    ///
    /// - Request: `GET /past_webinars/{webinarUUID}/participants` (operation `listPastWebinarParticipants`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_past_participants:admin`, `webinar:read:list_past_participants`
    /// - Rate limit: Medium
    /// - Optional: [`page_size`](ListPastWebinarParticipants::page_size), [`next_page_token`](ListPastWebinarParticipants::next_page_token)
    ///
    /// # Arguments
    ///
    /// - `webinar_uuid`: UUID of one webinar instance, or a webinar ID for its latest instance. A UUID that starts with `/` or contains `//` must be encoded twice.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission; only paid and ZMP accounts can read past participants.
    /// - `400` code `300`: The next page token is invalid or has expired.
    /// - `404` code `3001`: The webinar does not exist.
    pub fn list_past_webinar_participants(
        &self,
        webinar_uuid: impl Into<String>,
    ) -> ListPastWebinarParticipants {
        ListPastWebinarParticipants {
            client: self.clone(),
            webinar_uuid: webinar_uuid.into(),
            page_size: None,
            next_page_token: None,
        }
    }
}

/// Request builder of [`Client::list_past_webinar_participants`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPastWebinarParticipants {
    client: Client,
    webinar_uuid: String,
    page_size: Option<i64>,
    next_page_token: Option<String>,
}

impl ListPastWebinarParticipants {
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

    /// Sends the request; `.await` gives Zoom's answer as a [`PastWebinarParticipantList`](types::PastWebinarParticipantList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::Json<types::PastWebinarParticipantList>,
    > {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<
            crate::runtime::Json<types::PastWebinarParticipantList>,
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

impl crate::runtime::Operation for ListPastWebinarParticipants {
    type Answer = crate::runtime::Json<types::PastWebinarParticipantList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_PAST_WEBINAR_PARTICIPANTS);
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.finish()?;
        let request = Request::new(&LIST_PAST_WEBINAR_PARTICIPANTS)
            .path_uuid("webinarUUID", "webinar_uuid", &self.webinar_uuid)
            .query("page_size", self.page_size.as_ref())
            .query("next_page_token", self.next_page_token.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListPastWebinarParticipants {
    type Page = types::PastWebinarParticipantList;
    type Item = types::PastWebinarParticipant;
    fn split(
        page: types::PastWebinarParticipantList,
    ) -> (Vec<types::PastWebinarParticipant>, Option<String>) {
        (page.participants.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

/// Metadata of [`Client::list_past_webinar_polls`].
pub static LIST_PAST_WEBINAR_POLLS: OperationInfo = OperationInfo::new(
    "listPastWebinarPolls",
    Method::GET,
    "/past_webinars/{webinarUUID}/polls",
    RateLimitCategory::Medium,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_past_polls",
        "webinar:read:list_past_polls:admin",
    ],
);

impl Client {
    /// List past webinar poll results
    ///
    /// Returns the poll answers of an ended webinar instance, or of its latest instance when given a webinar ID.
    ///
    /// - Request: `GET /past_webinars/{webinarUUID}/polls` (operation `listPastWebinarPolls`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_past_polls`, `webinar:read:list_past_polls:admin`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `webinar_uuid`: UUID of one webinar instance, or a webinar ID for its latest instance. A UUID that starts with `/` or contains `//` must be encoded twice.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission.
    /// - `401` code `1010`: The user does not belong to this account.
    /// - `404` code `3001`: The webinar ID is invalid, the webinar has not ended, or it belongs to someone else.
    pub fn list_past_webinar_polls(
        &self,
        webinar_uuid: impl Into<String>,
    ) -> ListPastWebinarPolls {
        ListPastWebinarPolls {
            client: self.clone(),
            webinar_uuid: webinar_uuid.into(),
        }
    }
}

/// Request builder of [`Client::list_past_webinar_polls`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPastWebinarPolls {
    client: Client,
    webinar_uuid: String,
}

impl ListPastWebinarPolls {
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

impl crate::runtime::Operation for ListPastWebinarPolls {
    type Answer = crate::runtime::Json<types::PastPollResults>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_PAST_WEBINAR_POLLS)
            .path_uuid("webinarUUID", "webinar_uuid", &self.webinar_uuid);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_past_webinar_qa`].
pub static LIST_PAST_WEBINAR_QA: OperationInfo = OperationInfo::new(
    "listPastWebinarQa",
    Method::GET,
    "/past_webinars/{webinarUUID}/qa",
    RateLimitCategory::Medium,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:past_qa",
        "webinar:read:past_qa:admin",
    ],
);

impl Client {
    /// List Q&A of past webinar
    ///
    /// Returns the questions attendees asked in the Q&A of an ended webinar instance, with their answers.
    ///
    /// - Request: `GET /past_webinars/{webinarUUID}/qa` (operation `listPastWebinarQa`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:past_qa`, `webinar:read:past_qa:admin`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `webinar_uuid`: UUID of one webinar instance, or a webinar ID for its latest instance. A UUID that starts with `/` or contains `//` must be encoded twice.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission.
    /// - `401` code `1010`: The user does not belong to this account.
    /// - `404` code `3001`: The webinar ID is invalid, the webinar has not ended, or it belongs to someone else.
    pub fn list_past_webinar_qa(
        &self,
        webinar_uuid: impl Into<String>,
    ) -> ListPastWebinarQa {
        ListPastWebinarQa {
            client: self.clone(),
            webinar_uuid: webinar_uuid.into(),
        }
    }
}

/// Request builder of [`Client::list_past_webinar_qa`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPastWebinarQa {
    client: Client,
    webinar_uuid: String,
}

impl ListPastWebinarQa {
    /// Sends the request; `.await` gives Zoom's answer as a [`PastWebinarQa`](types::PastWebinarQa).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::PastWebinarQa>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::PastWebinarQa>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListPastWebinarQa {
    type Answer = crate::runtime::Json<types::PastWebinarQa>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_PAST_WEBINAR_QA)
            .path_uuid("webinarUUID", "webinar_uuid", &self.webinar_uuid);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_webinar_templates`].
pub static LIST_WEBINAR_TEMPLATES: OperationInfo = OperationInfo::new(
    "listWebinarTemplates",
    Method::GET,
    "/users/{userId}/webinar_templates",
    RateLimitCategory::Medium,
    &[
        "webinar:read",
        "webinar:read:admin",
        "webinar:read:list_templates",
        "webinar:read:list_templates:admin",
    ],
);

impl Client {
    /// List webinar templates
    ///
    /// Returns the webinar templates a user can schedule with, their own and the account admin ones. A user keeps at most 40 templates.
    ///
    /// - Request: `GET /users/{userId}/webinar_templates` (operation `listWebinarTemplates`)
    /// - Scopes (any one): `webinar:read`, `webinar:read:admin`, `webinar:read:list_templates`, `webinar:read:list_templates:admin`
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
    /// - `400` code `200`: No permission, or the user has no webinar plan or webinars turned off.
    /// - `400` code `300`: The user already has the maximum of 40 webinar templates.
    /// - `400` code `1001`: The user does not exist or is outside the account.
    /// - `404` code `1001`: The user does not exist.
    pub fn list_webinar_templates(
        &self,
        user_id: impl Into<String>,
    ) -> ListWebinarTemplates {
        ListWebinarTemplates {
            client: self.clone(),
            user_id: user_id.into(),
        }
    }
}

/// Request builder of [`Client::list_webinar_templates`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWebinarTemplates {
    client: Client,
    user_id: String,
}

impl ListWebinarTemplates {
    /// Sends the request; `.await` gives Zoom's answer as a [`WebinarTemplateList`](types::WebinarTemplateList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::WebinarTemplateList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::WebinarTemplateList>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListWebinarTemplates {
    type Answer = crate::runtime::Json<types::WebinarTemplateList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_WEBINAR_TEMPLATES)
            .path("userId", "user_id", &self.user_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_webinars`].
pub static LIST_WEBINARS: OperationInfo = OperationInfo::new(
    "listWebinars",
    Method::GET,
    "/users/{userId}/webinars",
    RateLimitCategory::Medium,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_webinars",
        "webinar:read:list_webinars:admin",
    ],
);

impl Client {
    /// List webinars
    ///
    /// Returns one page of the unexpired webinars a host scheduled or had scheduled for them. Only hosts with the webinar add-on (Pro plan or higher) have webinars.
    ///
    /// - Request: `GET /users/{userId}/webinars` (operation `listWebinars`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_webinars`, `webinar:read:list_webinars:admin`
    /// - Rate limit: Medium
    /// - Optional: [`type_`](ListWebinars::type_), [`page_size`](ListWebinars::page_size), [`next_page_token`](ListWebinars::next_page_token), [`page_number`](ListWebinars::page_number)
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
    /// - `400` code `200`: No permission, or the user has no webinar plan or webinars turned off.
    /// - `404` code `1001`: The user does not exist or is outside the account.
    pub fn list_webinars(&self, user_id: impl Into<String>) -> ListWebinars {
        ListWebinars {
            client: self.clone(),
            user_id: user_id.into(),
            type_: None,
            page_size: None,
            next_page_token: None,
            page_number: None,
        }
    }
}

/// Request builder of [`Client::list_webinars`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWebinars {
    client: Client,
    user_id: String,
    type_: Option<types::WebinarListType>,
    page_size: Option<i64>,
    next_page_token: Option<String>,
    page_number: Option<i64>,
}

impl ListWebinars {
    /// Which webinars to list.
    pub fn type_(mut self, value: types::WebinarListType) -> Self {
        self.type_ = Some(value);
        self
    }

    /// Number of webinars per page.
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

    /// Page to return; superseded by `next_page_token`.
    ///
    /// At least 1. Deprecated by Zoom.
    #[deprecated = "Zoom marks this parameter deprecated."]
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`WebinarList`](types::WebinarList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::WebinarList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::WebinarList>>,
    > {
        crate::runtime::send_with_response(self)
    }

    /// Streams the `webinars` of every page, one page in memory at a time.
    ///
    /// Every parameter set on this builder is sent with each page; the stream follows
    /// `next_page_token` until Zoom returns none (or one it already sent) and ends after yielding
    /// the first error. Each page is sent with the client's retry policy.
    pub fn stream(self) -> crate::runtime::Paged<Self> {
        crate::runtime::Paged::new(self)
    }
}

impl crate::runtime::Operation for ListWebinars {
    type Answer = crate::runtime::Json<types::WebinarList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_WEBINARS);
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
        let request = Request::new(&LIST_WEBINARS)
            .path("userId", "user_id", &self.user_id)
            .query("type", self.type_.as_ref())
            .query("page_size", self.page_size.as_ref())
            .query("next_page_token", self.next_page_token.as_ref())
            .query("page_number", self.page_number.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListWebinars {
    type Page = types::WebinarList;
    type Item = types::WebinarListItem;
    fn split(page: types::WebinarList) -> (Vec<types::WebinarListItem>, Option<String>) {
        (page.webinars.unwrap_or_default(), page.next_page_token)
    }

    fn with_token(self, token: String) -> Self {
        self.next_page_token(token)
    }
}

/// Metadata of [`Client::create_webinar`].
pub static CREATE_WEBINAR: OperationInfo = OperationInfo::new(
    "createWebinar",
    Method::POST,
    "/users/{userId}/webinars",
    RateLimitCategory::Light,
    &[
        "webinar:write",
        "webinar:write:admin",
        "webinar:write:webinar",
        "webinar:write:webinar:admin",
    ],
);

impl Client {
    /// Create a webinar
    ///
    /// Schedules a webinar for a user with the webinar add-on. The start_url in the answer expires after two hours (90 days for custCreate users); Get a webinar returns a fresh one. Zoom accepts at most 100 create or update requests per host per day.
    ///
    /// - Request: `POST /users/{userId}/webinars` (operation `createWebinar`)
    /// - Scopes (any one): `webinar:write`, `webinar:write:admin`, `webinar:write:webinar`, `webinar:write:webinar:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `user_id`: User ID or email address; `me` means the user who owns the access token.
    /// - `body`: The request body, a [`CreateWebinarRequest`](types::CreateWebinarRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, the user has no webinar plan or webinars turned off, or users of a domain named in the request are blocked from joining.
    /// - `400` code `300`: A value was rejected: schedule_for is invalid, a simulive webinar was scheduled for someone else or is turned off for the account, or record_file_id names no recording.
    /// - `400` code `3000`: The webinar cannot be scheduled for that user.
    /// - `400` code `4505`: A simulive webinar cannot recur without a fixed time (type 6).
    /// - `404` code `1001`: The user does not exist or is outside the account.
    /// - `429`: Too many requests; the per-host daily limit of webinar creations may be reached.
    pub fn create_webinar(
        &self,
        user_id: impl Into<String>,
        body: types::CreateWebinarRequest,
    ) -> CreateWebinar {
        CreateWebinar {
            client: self.clone(),
            user_id: user_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::create_webinar`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateWebinar {
    client: Client,
    user_id: String,
    body: types::CreateWebinarRequest,
}

impl CreateWebinar {
    /// Sends the request; `.await` gives Zoom's answer as a [`Webinar`](types::Webinar).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::Webinar>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::Webinar>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for CreateWebinar {
    type Answer = crate::runtime::Json<types::Webinar>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&CREATE_WEBINAR);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&CREATE_WEBINAR)
            .path("userId", "user_id", &self.user_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_webinar`].
pub static GET_WEBINAR: OperationInfo = OperationInfo::new(
    "getWebinar",
    Method::GET,
    "/webinars/{webinarId}",
    RateLimitCategory::Light,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:webinar",
        "webinar:read:webinar:admin",
    ],
);

impl Client {
    /// Get a webinar
    ///
    /// Returns a scheduled webinar with its settings, or one occurrence of it.
    ///
    /// - Request: `GET /webinars/{webinarId}` (operation `getWebinar`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:webinar`, `webinar:read:webinar:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_id`](GetWebinar::occurrence_id), [`show_previous_occurrences`](GetWebinar::show_previous_occurrences)
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID, or the UUID of one of its instances. A UUID that starts with `/` or contains `//` must be encoded twice.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn get_webinar(&self, webinar_id: impl Into<String>) -> GetWebinar {
        GetWebinar {
            client: self.clone(),
            webinar_id: webinar_id.into(),
            occurrence_id: None,
            show_previous_occurrences: None,
        }
    }
}

/// Request builder of [`Client::get_webinar`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWebinar {
    client: Client,
    webinar_id: String,
    occurrence_id: Option<String>,
    show_previous_occurrences: Option<bool>,
}

impl GetWebinar {
    /// Return this occurrence of a recurring webinar (at most 50 occurrences).
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Also list the occurrences that already took place.
    pub fn show_previous_occurrences(mut self, value: bool) -> Self {
        self.show_previous_occurrences = Some(value);
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`Webinar`](types::Webinar).
    pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::Webinar>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::Webinar>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetWebinar {
    type Answer = crate::runtime::Json<types::Webinar>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_WEBINAR)
            .path_uuid("webinarId", "webinar_id", &self.webinar_id)
            .query("occurrence_id", self.occurrence_id.as_ref())
            .query("show_previous_occurrences", self.show_previous_occurrences.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_webinar`].
pub static DELETE_WEBINAR: OperationInfo = OperationInfo::new(
    "deleteWebinar",
    Method::DELETE,
    "/webinars/{webinarId}",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:delete:webinar",
        "webinar:delete:webinar:admin",
    ],
);

impl Client {
    /// Delete a webinar
    ///
    /// Deletes a webinar, or one occurrence of a recurring webinar when occurrence_id is given. Webinars from the event directory and simulive webinars that have started cannot be deleted here.
    ///
    /// - Request: `DELETE /webinars/{webinarId}` (operation `deleteWebinar`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:delete:webinar`, `webinar:delete:webinar:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_id`](DeleteWebinar::occurrence_id), [`cancel_webinar_reminder`](DeleteWebinar::cancel_webinar_reminder)
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The webinar came from the event directory, is a simulive webinar that has started, or the occurrence does not exist.
    /// - `400` code `3002`: The webinar is in progress.
    /// - `400` code `3003`: The caller is not the webinar host.
    /// - `400` code `3007`: The webinar has already ended.
    /// - `400` code `3018`: A personal meeting ID cannot be deleted.
    /// - `400` code `3037`: A personal audio conference cannot be deleted.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn delete_webinar(&self, webinar_id: i64) -> DeleteWebinar {
        DeleteWebinar {
            client: self.clone(),
            webinar_id,
            occurrence_id: None,
            cancel_webinar_reminder: None,
        }
    }
}

/// Request builder of [`Client::delete_webinar`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWebinar {
    client: Client,
    webinar_id: i64,
    occurrence_id: Option<String>,
    cancel_webinar_reminder: Option<bool>,
}

impl DeleteWebinar {
    /// Occurrence of a recurring webinar to act on.
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Email the panelists and registrants about the cancellation.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub fn cancel_webinar_reminder(mut self, value: bool) -> Self {
        self.cancel_webinar_reminder = Some(value);
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

impl crate::runtime::Operation for DeleteWebinar {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_WEBINAR)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .query("occurrence_id", self.occurrence_id.as_ref())
            .query("cancel_webinar_reminder", self.cancel_webinar_reminder.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_webinar`].
pub static UPDATE_WEBINAR: OperationInfo = OperationInfo::new(
    "updateWebinar",
    Method::PATCH,
    "/webinars/{webinarId}",
    RateLimitCategory::Light,
    &[
        "webinar:write",
        "webinar:write:admin",
        "webinar:update:webinar",
        "webinar:update:webinar:admin",
    ],
);

impl Client {
    /// Update a webinar
    ///
    /// Changes the fields present in the body. Zoom accepts at most 100 create or update requests per host per day.
    ///
    /// - Request: `PATCH /webinars/{webinarId}` (operation `updateWebinar`)
    /// - Scopes (any one): `webinar:write`, `webinar:write:admin`, `webinar:update:webinar`, `webinar:update:webinar:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_id`](UpdateWebinar::occurrence_id)
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`UpdateWebinarRequest`](types::UpdateWebinarRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID, schedule_for or the recurrence settings are invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: A simulive webinar that has started cannot be changed here.
    /// - `400` code `3003`: The caller is not the webinar host, or users of a domain named in the request are blocked from joining.
    /// - `400` code `4505`: A simulive webinar cannot recur without a fixed time (type 6).
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    /// - `429`: Too many requests; the per-host daily limit of webinar changes may be reached.
    pub fn update_webinar(
        &self,
        webinar_id: i64,
        body: types::UpdateWebinarRequest,
    ) -> UpdateWebinar {
        UpdateWebinar {
            client: self.clone(),
            webinar_id,
            occurrence_id: None,
            body,
        }
    }
}

/// Request builder of [`Client::update_webinar`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateWebinar {
    client: Client,
    webinar_id: i64,
    occurrence_id: Option<String>,
    body: types::UpdateWebinarRequest,
}

impl UpdateWebinar {
    /// Change only this occurrence; only agenda, start_time, duration and the video, watermark and recording settings can change per occurrence.
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

impl crate::runtime::Operation for UpdateWebinar {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_WEBINAR);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_WEBINAR)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .query("occurrence_id", self.occurrence_id.as_ref());
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::add_webinar_batch_registrants`].
pub static ADD_WEBINAR_BATCH_REGISTRANTS: OperationInfo = OperationInfo::new(
    "addWebinarBatchRegistrants",
    Method::POST,
    "/webinars/{webinarId}/batch_registrants",
    RateLimitCategory::Heavy,
    &[
        "webinar:write",
        "webinar:write:admin",
        "webinar:write:batch_registrants",
        "webinar:write:batch_registrants:admin",
    ],
);

impl Client {
    /// Perform batch registration
    ///
    /// Registers up to 30 people in one request for a scheduled webinar (type 5) that requires registration. The host must be a Licensed user.
    ///
    /// - Request: `POST /webinars/{webinarId}/batch_registrants` (operation `addWebinarBatchRegistrants`)
    /// - Scopes (any one): `webinar:write`, `webinar:write:admin`, `webinar:write:batch_registrants`, `webinar:write:batch_registrants:admin`
    /// - Rate limit: Heavy
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`AddWebinarBatchRegistrantsRequest`](types::AddWebinarBatchRegistrantsRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid, or the webinar is not a scheduled one (type 5).
    /// - `400` code `3000`: The webinar does not use registration, uses paid registration, or reached the most attendees it may take.
    /// - `400` code `3038`: The webinar is over; nobody can register any more.
    /// - `400` code `3043`: The webinar is full.
    /// - `404` code `404`: The webinar does not use registration (older answers).
    /// - `404` code `3001`: The webinar does not exist.
    /// - `404` code `3043`: The webinar is full (older answers).
    pub fn add_webinar_batch_registrants(
        &self,
        webinar_id: i64,
        body: types::AddWebinarBatchRegistrantsRequest,
    ) -> AddWebinarBatchRegistrants {
        AddWebinarBatchRegistrants {
            client: self.clone(),
            webinar_id,
            body,
        }
    }
}

/// Request builder of [`Client::add_webinar_batch_registrants`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddWebinarBatchRegistrants {
    client: Client,
    webinar_id: i64,
    body: types::AddWebinarBatchRegistrantsRequest,
}

impl AddWebinarBatchRegistrants {
    /// Sends the request; `.await` gives Zoom's answer as a [`WebinarBatchRegistrants`](types::WebinarBatchRegistrants).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::WebinarBatchRegistrants>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<
            crate::runtime::Json<types::WebinarBatchRegistrants>,
        >,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for AddWebinarBatchRegistrants {
    type Answer = crate::runtime::Json<types::WebinarBatchRegistrants>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&ADD_WEBINAR_BATCH_REGISTRANTS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&ADD_WEBINAR_BATCH_REGISTRANTS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_webinar_panelists`].
pub static LIST_WEBINAR_PANELISTS: OperationInfo = OperationInfo::new(
    "listWebinarPanelists",
    Method::GET,
    "/webinars/{webinarId}/panelists",
    RateLimitCategory::Medium,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_panelists",
        "webinar:read:list_panelists:admin",
    ],
);

impl Client {
    /// List panelists
    ///
    /// Returns the panelists of a webinar. Unlike attendees, panelists can share video and screen and annotate.
    ///
    /// - Request: `GET /webinars/{webinarId}/panelists` (operation `listWebinarPanelists`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_panelists`, `webinar:read:list_panelists:admin`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn list_webinar_panelists(&self, webinar_id: i64) -> ListWebinarPanelists {
        ListWebinarPanelists {
            client: self.clone(),
            webinar_id,
        }
    }
}

/// Request builder of [`Client::list_webinar_panelists`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWebinarPanelists {
    client: Client,
    webinar_id: i64,
}

impl ListWebinarPanelists {
    /// Sends the request; `.await` gives Zoom's answer as a [`WebinarPanelistList`](types::WebinarPanelistList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::WebinarPanelistList>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::WebinarPanelistList>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListWebinarPanelists {
    type Answer = crate::runtime::Json<types::WebinarPanelistList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_WEBINAR_PANELISTS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::add_webinar_panelists`].
pub static ADD_WEBINAR_PANELISTS: OperationInfo = OperationInfo::new(
    "addWebinarPanelists",
    Method::POST,
    "/webinars/{webinarId}/panelists",
    RateLimitCategory::Medium,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:write:panelist",
        "webinar:write:panelist:admin",
    ],
);

impl Client {
    /// Add panelists
    ///
    /// Invites up to 30 panelists to a scheduled webinar in one request. A panelist's name takes at most 12 Chinese characters.
    ///
    /// - Request: `POST /webinars/{webinarId}/panelists` (operation `addWebinarPanelists`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:write:panelist`, `webinar:write:panelist:admin`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`AddWebinarPanelistsRequest`](types::AddWebinarPanelistsRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The webinar already has the most panelists it may have; Zoom support can raise the limit.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn add_webinar_panelists(
        &self,
        webinar_id: i64,
        body: types::AddWebinarPanelistsRequest,
    ) -> AddWebinarPanelists {
        AddWebinarPanelists {
            client: self.clone(),
            webinar_id,
            body,
        }
    }
}

/// Request builder of [`Client::add_webinar_panelists`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddWebinarPanelists {
    client: Client,
    webinar_id: i64,
    body: types::AddWebinarPanelistsRequest,
}

impl AddWebinarPanelists {
    /// Sends the request; `.await` gives Zoom's answer as a [`AddedWebinarPanelists`](types::AddedWebinarPanelists).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::AddedWebinarPanelists>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::AddedWebinarPanelists>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for AddWebinarPanelists {
    type Answer = crate::runtime::Json<types::AddedWebinarPanelists>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&ADD_WEBINAR_PANELISTS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&ADD_WEBINAR_PANELISTS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_webinar_panelists`].
pub static DELETE_WEBINAR_PANELISTS: OperationInfo = OperationInfo::new(
    "deleteWebinarPanelists",
    Method::DELETE,
    "/webinars/{webinarId}/panelists",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:delete:panelist",
        "webinar:delete:panelist:admin",
    ],
);

impl Client {
    /// Remove panelists
    ///
    /// Removes every panelist from a webinar.
    ///
    /// - Request: `DELETE /webinars/{webinarId}/panelists` (operation `deleteWebinarPanelists`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:delete:panelist`, `webinar:delete:panelist:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn delete_webinar_panelists(&self, webinar_id: i64) -> DeleteWebinarPanelists {
        DeleteWebinarPanelists {
            client: self.clone(),
            webinar_id,
        }
    }
}

/// Request builder of [`Client::delete_webinar_panelists`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWebinarPanelists {
    client: Client,
    webinar_id: i64,
}

impl DeleteWebinarPanelists {
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

impl crate::runtime::Operation for DeleteWebinarPanelists {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_WEBINAR_PANELISTS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_webinar_panelist`].
pub static DELETE_WEBINAR_PANELIST: OperationInfo = OperationInfo::new(
    "deleteWebinarPanelist",
    Method::DELETE,
    "/webinars/{webinarId}/panelists/{panelistId}",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:delete:panelist",
        "webinar:delete:panelist:admin",
    ],
);

impl Client {
    /// Remove a panelist
    ///
    /// Removes one panelist from a webinar; List panelists gives their IDs.
    ///
    /// - Request: `DELETE /webinars/{webinarId}/panelists/{panelistId}` (operation `deleteWebinarPanelist`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:delete:panelist`, `webinar:delete:panelist:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `panelist_id`: Panelist ID or email address.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `404` code `1001`: The user does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn delete_webinar_panelist(
        &self,
        webinar_id: i64,
        panelist_id: impl Into<String>,
    ) -> DeleteWebinarPanelist {
        DeleteWebinarPanelist {
            client: self.clone(),
            webinar_id,
            panelist_id: panelist_id.into(),
        }
    }
}

/// Request builder of [`Client::delete_webinar_panelist`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWebinarPanelist {
    client: Client,
    webinar_id: i64,
    panelist_id: String,
}

impl DeleteWebinarPanelist {
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

impl crate::runtime::Operation for DeleteWebinarPanelist {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_WEBINAR_PANELIST)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .path("panelistId", "panelist_id", &self.panelist_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_webinar_polls`].
pub static LIST_WEBINAR_POLLS: OperationInfo = OperationInfo::new(
    "listWebinarPolls",
    Method::GET,
    "/webinars/{webinarId}/polls",
    RateLimitCategory::Light,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_polls",
        "webinar:read:list_polls:admin",
    ],
);

impl Client {
    /// List a webinar's polls
    ///
    /// Returns every poll of a webinar, with its questions.
    ///
    /// - Request: `GET /webinars/{webinarId}/polls` (operation `listWebinarPolls`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_polls`, `webinar:read:list_polls:admin`
    /// - Rate limit: Light
    /// - Optional: [`anonymous`](ListWebinarPolls::anonymous)
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `4400`: Webinar polls and quizzes are turned off in the settings.
    /// - `404` code `3001`: The webinar does not exist.
    pub fn list_webinar_polls(&self, webinar_id: i64) -> ListWebinarPolls {
        ListWebinarPolls {
            client: self.clone(),
            webinar_id,
            anonymous: None,
        }
    }
}

/// Request builder of [`Client::list_webinar_polls`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWebinarPolls {
    client: Client,
    webinar_id: i64,
    anonymous: Option<bool>,
}

impl ListWebinarPolls {
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

impl crate::runtime::Operation for ListWebinarPolls {
    type Answer = crate::runtime::Json<types::PollList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_WEBINAR_POLLS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .query("anonymous", self.anonymous.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::create_webinar_poll`].
pub static CREATE_WEBINAR_POLL: OperationInfo = OperationInfo::new(
    "createWebinarPoll",
    Method::POST,
    "/webinars/{webinarId}/polls",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:write:poll",
        "webinar:write:poll:admin",
    ],
);

impl Client {
    /// Create a webinar's poll
    ///
    /// Adds a poll or quiz to a webinar; advanced polls and quizzes must be enabled for the account.
    ///
    /// - Request: `POST /webinars/{webinarId}/polls` (operation `createWebinarPoll`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:write:poll`, `webinar:write:poll:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`Poll`](types::Poll).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `4400`: Webinar polls and quizzes are turned off in the settings.
    /// - `404` code `3001`: The webinar does not exist.
    pub fn create_webinar_poll(
        &self,
        webinar_id: i64,
        body: types::Poll,
    ) -> CreateWebinarPoll {
        CreateWebinarPoll {
            client: self.clone(),
            webinar_id,
            body,
        }
    }
}

/// Request builder of [`Client::create_webinar_poll`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateWebinarPoll {
    client: Client,
    webinar_id: i64,
    body: types::Poll,
}

impl CreateWebinarPoll {
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

impl crate::runtime::Operation for CreateWebinarPoll {
    type Answer = crate::runtime::Json<types::PollDetail>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&CREATE_WEBINAR_POLL);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&CREATE_WEBINAR_POLL)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_webinar_poll`].
pub static GET_WEBINAR_POLL: OperationInfo = OperationInfo::new(
    "getWebinarPoll",
    Method::GET,
    "/webinars/{webinarId}/polls/{pollId}",
    RateLimitCategory::Light,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:poll",
        "webinar:read:poll:admin",
    ],
);

impl Client {
    /// Get a webinar poll
    ///
    /// Returns one poll of a webinar with its questions.
    ///
    /// - Request: `GET /webinars/{webinarId}/polls/{pollId}` (operation `getWebinarPoll`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:poll`, `webinar:read:poll:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `poll_id`: Poll ID.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `4400`: Webinar polls and quizzes are turned off in the settings.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn get_webinar_poll(
        &self,
        webinar_id: i64,
        poll_id: impl Into<String>,
    ) -> GetWebinarPoll {
        GetWebinarPoll {
            client: self.clone(),
            webinar_id,
            poll_id: poll_id.into(),
        }
    }
}

/// Request builder of [`Client::get_webinar_poll`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWebinarPoll {
    client: Client,
    webinar_id: i64,
    poll_id: String,
}

impl GetWebinarPoll {
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

impl crate::runtime::Operation for GetWebinarPoll {
    type Answer = crate::runtime::Json<types::PollDetail>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_WEBINAR_POLL)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .path("pollId", "poll_id", &self.poll_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_webinar_poll`].
pub static UPDATE_WEBINAR_POLL: OperationInfo = OperationInfo::new(
    "updateWebinarPoll",
    Method::PUT,
    "/webinars/{webinarId}/polls/{pollId}",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:update:poll",
        "webinar:update:poll:admin",
    ],
);

impl Client {
    /// Update a webinar poll
    ///
    /// Replaces the title, type and questions of a webinar poll.
    ///
    /// - Request: `PUT /webinars/{webinarId}/polls/{pollId}` (operation `updateWebinarPoll`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:update:poll`, `webinar:update:poll:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `poll_id`: Poll ID.
    /// - `body`: The request body, a [`Poll`](types::Poll).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `4400`: Webinar polls and quizzes are turned off in the settings.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn update_webinar_poll(
        &self,
        webinar_id: i64,
        poll_id: impl Into<String>,
        body: types::Poll,
    ) -> UpdateWebinarPoll {
        UpdateWebinarPoll {
            client: self.clone(),
            webinar_id,
            poll_id: poll_id.into(),
            body,
        }
    }
}

/// Request builder of [`Client::update_webinar_poll`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateWebinarPoll {
    client: Client,
    webinar_id: i64,
    poll_id: String,
    body: types::Poll,
}

impl UpdateWebinarPoll {
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

impl crate::runtime::Operation for UpdateWebinarPoll {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_WEBINAR_POLL);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_WEBINAR_POLL)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .path("pollId", "poll_id", &self.poll_id);
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_webinar_poll`].
pub static DELETE_WEBINAR_POLL: OperationInfo = OperationInfo::new(
    "deleteWebinarPoll",
    Method::DELETE,
    "/webinars/{webinarId}/polls/{pollId}",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:delete:poll",
        "webinar:delete:poll:admin",
    ],
);

impl Client {
    /// Delete a webinar poll
    ///
    /// Removes a poll from a webinar. Polls of the survey library cannot be removed here.
    ///
    /// - Request: `DELETE /webinars/{webinarId}/polls/{pollId}` (operation `deleteWebinarPoll`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:delete:poll`, `webinar:delete:poll:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `poll_id`: Poll ID.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `4400`: Webinar polls are turned off, the poll ID is invalid, or the poll belongs to the survey library.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn delete_webinar_poll(
        &self,
        webinar_id: i64,
        poll_id: impl Into<String>,
    ) -> DeleteWebinarPoll {
        DeleteWebinarPoll {
            client: self.clone(),
            webinar_id,
            poll_id: poll_id.into(),
        }
    }
}

/// Request builder of [`Client::delete_webinar_poll`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWebinarPoll {
    client: Client,
    webinar_id: i64,
    poll_id: String,
}

impl DeleteWebinarPoll {
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

impl crate::runtime::Operation for DeleteWebinarPoll {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_WEBINAR_POLL)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .path("pollId", "poll_id", &self.poll_id);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_webinar_registrants`].
pub static LIST_WEBINAR_REGISTRANTS: OperationInfo = OperationInfo::new(
    "listWebinarRegistrants",
    Method::GET,
    "/webinars/{webinarId}/registrants",
    RateLimitCategory::Medium,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_registrants",
        "webinar:read:list_registrants:admin",
    ],
);

impl Client {
    /// List webinar registrants
    ///
    /// Returns one page of the people who registered for a webinar that requires registration.
    ///
    /// - Request: `GET /webinars/{webinarId}/registrants` (operation `listWebinarRegistrants`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_registrants`, `webinar:read:list_registrants:admin`
    /// - Rate limit: Medium
    /// - Optional: [`occurrence_id`](ListWebinarRegistrants::occurrence_id), [`status`](ListWebinarRegistrants::status), [`tracking_source_id`](ListWebinarRegistrants::tracking_source_id), [`page_size`](ListWebinarRegistrants::page_size), [`page_number`](ListWebinarRegistrants::page_number), [`next_page_token`](ListWebinarRegistrants::next_page_token)
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn list_webinar_registrants(&self, webinar_id: i64) -> ListWebinarRegistrants {
        ListWebinarRegistrants {
            client: self.clone(),
            webinar_id,
            occurrence_id: None,
            status: None,
            tracking_source_id: None,
            page_size: None,
            page_number: None,
            next_page_token: None,
        }
    }
}

/// Request builder of [`Client::list_webinar_registrants`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWebinarRegistrants {
    client: Client,
    webinar_id: i64,
    occurrence_id: Option<String>,
    status: Option<types::RegistrantStatus>,
    tracking_source_id: Option<String>,
    page_size: Option<i64>,
    page_number: Option<i64>,
    next_page_token: Option<String>,
}

impl ListWebinarRegistrants {
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

    /// Only list registrants who came through this tracking source (see Get webinar tracking sources).
    pub fn tracking_source_id(mut self, value: impl Into<String>) -> Self {
        self.tracking_source_id = Some(value.into());
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

impl crate::runtime::Operation for ListWebinarRegistrants {
    type Answer = crate::runtime::Json<types::RegistrantList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&LIST_WEBINAR_REGISTRANTS);
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
        let request = Request::new(&LIST_WEBINAR_REGISTRANTS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .query("occurrence_id", self.occurrence_id.as_ref())
            .query("status", self.status.as_ref())
            .query("tracking_source_id", self.tracking_source_id.as_ref())
            .query("page_size", self.page_size.as_ref())
            .query("page_number", self.page_number.as_ref())
            .query("next_page_token", self.next_page_token.as_ref());
        Ok((self.client, request))
    }
}

impl crate::runtime::Paginated for ListWebinarRegistrants {
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

/// Metadata of [`Client::add_webinar_registrant`].
pub static ADD_WEBINAR_REGISTRANT: OperationInfo = OperationInfo::new(
    "addWebinarRegistrant",
    Method::POST,
    "/webinars/{webinarId}/registrants",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:write:registrant",
        "webinar:write:registrant:admin",
    ],
);

impl Client {
    /// Add a webinar registrant
    ///
    /// Registers someone for a webinar that requires registration. The REST API cannot register for webinars with paid registration, and the host cannot register.
    ///
    /// - Request: `POST /webinars/{webinarId}/registrants` (operation `addWebinarRegistrant`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:write:registrant`, `webinar:write:registrant:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_ids`](AddWebinarRegistrant::occurrence_ids)
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`AddWebinarRegistrantRequest`](types::AddWebinarRegistrantRequest).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID, occurrence_ids or the name is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The webinar does not use registration, uses paid registration or reached the most attendees it may take, or the person is already invited as a panelist.
    /// - `400` code `3027`: The host cannot register.
    /// - `400` code `3034`: An invited person must register with their work email address.
    /// - `400` code `3038`: The webinar is over; nobody can register any more.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn add_webinar_registrant(
        &self,
        webinar_id: i64,
        body: types::AddWebinarRegistrantRequest,
    ) -> AddWebinarRegistrant {
        AddWebinarRegistrant {
            client: self.clone(),
            webinar_id,
            occurrence_ids: None,
            body,
        }
    }
}

/// Request builder of [`Client::add_webinar_registrant`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddWebinarRegistrant {
    client: Client,
    webinar_id: i64,
    occurrence_ids: Option<String>,
    body: types::AddWebinarRegistrantRequest,
}

impl AddWebinarRegistrant {
    /// Comma-separated occurrences to register for, as listed by Get a webinar; several need registration type 3.
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

impl crate::runtime::Operation for AddWebinarRegistrant {
    type Answer = crate::runtime::Json<types::AddedRegistrant>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&ADD_WEBINAR_REGISTRANT);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&ADD_WEBINAR_REGISTRANT)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .query("occurrence_ids", self.occurrence_ids.as_ref());
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_webinar_registration_questions`].
pub static LIST_WEBINAR_REGISTRATION_QUESTIONS: OperationInfo = OperationInfo::new(
    "listWebinarRegistrationQuestions",
    Method::GET,
    "/webinars/{webinarId}/registrants/questions",
    RateLimitCategory::Light,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_registration_questions",
        "webinar:read:list_registration_questions:admin",
    ],
);

impl Client {
    /// List registration questions
    ///
    /// Returns the fields and custom questions of the registration form of a webinar.
    ///
    /// - Request: `GET /webinars/{webinarId}/registrants/questions` (operation `listWebinarRegistrationQuestions`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_registration_questions`, `webinar:read:list_registration_questions:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: The host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `3000`: The webinar does not use registration.
    /// - `404` code `3001`: The webinar does not exist.
    pub fn list_webinar_registration_questions(
        &self,
        webinar_id: i64,
    ) -> ListWebinarRegistrationQuestions {
        ListWebinarRegistrationQuestions {
            client: self.clone(),
            webinar_id,
        }
    }
}

/// Request builder of [`Client::list_webinar_registration_questions`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWebinarRegistrationQuestions {
    client: Client,
    webinar_id: i64,
}

impl ListWebinarRegistrationQuestions {
    /// Sends the request; `.await` gives Zoom's answer as a [`WebinarRegistrationQuestions`](types::WebinarRegistrationQuestions).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::Json<types::WebinarRegistrationQuestions>,
    > {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<
            crate::runtime::Json<types::WebinarRegistrationQuestions>,
        >,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListWebinarRegistrationQuestions {
    type Answer = crate::runtime::Json<types::WebinarRegistrationQuestions>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_WEBINAR_REGISTRATION_QUESTIONS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_webinar_registration_questions`].
pub static UPDATE_WEBINAR_REGISTRATION_QUESTIONS: OperationInfo = OperationInfo::new(
    "updateWebinarRegistrationQuestions",
    Method::PATCH,
    "/webinars/{webinarId}/registrants/questions",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:update:registration_question",
        "webinar:update:registration_question:admin",
    ],
);

impl Client {
    /// Update registration questions
    ///
    /// Sets the fields and custom questions of the registration form of a scheduled webinar that requires registration.
    ///
    /// - Request: `PATCH /webinars/{webinarId}/registrants/questions` (operation `updateWebinarRegistrationQuestions`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:update:registration_question`, `webinar:update:registration_question:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`WebinarRegistrationQuestions`](types::WebinarRegistrationQuestions).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `3000`: The webinar does not use registration.
    /// - `404` code `3001`: The webinar does not exist.
    pub fn update_webinar_registration_questions(
        &self,
        webinar_id: i64,
        body: types::WebinarRegistrationQuestions,
    ) -> UpdateWebinarRegistrationQuestions {
        UpdateWebinarRegistrationQuestions {
            client: self.clone(),
            webinar_id,
            body,
        }
    }
}

/// Request builder of [`Client::update_webinar_registration_questions`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateWebinarRegistrationQuestions {
    client: Client,
    webinar_id: i64,
    body: types::WebinarRegistrationQuestions,
}

impl UpdateWebinarRegistrationQuestions {
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

impl crate::runtime::Operation for UpdateWebinarRegistrationQuestions {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&UPDATE_WEBINAR_REGISTRATION_QUESTIONS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_webinar_registrant_status`].
pub static UPDATE_WEBINAR_REGISTRANT_STATUS: OperationInfo = OperationInfo::new(
    "updateWebinarRegistrantStatus",
    Method::PUT,
    "/webinars/{webinarId}/registrants/status",
    RateLimitCategory::Medium,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:update:registrant_status",
        "webinar:update:registrant_status:admin",
    ],
);

impl Client {
    /// Update registrant's status
    ///
    /// Approves, denies or cancels registrations of a webinar. Zoom also limits how often one registrant can be changed per day.
    ///
    /// - Request: `PUT /webinars/{webinarId}/registrants/status` (operation `updateWebinarRegistrantStatus`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:update:registrant_status`, `webinar:update:registrant_status:admin`
    /// - Rate limit: Medium
    /// - Optional: [`occurrence_id`](UpdateWebinarRegistrantStatus::occurrence_id)
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`RegistrantStatusUpdate`](types::RegistrantStatusUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid, or the webinar does not use registration.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3035`: The webinar is full.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn update_webinar_registrant_status(
        &self,
        webinar_id: i64,
        body: types::RegistrantStatusUpdate,
    ) -> UpdateWebinarRegistrantStatus {
        UpdateWebinarRegistrantStatus {
            client: self.clone(),
            webinar_id,
            occurrence_id: None,
            body,
        }
    }
}

/// Request builder of [`Client::update_webinar_registrant_status`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateWebinarRegistrantStatus {
    client: Client,
    webinar_id: i64,
    occurrence_id: Option<String>,
    body: types::RegistrantStatusUpdate,
}

impl UpdateWebinarRegistrantStatus {
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

impl crate::runtime::Operation for UpdateWebinarRegistrantStatus {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut v = crate::runtime::Validator::new(&UPDATE_WEBINAR_REGISTRANT_STATUS);
        v.root(&self.body);
        v.finish()?;
        let request = Request::new(&UPDATE_WEBINAR_REGISTRANT_STATUS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .query("occurrence_id", self.occurrence_id.as_ref());
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::get_webinar_registrant`].
pub static GET_WEBINAR_REGISTRANT: OperationInfo = OperationInfo::new(
    "getWebinarRegistrant",
    Method::GET,
    "/webinars/{webinarId}/registrants/{registrantId}",
    RateLimitCategory::Light,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:registrant",
        "webinar:read:registrant:admin",
    ],
);

impl Client {
    /// Get a webinar registrant
    ///
    /// Returns what one registrant of a webinar filled in, and where their registration stands.
    ///
    /// - Request: `GET /webinars/{webinarId}/registrants/{registrantId}` (operation `getWebinarRegistrant`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:registrant`, `webinar:read:registrant:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_id`](GetWebinarRegistrant::occurrence_id)
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `registrant_id`: Registrant ID.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3000`: The webinar does not use registration.
    /// - `400` code `3079`: The registrant does not exist.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn get_webinar_registrant(
        &self,
        webinar_id: i64,
        registrant_id: impl Into<String>,
    ) -> GetWebinarRegistrant {
        GetWebinarRegistrant {
            client: self.clone(),
            webinar_id,
            registrant_id: registrant_id.into(),
            occurrence_id: None,
        }
    }
}

/// Request builder of [`Client::get_webinar_registrant`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWebinarRegistrant {
    client: Client,
    webinar_id: i64,
    registrant_id: String,
    occurrence_id: Option<String>,
}

impl GetWebinarRegistrant {
    /// Occurrence the registration belongs to.
    pub fn occurrence_id(mut self, value: impl Into<String>) -> Self {
        self.occurrence_id = Some(value.into());
        self
    }

    /// Sends the request; `.await` gives Zoom's answer as a [`WebinarRegistrant`](types::WebinarRegistrant).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<crate::runtime::Json<types::WebinarRegistrant>> {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<crate::runtime::Json<types::WebinarRegistrant>>,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for GetWebinarRegistrant {
    type Answer = crate::runtime::Json<types::WebinarRegistrant>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&GET_WEBINAR_REGISTRANT)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .path("registrantId", "registrant_id", &self.registrant_id)
            .query("occurrence_id", self.occurrence_id.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::delete_webinar_registrant`].
pub static DELETE_WEBINAR_REGISTRANT: OperationInfo = OperationInfo::new(
    "deleteWebinarRegistrant",
    Method::DELETE,
    "/webinars/{webinarId}/registrants/{registrantId}",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:delete:registrant",
        "webinar:delete:registrant:admin",
    ],
);

impl Client {
    /// Delete a webinar registrant
    ///
    /// Removes a registration. For recurring webinars whose registration is per occurrence, name the occurrence.
    ///
    /// - Request: `DELETE /webinars/{webinarId}/registrants/{registrantId}` (operation `deleteWebinarRegistrant`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:delete:registrant`, `webinar:delete:registrant:admin`
    /// - Rate limit: Light
    /// - Optional: [`occurrence_id`](DeleteWebinarRegistrant::occurrence_id)
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `registrant_id`: Registrant ID.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The registrant ID or the webinar ID is invalid.
    /// - `400` code `404`: The webinar does not use registration (older answers).
    /// - `400` code `3000`: The webinar does not use registration, or the registrant was not found.
    /// - `400` code `3001`: The webinar does not exist (older answers).
    /// - `404` code `3001`: The webinar does not exist.
    pub fn delete_webinar_registrant(
        &self,
        webinar_id: i64,
        registrant_id: impl Into<String>,
    ) -> DeleteWebinarRegistrant {
        DeleteWebinarRegistrant {
            client: self.clone(),
            webinar_id,
            registrant_id: registrant_id.into(),
            occurrence_id: None,
        }
    }
}

/// Request builder of [`Client::delete_webinar_registrant`]: set optional values, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWebinarRegistrant {
    client: Client,
    webinar_id: i64,
    registrant_id: String,
    occurrence_id: Option<String>,
}

impl DeleteWebinarRegistrant {
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

impl crate::runtime::Operation for DeleteWebinarRegistrant {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&DELETE_WEBINAR_REGISTRANT)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            )
            .path("registrantId", "registrant_id", &self.registrant_id)
            .query("occurrence_id", self.occurrence_id.as_ref());
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::update_webinar_status`].
pub static UPDATE_WEBINAR_STATUS: OperationInfo = OperationInfo::new(
    "updateWebinarStatus",
    Method::PUT,
    "/webinars/{webinarId}/status",
    RateLimitCategory::Light,
    &[
        "webinar:write:admin",
        "webinar:write",
        "webinar:update:status",
        "webinar:update:status:admin",
    ],
);

impl Client {
    /// Update webinar status
    ///
    /// Ends a running webinar. The account needs a webinar plan.
    ///
    /// - Request: `PUT /webinars/{webinarId}/status` (operation `updateWebinarStatus`)
    /// - Scopes (any one): `webinar:write:admin`, `webinar:write`, `webinar:update:status`, `webinar:update:status:admin`
    /// - Rate limit: Light
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    /// - `body`: The request body, a [`WebinarStatusUpdate`](types::WebinarStatusUpdate).
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `400` code `1010`: The user does not belong to this account.
    /// - `400` code `3003`: The caller is not the webinar host.
    /// - `400` code `3063`: Webinars of on-premise users cannot be ended here.
    /// - `404` code `1001`: The host does not exist or is outside the account.
    /// - `404` code `3001`: The webinar does not exist or has expired.
    pub fn update_webinar_status(
        &self,
        webinar_id: i64,
        body: types::WebinarStatusUpdate,
    ) -> UpdateWebinarStatus {
        UpdateWebinarStatus {
            client: self.clone(),
            webinar_id,
            body,
        }
    }
}

/// Request builder of [`Client::update_webinar_status`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateWebinarStatus {
    client: Client,
    webinar_id: i64,
    body: types::WebinarStatusUpdate,
}

impl UpdateWebinarStatus {
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

impl crate::runtime::Operation for UpdateWebinarStatus {
    type Answer = crate::runtime::Empty;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&UPDATE_WEBINAR_STATUS)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        let request = request.json(&self.body);
        Ok((self.client, request))
    }
}

/// Metadata of [`Client::list_webinar_tracking_sources`].
pub static LIST_WEBINAR_TRACKING_SOURCES: OperationInfo = OperationInfo::new(
    "listWebinarTrackingSources",
    Method::GET,
    "/webinars/{webinarId}/tracking_sources",
    RateLimitCategory::Medium,
    &[
        "webinar:read:admin",
        "webinar:read",
        "webinar:read:list_tracking_sources",
        "webinar:read:list_tracking_sources:admin",
    ],
);

impl Client {
    /// Get webinar tracking sources
    ///
    /// Returns the tracking links of a webinar's registration page, with how many visitors and registrations each brought. The webinar must require registration.
    ///
    /// - Request: `GET /webinars/{webinarId}/tracking_sources` (operation `listWebinarTrackingSources`)
    /// - Scopes (any one): `webinar:read:admin`, `webinar:read`, `webinar:read:list_tracking_sources`, `webinar:read:list_tracking_sources:admin`
    /// - Rate limit: Medium
    ///
    /// # Arguments
    ///
    /// - `webinar_id`: Webinar ID (the webinar number); it can be longer than 10 digits.
    ///
    /// # Errors
    ///
    /// Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it.
    ///
    /// Zoom documents these answers:
    ///
    /// - `400` code `200`: No permission, or the host has no webinar plan.
    /// - `400` code `300`: The webinar ID is invalid.
    /// - `404` code `3001`: The webinar does not exist.
    pub fn list_webinar_tracking_sources(
        &self,
        webinar_id: i64,
    ) -> ListWebinarTrackingSources {
        ListWebinarTrackingSources {
            client: self.clone(),
            webinar_id,
        }
    }
}

/// Request builder of [`Client::list_webinar_tracking_sources`]: call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWebinarTrackingSources {
    client: Client,
    webinar_id: i64,
}

impl ListWebinarTrackingSources {
    /// Sends the request; `.await` gives Zoom's answer as a [`WebinarTrackingSourceList`](types::WebinarTrackingSourceList).
    pub fn send(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::Json<types::WebinarTrackingSourceList>,
    > {
        crate::runtime::send(self)
    }

    /// Like [`send`](Self::send), and also returns the status, headers and
    /// rate-limit information of Zoom's answer.
    pub fn send_with_response(
        self,
    ) -> crate::runtime::Pending<
        crate::runtime::WithResponse<
            crate::runtime::Json<types::WebinarTrackingSourceList>,
        >,
    > {
        crate::runtime::send_with_response(self)
    }
}

impl crate::runtime::Operation for ListWebinarTrackingSources {
    type Answer = crate::runtime::Json<types::WebinarTrackingSourceList>;
    fn into_request(self) -> Result<(Client, Request), Error> {
        let request = Request::new(&LIST_WEBINAR_TRACKING_SOURCES)
            .path(
                "webinarId",
                "webinar_id",
                &crate::runtime::QueryValue::to_query(&self.webinar_id),
            );
        Ok((self.client, request))
    }
}
