// @generated from spec/meetings.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Request and response types of the `meetings` group, generated from its schemas.
#![allow(deprecated)]
use super::super::common::types::{
    ApprovalType, AudioOption, AutoRecordingOption, EncryptionType, GlobalDialInNumber,
    LanguageInterpretation, Occurrence, Poll, PollDetail, Recurrence,
    RegistrantCustomQuestion, RegistrantEmployeeCount, RegistrantLanguage,
    RegistrantPurchaseRole, RegistrantPurchasingTimeFrame, RegistrationType,
    SignLanguageInterpretation, TrackingField,
};

/// A registration for a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct AddMeetingRegistrantRequest {
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
    /// Approve this registrant at once although the meeting uses manual approval (approval_type 1).
    pub auto_approve: Option<bool>,
}

crate::runtime::object_impls!(
    AddMeetingRegistrantRequest { "email" => email required, "first_name" => first_name
    required, "last_name" => last_name optional, "address" => address optional, "city" =>
    city optional, "state" => state optional, "zip" => zip optional, "country" => country
    optional, "phone" => phone optional, "comments" => comments optional,
    "custom_questions" => custom_questions optional, "industry" => industry optional,
    "job_title" => job_title optional, "no_of_employees" => no_of_employees optional,
    "org" => org optional, "purchasing_time_frame" => purchasing_time_frame optional,
    "role_in_purchase_process" => role_in_purchase_process optional, "language" =>
    language optional, "auto_approve" => auto_approve optional }
);

impl AddMeetingRegistrantRequest {
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
            auto_approve: None,
        }
    }
}

