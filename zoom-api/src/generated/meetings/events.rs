// @generated from spec/meetings.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Webhook events of the `meetings` group, generated from its `x-webhooks`.
#![allow(deprecated)]
use super::types::MeetingSettings;
use super::types::MeetingType;
use super::super::common::types::Occurrence;
use super::super::common::types::Recurrence;
use super::super::common::types::RegistrantEmployeeCount;
use super::super::common::types::RegistrantPurchaseRole;
use super::super::common::types::RegistrantPurchasingTimeFrame;
use super::super::common::types::TrackingField;
/// The body of `meeting.ai_companion_assets_deleted`, `meeting.ai_companion_started` and `meeting.ai_companion_stopped`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingAiCompanionEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.ai_companion_assets_deleted`, `meeting.ai_companion_started` and `meeting.ai_companion_stopped`.
    pub payload: MeetingAiCompanionPayload,
}

crate::runtime::object_impls!(
    MeetingAiCompanionEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl MeetingAiCompanionEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingAiCompanionPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.ai_companion_assets_deleted`, `meeting.ai_companion_started` and `meeting.ai_companion_stopped`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingAiCompanionPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingAiCompanionPayloadObject,
}

crate::runtime::object_impls!(
    MeetingAiCompanionPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingAiCompanionPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingAiCompanionPayloadObject,
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

/// The `MeetingAiCompanionPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingAiCompanionPayloadObject {
    /// The `meeting_number` field.
    pub meeting_number: Option<i64>,
    /// The `meeting_uuid` field.
    pub meeting_uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `ai_companion` field.
    pub ai_companion: Option<MeetingAiCompanionPayloadObjectAiCompanion>,
}

crate::runtime::object_impls!(
    MeetingAiCompanionPayloadObject { "meeting_number" => meeting_number optional,
    "meeting_uuid" => meeting_uuid optional, "host_id" => host_id optional,
    "ai_companion" => ai_companion optional }
);

/// The `MeetingAiCompanionPayloadObjectAiCompanion` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingAiCompanionPayloadObjectAiCompanion {
    /// The `deleted_assets` field.
    pub deleted_assets: Option<
        Vec<MeetingAiCompanionPayloadObjectAiCompanionDeletedAssetsItem>,
    >,
    /// The `questions` field.
    pub questions: Option<bool>,
    /// The `summary` field.
    pub summary: Option<bool>,
}

crate::runtime::object_impls!(
    MeetingAiCompanionPayloadObjectAiCompanion { "deleted_assets" => deleted_assets
    optional, "questions" => questions optional, "summary" => summary optional }
);

/// The `MeetingAiCompanionPayloadObjectAiCompanionDeletedAssetsItem` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingAiCompanionPayloadObjectAiCompanionDeletedAssetsItem {
    /// `transcripts`.
    Transcripts,
    /// `summaries`.
    Summaries,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingAiCompanionPayloadObjectAiCompanionDeletedAssetsItem {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transcripts => "transcripts",
            Self::Summaries => "summaries",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingAiCompanionPayloadObjectAiCompanionDeletedAssetsItem {
    fn from(value: &str) -> Self {
        match value {
            "transcripts" => Self::Transcripts,
            "summaries" => Self::Summaries,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    MeetingAiCompanionPayloadObjectAiCompanionDeletedAssetsItem
);

/// The body of `meeting.aic_transcript_completed`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingAicTranscriptCompletedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.aic_transcript_completed`.
    pub payload: MeetingAicTranscriptCompletedPayload,
}

crate::runtime::object_impls!(
    MeetingAicTranscriptCompletedEvent { "event" => event required, "event_ts" =>
    event_ts optional, "payload" => payload required }
);

impl MeetingAicTranscriptCompletedEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        event: impl Into<String>,
        payload: MeetingAicTranscriptCompletedPayload,
    ) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.aic_transcript_completed`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingAicTranscriptCompletedPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingAicTranscriptCompletedPayloadObject,
}

crate::runtime::object_impls!(
    MeetingAicTranscriptCompletedPayload { "account_id" => account_id required,
    "operator" => operator optional, "operator_id" => operator_id optional,
    "operator_member_id" => operator_member_id optional, "object" => object required }
);

impl MeetingAicTranscriptCompletedPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingAicTranscriptCompletedPayloadObject,
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

/// The `MeetingAicTranscriptCompletedPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingAicTranscriptCompletedPayloadObject {
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `meeting_uuid` field.
    pub meeting_uuid: Option<String>,
    /// The `meeting_id` field.
    pub meeting_id: Option<i64>,
    /// The `meeting_topic` field.
    pub meeting_topic: Option<String>,
    /// The `meeting_start_time` field.
    pub meeting_start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `file_id` field.
    pub file_id: Option<String>,
    /// The `attach_type` field.
    pub attach_type: Option<String>,
}

crate::runtime::object_impls!(
    MeetingAicTranscriptCompletedPayloadObject { "host_id" => host_id optional,
    "meeting_uuid" => meeting_uuid optional, "meeting_id" => meeting_id optional,
    "meeting_topic" => meeting_topic optional, "meeting_start_time" => meeting_start_time
    optional, "file_id" => file_id optional, "attach_type" => attach_type optional }
);

/// The body of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingChangeEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
    pub payload: MeetingChangePayload,
}

crate::runtime::object_impls!(
    MeetingChangeEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl MeetingChangeEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingChangePayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `object` and `old_object` of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingChangeObject {
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `id` field.
    pub id: Option<i64>,
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
    /// The `join_url` field.
    pub join_url: Option<String>,
    /// The `password` field.
    pub password: Option<String>,
    /// The `pmi` field.
    pub pmi: Option<String>,
    /// The `occurrences` field.
    pub occurrences: Option<Vec<Occurrence>>,
    /// Settings of one meeting. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings.
    pub settings: Option<MeetingSettings>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// The `agenda` field.
    pub agenda: Option<String>,
    /// The `registration_url` field.
    pub registration_url: Option<String>,
}

crate::runtime::object_impls!(
    MeetingChangeObject { "uuid" => uuid optional, "id" => id optional, "host_id" =>
    host_id optional, "topic" => topic optional, "type" => type_ optional, "start_time"
    => start_time optional, "duration" => duration optional, "timezone" => timezone
    optional, "join_url" => join_url optional, "password" => password optional, "pmi" =>
    pmi optional, "occurrences" => occurrences optional, "settings" => settings optional,
    "recurrence" => recurrence optional, "tracking_fields" => tracking_fields optional,
    "agenda" => agenda optional, "registration_url" => registration_url optional }
);

/// The `payload` of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingChangePayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` and `old_object` of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
    pub object: MeetingChangeObject,
    /// The `operation` field.
    pub operation: Option<MeetingChangePayloadOperation>,
    /// The `scope` field.
    pub scope: Option<MeetingChangePayloadScope>,
    /// The `time_stamp` field.
    pub time_stamp: Option<i64>,
    /// The `object` and `old_object` of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
    pub old_object: Option<MeetingChangeObject>,
}

crate::runtime::object_impls!(
    MeetingChangePayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required, "operation" => operation
    optional, "scope" => scope optional, "time_stamp" => time_stamp optional,
    "old_object" => old_object optional }
);

