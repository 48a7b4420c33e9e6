// @generated from spec/webinars.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Webhook events of the `webinars` group, generated from its `x-webhooks`.
#![allow(deprecated)]
use super::super::common::types::ApprovalType;
use super::super::common::types::AudioOption;
use super::super::common::types::AutoRecordingOption;
use super::super::common::types::Occurrence;
use super::super::common::types::Recurrence;
use super::super::common::types::RegistrantEmployeeCount;
use super::super::common::types::RegistrantPurchaseRole;
use super::super::common::types::RegistrantPurchasingTimeFrame;
use super::super::common::types::RegistrationType;
use super::types::WebinarType;
/// The body of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarChangeEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
    pub payload: WebinarChangePayload,
}

crate::runtime::object_impls!(
    WebinarChangeEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl WebinarChangeEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: WebinarChangePayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `object` and `old_object` of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObject {
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `id` field.
    pub id: Option<i64>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of webinar.
    pub type_: Option<WebinarType>,
    /// The `start_time` field.
    pub start_time: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `join_url` field.
    pub join_url: Option<String>,
    /// The `password` field.
    pub password: Option<String>,
    /// The `creation_source` field.
    pub creation_source: Option<WebinarChangeObjectCreationSource>,
    /// The `occurrences` field.
    pub occurrences: Option<Vec<Occurrence>>,
    /// The `settings` field.
    pub settings: Option<WebinarChangeObjectSettings>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    pub recurrence: Option<Recurrence>,
    /// The `agenda` field.
    pub agenda: Option<String>,
    /// The `registration_url` field.
    pub registration_url: Option<String>,
    /// The `old_object` field.
    pub old_object: Option<WebinarChangeObjectOldObject>,
}

crate::runtime::object_impls!(
    WebinarChangeObject { "uuid" => uuid optional, "id" => id optional, "host_id" =>
    host_id optional, "topic" => topic optional, "type" => type_ optional, "start_time"
    => start_time optional, "duration" => duration optional, "timezone" => timezone
    optional, "join_url" => join_url optional, "password" => password optional,
    "creation_source" => creation_source optional, "occurrences" => occurrences optional,
    "settings" => settings optional, "recurrence" => recurrence optional, "agenda" =>
    agenda optional, "registration_url" => registration_url optional, "old_object" =>
    old_object optional }
);

/// The `WebinarChangeObjectCreationSource` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarChangeObjectCreationSource {
    /// `other`.
    Other,
    /// `open_api`.
    OpenApi,
    /// `web_portal`.
    WebPortal,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarChangeObjectCreationSource {
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

impl From<&str> for WebinarChangeObjectCreationSource {
    fn from(value: &str) -> Self {
        match value {
            "other" => Self::Other,
            "open_api" => Self::OpenApi,
            "web_portal" => Self::WebPortal,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarChangeObjectCreationSource);

/// The `WebinarChangeObjectOldObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectOldObject {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `settings` field.
    pub settings: Option<WebinarChangeObjectOldObjectSettings>,
}

crate::runtime::object_impls!(
    WebinarChangeObjectOldObject { "id" => id optional, "settings" => settings optional }
);

/// The `WebinarChangeObjectOldObjectSettings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectOldObjectSettings {
    /// The `participant_video` field.
    pub participant_video: Option<bool>,
    /// The `join_before_host` field.
    pub join_before_host: Option<bool>,
    /// The `language_interpretation` field.
    pub language_interpretation: Option<
        WebinarChangeObjectOldObjectSettingsLanguageInterpretation,
    >,
    /// The `sign_language_interpretation` field.
    pub sign_language_interpretation: Option<
        WebinarChangeObjectOldObjectSettingsSignLanguageInterpretation,
    >,
    /// The `email_in_attendee_report` field.
    pub email_in_attendee_report: Option<bool>,
    /// The `allow_host_control_participant_mute_state` field.
    pub allow_host_control_participant_mute_state: Option<bool>,
}

crate::runtime::object_impls!(
    WebinarChangeObjectOldObjectSettings { "participant_video" => participant_video
    optional, "join_before_host" => join_before_host optional, "language_interpretation"
    => language_interpretation optional, "sign_language_interpretation" =>
    sign_language_interpretation optional, "email_in_attendee_report" =>
    email_in_attendee_report optional, "allow_host_control_participant_mute_state" =>
    allow_host_control_participant_mute_state optional }
);

/// The `WebinarChangeObjectOldObjectSettingsLanguageInterpretation` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectOldObjectSettingsLanguageInterpretation {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// The `interpreters` field.
    pub interpreters: Option<
        Vec<WebinarChangeObjectOldObjectSettingsLanguageInterpretationInterpretersItem>,
    >,
}

crate::runtime::object_impls!(
    WebinarChangeObjectOldObjectSettingsLanguageInterpretation { "enable" => enable
    optional, "interpreters" => interpreters optional }
);

/// The `WebinarChangeObjectOldObjectSettingsLanguageInterpretationInterpretersItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectOldObjectSettingsLanguageInterpretationInterpretersItem {
    /// The `email` field.
    pub email: Option<String>,
    /// The `interpreter_languages` field.
    pub interpreter_languages: Option<String>,
}

crate::runtime::object_impls!(
    WebinarChangeObjectOldObjectSettingsLanguageInterpretationInterpretersItem { "email"
    => email optional, "interpreter_languages" => interpreter_languages optional }
);

/// The `WebinarChangeObjectOldObjectSettingsSignLanguageInterpretation` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectOldObjectSettingsSignLanguageInterpretation {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// The `interpreters` field.
    pub interpreters: Option<
        Vec<
            WebinarChangeObjectOldObjectSettingsSignLanguageInterpretationInterpretersItem,
        >,
    >,
}

crate::runtime::object_impls!(
    WebinarChangeObjectOldObjectSettingsSignLanguageInterpretation { "enable" => enable
    optional, "interpreters" => interpreters optional }
);

