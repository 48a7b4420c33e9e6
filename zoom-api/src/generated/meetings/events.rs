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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingAiCompanionEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.ai_companion_assets_deleted`, `meeting.ai_companion_started` and `meeting.ai_companion_stopped`.
    pub payload: MeetingAiCompanionPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingAiCompanionPayload {
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
    pub object: MeetingAiCompanionPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingAiCompanionPayloadObject {
    /// The `meeting_number` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_number: Option<i64>,
    /// The `meeting_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_uuid: Option<String>,
    /// The `host_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// The `ai_companion` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai_companion: Option<MeetingAiCompanionPayloadObjectAiCompanion>,
}

/// The `MeetingAiCompanionPayloadObjectAiCompanion` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingAiCompanionPayloadObjectAiCompanion {
    /// The `deleted_assets` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_assets: Option<
        Vec<MeetingAiCompanionPayloadObjectAiCompanionDeletedAssetsItem>,
    >,
    /// The `questions` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<bool>,
    /// The `summary` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<bool>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingAicTranscriptCompletedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.aic_transcript_completed`.
    pub payload: MeetingAicTranscriptCompletedPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingAicTranscriptCompletedPayload {
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
    pub object: MeetingAicTranscriptCompletedPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingAicTranscriptCompletedPayloadObject {
    /// The `host_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// The `meeting_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_uuid: Option<String>,
    /// The `meeting_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_id: Option<i64>,
    /// The `meeting_topic` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_topic: Option<String>,
    /// The `meeting_start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `file_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The `attach_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach_type: Option<String>,
}

/// The body of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingChangeEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
    pub payload: MeetingChangePayload,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingChangeObject {
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
    /// Kind of meeting.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
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
    /// The `pmi` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pmi: Option<String>,
    /// The `occurrences` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<Vec<Occurrence>>,
    /// Settings of one meeting. The same shape is sent and returned; fields marked "Sent by Zoom only" are ignored in requests. Settings left out follow the host's user settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<MeetingSettings>,
    /// When a recurring session repeats. Give either end_times or end_date_time, not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// The `tracking_fields` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_fields: Option<Vec<TrackingField>>,
    /// The `agenda` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<String>,
    /// The `registration_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_url: Option<String>,
}

/// The `payload` of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingChangePayload {
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
    /// The `object` and `old_object` of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
    pub object: MeetingChangeObject,
    /// The `operation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<MeetingChangePayloadOperation>,
    /// The `scope` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<MeetingChangePayloadScope>,
    /// The `time_stamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_stamp: Option<i64>,
    /// The `object` and `old_object` of `meeting.converted_to_webinar`, `meeting.created`, `meeting.deleted`, `meeting.permanently_deleted`, `meeting.recovered` and `meeting.updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_object: Option<MeetingChangeObject>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingChatEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.chat_message_file_downloaded`, `meeting.chat_message_file_sent` and `meeting.chat_message_sent`.
    pub payload: MeetingChatPayload,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingChatMessage {
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
    pub sender_type: Option<MeetingChatMessageSenderType>,
    /// The `sender_context` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_context: Option<MeetingChatMessageSenderContext>,
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
    pub recipient_type: Option<MeetingChatMessageRecipientType>,
    /// The `recipient_context` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_context: Option<MeetingChatMessageRecipientContext>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingChatPayload {
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
    pub object: MeetingChatPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingChatPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `host_account_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_account_id: Option<String>,
    /// A chat message or chat file of a meeting: who sent it, to whom, and what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_message_file: Option<MeetingChatMessage>,
    /// The `meeting_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_id: Option<i64>,
    /// The `meeting_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_uuid: Option<String>,
    /// The `breakout_room_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breakout_room_uuid: Option<String>,
    /// A chat message or chat file of a meeting: who sent it, to whom, and what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_message: Option<MeetingChatMessage>,
}

/// The body of `meeting.device_tested`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingDeviceTestedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.device_tested`.
    pub payload: MeetingDeviceTestedPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingDeviceTestedPayload {
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
    pub object: MeetingDeviceTestedPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingDeviceTestedPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `test_result` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_result: Option<MeetingDeviceTestedPayloadObjectTestResult>,
}

/// The `MeetingDeviceTestedPayloadObjectTestResult` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingDeviceTestedPayloadObjectTestResult {
    /// The `user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The `user_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The `camera_status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camera_status: Option<i64>,
    /// The `speaker_status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_status: Option<i64>,
    /// The `microphone_status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub microphone_status: Option<i64>,
    /// The `os` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
}