impl MeetingChangePayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>, object: MeetingChangeObject) -> Self {
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

/// The `MeetingChangePayloadOperation` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingChangePayloadOperation {
    /// `all`.
    All,
    /// `single`.
    Single,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingChangePayloadOperation {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Single => "single",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingChangePayloadOperation {
    fn from(value: &str) -> Self {
        match value {
            "all" => Self::All,
            "single" => Self::Single,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingChangePayloadOperation);

/// The `MeetingChangePayloadScope` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingChangePayloadScope {
    /// `single`.
    Single,
    /// `all`.
    All,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingChangePayloadScope {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "single",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingChangePayloadScope {
    fn from(value: &str) -> Self {
        match value {
            "single" => Self::Single,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingChangePayloadScope);

/// The body of `meeting.chat_message_file_downloaded`, `meeting.chat_message_file_sent` and `meeting.chat_message_sent`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingChatEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.chat_message_file_downloaded`, `meeting.chat_message_file_sent` and `meeting.chat_message_sent`.
    pub payload: MeetingChatPayload,
}

crate::runtime::object_impls!(
    MeetingChatEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl MeetingChatEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingChatPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// A chat message or chat file of a meeting: who sent it, to whom, and what.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingChatMessage {
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
    pub sender_type: Option<MeetingChatMessageSenderType>,
    /// The `sender_context` field.
    pub sender_context: Option<MeetingChatMessageSenderContext>,
    /// The `recipient_session_id` field.
    pub recipient_session_id: Option<String>,
    /// The `recipient_name` field.
    pub recipient_name: Option<String>,
    /// The `recipient_email` field.
    ///
    /// Format: `email`.
    pub recipient_email: Option<String>,
    /// The `recipient_type` field.
    pub recipient_type: Option<MeetingChatMessageRecipientType>,
    /// The `recipient_context` field.
    pub recipient_context: Option<MeetingChatMessageRecipientContext>,
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
    MeetingChatMessage { "date_time" => date_time optional, "sender_session_id" =>
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

/// The `MeetingChatMessageRecipientContext` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingChatMessageRecipientContext {
    /// `meeting`.
    Meeting,
    /// `breakout_room`.
    BreakoutRoom,
    /// `waiting_room`.
    WaitingRoom,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingChatMessageRecipientContext {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Meeting => "meeting",
            Self::BreakoutRoom => "breakout_room",
            Self::WaitingRoom => "waiting_room",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingChatMessageRecipientContext {
    fn from(value: &str) -> Self {
        match value {
            "meeting" => Self::Meeting,
            "breakout_room" => Self::BreakoutRoom,
            "waiting_room" => Self::WaitingRoom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingChatMessageRecipientContext);

/// The `MeetingChatMessageRecipientType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingChatMessageRecipientType {
    /// `everyone`.
    Everyone,
    /// `host`.
    Host,
    /// `guest`.
    Guest,
    /// `group`.
    Group,
    /// `host_group`.
    HostGroup,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingChatMessageRecipientType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Everyone => "everyone",
            Self::Host => "host",
            Self::Guest => "guest",
            Self::Group => "group",
            Self::HostGroup => "host_group",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingChatMessageRecipientType {
    fn from(value: &str) -> Self {
        match value {
            "everyone" => Self::Everyone,
            "host" => Self::Host,
            "guest" => Self::Guest,
            "group" => Self::Group,
            "host_group" => Self::HostGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingChatMessageRecipientType);

/// The `MeetingChatMessageSenderContext` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingChatMessageSenderContext {
    /// `meeting`.
    Meeting,
    /// `breakout_room`.
    BreakoutRoom,
    /// `waiting_room`.
    WaitingRoom,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingChatMessageSenderContext {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Meeting => "meeting",
            Self::BreakoutRoom => "breakout_room",
            Self::WaitingRoom => "waiting_room",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingChatMessageSenderContext {
    fn from(value: &str) -> Self {
        match value {
            "meeting" => Self::Meeting,
            "breakout_room" => Self::BreakoutRoom,
            "waiting_room" => Self::WaitingRoom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingChatMessageSenderContext);

/// The `MeetingChatMessageSenderType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingChatMessageSenderType {
    /// `host`.
    Host,
    /// `guest`.
    Guest,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingChatMessageSenderType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::Guest => "guest",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingChatMessageSenderType {
    fn from(value: &str) -> Self {
        match value {
            "host" => Self::Host,
            "guest" => Self::Guest,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingChatMessageSenderType);

/// The `payload` of `meeting.chat_message_file_downloaded`, `meeting.chat_message_file_sent` and `meeting.chat_message_sent`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingChatPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingChatPayloadObject,
}

crate::runtime::object_impls!(
    MeetingChatPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingChatPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>, object: MeetingChatPayloadObject) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
        }
    }
}

/// The `MeetingChatPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingChatPayloadObject {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_account_id` field.
    pub host_account_id: Option<String>,
    /// A chat message or chat file of a meeting: who sent it, to whom, and what.
    pub chat_message_file: Option<MeetingChatMessage>,
    /// The `meeting_id` field.
    pub meeting_id: Option<i64>,
    /// The `meeting_uuid` field.
    pub meeting_uuid: Option<String>,
    /// The `breakout_room_uuid` field.
    pub breakout_room_uuid: Option<String>,
    /// A chat message or chat file of a meeting: who sent it, to whom, and what.
    pub chat_message: Option<MeetingChatMessage>,
}

crate::runtime::object_impls!(
    MeetingChatPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_account_id" => host_account_id optional, "chat_message_file" =>
    chat_message_file optional, "meeting_id" => meeting_id optional, "meeting_uuid" =>
    meeting_uuid optional, "breakout_room_uuid" => breakout_room_uuid optional,
    "chat_message" => chat_message optional }
);

/// The body of `meeting.device_tested`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingDeviceTestedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.device_tested`.
    pub payload: MeetingDeviceTestedPayload,
}

crate::runtime::object_impls!(
    MeetingDeviceTestedEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required }
);

impl MeetingDeviceTestedEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingDeviceTestedPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.device_tested`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingDeviceTestedPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingDeviceTestedPayloadObject,
}

crate::runtime::object_impls!(
    MeetingDeviceTestedPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingDeviceTestedPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingDeviceTestedPayloadObject,
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

/// The `MeetingDeviceTestedPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingDeviceTestedPayloadObject {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `test_result` field.
    pub test_result: Option<MeetingDeviceTestedPayloadObjectTestResult>,
}

crate::runtime::object_impls!(
    MeetingDeviceTestedPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "test_result" => test_result optional }
);

/// The `MeetingDeviceTestedPayloadObjectTestResult` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingDeviceTestedPayloadObjectTestResult {
    /// The `user_id` field.
    pub user_id: Option<String>,
    /// The `user_name` field.
    pub user_name: Option<String>,
    /// The `camera_status` field.
    pub camera_status: Option<i64>,
    /// The `speaker_status` field.
    pub speaker_status: Option<i64>,
    /// The `microphone_status` field.
    pub microphone_status: Option<i64>,
    /// The `os` field.
    pub os: Option<String>,
}

crate::runtime::object_impls!(
    MeetingDeviceTestedPayloadObjectTestResult { "user_id" => user_id optional,
    "user_name" => user_name optional, "camera_status" => camera_status optional,
    "speaker_status" => speaker_status optional, "microphone_status" => microphone_status
    optional, "os" => os optional }
);

/// The body of `meeting.invitation_accepted`, `meeting.invitation_dispatched`, `meeting.invitation_rejected` and `meeting.invitation_timeout`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingInvitationEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.invitation_accepted`, `meeting.invitation_dispatched`, `meeting.invitation_rejected` and `meeting.invitation_timeout`.
    pub payload: MeetingInvitationPayload,
}

crate::runtime::object_impls!(
    MeetingInvitationEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl MeetingInvitationEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingInvitationPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.invitation_accepted`, `meeting.invitation_dispatched`, `meeting.invitation_rejected` and `meeting.invitation_timeout`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingInvitationPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingInvitationPayloadObject,
}

crate::runtime::object_impls!(
    MeetingInvitationPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingInvitationPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingInvitationPayloadObject,
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

/// The `MeetingInvitationPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingInvitationPayloadObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// The `participant` field.
    pub participant: Option<MeetingInvitationPayloadObjectParticipant>,
}

crate::runtime::object_impls!(
    MeetingInvitationPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_id" => host_id optional, "topic" => topic optional, "participant" =>
    participant optional }
);

/// The `MeetingInvitationPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingInvitationPayloadObjectParticipant {
    /// The `participant_user_id` field.
    pub participant_user_id: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
}

crate::runtime::object_impls!(
    MeetingInvitationPayloadObjectParticipant { "participant_user_id" =>
    participant_user_id optional, "email" => email optional }
);

/// The body of `meeting.live_streaming_started` and `meeting.live_streaming_stopped`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingLiveStreamingEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.live_streaming_started` and `meeting.live_streaming_stopped`.
    pub payload: MeetingLiveStreamingPayload,
}

crate::runtime::object_impls!(
    MeetingLiveStreamingEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required }
);

impl MeetingLiveStreamingEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingLiveStreamingPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.live_streaming_started` and `meeting.live_streaming_stopped`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingLiveStreamingPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingLiveStreamingPayloadObject,
}

crate::runtime::object_impls!(
    MeetingLiveStreamingPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingLiveStreamingPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingLiveStreamingPayloadObject,
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

/// The `MeetingLiveStreamingPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingLiveStreamingPayloadObject {
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
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `live_streaming` field.
    pub live_streaming: Option<MeetingLiveStreamingPayloadObjectLiveStreaming>,
}

crate::runtime::object_impls!(
    MeetingLiveStreamingPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_id" => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "timezone" => timezone optional, "duration" =>
    duration optional, "live_streaming" => live_streaming optional }
);

/// The `MeetingLiveStreamingPayloadObjectLiveStreaming` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingLiveStreamingPayloadObjectLiveStreaming {
    /// The `service` field.
    pub service: Option<MeetingLiveStreamingPayloadObjectLiveStreamingService>,
    /// The `custom_live_streaming_settings` field.
    pub custom_live_streaming_settings: Option<
        MeetingLiveStreamingPayloadObjectLiveStreamingCustomLiveStreamingSettings,
    >,
    /// The `date_time` field.
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
}

crate::runtime::object_impls!(
    MeetingLiveStreamingPayloadObjectLiveStreaming { "service" => service optional,
    "custom_live_streaming_settings" => custom_live_streaming_settings optional,
    "date_time" => date_time optional }
);

/// The `MeetingLiveStreamingPayloadObjectLiveStreamingCustomLiveStreamingSettings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingLiveStreamingPayloadObjectLiveStreamingCustomLiveStreamingSettings {
    /// The `stream_url` field.
    pub stream_url: Option<String>,
    /// The `stream_key` field.
    pub stream_key: Option<String>,
    /// The `page_url` field.
    pub page_url: Option<String>,
    /// The `resolution` field.
    pub resolution: Option<String>,
}

crate::runtime::object_impls!(
    MeetingLiveStreamingPayloadObjectLiveStreamingCustomLiveStreamingSettings {
    "stream_url" => stream_url optional, "stream_key" => stream_key optional, "page_url"
    => page_url optional, "resolution" => resolution optional }
);