/// The `WebinarChangeObjectOldObjectSettingsSignLanguageInterpretationInterpretersItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectOldObjectSettingsSignLanguageInterpretationInterpretersItem {
    /// The `email` field.
    pub email: Option<String>,
    /// The `sign_language` field.
    pub sign_language: Option<String>,
}

crate::runtime::object_impls!(
    WebinarChangeObjectOldObjectSettingsSignLanguageInterpretationInterpretersItem {
    "email" => email optional, "sign_language" => sign_language optional }
);

/// The `WebinarChangeObjectSettings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectSettings {
    /// The `use_pmi` field.
    pub use_pmi: Option<bool>,
    /// The `alternative_hosts` field.
    pub alternative_hosts: Option<String>,
    /// The `host_video` field.
    pub host_video: Option<bool>,
    /// The `panelists_video` field.
    pub panelists_video: Option<bool>,
    /// The `practice_session` field.
    pub practice_session: Option<bool>,
    /// Whether registration is needed, and how registrants are approved.
    pub approval_type: Option<ApprovalType>,
    /// How registration works for a recurring session with a fixed time.
    pub registration_type: Option<RegistrationType>,
    /// How participants may connect their audio.
    pub audio: Option<AudioOption>,
    /// Where a session is recorded without the host starting it.
    pub auto_recording: Option<AutoRecordingOption>,
    /// The `enforce_login` field.
    pub enforce_login: Option<bool>,
    /// The `meeting_authentication` field.
    pub meeting_authentication: Option<bool>,
    /// The `authentication_option` field.
    pub authentication_option: Option<String>,
    /// The `authentication_name` field.
    pub authentication_name: Option<String>,
    /// The `authentication_domains` field.
    pub authentication_domains: Option<String>,
    /// The `language_interpretation` field.
    pub language_interpretation: Option<
        WebinarChangeObjectSettingsLanguageInterpretation,
    >,
    /// The `sign_language_interpretation` field.
    pub sign_language_interpretation: Option<
        WebinarChangeObjectSettingsSignLanguageInterpretation,
    >,
    /// The `allow_host_control_participant_mute_state` field.
    pub allow_host_control_participant_mute_state: Option<bool>,
    /// The `email_in_attendee_report` field.
    pub email_in_attendee_report: Option<bool>,
}

crate::runtime::object_impls!(
    WebinarChangeObjectSettings { "use_pmi" => use_pmi optional, "alternative_hosts" =>
    alternative_hosts optional, "host_video" => host_video optional, "panelists_video" =>
    panelists_video optional, "practice_session" => practice_session optional,
    "approval_type" => approval_type optional, "registration_type" => registration_type
    optional, "audio" => audio optional, "auto_recording" => auto_recording optional,
    "enforce_login" => enforce_login optional, "meeting_authentication" =>
    meeting_authentication optional, "authentication_option" => authentication_option
    optional, "authentication_name" => authentication_name optional,
    "authentication_domains" => authentication_domains optional,
    "language_interpretation" => language_interpretation optional,
    "sign_language_interpretation" => sign_language_interpretation optional,
    "allow_host_control_participant_mute_state" =>
    allow_host_control_participant_mute_state optional, "email_in_attendee_report" =>
    email_in_attendee_report optional }
);

/// The `WebinarChangeObjectSettingsLanguageInterpretation` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectSettingsLanguageInterpretation {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// The `interpreters` field.
    pub interpreters: Option<
        Vec<WebinarChangeObjectSettingsLanguageInterpretationInterpretersItem>,
    >,
}

crate::runtime::object_impls!(
    WebinarChangeObjectSettingsLanguageInterpretation { "enable" => enable optional,
    "interpreters" => interpreters optional }
);

/// The `WebinarChangeObjectSettingsLanguageInterpretationInterpretersItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectSettingsLanguageInterpretationInterpretersItem {
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `interpreter_languages` field.
    pub interpreter_languages: Option<String>,
}

crate::runtime::object_impls!(
    WebinarChangeObjectSettingsLanguageInterpretationInterpretersItem { "email" => email
    optional, "interpreter_languages" => interpreter_languages optional }
);

/// The `WebinarChangeObjectSettingsSignLanguageInterpretation` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectSettingsSignLanguageInterpretation {
    /// The `enable` field.
    pub enable: Option<bool>,
    /// The `interpreters` field.
    pub interpreters: Option<
        Vec<WebinarChangeObjectSettingsSignLanguageInterpretationInterpretersItem>,
    >,
}

crate::runtime::object_impls!(
    WebinarChangeObjectSettingsSignLanguageInterpretation { "enable" => enable optional,
    "interpreters" => interpreters optional }
);

/// The `WebinarChangeObjectSettingsSignLanguageInterpretationInterpretersItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChangeObjectSettingsSignLanguageInterpretationInterpretersItem {
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `sign_language` field.
    pub sign_language: Option<String>,
}

crate::runtime::object_impls!(
    WebinarChangeObjectSettingsSignLanguageInterpretationInterpretersItem { "email" =>
    email optional, "sign_language" => sign_language optional }
);

/// The `payload` of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarChangePayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` and `old_object` of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
    pub object: WebinarChangeObject,
    /// The `operation` field.
    pub operation: Option<WebinarChangePayloadOperation>,
    /// The `scope` field.
    pub scope: Option<WebinarChangePayloadScope>,
    /// The `time_stamp` field.
    pub time_stamp: Option<i64>,
    /// The `object` and `old_object` of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
    pub old_object: Option<WebinarChangeObject>,
}

crate::runtime::object_impls!(
    WebinarChangePayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required, "operation" => operation
    optional, "scope" => scope optional, "time_stamp" => time_stamp optional,
    "old_object" => old_object optional }
);

impl WebinarChangePayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>, object: WebinarChangeObject) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
            operation: None,
            scope: None,
            time_stamp: None,
            old_object: None,
        }
    }
}

