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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
    pub payload: WebinarChangePayload,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObject {
    /// The `uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
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
    pub start_time: Option<String>,
    /// The `duration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `join_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
    /// The `password` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The `creation_source` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_source: Option<WebinarChangeObjectCreationSource>,
    /// The `occurrences` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<Vec<Occurrence>>,
    /// The `settings` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<WebinarChangeObjectSettings>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// The `agenda` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<String>,
    /// The `registration_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_url: Option<String>,
    /// The `old_object` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_object: Option<WebinarChangeObjectOldObject>,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectOldObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `settings` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<WebinarChangeObjectOldObjectSettings>,
}

/// The `WebinarChangeObjectOldObjectSettings` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectOldObjectSettings {
    /// The `participant_video` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_video: Option<bool>,
    /// The `join_before_host` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_before_host: Option<bool>,
    /// The `language_interpretation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_interpretation: Option<
        WebinarChangeObjectOldObjectSettingsLanguageInterpretation,
    >,
    /// The `sign_language_interpretation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_language_interpretation: Option<
        WebinarChangeObjectOldObjectSettingsSignLanguageInterpretation,
    >,
    /// The `email_in_attendee_report` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_in_attendee_report: Option<bool>,
    /// The `allow_host_control_participant_mute_state` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_host_control_participant_mute_state: Option<bool>,
}

/// The `WebinarChangeObjectOldObjectSettingsLanguageInterpretation` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectOldObjectSettingsLanguageInterpretation {
    /// The `enable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The `interpreters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreters: Option<
        Vec<WebinarChangeObjectOldObjectSettingsLanguageInterpretationInterpretersItem>,
    >,
}

/// The `WebinarChangeObjectOldObjectSettingsLanguageInterpretationInterpretersItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectOldObjectSettingsLanguageInterpretationInterpretersItem {
    /// The `email` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `interpreter_languages` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter_languages: Option<String>,
}

/// The `WebinarChangeObjectOldObjectSettingsSignLanguageInterpretation` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectOldObjectSettingsSignLanguageInterpretation {
    /// The `enable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The `interpreters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreters: Option<
        Vec<
            WebinarChangeObjectOldObjectSettingsSignLanguageInterpretationInterpretersItem,
        >,
    >,
}

/// The `WebinarChangeObjectOldObjectSettingsSignLanguageInterpretationInterpretersItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectOldObjectSettingsSignLanguageInterpretationInterpretersItem {
    /// The `email` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `sign_language` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_language: Option<String>,
}

/// The `WebinarChangeObjectSettings` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectSettings {
    /// The `use_pmi` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_pmi: Option<bool>,
    /// The `alternative_hosts` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative_hosts: Option<String>,
    /// The `host_video` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_video: Option<bool>,
    /// The `panelists_video` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panelists_video: Option<bool>,
    /// The `practice_session` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice_session: Option<bool>,
    /// Whether registration is needed, and how registrants are approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_type: Option<ApprovalType>,
    /// How registration works for a recurring session with a fixed time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_type: Option<RegistrationType>,
    /// How participants may connect their audio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<AudioOption>,
    /// Where a session is recorded without the host starting it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_recording: Option<AutoRecordingOption>,
    /// The `enforce_login` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforce_login: Option<bool>,
    /// The `meeting_authentication` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_authentication: Option<bool>,
    /// The `authentication_option` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_option: Option<String>,
    /// The `authentication_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_name: Option<String>,
    /// The `authentication_domains` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_domains: Option<String>,
    /// The `language_interpretation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_interpretation: Option<
        WebinarChangeObjectSettingsLanguageInterpretation,
    >,
    /// The `sign_language_interpretation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_language_interpretation: Option<
        WebinarChangeObjectSettingsSignLanguageInterpretation,
    >,
    /// The `allow_host_control_participant_mute_state` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_host_control_participant_mute_state: Option<bool>,
    /// The `email_in_attendee_report` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_in_attendee_report: Option<bool>,
}