/// The `MeetingLiveStreamingPayloadObjectLiveStreamingService` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingLiveStreamingPayloadObjectLiveStreamingService {
    /// `Facebook`.
    Facebook,
    /// `Workplace_by_Facebook`.
    WorkplaceByFacebook,
    /// `YouTube`.
    YouTube,
    /// `Twitch`.
    Twitch,
    /// `Custom_Live_Streaming_Service`.
    CustomLiveStreamingService,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingLiveStreamingPayloadObjectLiveStreamingService {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Facebook => "Facebook",
            Self::WorkplaceByFacebook => "Workplace_by_Facebook",
            Self::YouTube => "YouTube",
            Self::Twitch => "Twitch",
            Self::CustomLiveStreamingService => "Custom_Live_Streaming_Service",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingLiveStreamingPayloadObjectLiveStreamingService {
    fn from(value: &str) -> Self {
        match value {
            "Facebook" => Self::Facebook,
            "Workplace_by_Facebook" => Self::WorkplaceByFacebook,
            "YouTube" => Self::YouTube,
            "Twitch" => Self::Twitch,
            "Custom_Live_Streaming_Service" => Self::CustomLiveStreamingService,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    MeetingLiveStreamingPayloadObjectLiveStreamingService
);

/// The body of `meeting.participant_admitted`, `meeting.participant_bind`, `meeting.participant_feedback`, `meeting.participant_jbh_joined`, `meeting.participant_jbh_waiting`, `meeting.participant_joined`, `meeting.participant_joined_breakout_room`, `meeting.participant_joined_waiting_room`, `meeting.participant_left`, `meeting.participant_left_breakout_room`, `meeting.participant_left_waiting_room`, `meeting.participant_put_in_waiting_room` and `meeting.participant_role_changed`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingParticipantEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.participant_admitted`, `meeting.participant_bind`, `meeting.participant_feedback`, `meeting.participant_jbh_joined`, `meeting.participant_jbh_waiting`, `meeting.participant_joined`, `meeting.participant_joined_breakout_room`, `meeting.participant_joined_waiting_room`, `meeting.participant_left`, `meeting.participant_left_breakout_room`, `meeting.participant_left_waiting_room`, `meeting.participant_put_in_waiting_room` and `meeting.participant_role_changed`.
    pub payload: MeetingParticipantPayload,
}

crate::runtime::object_impls!(
    MeetingParticipantEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl MeetingParticipantEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingParticipantPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The body of `meeting.participant_jbh_waiting_left`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingParticipantJbhWaitingLeftEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.participant_jbh_waiting_left`.
    pub payload: MeetingParticipantJbhWaitingLeftPayload,
}

crate::runtime::object_impls!(
    MeetingParticipantJbhWaitingLeftEvent { "event" => event required, "event_ts" =>
    event_ts optional, "payload" => payload required }
);

impl MeetingParticipantJbhWaitingLeftEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        event: impl Into<String>,
        payload: MeetingParticipantJbhWaitingLeftPayload,
    ) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.participant_jbh_waiting_left`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingParticipantJbhWaitingLeftPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingParticipantJbhWaitingLeftPayloadObject,
}

crate::runtime::object_impls!(
    MeetingParticipantJbhWaitingLeftPayload { "account_id" => account_id required,
    "operator" => operator optional, "operator_id" => operator_id optional,
    "operator_member_id" => operator_member_id optional, "object" => object required }
);

impl MeetingParticipantJbhWaitingLeftPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingParticipantJbhWaitingLeftPayloadObject,
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

/// The `MeetingParticipantJbhWaitingLeftPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingParticipantJbhWaitingLeftPayloadObject {
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
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `participant` field.
    pub participant: Option<MeetingParticipantJbhWaitingLeftPayloadObjectParticipant>,
}

crate::runtime::object_impls!(
    MeetingParticipantJbhWaitingLeftPayloadObject { "id" => id optional, "uuid" => uuid
    optional, "host_id" => host_id optional, "topic" => topic optional, "type" => type_
    optional, "start_time" => start_time optional, "timezone" => timezone optional,
    "duration" => duration optional, "participant" => participant optional }
);

/// The `MeetingParticipantJbhWaitingLeftPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingParticipantJbhWaitingLeftPayloadObjectParticipant {
    /// The `id` field.
    pub id: Option<String>,
    /// The `user_name` field.
    pub user_name: Option<String>,
    /// The `customer_key` field.
    pub customer_key: Option<String>,
    /// The `registrant_id` field.
    pub registrant_id: Option<String>,
}

crate::runtime::object_impls!(
    MeetingParticipantJbhWaitingLeftPayloadObjectParticipant { "id" => id optional,
    "user_name" => user_name optional, "customer_key" => customer_key optional,
    "registrant_id" => registrant_id optional }
);

/// The `payload` of `meeting.participant_admitted`, `meeting.participant_bind`, `meeting.participant_feedback`, `meeting.participant_jbh_joined`, `meeting.participant_jbh_waiting`, `meeting.participant_joined`, `meeting.participant_joined_breakout_room`, `meeting.participant_joined_waiting_room`, `meeting.participant_left`, `meeting.participant_left_breakout_room`, `meeting.participant_left_waiting_room`, `meeting.participant_put_in_waiting_room` and `meeting.participant_role_changed`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingParticipantPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingParticipantPayloadObject,
    /// The `operation` field.
    pub operation: Option<String>,
}

crate::runtime::object_impls!(
    MeetingParticipantPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required, "operation" => operation
    optional }
);

impl MeetingParticipantPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingParticipantPayloadObject,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
            operation: None,
        }
    }
}

/// The `MeetingParticipantPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingParticipantPayloadObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting.
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    pub start_time: Option<String>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `participant` field.
    pub participant: Option<MeetingParticipantPayloadObjectParticipant>,
    /// The `breakout_room_uuid` field.
    pub breakout_room_uuid: Option<String>,
}

crate::runtime::object_impls!(
    MeetingParticipantPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_id" => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "timezone" => timezone optional, "duration" =>
    duration optional, "participant" => participant optional, "breakout_room_uuid" =>
    breakout_room_uuid optional }
);

/// The `MeetingParticipantPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingParticipantPayloadObjectParticipant {
    /// The `user_id` field.
    pub user_id: Option<String>,
    /// The `user_name` field.
    pub user_name: Option<String>,
    /// The `id` field.
    pub id: Option<String>,
    /// The `participant_uuid` field.
    pub participant_uuid: Option<String>,
    /// The `participant_user_id` field.
    pub participant_user_id: Option<String>,
    /// The `phone_number` field.
    pub phone_number: Option<String>,
    /// The `date_time` field.
    pub date_time: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `customer_key` field.
    pub customer_key: Option<String>,
    /// The `registrant_id` field.
    pub registrant_id: Option<String>,
    /// The `bind_user_id` field.
    pub bind_user_id: Option<String>,
    /// The `bind_participant_uuid` field.
    pub bind_participant_uuid: Option<String>,
    /// The `join_time` field.
    pub join_time: Option<String>,
    /// The `feedback` field.
    pub feedback: Option<MeetingParticipantPayloadObjectParticipantFeedback>,
    /// The `parent_user_id` field.
    pub parent_user_id: Option<String>,
    /// The `leave_time` field.
    pub leave_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `leave_reason` field.
    pub leave_reason: Option<String>,
    /// The `old_role` field.
    pub old_role: Option<MeetingParticipantPayloadObjectParticipantOldRole>,
    /// The `new_role` field.
    pub new_role: Option<MeetingParticipantPayloadObjectParticipantNewRole>,
}

crate::runtime::object_impls!(
    MeetingParticipantPayloadObjectParticipant { "user_id" => user_id optional,
    "user_name" => user_name optional, "id" => id optional, "participant_uuid" =>
    participant_uuid optional, "participant_user_id" => participant_user_id optional,
    "phone_number" => phone_number optional, "date_time" => date_time optional, "email"
    => email optional, "customer_key" => customer_key optional, "registrant_id" =>
    registrant_id optional, "bind_user_id" => bind_user_id optional,
    "bind_participant_uuid" => bind_participant_uuid optional, "join_time" => join_time
    optional, "feedback" => feedback optional, "parent_user_id" => parent_user_id
    optional, "leave_time" => leave_time optional, "leave_reason" => leave_reason
    optional, "old_role" => old_role optional, "new_role" => new_role optional }
);

/// The `MeetingParticipantPayloadObjectParticipantFeedback` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingParticipantPayloadObjectParticipantFeedback {
    /// The `satisfied` field.
    pub satisfied: Option<bool>,
    /// The `feedback_details` field.
    pub feedback_details: Option<
        Vec<MeetingParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem>,
    >,
    /// The `comments` field.
    pub comments: Option<String>,
}

crate::runtime::object_impls!(
    MeetingParticipantPayloadObjectParticipantFeedback { "satisfied" => satisfied
    optional, "feedback_details" => feedback_details optional, "comments" => comments
    optional }
);

/// The `MeetingParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem {
    /// The `id` field.
    pub id: Option<String>,
    /// The `name` field.
    pub name: Option<String>,
}

crate::runtime::object_impls!(
    MeetingParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem { "id" => id
    optional, "name" => name optional }
);

