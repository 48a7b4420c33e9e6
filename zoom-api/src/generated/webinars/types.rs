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
#[derive(Debug, Clone, PartialEq)]
pub struct AddWebinarBatchRegistrantsRequest {
    /// Approve these registrants at once although the webinar uses manual approval (approval_type 1); it cannot change a webinar with automatic approval.
    pub auto_approve: Option<bool>,
    /// The `registrants` field.
    ///
    /// 1 to 30 items.
    pub registrants: Vec<WebinarBatchRegistrant>,
}

crate::runtime::object_impls!(
    AddWebinarBatchRegistrantsRequest { "auto_approve" => auto_approve optional,
    "registrants" => registrants required }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct AddWebinarPanelistsRequest {
    /// The `panelists` field.
    ///
    /// 1 to 30 items.
    pub panelists: Vec<WebinarPanelist>,
}

crate::runtime::object_impls!(
    AddWebinarPanelistsRequest { "panelists" => panelists required }
);

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
#[derive(Debug, Clone, PartialEq)]
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
    pub last_name: Option<String>,
    /// The `address` field.
    pub address: Option<String>,
    /// The `city` field.
    pub city: Option<String>,
    /// State or province.
    pub state: Option<String>,
    /// ZIP or postal code.
    pub zip: Option<String>,
    /// Two-letter country code.
    pub country: Option<String>,
    /// The `phone` field.
    pub phone: Option<String>,
    /// Questions or remarks of the registrant.
    pub comments: Option<String>,
    /// Answers to the host's own questions.
    pub custom_questions: Option<Vec<RegistrantCustomQuestion>>,
    /// The `industry` field.
    pub industry: Option<String>,
    /// The `job_title` field.
    pub job_title: Option<String>,
    /// Size of the registrant's organisation; empty when not given.
    pub no_of_employees: Option<RegistrantEmployeeCount>,
    /// Organisation.
    pub org: Option<String>,
    /// When the registrant plans to buy; empty when not given.
    pub purchasing_time_frame: Option<RegistrantPurchasingTimeFrame>,
    /// The registrant's part in buying decisions; empty when not given.
    pub role_in_purchase_process: Option<RegistrantPurchaseRole>,
    /// Language of the emails a registrant receives.
    pub language: Option<RegistrantLanguage>,
    /// Tracking source the registrant came through (see Get webinar tracking sources).
    pub source_id: Option<String>,
}

