// @generated from spec/cloud_recording.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Webhook events of the `cloud_recording` group, generated from its `x-webhooks`.
#![allow(deprecated)]
use super::super::common::types::Occurrence;
use super::types::RecordingFileStatus;
use super::types::RecordingMeetingType;
use super::types::RecordingType;
use super::super::common::types::RegistrantEmployeeCount;
use super::super::common::types::RegistrantPurchaseRole;
use super::super::common::types::RegistrantPurchasingTimeFrame;
/// The body of `recording.batch_deleted`, `recording.batch_recovered` and `recording.batch_trashed`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingBatchEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `recording.batch_deleted`, `recording.batch_recovered` and `recording.batch_trashed`.
    pub payload: RecordingBatchPayload,
}

crate::runtime::object_impls!(
    RecordingBatchEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl RecordingBatchEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: RecordingBatchPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `recording.batch_deleted`, `recording.batch_recovered` and `recording.batch_trashed`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingBatchPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: Option<RecordingBatchPayloadObject>,
    /// The `operation` field.
    pub operation: Option<RecordingBatchPayloadOperation>,
}

crate::runtime::object_impls!(
    RecordingBatchPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object optional, "operation" => operation
    optional }
);

impl RecordingBatchPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object: None,
            operation: None,
        }
    }
}

/// The `RecordingBatchPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingBatchPayloadObject {
    /// The `meetings` field.
    pub meetings: Option<Vec<RecordingBatchPayloadObjectMeetingsItem>>,
    /// The `meeting_uuids` field.
    pub meeting_uuids: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    RecordingBatchPayloadObject { "meetings" => meetings optional, "meeting_uuids" =>
    meeting_uuids optional }
);

/// The `RecordingBatchPayloadObjectMeetingsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingBatchPayloadObjectMeetingsItem {
    /// The `meeting_uuid` field.
    pub meeting_uuid: Option<String>,
    /// The `recording_file_ids` field.
    pub recording_file_ids: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    RecordingBatchPayloadObjectMeetingsItem { "meeting_uuid" => meeting_uuid optional,
    "recording_file_ids" => recording_file_ids optional }
);

/// The `RecordingBatchPayloadOperation` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingBatchPayloadOperation {
    /// `trash_user_recordings`.
    TrashUserRecordings,
    /// `trash_account_recordings`.
    TrashAccountRecordings,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingBatchPayloadOperation {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrashUserRecordings => "trash_user_recordings",
            Self::TrashAccountRecordings => "trash_account_recordings",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingBatchPayloadOperation {
    fn from(value: &str) -> Self {
        match value {
            "trash_user_recordings" => Self::TrashUserRecordings,
            "trash_account_recordings" => Self::TrashAccountRecordings,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingBatchPayloadOperation);

/// The body of `recording.cloud_storage_usage_updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingCloudStorageUsageUpdatedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `recording.cloud_storage_usage_updated`.
    pub payload: RecordingCloudStorageUsageUpdatedPayload,
}

crate::runtime::object_impls!(
    RecordingCloudStorageUsageUpdatedEvent { "event" => event required, "event_ts" =>
    event_ts optional, "payload" => payload required }
);

impl RecordingCloudStorageUsageUpdatedEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        event: impl Into<String>,
        payload: RecordingCloudStorageUsageUpdatedPayload,
    ) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `recording.cloud_storage_usage_updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingCloudStorageUsageUpdatedPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: RecordingCloudStorageUsageUpdatedPayloadObject,
}

crate::runtime::object_impls!(
    RecordingCloudStorageUsageUpdatedPayload { "account_id" => account_id required,
    "operator" => operator optional, "operator_id" => operator_id optional,
    "operator_member_id" => operator_member_id optional, "object" => object required }
);

impl RecordingCloudStorageUsageUpdatedPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: RecordingCloudStorageUsageUpdatedPayloadObject,
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

/// The `RecordingCloudStorageUsageUpdatedPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingCloudStorageUsageUpdatedPayloadObject {
    /// The `free_storage` field.
    pub free_storage: Option<String>,
    /// The `plan_storage` field.
    pub plan_storage: Option<String>,
    /// The `plan_type` field.
    pub plan_type: Option<String>,
    /// The `storage_used` field.
    pub storage_used: Option<String>,
    /// The `storage_used_percentage` field.
    pub storage_used_percentage: Option<f64>,
    /// The `storage_exceed` field.
    pub storage_exceed: Option<String>,
    /// The `max_exceed_date` field.
    pub max_exceed_date: Option<String>,
}

crate::runtime::object_impls!(
    RecordingCloudStorageUsageUpdatedPayloadObject { "free_storage" => free_storage
    optional, "plan_storage" => plan_storage optional, "plan_type" => plan_type optional,
    "storage_used" => storage_used optional, "storage_used_percentage" =>
    storage_used_percentage optional, "storage_exceed" => storage_exceed optional,
    "max_exceed_date" => max_exceed_date optional }
);

/// The body of `recording.archive_files_completed`, `recording.completed`, `recording.deleted`, `recording.recovered`, `recording.transcript_completed` and `recording.trashed`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingFilesEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `recording.archive_files_completed`, `recording.completed`, `recording.deleted`, `recording.recovered`, `recording.transcript_completed` and `recording.trashed`.
    pub payload: RecordingFilesPayload,
    /// The `download_token` field.
    pub download_token: Option<String>,
}