/// The `MeetingParticipantPayloadObjectParticipantNewRole` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingParticipantPayloadObjectParticipantNewRole {
    /// `host`.
    Host,
    /// `co-host`.
    CoHost,
    /// `attendee`.
    Attendee,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingParticipantPayloadObjectParticipantNewRole {
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

impl From<&str> for MeetingParticipantPayloadObjectParticipantNewRole {
    fn from(value: &str) -> Self {
        match value {
            "host" => Self::Host,
            "co-host" => Self::CoHost,
            "attendee" => Self::Attendee,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingParticipantPayloadObjectParticipantNewRole);

/// The `MeetingParticipantPayloadObjectParticipantOldRole` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingParticipantPayloadObjectParticipantOldRole {
    /// `host`.
    Host,
    /// `co-host`.
    CoHost,
    /// `attendee`.
    Attendee,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingParticipantPayloadObjectParticipantOldRole {
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

impl From<&str> for MeetingParticipantPayloadObjectParticipantOldRole {
    fn from(value: &str) -> Self {
        match value {
            "host" => Self::Host,
            "co-host" => Self::CoHost,
            "attendee" => Self::Attendee,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingParticipantPayloadObjectParticipantOldRole);

/// The body of `meeting.participant_phone_callout_accepted`, `meeting.participant_phone_callout_missed`, `meeting.participant_phone_callout_rejected` and `meeting.participant_phone_callout_ringing`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingPhoneCalloutEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.participant_phone_callout_accepted`, `meeting.participant_phone_callout_missed`, `meeting.participant_phone_callout_rejected` and `meeting.participant_phone_callout_ringing`.
    pub payload: MeetingPhoneCalloutPayload,
}

crate::runtime::object_impls!(
    MeetingPhoneCalloutEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required }
);

impl MeetingPhoneCalloutEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingPhoneCalloutPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.participant_phone_callout_accepted`, `meeting.participant_phone_callout_missed`, `meeting.participant_phone_callout_rejected` and `meeting.participant_phone_callout_ringing`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingPhoneCalloutPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingPhoneCalloutPayloadObject,
}

crate::runtime::object_impls!(
    MeetingPhoneCalloutPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingPhoneCalloutPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingPhoneCalloutPayloadObject,
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

/// The `MeetingPhoneCalloutPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingPhoneCalloutPayloadObject {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `participant` field.
    pub participant: Option<MeetingPhoneCalloutPayloadObjectParticipant>,
}

crate::runtime::object_impls!(
    MeetingPhoneCalloutPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_id" => host_id optional, "participant" => participant optional }
);

/// The `MeetingPhoneCalloutPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingPhoneCalloutPayloadObjectParticipant {
    /// The `invitee_name` field.
    pub invitee_name: Option<String>,
    /// The `phone_number` field.
    pub phone_number: Option<i64>,
}

crate::runtime::object_impls!(
    MeetingPhoneCalloutPayloadObjectParticipant { "invitee_name" => invitee_name
    optional, "phone_number" => phone_number optional }
);

/// The body of `meeting.registration_approved`, `meeting.registration_cancelled`, `meeting.registration_created` and `meeting.registration_denied`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRegistrationEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.registration_approved`, `meeting.registration_cancelled`, `meeting.registration_created` and `meeting.registration_denied`.
    pub payload: MeetingRegistrationPayload,
}

crate::runtime::object_impls!(
    MeetingRegistrationEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required }
);

impl MeetingRegistrationEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingRegistrationPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.registration_approved`, `meeting.registration_cancelled`, `meeting.registration_created` and `meeting.registration_denied`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRegistrationPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingRegistrationPayloadObject,
}

crate::runtime::object_impls!(
    MeetingRegistrationPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingRegistrationPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingRegistrationPayloadObject,
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

/// The `MeetingRegistrationPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingRegistrationPayloadObject {
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `id` field.
    pub id: Option<i64>,
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
    /// The `occurrences` field.
    pub occurrences: Option<Vec<Occurrence>>,
    /// The `registrant` field.
    pub registrant: Option<MeetingRegistrationPayloadObjectRegistrant>,
}

crate::runtime::object_impls!(
    MeetingRegistrationPayloadObject { "uuid" => uuid optional, "id" => id optional,
    "host_id" => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "duration" => duration optional, "timezone" =>
    timezone optional, "occurrences" => occurrences optional, "registrant" => registrant
    optional }
);

/// The `MeetingRegistrationPayloadObjectRegistrant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingRegistrationPayloadObjectRegistrant {
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
    /// The `participant_pin_code` field.
    pub participant_pin_code: Option<i64>,
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
        Vec<MeetingRegistrationPayloadObjectRegistrantCustomQuestionsItem>,
    >,
    /// The `status` field.
    pub status: Option<MeetingRegistrationPayloadObjectRegistrantStatus>,
}

crate::runtime::object_impls!(
    MeetingRegistrationPayloadObjectRegistrant { "id" => id optional, "first_name" =>
    first_name optional, "last_name" => last_name optional, "email" => email optional,
    "join_url" => join_url optional, "participant_pin_code" => participant_pin_code
    optional, "address" => address optional, "city" => city optional, "country" =>
    country optional, "zip" => zip optional, "state" => state optional, "phone" => phone
    optional, "industry" => industry optional, "org" => org optional, "job_title" =>
    job_title optional, "purchasing_time_frame" => purchasing_time_frame optional,
    "role_in_purchase_process" => role_in_purchase_process optional, "no_of_employees" =>
    no_of_employees optional, "comments" => comments optional, "custom_questions" =>
    custom_questions optional, "status" => status optional }
);

/// The `MeetingRegistrationPayloadObjectRegistrantCustomQuestionsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingRegistrationPayloadObjectRegistrantCustomQuestionsItem {
    /// The `title` field.
    pub title: Option<String>,
    /// The `value` field.
    pub value: Option<String>,
}

crate::runtime::object_impls!(
    MeetingRegistrationPayloadObjectRegistrantCustomQuestionsItem { "title" => title
    optional, "value" => value optional }
);

/// The `MeetingRegistrationPayloadObjectRegistrantStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingRegistrationPayloadObjectRegistrantStatus {
    /// `approved`.
    Approved,
    /// `pending`.
    Pending,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingRegistrationPayloadObjectRegistrantStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "approved",
            Self::Pending => "pending",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingRegistrationPayloadObjectRegistrantStatus {
    fn from(value: &str) -> Self {
        match value {
            "approved" => Self::Approved,
            "pending" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingRegistrationPayloadObjectRegistrantStatus);

/// The body of `meeting.risk_alert`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRiskAlertEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.risk_alert`.
    pub payload: MeetingRiskAlertPayload,
}

crate::runtime::object_impls!(
    MeetingRiskAlertEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl MeetingRiskAlertEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingRiskAlertPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.risk_alert`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRiskAlertPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingRiskAlertPayloadObject,
}

crate::runtime::object_impls!(
    MeetingRiskAlertPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingRiskAlertPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingRiskAlertPayloadObject,
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

/// The `MeetingRiskAlertPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingRiskAlertPayloadObject {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `host_email` field.
    ///
    /// Format: `email`.
    pub host_email: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting.
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `armn_details` field.
    pub armn_details: Option<MeetingRiskAlertPayloadObjectArmnDetails>,
}

crate::runtime::object_impls!(
    MeetingRiskAlertPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_id" => host_id optional, "host_email" => host_email optional, "topic" => topic
    optional, "type" => type_ optional, "start_time" => start_time optional, "timezone"
    => timezone optional, "armn_details" => armn_details optional }
);

/// The `MeetingRiskAlertPayloadObjectArmnDetails` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingRiskAlertPayloadObjectArmnDetails {
    /// The `post_platform` field.
    pub post_platform: Option<String>,
    /// The `social_link` field.
    pub social_link: Option<String>,
    /// The `post_time` field.
    pub post_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `post_user` field.
    pub post_user: Option<String>,
    /// The `meeting_url` field.
    pub meeting_url: Option<String>,
    /// The `recommended_enable_settings` field.
    pub recommended_enable_settings: Option<
        Vec<MeetingRiskAlertPayloadObjectArmnDetailsRecommendedEnableSettingsItem>,
    >,
    /// The `recommended_disable_settings` field.
    pub recommended_disable_settings: Option<
        Vec<MeetingRiskAlertPayloadObjectArmnDetailsRecommendedDisableSettingsItem>,
    >,
}

crate::runtime::object_impls!(
    MeetingRiskAlertPayloadObjectArmnDetails { "post_platform" => post_platform optional,
    "social_link" => social_link optional, "post_time" => post_time optional, "post_user"
    => post_user optional, "meeting_url" => meeting_url optional,
    "recommended_enable_settings" => recommended_enable_settings optional,
    "recommended_disable_settings" => recommended_disable_settings optional }
);