/// The `WebinarChangePayloadOperation` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarChangePayloadOperation {
    /// `all`.
    All,
    /// `single`.
    Single,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarChangePayloadOperation {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Single => "single",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarChangePayloadOperation {
    fn from(value: &str) -> Self {
        match value {
            "all" => Self::All,
            "single" => Self::Single,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarChangePayloadOperation);

/// The `WebinarChangePayloadScope` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarChangePayloadScope {
    /// `single`.
    Single,
    /// `all`.
    All,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarChangePayloadScope {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "single",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarChangePayloadScope {
    fn from(value: &str) -> Self {
        match value {
            "single" => Self::Single,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarChangePayloadScope);

/// The body of `webinar.chat_message_file_downloaded`, `webinar.chat_message_file_sent` and `webinar.chat_message_sent`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarChatEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.chat_message_file_downloaded`, `webinar.chat_message_file_sent` and `webinar.chat_message_sent`.
    pub payload: WebinarChatPayload,
}

crate::runtime::object_impls!(
    WebinarChatEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl WebinarChatEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: WebinarChatPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// A chat message or chat file of a webinar: who sent it, to whom, and what.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChatMessage {
    /// The `date_time` field.
    pub date_time: Option<String>,
    /// The `sender_session_id` field.
    pub sender_session_id: Option<String>,
    /// The `sender_name` field.
    pub sender_name: Option<String>,
    /// The `sender_email` field.
    ///
    /// Format: `email`.
    pub sender_email: Option<String>,
    /// The `sender_type` field.
    pub sender_type: Option<WebinarChatMessageSenderType>,
    /// The `sender_context` field.
    pub sender_context: Option<WebinarChatMessageSenderContext>,
    /// The `recipient_session_id` field.
    pub recipient_session_id: Option<String>,
    /// The `recipient_name` field.
    pub recipient_name: Option<String>,
    /// The `recipient_email` field.
    ///
    /// Format: `email`.
    pub recipient_email: Option<String>,
    /// The `recipient_type` field.
    pub recipient_type: Option<WebinarChatMessageRecipientType>,
    /// The `recipient_context` field.
    pub recipient_context: Option<WebinarChatMessageRecipientContext>,
    /// The `message_id` field.
    pub message_id: Option<String>,
    /// The `message_content` field.
    pub message_content: Option<String>,
    /// The `file_ids` field.
    pub file_ids: Option<Vec<String>>,
    /// The `file_id` field.
    pub file_id: Option<String>,
    /// The `file_name` field.
    pub file_name: Option<String>,
    /// The `file_size` field.
    pub file_size: Option<i64>,
    /// The `file_type` field.
    pub file_type: Option<String>,
    /// The `file_owner_id` field.
    pub file_owner_id: Option<String>,
    /// The `download_url` field.
    pub download_url: Option<String>,
}

crate::runtime::object_impls!(
    WebinarChatMessage { "date_time" => date_time optional, "sender_session_id" =>
    sender_session_id optional, "sender_name" => sender_name optional, "sender_email" =>
    sender_email optional, "sender_type" => sender_type optional, "sender_context" =>
    sender_context optional, "recipient_session_id" => recipient_session_id optional,
    "recipient_name" => recipient_name optional, "recipient_email" => recipient_email
    optional, "recipient_type" => recipient_type optional, "recipient_context" =>
    recipient_context optional, "message_id" => message_id optional, "message_content" =>
    message_content optional, "file_ids" => file_ids optional, "file_id" => file_id
    optional, "file_name" => file_name optional, "file_size" => file_size optional,
    "file_type" => file_type optional, "file_owner_id" => file_owner_id optional,
    "download_url" => download_url optional }
);

/// The `WebinarChatMessageRecipientContext` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarChatMessageRecipientContext {
    /// `webinar`.
    Webinar,
    /// `breakout_room`.
    BreakoutRoom,
    /// `waiting_room`.
    WaitingRoom,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarChatMessageRecipientContext {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Webinar => "webinar",
            Self::BreakoutRoom => "breakout_room",
            Self::WaitingRoom => "waiting_room",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarChatMessageRecipientContext {
    fn from(value: &str) -> Self {
        match value {
            "webinar" => Self::Webinar,
            "breakout_room" => Self::BreakoutRoom,
            "waiting_room" => Self::WaitingRoom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarChatMessageRecipientContext);

/// The `WebinarChatMessageRecipientType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarChatMessageRecipientType {
    /// `everyone`.
    Everyone,
    /// `host`.
    Host,
    /// `guest`.
    Guest,
    /// `group`.
    Group,
    /// `backstage`.
    Backstage,
    /// `host_group`.
    HostGroup,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarChatMessageRecipientType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Everyone => "everyone",
            Self::Host => "host",
            Self::Guest => "guest",
            Self::Group => "group",
            Self::Backstage => "backstage",
            Self::HostGroup => "host_group",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarChatMessageRecipientType {
    fn from(value: &str) -> Self {
        match value {
            "everyone" => Self::Everyone,
            "host" => Self::Host,
            "guest" => Self::Guest,
            "group" => Self::Group,
            "backstage" => Self::Backstage,
            "host_group" => Self::HostGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarChatMessageRecipientType);

/// The `WebinarChatMessageSenderContext` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarChatMessageSenderContext {
    /// `webinar`.
    Webinar,
    /// `breakout_room`.
    BreakoutRoom,
    /// `waiting_room`.
    WaitingRoom,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarChatMessageSenderContext {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Webinar => "webinar",
            Self::BreakoutRoom => "breakout_room",
            Self::WaitingRoom => "waiting_room",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarChatMessageSenderContext {
    fn from(value: &str) -> Self {
        match value {
            "webinar" => Self::Webinar,
            "breakout_room" => Self::BreakoutRoom,
            "waiting_room" => Self::WaitingRoom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarChatMessageSenderContext);

/// The `WebinarChatMessageSenderType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarChatMessageSenderType {
    /// `host`.
    Host,
    /// `alternative-host`.
    AlternativeHost,
    /// `panelist`.
    Panelist,
    /// `guest`.
    Guest,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarChatMessageSenderType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::AlternativeHost => "alternative-host",
            Self::Panelist => "panelist",
            Self::Guest => "guest",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarChatMessageSenderType {
    fn from(value: &str) -> Self {
        match value {
            "host" => Self::Host,
            "alternative-host" => Self::AlternativeHost,
            "panelist" => Self::Panelist,
            "guest" => Self::Guest,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarChatMessageSenderType);

/// The `payload` of `webinar.chat_message_file_downloaded`, `webinar.chat_message_file_sent` and `webinar.chat_message_sent`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarChatPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarChatPayloadObject,
}

crate::runtime::object_impls!(
    WebinarChatPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl WebinarChatPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>, object: WebinarChatPayloadObject) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
        }
    }
}

/// The `WebinarChatPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChatPayloadObject {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_account_id` field.
    pub host_account_id: Option<String>,
    /// A chat message or chat file of a webinar: who sent it, to whom, and what.
    pub chat_message_file: Option<WebinarChatMessage>,
    /// The `webinar_id` field.
    pub webinar_id: Option<i64>,
    /// The `webinar_uuid` field.
    pub webinar_uuid: Option<String>,
    /// The `breakout_room_uuid` field.
    pub breakout_room_uuid: Option<String>,
    /// A chat message or chat file of a webinar: who sent it, to whom, and what.
    pub chat_message: Option<WebinarChatMessage>,
}

crate::runtime::object_impls!(
    WebinarChatPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_account_id" => host_account_id optional, "chat_message_file" =>
    chat_message_file optional, "webinar_id" => webinar_id optional, "webinar_uuid" =>
    webinar_uuid optional, "breakout_room_uuid" => breakout_room_uuid optional,
    "chat_message" => chat_message optional }
);

/// The body of `webinar.participant_bind`, `webinar.participant_feedback`, `webinar.participant_joined`, `webinar.participant_left` and `webinar.participant_role_changed`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarParticipantEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.participant_bind`, `webinar.participant_feedback`, `webinar.participant_joined`, `webinar.participant_left` and `webinar.participant_role_changed`.
    pub payload: WebinarParticipantPayload,
}

crate::runtime::object_impls!(
    WebinarParticipantEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl WebinarParticipantEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: WebinarParticipantPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `webinar.participant_bind`, `webinar.participant_feedback`, `webinar.participant_joined`, `webinar.participant_left` and `webinar.participant_role_changed`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarParticipantPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarParticipantPayloadObject,
}

crate::runtime::object_impls!(
    WebinarParticipantPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl WebinarParticipantPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: WebinarParticipantPayloadObject,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
        }
    }
}

/// The `WebinarParticipantPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarParticipantPayloadObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of webinar.
    pub type_: Option<WebinarType>,
    /// The `start_time` field.
    pub start_time: Option<String>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `participant` field.
    pub participant: Option<WebinarParticipantPayloadObjectParticipant>,
}

crate::runtime::object_impls!(
    WebinarParticipantPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_id" => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "timezone" => timezone optional, "duration" =>
    duration optional, "participant" => participant optional }
);

/// The `WebinarParticipantPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarParticipantPayloadObjectParticipant {
    /// The `user_id` field.
    pub user_id: Option<String>,
    /// The `bind_user_id` field.
    pub bind_user_id: Option<String>,
    /// The `user_name` field.
    pub user_name: Option<String>,
    /// The `id` field.
    pub id: Option<String>,
    /// The `participant_uuid` field.
    pub participant_uuid: Option<String>,
    /// The `bind_participant_uuid` field.
    pub bind_participant_uuid: Option<String>,
    /// The `join_time` field.
    pub join_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `registrant_id` field.
    pub registrant_id: Option<String>,
    /// The `phone_number` field.
    pub phone_number: Option<String>,
    /// The `date_time` field.
    pub date_time: Option<String>,
    /// The `participant_user_id` field.
    pub participant_user_id: Option<String>,
    /// The `feedback` field.
    pub feedback: Option<WebinarParticipantPayloadObjectParticipantFeedback>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `customer_key` field.
    pub customer_key: Option<String>,
    /// The `leave_time` field.
    pub leave_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `leave_reason` field.
    pub leave_reason: Option<String>,
    /// The `old_role` field.
    pub old_role: Option<WebinarParticipantPayloadObjectParticipantOldRole>,
    /// The `new_role` field.
    pub new_role: Option<WebinarParticipantPayloadObjectParticipantNewRole>,
}

crate::runtime::object_impls!(
    WebinarParticipantPayloadObjectParticipant { "user_id" => user_id optional,
    "bind_user_id" => bind_user_id optional, "user_name" => user_name optional, "id" =>
    id optional, "participant_uuid" => participant_uuid optional, "bind_participant_uuid"
    => bind_participant_uuid optional, "join_time" => join_time optional, "registrant_id"
    => registrant_id optional, "phone_number" => phone_number optional, "date_time" =>
    date_time optional, "participant_user_id" => participant_user_id optional, "feedback"
    => feedback optional, "email" => email optional, "customer_key" => customer_key
    optional, "leave_time" => leave_time optional, "leave_reason" => leave_reason
    optional, "old_role" => old_role optional, "new_role" => new_role optional }
);

/// The `WebinarParticipantPayloadObjectParticipantFeedback` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarParticipantPayloadObjectParticipantFeedback {
    /// The `satisfied` field.
    pub satisfied: Option<bool>,
    /// The `feedback_details` field.
    pub feedback_details: Option<
        Vec<WebinarParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem>,
    >,
    /// The `comments` field.
    pub comments: Option<String>,
}

crate::runtime::object_impls!(
    WebinarParticipantPayloadObjectParticipantFeedback { "satisfied" => satisfied
    optional, "feedback_details" => feedback_details optional, "comments" => comments
    optional }
);

/// The `WebinarParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem {
    /// The `id` field.
    pub id: Option<String>,
    /// The `name` field.
    pub name: Option<String>,
}

crate::runtime::object_impls!(
    WebinarParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem { "id" => id
    optional, "name" => name optional }
);

/// The `WebinarParticipantPayloadObjectParticipantNewRole` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarParticipantPayloadObjectParticipantNewRole {
    /// `host`.
    Host,
    /// `co-host`.
    CoHost,
    /// `attendee`.
    Attendee,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarParticipantPayloadObjectParticipantNewRole {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::CoHost => "co-host",
            Self::Attendee => "attendee",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarParticipantPayloadObjectParticipantNewRole {
    fn from(value: &str) -> Self {
        match value {
            "host" => Self::Host,
            "co-host" => Self::CoHost,
            "attendee" => Self::Attendee,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarParticipantPayloadObjectParticipantNewRole);

/// The `WebinarParticipantPayloadObjectParticipantOldRole` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarParticipantPayloadObjectParticipantOldRole {
    /// `host`.
    Host,
    /// `co-host`.
    CoHost,
    /// `attendee`.
    Attendee,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarParticipantPayloadObjectParticipantOldRole {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::CoHost => "co-host",
            Self::Attendee => "attendee",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarParticipantPayloadObjectParticipantOldRole {
    fn from(value: &str) -> Self {
        match value {
            "host" => Self::Host,
            "co-host" => Self::CoHost,
            "attendee" => Self::Attendee,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarParticipantPayloadObjectParticipantOldRole);

/// The body of `webinar.registration_approved`, `webinar.registration_cancelled`, `webinar.registration_created` and `webinar.registration_denied`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarRegistrationEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.registration_approved`, `webinar.registration_cancelled`, `webinar.registration_created` and `webinar.registration_denied`.
    pub payload: WebinarRegistrationPayload,
}

crate::runtime::object_impls!(
    WebinarRegistrationEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required }
);

impl WebinarRegistrationEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: WebinarRegistrationPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `webinar.registration_approved`, `webinar.registration_cancelled`, `webinar.registration_created` and `webinar.registration_denied`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarRegistrationPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarRegistrationPayloadObject,
}

crate::runtime::object_impls!(
    WebinarRegistrationPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl WebinarRegistrationPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: WebinarRegistrationPayloadObject,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
        }
    }
}

/// The `WebinarRegistrationPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarRegistrationPayloadObject {
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `id` field.
    pub id: Option<i64>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of webinar.
    pub type_: Option<WebinarType>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `occurrences` field.
    pub occurrences: Option<Vec<Occurrence>>,
    /// The `registrant` field.
    pub registrant: Option<WebinarRegistrationPayloadObjectRegistrant>,
}

crate::runtime::object_impls!(
    WebinarRegistrationPayloadObject { "uuid" => uuid optional, "id" => id optional,
    "host_id" => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "duration" => duration optional, "timezone" =>
    timezone optional, "occurrences" => occurrences optional, "registrant" => registrant
    optional }
);

/// The `WebinarRegistrationPayloadObjectRegistrant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarRegistrationPayloadObjectRegistrant {
    /// The `id` field.
    pub id: Option<String>,
    /// The `first_name` field.
    pub first_name: Option<String>,
    /// The `last_name` field.
    pub last_name: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `join_url` field.
    pub join_url: Option<String>,
    /// The `tracking_source` field.
    pub tracking_source: Option<
        WebinarRegistrationPayloadObjectRegistrantTrackingSource,
    >,
    /// The `address` field.
    pub address: Option<String>,
    /// The `city` field.
    pub city: Option<String>,
    /// The `country` field.
    pub country: Option<String>,
    /// The `zip` field.
    pub zip: Option<String>,
    /// The `state` field.
    pub state: Option<String>,
    /// The `phone` field.
    pub phone: Option<String>,
    /// The `industry` field.
    pub industry: Option<String>,
    /// The `org` field.
    pub org: Option<String>,
    /// The `job_title` field.
    pub job_title: Option<String>,
    /// When the registrant plans to buy; empty when not given.
    pub purchasing_time_frame: Option<RegistrantPurchasingTimeFrame>,
    /// The registrant's part in buying decisions; empty when not given.
    pub role_in_purchase_process: Option<RegistrantPurchaseRole>,
    /// Size of the registrant's organisation; empty when not given.
    pub no_of_employees: Option<RegistrantEmployeeCount>,
    /// The `comments` field.
    pub comments: Option<String>,
    /// The `custom_questions` field.
    pub custom_questions: Option<
        Vec<WebinarRegistrationPayloadObjectRegistrantCustomQuestionsItem>,
    >,
    /// The `status` field.
    pub status: Option<WebinarRegistrationPayloadObjectRegistrantStatus>,
}