impl crate::runtime::Check for AddMeetingRegistrantRequest {
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

/// Who may ask the AI Companion about the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AiCompanionQuestioners {
    /// `1`: All participants and invitees.
    Everyone,
    /// `2`: Participants, about what happened since they joined.
    ParticipantsSinceJoining,
    /// `3`: The host only.
    HostOnly,
    /// `4`: Participants and invitees of the organisation.
    Organisation,
    /// `5`: Participants of the organisation, since they joined.
    OrganisationSinceJoining,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl AiCompanionQuestioners {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Everyone => 1,
            Self::ParticipantsSinceJoining => 2,
            Self::HostOnly => 3,
            Self::Organisation => 4,
            Self::OrganisationSinceJoining => 5,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for AiCompanionQuestioners {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Everyone,
            2 => Self::ParticipantsSinceJoining,
            3 => Self::HostOnly,
            4 => Self::Organisation,
            5 => Self::OrganisationSinceJoining,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(AiCompanionQuestioners);

impl crate::runtime::Check for AiCompanionQuestioners {}
/// Calendar integration the meeting was scheduled from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalendarType {
    /// `1`: The Outlook add-in.
    Outlook,
    /// `2`: The Google Calendar add-on.
    GoogleCalendar,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl CalendarType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Outlook => 1,
            Self::GoogleCalendar => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for CalendarType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Outlook,
            2 => Self::GoogleCalendar,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(CalendarType);

impl crate::runtime::Check for CalendarType {}
/// Polls to add in one request.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMeetingBatchPollsRequest {
    /// The `polls` field.
    ///
    /// 1 to 25 items.
    pub polls: Vec<Poll>,
}

crate::runtime::object_impls!(
    CreateMeetingBatchPollsRequest { "polls" => polls required }
);

impl CreateMeetingBatchPollsRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(polls: Vec<Poll>) -> Self {
        Self { polls }
    }
}

impl crate::runtime::Check for CreateMeetingBatchPollsRequest {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "polls",
            &self.polls,
            &crate::runtime::Rules {
                min_items: Some(1),
                max_items: Some(25),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A meeting to schedule.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateMeetingRequest {
    /// The `topic` field.
    ///
    /// At most 200 characters.
    pub topic: Option<String>,
    /// Kind of meeting.
    pub type_: Option<MeetingType>,
    /// Start of a scheduled or fixed-time recurring meeting: UTC with a `Z`, or local time without one, read in `timezone`. Missing or past values mean now.
    ///
    /// Matches `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$`.
    pub start_time: Option<crate::ZoomDateTime>,
    /// Planned length in minutes (types 2 and 8).
    ///
    /// From 1 to 1440. Zoom assumes `60` when this is not sent.
    pub duration: Option<i64>,
    /// Time zone of start_time, such as `Europe/Berlin`; the account's time zone when absent.
    pub timezone: Option<String>,
    /// The `agenda` field.
    ///
    /// At most 2000 characters.
    pub agenda: Option<String>,
    /// Passcode; it must meet the account's passcode rules.
    ///
    /// At most 10 characters.
    pub password: Option<String>,
    /// Generate a passcode when none is given and the user's settings require one.
    ///
    /// Zoom assumes `true` when this is not sent.
    pub default_password: Option<bool>,
    /// Preschedule the meeting through the Google Workspace add-on (types 2 and 3 only).
    ///
    /// Zoom assumes `false` when this is not sent.
    pub pre_schedule: Option<bool>,
    /// Email address or ID of the user the meeting is scheduled for.
    pub schedule_for: Option<String>,
    /// Admin meeting template to schedule with (see List meeting templates).
    pub template_id: Option<String>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// Settings of one meeting. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings.
    pub settings: Option<MeetingSettings>,
}

crate::runtime::object_impls!(
    CreateMeetingRequest { "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "duration" => duration optional, "timezone" =>
    timezone optional, "agenda" => agenda optional, "password" => password optional,
    "default_password" => default_password optional, "pre_schedule" => pre_schedule
    optional, "schedule_for" => schedule_for optional, "template_id" => template_id
    optional, "recurrence" => recurrence optional, "tracking_fields" => tracking_fields
    optional, "settings" => settings optional }
);

impl crate::runtime::Check for CreateMeetingRequest {
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
            "duration",
            &self.duration,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(1440.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "agenda",
            &self.agenda,
            &crate::runtime::Rules {
                max_length: Some(2000),
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
    }
}

/// How early participants may join when join_before_host is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JoinBeforeHostTime {
    /// `0`: At any time.
    Anytime,
    /// `5`: Up to 5 minutes before the start.
    Minutes5,
    /// `10`: Up to 10 minutes before the start.
    Minutes10,
    /// `15`: Up to 15 minutes before the start.
    Minutes15,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl JoinBeforeHostTime {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Anytime => 0,
            Self::Minutes5 => 5,
            Self::Minutes10 => 10,
            Self::Minutes15 => 15,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for JoinBeforeHostTime {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Anytime,
            5 => Self::Minutes5,
            10 => Self::Minutes10,
            15 => Self::Minutes15,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(JoinBeforeHostTime);

impl crate::runtime::Check for JoinBeforeHostTime {}
/// An action on a running meeting and what it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveMeetingControl {
    /// The `method` field.
    pub method: LiveMeetingControlMethod,
    /// What the chosen method needs; fields for other methods are ignored.
    pub params: Option<LiveMeetingControlParams>,
}

crate::runtime::object_impls!(
    LiveMeetingControl { "method" => method required, "params" => params optional }
);

impl LiveMeetingControl {
    /// A value with the required fields set and every other one `None`.
    pub fn new(method: LiveMeetingControlMethod) -> Self {
        Self { method, params: None }
    }
}

impl crate::runtime::Check for LiveMeetingControl {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("params", &self.params, &crate::runtime::Rules::NONE);
    }
}

/// The `LiveMeetingControlMethod` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LiveMeetingControlMethod {
    /// `recording.start`: Start the cloud recording.
    RecordingStart,
    /// `recording.stop`: Stop the cloud recording.
    RecordingStop,
    /// `recording.pause`: Pause the cloud recording.
    RecordingPause,
    /// `recording.resume`: Resume a paused cloud recording.
    RecordingResume,
    /// `participant.invite`: Invite users of the account (params.contacts).
    ParticipantInvite,
    /// `participant.invite.callout`: Call a phone number (params.invitee_name, phone_number, invite_options).
    ParticipantInviteCallout,
    /// `participant.invite.room_system_callout`: Call an H.323 or SIP room system (params.call_type, device_ip and headers).
    ParticipantInviteRoomSystemCallout,
    /// `waiting_room.update`: Change the waiting-room title and text.
    WaitingRoomUpdate,
    /// `ai_companion.start`: Start the AI Companion (params.ai_companion_mode).
    AiCompanionStart,
    /// `ai_companion.stop`: Stop the AI Companion.
    AiCompanionStop,
    /// `ai_companion.disable`: Turn the AI Companion off for the meeting.
    AiCompanionDisable,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl LiveMeetingControlMethod {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RecordingStart => "recording.start",
            Self::RecordingStop => "recording.stop",
            Self::RecordingPause => "recording.pause",
            Self::RecordingResume => "recording.resume",
            Self::ParticipantInvite => "participant.invite",
            Self::ParticipantInviteCallout => "participant.invite.callout",
            Self::ParticipantInviteRoomSystemCallout => {
                "participant.invite.room_system_callout"
            }
            Self::WaitingRoomUpdate => "waiting_room.update",
            Self::AiCompanionStart => "ai_companion.start",
            Self::AiCompanionStop => "ai_companion.stop",
            Self::AiCompanionDisable => "ai_companion.disable",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for LiveMeetingControlMethod {
    fn from(value: &str) -> Self {
        match value {
            "recording.start" => Self::RecordingStart,
            "recording.stop" => Self::RecordingStop,
            "recording.pause" => Self::RecordingPause,
            "recording.resume" => Self::RecordingResume,
            "participant.invite" => Self::ParticipantInvite,
            "participant.invite.callout" => Self::ParticipantInviteCallout,
            "participant.invite.room_system_callout" => {
                Self::ParticipantInviteRoomSystemCallout
            }
            "waiting_room.update" => Self::WaitingRoomUpdate,
            "ai_companion.start" => Self::AiCompanionStart,
            "ai_companion.stop" => Self::AiCompanionStop,
            "ai_companion.disable" => Self::AiCompanionDisable,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(LiveMeetingControlMethod);

impl crate::runtime::Check for LiveMeetingControlMethod {}
/// What the chosen method needs; fields for other methods are ignored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LiveMeetingControlParams {
    /// Users to invite, by email address or ID.
    ///
    /// At most 10 items.
    pub contacts: Option<Vec<LiveMeetingControlParamsContactsItem>>,
    /// Name shown in the meeting for a phone call-out.
    pub invitee_name: Option<String>,
    /// Number to call.
    pub phone_number: Option<String>,
    /// How a phone call-out connects.
    pub invite_options: Option<LiveMeetingControlParamsInviteOptions>,
    /// Protocol of a room-system call-out.
    pub call_type: Option<LiveMeetingControlParamsCallType>,
    /// IP address or URI of the room system.
    pub device_ip: Option<String>,
    /// Names shown for an H.323 call-out.
    pub h323_headers: Option<LiveMeetingControlParamsH323Headers>,
    /// Headers sent with a SIP call-out.
    pub sip_headers: Option<LiveMeetingControlParamsSipHeaders>,
    /// The `waiting_room_title` field.
    pub waiting_room_title: Option<String>,
    /// The `waiting_room_description` field.
    pub waiting_room_description: Option<String>,
    /// Which AI Companion features to start or stop.
    ///
    /// Zoom assumes `"all"` when this is not sent.
    pub ai_companion_mode: Option<LiveMeetingControlParamsAiCompanionMode>,
    /// Keep the transcript when the AI Companion starts or stops.
    pub retain_meeting_transcript: Option<bool>,
    /// Delete transcripts and summaries when the AI Companion stops.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub delete_meeting_assets: Option<bool>,
}

crate::runtime::object_impls!(
    LiveMeetingControlParams { "contacts" => contacts optional, "invitee_name" =>
    invitee_name optional, "phone_number" => phone_number optional, "invite_options" =>
    invite_options optional, "call_type" => call_type optional, "device_ip" => device_ip
    optional, "h323_headers" => h323_headers optional, "sip_headers" => sip_headers
    optional, "waiting_room_title" => waiting_room_title optional,
    "waiting_room_description" => waiting_room_description optional, "ai_companion_mode"
    => ai_companion_mode optional, "retain_meeting_transcript" =>
    retain_meeting_transcript optional, "delete_meeting_assets" => delete_meeting_assets
    optional }
);

impl crate::runtime::Check for LiveMeetingControlParams {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "contacts",
            &self.contacts,
            &crate::runtime::Rules {
                max_items: Some(10),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field("h323_headers", &self.h323_headers, &crate::runtime::Rules::NONE);
        v.field("sip_headers", &self.sip_headers, &crate::runtime::Rules::NONE);
    }
}

/// Which AI Companion features to start or stop.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LiveMeetingControlParamsAiCompanionMode {
    /// `questions`: Questions about the meeting.
    Questions,
    /// `summary`: The meeting summary.
    Summary,
    /// `all`: Both.
    All,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl LiveMeetingControlParamsAiCompanionMode {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Questions => "questions",
            Self::Summary => "summary",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for LiveMeetingControlParamsAiCompanionMode {
    fn from(value: &str) -> Self {
        match value {
            "questions" => Self::Questions,
            "summary" => Self::Summary,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(LiveMeetingControlParamsAiCompanionMode);

impl crate::runtime::Check for LiveMeetingControlParamsAiCompanionMode {}
/// Protocol of a room-system call-out.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LiveMeetingControlParamsCallType {
    /// `h323`: H.323.
    H323,
    /// `sip`: SIP.
    Sip,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl LiveMeetingControlParamsCallType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::H323 => "h323",
            Self::Sip => "sip",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for LiveMeetingControlParamsCallType {
    fn from(value: &str) -> Self {
        match value {
            "h323" => Self::H323,
            "sip" => Self::Sip,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(LiveMeetingControlParamsCallType);

impl crate::runtime::Check for LiveMeetingControlParamsCallType {}
/// The `LiveMeetingControlParamsContactsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LiveMeetingControlParamsContactsItem {
    /// The `email` field.
    pub email: Option<String>,
    /// The `id` field.
    pub id: Option<String>,
}

crate::runtime::object_impls!(
    LiveMeetingControlParamsContactsItem { "email" => email optional, "id" => id optional
    }
);

impl crate::runtime::Check for LiveMeetingControlParamsContactsItem {}
/// Names shown for an H.323 call-out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LiveMeetingControlParamsH323Headers {
    /// The `from_display_name` field.
    ///
    /// At most 64 characters.
    pub from_display_name: Option<String>,
    /// The `to_display_name` field.
    ///
    /// At most 64 characters.
    pub to_display_name: Option<String>,
}

crate::runtime::object_impls!(
    LiveMeetingControlParamsH323Headers { "from_display_name" => from_display_name
    optional, "to_display_name" => to_display_name optional }
);

impl crate::runtime::Check for LiveMeetingControlParamsH323Headers {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "from_display_name",
            &self.from_display_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "to_display_name",
            &self.to_display_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// How a phone call-out connects.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LiveMeetingControlParamsInviteOptions {
    /// Play a greeting before connecting.
    ///
    /// Zoom assumes `true` when this is not sent.
    pub require_greeting: Option<bool>,
    /// The callee must press 1 to connect.
    ///
    /// Zoom assumes `true` when this is not sent.
    pub require_pressing_one: Option<bool>,
}

crate::runtime::object_impls!(
    LiveMeetingControlParamsInviteOptions { "require_greeting" => require_greeting
    optional, "require_pressing_one" => require_pressing_one optional }
);

impl crate::runtime::Check for LiveMeetingControlParamsInviteOptions {}
/// Headers sent with a SIP call-out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LiveMeetingControlParamsSipHeaders {
    /// The `from_display_name` field.
    ///
    /// At most 64 characters.
    pub from_display_name: Option<String>,
    /// The `to_display_name` field.
    ///
    /// At most 64 characters.
    pub to_display_name: Option<String>,
    /// Caller URI, starting with `sip:` or `sips:`.
    ///
    /// At most 256 characters.
    pub from_uri: Option<String>,
    /// The `additional_headers` field.
    ///
    /// At most 10 items.
    pub additional_headers: Option<
        Vec<LiveMeetingControlParamsSipHeadersAdditionalHeadersItem>,
    >,
}

crate::runtime::object_impls!(
    LiveMeetingControlParamsSipHeaders { "from_display_name" => from_display_name
    optional, "to_display_name" => to_display_name optional, "from_uri" => from_uri
    optional, "additional_headers" => additional_headers optional }
);

impl crate::runtime::Check for LiveMeetingControlParamsSipHeaders {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "from_display_name",
            &self.from_display_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "to_display_name",
            &self.to_display_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "from_uri",
            &self.from_uri,
            &crate::runtime::Rules {
                max_length: Some(256),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "additional_headers",
            &self.additional_headers,
            &crate::runtime::Rules {
                max_items: Some(10),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The `LiveMeetingControlParamsSipHeadersAdditionalHeadersItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LiveMeetingControlParamsSipHeadersAdditionalHeadersItem {
    /// The `key` field.
    ///
    /// At most 32 characters.
    pub key: Option<String>,
    /// The `value` field.
    ///
    /// At most 256 characters.
    pub value: Option<String>,
}

crate::runtime::object_impls!(
    LiveMeetingControlParamsSipHeadersAdditionalHeadersItem { "key" => key optional,
    "value" => value optional }
);

impl crate::runtime::Check for LiveMeetingControlParamsSipHeadersAdditionalHeadersItem {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "key",
            &self.key,
            &crate::runtime::Rules {
                max_length: Some(32),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "value",
            &self.value,
            &crate::runtime::Rules {
                max_length: Some(256),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Resolution of a live stream.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LiveStreamResolution {
    /// `720p`: 720 lines.
    P720,
    /// `1080p`: 1080 lines; must be set when the user enabled 1080p.
    P1080,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl LiveStreamResolution {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::P720 => "720p",
            Self::P1080 => "1080p",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for LiveStreamResolution {
    fn from(value: &str) -> Self {
        match value {
            "720p" => Self::P720,
            "1080p" => Self::P1080,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(LiveStreamResolution);

impl crate::runtime::Check for LiveStreamResolution {}
/// A meeting as Zoom returns it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meeting {
    /// Meeting ID, also called the meeting number; it can be longer than 10 digits.
    pub id: Option<i64>,
    /// UUID of the current instance; every instance of a meeting gets a new one.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `host_email` field.
    ///
    /// Format: `email`.
    pub host_email: Option<String>,
    /// The user who scheduled the meeting for the host, if any.
    pub assistant_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting.
    pub type_: Option<MeetingType>,
    /// Whether a meeting is running.
    pub status: Option<MeetingStatus>,
    /// Start of the meeting, in UTC.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Planned length in minutes.
    pub duration: Option<i64>,
    /// Time zone used to show start_time, such as `Europe/Berlin`.
    pub timezone: Option<String>,
    /// The `agenda` field.
    pub agenda: Option<String>,
    /// The `created_at` field.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Link that starts the meeting as host; keep it private. It expires after two hours (90 days for custCreate users).
    pub start_url: Option<String>,
    /// Link for participants.
    pub join_url: Option<String>,
    /// Link to the meeting's chat.
    pub chat_join_url: Option<String>,
    /// Registration page; only for meetings that require registration.
    pub registration_url: Option<String>,
    /// Meeting passcode.
    pub password: Option<String>,
    /// Passcode for H.323 and SIP room systems.
    pub h323_password: Option<String>,
    /// Passcode for phone participants.
    pub pstn_password: Option<String>,
    /// Encrypted passcode for H.323 and SIP endpoints.
    pub encrypted_password: Option<String>,
    /// Personal meeting ID, when the meeting uses it (types 2 and 3).
    pub pmi: Option<String>,
    /// Whether the meeting was prescheduled through the Google Workspace add-on.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub pre_schedule: Option<bool>,
    /// Admin meeting template the meeting was scheduled with.
    pub template_id: Option<String>,
    /// Host key valid for this meeting.
    pub dynamic_host_key: Option<String>,
    /// Where a meeting was scheduled.
    pub creation_source: Option<MeetingCreationSource>,
    /// Occurrences of a recurring meeting.
    pub occurrences: Option<Vec<Occurrence>>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// Settings of one meeting. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings.
    pub settings: Option<MeetingSettings>,
}

crate::runtime::object_impls!(
    Meeting { "id" => id optional, "uuid" => uuid optional, "host_id" => host_id
    optional, "host_email" => host_email optional, "assistant_id" => assistant_id
    optional, "topic" => topic optional, "type" => type_ optional, "status" => status
    optional, "start_time" => start_time optional, "duration" => duration optional,
    "timezone" => timezone optional, "agenda" => agenda optional, "created_at" =>
    created_at optional, "start_url" => start_url optional, "join_url" => join_url
    optional, "chat_join_url" => chat_join_url optional, "registration_url" =>
    registration_url optional, "password" => password optional, "h323_password" =>
    h323_password optional, "pstn_password" => pstn_password optional,
    "encrypted_password" => encrypted_password optional, "pmi" => pmi optional,
    "pre_schedule" => pre_schedule optional, "template_id" => template_id optional,
    "dynamic_host_key" => dynamic_host_key optional, "creation_source" => creation_source
    optional, "occurrences" => occurrences optional, "recurrence" => recurrence optional,
    "tracking_fields" => tracking_fields optional, "settings" => settings optional }
);

impl crate::runtime::Check for Meeting {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "host_email",
            &self.host_email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
        v.field("recurrence", &self.recurrence, &crate::runtime::Rules::NONE);
        v.field("settings", &self.settings, &crate::runtime::Rules::NONE);
    }
}

/// The polls that were created.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingBatchPolls {
    /// The `polls` field.
    pub polls: Option<Vec<PollDetail>>,
}

crate::runtime::object_impls!(MeetingBatchPolls { "polls" => polls optional });

impl crate::runtime::Check for MeetingBatchPolls {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("polls", &self.polls, &crate::runtime::Rules::NONE);
    }
}

/// Where a meeting was scheduled.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingCreationSource {
    /// `other`: Another client or integration.
    Other,
    /// `open_api`: The REST API.
    OpenApi,
    /// `web_portal`: The Zoom web portal.
    WebPortal,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingCreationSource {
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

impl From<&str> for MeetingCreationSource {
    fn from(value: &str) -> Self {
        match value {
            "other" => Self::Other,
            "open_api" => Self::OpenApi,
            "web_portal" => Self::WebPortal,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingCreationSource);

impl crate::runtime::Check for MeetingCreationSource {}
/// Invitation text of a meeting.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingInvitation {
    /// The `invitation` field.
    pub invitation: Option<String>,
    /// SIP addresses for joining from a phone system.
    pub sip_links: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    MeetingInvitation { "invitation" => invitation optional, "sip_links" => sip_links
    optional }
);

impl crate::runtime::Check for MeetingInvitation {}
/// One page of a host's meetings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingList {
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    pub next_page_token: Option<String>,
    /// The `page_count` field.
    pub page_count: Option<i64>,
    /// The `page_number` field.
    ///
    /// Zoom assumes `1` when this is not sent.
    pub page_number: Option<i64>,
    /// The `page_size` field.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub page_size: Option<i64>,
    /// The `total_records` field.
    pub total_records: Option<i64>,
    /// The `meetings` field.
    pub meetings: Option<Vec<MeetingListItem>>,
}

crate::runtime::object_impls!(
    MeetingList { "next_page_token" => next_page_token optional, "page_count" =>
    page_count optional, "page_number" => page_number optional, "page_size" => page_size
    optional, "total_records" => total_records optional, "meetings" => meetings optional
    }
);

impl crate::runtime::Check for MeetingList {
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

/// A meeting as List meetings shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingListItem {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting.
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The agenda cut to 250 characters; Get a meeting has all of it.
    pub agenda: Option<String>,
    /// The `created_at` field.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `join_url` field.
    pub join_url: Option<String>,
    /// Personal meeting ID, only when the meeting uses it.
    pub pmi: Option<String>,
}

crate::runtime::object_impls!(
    MeetingListItem { "id" => id optional, "uuid" => uuid optional, "host_id" => host_id
    optional, "topic" => topic optional, "type" => type_ optional, "start_time" =>
    start_time optional, "duration" => duration optional, "timezone" => timezone
    optional, "agenda" => agenda optional, "created_at" => created_at optional,
    "join_url" => join_url optional, "pmi" => pmi optional }
);

impl crate::runtime::Check for MeetingListItem {}
/// Which of a host's meetings to list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingListType {
    /// `scheduled`: Unexpired past, running and upcoming meetings.
    Scheduled,
    /// `live`: Running meetings.
    Live,
    /// `upcoming`: Upcoming and running meetings.
    Upcoming,
    /// `upcoming_meetings`: Upcoming and running meetings (second name of the same view).
    UpcomingMeetings,
    /// `previous_meetings`: Unexpired meetings whose planned end has passed.
    PreviousMeetings,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingListType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Live => "live",
            Self::Upcoming => "upcoming",
            Self::UpcomingMeetings => "upcoming_meetings",
            Self::PreviousMeetings => "previous_meetings",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingListType {
    fn from(value: &str) -> Self {
        match value {
            "scheduled" => Self::Scheduled,
            "live" => Self::Live,
            "upcoming" => Self::Upcoming,
            "upcoming_meetings" => Self::UpcomingMeetings,
            "previous_meetings" => Self::PreviousMeetings,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingListType);

impl crate::runtime::Check for MeetingListType {}
/// Where a meeting is streamed to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingLiveStream {
    /// The `stream_url` field.
    pub stream_url: Option<String>,
    /// The `stream_key` field.
    pub stream_key: Option<String>,
    /// Public page where the stream can be watched.
    pub page_url: Option<String>,
    /// Resolution of a live stream.
    pub resolution: Option<LiveStreamResolution>,
}

crate::runtime::object_impls!(
    MeetingLiveStream { "stream_url" => stream_url optional, "stream_key" => stream_key
    optional, "page_url" => page_url optional, "resolution" => resolution optional }
);

impl crate::runtime::Check for MeetingLiveStream {}
/// Starts, stops or adjusts a meeting's live stream.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingLiveStreamStatusUpdate {
    /// The `action` field.
    pub action: MeetingLiveStreamStatusUpdateAction,
    /// Stream options; layout and captions apply to start and mode, the rest to start.
    pub settings: Option<MeetingLiveStreamStatusUpdateSettings>,
}

crate::runtime::object_impls!(
    MeetingLiveStreamStatusUpdate { "action" => action required, "settings" => settings
    optional }
);

impl MeetingLiveStreamStatusUpdate {
    /// A value with the required fields set and every other one `None`.
    pub fn new(action: MeetingLiveStreamStatusUpdateAction) -> Self {
        Self { action, settings: None }
    }
}

impl crate::runtime::Check for MeetingLiveStreamStatusUpdate {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("settings", &self.settings, &crate::runtime::Rules::NONE);
    }
}

/// The `MeetingLiveStreamStatusUpdateAction` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingLiveStreamStatusUpdateAction {
    /// `start`: Start streaming.
    Start,
    /// `stop`: Stop streaming.
    Stop,
    /// `mode`: Change the layout or captions while streaming.
    Mode,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingLiveStreamStatusUpdateAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Start => "start",
            Self::Stop => "stop",
            Self::Mode => "mode",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingLiveStreamStatusUpdateAction {
    fn from(value: &str) -> Self {
        match value {
            "start" => Self::Start,
            "stop" => Self::Stop,
            "mode" => Self::Mode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingLiveStreamStatusUpdateAction);

impl crate::runtime::Check for MeetingLiveStreamStatusUpdateAction {}
/// Stream options; layout and captions apply to start and mode, the rest to start.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingLiveStreamStatusUpdateSettings {
    /// Show the active speaker's name.
    pub active_speaker_name: Option<bool>,
    /// Name of the stream.
    ///
    /// 1 to 50 characters.
    pub display_name: Option<String>,
    /// The `layout` field.
    ///
    /// Zoom assumes `"follow_host"` when this is not sent.
    pub layout: Option<MeetingLiveStreamStatusUpdateSettingsLayout>,
    /// The `close_caption` field.
    ///
    /// Zoom assumes `"burnt-in"` when this is not sent.
    pub close_caption: Option<MeetingLiveStreamStatusUpdateSettingsCloseCaption>,
}

crate::runtime::object_impls!(
    MeetingLiveStreamStatusUpdateSettings { "active_speaker_name" => active_speaker_name
    optional, "display_name" => display_name optional, "layout" => layout optional,
    "close_caption" => close_caption optional }
);

impl crate::runtime::Check for MeetingLiveStreamStatusUpdateSettings {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "display_name",
            &self.display_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(50),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The `MeetingLiveStreamStatusUpdateSettingsCloseCaption` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingLiveStreamStatusUpdateSettingsCloseCaption {
    /// `burnt-in`: Captions drawn into the video.
    BurntIn,
    /// `embedded`: Captions carried beside the video.
    Embedded,
    /// `off`: No captions.
    Off,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingLiveStreamStatusUpdateSettingsCloseCaption {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BurntIn => "burnt-in",
            Self::Embedded => "embedded",
            Self::Off => "off",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingLiveStreamStatusUpdateSettingsCloseCaption {
    fn from(value: &str) -> Self {
        match value {
            "burnt-in" => Self::BurntIn,
            "embedded" => Self::Embedded,
            "off" => Self::Off,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingLiveStreamStatusUpdateSettingsCloseCaption);

impl crate::runtime::Check for MeetingLiveStreamStatusUpdateSettingsCloseCaption {}
/// The `MeetingLiveStreamStatusUpdateSettingsLayout` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingLiveStreamStatusUpdateSettingsLayout {
    /// `follow_host`: The host's view.
    FollowHost,
    /// `gallery_view`: Gallery view.
    GalleryView,
    /// `speaker_view`: Speaker view.
    SpeakerView,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingLiveStreamStatusUpdateSettingsLayout {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FollowHost => "follow_host",
            Self::GalleryView => "gallery_view",
            Self::SpeakerView => "speaker_view",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingLiveStreamStatusUpdateSettingsLayout {
    fn from(value: &str) -> Self {
        match value {
            "follow_host" => Self::FollowHost,
            "gallery_view" => Self::GalleryView,
            "speaker_view" => Self::SpeakerView,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingLiveStreamStatusUpdateSettingsLayout);

impl crate::runtime::Check for MeetingLiveStreamStatusUpdateSettingsLayout {}
/// Where to stream a meeting to.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingLiveStreamUpdate {
    /// The `stream_url` field.
    ///
    /// At most 1024 characters.
    pub stream_url: String,
    /// The `stream_key` field.
    ///
    /// At most 512 characters.
    pub stream_key: String,
    /// Public page where the stream can be watched.
    ///
    /// At most 1024 characters. Format: `uri`.
    pub page_url: String,
    /// Resolution of a live stream.
    pub resolution: Option<LiveStreamResolution>,
}

crate::runtime::object_impls!(
    MeetingLiveStreamUpdate { "stream_url" => stream_url required, "stream_key" =>
    stream_key required, "page_url" => page_url required, "resolution" => resolution
    optional }
);

impl MeetingLiveStreamUpdate {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        stream_url: impl Into<String>,
        stream_key: impl Into<String>,
        page_url: impl Into<String>,
    ) -> Self {
        Self {
            stream_url: stream_url.into(),
            stream_key: stream_key.into(),
            page_url: page_url.into(),
            resolution: None,
        }
    }
}

impl crate::runtime::Check for MeetingLiveStreamUpdate {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "stream_url",
            &self.stream_url,
            &crate::runtime::Rules {
                max_length: Some(1024),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "stream_key",
            &self.stream_key,
            &crate::runtime::Rules {
                max_length: Some(512),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "page_url",
            &self.page_url,
            &crate::runtime::Rules {
                max_length: Some(1024),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Settings of one meeting. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettings {
    /// Start with the host's video on.
    pub host_video: Option<bool>,
    /// Start with participants' video on.
    pub participant_video: Option<bool>,
    /// Let participants join before the host (types 2, 3 and 8); a waiting room turns this off.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub join_before_host: Option<bool>,
    /// How early participants may join when join_before_host is on.
    pub jbh_time: Option<JoinBeforeHostTime>,
    /// The `mute_upon_entry` field.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub mute_upon_entry: Option<bool>,
    /// Use a waiting room.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub waiting_room: Option<bool>,
    /// Who goes to the waiting room of this meeting.
    pub waiting_room_options: Option<MeetingSettingsWaitingRoomOptions>,
    /// Show a watermark on shared screens.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub watermark: Option<bool>,
    /// Hold the meeting in the host's personal meeting ID (types 2 and 3).
    pub use_pmi: Option<bool>,
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
    /// Semicolon-separated email addresses or IDs of alternative hosts.
    pub alternative_hosts: Option<String>,
    /// Email the alternative hosts.
    ///
    /// Zoom assumes `true` when this is not sent.
    pub alternative_hosts_email_notification: Option<bool>,
    /// Let alternative hosts add and edit polls (client 5.8.0 or later).
    pub alternative_host_update_polls: Option<bool>,
    /// Let alternative hosts manage the meeting summary.
    pub alternative_host_manage_meeting_summary: Option<bool>,
    /// Let alternative hosts manage the cloud recordings.
    pub alternative_host_manage_cloud_recording: Option<bool>,
    /// Close registration after the meeting date.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub close_registration: Option<bool>,
    /// Show social sharing buttons on the registration page.
    pub show_share_button: Option<bool>,
    /// Show the join details on the registration confirmation page.
    pub show_join_info: Option<bool>,
    /// Let registrants join from several devices.
    pub allow_multiple_devices: Option<bool>,
    /// Send registrants a confirmation email.
    pub registrants_confirmation_email: Option<bool>,
    /// Email registrants when they are approved, denied or cancelled; needed for the confirmation email.
    pub registrants_email_notification: Option<bool>,
    /// Contact person shown to registrants.
    pub contact_name: Option<String>,
    /// Contact address shown to registrants.
    pub contact_email: Option<String>,
    /// Only authenticated users may join.
    pub meeting_authentication: Option<bool>,
    /// ID of the authentication option, from the user's settings.
    pub authentication_option: Option<String>,
    /// Sent by Zoom only. Name of the authentication option.
    pub authentication_name: Option<String>,
    /// Comma-separated email domains allowed to join; wildcards are accepted.
    pub authentication_domains: Option<String>,
    /// People who may join without authenticating; each gets their own link.
    pub authentication_exception: Option<
        Vec<MeetingSettingsAuthenticationExceptionItem>,
    >,
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
    /// How meetings are encrypted.
    pub encryption_type: Option<EncryptionType>,
    /// Host the meeting in China.
    ///
    /// Zoom assumes `false` when this is not sent. Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub cn_meeting: Option<bool>,
    /// Host the meeting in India.
    ///
    /// Zoom assumes `false` when this is not sent. Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub in_meeting: Option<bool>,
    /// Countries whose dial-in numbers are offered.
    pub global_dial_in_countries: Option<Vec<String>>,
    /// Sent by Zoom only. The dial-in numbers.
    pub global_dial_in_numbers: Option<Vec<GlobalDialInNumber>>,
    /// Country codes of data center regions to add for this meeting, among those the account offers.
    pub additional_data_center_regions: Option<Vec<String>>,
    /// Let in, or keep out, participants from some countries or regions.
    pub approved_or_denied_countries_or_regions: Option<
        MeetingSettingsApprovedOrDeniedCountriesOrRegions,
    >,
    /// Breakout rooms with participants assigned in advance.
    pub breakout_room: Option<MeetingSettingsBreakoutRoom>,
    /// Language interpretation of a session. Languages must first be added in the web portal.
    pub language_interpretation: Option<LanguageInterpretation>,
    /// Sign language interpretation of a session. Languages must first be added in the web portal.
    pub sign_language_interpretation: Option<SignLanguageInterpretation>,
    /// Q&A during the meeting; the user's setting applies when absent.
    pub question_and_answer: Option<MeetingSettingsQuestionAndAnswer>,
    /// Chat that lasts beyond the meeting (types 2, 3 and 8).
    pub continuous_meeting_chat: Option<MeetingSettingsContinuousMeetingChat>,
    /// The `meeting_invitees` field.
    pub meeting_invitees: Option<Vec<MeetingSettingsMeetingInviteesItem>>,
    /// Your own keys and values stored with the meeting.
    ///
    /// At most 10 items.
    pub custom_keys: Option<Vec<MeetingSettingsCustomKeysItem>>,
    /// Whiteboards attached to the meeting.
    pub resources: Option<Vec<MeetingSettingsResourcesItem>>,
    /// Put the recording into video management channels (to be enabled by Zoom support).
    pub auto_add_recording_to_video_management: Option<
        MeetingSettingsAutoAddRecordingToVideoManagement,
    >,
    /// Start the AI Companion meeting summary automatically.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub auto_start_meeting_summary: Option<bool>,
    /// Who gets the AI Companion summary.
    pub who_will_receive_summary: Option<MeetingSummaryRecipients>,
    /// Start AI Companion questions automatically.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub auto_start_ai_companion_questions: Option<bool>,
    /// Who may ask the AI Companion about the meeting.
    pub who_can_ask_questions: Option<AiCompanionQuestioners>,
    /// Summary template for the meeting summary.
    pub summary_template_id: Option<String>,
    /// Calendar integration the meeting was scheduled from.
    pub calendar_type: Option<CalendarType>,
    /// Email alternative hosts and users with scheduling privilege.
    ///
    /// Zoom assumes `true` when this is not sent.
    pub email_notification: Option<bool>,
    /// Start in focus mode.
    pub focus_mode: Option<bool>,
    /// The `private_meeting` field.
    pub private_meeting: Option<bool>,
    /// The `internal_meeting` field.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub internal_meeting: Option<bool>,
    /// The `participant_focused_meeting` field.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub participant_focused_meeting: Option<bool>,
    /// Push changes to the host's connected calendar.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub push_change_to_calendar: Option<bool>,
    /// Let the host save the video order.
    pub host_save_video_order: Option<bool>,
    /// The `device_testing` field.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub device_testing: Option<bool>,
    /// Ask before unmuting participants; excludes allow_host_control_participant_mute_state.
    pub request_permission_to_unmute_participants: Option<bool>,
    /// Let host and co-hosts mute and unmute freely; excludes request_permission_to_unmute_participants.
    pub allow_host_control_participant_mute_state: Option<bool>,
    /// Turn participants' video off (to be enabled by Zoom support).
    ///
    /// Zoom assumes `false` when this is not sent.
    pub disable_participant_video: Option<bool>,
    /// Show the email addresses of authenticated guests in attendee reports.
    pub email_in_attendee_report: Option<bool>,
}

crate::runtime::object_impls!(
    MeetingSettings { "host_video" => host_video optional, "participant_video" =>
    participant_video optional, "join_before_host" => join_before_host optional,
    "jbh_time" => jbh_time optional, "mute_upon_entry" => mute_upon_entry optional,
    "waiting_room" => waiting_room optional, "waiting_room_options" =>
    waiting_room_options optional, "watermark" => watermark optional, "use_pmi" =>
    use_pmi optional, "approval_type" => approval_type optional, "registration_type" =>
    registration_type optional, "audio" => audio optional, "audio_conference_info" =>
    audio_conference_info optional, "auto_recording" => auto_recording optional,
    "alternative_hosts" => alternative_hosts optional,
    "alternative_hosts_email_notification" => alternative_hosts_email_notification
    optional, "alternative_host_update_polls" => alternative_host_update_polls optional,
    "alternative_host_manage_meeting_summary" => alternative_host_manage_meeting_summary
    optional, "alternative_host_manage_cloud_recording" =>
    alternative_host_manage_cloud_recording optional, "close_registration" =>
    close_registration optional, "show_share_button" => show_share_button optional,
    "show_join_info" => show_join_info optional, "allow_multiple_devices" =>
    allow_multiple_devices optional, "registrants_confirmation_email" =>
    registrants_confirmation_email optional, "registrants_email_notification" =>
    registrants_email_notification optional, "contact_name" => contact_name optional,
    "contact_email" => contact_email optional, "meeting_authentication" =>
    meeting_authentication optional, "authentication_option" => authentication_option
    optional, "authentication_name" => authentication_name optional,
    "authentication_domains" => authentication_domains optional,
    "authentication_exception" => authentication_exception optional, "enforce_login" =>
    enforce_login optional, "enforce_login_domains" => enforce_login_domains optional,
    "encryption_type" => encryption_type optional, "cn_meeting" => cn_meeting optional,
    "in_meeting" => in_meeting optional, "global_dial_in_countries" =>
    global_dial_in_countries optional, "global_dial_in_numbers" => global_dial_in_numbers
    optional, "additional_data_center_regions" => additional_data_center_regions
    optional, "approved_or_denied_countries_or_regions" =>
    approved_or_denied_countries_or_regions optional, "breakout_room" => breakout_room
    optional, "language_interpretation" => language_interpretation optional,
    "sign_language_interpretation" => sign_language_interpretation optional,
    "question_and_answer" => question_and_answer optional, "continuous_meeting_chat" =>
    continuous_meeting_chat optional, "meeting_invitees" => meeting_invitees optional,
    "custom_keys" => custom_keys optional, "resources" => resources optional,
    "auto_add_recording_to_video_management" => auto_add_recording_to_video_management
    optional, "auto_start_meeting_summary" => auto_start_meeting_summary optional,
    "who_will_receive_summary" => who_will_receive_summary optional,
    "auto_start_ai_companion_questions" => auto_start_ai_companion_questions optional,
    "who_can_ask_questions" => who_can_ask_questions optional, "summary_template_id" =>
    summary_template_id optional, "calendar_type" => calendar_type optional,
    "email_notification" => email_notification optional, "focus_mode" => focus_mode
    optional, "private_meeting" => private_meeting optional, "internal_meeting" =>
    internal_meeting optional, "participant_focused_meeting" =>
    participant_focused_meeting optional, "push_change_to_calendar" =>
    push_change_to_calendar optional, "host_save_video_order" => host_save_video_order
    optional, "device_testing" => device_testing optional,
    "request_permission_to_unmute_participants" =>
    request_permission_to_unmute_participants optional,
    "allow_host_control_participant_mute_state" =>
    allow_host_control_participant_mute_state optional, "disable_participant_video" =>
    disable_participant_video optional, "email_in_attendee_report" =>
    email_in_attendee_report optional }
);

impl crate::runtime::Check for MeetingSettings {
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
            "authentication_exception",
            &self.authentication_exception,
            &crate::runtime::Rules::NONE,
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
        v.field(
            "meeting_invitees",
            &self.meeting_invitees,
            &crate::runtime::Rules::NONE,
        );
        v.field(
            "custom_keys",
            &self.custom_keys,
            &crate::runtime::Rules {
                max_items: Some(10),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "auto_add_recording_to_video_management",
            &self.auto_add_recording_to_video_management,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// Let in, or keep out, participants from some countries or regions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettingsApprovedOrDeniedCountriesOrRegions {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// The `method` field.
    pub method: Option<MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod>,
    /// The `approved_list` field.
    pub approved_list: Option<Vec<String>>,
    /// The `denied_list` field.
    pub denied_list: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    MeetingSettingsApprovedOrDeniedCountriesOrRegions { "enable" => enable optional,
    "method" => method optional, "approved_list" => approved_list optional, "denied_list"
    => denied_list optional }
);

impl crate::runtime::Check for MeetingSettingsApprovedOrDeniedCountriesOrRegions {}
/// The `MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod {
    /// `approve`: Only the listed places may join.
    Approve,
    /// `deny`: The listed places may not join.
    Deny,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "approve",
            Self::Deny => "deny",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod {
    fn from(value: &str) -> Self {
        match value {
            "approve" => Self::Approve,
            "deny" => Self::Deny,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod
);

impl crate::runtime::Check for MeetingSettingsApprovedOrDeniedCountriesOrRegionsMethod {}
/// The `MeetingSettingsAuthenticationExceptionItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettingsAuthenticationExceptionItem {
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `name` field.
    pub name: Option<String>,
    /// Sent by Zoom only. The person's own join link.
    pub join_url: Option<String>,
}

crate::runtime::object_impls!(
    MeetingSettingsAuthenticationExceptionItem { "email" => email optional, "name" =>
    name optional, "join_url" => join_url optional }
);

impl crate::runtime::Check for MeetingSettingsAuthenticationExceptionItem {
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

/// Put the recording into video management channels (to be enabled by Zoom support).
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSettingsAutoAddRecordingToVideoManagement {
    /// The `enable` field.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub enable: bool,
    /// The `channels` field.
    ///
    /// 1 to 5 items.
    pub channels: Option<
        Vec<MeetingSettingsAutoAddRecordingToVideoManagementChannelsItem>,
    >,
}

crate::runtime::object_impls!(
    MeetingSettingsAutoAddRecordingToVideoManagement { "enable" => enable required,
    "channels" => channels optional }
);

impl MeetingSettingsAutoAddRecordingToVideoManagement {
    /// A value with the required fields set and every other one `None`.
    pub fn new(enable: bool) -> Self {
        Self { enable, channels: None }
    }
}

impl crate::runtime::Check for MeetingSettingsAutoAddRecordingToVideoManagement {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "channels",
            &self.channels,
            &crate::runtime::Rules {
                min_items: Some(1),
                max_items: Some(5),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The `MeetingSettingsAutoAddRecordingToVideoManagementChannelsItem` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSettingsAutoAddRecordingToVideoManagementChannelsItem {
    /// The `channel_id` field.
    pub channel_id: String,
    /// The `name` field.
    pub name: Option<String>,
}

crate::runtime::object_impls!(
    MeetingSettingsAutoAddRecordingToVideoManagementChannelsItem { "channel_id" =>
    channel_id required, "name" => name optional }
);

impl MeetingSettingsAutoAddRecordingToVideoManagementChannelsItem {
    /// A value with the required fields set and every other one `None`.
    pub fn new(channel_id: impl Into<String>) -> Self {
        Self {
            channel_id: channel_id.into(),
            name: None,
        }
    }
}

impl crate::runtime::Check
for MeetingSettingsAutoAddRecordingToVideoManagementChannelsItem {}
/// Breakout rooms with participants assigned in advance.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettingsBreakoutRoom {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// The `rooms` field.
    pub rooms: Option<Vec<MeetingSettingsBreakoutRoomRoomsItem>>,
}

crate::runtime::object_impls!(
    MeetingSettingsBreakoutRoom { "enable" => enable optional, "rooms" => rooms optional
    }
);

impl crate::runtime::Check for MeetingSettingsBreakoutRoom {}
/// The `MeetingSettingsBreakoutRoomRoomsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettingsBreakoutRoomRoomsItem {
    /// The `name` field.
    pub name: Option<String>,
    /// Email addresses of the people assigned to the room.
    pub participants: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    MeetingSettingsBreakoutRoomRoomsItem { "name" => name optional, "participants" =>
    participants optional }
);

impl crate::runtime::Check for MeetingSettingsBreakoutRoomRoomsItem {}
/// Chat that lasts beyond the meeting (types 2, 3 and 8).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettingsContinuousMeetingChat {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// The `auto_add_invited_external_users` field.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub auto_add_invited_external_users: Option<bool>,
    /// The `auto_add_meeting_participants` field.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub auto_add_meeting_participants: Option<bool>,
    /// Sent by Zoom only. The chat channel.
    pub channel_id: Option<String>,
}

crate::runtime::object_impls!(
    MeetingSettingsContinuousMeetingChat { "enable" => enable optional,
    "auto_add_invited_external_users" => auto_add_invited_external_users optional,
    "auto_add_meeting_participants" => auto_add_meeting_participants optional,
    "channel_id" => channel_id optional }
);

impl crate::runtime::Check for MeetingSettingsContinuousMeetingChat {}
/// The `MeetingSettingsCustomKeysItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettingsCustomKeysItem {
    /// The `key` field.
    ///
    /// At most 64 characters.
    pub key: Option<String>,
    /// The `value` field.
    ///
    /// At most 256 characters.
    pub value: Option<String>,
}

crate::runtime::object_impls!(
    MeetingSettingsCustomKeysItem { "key" => key optional, "value" => value optional }
);

impl crate::runtime::Check for MeetingSettingsCustomKeysItem {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "key",
            &self.key,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "value",
            &self.value,
            &crate::runtime::Rules {
                max_length: Some(256),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The `MeetingSettingsMeetingInviteesItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettingsMeetingInviteesItem {
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// Sent by Zoom only. Whether the invitee belongs to the account.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub internal_user: Option<bool>,
}

crate::runtime::object_impls!(
    MeetingSettingsMeetingInviteesItem { "email" => email optional, "internal_user" =>
    internal_user optional }
);

impl crate::runtime::Check for MeetingSettingsMeetingInviteesItem {
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

/// Q&A during the meeting; the user's setting applies when absent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettingsQuestionAndAnswer {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// The `allow_submit_questions` field.
    pub allow_submit_questions: Option<bool>,
    /// The `allow_anonymous_questions` field.
    pub allow_anonymous_questions: Option<bool>,
    /// The `question_visibility` field.
    pub question_visibility: Option<MeetingSettingsQuestionAndAnswerQuestionVisibility>,
    /// Participants may answer or comment in a question's thread.
    pub attendees_can_comment: Option<bool>,
    /// Participants may upvote questions.
    pub attendees_can_upvote: Option<bool>,
}

crate::runtime::object_impls!(
    MeetingSettingsQuestionAndAnswer { "enable" => enable optional,
    "allow_submit_questions" => allow_submit_questions optional,
    "allow_anonymous_questions" => allow_anonymous_questions optional,
    "question_visibility" => question_visibility optional, "attendees_can_comment" =>
    attendees_can_comment optional, "attendees_can_upvote" => attendees_can_upvote
    optional }
);

impl crate::runtime::Check for MeetingSettingsQuestionAndAnswer {}
/// The `MeetingSettingsQuestionAndAnswerQuestionVisibility` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSettingsQuestionAndAnswerQuestionVisibility {
    /// `answered`: Participants see answered questions only.
    Answered,
    /// `all`: Participants see every question.
    All,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingSettingsQuestionAndAnswerQuestionVisibility {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Answered => "answered",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingSettingsQuestionAndAnswerQuestionVisibility {
    fn from(value: &str) -> Self {
        match value {
            "answered" => Self::Answered,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingSettingsQuestionAndAnswerQuestionVisibility);

impl crate::runtime::Check for MeetingSettingsQuestionAndAnswerQuestionVisibility {}
/// The `MeetingSettingsResourcesItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSettingsResourcesItem {
    /// The `resource_type` field.
    pub resource_type: Option<MeetingSettingsResourcesItemResourceType>,
    /// The `resource_id` field.
    pub resource_id: Option<String>,
    /// The `permission_level` field.
    ///
    /// Zoom assumes `"editor"` when this is not sent.
    pub permission_level: Option<MeetingSettingsResourcesItemPermissionLevel>,
}

crate::runtime::object_impls!(
    MeetingSettingsResourcesItem { "resource_type" => resource_type optional,
    "resource_id" => resource_id optional, "permission_level" => permission_level
    optional }
);

impl crate::runtime::Check for MeetingSettingsResourcesItem {}
/// The `MeetingSettingsResourcesItemPermissionLevel` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSettingsResourcesItemPermissionLevel {
    /// `editor`: People with the link may edit.
    Editor,
    /// `commenter`: People with the link may comment.
    Commenter,
    /// `viewer`: People with the link may look.
    Viewer,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingSettingsResourcesItemPermissionLevel {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Editor => "editor",
            Self::Commenter => "commenter",
            Self::Viewer => "viewer",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingSettingsResourcesItemPermissionLevel {
    fn from(value: &str) -> Self {
        match value {
            "editor" => Self::Editor,
            "commenter" => Self::Commenter,
            "viewer" => Self::Viewer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingSettingsResourcesItemPermissionLevel);

impl crate::runtime::Check for MeetingSettingsResourcesItemPermissionLevel {}
/// The `MeetingSettingsResourcesItemResourceType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSettingsResourcesItemResourceType {
    /// `whiteboard`: A Zoom whiteboard.
    Whiteboard,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingSettingsResourcesItemResourceType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Whiteboard => "whiteboard",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingSettingsResourcesItemResourceType {
    fn from(value: &str) -> Self {
        match value {
            "whiteboard" => Self::Whiteboard,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingSettingsResourcesItemResourceType);

impl crate::runtime::Check for MeetingSettingsResourcesItemResourceType {}
/// Who goes to the waiting room of this meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSettingsWaitingRoomOptions {
    /// The `mode` field.
    pub mode: MeetingSettingsWaitingRoomOptionsMode,
    /// Needed when mode is `custom`.
    pub who_goes_to_waiting_room: Option<
        MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom,
    >,
}

crate::runtime::object_impls!(
    MeetingSettingsWaitingRoomOptions { "mode" => mode required,
    "who_goes_to_waiting_room" => who_goes_to_waiting_room optional }
);

impl MeetingSettingsWaitingRoomOptions {
    /// A value with the required fields set and every other one `None`.
    pub fn new(mode: MeetingSettingsWaitingRoomOptionsMode) -> Self {
        Self {
            mode,
            who_goes_to_waiting_room: None,
        }
    }
}

impl crate::runtime::Check for MeetingSettingsWaitingRoomOptions {}
/// The `MeetingSettingsWaitingRoomOptionsMode` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSettingsWaitingRoomOptionsMode {
    /// `follow_setting`: As the web portal settings say.
    FollowSetting,
    /// `custom`: As who_goes_to_waiting_room says.
    Custom,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingSettingsWaitingRoomOptionsMode {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FollowSetting => "follow_setting",
            Self::Custom => "custom",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingSettingsWaitingRoomOptionsMode {
    fn from(value: &str) -> Self {
        match value {
            "follow_setting" => Self::FollowSetting,
            "custom" => Self::Custom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingSettingsWaitingRoomOptionsMode);

impl crate::runtime::Check for MeetingSettingsWaitingRoomOptionsMode {}
/// Needed when mode is `custom`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom {
    /// `everyone`: All participants.
    Everyone,
    /// `users_not_in_account`: People outside the account.
    UsersNotInAccount,
    /// `users_not_in_account_or_whitelisted_domains`: People outside the account and its allowed domains.
    UsersNotInAccountOrAllowedDomains,
    /// `users_not_on_invite`: People not on the invitation.
    UsersNotOnInvite,
    /// `users_not_in_org`: People outside the organisation.
    UsersNotInOrg,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Everyone => "everyone",
            Self::UsersNotInAccount => "users_not_in_account",
            Self::UsersNotInAccountOrAllowedDomains => {
                "users_not_in_account_or_whitelisted_domains"
            }
            Self::UsersNotOnInvite => "users_not_on_invite",
            Self::UsersNotInOrg => "users_not_in_org",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom {
    fn from(value: &str) -> Self {
        match value {
            "everyone" => Self::Everyone,
            "users_not_in_account" => Self::UsersNotInAccount,
            "users_not_in_account_or_whitelisted_domains" => {
                Self::UsersNotInAccountOrAllowedDomains
            }
            "users_not_on_invite" => Self::UsersNotOnInvite,
            "users_not_in_org" => Self::UsersNotInOrg,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom
);

impl crate::runtime::Check for MeetingSettingsWaitingRoomOptionsWhoGoesToWaitingRoom {}
/// Whether a meeting is running.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingStatus {
    /// `waiting`: Not started yet.
    Waiting,
    /// `started`: In progress.
    Started,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Waiting => "waiting",
            Self::Started => "started",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingStatus {
    fn from(value: &str) -> Self {
        match value {
            "waiting" => Self::Waiting,
            "started" => Self::Started,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingStatus);

impl crate::runtime::Check for MeetingStatus {}
/// A change of a meeting's state.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingStatusUpdate {
    /// The `action` field.
    pub action: MeetingStatusUpdateAction,
}

crate::runtime::object_impls!(MeetingStatusUpdate { "action" => action required });

impl MeetingStatusUpdate {
    /// A value with the required fields set and every other one `None`.
    pub fn new(action: MeetingStatusUpdateAction) -> Self {
        Self { action }
    }
}

impl crate::runtime::Check for MeetingStatusUpdate {}
/// The `MeetingStatusUpdateAction` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingStatusUpdateAction {
    /// `end`: End the running meeting.
    End,
    /// `recover`: Restore a deleted meeting.
    Recover,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingStatusUpdateAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::End => "end",
            Self::Recover => "recover",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingStatusUpdateAction {
    fn from(value: &str) -> Self {
        match value {
            "end" => Self::End,
            "recover" => Self::Recover,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingStatusUpdateAction);

impl crate::runtime::Check for MeetingStatusUpdateAction {}
/// Who gets the AI Companion summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingSummaryRecipients {
    /// `1`: The host only.
    Host,
    /// `2`: The host, co-hosts and alternative hosts.
    HostsAndCoHosts,
    /// `3`: The host and invitees of the organisation.
    HostAndInternalInvitees,
    /// `4`: Every invitee, also from outside.
    AllInvitees,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl MeetingSummaryRecipients {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Host => 1,
            Self::HostsAndCoHosts => 2,
            Self::HostAndInternalInvitees => 3,
            Self::AllInvitees => 4,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for MeetingSummaryRecipients {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Host,
            2 => Self::HostsAndCoHosts,
            3 => Self::HostAndInternalInvitees,
            4 => Self::AllInvitees,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(MeetingSummaryRecipients);

impl crate::runtime::Check for MeetingSummaryRecipients {}
/// The `MeetingTemplate` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingTemplate {
    /// The `id` field.
    pub id: Option<String>,
    /// The `name` field.
    pub name: Option<String>,
    /// Who owns a meeting template.
    pub type_: Option<MeetingTemplateType>,
}

crate::runtime::object_impls!(
    MeetingTemplate { "id" => id optional, "name" => name optional, "type" => type_
    optional }
);

impl crate::runtime::Check for MeetingTemplate {}
/// The meeting templates available to a user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingTemplateList {
    /// The `total_records` field.
    pub total_records: Option<i64>,
    /// The `templates` field.
    pub templates: Option<Vec<MeetingTemplate>>,
}

crate::runtime::object_impls!(
    MeetingTemplateList { "total_records" => total_records optional, "templates" =>
    templates optional }
);

impl crate::runtime::Check for MeetingTemplateList {}
/// Who owns a meeting template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingTemplateType {
    /// `1`: The user's own template.
    User,
    /// `2`: A template of the account admin.
    Admin,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl MeetingTemplateType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::User => 1,
            Self::Admin => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for MeetingTemplateType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::User,
            2 => Self::Admin,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(MeetingTemplateType);

impl crate::runtime::Check for MeetingTemplateType {}
/// Kind of meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingType {
    /// `1`: Starts at once; not listed or scheduled.
    Instant,
    /// `2`: Takes place once at a set time.
    Scheduled,
    /// `3`: Recurs without a fixed time; can be started any time.
    RecurringNoFixedTime,
    /// `4`: Held in the host's personal meeting ID (only reported by Zoom).
    PersonalMeetingId,
    /// `8`: Recurs at fixed times.
    RecurringFixedTime,
    /// `10`: Only shares a screen.
    ScreenShareOnly,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl MeetingType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Instant => 1,
            Self::Scheduled => 2,
            Self::RecurringNoFixedTime => 3,
            Self::PersonalMeetingId => 4,
            Self::RecurringFixedTime => 8,
            Self::ScreenShareOnly => 10,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for MeetingType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Instant,
            2 => Self::Scheduled,
            3 => Self::RecurringNoFixedTime,
            4 => Self::PersonalMeetingId,
            8 => Self::RecurringFixedTime,
            10 => Self::ScreenShareOnly,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(MeetingType);

impl crate::runtime::Check for MeetingType {}
/// Facts about an ended meeting instance.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastMeeting {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// Kind of an ended meeting.
    pub type_: Option<PastMeetingType>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Display name of the host.
    pub user_name: Option<String>,
    /// Email address of the host.
    ///
    /// Format: `email`.
    pub user_email: Option<String>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `end_time` field.
    pub end_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Length in minutes.
    pub duration: Option<i64>,
    /// Minutes of all attendees together.
    pub total_minutes: Option<i64>,
    /// The `participants_count` field.
    pub participants_count: Option<i64>,
    /// The host's department.
    pub dept: Option<String>,
    /// `Zoom` for meetings from the web portal or JWT apps, else the OAuth app's name.
    pub source: Option<String>,
    /// Whether a meeting summary was made.
    pub has_meeting_summary: Option<bool>,
}

crate::runtime::object_impls!(
    PastMeeting { "id" => id optional, "uuid" => uuid optional, "host_id" => host_id
    optional, "type" => type_ optional, "topic" => topic optional, "user_name" =>
    user_name optional, "user_email" => user_email optional, "start_time" => start_time
    optional, "end_time" => end_time optional, "duration" => duration optional,
    "total_minutes" => total_minutes optional, "participants_count" => participants_count
    optional, "dept" => dept optional, "source" => source optional, "has_meeting_summary"
    => has_meeting_summary optional }
);

impl crate::runtime::Check for PastMeeting {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "user_email",
            &self.user_email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The ended instances of a meeting.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastMeetingInstances {
    /// The `meetings` field.
    pub meetings: Option<Vec<PastMeetingInstancesMeetingsItem>>,
}

crate::runtime::object_impls!(PastMeetingInstances { "meetings" => meetings optional });

impl crate::runtime::Check for PastMeetingInstances {}
/// The `PastMeetingInstancesMeetingsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastMeetingInstancesMeetingsItem {
    /// UUID of the instance; encode it twice in paths when it starts with `/` or contains `//`.
    pub uuid: Option<String>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
}

crate::runtime::object_impls!(
    PastMeetingInstancesMeetingsItem { "uuid" => uuid optional, "start_time" =>
    start_time optional }
);

impl crate::runtime::Check for PastMeetingInstancesMeetingsItem {}
/// One stay of a participant; rejoining gives a new entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastMeetingParticipant {
    /// The user's ID when they signed in; empty otherwise.
    pub id: Option<String>,
    /// ID of this stay, valid within the meeting only.
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
    /// Whether the participant was failed over to another server.
    pub failover: Option<bool>,
    /// The `status` field.
    pub status: Option<PastMeetingParticipantStatus>,
    /// Whether the participant belongs to the account.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub internal_user: Option<bool>,
}

crate::runtime::object_impls!(
    PastMeetingParticipant { "id" => id optional, "user_id" => user_id optional, "name"
    => name optional, "user_email" => user_email optional, "registrant_id" =>
    registrant_id optional, "join_time" => join_time optional, "leave_time" => leave_time
    optional, "duration" => duration optional, "failover" => failover optional, "status"
    => status optional, "internal_user" => internal_user optional }
);

impl crate::runtime::Check for PastMeetingParticipant {}
/// One page of the participants of an ended meeting.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastMeetingParticipantList {
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
    pub participants: Option<Vec<PastMeetingParticipant>>,
}

crate::runtime::object_impls!(
    PastMeetingParticipantList { "next_page_token" => next_page_token optional,
    "page_count" => page_count optional, "page_size" => page_size optional,
    "total_records" => total_records optional, "participants" => participants optional }
);

impl crate::runtime::Check for PastMeetingParticipantList {
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

/// The `PastMeetingParticipantStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PastMeetingParticipantStatus {
    /// `in_meeting`: In the meeting.
    InMeeting,
    /// `in_waiting_room`: In the waiting room.
    InWaitingRoom,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl PastMeetingParticipantStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InMeeting => "in_meeting",
            Self::InWaitingRoom => "in_waiting_room",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PastMeetingParticipantStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_meeting" => Self::InMeeting,
            "in_waiting_room" => Self::InWaitingRoom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(PastMeetingParticipantStatus);

impl crate::runtime::Check for PastMeetingParticipantStatus {}
/// Kind of an ended meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PastMeetingType {
    /// `0`: Prescheduled.
    Prescheduled,
    /// `1`: Instant.
    Instant,
    /// `2`: Scheduled once.
    Scheduled,
    /// `3`: Recurring without a fixed time.
    RecurringNoFixedTime,
    /// `4`: Held in a personal meeting room.
    PersonalMeetingRoom,
    /// `7`: A personal audio conference.
    PersonalAudioConference,
    /// `8`: Recurring at fixed times.
    RecurringFixedTime,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl PastMeetingType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Prescheduled => 0,
            Self::Instant => 1,
            Self::Scheduled => 2,
            Self::RecurringNoFixedTime => 3,
            Self::PersonalMeetingRoom => 4,
            Self::PersonalAudioConference => 7,
            Self::RecurringFixedTime => 8,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for PastMeetingType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Prescheduled,
            1 => Self::Instant,
            2 => Self::Scheduled,
            3 => Self::RecurringNoFixedTime,
            4 => Self::PersonalMeetingRoom,
            7 => Self::PersonalAudioConference,
            8 => Self::RecurringFixedTime,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(PastMeetingType);

impl crate::runtime::Check for PastMeetingType {}
/// Changes to a meeting; absent fields keep their value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateMeetingRequest {
    /// The `topic` field.
    ///
    /// At most 200 characters.
    pub topic: Option<String>,
    /// Kind of meeting.
    pub type_: Option<MeetingType>,
    /// New start, UTC with a `Z` or local time read in `timezone`; it must lie in the future.
    ///
    /// Matches `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$`.
    pub start_time: Option<crate::ZoomDateTime>,
    /// Planned length in minutes.
    ///
    /// From 1 to 1440.
    pub duration: Option<i64>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `agenda` field.
    ///
    /// At most 2000 characters.
    pub agenda: Option<String>,
    /// The `password` field.
    ///
    /// At most 10 characters.
    pub password: Option<String>,
    /// Preschedule the meeting through the Google Workspace add-on (types 2 and 3 only).
    ///
    /// Zoom assumes `false` when this is not sent.
    pub pre_schedule: Option<bool>,
    /// Email address or ID of the user the meeting is scheduled for.
    pub schedule_for: Option<String>,
    /// The `template_id` field.
    pub template_id: Option<String>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// Settings of one meeting. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings.
    pub settings: Option<MeetingSettings>,
}

crate::runtime::object_impls!(
    UpdateMeetingRequest { "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "duration" => duration optional, "timezone" =>
    timezone optional, "agenda" => agenda optional, "password" => password optional,
    "pre_schedule" => pre_schedule optional, "schedule_for" => schedule_for optional,
    "template_id" => template_id optional, "recurrence" => recurrence optional,
    "tracking_fields" => tracking_fields optional, "settings" => settings optional }
);

impl crate::runtime::Check for UpdateMeetingRequest {
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
            "duration",
            &self.duration,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(1440.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "agenda",
            &self.agenda,
            &crate::runtime::Rules {
                max_length: Some(2000),
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
    }
}