/// The `MeetingRiskAlertPayloadObjectArmnDetailsRecommendedDisableSettingsItem` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingRiskAlertPayloadObjectArmnDetailsRecommendedDisableSettingsItem {
    /// `enableAnnotation`.
    EnableAnnotation,
    /// `enableMeetingChat`.
    EnableMeetingChat,
    /// `enableScreenShare`.
    EnableScreenShare,
    /// `enableMultipleShare`.
    EnableMultipleShare,
    /// `enableScreenShareHostOnly`.
    EnableScreenShareHostOnly,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingRiskAlertPayloadObjectArmnDetailsRecommendedDisableSettingsItem {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnableAnnotation => "enableAnnotation",
            Self::EnableMeetingChat => "enableMeetingChat",
            Self::EnableScreenShare => "enableScreenShare",
            Self::EnableMultipleShare => "enableMultipleShare",
            Self::EnableScreenShareHostOnly => "enableScreenShareHostOnly",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str>
for MeetingRiskAlertPayloadObjectArmnDetailsRecommendedDisableSettingsItem {
    fn from(value: &str) -> Self {
        match value {
            "enableAnnotation" => Self::EnableAnnotation,
            "enableMeetingChat" => Self::EnableMeetingChat,
            "enableScreenShare" => Self::EnableScreenShare,
            "enableMultipleShare" => Self::EnableMultipleShare,
            "enableScreenShareHostOnly" => Self::EnableScreenShareHostOnly,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    MeetingRiskAlertPayloadObjectArmnDetailsRecommendedDisableSettingsItem
);

/// The `MeetingRiskAlertPayloadObjectArmnDetailsRecommendedEnableSettingsItem` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingRiskAlertPayloadObjectArmnDetailsRecommendedEnableSettingsItem {
    /// `enablePassword`.
    EnablePassword,
    /// `enableWaitingRoom`.
    EnableWaitingRoom,
    /// `enableOnlyAuthenticated`.
    EnableOnlyAuthenticated,
    /// `enableRegistration`.
    EnableRegistration,
    /// `enableScreenShareLock`.
    EnableScreenShareLock,
    /// `enableScreenShareHostOnly`.
    EnableScreenShareHostOnly,
    /// `enableSpecifiedDomain`.
    EnableSpecifiedDomain,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingRiskAlertPayloadObjectArmnDetailsRecommendedEnableSettingsItem {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnablePassword => "enablePassword",
            Self::EnableWaitingRoom => "enableWaitingRoom",
            Self::EnableOnlyAuthenticated => "enableOnlyAuthenticated",
            Self::EnableRegistration => "enableRegistration",
            Self::EnableScreenShareLock => "enableScreenShareLock",
            Self::EnableScreenShareHostOnly => "enableScreenShareHostOnly",
            Self::EnableSpecifiedDomain => "enableSpecifiedDomain",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str>
for MeetingRiskAlertPayloadObjectArmnDetailsRecommendedEnableSettingsItem {
    fn from(value: &str) -> Self {
        match value {
            "enablePassword" => Self::EnablePassword,
            "enableWaitingRoom" => Self::EnableWaitingRoom,
            "enableOnlyAuthenticated" => Self::EnableOnlyAuthenticated,
            "enableRegistration" => Self::EnableRegistration,
            "enableScreenShareLock" => Self::EnableScreenShareLock,
            "enableScreenShareHostOnly" => Self::EnableScreenShareHostOnly,
            "enableSpecifiedDomain" => Self::EnableSpecifiedDomain,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    MeetingRiskAlertPayloadObjectArmnDetailsRecommendedEnableSettingsItem
);

/// The body of `meeting.participant_room_system_callout_accepted`, `meeting.participant_room_system_callout_failed`, `meeting.participant_room_system_callout_missed`, `meeting.participant_room_system_callout_rejected` and `meeting.participant_room_system_callout_ringing`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRoomSystemCalloutEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.participant_room_system_callout_accepted`, `meeting.participant_room_system_callout_failed`, `meeting.participant_room_system_callout_missed`, `meeting.participant_room_system_callout_rejected` and `meeting.participant_room_system_callout_ringing`.
    pub payload: MeetingRoomSystemCalloutPayload,
}

crate::runtime::object_impls!(
    MeetingRoomSystemCalloutEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required }
);

impl MeetingRoomSystemCalloutEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        event: impl Into<String>,
        payload: MeetingRoomSystemCalloutPayload,
    ) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.participant_room_system_callout_accepted`, `meeting.participant_room_system_callout_failed`, `meeting.participant_room_system_callout_missed`, `meeting.participant_room_system_callout_rejected` and `meeting.participant_room_system_callout_ringing`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRoomSystemCalloutPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingRoomSystemCalloutPayloadObject,
}

crate::runtime::object_impls!(
    MeetingRoomSystemCalloutPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingRoomSystemCalloutPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingRoomSystemCalloutPayloadObject,
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

/// The `MeetingRoomSystemCalloutPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingRoomSystemCalloutPayloadObject {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `message_id` field.
    pub message_id: Option<String>,
    /// The `inviter_name` field.
    pub inviter_name: Option<String>,
    /// The `participant` field.
    pub participant: Option<MeetingRoomSystemCalloutPayloadObjectParticipant>,
    /// The `reason_type` field.
    pub reason_type: Option<i64>,
}

crate::runtime::object_impls!(
    MeetingRoomSystemCalloutPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_id" => host_id optional, "message_id" => message_id optional, "inviter_name" =>
    inviter_name optional, "participant" => participant optional, "reason_type" =>
    reason_type optional }
);

/// The `MeetingRoomSystemCalloutPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingRoomSystemCalloutPayloadObjectParticipant {
    /// The `call_type` field.
    pub call_type: Option<String>,
    /// The `device_ip` field.
    pub device_ip: Option<String>,
}

crate::runtime::object_impls!(
    MeetingRoomSystemCalloutPayloadObjectParticipant { "call_type" => call_type optional,
    "device_ip" => device_ip optional }
);

/// The body of `meeting.alert`, `meeting.ended` and `meeting.started`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSessionEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.alert`, `meeting.ended` and `meeting.started`.
    pub payload: MeetingSessionPayload,
}

crate::runtime::object_impls!(
    MeetingSessionEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl MeetingSessionEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingSessionPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.alert`, `meeting.ended` and `meeting.started`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSessionPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingSessionPayloadObject,
}

crate::runtime::object_impls!(
    MeetingSessionPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingSessionPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingSessionPayloadObject,
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

/// The `MeetingSessionPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSessionPayloadObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting.
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    pub start_time: Option<String>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `issues` field.
    pub issues: Option<Vec<MeetingSessionPayloadObjectIssuesItem>>,
    /// The `join_time` field.
    pub join_time: Option<String>,
    /// The `host_email` field.
    ///
    /// Format: `email`.
    pub host_email: Option<String>,
    /// The `end_time` field.
    pub end_time: Option<chrono::DateTime<chrono::Utc>>,
}

crate::runtime::object_impls!(
    MeetingSessionPayloadObject { "id" => id optional, "uuid" => uuid optional, "host_id"
    => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "timezone" => timezone optional, "duration" =>
    duration optional, "issues" => issues optional, "join_time" => join_time optional,
    "host_email" => host_email optional, "end_time" => end_time optional }
);

/// The `MeetingSessionPayloadObjectIssuesItem` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSessionPayloadObjectIssuesItem {
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

impl MeetingSessionPayloadObjectIssuesItem {
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

impl From<&str> for MeetingSessionPayloadObjectIssuesItem {
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

crate::runtime::string_enum_impls!(MeetingSessionPayloadObjectIssuesItem);

/// The body of `meeting.breakout_room_sharing_ended`, `meeting.breakout_room_sharing_started`, `meeting.sharing_ended` and `meeting.sharing_started`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSharingEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.breakout_room_sharing_ended`, `meeting.breakout_room_sharing_started`, `meeting.sharing_ended` and `meeting.sharing_started`.
    pub payload: MeetingSharingPayload,
}

crate::runtime::object_impls!(
    MeetingSharingEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl MeetingSharingEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingSharingPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.breakout_room_sharing_ended`, `meeting.breakout_room_sharing_started`, `meeting.sharing_ended` and `meeting.sharing_started`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSharingPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingSharingPayloadObject,
}

crate::runtime::object_impls!(
    MeetingSharingPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingSharingPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingSharingPayloadObject,
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

/// The `MeetingSharingPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSharingPayloadObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `breakout_room_uuid` field.
    pub breakout_room_uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting.
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    pub start_time: Option<String>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `participant` field.
    pub participant: Option<MeetingSharingPayloadObjectParticipant>,
}

crate::runtime::object_impls!(
    MeetingSharingPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "breakout_room_uuid" => breakout_room_uuid optional, "host_id" => host_id optional,
    "topic" => topic optional, "type" => type_ optional, "start_time" => start_time
    optional, "timezone" => timezone optional, "duration" => duration optional,
    "participant" => participant optional }
);

/// The `MeetingSharingPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSharingPayloadObjectParticipant {
    /// The `user_id` field.
    pub user_id: Option<String>,
    /// The `parent_user_id` field.
    pub parent_user_id: Option<String>,
    /// The `user_name` field.
    pub user_name: Option<String>,
    /// The `id` field.
    pub id: Option<String>,
    /// The `sharing_details` field.
    pub sharing_details: Option<MeetingSharingPayloadObjectParticipantSharingDetails>,
}

crate::runtime::object_impls!(
    MeetingSharingPayloadObjectParticipant { "user_id" => user_id optional,
    "parent_user_id" => parent_user_id optional, "user_name" => user_name optional, "id"
    => id optional, "sharing_details" => sharing_details optional }
);

/// The `MeetingSharingPayloadObjectParticipantSharingDetails` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSharingPayloadObjectParticipantSharingDetails {
    /// The `content` field.
    pub content: Option<MeetingSharingPayloadObjectParticipantSharingDetailsContent>,
    /// The `link_source` field.
    pub link_source: Option<
        MeetingSharingPayloadObjectParticipantSharingDetailsLinkSource,
    >,
    /// The `file_link` field.
    pub file_link: Option<String>,
    /// The `date_time` field.
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `source` field.
    pub source: Option<MeetingSharingPayloadObjectParticipantSharingDetailsSource>,
}

crate::runtime::object_impls!(
    MeetingSharingPayloadObjectParticipantSharingDetails { "content" => content optional,
    "link_source" => link_source optional, "file_link" => file_link optional, "date_time"
    => date_time optional, "source" => source optional }
);

/// The `MeetingSharingPayloadObjectParticipantSharingDetailsContent` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSharingPayloadObjectParticipantSharingDetailsContent {
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