crate::runtime::object_impls!(
    WebinarRegistrationPayloadObjectRegistrant { "id" => id optional, "first_name" =>
    first_name optional, "last_name" => last_name optional, "email" => email optional,
    "join_url" => join_url optional, "tracking_source" => tracking_source optional,
    "address" => address optional, "city" => city optional, "country" => country
    optional, "zip" => zip optional, "state" => state optional, "phone" => phone
    optional, "industry" => industry optional, "org" => org optional, "job_title" =>
    job_title optional, "purchasing_time_frame" => purchasing_time_frame optional,
    "role_in_purchase_process" => role_in_purchase_process optional, "no_of_employees" =>
    no_of_employees optional, "comments" => comments optional, "custom_questions" =>
    custom_questions optional, "status" => status optional }
);

/// The `WebinarRegistrationPayloadObjectRegistrantCustomQuestionsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarRegistrationPayloadObjectRegistrantCustomQuestionsItem {
    /// The `title` field.
    pub title: Option<String>,
    /// The `value` field.
    pub value: Option<String>,
}

crate::runtime::object_impls!(
    WebinarRegistrationPayloadObjectRegistrantCustomQuestionsItem { "title" => title
    optional, "value" => value optional }
);

/// The `WebinarRegistrationPayloadObjectRegistrantStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarRegistrationPayloadObjectRegistrantStatus {
    /// `approved`.
    Approved,
    /// `pending`.
    Pending,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarRegistrationPayloadObjectRegistrantStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "approved",
            Self::Pending => "pending",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarRegistrationPayloadObjectRegistrantStatus {
    fn from(value: &str) -> Self {
        match value {
            "approved" => Self::Approved,
            "pending" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarRegistrationPayloadObjectRegistrantStatus);

/// The `WebinarRegistrationPayloadObjectRegistrantTrackingSource` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarRegistrationPayloadObjectRegistrantTrackingSource {
    /// The `id` field.
    pub id: Option<String>,
    /// The `source_name` field.
    pub source_name: Option<String>,
    /// The `tracking_url` field.
    pub tracking_url: Option<String>,
}

crate::runtime::object_impls!(
    WebinarRegistrationPayloadObjectRegistrantTrackingSource { "id" => id optional,
    "source_name" => source_name optional, "tracking_url" => tracking_url optional }
);

/// The body of `webinar.alert`, `webinar.ended` and `webinar.started`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarSessionEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.alert`, `webinar.ended` and `webinar.started`.
    pub payload: WebinarSessionPayload,
}