crate::runtime::object_impls!(
    RecordingFilesEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required, "download_token" => download_token optional }
);

impl RecordingFilesEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: RecordingFilesPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
            download_token: None,
        }
    }
}

/// The `payload` of `recording.archive_files_completed`, `recording.completed`, `recording.deleted`, `recording.recovered`, `recording.transcript_completed` and `recording.trashed`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingFilesPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: Option<RecordingFilesPayloadObject>,
}

crate::runtime::object_impls!(
    RecordingFilesPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object optional }
);

impl RecordingFilesPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object: None,
        }
    }
}

/// The `RecordingFilesPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingFilesPayloadObject {
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `id` field.
    pub id: Option<i64>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting or webinar a recording comes from.
    pub type_: Option<RecordingMeetingType>,
    /// The `start_time` field.
    pub start_time: Option<String>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `duration_in_second` field.
    pub duration_in_second: Option<i64>,
    /// The `total_size` field.
    pub total_size: Option<i64>,
    /// The `recording_count` field.
    pub recording_count: Option<i64>,
    /// The `meeting_type` field.
    pub meeting_type: Option<RecordingFilesPayloadObjectMeetingType>,
    /// The `account_name` field.
    pub account_name: Option<String>,
    /// The `complete_time` field.
    pub complete_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `is_breakout_room` field.
    pub is_breakout_room: Option<bool>,
    /// The `parent_meeting_id` field.
    pub parent_meeting_id: Option<String>,
    /// The `archive_files` field.
    pub archive_files: Option<Vec<RecordingFilesPayloadObjectArchiveFilesItem>>,
    /// The `status` field.
    pub status: Option<RecordingFilesPayloadObjectStatus>,
    /// The `group_id` field.
    pub group_id: Option<String>,
    /// The `account_id` field.
    pub account_id: Option<String>,
    /// The `password` field.
    pub password: Option<String>,
    /// The `host_email` field.
    pub host_email: Option<String>,
    /// The `share_url` field.
    pub share_url: Option<String>,
    /// The `on_prem` field.
    pub on_prem: Option<bool>,
    /// The `recording_play_passcode` field.
    pub recording_play_passcode: Option<String>,
    /// The `auto_delete` field.
    pub auto_delete: Option<bool>,
    /// The `auto_delete_date` field.
    pub auto_delete_date: Option<String>,
    /// The `recording_files` field.
    pub recording_files: Option<Vec<RecordingFilesPayloadObjectRecordingFilesItem>>,
    /// The `participant_audio_files` field.
    pub participant_audio_files: Option<
        Vec<RecordingFilesPayloadObjectParticipantAudioFilesItem>,
    >,
}