impl MeetingSharingPayloadObjectParticipantSharingDetailsContent {
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

impl From<&str> for MeetingSharingPayloadObjectParticipantSharingDetailsContent {
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
    MeetingSharingPayloadObjectParticipantSharingDetailsContent
);

/// The `MeetingSharingPayloadObjectParticipantSharingDetailsLinkSource` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSharingPayloadObjectParticipantSharingDetailsLinkSource {
    /// ``.
    Unspecified,
    /// `deep_link`.
    DeepLink,
    /// `in_meeting`.
    InMeeting,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingSharingPayloadObjectParticipantSharingDetailsLinkSource {
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

impl From<&str> for MeetingSharingPayloadObjectParticipantSharingDetailsLinkSource {
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
    MeetingSharingPayloadObjectParticipantSharingDetailsLinkSource
);

/// The `MeetingSharingPayloadObjectParticipantSharingDetailsSource` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingSharingPayloadObjectParticipantSharingDetailsSource {
    /// ``.
    Unspecified,
    /// `dropbox`.
    Dropbox,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingSharingPayloadObjectParticipantSharingDetailsSource {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unspecified => "",
            Self::Dropbox => "dropbox",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingSharingPayloadObjectParticipantSharingDetailsSource {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Unspecified,
            "dropbox" => Self::Dropbox,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    MeetingSharingPayloadObjectParticipantSharingDetailsSource
);

/// The body of `meeting.summary_completed`, `meeting.summary_deleted`, `meeting.summary_recovered`, `meeting.summary_shared`, `meeting.summary_trashed` and `meeting.summary_updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSummaryEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.summary_completed`, `meeting.summary_deleted`, `meeting.summary_recovered`, `meeting.summary_shared`, `meeting.summary_trashed` and `meeting.summary_updated`.
    pub payload: MeetingSummaryPayload,
}

crate::runtime::object_impls!(
    MeetingSummaryEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl MeetingSummaryEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: MeetingSummaryPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `meeting.summary_completed`, `meeting.summary_deleted`, `meeting.summary_recovered`, `meeting.summary_shared`, `meeting.summary_trashed` and `meeting.summary_updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSummaryPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: MeetingSummaryPayloadObject,
}

crate::runtime::object_impls!(
    MeetingSummaryPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl MeetingSummaryPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: MeetingSummaryPayloadObject,
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

/// The `MeetingSummaryPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSummaryPayloadObject {
    /// The `meeting_host_id` field.
    pub meeting_host_id: Option<String>,
    /// The `meeting_host_email` field.
    ///
    /// Format: `email`.
    pub meeting_host_email: Option<String>,
    /// The `meeting_uuid` field.
    pub meeting_uuid: Option<String>,
    /// The `meeting_id` field.
    pub meeting_id: Option<i64>,
    /// The `meeting_topic` field.
    pub meeting_topic: Option<String>,
    /// The `meeting_start_time` field.
    pub meeting_start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `meeting_end_time` field.
    pub meeting_end_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_start_time` field.
    pub summary_start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_end_time` field.
    pub summary_end_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_created_time` field.
    pub summary_created_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_last_modified_time` field.
    pub summary_last_modified_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_title` field.
    pub summary_title: Option<String>,
    /// The `summary_overview` field.
    pub summary_overview: Option<String>,
    /// The `summary_details` field.
    pub summary_details: Option<Vec<MeetingSummaryPayloadObjectSummaryDetailsItem>>,
    /// The `next_steps` field.
    pub next_steps: Option<Vec<String>>,
    /// The `summary_content` field.
    pub summary_content: Option<String>,
    /// The `summary_doc_url` field.
    pub summary_doc_url: Option<String>,
    /// The `share_with_users` field.
    pub share_with_users: Option<Vec<MeetingSummaryPayloadObjectShareWithUsersItem>>,
    /// The `summary_last_modified_user_id` field.
    pub summary_last_modified_user_id: Option<String>,
    /// The `summary_last_modified_user_email` field.
    pub summary_last_modified_user_email: Option<String>,
    /// The `edited_summary` field.
    pub edited_summary: Option<MeetingSummaryPayloadObjectEditedSummary>,
}

crate::runtime::object_impls!(
    MeetingSummaryPayloadObject { "meeting_host_id" => meeting_host_id optional,
    "meeting_host_email" => meeting_host_email optional, "meeting_uuid" => meeting_uuid
    optional, "meeting_id" => meeting_id optional, "meeting_topic" => meeting_topic
    optional, "meeting_start_time" => meeting_start_time optional, "meeting_end_time" =>
    meeting_end_time optional, "summary_start_time" => summary_start_time optional,
    "summary_end_time" => summary_end_time optional, "summary_created_time" =>
    summary_created_time optional, "summary_last_modified_time" =>
    summary_last_modified_time optional, "summary_title" => summary_title optional,
    "summary_overview" => summary_overview optional, "summary_details" => summary_details
    optional, "next_steps" => next_steps optional, "summary_content" => summary_content
    optional, "summary_doc_url" => summary_doc_url optional, "share_with_users" =>
    share_with_users optional, "summary_last_modified_user_id" =>
    summary_last_modified_user_id optional, "summary_last_modified_user_email" =>
    summary_last_modified_user_email optional, "edited_summary" => edited_summary
    optional }
);

/// The `MeetingSummaryPayloadObjectEditedSummary` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSummaryPayloadObjectEditedSummary {
    /// The `summary_overview` field.
    pub summary_overview: Option<String>,
    /// The `summary_details` field.
    pub summary_details: Option<String>,
    /// The `next_steps` field.
    pub next_steps: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    MeetingSummaryPayloadObjectEditedSummary { "summary_overview" => summary_overview
    optional, "summary_details" => summary_details optional, "next_steps" => next_steps
    optional }
);

/// The `MeetingSummaryPayloadObjectShareWithUsersItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSummaryPayloadObjectShareWithUsersItem {
    /// The `user_email` field.
    ///
    /// Format: `email`.
    pub user_email: Option<String>,
}

crate::runtime::object_impls!(
    MeetingSummaryPayloadObjectShareWithUsersItem { "user_email" => user_email optional }
);

/// The `MeetingSummaryPayloadObjectSummaryDetailsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSummaryPayloadObjectSummaryDetailsItem {
    /// The `label` field.
    pub label: Option<String>,
    /// The `summary` field.
    pub summary: Option<String>,
}

crate::runtime::object_impls!(
    MeetingSummaryPayloadObjectSummaryDetailsItem { "label" => label optional, "summary"
    => summary optional }
);

/// A webhook event of the `meetings` group: one variant per event the spec declares, each with the typed body, and `Unknown` for any other event (Zoom adds events), kept as received.
///
/// Read it with [`Event::from_json`], `serde_json::from_str`, or `RawEvent::parse` after `Verifier::verify`. Serialising writes the body back (an `Unknown` event exactly as it came).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// `meeting.ai_companion_assets_deleted`: AI Companion assets of a meeting were deleted.
    MeetingAiCompanionAssetsDeleted(MeetingAiCompanionEvent),
    /// `meeting.ai_companion_started`: AI Companion started in a meeting.
    MeetingAiCompanionStarted(MeetingAiCompanionEvent),
    /// `meeting.ai_companion_stopped`: AI Companion stopped in a meeting.
    MeetingAiCompanionStopped(MeetingAiCompanionEvent),
    /// `meeting.aic_transcript_completed`: An AI Companion transcript file is ready.
    MeetingAicTranscriptCompleted(MeetingAicTranscriptCompletedEvent),
    /// `meeting.alert`: Zoom saw a quality problem in a running meeting.
    MeetingAlert(MeetingSessionEvent),
    /// `meeting.breakout_room_sharing_ended`: Screen sharing in a breakout room ended.
    MeetingBreakoutRoomSharingEnded(MeetingSharingEvent),
    /// `meeting.breakout_room_sharing_started`: Screen sharing in a breakout room began.
    MeetingBreakoutRoomSharingStarted(MeetingSharingEvent),
    /// `meeting.chat_message_file_downloaded`: Someone downloaded a file sent in meeting chat.
    MeetingChatMessageFileDownloaded(MeetingChatEvent),
    /// `meeting.chat_message_file_sent`: A file was sent in meeting chat.
    MeetingChatMessageFileSent(MeetingChatEvent),
    /// `meeting.chat_message_sent`: A chat message was sent in a meeting.
    MeetingChatMessageSent(MeetingChatEvent),
    /// `meeting.converted_to_webinar`: A meeting became a webinar.
    MeetingConvertedToWebinar(MeetingChangeEvent),
    /// `meeting.created`: A meeting was scheduled.
    MeetingCreated(MeetingChangeEvent),
    /// `meeting.deleted`: A meeting (or one occurrence) was deleted.
    MeetingDeleted(MeetingChangeEvent),
    /// `meeting.device_tested`: A participant tested camera, speaker or microphone.
    MeetingDeviceTested(MeetingDeviceTestedEvent),
    /// `meeting.ended`: A meeting ended.
    MeetingEnded(MeetingSessionEvent),
    /// `meeting.invitation_accepted`: An invitee accepted a meeting invitation.
    MeetingInvitationAccepted(MeetingInvitationEvent),
    /// `meeting.invitation_dispatched`: A meeting invitation went out.
    MeetingInvitationDispatched(MeetingInvitationEvent),
    /// `meeting.invitation_rejected`: An invitee declined a meeting invitation.
    MeetingInvitationRejected(MeetingInvitationEvent),
    /// `meeting.invitation_timeout`: A meeting invitation got no answer in time.
    MeetingInvitationTimeout(MeetingInvitationEvent),
    /// `meeting.live_streaming_started`: Live streaming of a meeting began.
    MeetingLiveStreamingStarted(MeetingLiveStreamingEvent),
    /// `meeting.live_streaming_stopped`: Live streaming of a meeting stopped.
    MeetingLiveStreamingStopped(MeetingLiveStreamingEvent),
    /// `meeting.participant_admitted`: The host let a participant in from the waiting room.
    MeetingParticipantAdmitted(MeetingParticipantEvent),
    /// `meeting.participant_bind`: A phone participant was linked to a signed-in participant.
    MeetingParticipantBind(MeetingParticipantEvent),
    /// `meeting.participant_feedback`: A participant left feedback after a meeting.
    MeetingParticipantFeedback(MeetingParticipantEvent),
    /// `meeting.participant_jbh_joined`: A participant joined before the host.
    MeetingParticipantJbhJoined(MeetingParticipantEvent),
    /// `meeting.participant_jbh_waiting`: A participant is waiting for the host to start.
    MeetingParticipantJbhWaiting(MeetingParticipantEvent),
    /// `meeting.participant_jbh_waiting_left`: A participant stopped waiting for the host.
    MeetingParticipantJbhWaitingLeft(MeetingParticipantJbhWaitingLeftEvent),
    /// `meeting.participant_joined`: A participant joined a meeting.
    MeetingParticipantJoined(MeetingParticipantEvent),
    /// `meeting.participant_joined_breakout_room`: A participant joined a breakout room.
    MeetingParticipantJoinedBreakoutRoom(MeetingParticipantEvent),
    /// `meeting.participant_joined_waiting_room`: A participant entered the waiting room.
    MeetingParticipantJoinedWaitingRoom(MeetingParticipantEvent),
    /// `meeting.participant_left`: A participant left a meeting.
    MeetingParticipantLeft(MeetingParticipantEvent),
    /// `meeting.participant_left_breakout_room`: A participant left a breakout room.
    MeetingParticipantLeftBreakoutRoom(MeetingParticipantEvent),
    /// `meeting.participant_left_waiting_room`: A participant left the waiting room.
    MeetingParticipantLeftWaitingRoom(MeetingParticipantEvent),
    /// `meeting.participant_phone_callout_accepted`: A phone call-out invitee answered.
    MeetingParticipantPhoneCalloutAccepted(MeetingPhoneCalloutEvent),
    /// `meeting.participant_phone_callout_missed`: A phone call-out invitee missed the call.
    MeetingParticipantPhoneCalloutMissed(MeetingPhoneCalloutEvent),
    /// `meeting.participant_phone_callout_rejected`: A phone call-out invitee declined.
    MeetingParticipantPhoneCalloutRejected(MeetingPhoneCalloutEvent),
    /// `meeting.participant_phone_callout_ringing`: A phone call-out is ringing.
    MeetingParticipantPhoneCalloutRinging(MeetingPhoneCalloutEvent),
    /// `meeting.participant_put_in_waiting_room`: The host moved a participant to the waiting room.
    MeetingParticipantPutInWaitingRoom(MeetingParticipantEvent),
    /// `meeting.participant_role_changed`: A participant's role changed.
    MeetingParticipantRoleChanged(MeetingParticipantEvent),
    /// `meeting.participant_room_system_callout_accepted`: A room system accepted a call-out.
    MeetingParticipantRoomSystemCalloutAccepted(MeetingRoomSystemCalloutEvent),
    /// `meeting.participant_room_system_callout_failed`: A call-out to a room system failed.
    MeetingParticipantRoomSystemCalloutFailed(MeetingRoomSystemCalloutEvent),
    /// `meeting.participant_room_system_callout_missed`: A room system missed a call-out.
    MeetingParticipantRoomSystemCalloutMissed(MeetingRoomSystemCalloutEvent),
    /// `meeting.participant_room_system_callout_rejected`: A room system declined a call-out.
    MeetingParticipantRoomSystemCalloutRejected(MeetingRoomSystemCalloutEvent),
    /// `meeting.participant_room_system_callout_ringing`: A call-out to a room system is ringing.
    MeetingParticipantRoomSystemCalloutRinging(MeetingRoomSystemCalloutEvent),
    /// `meeting.permanently_deleted`: A meeting was removed for good.
    MeetingPermanentlyDeleted(MeetingChangeEvent),
    /// `meeting.recovered`: A deleted meeting was restored.
    MeetingRecovered(MeetingChangeEvent),
    /// `meeting.registration_approved`: A meeting registration was approved.
    MeetingRegistrationApproved(MeetingRegistrationEvent),
    /// `meeting.registration_cancelled`: A meeting registration was cancelled.
    MeetingRegistrationCancelled(MeetingRegistrationEvent),
    /// `meeting.registration_created`: Someone registered for a meeting.
    MeetingRegistrationCreated(MeetingRegistrationEvent),
    /// `meeting.registration_denied`: A meeting registration was denied.
    MeetingRegistrationDenied(MeetingRegistrationEvent),
    /// `meeting.risk_alert`: Zoom flagged a meeting as a possible risk.
    MeetingRiskAlert(MeetingRiskAlertEvent),
    /// `meeting.sharing_ended`: Screen sharing in a meeting ended.
    MeetingSharingEnded(MeetingSharingEvent),
    /// `meeting.sharing_started`: Screen sharing in a meeting began.
    MeetingSharingStarted(MeetingSharingEvent),
    /// `meeting.started`: A meeting started.
    MeetingStarted(MeetingSessionEvent),
    /// `meeting.summary_completed`: A meeting summary is ready.
    MeetingSummaryCompleted(MeetingSummaryEvent),
    /// `meeting.summary_deleted`: A meeting summary was deleted.
    MeetingSummaryDeleted(MeetingSummaryEvent),
    /// `meeting.summary_recovered`: A meeting summary was restored.
    MeetingSummaryRecovered(MeetingSummaryEvent),
    /// `meeting.summary_shared`: A meeting summary was shared.
    MeetingSummaryShared(MeetingSummaryEvent),
    /// `meeting.summary_trashed`: A meeting summary went to the trash.
    MeetingSummaryTrashed(MeetingSummaryEvent),
    /// `meeting.summary_updated`: A meeting summary was edited.
    MeetingSummaryUpdated(MeetingSummaryEvent),
    /// `meeting.updated`: A meeting was changed.
    MeetingUpdated(MeetingChangeEvent),
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
                "meeting.ai_companion_assets_deleted" => {
                    Self::MeetingAiCompanionAssetsDeleted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.ai_companion_started" => {
                    Self::MeetingAiCompanionStarted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.ai_companion_stopped" => {
                    Self::MeetingAiCompanionStopped(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.aic_transcript_completed" => {
                    Self::MeetingAicTranscriptCompleted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.alert" => {
                    Self::MeetingAlert(crate::webhooks::decode_event(&name, raw)?)
                }
                "meeting.breakout_room_sharing_ended" => {
                    Self::MeetingBreakoutRoomSharingEnded(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.breakout_room_sharing_started" => {
                    Self::MeetingBreakoutRoomSharingStarted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.chat_message_file_downloaded" => {
                    Self::MeetingChatMessageFileDownloaded(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.chat_message_file_sent" => {
                    Self::MeetingChatMessageFileSent(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.chat_message_sent" => {
                    Self::MeetingChatMessageSent(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.converted_to_webinar" => {
                    Self::MeetingConvertedToWebinar(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.created" => {
                    Self::MeetingCreated(crate::webhooks::decode_event(&name, raw)?)
                }
                "meeting.deleted" => {
                    Self::MeetingDeleted(crate::webhooks::decode_event(&name, raw)?)
                }
                "meeting.device_tested" => {
                    Self::MeetingDeviceTested(crate::webhooks::decode_event(&name, raw)?)
                }
                "meeting.ended" => {
                    Self::MeetingEnded(crate::webhooks::decode_event(&name, raw)?)
                }
                "meeting.invitation_accepted" => {
                    Self::MeetingInvitationAccepted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.invitation_dispatched" => {
                    Self::MeetingInvitationDispatched(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.invitation_rejected" => {
                    Self::MeetingInvitationRejected(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.invitation_timeout" => {
                    Self::MeetingInvitationTimeout(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.live_streaming_started" => {
                    Self::MeetingLiveStreamingStarted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.live_streaming_stopped" => {
                    Self::MeetingLiveStreamingStopped(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_admitted" => {
                    Self::MeetingParticipantAdmitted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_bind" => {
                    Self::MeetingParticipantBind(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_feedback" => {
                    Self::MeetingParticipantFeedback(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_jbh_joined" => {
                    Self::MeetingParticipantJbhJoined(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_jbh_waiting" => {
                    Self::MeetingParticipantJbhWaiting(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_jbh_waiting_left" => {
                    Self::MeetingParticipantJbhWaitingLeft(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_joined" => {
                    Self::MeetingParticipantJoined(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_joined_breakout_room" => {
                    Self::MeetingParticipantJoinedBreakoutRoom(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_joined_waiting_room" => {
                    Self::MeetingParticipantJoinedWaitingRoom(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_left" => {
                    Self::MeetingParticipantLeft(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_left_breakout_room" => {
                    Self::MeetingParticipantLeftBreakoutRoom(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_left_waiting_room" => {
                    Self::MeetingParticipantLeftWaitingRoom(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_phone_callout_accepted" => {
                    Self::MeetingParticipantPhoneCalloutAccepted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_phone_callout_missed" => {
                    Self::MeetingParticipantPhoneCalloutMissed(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_phone_callout_rejected" => {
                    Self::MeetingParticipantPhoneCalloutRejected(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_phone_callout_ringing" => {
                    Self::MeetingParticipantPhoneCalloutRinging(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_put_in_waiting_room" => {
                    Self::MeetingParticipantPutInWaitingRoom(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_role_changed" => {
                    Self::MeetingParticipantRoleChanged(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_room_system_callout_accepted" => {
                    Self::MeetingParticipantRoomSystemCalloutAccepted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_room_system_callout_failed" => {
                    Self::MeetingParticipantRoomSystemCalloutFailed(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_room_system_callout_missed" => {
                    Self::MeetingParticipantRoomSystemCalloutMissed(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_room_system_callout_rejected" => {
                    Self::MeetingParticipantRoomSystemCalloutRejected(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.participant_room_system_callout_ringing" => {
                    Self::MeetingParticipantRoomSystemCalloutRinging(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.permanently_deleted" => {
                    Self::MeetingPermanentlyDeleted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.recovered" => {
                    Self::MeetingRecovered(crate::webhooks::decode_event(&name, raw)?)
                }
                "meeting.registration_approved" => {
                    Self::MeetingRegistrationApproved(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.registration_cancelled" => {
                    Self::MeetingRegistrationCancelled(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.registration_created" => {
                    Self::MeetingRegistrationCreated(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.registration_denied" => {
                    Self::MeetingRegistrationDenied(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.risk_alert" => {
                    Self::MeetingRiskAlert(crate::webhooks::decode_event(&name, raw)?)
                }
                "meeting.sharing_ended" => {
                    Self::MeetingSharingEnded(crate::webhooks::decode_event(&name, raw)?)
                }
                "meeting.sharing_started" => {
                    Self::MeetingSharingStarted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.started" => {
                    Self::MeetingStarted(crate::webhooks::decode_event(&name, raw)?)
                }
                "meeting.summary_completed" => {
                    Self::MeetingSummaryCompleted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.summary_deleted" => {
                    Self::MeetingSummaryDeleted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.summary_recovered" => {
                    Self::MeetingSummaryRecovered(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.summary_shared" => {
                    Self::MeetingSummaryShared(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.summary_trashed" => {
                    Self::MeetingSummaryTrashed(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.summary_updated" => {
                    Self::MeetingSummaryUpdated(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "meeting.updated" => {
                    Self::MeetingUpdated(crate::webhooks::decode_event(&name, raw)?)
                }
                _ => Self::Unknown { name, raw },
            },
        )
    }

    /// The event's name, as Zoom sends it in `event`.
    pub fn name(&self) -> &str {
        match self {
            Self::MeetingAiCompanionAssetsDeleted(_) => {
                "meeting.ai_companion_assets_deleted"
            }
            Self::MeetingAiCompanionStarted(_) => "meeting.ai_companion_started",
            Self::MeetingAiCompanionStopped(_) => "meeting.ai_companion_stopped",
            Self::MeetingAicTranscriptCompleted(_) => "meeting.aic_transcript_completed",
            Self::MeetingAlert(_) => "meeting.alert",
            Self::MeetingBreakoutRoomSharingEnded(_) => {
                "meeting.breakout_room_sharing_ended"
            }
            Self::MeetingBreakoutRoomSharingStarted(_) => {
                "meeting.breakout_room_sharing_started"
            }
            Self::MeetingChatMessageFileDownloaded(_) => {
                "meeting.chat_message_file_downloaded"
            }
            Self::MeetingChatMessageFileSent(_) => "meeting.chat_message_file_sent",
            Self::MeetingChatMessageSent(_) => "meeting.chat_message_sent",
            Self::MeetingConvertedToWebinar(_) => "meeting.converted_to_webinar",
            Self::MeetingCreated(_) => "meeting.created",
            Self::MeetingDeleted(_) => "meeting.deleted",
            Self::MeetingDeviceTested(_) => "meeting.device_tested",
            Self::MeetingEnded(_) => "meeting.ended",
            Self::MeetingInvitationAccepted(_) => "meeting.invitation_accepted",
            Self::MeetingInvitationDispatched(_) => "meeting.invitation_dispatched",
            Self::MeetingInvitationRejected(_) => "meeting.invitation_rejected",
            Self::MeetingInvitationTimeout(_) => "meeting.invitation_timeout",
            Self::MeetingLiveStreamingStarted(_) => "meeting.live_streaming_started",
            Self::MeetingLiveStreamingStopped(_) => "meeting.live_streaming_stopped",
            Self::MeetingParticipantAdmitted(_) => "meeting.participant_admitted",
            Self::MeetingParticipantBind(_) => "meeting.participant_bind",
            Self::MeetingParticipantFeedback(_) => "meeting.participant_feedback",
            Self::MeetingParticipantJbhJoined(_) => "meeting.participant_jbh_joined",
            Self::MeetingParticipantJbhWaiting(_) => "meeting.participant_jbh_waiting",
            Self::MeetingParticipantJbhWaitingLeft(_) => {
                "meeting.participant_jbh_waiting_left"
            }
            Self::MeetingParticipantJoined(_) => "meeting.participant_joined",
            Self::MeetingParticipantJoinedBreakoutRoom(_) => {
                "meeting.participant_joined_breakout_room"
            }
            Self::MeetingParticipantJoinedWaitingRoom(_) => {
                "meeting.participant_joined_waiting_room"
            }
            Self::MeetingParticipantLeft(_) => "meeting.participant_left",
            Self::MeetingParticipantLeftBreakoutRoom(_) => {
                "meeting.participant_left_breakout_room"
            }
            Self::MeetingParticipantLeftWaitingRoom(_) => {
                "meeting.participant_left_waiting_room"
            }
            Self::MeetingParticipantPhoneCalloutAccepted(_) => {
                "meeting.participant_phone_callout_accepted"
            }
            Self::MeetingParticipantPhoneCalloutMissed(_) => {
                "meeting.participant_phone_callout_missed"
            }
            Self::MeetingParticipantPhoneCalloutRejected(_) => {
                "meeting.participant_phone_callout_rejected"
            }
            Self::MeetingParticipantPhoneCalloutRinging(_) => {
                "meeting.participant_phone_callout_ringing"
            }
            Self::MeetingParticipantPutInWaitingRoom(_) => {
                "meeting.participant_put_in_waiting_room"
            }
            Self::MeetingParticipantRoleChanged(_) => "meeting.participant_role_changed",
            Self::MeetingParticipantRoomSystemCalloutAccepted(_) => {
                "meeting.participant_room_system_callout_accepted"
            }
            Self::MeetingParticipantRoomSystemCalloutFailed(_) => {
                "meeting.participant_room_system_callout_failed"
            }
            Self::MeetingParticipantRoomSystemCalloutMissed(_) => {
                "meeting.participant_room_system_callout_missed"
            }
            Self::MeetingParticipantRoomSystemCalloutRejected(_) => {
                "meeting.participant_room_system_callout_rejected"
            }
            Self::MeetingParticipantRoomSystemCalloutRinging(_) => {
                "meeting.participant_room_system_callout_ringing"
            }
            Self::MeetingPermanentlyDeleted(_) => "meeting.permanently_deleted",
            Self::MeetingRecovered(_) => "meeting.recovered",
            Self::MeetingRegistrationApproved(_) => "meeting.registration_approved",
            Self::MeetingRegistrationCancelled(_) => "meeting.registration_cancelled",
            Self::MeetingRegistrationCreated(_) => "meeting.registration_created",
            Self::MeetingRegistrationDenied(_) => "meeting.registration_denied",
            Self::MeetingRiskAlert(_) => "meeting.risk_alert",
            Self::MeetingSharingEnded(_) => "meeting.sharing_ended",
            Self::MeetingSharingStarted(_) => "meeting.sharing_started",
            Self::MeetingStarted(_) => "meeting.started",
            Self::MeetingSummaryCompleted(_) => "meeting.summary_completed",
            Self::MeetingSummaryDeleted(_) => "meeting.summary_deleted",
            Self::MeetingSummaryRecovered(_) => "meeting.summary_recovered",
            Self::MeetingSummaryShared(_) => "meeting.summary_shared",
            Self::MeetingSummaryTrashed(_) => "meeting.summary_trashed",
            Self::MeetingSummaryUpdated(_) => "meeting.summary_updated",
            Self::MeetingUpdated(_) => "meeting.updated",
            Self::Unknown { name, .. } => name,
        }
    }
}

impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::MeetingAiCompanionAssetsDeleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingAiCompanionStarted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingAiCompanionStopped(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingAicTranscriptCompleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingAlert(body) => serde::Serialize::serialize(body, serializer),
            Self::MeetingBreakoutRoomSharingEnded(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingBreakoutRoomSharingStarted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingChatMessageFileDownloaded(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingChatMessageFileSent(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingChatMessageSent(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingConvertedToWebinar(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingCreated(body) => serde::Serialize::serialize(body, serializer),
            Self::MeetingDeleted(body) => serde::Serialize::serialize(body, serializer),
            Self::MeetingDeviceTested(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingEnded(body) => serde::Serialize::serialize(body, serializer),
            Self::MeetingInvitationAccepted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingInvitationDispatched(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingInvitationRejected(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingInvitationTimeout(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingLiveStreamingStarted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingLiveStreamingStopped(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantAdmitted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantBind(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantFeedback(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantJbhJoined(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantJbhWaiting(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantJbhWaitingLeft(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantJoined(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantJoinedBreakoutRoom(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantJoinedWaitingRoom(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantLeft(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantLeftBreakoutRoom(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantLeftWaitingRoom(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantPhoneCalloutAccepted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantPhoneCalloutMissed(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantPhoneCalloutRejected(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantPhoneCalloutRinging(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantPutInWaitingRoom(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantRoleChanged(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantRoomSystemCalloutAccepted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantRoomSystemCalloutFailed(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantRoomSystemCalloutMissed(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantRoomSystemCalloutRejected(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingParticipantRoomSystemCalloutRinging(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingPermanentlyDeleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingRecovered(body) => serde::Serialize::serialize(body, serializer),
            Self::MeetingRegistrationApproved(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingRegistrationCancelled(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingRegistrationCreated(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingRegistrationDenied(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingRiskAlert(body) => serde::Serialize::serialize(body, serializer),
            Self::MeetingSharingEnded(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingSharingStarted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingStarted(body) => serde::Serialize::serialize(body, serializer),
            Self::MeetingSummaryCompleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingSummaryDeleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingSummaryRecovered(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingSummaryShared(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingSummaryTrashed(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingSummaryUpdated(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::MeetingUpdated(body) => serde::Serialize::serialize(body, serializer),
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