crate::runtime::object_impls!(
    AddWebinarRegistrantRequest { "email" => email required, "first_name" => first_name
    required, "last_name" => last_name optional, "address" => address optional, "city" =>
    city optional, "state" => state optional, "zip" => zip optional, "country" => country
    optional, "phone" => phone optional, "comments" => comments optional,
    "custom_questions" => custom_questions optional, "industry" => industry optional,
    "job_title" => job_title optional, "no_of_employees" => no_of_employees optional,
    "org" => org optional, "purchasing_time_frame" => purchasing_time_frame optional,
    "role_in_purchase_process" => role_in_purchase_process optional, "language" =>
    language optional, "source_id" => source_id optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddedWebinarPanelists {
    /// Webinar ID, sent as a string.
    pub id: Option<String>,
    /// When the panelists were added.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

crate::runtime::object_impls!(
    AddedWebinarPanelists { "id" => id optional, "updated_at" => updated_at optional }
);

impl crate::runtime::Check for AddedWebinarPanelists {}
/// A webinar to schedule. Recurrence applies to type 9 only.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateWebinarRequest {
    /// The `topic` field.
    ///
    /// At most 200 characters.
    pub topic: Option<String>,
    /// Kind of webinar.
    pub type_: Option<WebinarType>,
    /// Start of a scheduled or fixed-time recurring webinar: UTC with a `Z`, or local time without one, read in `timezone`.
    ///
    /// Matches `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$`.
    pub start_time: Option<crate::ZoomDateTime>,
    /// Planned length in minutes (scheduled webinars).
    pub duration: Option<i64>,
    /// Time zone of start_time, such as `Europe/Berlin`; the account's time zone when absent.
    pub timezone: Option<String>,
    /// The `agenda` field.
    pub agenda: Option<String>,
    /// Passcode; it must meet the account's passcode rules.
    ///
    /// At most 10 characters.
    pub password: Option<String>,
    /// Generate a passcode when none is given and the user's passcode setting is on.
    ///
    /// Zoom assumes `true` when this is not sent.
    pub default_passcode: Option<bool>,
    /// Email address or ID of the user the webinar is scheduled for.
    pub schedule_for: Option<String>,
    /// Webinar template to schedule with (see List webinar templates); userId must then be the host's ID, not an email address.
    pub template_id: Option<String>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// Settings of one webinar. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings. Several settings do not apply to simulive webinars.
    pub settings: Option<WebinarSettings>,
    /// Play a recording as if it were live (simulive).
    pub is_simulive: Option<bool>,
    /// ID of the recording a simulive webinar plays.
    pub record_file_id: Option<String>,
    /// Turn a simulive webinar into a live one, which needs the host in the session.
    pub transition_to_live: Option<bool>,
    /// A delay before a simulive webinar starts playing.
    pub simulive_delay_start: Option<SimuliveDelayStart>,
}

crate::runtime::object_impls!(
    CreateWebinarRequest { "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "duration" => duration optional, "timezone" =>
    timezone optional, "agenda" => agenda optional, "password" => password optional,
    "default_passcode" => default_passcode optional, "schedule_for" => schedule_for
    optional, "template_id" => template_id optional, "recurrence" => recurrence optional,
    "tracking_fields" => tracking_fields optional, "settings" => settings optional,
    "is_simulive" => is_simulive optional, "record_file_id" => record_file_id optional,
    "transition_to_live" => transition_to_live optional, "simulive_delay_start" =>
    simulive_delay_start optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct ListedWebinarPanelist {
    /// Full name; at most 12 Chinese characters.
    pub name: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: String,
    /// Virtual background the panelist gets.
    pub virtual_background_id: Option<String>,
    /// Name tag the panelist gets.
    pub name_tag_id: Option<String>,
    /// Name shown on the name tag.
    pub name_tag_name: Option<String>,
    /// Pronouns shown on the name tag.
    pub name_tag_pronouns: Option<String>,
    /// Line shown under the name, such as a job title.
    pub name_tag_description: Option<String>,
    /// Panelist ID.
    pub id: Option<String>,
    /// The panelist's own join link.
    pub join_url: Option<String>,
}

crate::runtime::object_impls!(
    ListedWebinarPanelist { "name" => name optional, "email" => email required,
    "virtual_background_id" => virtual_background_id optional, "name_tag_id" =>
    name_tag_id optional, "name_tag_name" => name_tag_name optional, "name_tag_pronouns"
    => name_tag_pronouns optional, "name_tag_description" => name_tag_description
    optional, "id" => id optional, "join_url" => join_url optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastWebinarInstances {
    /// The `webinars` field.
    pub webinars: Option<Vec<PastWebinarInstancesWebinarsItem>>,
}

crate::runtime::object_impls!(PastWebinarInstances { "webinars" => webinars optional });

impl crate::runtime::Check for PastWebinarInstances {}
/// The `PastWebinarInstancesWebinarsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastWebinarInstancesWebinarsItem {
    /// UUID of the instance; encode it twice in paths when it starts with `/` or contains `//`.
    pub uuid: Option<String>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
}

crate::runtime::object_impls!(
    PastWebinarInstancesWebinarsItem { "uuid" => uuid optional, "start_time" =>
    start_time optional }
);

impl crate::runtime::Check for PastWebinarInstancesWebinarsItem {}
/// One stay of an attendee; rejoining gives a new entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastWebinarParticipant {
    /// The user's ID when they signed in; empty otherwise.
    pub id: Option<String>,
    /// ID of this stay, valid within the webinar only.
    pub user_id: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Email address; empty for people outside the host's account, with some exceptions.
    pub user_email: Option<String>,
    /// The `registrant_id` field.
    pub registrant_id: Option<String>,
    /// The `join_time` field.
    pub join_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `leave_time` field.
    pub leave_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Seconds between join_time and leave_time.
    pub duration: Option<i64>,
    /// Whether the attendee was failed over to another server.
    pub failover: Option<bool>,
    /// The `status` field.
    pub status: Option<PastWebinarParticipantStatus>,
    /// Whether the attendee belongs to the account.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub internal_user: Option<bool>,
}

crate::runtime::object_impls!(
    PastWebinarParticipant { "id" => id optional, "user_id" => user_id optional, "name"
    => name optional, "user_email" => user_email optional, "registrant_id" =>
    registrant_id optional, "join_time" => join_time optional, "leave_time" => leave_time
    optional, "duration" => duration optional, "failover" => failover optional, "status"
    => status optional, "internal_user" => internal_user optional }
);

impl crate::runtime::Check for PastWebinarParticipant {}
/// One page of the attendees of an ended webinar.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastWebinarParticipantList {
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    pub next_page_token: Option<String>,
    /// The `page_count` field.
    pub page_count: Option<i64>,
    /// The `page_size` field.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub page_size: Option<i64>,
    /// The `total_records` field.
    pub total_records: Option<i64>,
    /// The `participants` field.
    pub participants: Option<Vec<PastWebinarParticipant>>,
}

crate::runtime::object_impls!(
    PastWebinarParticipantList { "next_page_token" => next_page_token optional,
    "page_count" => page_count optional, "page_size" => page_size optional,
    "total_records" => total_records optional, "participants" => participants optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastWebinarQa {
    /// Webinar ID.
    pub id: Option<i64>,
    /// UUID of the instance.
    pub uuid: Option<String>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// One entry per person who asked.
    pub questions: Option<Vec<PastWebinarQaAsker>>,
}

crate::runtime::object_impls!(
    PastWebinarQa { "id" => id optional, "uuid" => uuid optional, "start_time" =>
    start_time optional, "questions" => questions optional }
);

impl crate::runtime::Check for PastWebinarQa {}
/// The questions of one attendee.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastWebinarQaAsker {
    /// Display name; `Anonymous Attendee` for anonymous questions.
    pub name: Option<String>,
    /// Email address; empty for people outside the host's account, with some exceptions.
    pub email: Option<String>,
    /// The `question_details` field.
    pub question_details: Option<Vec<PastWebinarQaAskerQuestionDetailsItem>>,
}

crate::runtime::object_impls!(
    PastWebinarQaAsker { "name" => name optional, "email" => email optional,
    "question_details" => question_details optional }
);

impl crate::runtime::Check for PastWebinarQaAsker {}
/// The `PastWebinarQaAskerQuestionDetailsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastWebinarQaAskerQuestionDetailsItem {
    /// The `question` field.
    pub question: Option<String>,
    /// The written answer, or `live answered` when it was answered aloud.
    pub answer: Option<String>,
}

crate::runtime::object_impls!(
    PastWebinarQaAskerQuestionDetailsItem { "question" => question optional, "answer" =>
    answer optional }
);

impl crate::runtime::Check for PastWebinarQaAskerQuestionDetailsItem {}
/// A delay before a simulive webinar starts playing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimuliveDelayStart {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// Length of the delay, 1 to 60 seconds or 1 to 10 minutes.
    ///
    /// From 1 to 60.
    pub time: Option<i64>,
    /// Unit of a simulive delay.
    pub timeunit: Option<SimuliveDelayUnit>,
}

crate::runtime::object_impls!(
    SimuliveDelayStart { "enable" => enable optional, "time" => time optional, "timeunit"
    => timeunit optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateWebinarRequest {
    /// The `topic` field.
    ///
    /// At most 200 characters.
    pub topic: Option<String>,
    /// Kind of webinar.
    pub type_: Option<WebinarType>,
    /// New start, UTC with a `Z` or local time read in `timezone` (scheduled and fixed-time recurring webinars).
    ///
    /// Matches `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$`.
    pub start_time: Option<crate::ZoomDateTime>,
    /// Planned length in minutes.
    pub duration: Option<i64>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `agenda` field.
    pub agenda: Option<String>,
    /// The `password` field.
    ///
    /// At most 10 characters.
    pub password: Option<String>,
    /// Email address or ID of the user the webinar is scheduled for.
    pub schedule_for: Option<String>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// Settings of one webinar. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings. Several settings do not apply to simulive webinars.
    pub settings: Option<WebinarSettings>,
    /// Play a recording as if it were live (simulive).
    pub is_simulive: Option<bool>,
    /// ID of the recording a simulive webinar plays.
    pub record_file_id: Option<String>,
    /// Turn a simulive webinar into a live one, which needs the host in the session.
    pub transition_to_live: Option<bool>,
    /// A delay before a simulive webinar starts playing.
    pub simulive_delay_start: Option<SimuliveDelayStart>,
}

crate::runtime::object_impls!(
    UpdateWebinarRequest { "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "duration" => duration optional, "timezone" =>
    timezone optional, "agenda" => agenda optional, "password" => password optional,
    "schedule_for" => schedule_for optional, "recurrence" => recurrence optional,
    "tracking_fields" => tracking_fields optional, "settings" => settings optional,
    "is_simulive" => is_simulive optional, "record_file_id" => record_file_id optional,
    "transition_to_live" => transition_to_live optional, "simulive_delay_start" =>
    simulive_delay_start optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Webinar {
    /// Webinar ID, also called the webinar number; it can be longer than 10 digits.
    pub id: Option<i64>,
    /// UUID of the current instance; every instance of a webinar gets a new one.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `host_email` field.
    ///
    /// Format: `email`.
    pub host_email: Option<String>,
    /// The `topic` field.
    ///
    /// At most 200 characters.
    pub topic: Option<String>,
    /// Kind of webinar.
    pub type_: Option<WebinarType>,
    /// Start of the webinar, in UTC.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Planned length in minutes.
    pub duration: Option<i64>,
    /// Time zone used to show start_time, such as `Europe/Berlin`.
    pub timezone: Option<String>,
    /// The `agenda` field.
    pub agenda: Option<String>,
    /// The `created_at` field.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Link that starts the webinar as host or alternative host; keep it private. It expires after two hours (90 days for custCreate users).
    pub start_url: Option<String>,
    /// Link for attendees; give it only to people who are invited.
    pub join_url: Option<String>,
    /// Registration page; only for webinars that require registration.
    pub registration_url: Option<String>,
    /// Webinar passcode.
    ///
    /// At most 10 characters.
    pub password: Option<String>,
    /// Passcode for H.323 and SIP room systems.
    pub h323_passcode: Option<String>,
    /// Encrypted passcode for H.323 and SIP endpoints.
    pub encrypted_passcode: Option<String>,
    /// Webinar template the webinar was scheduled with.
    pub template_id: Option<String>,
    /// Where a webinar was scheduled.
    pub creation_source: Option<WebinarCreationSource>,
    /// Whether the webinar plays a recording as if it were live (simulive).
    pub is_simulive: Option<bool>,
    /// Recording a simulive webinar plays.
    pub record_file_id: Option<String>,
    /// Whether a simulive webinar switches to live.
    pub transition_to_live: Option<bool>,
    /// A delay before a simulive webinar starts playing.
    pub simulive_delay_start: Option<SimuliveDelayStart>,
    /// Occurrences of a recurring webinar (at most 50).
    pub occurrences: Option<Vec<Occurrence>>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// Settings of one webinar. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings. Several settings do not apply to simulive webinars.
    pub settings: Option<WebinarSettings>,
}

crate::runtime::object_impls!(
    Webinar { "id" => id optional, "uuid" => uuid optional, "host_id" => host_id
    optional, "host_email" => host_email optional, "topic" => topic optional, "type" =>
    type_ optional, "start_time" => start_time optional, "duration" => duration optional,
    "timezone" => timezone optional, "agenda" => agenda optional, "created_at" =>
    created_at optional, "start_url" => start_url optional, "join_url" => join_url
    optional, "registration_url" => registration_url optional, "password" => password
    optional, "h323_passcode" => h323_passcode optional, "encrypted_passcode" =>
    encrypted_passcode optional, "template_id" => template_id optional, "creation_source"
    => creation_source optional, "is_simulive" => is_simulive optional, "record_file_id"
    => record_file_id optional, "transition_to_live" => transition_to_live optional,
    "simulive_delay_start" => simulive_delay_start optional, "occurrences" => occurrences
    optional, "recurrence" => recurrence optional, "tracking_fields" => tracking_fields
    optional, "settings" => settings optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarBatchRegistrant {
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: String,
    /// The `first_name` field.
    pub first_name: String,
    /// The `last_name` field.
    pub last_name: Option<String>,
}

crate::runtime::object_impls!(
    WebinarBatchRegistrant { "email" => email required, "first_name" => first_name
    required, "last_name" => last_name optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarBatchRegistrants {
    /// The `registrants` field.
    pub registrants: Option<Vec<WebinarBatchRegistrantsRegistrantsItem>>,
}

crate::runtime::object_impls!(
    WebinarBatchRegistrants { "registrants" => registrants optional }
);

impl crate::runtime::Check for WebinarBatchRegistrants {}
/// The `WebinarBatchRegistrantsRegistrantsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarBatchRegistrantsRegistrantsItem {
    /// The `registrant_id` field.
    pub registrant_id: Option<String>,
    /// The `email` field.
    pub email: Option<String>,
    /// The registrant's own join link.
    pub join_url: Option<String>,
}

crate::runtime::object_impls!(
    WebinarBatchRegistrantsRegistrantsItem { "registrant_id" => registrant_id optional,
    "email" => email optional, "join_url" => join_url optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarFollowUpEmail {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// How many days after the planned end a follow-up email goes out.
    pub type_: Option<WebinarFollowUpDelay>,
}

crate::runtime::object_impls!(
    WebinarFollowUpEmail { "enable" => enable optional, "type" => type_ optional }
);

impl crate::runtime::Check for WebinarFollowUpEmail {}
/// One page of a host's webinars.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarList {
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    pub next_page_token: Option<String>,
    /// The `page_count` field.
    pub page_count: Option<i64>,
    /// Number of this page; superseded by next_page_token.
    ///
    /// Zoom assumes `1` when this is not sent. Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub page_number: Option<i64>,
    /// The `page_size` field.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub page_size: Option<i64>,
    /// The `total_records` field.
    pub total_records: Option<i64>,
    /// The `webinars` field.
    pub webinars: Option<Vec<WebinarListItem>>,
}

crate::runtime::object_impls!(
    WebinarList { "next_page_token" => next_page_token optional, "page_count" =>
    page_count optional, "page_number" => page_number optional, "page_size" => page_size
    optional, "total_records" => total_records optional, "webinars" => webinars optional
    }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarListItem {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of webinar.
    pub type_: Option<WebinarType>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Planned length in minutes.
    pub duration: Option<i64>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The agenda cut to 250 characters; Get a webinar has all of it.
    pub agenda: Option<String>,
    /// The `created_at` field.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `join_url` field.
    pub join_url: Option<String>,
    /// The `is_simulive` field.
    pub is_simulive: Option<bool>,
}

crate::runtime::object_impls!(
    WebinarListItem { "id" => id optional, "uuid" => uuid optional, "host_id" => host_id
    optional, "topic" => topic optional, "type" => type_ optional, "start_time" =>
    start_time optional, "duration" => duration optional, "timezone" => timezone
    optional, "agenda" => agenda optional, "created_at" => created_at optional,
    "join_url" => join_url optional, "is_simulive" => is_simulive optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarPanelist {
    /// Full name; at most 12 Chinese characters.
    pub name: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: String,
    /// Virtual background the panelist gets.
    pub virtual_background_id: Option<String>,
    /// Name tag the panelist gets.
    pub name_tag_id: Option<String>,
    /// Name shown on the name tag.
    pub name_tag_name: Option<String>,
    /// Pronouns shown on the name tag.
    pub name_tag_pronouns: Option<String>,
    /// Line shown under the name, such as a job title.
    pub name_tag_description: Option<String>,
}

crate::runtime::object_impls!(
    WebinarPanelist { "name" => name optional, "email" => email required,
    "virtual_background_id" => virtual_background_id optional, "name_tag_id" =>
    name_tag_id optional, "name_tag_name" => name_tag_name optional, "name_tag_pronouns"
    => name_tag_pronouns optional, "name_tag_description" => name_tag_description
    optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarPanelistList {
    /// The `total_records` field.
    pub total_records: Option<i64>,
    /// The `panelists` field.
    pub panelists: Option<Vec<ListedWebinarPanelist>>,
}

crate::runtime::object_impls!(
    WebinarPanelistList { "total_records" => total_records optional, "panelists" =>
    panelists optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarQuestionAndAnswer {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// Attendees may submit questions.
    pub allow_submit_questions: Option<bool>,
    /// Attendees may ask without giving their name (not for simulive webinars).
    pub allow_anonymous_questions: Option<bool>,
    /// Which Q&A questions attendees see.
    pub answer_questions: Option<WebinarQaVisibility>,
    /// Attendees may answer or comment in a question's thread.
    pub attendees_can_comment: Option<bool>,
    /// Attendees may upvote questions.
    pub attendees_can_upvote: Option<bool>,
    /// Simulive webinars only. Answer each question automatically.
    pub allow_auto_reply: Option<bool>,
    /// Text of the automatic answer.
    pub auto_reply_text: Option<String>,
}

crate::runtime::object_impls!(
    WebinarQuestionAndAnswer { "enable" => enable optional, "allow_submit_questions" =>
    allow_submit_questions optional, "allow_anonymous_questions" =>
    allow_anonymous_questions optional, "answer_questions" => answer_questions optional,
    "attendees_can_comment" => attendees_can_comment optional, "attendees_can_upvote" =>
    attendees_can_upvote optional, "allow_auto_reply" => allow_auto_reply optional,
    "auto_reply_text" => auto_reply_text optional }
);

impl crate::runtime::Check for WebinarQuestionAndAnswer {}
/// One registrant of a webinar.
#[derive(Debug, Clone, PartialEq)]
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
    pub last_name: Option<String>,
    /// The `address` field.
    pub address: Option<String>,
    /// The `city` field.
    pub city: Option<String>,
    /// State or province.
    pub state: Option<String>,
    /// ZIP or postal code.
    pub zip: Option<String>,
    /// Two-letter country code.
    pub country: Option<String>,
    /// The `phone` field.
    pub phone: Option<String>,
    /// Questions or remarks of the registrant.
    pub comments: Option<String>,
    /// Answers to the host's own questions.
    pub custom_questions: Option<Vec<RegistrantCustomQuestion>>,
    /// The `industry` field.
    pub industry: Option<String>,
    /// The `job_title` field.
    pub job_title: Option<String>,
    /// Size of the registrant's organisation; empty when not given.
    pub no_of_employees: Option<RegistrantEmployeeCount>,
    /// Organisation.
    pub org: Option<String>,
    /// When the registrant plans to buy; empty when not given.
    pub purchasing_time_frame: Option<RegistrantPurchasingTimeFrame>,
    /// The registrant's part in buying decisions; empty when not given.
    pub role_in_purchase_process: Option<RegistrantPurchaseRole>,
    /// Registrant ID.
    pub id: Option<String>,
    /// Where a registration stands.
    pub status: Option<RegistrantStatus>,
    /// When the registrant signed up.
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The registrant's own join link; only approved registrants can use it.
    pub join_url: Option<String>,
    /// PIN that identifies the registrant when joining by phone (meetings only).
    pub participant_pin_code: Option<i64>,
    /// Language of the emails a registrant receives.
    pub language: Option<RegistrantLanguage>,
}

crate::runtime::object_impls!(
    WebinarRegistrant { "email" => email required, "first_name" => first_name required,
    "last_name" => last_name optional, "address" => address optional, "city" => city
    optional, "state" => state optional, "zip" => zip optional, "country" => country
    optional, "phone" => phone optional, "comments" => comments optional,
    "custom_questions" => custom_questions optional, "industry" => industry optional,
    "job_title" => job_title optional, "no_of_employees" => no_of_employees optional,
    "org" => org optional, "purchasing_time_frame" => purchasing_time_frame optional,
    "role_in_purchase_process" => role_in_purchase_process optional, "id" => id optional,
    "status" => status optional, "create_time" => create_time optional, "join_url" =>
    join_url optional, "participant_pin_code" => participant_pin_code optional,
    "language" => language optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarRegistrationCustomQuestion {
    /// The `title` field.
    pub title: Option<String>,
    /// How a custom question of a webinar registration is answered.
    pub type_: Option<WebinarRegistrationCustomQuestionType>,
    /// Whether registrants must answer it.
    pub required: Option<bool>,
    /// Choices offered; not used for short answers.
    pub answers: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    WebinarRegistrationCustomQuestion { "title" => title optional, "type" => type_
    optional, "required" => required optional, "answers" => answers optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarRegistrationQuestions {
    /// Standard fields shown on the form.
    pub questions: Option<Vec<RegistrationQuestion>>,
    /// The host's own questions.
    pub custom_questions: Option<Vec<WebinarRegistrationCustomQuestion>>,
}

crate::runtime::object_impls!(
    WebinarRegistrationQuestions { "questions" => questions optional, "custom_questions"
    => custom_questions optional }
);

impl crate::runtime::Check for WebinarRegistrationQuestions {}
/// Reminder emails to attendees and panelists before the webinar.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarReminderEmail {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// When reminders go out before the webinar.
    pub type_: Option<WebinarReminderTiming>,
}

crate::runtime::object_impls!(
    WebinarReminderEmail { "enable" => enable optional, "type" => type_ optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarSettings {
    /// Start with the host's video on (not for simulive webinars).
    pub host_video: Option<bool>,
    /// Start with the panelists' video on (not for simulive webinars).
    pub panelists_video: Option<bool>,
    /// Let host and panelists meet in a practice session before the broadcast.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub practice_session: Option<bool>,
    /// Use HD video (not for simulive webinars).
    ///
    /// Zoom assumes `false` when this is not sent.
    pub hd_video: Option<bool>,
    /// Send HD video to attendees (not for simulive webinars).
    ///
    /// Zoom assumes `false` when this is not sent.
    pub hd_video_for_attendees: Option<bool>,
    /// Always send 1080p video to attendees (not for simulive webinars).
    ///
    /// Zoom assumes `false` when this is not sent.
    pub send_1080p_video_to_attendees: Option<bool>,
    /// Whether registration is needed, and how registrants are approved.
    pub approval_type: Option<ApprovalType>,
    /// How registration works for a recurring session with a fixed time.
    pub registration_type: Option<RegistrationType>,
    /// How participants may connect their audio.
    pub audio: Option<AudioOption>,
    /// Dial-in details of a third-party audio conference.
    ///
    /// At most 2048 characters.
    pub audio_conference_info: Option<String>,
    /// Where a session is recorded without the host starting it.
    pub auto_recording: Option<AutoRecordingOption>,
    /// Email addresses or IDs of alternative hosts, separated by commas (Zoom's own examples use semicolons).
    pub alternative_hosts: Option<String>,
    /// Let alternative hosts add and edit polls (client 5.8.0 or later).
    pub alternative_host_update_polls: Option<bool>,
    /// Let attendees join from several devices.
    pub allow_multiple_devices: Option<bool>,
    /// Close registration after the webinar date.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub close_registration: Option<bool>,
    /// Show social sharing buttons on the registration page.
    pub show_share_button: Option<bool>,
    /// Show the join details on the registration confirmation page.
    pub show_join_info: Option<bool>,
    /// Contact person shown to registrants.
    pub contact_name: Option<String>,
    /// Contact address shown to registrants.
    pub contact_email: Option<String>,
    /// Most registrants accepted; 0 means no limit.
    ///
    /// From 0 to 20000. Zoom assumes `0` when this is not sent.
    pub registrants_restrict_number: Option<i64>,
    /// Send registrants a confirmation email.
    pub registrants_confirmation_email: Option<bool>,
    /// Email registrants when they are approved, denied or cancelled; needed for the confirmation email.
    pub registrants_email_notification: Option<bool>,
    /// Update only. Email the registrants about the change.
    pub notify_registrants: Option<bool>,
    /// Email the panelists their invitation.
    pub panelists_invitation_email_notification: Option<bool>,
    /// Reminder emails to attendees and panelists before the webinar.
    pub attendees_and_panelists_reminder_email_notification: Option<
        WebinarReminderEmail,
    >,
    /// A follow-up email after the webinar's planned end.
    pub follow_up_attendees_email_notification: Option<WebinarFollowUpEmail>,
    /// A follow-up email after the webinar's planned end.
    pub follow_up_absentees_email_notification: Option<WebinarFollowUpEmail>,
    /// Language of the webinar's emails.
    pub email_language: Option<WebinarEmailLanguage>,
    /// Open a survey page in attendees' browsers when they leave.
    pub post_webinar_survey: Option<bool>,
    /// Address of the survey shown after the webinar.
    pub survey_url: Option<String>,
    /// Offer the webinar on demand (not for simulive webinars).
    ///
    /// Zoom assumes `false` when this is not sent.
    pub on_demand: Option<bool>,
    /// Only authenticated users may join.
    pub meeting_authentication: Option<bool>,
    /// Panelists must authenticate to join; the user's setting applies when absent.
    pub panelist_authentication: Option<bool>,
    /// ID of the authentication option, from the user's settings.
    pub authentication_option: Option<String>,
    /// Sent by Zoom only. Name of the authentication option.
    pub authentication_name: Option<String>,
    /// Comma-separated email domains allowed to join; wildcards are accepted.
    pub authentication_domains: Option<String>,
    /// Only signed-in users may join; replaced by meeting_authentication.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub enforce_login: Option<bool>,
    /// Domains of signed-in users who may join; replaced by authentication_domains.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub enforce_login_domains: Option<String>,
    /// Countries whose dial-in numbers are offered.
    pub global_dial_in_countries: Option<Vec<String>>,
    /// Sent by Zoom only. The dial-in numbers.
    pub global_dial_in_numbers: Option<Vec<GlobalDialInNumber>>,
    /// Country codes of data center regions to add for this webinar, among those the account offers.
    pub additional_data_center_regions: Option<Vec<String>>,
    /// Language interpretation of a session. Languages must first be added in the web portal.
    pub language_interpretation: Option<LanguageInterpretation>,
    /// Sign language interpretation of a session. Languages must first be added in the web portal.
    pub sign_language_interpretation: Option<SignLanguageInterpretation>,
    /// Q&A during the webinar; the user's setting applies when absent.
    pub question_and_answer: Option<WebinarQuestionAndAnswer>,
    /// Show a watermark that identifies each viewer (not for simulive webinars).
    pub add_watermark: Option<bool>,
    /// Add an audio watermark that identifies participants (not for simulive webinars).
    pub add_audio_watermark: Option<bool>,
    /// Let hosts brand the session with a background, virtual backgrounds and name tags.
    pub enable_session_branding: Option<bool>,
    /// Show the email addresses of guests in attendee reports.
    pub email_in_attendee_report: Option<bool>,
    /// Ask before unmuting participants; excludes allow_host_control_participant_mute_state.
    pub request_permission_to_unmute_participants: Option<bool>,
    /// Let host and co-hosts mute and unmute freely; excludes request_permission_to_unmute_participants.
    pub allow_host_control_participant_mute_state: Option<bool>,
}

crate::runtime::object_impls!(
    WebinarSettings { "host_video" => host_video optional, "panelists_video" =>
    panelists_video optional, "practice_session" => practice_session optional, "hd_video"
    => hd_video optional, "hd_video_for_attendees" => hd_video_for_attendees optional,
    "send_1080p_video_to_attendees" => send_1080p_video_to_attendees optional,
    "approval_type" => approval_type optional, "registration_type" => registration_type
    optional, "audio" => audio optional, "audio_conference_info" => audio_conference_info
    optional, "auto_recording" => auto_recording optional, "alternative_hosts" =>
    alternative_hosts optional, "alternative_host_update_polls" =>
    alternative_host_update_polls optional, "allow_multiple_devices" =>
    allow_multiple_devices optional, "close_registration" => close_registration optional,
    "show_share_button" => show_share_button optional, "show_join_info" => show_join_info
    optional, "contact_name" => contact_name optional, "contact_email" => contact_email
    optional, "registrants_restrict_number" => registrants_restrict_number optional,
    "registrants_confirmation_email" => registrants_confirmation_email optional,
    "registrants_email_notification" => registrants_email_notification optional,
    "notify_registrants" => notify_registrants optional,
    "panelists_invitation_email_notification" => panelists_invitation_email_notification
    optional, "attendees_and_panelists_reminder_email_notification" =>
    attendees_and_panelists_reminder_email_notification optional,
    "follow_up_attendees_email_notification" => follow_up_attendees_email_notification
    optional, "follow_up_absentees_email_notification" =>
    follow_up_absentees_email_notification optional, "email_language" => email_language
    optional, "post_webinar_survey" => post_webinar_survey optional, "survey_url" =>
    survey_url optional, "on_demand" => on_demand optional, "meeting_authentication" =>
    meeting_authentication optional, "panelist_authentication" => panelist_authentication
    optional, "authentication_option" => authentication_option optional,
    "authentication_name" => authentication_name optional, "authentication_domains" =>
    authentication_domains optional, "enforce_login" => enforce_login optional,
    "enforce_login_domains" => enforce_login_domains optional, "global_dial_in_countries"
    => global_dial_in_countries optional, "global_dial_in_numbers" =>
    global_dial_in_numbers optional, "additional_data_center_regions" =>
    additional_data_center_regions optional, "language_interpretation" =>
    language_interpretation optional, "sign_language_interpretation" =>
    sign_language_interpretation optional, "question_and_answer" => question_and_answer
    optional, "add_watermark" => add_watermark optional, "add_audio_watermark" =>
    add_audio_watermark optional, "enable_session_branding" => enable_session_branding
    optional, "email_in_attendee_report" => email_in_attendee_report optional,
    "request_permission_to_unmute_participants" =>
    request_permission_to_unmute_participants optional,
    "allow_host_control_participant_mute_state" =>
    allow_host_control_participant_mute_state optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarStatusUpdate {
    /// The `action` field.
    pub action: WebinarStatusUpdateAction,
}

crate::runtime::object_impls!(WebinarStatusUpdate { "action" => action required });

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarTemplate {
    /// Template ID, for the template_id of Create a webinar.
    pub id: Option<String>,
    /// The `name` field.
    pub name: Option<String>,
    /// Who owns a webinar template.
    pub type_: Option<WebinarTemplateType>,
}

crate::runtime::object_impls!(
    WebinarTemplate { "id" => id optional, "name" => name optional, "type" => type_
    optional }
);

impl crate::runtime::Check for WebinarTemplate {}
/// The webinar templates available to a user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarTemplateList {
    /// The `total_records` field.
    pub total_records: Option<i64>,
    /// The `templates` field.
    pub templates: Option<Vec<WebinarTemplate>>,
}

crate::runtime::object_impls!(
    WebinarTemplateList { "total_records" => total_records optional, "templates" =>
    templates optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarTrackingSourceList {
    /// Number of tracking sources.
    pub total_records: Option<i64>,
    /// The `tracking_sources` field.
    pub tracking_sources: Option<Vec<WebinarTrackingSourceListTrackingSourcesItem>>,
}

crate::runtime::object_impls!(
    WebinarTrackingSourceList { "total_records" => total_records optional,
    "tracking_sources" => tracking_sources optional }
);

impl crate::runtime::Check for WebinarTrackingSourceList {}
/// The `WebinarTrackingSourceListTrackingSourcesItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarTrackingSourceListTrackingSourcesItem {
    /// Tracking source ID, as the source_id of a registration.
    pub id: Option<String>,
    /// Where the link was shared.
    pub source_name: Option<String>,
    /// The registration link given to that source.
    pub tracking_url: Option<String>,
    /// Visits to the registration page through the link.
    pub visitor_count: Option<i64>,
    /// Registrations made through the link.
    pub registration_count: Option<i64>,
}

crate::runtime::object_impls!(
    WebinarTrackingSourceListTrackingSourcesItem { "id" => id optional, "source_name" =>
    source_name optional, "tracking_url" => tracking_url optional, "visitor_count" =>
    visitor_count optional, "registration_count" => registration_count optional }
);

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