crate::runtime::object_impls!(
    RecordingFilesPayloadObject { "uuid" => uuid optional, "id" => id optional, "host_id"
    => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "timezone" => timezone optional, "duration" =>
    duration optional, "duration_in_second" => duration_in_second optional, "total_size"
    => total_size optional, "recording_count" => recording_count optional, "meeting_type"
    => meeting_type optional, "account_name" => account_name optional, "complete_time" =>
    complete_time optional, "is_breakout_room" => is_breakout_room optional,
    "parent_meeting_id" => parent_meeting_id optional, "archive_files" => archive_files
    optional, "status" => status optional, "group_id" => group_id optional, "account_id"
    => account_id optional, "password" => password optional, "host_email" => host_email
    optional, "share_url" => share_url optional, "on_prem" => on_prem optional,
    "recording_play_passcode" => recording_play_passcode optional, "auto_delete" =>
    auto_delete optional, "auto_delete_date" => auto_delete_date optional,
    "recording_files" => recording_files optional, "participant_audio_files" =>
    participant_audio_files optional }
);

/// The `RecordingFilesPayloadObjectArchiveFilesItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingFilesPayloadObjectArchiveFilesItem {
    /// The `id` field.
    pub id: Option<String>,
    /// The `file_type` field.
    pub file_type: Option<RecordingFilesPayloadObjectArchiveFilesItemFileType>,
    /// The `file_extension` field.
    pub file_extension: Option<String>,
    /// The `file_name` field.
    pub file_name: Option<String>,
    /// The `file_size` field.
    pub file_size: Option<i64>,
    /// The `download_url` field.
    pub download_url: Option<String>,
    /// The `status` field.
    pub status: Option<RecordingFilesPayloadObjectArchiveFilesItemStatus>,
    /// The `recording_type` field.
    pub recording_type: Option<RecordingFilesPayloadObjectArchiveFilesItemRecordingType>,
    /// The `individual` field.
    pub individual: Option<bool>,
    /// The `participant_email` field.
    ///
    /// Format: `email`.
    pub participant_email: Option<String>,
    /// The `participant_join_time` field.
    pub participant_join_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `participant_leave_time` field.
    pub participant_leave_time: Option<String>,
    /// The `encryption_fingerprint` field.
    pub encryption_fingerprint: Option<String>,
    /// The `number_of_messages` field.
    pub number_of_messages: Option<i64>,
    /// The `storage_location` field.
    pub storage_location: Option<
        RecordingFilesPayloadObjectArchiveFilesItemStorageLocation,
    >,
}

crate::runtime::object_impls!(
    RecordingFilesPayloadObjectArchiveFilesItem { "id" => id optional, "file_type" =>
    file_type optional, "file_extension" => file_extension optional, "file_name" =>
    file_name optional, "file_size" => file_size optional, "download_url" => download_url
    optional, "status" => status optional, "recording_type" => recording_type optional,
    "individual" => individual optional, "participant_email" => participant_email
    optional, "participant_join_time" => participant_join_time optional,
    "participant_leave_time" => participant_leave_time optional, "encryption_fingerprint"
    => encryption_fingerprint optional, "number_of_messages" => number_of_messages
    optional, "storage_location" => storage_location optional }
);