/// The body of `meeting.invitation_accepted`, `meeting.invitation_dispatched`, `meeting.invitation_rejected` and `meeting.invitation_timeout`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingInvitationEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.invitation_accepted`, `meeting.invitation_dispatched`, `meeting.invitation_rejected` and `meeting.invitation_timeout`.
    pub payload: MeetingInvitationPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingInvitationPayload {
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
    pub object: MeetingInvitationPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingInvitationPayloadObject {
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
    /// The `participant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<MeetingInvitationPayloadObjectParticipant>,
}

/// The `MeetingInvitationPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingInvitationPayloadObjectParticipant {
    /// The `participant_user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_user_id: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// The body of `meeting.live_streaming_started` and `meeting.live_streaming_stopped`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingLiveStreamingEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.live_streaming_started` and `meeting.live_streaming_stopped`.
    pub payload: MeetingLiveStreamingPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingLiveStreamingPayload {
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
    pub object: MeetingLiveStreamingPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingLiveStreamingPayloadObject {
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
    /// Kind of meeting.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `duration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `live_streaming` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_streaming: Option<MeetingLiveStreamingPayloadObjectLiveStreaming>,
}

/// The `MeetingLiveStreamingPayloadObjectLiveStreaming` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingLiveStreamingPayloadObjectLiveStreaming {
    /// The `service` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<MeetingLiveStreamingPayloadObjectLiveStreamingService>,
    /// The `custom_live_streaming_settings` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_live_streaming_settings: Option<
        MeetingLiveStreamingPayloadObjectLiveStreamingCustomLiveStreamingSettings,
    >,
    /// The `date_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
}

/// The `MeetingLiveStreamingPayloadObjectLiveStreamingCustomLiveStreamingSettings` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingLiveStreamingPayloadObjectLiveStreamingCustomLiveStreamingSettings {
    /// The `stream_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_url: Option<String>,
    /// The `stream_key` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_key: Option<String>,
    /// The `page_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_url: Option<String>,
    /// The `resolution` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.participant_admitted`, `meeting.participant_bind`, `meeting.participant_feedback`, `meeting.participant_jbh_joined`, `meeting.participant_jbh_waiting`, `meeting.participant_joined`, `meeting.participant_joined_breakout_room`, `meeting.participant_joined_waiting_room`, `meeting.participant_left`, `meeting.participant_left_breakout_room`, `meeting.participant_left_waiting_room`, `meeting.participant_put_in_waiting_room` and `meeting.participant_role_changed`.
    pub payload: MeetingParticipantPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantJbhWaitingLeftEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.participant_jbh_waiting_left`.
    pub payload: MeetingParticipantJbhWaitingLeftPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantJbhWaitingLeftPayload {
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
    pub object: MeetingParticipantJbhWaitingLeftPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantJbhWaitingLeftPayloadObject {
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
    /// Kind of meeting.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `duration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `participant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<MeetingParticipantJbhWaitingLeftPayloadObjectParticipant>,
}

/// The `MeetingParticipantJbhWaitingLeftPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantJbhWaitingLeftPayloadObjectParticipant {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `user_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The `customer_key` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// The `registrant_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrant_id: Option<String>,
}

/// The `payload` of `meeting.participant_admitted`, `meeting.participant_bind`, `meeting.participant_feedback`, `meeting.participant_jbh_joined`, `meeting.participant_jbh_waiting`, `meeting.participant_joined`, `meeting.participant_joined_breakout_room`, `meeting.participant_joined_waiting_room`, `meeting.participant_left`, `meeting.participant_left_breakout_room`, `meeting.participant_left_waiting_room`, `meeting.participant_put_in_waiting_room` and `meeting.participant_role_changed`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantPayload {
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
    pub object: MeetingParticipantPayloadObject,
    /// The `operation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantPayloadObject {
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
    /// Kind of meeting.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<MeetingType>,
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
    pub participant: Option<MeetingParticipantPayloadObjectParticipant>,
    /// The `breakout_room_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breakout_room_uuid: Option<String>,
}