crate::runtime::object_impls!(
    WebinarSessionEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl WebinarSessionEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: WebinarSessionPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `webinar.alert`, `webinar.ended` and `webinar.started`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarSessionPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarSessionPayloadObject,
}

crate::runtime::object_impls!(
    WebinarSessionPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl WebinarSessionPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: WebinarSessionPayloadObject,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
        }
    }
}

/// The `WebinarSessionPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarSessionPayloadObject {
    /// The `id` field.
    pub id: Option<String>,
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
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `issues` field.
    pub issues: Option<Vec<WebinarSessionPayloadObjectIssuesItem>>,
    /// The `host_email` field.
    ///
    /// Format: `email`.
    pub host_email: Option<String>,
    /// The `end_time` field.
    pub end_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `practice_session` field.
    pub practice_session: Option<bool>,
}

crate::runtime::object_impls!(
    WebinarSessionPayloadObject { "id" => id optional, "uuid" => uuid optional, "host_id"
    => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "timezone" => timezone optional, "duration" =>
    duration optional, "issues" => issues optional, "host_email" => host_email optional,
    "end_time" => end_time optional, "practice_session" => practice_session optional }
);

/// The `WebinarSessionPayloadObjectIssuesItem` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarSessionPayloadObjectIssuesItem {
    /// `Unstable audio quality`.
    UnstableAudioQuality,
    /// `Unstable video quality`.
    UnstableVideoQuality,
    /// `Unstable screen share quality`.
    UnstableScreenShareQuality,
    /// `High CPU occupation`.
    HighCpuOccupation,
    /// `Call Reconnection`.
    CallReconnection,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarSessionPayloadObjectIssuesItem {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UnstableAudioQuality => "Unstable audio quality",
            Self::UnstableVideoQuality => "Unstable video quality",
            Self::UnstableScreenShareQuality => "Unstable screen share quality",
            Self::HighCpuOccupation => "High CPU occupation",
            Self::CallReconnection => "Call Reconnection",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarSessionPayloadObjectIssuesItem {
    fn from(value: &str) -> Self {
        match value {
            "Unstable audio quality" => Self::UnstableAudioQuality,
            "Unstable video quality" => Self::UnstableVideoQuality,
            "Unstable screen share quality" => Self::UnstableScreenShareQuality,
            "High CPU occupation" => Self::HighCpuOccupation,
            "Call Reconnection" => Self::CallReconnection,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WebinarSessionPayloadObjectIssuesItem);

/// The body of `webinar.sharing_ended` and `webinar.sharing_started`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarSharingEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.sharing_ended` and `webinar.sharing_started`.
    pub payload: WebinarSharingPayload,
}

crate::runtime::object_impls!(
    WebinarSharingEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl WebinarSharingEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: WebinarSharingPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `webinar.sharing_ended` and `webinar.sharing_started`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebinarSharingPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarSharingPayloadObject,
}

crate::runtime::object_impls!(
    WebinarSharingPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl WebinarSharingPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: WebinarSharingPayloadObject,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
        }
    }
}