/// The `RecordingFilesPayloadObjectArchiveFilesItemFileType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingFilesPayloadObjectArchiveFilesItemFileType {
    /// `MP4`.
    Mp4,
    /// `M4A`.
    M4a,
    /// `TRANSCRIPT`.
    Transcript,
    /// `CHAT`.
    Chat,
    /// `CC`.
    Cc,
    /// `CHAT_MESSAGE`.
    ChatMessage,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingFilesPayloadObjectArchiveFilesItemFileType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mp4 => "MP4",
            Self::M4a => "M4A",
            Self::Transcript => "TRANSCRIPT",
            Self::Chat => "CHAT",
            Self::Cc => "CC",
            Self::ChatMessage => "CHAT_MESSAGE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingFilesPayloadObjectArchiveFilesItemFileType {
    fn from(value: &str) -> Self {
        match value {
            "MP4" => Self::Mp4,
            "M4A" => Self::M4a,
            "TRANSCRIPT" => Self::Transcript,
            "CHAT" => Self::Chat,
            "CC" => Self::Cc,
            "CHAT_MESSAGE" => Self::ChatMessage,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingFilesPayloadObjectArchiveFilesItemFileType);

/// The `RecordingFilesPayloadObjectArchiveFilesItemRecordingType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingFilesPayloadObjectArchiveFilesItemRecordingType {
    /// `shared_screen_with_speaker_view`.
    SharedScreenWithSpeakerView,
    /// `audio_only`.
    AudioOnly,
    /// `chat_file`.
    ChatFile,
    /// `closed_caption`.
    ClosedCaption,
    /// `chat_message`.
    ChatMessage,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingFilesPayloadObjectArchiveFilesItemRecordingType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SharedScreenWithSpeakerView => "shared_screen_with_speaker_view",
            Self::AudioOnly => "audio_only",
            Self::ChatFile => "chat_file",
            Self::ClosedCaption => "closed_caption",
            Self::ChatMessage => "chat_message",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingFilesPayloadObjectArchiveFilesItemRecordingType {
    fn from(value: &str) -> Self {
        match value {
            "shared_screen_with_speaker_view" => Self::SharedScreenWithSpeakerView,
            "audio_only" => Self::AudioOnly,
            "chat_file" => Self::ChatFile,
            "closed_caption" => Self::ClosedCaption,
            "chat_message" => Self::ChatMessage,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    RecordingFilesPayloadObjectArchiveFilesItemRecordingType
);

/// The `RecordingFilesPayloadObjectArchiveFilesItemStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingFilesPayloadObjectArchiveFilesItemStatus {
    /// `completed`.
    Completed,
    /// `processing`.
    Processing,
    /// `failed`.
    Failed,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingFilesPayloadObjectArchiveFilesItemStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Processing => "processing",
            Self::Failed => "failed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingFilesPayloadObjectArchiveFilesItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "processing" => Self::Processing,
            "failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingFilesPayloadObjectArchiveFilesItemStatus);

/// The `RecordingFilesPayloadObjectArchiveFilesItemStorageLocation` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingFilesPayloadObjectArchiveFilesItemStorageLocation {
    /// `US`.
    Us,
    /// `AU`.
    Au,
    /// `BR`.
    Br,
    /// `CA`.
    Ca,
    /// `EU`.
    Eu,
    /// `IN`.
    In,
    /// `JP`.
    Jp,
    /// `SG`.
    Sg,
    /// `CH`.
    Ch,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingFilesPayloadObjectArchiveFilesItemStorageLocation {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Us => "US",
            Self::Au => "AU",
            Self::Br => "BR",
            Self::Ca => "CA",
            Self::Eu => "EU",
            Self::In => "IN",
            Self::Jp => "JP",
            Self::Sg => "SG",
            Self::Ch => "CH",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingFilesPayloadObjectArchiveFilesItemStorageLocation {
    fn from(value: &str) -> Self {
        match value {
            "US" => Self::Us,
            "AU" => Self::Au,
            "BR" => Self::Br,
            "CA" => Self::Ca,
            "EU" => Self::Eu,
            "IN" => Self::In,
            "JP" => Self::Jp,
            "SG" => Self::Sg,
            "CH" => Self::Ch,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    RecordingFilesPayloadObjectArchiveFilesItemStorageLocation
);

/// The `RecordingFilesPayloadObjectMeetingType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingFilesPayloadObjectMeetingType {
    /// `internal`.
    Internal,
    /// `external`.
    External,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingFilesPayloadObjectMeetingType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internal => "internal",
            Self::External => "external",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingFilesPayloadObjectMeetingType {
    fn from(value: &str) -> Self {
        match value {
            "internal" => Self::Internal,
            "external" => Self::External,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingFilesPayloadObjectMeetingType);

/// The `RecordingFilesPayloadObjectParticipantAudioFilesItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingFilesPayloadObjectParticipantAudioFilesItem {
    /// The `id` field.
    pub id: Option<String>,
    /// The `recording_start` field.
    pub recording_start: Option<chrono::DateTime<chrono::Utc>>,
    /// The `recording_end` field.
    pub recording_end: Option<chrono::DateTime<chrono::Utc>>,
    /// The `file_type` field.
    pub file_type: Option<String>,
    /// The `file_name` field.
    pub file_name: Option<String>,
    /// The `file_size` field.
    pub file_size: Option<i64>,
    /// The `file_extension` field.
    pub file_extension: Option<String>,
    /// The `play_url` field.
    pub play_url: Option<String>,
    /// The `download_url` field.
    pub download_url: Option<String>,
    /// The `file_path` field.
    pub file_path: Option<String>,
    /// Whether a recording file is ready.
    pub status: Option<RecordingFileStatus>,
    /// The `recording_type` field.
    pub recording_type: Option<String>,
}

crate::runtime::object_impls!(
    RecordingFilesPayloadObjectParticipantAudioFilesItem { "id" => id optional,
    "recording_start" => recording_start optional, "recording_end" => recording_end
    optional, "file_type" => file_type optional, "file_name" => file_name optional,
    "file_size" => file_size optional, "file_extension" => file_extension optional,
    "play_url" => play_url optional, "download_url" => download_url optional, "file_path"
    => file_path optional, "status" => status optional, "recording_type" =>
    recording_type optional }
);

/// The `RecordingFilesPayloadObjectRecordingFilesItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingFilesPayloadObjectRecordingFilesItem {
    /// The `id` field.
    pub id: Option<String>,
    /// The `meeting_id` field.
    pub meeting_id: Option<String>,
    /// The `recording_start` field.
    pub recording_start: Option<chrono::DateTime<chrono::Utc>>,
    /// The `recording_end` field.
    pub recording_end: Option<chrono::DateTime<chrono::Utc>>,
    /// The `file_type` field.
    pub file_type: Option<String>,
    /// The `file_size` field.
    pub file_size: Option<i64>,
    /// The `file_extension` field.
    pub file_extension: Option<String>,
    /// The `file_name` field.
    pub file_name: Option<String>,
    /// The `play_url` field.
    pub play_url: Option<String>,
    /// The `download_url` field.
    pub download_url: Option<String>,
    /// The `file_path` field.
    pub file_path: Option<String>,
    /// Whether a recording file is ready.
    pub status: Option<RecordingFileStatus>,
    /// Which view or part of the meeting a recording file captures.
    pub recording_type: Option<RecordingType>,
}

crate::runtime::object_impls!(
    RecordingFilesPayloadObjectRecordingFilesItem { "id" => id optional, "meeting_id" =>
    meeting_id optional, "recording_start" => recording_start optional, "recording_end"
    => recording_end optional, "file_type" => file_type optional, "file_size" =>
    file_size optional, "file_extension" => file_extension optional, "file_name" =>
    file_name optional, "play_url" => play_url optional, "download_url" => download_url
    optional, "file_path" => file_path optional, "status" => status optional,
    "recording_type" => recording_type optional }
);

/// The `RecordingFilesPayloadObjectStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingFilesPayloadObjectStatus {
    /// `completed`.
    Completed,
    /// `processing`.
    Processing,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingFilesPayloadObjectStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Processing => "processing",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingFilesPayloadObjectStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "processing" => Self::Processing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingFilesPayloadObjectStatus);

/// The body of `recording.paused`, `recording.resumed`, `recording.started` and `recording.stopped`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingProgressEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `recording.paused`, `recording.resumed`, `recording.started` and `recording.stopped`.
    pub payload: RecordingProgressPayload,
}

crate::runtime::object_impls!(
    RecordingProgressEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl RecordingProgressEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: RecordingProgressPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `recording.paused`, `recording.resumed`, `recording.started` and `recording.stopped`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingProgressPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: RecordingProgressPayloadObject,
}

crate::runtime::object_impls!(
    RecordingProgressPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl RecordingProgressPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: RecordingProgressPayloadObject,
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

/// The `RecordingProgressPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingProgressPayloadObject {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting or webinar a recording comes from.
    pub type_: Option<RecordingMeetingType>,
    /// The `start_time` field.
    pub start_time: Option<String>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `recording_file` field.
    pub recording_file: Option<RecordingProgressPayloadObjectRecordingFile>,
}

crate::runtime::object_impls!(
    RecordingProgressPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_id" => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "timezone" => timezone optional, "duration" =>
    duration optional, "recording_file" => recording_file optional }
);

/// The `RecordingProgressPayloadObjectRecordingFile` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingProgressPayloadObjectRecordingFile {
    /// The `recording_start` field.
    pub recording_start: Option<String>,
    /// The `recording_end` field.
    pub recording_end: Option<String>,
}

crate::runtime::object_impls!(
    RecordingProgressPayloadObjectRecordingFile { "recording_start" => recording_start
    optional, "recording_end" => recording_end optional }
);

/// The body of `recording.registration_approved`, `recording.registration_created` and `recording.registration_denied`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingRegistrationEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `recording.registration_approved`, `recording.registration_created` and `recording.registration_denied`.
    pub payload: RecordingRegistrationPayload,
}

crate::runtime::object_impls!(
    RecordingRegistrationEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required }
);