/// The `WebinarChangeObjectSettingsLanguageInterpretation` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectSettingsLanguageInterpretation {
    /// The `enable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The `interpreters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreters: Option<
        Vec<WebinarChangeObjectSettingsLanguageInterpretationInterpretersItem>,
    >,
}

/// The `WebinarChangeObjectSettingsLanguageInterpretationInterpretersItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectSettingsLanguageInterpretationInterpretersItem {
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `interpreter_languages` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter_languages: Option<String>,
}

/// The `WebinarChangeObjectSettingsSignLanguageInterpretation` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectSettingsSignLanguageInterpretation {
    /// The `enable` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The `interpreters` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreters: Option<
        Vec<WebinarChangeObjectSettingsSignLanguageInterpretationInterpretersItem>,
    >,
}

/// The `WebinarChangeObjectSettingsSignLanguageInterpretationInterpretersItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangeObjectSettingsSignLanguageInterpretationInterpretersItem {
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `sign_language` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_language: Option<String>,
}

/// The `payload` of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarChangePayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The user ID of that person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_member_id: Option<String>,
    /// The `object` and `old_object` of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
    pub object: WebinarChangeObject,
    /// The `operation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<WebinarChangePayloadOperation>,
    /// The `scope` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<WebinarChangePayloadScope>,
    /// The `time_stamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_stamp: Option<i64>,
    /// The `object` and `old_object` of `webinar.converted_to_meeting`, `webinar.created`, `webinar.deleted`, `webinar.permanently_deleted`, `webinar.recovered` and `webinar.updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_object: Option<WebinarChangeObject>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarChatEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.chat_message_file_downloaded`, `webinar.chat_message_file_sent` and `webinar.chat_message_sent`.
    pub payload: WebinarChatPayload,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChatMessage {
    /// The `date_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// The `sender_session_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_session_id: Option<String>,
    /// The `sender_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_name: Option<String>,
    /// The `sender_email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_email: Option<String>,
    /// The `sender_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_type: Option<WebinarChatMessageSenderType>,
    /// The `sender_context` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_context: Option<WebinarChatMessageSenderContext>,
    /// The `recipient_session_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_session_id: Option<String>,
    /// The `recipient_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_name: Option<String>,
    /// The `recipient_email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_email: Option<String>,
    /// The `recipient_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_type: Option<WebinarChatMessageRecipientType>,
    /// The `recipient_context` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_context: Option<WebinarChatMessageRecipientContext>,
    /// The `message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The `message_content` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_content: Option<String>,
    /// The `file_ids` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
    /// The `file_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The `file_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The `file_size` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_size: Option<i64>,
    /// The `file_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
    /// The `file_owner_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_owner_id: Option<String>,
    /// The `download_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarChatPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The user ID of that person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarChatPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarChatPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `host_account_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_account_id: Option<String>,
    /// A chat message or chat file of a webinar: who sent it, to whom, and what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_message_file: Option<WebinarChatMessage>,
    /// The `webinar_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webinar_id: Option<i64>,
    /// The `webinar_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webinar_uuid: Option<String>,
    /// The `breakout_room_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breakout_room_uuid: Option<String>,
    /// A chat message or chat file of a webinar: who sent it, to whom, and what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_message: Option<WebinarChatMessage>,
}

/// The body of `webinar.participant_bind`, `webinar.participant_feedback`, `webinar.participant_joined`, `webinar.participant_left` and `webinar.participant_role_changed`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarParticipantEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.participant_bind`, `webinar.participant_feedback`, `webinar.participant_joined`, `webinar.participant_left` and `webinar.participant_role_changed`.
    pub payload: WebinarParticipantPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarParticipantPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The user ID of that person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarParticipantPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarParticipantPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
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
    pub start_time: Option<String>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `duration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `participant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<WebinarParticipantPayloadObjectParticipant>,
}