/// The `WebinarSharingPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarSharingPayloadObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of webinar.
    pub type_: Option<WebinarType>,
    /// The `start_time` field.
    pub start_time: Option<String>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `participant` field.
    pub participant: Option<WebinarSharingPayloadObjectParticipant>,
}

crate::runtime::object_impls!(
    WebinarSharingPayloadObject { "id" => id optional, "uuid" => uuid optional, "host_id"
    => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "timezone" => timezone optional, "duration" =>
    duration optional, "participant" => participant optional }
);

/// The `WebinarSharingPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarSharingPayloadObjectParticipant {
    /// The `user_id` field.
    pub user_id: Option<String>,
    /// The `user_name` field.
    pub user_name: Option<String>,
    /// The `id` field.
    pub id: Option<String>,
    /// The `sharing_details` field.
    pub sharing_details: Option<WebinarSharingPayloadObjectParticipantSharingDetails>,
}

crate::runtime::object_impls!(
    WebinarSharingPayloadObjectParticipant { "user_id" => user_id optional, "user_name"
    => user_name optional, "id" => id optional, "sharing_details" => sharing_details
    optional }
);

/// The `WebinarSharingPayloadObjectParticipantSharingDetails` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarSharingPayloadObjectParticipantSharingDetails {
    /// The `content` field.
    pub content: Option<WebinarSharingPayloadObjectParticipantSharingDetailsContent>,
    /// The `link_source` field.
    pub link_source: Option<
        WebinarSharingPayloadObjectParticipantSharingDetailsLinkSource,
    >,
    /// The `file_link` field.
    pub file_link: Option<String>,
    /// The `date_time` field.
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `source` field.
    pub source: Option<WebinarSharingPayloadObjectParticipantSharingDetailsSource>,
}

crate::runtime::object_impls!(
    WebinarSharingPayloadObjectParticipantSharingDetails { "content" => content optional,
    "link_source" => link_source optional, "file_link" => file_link optional, "date_time"
    => date_time optional, "source" => source optional }
);