impl RecordingRegistrationEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: RecordingRegistrationPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `recording.registration_approved`, `recording.registration_created` and `recording.registration_denied`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingRegistrationPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: RecordingRegistrationPayloadObject,
}

crate::runtime::object_impls!(
    RecordingRegistrationPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

impl RecordingRegistrationPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: RecordingRegistrationPayloadObject,
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

/// The `RecordingRegistrationPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRegistrationPayloadObject {
    /// The `id` field.
    pub id: Option<i64>,
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `host_id` field.
    pub host_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting or webinar a recording comes from.
    pub type_: Option<RecordingMeetingType>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `duration` field.
    pub duration: Option<i64>,
    /// The `registrant` field.
    pub registrant: Option<RecordingRegistrationPayloadObjectRegistrant>,
    /// One occurrence of a recurring session.
    pub occurrences: Option<Occurrence>,
}

crate::runtime::object_impls!(
    RecordingRegistrationPayloadObject { "id" => id optional, "uuid" => uuid optional,
    "host_id" => host_id optional, "topic" => topic optional, "type" => type_ optional,
    "start_time" => start_time optional, "timezone" => timezone optional, "duration" =>
    duration optional, "registrant" => registrant optional, "occurrences" => occurrences
    optional }
);

/// The `RecordingRegistrationPayloadObjectRegistrant` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRegistrationPayloadObjectRegistrant {
    /// The `id` field.
    pub id: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `first_name` field.
    pub first_name: Option<String>,
    /// The `last_name` field.
    pub last_name: Option<String>,
    /// The `status` field.
    pub status: Option<RecordingRegistrationPayloadObjectRegistrantStatus>,
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
        Vec<RecordingRegistrationPayloadObjectRegistrantCustomQuestionsItem>,
    >,
}