/// The `WebinarParticipantPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarParticipantPayloadObjectParticipant {
    /// The `user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The `bind_user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_user_id: Option<String>,
    /// The `user_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `participant_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_uuid: Option<String>,
    /// The `bind_participant_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_participant_uuid: Option<String>,
    /// The `join_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `registrant_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrant_id: Option<String>,
    /// The `phone_number` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The `date_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// The `participant_user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_user_id: Option<String>,
    /// The `feedback` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<WebinarParticipantPayloadObjectParticipantFeedback>,
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `customer_key` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// The `leave_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `leave_reason` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_reason: Option<String>,
    /// The `old_role` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_role: Option<WebinarParticipantPayloadObjectParticipantOldRole>,
    /// The `new_role` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_role: Option<WebinarParticipantPayloadObjectParticipantNewRole>,
}

/// The `WebinarParticipantPayloadObjectParticipantFeedback` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarParticipantPayloadObjectParticipantFeedback {
    /// The `satisfied` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfied: Option<bool>,
    /// The `feedback_details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_details: Option<
        Vec<WebinarParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem>,
    >,
    /// The `comments` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
}

/// The `WebinarParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarRegistrationEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.registration_approved`, `webinar.registration_cancelled`, `webinar.registration_created` and `webinar.registration_denied`.
    pub payload: WebinarRegistrationPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarRegistrationPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The user ID of that person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarRegistrationPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarRegistrationPayloadObject {
    /// The `uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
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
    /// The `duration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `occurrences` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<Vec<Occurrence>>,
    /// The `registrant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrant: Option<WebinarRegistrationPayloadObjectRegistrant>,
}

/// The `WebinarRegistrationPayloadObjectRegistrant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarRegistrationPayloadObjectRegistrant {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `first_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The `last_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `join_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
    /// The `tracking_source` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_source: Option<
        WebinarRegistrationPayloadObjectRegistrantTrackingSource,
    >,
    /// The `address` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The `city` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The `country` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The `zip` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// The `state` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The `phone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The `industry` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    /// The `org` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// The `job_title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// When the registrant plans to buy; empty when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchasing_time_frame: Option<RegistrantPurchasingTimeFrame>,
    /// The registrant's part in buying decisions; empty when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_in_purchase_process: Option<RegistrantPurchaseRole>,
    /// Size of the registrant's organisation; empty when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_of_employees: Option<RegistrantEmployeeCount>,
    /// The `comments` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// The `custom_questions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_questions: Option<
        Vec<WebinarRegistrationPayloadObjectRegistrantCustomQuestionsItem>,
    >,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WebinarRegistrationPayloadObjectRegistrantStatus>,
}

/// The `WebinarRegistrationPayloadObjectRegistrantCustomQuestionsItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarRegistrationPayloadObjectRegistrantCustomQuestionsItem {
    /// The `title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarRegistrationPayloadObjectRegistrantTrackingSource {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `source_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The `tracking_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_url: Option<String>,
}

/// The body of `webinar.alert`, `webinar.ended` and `webinar.started`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarSessionEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.alert`, `webinar.ended` and `webinar.started`.
    pub payload: WebinarSessionPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarSessionPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The user ID of that person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarSessionPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarSessionPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
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
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `duration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `issues` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issues: Option<Vec<WebinarSessionPayloadObjectIssuesItem>>,
    /// The `host_email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_email: Option<String>,
    /// The `end_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `practice_session` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice_session: Option<bool>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarSharingEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `webinar.sharing_ended` and `webinar.sharing_started`.
    pub payload: WebinarSharingPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebinarSharingPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The user ID of that person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: WebinarSharingPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarSharingPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
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
    pub start_time: Option<String>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `duration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `participant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<WebinarSharingPayloadObjectParticipant>,
}

/// The `WebinarSharingPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarSharingPayloadObjectParticipant {
    /// The `user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The `user_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `sharing_details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing_details: Option<WebinarSharingPayloadObjectParticipantSharingDetails>,
}

/// The `WebinarSharingPayloadObjectParticipantSharingDetails` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebinarSharingPayloadObjectParticipantSharingDetails {
    /// The `content` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<WebinarSharingPayloadObjectParticipantSharingDetailsContent>,
    /// The `link_source` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_source: Option<
        WebinarSharingPayloadObjectParticipantSharingDetailsLinkSource,
    >,
    /// The `file_link` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_link: Option<String>,
    /// The `date_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `source` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<WebinarSharingPayloadObjectParticipantSharingDetailsSource>,
}

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
