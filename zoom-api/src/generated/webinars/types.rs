// @generated from spec/webinars.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Request and response types of the `webinars` group, generated from its schemas.
#![allow(deprecated)]
use super::super::common::types::{
    ApprovalType, AudioOption, AutoRecordingOption, GlobalDialInNumber,
    LanguageInterpretation, Occurrence, Recurrence, RegistrantCustomQuestion,
    RegistrantEmployeeCount, RegistrantLanguage, RegistrantPurchaseRole,
    RegistrantPurchasingTimeFrame, RegistrantStatus, RegistrationQuestion,
    RegistrationType, SignLanguageInterpretation, TrackingField,
};

/// People to register in one request.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddWebinarBatchRegistrantsRequest {
    /// Approve these registrants at once although the webinar uses manual approval (approval_type 1); it cannot change a webinar with automatic approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_approve: Option<bool>,
    /// The `registrants` field.
    ///
    /// 1 to 30 items.
    pub registrants: Vec<WebinarBatchRegistrant>,
}

impl AddWebinarBatchRegistrantsRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(registrants: Vec<WebinarBatchRegistrant>) -> Self {
        Self {
            auto_approve: None,
            registrants,
        }
    }
}

impl crate::runtime::Check for AddWebinarBatchRegistrantsRequest {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "registrants",
            &self.registrants,
            &crate::runtime::Rules {
                min_items: Some(1),
                max_items: Some(30),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Panelists to invite.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddWebinarPanelistsRequest {
    /// The `panelists` field.
    ///
    /// 1 to 30 items.
    pub panelists: Vec<WebinarPanelist>,
}

impl AddWebinarPanelistsRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(panelists: Vec<WebinarPanelist>) -> Self {
        Self { panelists }
    }
}

impl crate::runtime::Check for AddWebinarPanelistsRequest {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "panelists",
            &self.panelists,
            &crate::runtime::Rules {
                min_items: Some(1),
                max_items: Some(30),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A registration for a webinar.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddWebinarRegistrantRequest {
    /// The `email` field.
    ///
    /// At most 128 characters. Format: `email`.
    pub email: String,
    /// The `first_name` field.
    ///
    /// At most 64 characters.
    pub first_name: String,
    /// The `last_name` field.
    ///
    /// At most 64 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `address` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The `city` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State or province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// ZIP or postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// Two-letter country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The `phone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Questions or remarks of the registrant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Answers to the host's own questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_questions: Option<Vec<RegistrantCustomQuestion>>,
    /// The `industry` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    /// The `job_title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// Size of the registrant's organisation; empty when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_of_employees: Option<RegistrantEmployeeCount>,
    /// Organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// When the registrant plans to buy; empty when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchasing_time_frame: Option<RegistrantPurchasingTimeFrame>,
    /// The registrant's part in buying decisions; empty when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_in_purchase_process: Option<RegistrantPurchaseRole>,
    /// Language of the emails a registrant receives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<RegistrantLanguage>,
    /// Tracking source the registrant came through (see Get webinar tracking sources).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
}

impl AddWebinarRegistrantRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>, first_name: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            first_name: first_name.into(),
            last_name: None,
            address: None,
            city: None,
            state: None,
            zip: None,
            country: None,
            phone: None,
            comments: None,
            custom_questions: None,
            industry: None,
            job_title: None,
            no_of_employees: None,
            org: None,
            purchasing_time_frame: None,
            role_in_purchase_process: None,
            language: None,
            source_id: None,
        }
    }
}

impl crate::runtime::Check for AddWebinarRegistrantRequest {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                max_length: Some(128),
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "first_name",
            &self.first_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "last_name",
            &self.last_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "custom_questions",
            &self.custom_questions,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// Confirmation that panelists were added.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddedWebinarPanelists {
    /// Webinar ID, sent as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When the panelists were added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl crate::runtime::Check for AddedWebinarPanelists {}
/// A webinar to schedule. Recurrence applies to type 9 only.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateWebinarRequest {
    /// The `topic` field.
    ///
    /// At most 200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Kind of webinar.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<WebinarType>,
    /// Start of a scheduled or fixed-time recurring webinar: UTC with a `Z`, or local time without one, read in `timezone`.
    ///
    /// Matches `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<crate::ZoomDateTime>,
    /// Planned length in minutes (scheduled webinars).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// Time zone of start_time, such as `Europe/Berlin`; the account's time zone when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `agenda` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<String>,
    /// Passcode; it must meet the account's passcode rules.
    ///
    /// At most 10 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Generate a passcode when none is given and the user's passcode setting is on.
    ///
    /// Zoom assumes `true` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_passcode: Option<bool>,
    /// Email address or ID of the user the webinar is scheduled for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_for: Option<String>,
    /// Webinar template to schedule with (see List webinar templates); userId must then be the host's ID, not an email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// Settings of one webinar. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings. Several settings do not apply to simulive webinars.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<WebinarSettings>,
    /// Play a recording as if it were live (simulive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_simulive: Option<bool>,
    /// ID of the recording a simulive webinar plays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_file_id: Option<String>,
    /// Turn a simulive webinar into a live one, which needs the host in the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transition_to_live: Option<bool>,
    /// A delay before a simulive webinar starts playing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub simulive_delay_start: Option<SimuliveDelayStart>,
}