/// The `WebinarSharingPayloadObjectParticipantSharingDetailsContent` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarSharingPayloadObjectParticipantSharingDetailsContent {
    /// `application`.
    Application,
    /// `whiteboard`.
    Whiteboard,
    /// `desktop`.
    Desktop,
    /// `airplay`.
    Airplay,
    /// `camera`.
    Camera,
    /// `unknown`.
    Unidentified,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarSharingPayloadObjectParticipantSharingDetailsContent {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Application => "application",
            Self::Whiteboard => "whiteboard",
            Self::Desktop => "desktop",
            Self::Airplay => "airplay",
            Self::Camera => "camera",
            Self::Unidentified => "unknown",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarSharingPayloadObjectParticipantSharingDetailsContent {
    fn from(value: &str) -> Self {
        match value {
            "application" => Self::Application,
            "whiteboard" => Self::Whiteboard,
            "desktop" => Self::Desktop,
            "airplay" => Self::Airplay,
            "camera" => Self::Camera,
            "unknown" => Self::Unidentified,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    WebinarSharingPayloadObjectParticipantSharingDetailsContent
);

/// The `WebinarSharingPayloadObjectParticipantSharingDetailsLinkSource` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarSharingPayloadObjectParticipantSharingDetailsLinkSource {
    /// ``.
    Unspecified,
    /// `deep_link`.
    DeepLink,
    /// `in_meeting`.
    InMeeting,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarSharingPayloadObjectParticipantSharingDetailsLinkSource {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unspecified => "",
            Self::DeepLink => "deep_link",
            Self::InMeeting => "in_meeting",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarSharingPayloadObjectParticipantSharingDetailsLinkSource {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Unspecified,
            "deep_link" => Self::DeepLink,
            "in_meeting" => Self::InMeeting,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    WebinarSharingPayloadObjectParticipantSharingDetailsLinkSource
);

/// The `WebinarSharingPayloadObjectParticipantSharingDetailsSource` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebinarSharingPayloadObjectParticipantSharingDetailsSource {
    /// ``.
    Unspecified,
    /// `dropbox`.
    Dropbox,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WebinarSharingPayloadObjectParticipantSharingDetailsSource {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unspecified => "",
            Self::Dropbox => "dropbox",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WebinarSharingPayloadObjectParticipantSharingDetailsSource {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Unspecified,
            "dropbox" => Self::Dropbox,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    WebinarSharingPayloadObjectParticipantSharingDetailsSource
);

/// A webhook event of the `webinars` group: one variant per event the spec declares, each with the typed body, and `Unknown` for any other event (Zoom adds events), kept as received.
///
/// Read it with [`Event::from_json`], `serde_json::from_str`, or `RawEvent::parse` after `Verifier::verify`. Serialising writes the body back (an `Unknown` event exactly as it came).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// `webinar.alert`: Zoom saw a quality problem in a running webinar.
    WebinarAlert(WebinarSessionEvent),
    /// `webinar.chat_message_file_downloaded`: Someone downloaded a file sent in webinar chat.
    WebinarChatMessageFileDownloaded(WebinarChatEvent),
    /// `webinar.chat_message_file_sent`: A file was sent in webinar chat.
    WebinarChatMessageFileSent(WebinarChatEvent),
    /// `webinar.chat_message_sent`: A chat message was sent in a webinar.
    WebinarChatMessageSent(WebinarChatEvent),
    /// `webinar.converted_to_meeting`: A webinar became a meeting.
    WebinarConvertedToMeeting(WebinarChangeEvent),
    /// `webinar.created`: A webinar was scheduled.
    WebinarCreated(WebinarChangeEvent),
    /// `webinar.deleted`: A webinar (or one occurrence) was deleted.
    WebinarDeleted(WebinarChangeEvent),
    /// `webinar.ended`: A webinar ended.
    WebinarEnded(WebinarSessionEvent),
    /// `webinar.participant_bind`: A phone attendee was linked to a signed-in attendee.
    WebinarParticipantBind(WebinarParticipantEvent),
    /// `webinar.participant_feedback`: An attendee left feedback after a webinar.
    WebinarParticipantFeedback(WebinarParticipantEvent),
    /// `webinar.participant_joined`: Someone joined a webinar.
    WebinarParticipantJoined(WebinarParticipantEvent),
    /// `webinar.participant_left`: Someone left a webinar.
    WebinarParticipantLeft(WebinarParticipantEvent),
    /// `webinar.participant_role_changed`: A webinar participant's role changed.
    WebinarParticipantRoleChanged(WebinarParticipantEvent),
    /// `webinar.permanently_deleted`: A webinar was removed for good.
    WebinarPermanentlyDeleted(WebinarChangeEvent),
    /// `webinar.recovered`: A deleted webinar was restored.
    WebinarRecovered(WebinarChangeEvent),
    /// `webinar.registration_approved`: A webinar registration was approved.
    WebinarRegistrationApproved(WebinarRegistrationEvent),
    /// `webinar.registration_cancelled`: A webinar registration was cancelled.
    WebinarRegistrationCancelled(WebinarRegistrationEvent),
    /// `webinar.registration_created`: Someone registered for a webinar.
    WebinarRegistrationCreated(WebinarRegistrationEvent),
    /// `webinar.registration_denied`: A webinar registration was denied.
    WebinarRegistrationDenied(WebinarRegistrationEvent),
    /// `webinar.sharing_ended`: Screen sharing in a webinar ended.
    WebinarSharingEnded(WebinarSharingEvent),
    /// `webinar.sharing_started`: Screen sharing in a webinar began.
    WebinarSharingStarted(WebinarSharingEvent),
    /// `webinar.started`: A webinar started.
    WebinarStarted(WebinarSessionEvent),
    /// `webinar.updated`: A webinar was changed.
    WebinarUpdated(WebinarChangeEvent),
    /// An event this client does not know (yet), with the whole body as received.
    Unknown {
        /// The `event` name Zoom sent.
        name: String,
        /// The whole body.
        raw: serde_json::Value,
    },
}

impl Event {
    /// Reads a delivery's body. An event this group does not declare is
    /// `Unknown`; a declared one whose body does not fit its type is an
    /// error naming the field. A string `event_ts` is read as a number.
    pub fn from_json(
        raw: serde_json::Value,
    ) -> Result<Self, crate::webhooks::EventError> {
        let (name, raw) = crate::webhooks::event_parts(raw)?;
        Ok(
            match name.as_str() {
                "webinar.alert" => {
                    Self::WebinarAlert(crate::webhooks::decode_event(&name, raw)?)
                }
                "webinar.chat_message_file_downloaded" => {
                    Self::WebinarChatMessageFileDownloaded(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.chat_message_file_sent" => {
                    Self::WebinarChatMessageFileSent(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.chat_message_sent" => {
                    Self::WebinarChatMessageSent(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.converted_to_meeting" => {
                    Self::WebinarConvertedToMeeting(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.created" => {
                    Self::WebinarCreated(crate::webhooks::decode_event(&name, raw)?)
                }
                "webinar.deleted" => {
                    Self::WebinarDeleted(crate::webhooks::decode_event(&name, raw)?)
                }
                "webinar.ended" => {
                    Self::WebinarEnded(crate::webhooks::decode_event(&name, raw)?)
                }
                "webinar.participant_bind" => {
                    Self::WebinarParticipantBind(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.participant_feedback" => {
                    Self::WebinarParticipantFeedback(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.participant_joined" => {
                    Self::WebinarParticipantJoined(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.participant_left" => {
                    Self::WebinarParticipantLeft(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.participant_role_changed" => {
                    Self::WebinarParticipantRoleChanged(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.permanently_deleted" => {
                    Self::WebinarPermanentlyDeleted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.recovered" => {
                    Self::WebinarRecovered(crate::webhooks::decode_event(&name, raw)?)
                }
                "webinar.registration_approved" => {
                    Self::WebinarRegistrationApproved(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.registration_cancelled" => {
                    Self::WebinarRegistrationCancelled(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.registration_created" => {
                    Self::WebinarRegistrationCreated(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.registration_denied" => {
                    Self::WebinarRegistrationDenied(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.sharing_ended" => {
                    Self::WebinarSharingEnded(crate::webhooks::decode_event(&name, raw)?)
                }
                "webinar.sharing_started" => {
                    Self::WebinarSharingStarted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "webinar.started" => {
                    Self::WebinarStarted(crate::webhooks::decode_event(&name, raw)?)
                }
                "webinar.updated" => {
                    Self::WebinarUpdated(crate::webhooks::decode_event(&name, raw)?)
                }
                _ => Self::Unknown { name, raw },
            },
        )
    }

    /// The event's name, as Zoom sends it in `event`.
    pub fn name(&self) -> &str {
        match self {
            Self::WebinarAlert(_) => "webinar.alert",
            Self::WebinarChatMessageFileDownloaded(_) => {
                "webinar.chat_message_file_downloaded"
            }
            Self::WebinarChatMessageFileSent(_) => "webinar.chat_message_file_sent",
            Self::WebinarChatMessageSent(_) => "webinar.chat_message_sent",
            Self::WebinarConvertedToMeeting(_) => "webinar.converted_to_meeting",
            Self::WebinarCreated(_) => "webinar.created",
            Self::WebinarDeleted(_) => "webinar.deleted",
            Self::WebinarEnded(_) => "webinar.ended",
            Self::WebinarParticipantBind(_) => "webinar.participant_bind",
            Self::WebinarParticipantFeedback(_) => "webinar.participant_feedback",
            Self::WebinarParticipantJoined(_) => "webinar.participant_joined",
            Self::WebinarParticipantLeft(_) => "webinar.participant_left",
            Self::WebinarParticipantRoleChanged(_) => "webinar.participant_role_changed",
            Self::WebinarPermanentlyDeleted(_) => "webinar.permanently_deleted",
            Self::WebinarRecovered(_) => "webinar.recovered",
            Self::WebinarRegistrationApproved(_) => "webinar.registration_approved",
            Self::WebinarRegistrationCancelled(_) => "webinar.registration_cancelled",
            Self::WebinarRegistrationCreated(_) => "webinar.registration_created",
            Self::WebinarRegistrationDenied(_) => "webinar.registration_denied",
            Self::WebinarSharingEnded(_) => "webinar.sharing_ended",
            Self::WebinarSharingStarted(_) => "webinar.sharing_started",
            Self::WebinarStarted(_) => "webinar.started",
            Self::WebinarUpdated(_) => "webinar.updated",
            Self::Unknown { name, .. } => name,
        }
    }
}

impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::WebinarAlert(body) => serde::Serialize::serialize(body, serializer),
            Self::WebinarChatMessageFileDownloaded(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarChatMessageFileSent(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarChatMessageSent(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarConvertedToMeeting(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarCreated(body) => serde::Serialize::serialize(body, serializer),
            Self::WebinarDeleted(body) => serde::Serialize::serialize(body, serializer),
            Self::WebinarEnded(body) => serde::Serialize::serialize(body, serializer),
            Self::WebinarParticipantBind(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarParticipantFeedback(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarParticipantJoined(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarParticipantLeft(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarParticipantRoleChanged(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarPermanentlyDeleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarRecovered(body) => serde::Serialize::serialize(body, serializer),
            Self::WebinarRegistrationApproved(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarRegistrationCancelled(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarRegistrationCreated(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarRegistrationDenied(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarSharingEnded(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarSharingStarted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::WebinarStarted(body) => serde::Serialize::serialize(body, serializer),
            Self::WebinarUpdated(body) => serde::Serialize::serialize(body, serializer),
            Self::Unknown { raw, .. } => serde::Serialize::serialize(raw, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let raw = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        Self::from_json(raw).map_err(serde::de::Error::custom)
    }
}

impl crate::webhooks::WebhookEvent for Event {
    fn from_json(raw: serde_json::Value) -> Result<Self, crate::webhooks::EventError> {
        Event::from_json(raw)
    }

    fn name(&self) -> &str {
        Event::name(self)
    }
}