crate::runtime::object_impls!(
    RecordingRegistrationPayloadObjectRegistrant { "id" => id optional, "email" => email
    optional, "first_name" => first_name optional, "last_name" => last_name optional,
    "status" => status optional, "address" => address optional, "city" => city optional,
    "country" => country optional, "zip" => zip optional, "state" => state optional,
    "phone" => phone optional, "industry" => industry optional, "org" => org optional,
    "job_title" => job_title optional, "purchasing_time_frame" => purchasing_time_frame
    optional, "role_in_purchase_process" => role_in_purchase_process optional,
    "no_of_employees" => no_of_employees optional, "comments" => comments optional,
    "custom_questions" => custom_questions optional }
);

/// The `RecordingRegistrationPayloadObjectRegistrantCustomQuestionsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRegistrationPayloadObjectRegistrantCustomQuestionsItem {
    /// The `title` field.
    pub title: Option<String>,
    /// The `value` field.
    pub value: Option<String>,
}

crate::runtime::object_impls!(
    RecordingRegistrationPayloadObjectRegistrantCustomQuestionsItem { "title" => title
    optional, "value" => value optional }
);

/// The `RecordingRegistrationPayloadObjectRegistrantStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingRegistrationPayloadObjectRegistrantStatus {
    /// `approved`.
    Approved,
    /// `denied`.
    Denied,
    /// `pending`.
    Pending,
    /// `all`.
    All,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingRegistrationPayloadObjectRegistrantStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::Pending => "pending",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingRegistrationPayloadObjectRegistrantStatus {
    fn from(value: &str) -> Self {
        match value {
            "approved" => Self::Approved,
            "denied" => Self::Denied,
            "pending" => Self::Pending,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingRegistrationPayloadObjectRegistrantStatus);

/// The body of `recording.renamed`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingRenamedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `recording.renamed`.
    pub payload: RecordingRenamedPayload,
}

crate::runtime::object_impls!(
    RecordingRenamedEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

impl RecordingRenamedEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: RecordingRenamedPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `object` and `old_object` of `recording.renamed`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRenamedObject {
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `id` field.
    pub id: Option<i64>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// Kind of meeting or webinar a recording comes from.
    pub type_: Option<RecordingMeetingType>,
    /// The `host_id` field.
    pub host_id: Option<String>,
}

crate::runtime::object_impls!(
    RecordingRenamedObject { "uuid" => uuid optional, "id" => id optional, "topic" =>
    topic optional, "type" => type_ optional, "host_id" => host_id optional }
);

/// The `payload` of `recording.renamed`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingRenamedPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `time_stamp` field.
    pub time_stamp: Option<String>,
    /// The `object` and `old_object` of `recording.renamed`.
    pub object: RecordingRenamedObject,
    /// The `object` and `old_object` of `recording.renamed`.
    pub old_object: Option<RecordingRenamedObject>,
    /// The `recording_file` field.
    pub recording_file: Option<RecordingRenamedPayloadRecordingFile>,
}

crate::runtime::object_impls!(
    RecordingRenamedPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "time_stamp" => time_stamp optional, "object" => object
    required, "old_object" => old_object optional, "recording_file" => recording_file
    optional }
);