impl crate::runtime::Check for CreateWebinarRequest {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "topic",
            &self.topic,
            &crate::runtime::Rules {
                max_length: Some(200),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "password",
            &self.password,
            &crate::runtime::Rules {
                max_length: Some(10),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field("recurrence", &self.recurrence, &crate::runtime::Rules::NONE);
        v.field("settings", &self.settings, &crate::runtime::Rules::NONE);
        v.field(
            "simulive_delay_start",
            &self.simulive_delay_start,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// A panelist as Zoom lists them.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListedWebinarPanelist {
    /// Full name; at most 12 Chinese characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: String,
    /// Virtual background the panelist gets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub virtual_background_id: Option<String>,
    /// Name tag the panelist gets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_tag_id: Option<String>,
    /// Name shown on the name tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_tag_name: Option<String>,
    /// Pronouns shown on the name tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_tag_pronouns: Option<String>,
    /// Line shown under the name, such as a job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_tag_description: Option<String>,
    /// Panelist ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The panelist's own join link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
}

impl ListedWebinarPanelist {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>) -> Self {
        Self {
            name: None,
            email: email.into(),
            virtual_background_id: None,
            name_tag_id: None,
            name_tag_name: None,
            name_tag_pronouns: None,
            name_tag_description: None,
            id: None,
            join_url: None,
        }
    }
}

impl crate::runtime::Check for ListedWebinarPanelist {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The ended instances of a webinar.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PastWebinarInstances {
    /// The `webinars` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webinars: Option<Vec<PastWebinarInstancesWebinarsItem>>,
}

impl crate::runtime::Check for PastWebinarInstances {}
/// The `PastWebinarInstancesWebinarsItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PastWebinarInstancesWebinarsItem {
    /// UUID of the instance; encode it twice in paths when it starts with `/` or contains `//`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
}

impl crate::runtime::Check for PastWebinarInstancesWebinarsItem {}
/// One stay of an attendee; rejoining gives a new entry.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PastWebinarParticipant {
    /// The user's ID when they signed in; empty otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of this stay, valid within the webinar only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address; empty for people outside the host's account, with some exceptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_email: Option<String>,
    /// The `registrant_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrant_id: Option<String>,
    /// The `join_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `leave_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Seconds between join_time and leave_time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// Whether the attendee was failed over to another server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failover: Option<bool>,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PastWebinarParticipantStatus>,
    /// Whether the attendee belongs to the account.
    ///
    /// Zoom assumes `false` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_user: Option<bool>,
}

impl crate::runtime::Check for PastWebinarParticipant {}
/// One page of the attendees of an ended webinar.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PastWebinarParticipantList {
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The `page_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_count: Option<i64>,
    /// The `page_size` field.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// The `total_records` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_records: Option<i64>,
    /// The `participants` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<PastWebinarParticipant>>,
}

impl crate::runtime::Check for PastWebinarParticipantList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The `PastWebinarParticipantStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PastWebinarParticipantStatus {
    /// `in_meeting`: In the webinar.
    InMeeting,
    /// `in_waiting_room`: In the waiting room.
    InWaitingRoom,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl PastWebinarParticipantStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InMeeting => "in_meeting",
            Self::InWaitingRoom => "in_waiting_room",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PastWebinarParticipantStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_meeting" => Self::InMeeting,
            "in_waiting_room" => Self::InWaitingRoom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(PastWebinarParticipantStatus);

impl crate::runtime::Check for PastWebinarParticipantStatus {}
/// The Q&A of an ended webinar.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PastWebinarQa {
    /// Webinar ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// UUID of the instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// One entry per person who asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<PastWebinarQaAsker>>,
}

impl crate::runtime::Check for PastWebinarQa {}
/// The questions of one attendee.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PastWebinarQaAsker {
    /// Display name; `Anonymous Attendee` for anonymous questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address; empty for people outside the host's account, with some exceptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `question_details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_details: Option<Vec<PastWebinarQaAskerQuestionDetailsItem>>,
}