/// The `MeetingParticipantPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantPayloadObjectParticipant {
    /// The `user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The `user_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `participant_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_uuid: Option<String>,
    /// The `participant_user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_user_id: Option<String>,
    /// The `phone_number` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The `date_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `customer_key` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// The `registrant_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrant_id: Option<String>,
    /// The `bind_user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_user_id: Option<String>,
    /// The `bind_participant_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_participant_uuid: Option<String>,
    /// The `join_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<String>,
    /// The `feedback` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<MeetingParticipantPayloadObjectParticipantFeedback>,
    /// The `parent_user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_user_id: Option<String>,
    /// The `leave_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `leave_reason` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_reason: Option<String>,
    /// The `old_role` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_role: Option<MeetingParticipantPayloadObjectParticipantOldRole>,
    /// The `new_role` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_role: Option<MeetingParticipantPayloadObjectParticipantNewRole>,
}

/// The `MeetingParticipantPayloadObjectParticipantFeedback` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantPayloadObjectParticipantFeedback {
    /// The `satisfied` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfied: Option<bool>,
    /// The `feedback_details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_details: Option<
        Vec<MeetingParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem>,
    >,
    /// The `comments` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
}

/// The `MeetingParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingParticipantPayloadObjectParticipantFeedbackFeedbackDetailsItem {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingPhoneCalloutEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.participant_phone_callout_accepted`, `meeting.participant_phone_callout_missed`, `meeting.participant_phone_callout_rejected` and `meeting.participant_phone_callout_ringing`.
    pub payload: MeetingPhoneCalloutPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingPhoneCalloutPayload {
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
    pub object: MeetingPhoneCalloutPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingPhoneCalloutPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `host_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// The `participant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<MeetingPhoneCalloutPayloadObjectParticipant>,
}

/// The `MeetingPhoneCalloutPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingPhoneCalloutPayloadObjectParticipant {
    /// The `invitee_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitee_name: Option<String>,
    /// The `phone_number` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<i64>,
}

/// The body of `meeting.registration_approved`, `meeting.registration_cancelled`, `meeting.registration_created` and `meeting.registration_denied`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingRegistrationEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.registration_approved`, `meeting.registration_cancelled`, `meeting.registration_created` and `meeting.registration_denied`.
    pub payload: MeetingRegistrationPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingRegistrationPayload {
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
    pub object: MeetingRegistrationPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingRegistrationPayloadObject {
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
    /// Kind of meeting.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<MeetingType>,
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
    pub registrant: Option<MeetingRegistrationPayloadObjectRegistrant>,
}

/// The `MeetingRegistrationPayloadObjectRegistrant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingRegistrationPayloadObjectRegistrant {
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
    /// The `participant_pin_code` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_pin_code: Option<i64>,
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
        Vec<MeetingRegistrationPayloadObjectRegistrantCustomQuestionsItem>,
    >,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MeetingRegistrationPayloadObjectRegistrantStatus>,
}

/// The `MeetingRegistrationPayloadObjectRegistrantCustomQuestionsItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingRegistrationPayloadObjectRegistrantCustomQuestionsItem {
    /// The `title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingRiskAlertEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.risk_alert`.
    pub payload: MeetingRiskAlertPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingRiskAlertPayload {
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
    pub object: MeetingRiskAlertPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingRiskAlertPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `uuid` field.
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Kind of meeting.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `armn_details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub armn_details: Option<MeetingRiskAlertPayloadObjectArmnDetails>,
}

/// The `MeetingRiskAlertPayloadObjectArmnDetails` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingRiskAlertPayloadObjectArmnDetails {
    /// The `post_platform` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_platform: Option<String>,
    /// The `social_link` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social_link: Option<String>,
    /// The `post_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `post_user` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_user: Option<String>,
    /// The `meeting_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_url: Option<String>,
    /// The `recommended_enable_settings` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended_enable_settings: Option<
        Vec<MeetingRiskAlertPayloadObjectArmnDetailsRecommendedEnableSettingsItem>,
    >,
    /// The `recommended_disable_settings` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended_disable_settings: Option<
        Vec<MeetingRiskAlertPayloadObjectArmnDetailsRecommendedDisableSettingsItem>,
    >,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingRoomSystemCalloutEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.participant_room_system_callout_accepted`, `meeting.participant_room_system_callout_failed`, `meeting.participant_room_system_callout_missed`, `meeting.participant_room_system_callout_rejected` and `meeting.participant_room_system_callout_ringing`.
    pub payload: MeetingRoomSystemCalloutPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingRoomSystemCalloutPayload {
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
    pub object: MeetingRoomSystemCalloutPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingRoomSystemCalloutPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `host_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// The `message_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The `inviter_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter_name: Option<String>,
    /// The `participant` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<MeetingRoomSystemCalloutPayloadObjectParticipant>,
    /// The `reason_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_type: Option<i64>,
}

/// The `MeetingRoomSystemCalloutPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingRoomSystemCalloutPayloadObjectParticipant {
    /// The `call_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_type: Option<String>,
    /// The `device_ip` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_ip: Option<String>,
}

/// The body of `meeting.alert`, `meeting.ended` and `meeting.started`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingSessionEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.alert`, `meeting.ended` and `meeting.started`.
    pub payload: MeetingSessionPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingSessionPayload {
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
    pub object: MeetingSessionPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingSessionPayloadObject {
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
    /// Kind of meeting.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<MeetingType>,
    /// The `start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `duration` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `issues` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issues: Option<Vec<MeetingSessionPayloadObjectIssuesItem>>,
    /// The `join_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<String>,
    /// The `host_email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_email: Option<String>,
    /// The `end_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<chrono::DateTime<chrono::Utc>>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingSharingEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.breakout_room_sharing_ended`, `meeting.breakout_room_sharing_started`, `meeting.sharing_ended` and `meeting.sharing_started`.
    pub payload: MeetingSharingPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingSharingPayload {
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
    pub object: MeetingSharingPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingSharingPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The `breakout_room_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breakout_room_uuid: Option<String>,
    /// The `host_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// The `topic` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Kind of meeting.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<MeetingType>,
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
    pub participant: Option<MeetingSharingPayloadObjectParticipant>,
}

/// The `MeetingSharingPayloadObjectParticipant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingSharingPayloadObjectParticipant {
    /// The `user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The `parent_user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_user_id: Option<String>,
    /// The `user_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `sharing_details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing_details: Option<MeetingSharingPayloadObjectParticipantSharingDetails>,
}

/// The `MeetingSharingPayloadObjectParticipantSharingDetails` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingSharingPayloadObjectParticipantSharingDetails {
    /// The `content` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<MeetingSharingPayloadObjectParticipantSharingDetailsContent>,
    /// The `link_source` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_source: Option<
        MeetingSharingPayloadObjectParticipantSharingDetailsLinkSource,
    >,
    /// The `file_link` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_link: Option<String>,
    /// The `date_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `source` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<MeetingSharingPayloadObjectParticipantSharingDetailsSource>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingSummaryEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `meeting.summary_completed`, `meeting.summary_deleted`, `meeting.summary_recovered`, `meeting.summary_shared`, `meeting.summary_trashed` and `meeting.summary_updated`.
    pub payload: MeetingSummaryPayload,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingSummaryPayload {
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
    pub object: MeetingSummaryPayloadObject,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingSummaryPayloadObject {
    /// The `meeting_host_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_host_id: Option<String>,
    /// The `meeting_host_email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_host_email: Option<String>,
    /// The `meeting_uuid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_uuid: Option<String>,
    /// The `meeting_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_id: Option<i64>,
    /// The `meeting_topic` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_topic: Option<String>,
    /// The `meeting_start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `meeting_end_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_end_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_start_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_end_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_end_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_created_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_created_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_last_modified_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_last_modified_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `summary_title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_title: Option<String>,
    /// The `summary_overview` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_overview: Option<String>,
    /// The `summary_details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_details: Option<Vec<MeetingSummaryPayloadObjectSummaryDetailsItem>>,
    /// The `next_steps` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<Vec<String>>,
    /// The `summary_content` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_content: Option<String>,
    /// The `summary_doc_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_doc_url: Option<String>,
    /// The `share_with_users` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_with_users: Option<Vec<MeetingSummaryPayloadObjectShareWithUsersItem>>,
    /// The `summary_last_modified_user_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_last_modified_user_id: Option<String>,
    /// The `summary_last_modified_user_email` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_last_modified_user_email: Option<String>,
    /// The `edited_summary` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_summary: Option<MeetingSummaryPayloadObjectEditedSummary>,
}

/// The `MeetingSummaryPayloadObjectEditedSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingSummaryPayloadObjectEditedSummary {
    /// The `summary_overview` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_overview: Option<String>,
    /// The `summary_details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_details: Option<String>,
    /// The `next_steps` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<Vec<String>>,
}

/// The `MeetingSummaryPayloadObjectShareWithUsersItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingSummaryPayloadObjectShareWithUsersItem {
    /// The `user_email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_email: Option<String>,
}

/// The `MeetingSummaryPayloadObjectSummaryDetailsItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MeetingSummaryPayloadObjectSummaryDetailsItem {
    /// The `label` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The `summary` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

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