impl RecordingRenamedPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>, object: RecordingRenamedObject) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            time_stamp: None,
            object,
            old_object: None,
            recording_file: None,
        }
    }
}

/// The `RecordingRenamedPayloadRecordingFile` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRenamedPayloadRecordingFile {
    /// The `uuid` field.
    pub uuid: Option<String>,
    /// The `id` field.
    pub id: Option<i64>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// The `type` field.
    pub type_: Option<i64>,
    /// The `host_id` field.
    pub host_id: Option<String>,
}

crate::runtime::object_impls!(
    RecordingRenamedPayloadRecordingFile { "uuid" => uuid optional, "id" => id optional,
    "topic" => topic optional, "type" => type_ optional, "host_id" => host_id optional }
);

/// A webhook event of the `cloud_recording` group: one variant per event the spec declares, each with the typed body, and `Unknown` for any other event (Zoom adds events), kept as received.
///
/// Read it with [`Event::from_json`], `serde_json::from_str`, or `RawEvent::parse` after `Verifier::verify`. Serialising writes the body back (an `Unknown` event exactly as it came).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// `recording.archive_files_completed`: Archived files of a meeting are ready.
    RecordingArchiveFilesCompleted(RecordingFilesEvent),
    /// `recording.batch_deleted`: Several recordings were deleted at once.
    RecordingBatchDeleted(RecordingBatchEvent),
    /// `recording.batch_recovered`: Several recordings were restored at once.
    RecordingBatchRecovered(RecordingBatchEvent),
    /// `recording.batch_trashed`: Several recordings went to the trash at once.
    RecordingBatchTrashed(RecordingBatchEvent),
    /// `recording.cloud_storage_usage_updated`: The account's cloud storage use changed.
    RecordingCloudStorageUsageUpdated(RecordingCloudStorageUsageUpdatedEvent),
    /// `recording.completed`: A cloud recording is ready.
    RecordingCompleted(RecordingFilesEvent),
    /// `recording.deleted`: A cloud recording was deleted for good.
    RecordingDeleted(RecordingFilesEvent),
    /// `recording.paused`: Recording was paused.
    RecordingPaused(RecordingProgressEvent),
    /// `recording.recovered`: A recording was restored from the trash.
    RecordingRecovered(RecordingFilesEvent),
    /// `recording.registration_approved`: A request to view a recording was approved.
    RecordingRegistrationApproved(RecordingRegistrationEvent),
    /// `recording.registration_created`: Someone registered to view a recording.
    RecordingRegistrationCreated(RecordingRegistrationEvent),
    /// `recording.registration_denied`: A request to view a recording was denied.
    RecordingRegistrationDenied(RecordingRegistrationEvent),
    /// `recording.renamed`: A recording got a new topic.
    RecordingRenamed(RecordingRenamedEvent),
    /// `recording.resumed`: Recording resumed.
    RecordingResumed(RecordingProgressEvent),
    /// `recording.started`: Cloud recording began.
    RecordingStarted(RecordingProgressEvent),
    /// `recording.stopped`: Cloud recording stopped.
    RecordingStopped(RecordingProgressEvent),
    /// `recording.transcript_completed`: A recording's transcript is ready.
    RecordingTranscriptCompleted(RecordingFilesEvent),
    /// `recording.trashed`: A recording went to the trash.
    RecordingTrashed(RecordingFilesEvent),
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
                "recording.archive_files_completed" => {
                    Self::RecordingArchiveFilesCompleted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "recording.batch_deleted" => {
                    Self::RecordingBatchDeleted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "recording.batch_recovered" => {
                    Self::RecordingBatchRecovered(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "recording.batch_trashed" => {
                    Self::RecordingBatchTrashed(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "recording.cloud_storage_usage_updated" => {
                    Self::RecordingCloudStorageUsageUpdated(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "recording.completed" => {
                    Self::RecordingCompleted(crate::webhooks::decode_event(&name, raw)?)
                }
                "recording.deleted" => {
                    Self::RecordingDeleted(crate::webhooks::decode_event(&name, raw)?)
                }
                "recording.paused" => {
                    Self::RecordingPaused(crate::webhooks::decode_event(&name, raw)?)
                }
                "recording.recovered" => {
                    Self::RecordingRecovered(crate::webhooks::decode_event(&name, raw)?)
                }
                "recording.registration_approved" => {
                    Self::RecordingRegistrationApproved(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "recording.registration_created" => {
                    Self::RecordingRegistrationCreated(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "recording.registration_denied" => {
                    Self::RecordingRegistrationDenied(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "recording.renamed" => {
                    Self::RecordingRenamed(crate::webhooks::decode_event(&name, raw)?)
                }
                "recording.resumed" => {
                    Self::RecordingResumed(crate::webhooks::decode_event(&name, raw)?)
                }
                "recording.started" => {
                    Self::RecordingStarted(crate::webhooks::decode_event(&name, raw)?)
                }
                "recording.stopped" => {
                    Self::RecordingStopped(crate::webhooks::decode_event(&name, raw)?)
                }
                "recording.transcript_completed" => {
                    Self::RecordingTranscriptCompleted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "recording.trashed" => {
                    Self::RecordingTrashed(crate::webhooks::decode_event(&name, raw)?)
                }
                _ => Self::Unknown { name, raw },
            },
        )
    }

    /// The event's name, as Zoom sends it in `event`.
    pub fn name(&self) -> &str {
        match self {
            Self::RecordingArchiveFilesCompleted(_) => {
                "recording.archive_files_completed"
            }
            Self::RecordingBatchDeleted(_) => "recording.batch_deleted",
            Self::RecordingBatchRecovered(_) => "recording.batch_recovered",
            Self::RecordingBatchTrashed(_) => "recording.batch_trashed",
            Self::RecordingCloudStorageUsageUpdated(_) => {
                "recording.cloud_storage_usage_updated"
            }
            Self::RecordingCompleted(_) => "recording.completed",
            Self::RecordingDeleted(_) => "recording.deleted",
            Self::RecordingPaused(_) => "recording.paused",
            Self::RecordingRecovered(_) => "recording.recovered",
            Self::RecordingRegistrationApproved(_) => "recording.registration_approved",
            Self::RecordingRegistrationCreated(_) => "recording.registration_created",
            Self::RecordingRegistrationDenied(_) => "recording.registration_denied",
            Self::RecordingRenamed(_) => "recording.renamed",
            Self::RecordingResumed(_) => "recording.resumed",
            Self::RecordingStarted(_) => "recording.started",
            Self::RecordingStopped(_) => "recording.stopped",
            Self::RecordingTranscriptCompleted(_) => "recording.transcript_completed",
            Self::RecordingTrashed(_) => "recording.trashed",
            Self::Unknown { name, .. } => name,
        }
    }
}

impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::RecordingArchiveFilesCompleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingBatchDeleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingBatchRecovered(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingBatchTrashed(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingCloudStorageUsageUpdated(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingCompleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingDeleted(body) => serde::Serialize::serialize(body, serializer),
            Self::RecordingPaused(body) => serde::Serialize::serialize(body, serializer),
            Self::RecordingRecovered(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingRegistrationApproved(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingRegistrationCreated(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingRegistrationDenied(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingRenamed(body) => serde::Serialize::serialize(body, serializer),
            Self::RecordingResumed(body) => serde::Serialize::serialize(body, serializer),
            Self::RecordingStarted(body) => serde::Serialize::serialize(body, serializer),
            Self::RecordingStopped(body) => serde::Serialize::serialize(body, serializer),
            Self::RecordingTranscriptCompleted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::RecordingTrashed(body) => serde::Serialize::serialize(body, serializer),
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