impl crate::runtime::Check for PastWebinarQaAsker {}
/// The `PastWebinarQaAskerQuestionDetailsItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PastWebinarQaAskerQuestionDetailsItem {
    /// The `question` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The written answer, or `live answered` when it was answered aloud.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
}

impl crate::runtime::Check for PastWebinarQaAskerQuestionDetailsItem {}
/// A delay before a simulive webinar starts playing.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SimuliveDelayStart {
    /// The `enable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// Length of the delay, 1 to 60 seconds or 1 to 10 minutes.
    ///
    /// From 1 to 60.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Unit of a simulive delay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeunit: Option<SimuliveDelayUnit>,
}

impl crate::runtime::Check for SimuliveDelayStart {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "time",
            &self.time,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(60.0),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Unit of a simulive delay.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SimuliveDelayUnit {
    /// `second`: The time is in seconds.
    Second,
    /// `minute`: The time is in minutes.
    Minute,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl SimuliveDelayUnit {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Second => "second",
            Self::Minute => "minute",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SimuliveDelayUnit {
    fn from(value: &str) -> Self {
        match value {
            "second" => Self::Second,
            "minute" => Self::Minute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(SimuliveDelayUnit);

impl crate::runtime::Check for SimuliveDelayUnit {}
/// Changes to a webinar; absent fields keep their value.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateWebinarRequest {
    /// The `topic` field.
    ///
    /// At most 200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Kind of webinar.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<WebinarType>,
    /// New start, UTC with a `Z` or local time read in `timezone` (scheduled and fixed-time recurring webinars).
    ///
    /// Matches `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<crate::ZoomDateTime>,
    /// Planned length in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `agenda` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<String>,
    /// The `password` field.
    ///
    /// At most 10 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Email address or ID of the user the webinar is scheduled for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_for: Option<String>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// Settings of one webinar. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings. Several settings do not apply to simulive webinars.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<WebinarSettings>,
    /// Play a recording as if it were live (simulive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_simulive: Option<bool>,
    /// ID of the recording a simulive webinar plays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_file_id: Option<String>,
    /// Turn a simulive webinar into a live one, which needs the host in the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transition_to_live: Option<bool>,
    /// A delay before a simulive webinar starts playing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub simulive_delay_start: Option<SimuliveDelayStart>,
}

impl crate::runtime::Check for UpdateWebinarRequest {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "topic",
            &self.topic,
            &crate::runtime::Rules {
                max_length: Some(200),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "password",
            &self.password,
            &crate::runtime::Rules {
                max_length: Some(10),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field("recurrence", &self.recurrence, &crate::runtime::Rules::NONE);
        v.field("settings", &self.settings, &crate::runtime::Rules::NONE);
        v.field(
            "simulive_delay_start",
            &self.simulive_delay_start,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// A webinar as Zoom returns it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Webinar {
    /// Webinar ID, also called the webinar number; it can be longer than 10 digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// UUID of the current instance; every instance of a webinar gets a new one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `host_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// The `host_email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_email: Option<String>,
    /// The `topic` field.
    ///
    /// At most 200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Kind of webinar.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<WebinarType>,
    /// Start of the webinar, in UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Planned length in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// Time zone used to show start_time, such as `Europe/Berlin`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `agenda` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<String>,
    /// The `created_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Link that starts the webinar as host or alternative host; keep it private. It expires after two hours (90 days for custCreate users).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_url: Option<String>,
    /// Link for attendees; give it only to people who are invited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
    /// Registration page; only for webinars that require registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_url: Option<String>,
    /// Webinar passcode.
    ///
    /// At most 10 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Passcode for H.323 and SIP room systems.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub h323_passcode: Option<String>,
    /// Encrypted passcode for H.323 and SIP endpoints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_passcode: Option<String>,
    /// Webinar template the webinar was scheduled with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// Where a webinar was scheduled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_source: Option<WebinarCreationSource>,
    /// Whether the webinar plays a recording as if it were live (simulive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_simulive: Option<bool>,
    /// Recording a simulive webinar plays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_file_id: Option<String>,
    /// Whether a simulive webinar switches to live.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transition_to_live: Option<bool>,
    /// A delay before a simulive webinar starts playing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub simulive_delay_start: Option<SimuliveDelayStart>,
    /// Occurrences of a recurring webinar (at most 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<Vec<Occurrence>>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// Settings of one webinar. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings. Several settings do not apply to simulive webinars.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<WebinarSettings>,
}

impl crate::runtime::Check for Webinar {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "host_email",
            &self.host_email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "topic",
            &self.topic,
            &crate::runtime::Rules {
                max_length: Some(200),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "password",
            &self.password,
            &crate::runtime::Rules {
                max_length: Some(10),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "simulive_delay_start",
            &self.simulive_delay_start,
            &crate::runtime::Rules::NONE,
        );
        v.field("recurrence", &self.recurrence, &crate::runtime::Rules::NONE);
        v.field("settings", &self.settings, &crate::runtime::Rules::NONE);
    }
}

/// One person to register.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarBatchRegistrant {
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: String,
    /// The `first_name` field.
    pub first_name: String,
    /// The `last_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}

impl WebinarBatchRegistrant {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>, first_name: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            first_name: first_name.into(),
            last_name: None,
        }
    }
}

impl crate::runtime::Check for WebinarBatchRegistrant {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The registrations that were created.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarBatchRegistrants {
    /// The `registrants` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrants: Option<Vec<WebinarBatchRegistrantsRegistrantsItem>>,
}

impl crate::runtime::Check for WebinarBatchRegistrants {}
/// The `WebinarBatchRegistrantsRegistrantsItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarBatchRegistrantsRegistrantsItem {
    /// The `registrant_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrant_id: Option<String>,
    /// The `email` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The registrant's own join link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
}

impl crate::runtime::Check for WebinarBatchRegistrantsRegistrantsItem {}
/// Where a webinar was scheduled.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarCreationSource {
    /// `other`: Another client or integration.
    Other,
    /// `open_api`: The REST API.
    OpenApi,
    /// `web_portal`: The Zoom web portal.
    WebPortal,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarCreationSource {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Other => "other",
            Self::OpenApi => "open_api",
            Self::WebPortal => "web_portal",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarCreationSource {
    fn from(value: &str) -> Self {
        match value {
            "other" => Self::Other,
            "open_api" => Self::OpenApi,
            "web_portal" => Self::WebPortal,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarCreationSource);

impl crate::runtime::Check for WebinarCreationSource {}
/// Language of the webinar's emails.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarEmailLanguage {
    /// `en-US`: English (US).
    EnUs,
    /// `de-DE`: German (Germany).
    DeDe,
    /// `es-ES`: Spanish (Spain).
    EsEs,
    /// `fr-FR`: French (France).
    FrFr,
    /// `id-ID`: Indonesian.
    IdId,
    /// `jp-JP`: Japanese.
    JpJp,
    /// `nl-NL`: Dutch.
    NlNl,
    /// `pl-PL`: Polish.
    PlPl,
    /// `pt-PT`: Portuguese (Portugal).
    PtPt,
    /// `ru-RU`: Russian.
    RuRu,
    /// `tr-TR`: Turkish.
    TrTr,
    /// `zh-CN`: Chinese (simplified).
    ZhCn,
    /// `zh-TW`: Chinese (traditional).
    ZhTw,
    /// `ko-KO`: Korean.
    KoKo,
    /// `it-IT`: Italian.
    ItIt,
    /// `vi-VN`: Vietnamese.
    ViVn,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarEmailLanguage {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnUs => "en-US",
            Self::DeDe => "de-DE",
            Self::EsEs => "es-ES",
            Self::FrFr => "fr-FR",
            Self::IdId => "id-ID",
            Self::JpJp => "jp-JP",
            Self::NlNl => "nl-NL",
            Self::PlPl => "pl-PL",
            Self::PtPt => "pt-PT",
            Self::RuRu => "ru-RU",
            Self::TrTr => "tr-TR",
            Self::ZhCn => "zh-CN",
            Self::ZhTw => "zh-TW",
            Self::KoKo => "ko-KO",
            Self::ItIt => "it-IT",
            Self::ViVn => "vi-VN",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarEmailLanguage {
    fn from(value: &str) -> Self {
        match value {
            "en-US" => Self::EnUs,
            "de-DE" => Self::DeDe,
            "es-ES" => Self::EsEs,
            "fr-FR" => Self::FrFr,
            "id-ID" => Self::IdId,
            "jp-JP" => Self::JpJp,
            "nl-NL" => Self::NlNl,
            "pl-PL" => Self::PlPl,
            "pt-PT" => Self::PtPt,
            "ru-RU" => Self::RuRu,
            "tr-TR" => Self::TrTr,
            "zh-CN" => Self::ZhCn,
            "zh-TW" => Self::ZhTw,
            "ko-KO" => Self::KoKo,
            "it-IT" => Self::ItIt,
            "vi-VN" => Self::ViVn,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarEmailLanguage);

impl crate::runtime::Check for WebinarEmailLanguage {}
/// How many days after the planned end a follow-up email goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebinarFollowUpDelay {
    /// `0`: No follow-up is planned.
    NotPlanned,
    /// `1`: One day later.
    Days1,
    /// `2`: Two days later.
    Days2,
    /// `3`: Three days later.
    Days3,
    /// `4`: Four days later.
    Days4,
    /// `5`: Five days later.
    Days5,
    /// `6`: Six days later.
    Days6,
    /// `7`: Seven days later.
    Days7,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl WebinarFollowUpDelay {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::NotPlanned => 0,
            Self::Days1 => 1,
            Self::Days2 => 2,
            Self::Days3 => 3,
            Self::Days4 => 4,
            Self::Days5 => 5,
            Self::Days6 => 6,
            Self::Days7 => 7,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for WebinarFollowUpDelay {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::NotPlanned,
            1 => Self::Days1,
            2 => Self::Days2,
            3 => Self::Days3,
            4 => Self::Days4,
            5 => Self::Days5,
            6 => Self::Days6,
            7 => Self::Days7,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(WebinarFollowUpDelay);

impl crate::runtime::Check for WebinarFollowUpDelay {}
/// A follow-up email after the webinar's planned end.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarFollowUpEmail {
    /// The `enable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// How many days after the planned end a follow-up email goes out.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<WebinarFollowUpDelay>,
}

impl crate::runtime::Check for WebinarFollowUpEmail {}
/// One page of a host's webinars.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarList {
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The `page_count` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_count: Option<i64>,
    /// Number of this page; superseded by next_page_token.
    ///
    /// Zoom assumes `1` when this is not sent. Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// The `page_size` field.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// The `total_records` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_records: Option<i64>,
    /// The `webinars` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webinars: Option<Vec<WebinarListItem>>,
}

impl crate::runtime::Check for WebinarList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A webinar as List webinars shows it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarListItem {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `host_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// The `topic` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Kind of webinar.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<WebinarType>,
    /// The `start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Planned length in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The agenda cut to 250 characters; Get a webinar has all of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<String>,
    /// The `created_at` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `join_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
    /// The `is_simulive` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_simulive: Option<bool>,
}

impl crate::runtime::Check for WebinarListItem {}
/// Which of a host's webinars to list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarListType {
    /// `scheduled`: Unexpired past, running and upcoming webinars.
    Scheduled,
    /// `upcoming`: Upcoming and running webinars.
    Upcoming,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarListType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Upcoming => "upcoming",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarListType {
    fn from(value: &str) -> Self {
        match value {
            "scheduled" => Self::Scheduled,
            "upcoming" => Self::Upcoming,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarListType);

impl crate::runtime::Check for WebinarListType {}
/// A panelist, as invited.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarPanelist {
    /// Full name; at most 12 Chinese characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: String,
    /// Virtual background the panelist gets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub virtual_background_id: Option<String>,
    /// Name tag the panelist gets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_tag_id: Option<String>,
    /// Name shown on the name tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_tag_name: Option<String>,
    /// Pronouns shown on the name tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_tag_pronouns: Option<String>,
    /// Line shown under the name, such as a job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_tag_description: Option<String>,
}

impl WebinarPanelist {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>) -> Self {
        Self {
            name: None,
            email: email.into(),
            virtual_background_id: None,
            name_tag_id: None,
            name_tag_name: None,
            name_tag_pronouns: None,
            name_tag_description: None,
        }
    }
}

impl crate::runtime::Check for WebinarPanelist {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The panelists of a webinar.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarPanelistList {
    /// The `total_records` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_records: Option<i64>,
    /// The `panelists` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panelists: Option<Vec<ListedWebinarPanelist>>,
}

impl crate::runtime::Check for WebinarPanelistList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("panelists", &self.panelists, &crate::runtime::Rules::NONE);
    }
}

/// Which Q&A questions attendees see.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarQaVisibility {
    /// `only`: Answered questions only.
    AnsweredOnly,
    /// `all`: Every question.
    All,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarQaVisibility {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnsweredOnly => "only",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarQaVisibility {
    fn from(value: &str) -> Self {
        match value {
            "only" => Self::AnsweredOnly,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarQaVisibility);

impl crate::runtime::Check for WebinarQaVisibility {}
/// Q&A during the webinar; the user's setting applies when absent.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarQuestionAndAnswer {
    /// The `enable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// Attendees may submit questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_submit_questions: Option<bool>,
    /// Attendees may ask without giving their name (not for simulive webinars).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_anonymous_questions: Option<bool>,
    /// Which Q&A questions attendees see.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_questions: Option<WebinarQaVisibility>,
    /// Attendees may answer or comment in a question's thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendees_can_comment: Option<bool>,
    /// Attendees may upvote questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendees_can_upvote: Option<bool>,
    /// Simulive webinars only. Answer each question automatically.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_auto_reply: Option<bool>,
    /// Text of the automatic answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_reply_text: Option<String>,
}

impl crate::runtime::Check for WebinarQuestionAndAnswer {}
/// One registrant of a webinar.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarRegistrant {
    /// The `email` field.
    ///
    /// At most 128 characters. Format: `email`.
    pub email: String,
    /// The `first_name` field.
    ///
    /// At most 64 characters.
    pub first_name: String,
    /// The `last_name` field.
    ///
    /// At most 64 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `address` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The `city` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State or province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// ZIP or postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// Two-letter country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The `phone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Questions or remarks of the registrant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Answers to the host's own questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_questions: Option<Vec<RegistrantCustomQuestion>>,
    /// The `industry` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    /// The `job_title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// Size of the registrant's organisation; empty when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_of_employees: Option<RegistrantEmployeeCount>,
    /// Organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// When the registrant plans to buy; empty when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchasing_time_frame: Option<RegistrantPurchasingTimeFrame>,
    /// The registrant's part in buying decisions; empty when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_in_purchase_process: Option<RegistrantPurchaseRole>,
    /// Registrant ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Where a registration stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RegistrantStatus>,
    /// When the registrant signed up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The registrant's own join link; only approved registrants can use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
    /// PIN that identifies the registrant when joining by phone (meetings only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_pin_code: Option<i64>,
    /// Language of the emails a registrant receives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<RegistrantLanguage>,
}

impl WebinarRegistrant {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>, first_name: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            first_name: first_name.into(),
            last_name: None,
            address: None,
            city: None,
            state: None,
            zip: None,
            country: None,
            phone: None,
            comments: None,
            custom_questions: None,
            industry: None,
            job_title: None,
            no_of_employees: None,
            org: None,
            purchasing_time_frame: None,
            role_in_purchase_process: None,
            id: None,
            status: None,
            create_time: None,
            join_url: None,
            participant_pin_code: None,
            language: None,
        }
    }
}

impl crate::runtime::Check for WebinarRegistrant {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                max_length: Some(128),
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "first_name",
            &self.first_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "last_name",
            &self.last_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "custom_questions",
            &self.custom_questions,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// A question the host added to a webinar's registration form.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarRegistrationCustomQuestion {
    /// The `title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// How a custom question of a webinar registration is answered.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<WebinarRegistrationCustomQuestionType>,
    /// Whether registrants must answer it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Choices offered; not used for short answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<Vec<String>>,
}

impl crate::runtime::Check for WebinarRegistrationCustomQuestion {}
/// How a custom question of a webinar registration is answered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarRegistrationCustomQuestionType {
    /// `short`: Free text.
    Short,
    /// `single_radio`: One choice, shown as radio buttons.
    SingleRadio,
    /// `single_dropdown`: One choice, shown as a drop-down list.
    SingleDropdown,
    /// `multiple`: Several choices.
    Multiple,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarRegistrationCustomQuestionType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Short => "short",
            Self::SingleRadio => "single_radio",
            Self::SingleDropdown => "single_dropdown",
            Self::Multiple => "multiple",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarRegistrationCustomQuestionType {
    fn from(value: &str) -> Self {
        match value {
            "short" => Self::Short,
            "single_radio" => Self::SingleRadio,
            "single_dropdown" => Self::SingleDropdown,
            "multiple" => Self::Multiple,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarRegistrationCustomQuestionType);

impl crate::runtime::Check for WebinarRegistrationCustomQuestionType {}
/// The questions of a webinar's registration form.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarRegistrationQuestions {
    /// Standard fields shown on the form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<RegistrationQuestion>>,
    /// The host's own questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_questions: Option<Vec<WebinarRegistrationCustomQuestion>>,
}

impl crate::runtime::Check for WebinarRegistrationQuestions {}
/// Reminder emails to attendees and panelists before the webinar.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarReminderEmail {
    /// The `enable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// When reminders go out before the webinar.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<WebinarReminderTiming>,
}

impl crate::runtime::Check for WebinarReminderEmail {}
/// When reminders go out before the webinar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebinarReminderTiming {
    /// `0`: No reminder is planned.
    NotPlanned,
    /// `1`: An hour before.
    OneHour,
    /// `2`: A day before.
    OneDay,
    /// `3`: An hour and a day before.
    OneHourAndOneDay,
    /// `4`: A week before.
    OneWeek,
    /// `5`: An hour and a week before.
    OneHourAndOneWeek,
    /// `6`: A day and a week before.
    OneDayAndOneWeek,
    /// `7`: An hour, a day and a week before.
    OneHourOneDayAndOneWeek,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl WebinarReminderTiming {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::NotPlanned => 0,
            Self::OneHour => 1,
            Self::OneDay => 2,
            Self::OneHourAndOneDay => 3,
            Self::OneWeek => 4,
            Self::OneHourAndOneWeek => 5,
            Self::OneDayAndOneWeek => 6,
            Self::OneHourOneDayAndOneWeek => 7,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for WebinarReminderTiming {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::NotPlanned,
            1 => Self::OneHour,
            2 => Self::OneDay,
            3 => Self::OneHourAndOneDay,
            4 => Self::OneWeek,
            5 => Self::OneHourAndOneWeek,
            6 => Self::OneDayAndOneWeek,
            7 => Self::OneHourOneDayAndOneWeek,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(WebinarReminderTiming);

impl crate::runtime::Check for WebinarReminderTiming {}
/// Settings of one webinar. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings. Several settings do not apply to simulive webinars.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarSettings {
    /// Start with the host's video on (not for simulive webinars).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_video: Option<bool>,
    /// Start with the panelists' video on (not for simulive webinars).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panelists_video: Option<bool>,
    /// Let host and panelists meet in a practice session before the broadcast.
    ///
    /// Zoom assumes `false` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice_session: Option<bool>,
    /// Use HD video (not for simulive webinars).
    ///
    /// Zoom assumes `false` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hd_video: Option<bool>,
    /// Send HD video to attendees (not for simulive webinars).
    ///
    /// Zoom assumes `false` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hd_video_for_attendees: Option<bool>,
    /// Always send 1080p video to attendees (not for simulive webinars).
    ///
    /// Zoom assumes `false` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_1080p_video_to_attendees: Option<bool>,
    /// Whether registration is needed, and how registrants are approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_type: Option<ApprovalType>,
    /// How registration works for a recurring session with a fixed time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_type: Option<RegistrationType>,
    /// How participants may connect their audio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<AudioOption>,
    /// Dial-in details of a third-party audio conference.
    ///
    /// At most 2048 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_conference_info: Option<String>,
    /// Where a session is recorded without the host starting it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_recording: Option<AutoRecordingOption>,
    /// Email addresses or IDs of alternative hosts, separated by commas (Zoom's own examples use semicolons).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative_hosts: Option<String>,
    /// Let alternative hosts add and edit polls (client 5.8.0 or later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative_host_update_polls: Option<bool>,
    /// Let attendees join from several devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_multiple_devices: Option<bool>,
    /// Close registration after the webinar date.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_registration: Option<bool>,
    /// Show social sharing buttons on the registration page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_share_button: Option<bool>,
    /// Show the join details on the registration confirmation page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_join_info: Option<bool>,
    /// Contact person shown to registrants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_name: Option<String>,
    /// Contact address shown to registrants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    /// Most registrants accepted; 0 means no limit.
    ///
    /// From 0 to 20000. Zoom assumes `0` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrants_restrict_number: Option<i64>,
    /// Send registrants a confirmation email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrants_confirmation_email: Option<bool>,
    /// Email registrants when they are approved, denied or cancelled; needed for the confirmation email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrants_email_notification: Option<bool>,
    /// Update only. Email the registrants about the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_registrants: Option<bool>,
    /// Email the panelists their invitation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panelists_invitation_email_notification: Option<bool>,
    /// Reminder emails to attendees and panelists before the webinar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendees_and_panelists_reminder_email_notification: Option<
        WebinarReminderEmail,
    >,
    /// A follow-up email after the webinar's planned end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_attendees_email_notification: Option<WebinarFollowUpEmail>,
    /// A follow-up email after the webinar's planned end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_absentees_email_notification: Option<WebinarFollowUpEmail>,
    /// Language of the webinar's emails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_language: Option<WebinarEmailLanguage>,
    /// Open a survey page in attendees' browsers when they leave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_webinar_survey: Option<bool>,
    /// Address of the survey shown after the webinar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey_url: Option<String>,
    /// Offer the webinar on demand (not for simulive webinars).
    ///
    /// Zoom assumes `false` when this is not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_demand: Option<bool>,
    /// Only authenticated users may join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_authentication: Option<bool>,
    /// Panelists must authenticate to join; the user's setting applies when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panelist_authentication: Option<bool>,
    /// ID of the authentication option, from the user's settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_option: Option<String>,
    /// Sent by Zoom only. Name of the authentication option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_name: Option<String>,
    /// Comma-separated email domains allowed to join; wildcards are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_domains: Option<String>,
    /// Only signed-in users may join; replaced by meeting_authentication.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforce_login: Option<bool>,
    /// Domains of signed-in users who may join; replaced by authentication_domains.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforce_login_domains: Option<String>,
    /// Countries whose dial-in numbers are offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_dial_in_countries: Option<Vec<String>>,
    /// Sent by Zoom only. The dial-in numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_dial_in_numbers: Option<Vec<GlobalDialInNumber>>,
    /// Country codes of data center regions to add for this webinar, among those the account offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_data_center_regions: Option<Vec<String>>,
    /// Language interpretation of a session. Languages must first be added in the web portal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_interpretation: Option<LanguageInterpretation>,
    /// Sign language interpretation of a session. Languages must first be added in the web portal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_language_interpretation: Option<SignLanguageInterpretation>,
    /// Q&A during the webinar; the user's setting applies when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_and_answer: Option<WebinarQuestionAndAnswer>,
    /// Show a watermark that identifies each viewer (not for simulive webinars).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_watermark: Option<bool>,
    /// Add an audio watermark that identifies participants (not for simulive webinars).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_audio_watermark: Option<bool>,
    /// Let hosts brand the session with a background, virtual backgrounds and name tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_session_branding: Option<bool>,
    /// Show the email addresses of guests in attendee reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_in_attendee_report: Option<bool>,
    /// Ask before unmuting participants; excludes allow_host_control_participant_mute_state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_permission_to_unmute_participants: Option<bool>,
    /// Let host and co-hosts mute and unmute freely; excludes request_permission_to_unmute_participants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_host_control_participant_mute_state: Option<bool>,
}

impl crate::runtime::Check for WebinarSettings {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "audio_conference_info",
            &self.audio_conference_info,
            &crate::runtime::Rules {
                max_length: Some(2048),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "registrants_restrict_number",
            &self.registrants_restrict_number,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(20000.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "language_interpretation",
            &self.language_interpretation,
            &crate::runtime::Rules::NONE,
        );
        v.field(
            "sign_language_interpretation",
            &self.sign_language_interpretation,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// A change of a webinar's state.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarStatusUpdate {
    /// The `action` field.
    pub action: WebinarStatusUpdateAction,
}

impl WebinarStatusUpdate {
    /// A value with the required fields set and every other one `None`.
    pub fn new(action: WebinarStatusUpdateAction) -> Self {
        Self { action }
    }
}

impl crate::runtime::Check for WebinarStatusUpdate {}
/// The `WebinarStatusUpdateAction` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarStatusUpdateAction {
    /// `end`: End the running webinar.
    End,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarStatusUpdateAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::End => "end",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarStatusUpdateAction {
    fn from(value: &str) -> Self {
        match value {
            "end" => Self::End,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarStatusUpdateAction);

impl crate::runtime::Check for WebinarStatusUpdateAction {}
/// The `WebinarTemplate` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarTemplate {
    /// Template ID, for the template_id of Create a webinar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Who owns a webinar template.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<WebinarTemplateType>,
}

impl crate::runtime::Check for WebinarTemplate {}
/// The webinar templates available to a user.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarTemplateList {
    /// The `total_records` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_records: Option<i64>,
    /// The `templates` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub templates: Option<Vec<WebinarTemplate>>,
}

impl crate::runtime::Check for WebinarTemplateList {}
/// Who owns a webinar template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebinarTemplateType {
    /// `1`: The user's own template.
    User,
    /// `2`: A template of the account admin.
    Admin,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl WebinarTemplateType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::User => 1,
            Self::Admin => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for WebinarTemplateType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::User,
            2 => Self::Admin,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(WebinarTemplateType);

impl crate::runtime::Check for WebinarTemplateType {}
/// The tracking links of a webinar's registration page.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarTrackingSourceList {
    /// Number of tracking sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_records: Option<i64>,
    /// The `tracking_sources` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_sources: Option<Vec<WebinarTrackingSourceListTrackingSourcesItem>>,
}

impl crate::runtime::Check for WebinarTrackingSourceList {}
/// The `WebinarTrackingSourceListTrackingSourcesItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarTrackingSourceListTrackingSourcesItem {
    /// Tracking source ID, as the source_id of a registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Where the link was shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The registration link given to that source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_url: Option<String>,
    /// Visits to the registration page through the link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor_count: Option<i64>,
    /// Registrations made through the link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_count: Option<i64>,
}

impl crate::runtime::Check for WebinarTrackingSourceListTrackingSourcesItem {}
/// Kind of webinar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebinarType {
    /// `5`: Takes place once at a set time.
    Scheduled,
    /// `6`: Recurs without a fixed time; can be started any time.
    RecurringNoFixedTime,
    /// `9`: Recurs at fixed times.
    RecurringFixedTime,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl WebinarType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Scheduled => 5,
            Self::RecurringNoFixedTime => 6,
            Self::RecurringFixedTime => 9,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for WebinarType {
    fn from(value: i64) -> Self {
        match value {
            5 => Self::Scheduled,
            6 => Self::RecurringNoFixedTime,
            9 => Self::RecurringFixedTime,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(WebinarType);

impl crate::runtime::Check for WebinarType {}
