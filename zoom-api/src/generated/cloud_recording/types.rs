// @generated from spec/cloud_recording.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Request and response types of the `cloud_recording` group, generated from its schemas.
#![allow(deprecated)]
/// Which time an archive listing's range applies to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArchiveQueryDateType {
    /// `meeting_start_time`: When the meeting started.
    MeetingStartTime,
    /// `archive_complete_time`: When archiving of the meeting finished.
    ArchiveCompleteTime,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ArchiveQueryDateType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MeetingStartTime => "meeting_start_time",
            Self::ArchiveCompleteTime => "archive_complete_time",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ArchiveQueryDateType {
    fn from(value: &str) -> Self {
        match value {
            "meeting_start_time" => Self::MeetingStartTime,
            "archive_complete_time" => Self::ArchiveCompleteTime,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ArchiveQueryDateType);

impl crate::runtime::Check for ArchiveQueryDateType {}
/// Region an archived file is stored in; sent only with distributed compliance archiving.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArchiveStorageLocation {
    /// `US`: United States.
    Us,
    /// `AU`: Australia.
    Au,
    /// `BR`: Brazil.
    Br,
    /// `CA`: Canada.
    Ca,
    /// `EU`: European Union.
    Eu,
    /// `IN`: India.
    In,
    /// `JP`: Japan.
    Jp,
    /// `SG`: Singapore.
    Sg,
    /// `CH`: Switzerland.
    Ch,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ArchiveStorageLocation {
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

impl From<&str> for ArchiveStorageLocation {
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

crate::runtime::string_enum_impls!(ArchiveStorageLocation);

impl crate::runtime::Check for ArchiveStorageLocation {}
/// One archived file. Send the OAuth token as a bearer token to `download_url` to fetch it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchivedFile {
    /// ID of the file.
    pub id: String,
    /// What an archived file holds.
    pub file_type: ArchivedFileType,
    /// Extension of the file, e.g. MP4 or JSON.
    pub file_extension: String,
    /// Size of the file in bytes.
    pub file_size: i64,
    /// Link to the file; absent for on-premise accounts, which get `file_path`.
    pub download_url: Option<String>,
    /// Location of the file on an on-premise deployment (instead of `download_url`).
    pub file_path: Option<String>,
    /// Progress of one archived file.
    pub status: ArchivedFileStatus,
    /// Which view or part of the meeting an archived file captures.
    pub recording_type: ArchivedFileRecordingType,
    /// True for one participant's file, false for the whole meeting's.
    pub individual: bool,
    /// The participant's email, for an individual file; empty for most people outside the host's account.
    ///
    /// Format: `email`.
    pub participant_email: Option<String>,
    /// When the participant (or, for a whole-meeting file, the archiving gateway) joined.
    pub participant_join_time: chrono::DateTime<chrono::Utc>,
    /// When the participant (or the archiving gateway) left.
    pub participant_leave_time: chrono::DateTime<chrono::Utc>,
    /// SHA-256 fingerprint of the file.
    pub encryption_fingerprint: String,
    /// Number of messages, for TXT and JSON files.
    pub number_of_messages: Option<i64>,
    /// Region an archived file is stored in; sent only with distributed compliance archiving.
    pub storage_location: Option<ArchiveStorageLocation>,
    /// Whether the file is tagged for automatic deletion (a feature Zoom Support turns on).
    pub auto_delete: Option<bool>,
}

crate::runtime::object_impls!(
    ArchivedFile { "id" => id required, "file_type" => file_type required,
    "file_extension" => file_extension required, "file_size" => file_size required,
    "download_url" => download_url optional, "file_path" => file_path optional, "status"
    => status required, "recording_type" => recording_type required, "individual" =>
    individual required, "participant_email" => participant_email optional,
    "participant_join_time" => participant_join_time required, "participant_leave_time"
    => participant_leave_time required, "encryption_fingerprint" =>
    encryption_fingerprint required, "number_of_messages" => number_of_messages optional,
    "storage_location" => storage_location optional, "auto_delete" => auto_delete
    optional }
);

impl ArchivedFile {
    /// A value with the required fields set and every other one `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        file_type: ArchivedFileType,
        file_extension: impl Into<String>,
        file_size: i64,
        status: ArchivedFileStatus,
        recording_type: ArchivedFileRecordingType,
        individual: bool,
        participant_join_time: chrono::DateTime<chrono::Utc>,
        participant_leave_time: chrono::DateTime<chrono::Utc>,
        encryption_fingerprint: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            file_type,
            file_extension: file_extension.into(),
            file_size,
            download_url: None,
            file_path: None,
            status,
            recording_type,
            individual,
            participant_email: None,
            participant_join_time,
            participant_leave_time,
            encryption_fingerprint: encryption_fingerprint.into(),
            number_of_messages: None,
            storage_location: None,
            auto_delete: None,
        }
    }
}

impl crate::runtime::Check for ArchivedFile {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "participant_email",
            &self.participant_email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Which view or part of the meeting an archived file captures.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArchivedFileRecordingType {
    /// `shared_screen_with_speaker_view(CC)`: Shared screen beside the speaker, with closed captions burnt in.
    SharedScreenWithSpeakerViewCc,
    /// `shared_screen_with_speaker_view`: Shared screen beside the speaker.
    SharedScreenWithSpeakerView,
    /// `shared_screen_with_gallery_view`: Shared screen beside the gallery.
    SharedScreenWithGalleryView,
    /// `speaker_view`: The current speaker (older name of active_speaker).
    SpeakerView,
    /// `active_speaker`: The current speaker.
    ActiveSpeaker,
    /// `gallery_view`: Every participant's video in a grid.
    GalleryView,
    /// `shared_screen`: The shared screen alone.
    SharedScreen,
    /// `audio_only`: Audio alone.
    AudioOnly,
    /// `audio_transcript`: Transcript of the audio.
    AudioTranscript,
    /// `chat_file`: Chat messages, as text.
    ChatFile,
    /// `host_video`: The host's video.
    HostVideo,
    /// `closed_caption`: Closed captions.
    ClosedCaption,
    /// `chat_message`: Chat messages, as JSON.
    ChatMessage,
    /// `aic_conversation`: AI Companion conversation content.
    AicConversation,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ArchivedFileRecordingType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SharedScreenWithSpeakerViewCc => "shared_screen_with_speaker_view(CC)",
            Self::SharedScreenWithSpeakerView => "shared_screen_with_speaker_view",
            Self::SharedScreenWithGalleryView => "shared_screen_with_gallery_view",
            Self::SpeakerView => "speaker_view",
            Self::ActiveSpeaker => "active_speaker",
            Self::GalleryView => "gallery_view",
            Self::SharedScreen => "shared_screen",
            Self::AudioOnly => "audio_only",
            Self::AudioTranscript => "audio_transcript",
            Self::ChatFile => "chat_file",
            Self::HostVideo => "host_video",
            Self::ClosedCaption => "closed_caption",
            Self::ChatMessage => "chat_message",
            Self::AicConversation => "aic_conversation",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ArchivedFileRecordingType {
    fn from(value: &str) -> Self {
        match value {
            "shared_screen_with_speaker_view(CC)" => Self::SharedScreenWithSpeakerViewCc,
            "shared_screen_with_speaker_view" => Self::SharedScreenWithSpeakerView,
            "shared_screen_with_gallery_view" => Self::SharedScreenWithGalleryView,
            "speaker_view" => Self::SpeakerView,
            "active_speaker" => Self::ActiveSpeaker,
            "gallery_view" => Self::GalleryView,
            "shared_screen" => Self::SharedScreen,
            "audio_only" => Self::AudioOnly,
            "audio_transcript" => Self::AudioTranscript,
            "chat_file" => Self::ChatFile,
            "host_video" => Self::HostVideo,
            "closed_caption" => Self::ClosedCaption,
            "chat_message" => Self::ChatMessage,
            "aic_conversation" => Self::AicConversation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ArchivedFileRecordingType);

impl crate::runtime::Check for ArchivedFileRecordingType {}
/// Progress of one archived file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArchivedFileStatus {
    /// `completed`: The file is ready.
    Completed,
    /// `processing`: Zoom is still producing the file.
    Processing,
    /// `failed`: Producing the file failed.
    Failed,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ArchivedFileStatus {
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

impl From<&str> for ArchivedFileStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "processing" => Self::Processing,
            "failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ArchivedFileStatus);

impl crate::runtime::Check for ArchivedFileStatus {}
/// What an archived file holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArchivedFileType {
    /// `MP4`: Video.
    Mp4,
    /// `M4A`: Audio only.
    M4a,
    /// `CHAT`: In-meeting chat, as text.
    Chat,
    /// `CC`: Closed captions, as VTT.
    Cc,
    /// `CSV`: Poll results, as CSV.
    Csv,
    /// `CHAT_MESSAGE`: Chat messages as base64-encoded JSON, including waiting-room chat, deleted messages, emoji and feedback.
    ChatMessage,
    /// `TRANSCRIPT`: Transcript of the audio, as JSON.
    Transcript,
    /// `SUB_GROUP_MEMBER_LOG`: Who entered and left each subgroup, as JSON.
    SubGroupMemberLog,
    /// `AIC_COVERSATION`: AI Companion conversation content of internal users, as JSON (Zoom's spelling of the value).
    AicConversation,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ArchivedFileType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mp4 => "MP4",
            Self::M4a => "M4A",
            Self::Chat => "CHAT",
            Self::Cc => "CC",
            Self::Csv => "CSV",
            Self::ChatMessage => "CHAT_MESSAGE",
            Self::Transcript => "TRANSCRIPT",
            Self::SubGroupMemberLog => "SUB_GROUP_MEMBER_LOG",
            Self::AicConversation => "AIC_COVERSATION",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ArchivedFileType {
    fn from(value: &str) -> Self {
        match value {
            "MP4" => Self::Mp4,
            "M4A" => Self::M4a,
            "CHAT" => Self::Chat,
            "CC" => Self::Cc,
            "CSV" => Self::Csv,
            "CHAT_MESSAGE" => Self::ChatMessage,
            "TRANSCRIPT" => Self::Transcript,
            "SUB_GROUP_MEMBER_LOG" => Self::SubGroupMemberLog,
            "AIC_COVERSATION" => Self::AicConversation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ArchivedFileType);

impl crate::runtime::Check for ArchivedFileType {}
/// A meeting or webinar instance collected by compliance archiving. For external meetings Zoom removes `id`, `host_id` and `topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchivedMeeting {
    /// UUID of the instance.
    pub uuid: String,
    /// Meeting or webinar ID.
    pub id: Option<i64>,
    /// Name of the host's account.
    pub account_name: String,
    /// User ID of the host.
    pub host_id: Option<String>,
    /// Topic of the meeting.
    pub topic: Option<String>,
    /// Kind of archived meeting or webinar.
    pub type_: ArchivedMeetingType,
    /// Whether an archived meeting stayed inside the account.
    pub meeting_type: ArchivedMeetingAudience,
    /// When the instance started.
    pub start_time: chrono::DateTime<chrono::Utc>,
    /// Time zone of the meeting; may be empty.
    pub timezone: String,
    /// Scheduled length in minutes.
    pub duration: i64,
    /// Actual length in seconds.
    pub duration_in_second: i64,
    /// Bytes of all archived files.
    pub total_size: i64,
    /// Number of archived files.
    pub recording_count: i64,
    /// When archiving finished, as an ISO 8601 UTC time; empty while it is still running.
    pub complete_time: String,
    /// Whether the instance is a breakout room.
    pub is_breakout_room: bool,
    /// UUID of the main meeting, for a breakout room.
    pub parent_meeting_id: Option<String>,
    /// Progress of a meeting's archiving.
    pub status: ArchivedMeetingStatus,
    /// Primary groups of the account's participants, comma-separated.
    pub group_id: Option<String>,
    /// The archived files.
    pub archive_files: Vec<ArchivedFile>,
    /// Files participants attached during the meeting.
    pub physical_files: Option<Vec<ArchivedPhysicalFile>>,
}

crate::runtime::object_impls!(
    ArchivedMeeting { "uuid" => uuid required, "id" => id optional, "account_name" =>
    account_name required, "host_id" => host_id optional, "topic" => topic optional,
    "type" => type_ required, "meeting_type" => meeting_type required, "start_time" =>
    start_time required, "timezone" => timezone required, "duration" => duration
    required, "duration_in_second" => duration_in_second required, "total_size" =>
    total_size required, "recording_count" => recording_count required, "complete_time"
    => complete_time required, "is_breakout_room" => is_breakout_room required,
    "parent_meeting_id" => parent_meeting_id optional, "status" => status required,
    "group_id" => group_id optional, "archive_files" => archive_files required,
    "physical_files" => physical_files optional }
);

impl ArchivedMeeting {
    /// A value with the required fields set and every other one `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        uuid: impl Into<String>,
        account_name: impl Into<String>,
        type_: ArchivedMeetingType,
        meeting_type: ArchivedMeetingAudience,
        start_time: chrono::DateTime<chrono::Utc>,
        timezone: impl Into<String>,
        duration: i64,
        duration_in_second: i64,
        total_size: i64,
        recording_count: i64,
        complete_time: impl Into<String>,
        is_breakout_room: bool,
        status: ArchivedMeetingStatus,
        archive_files: Vec<ArchivedFile>,
    ) -> Self {
        Self {
            uuid: uuid.into(),
            id: None,
            account_name: account_name.into(),
            host_id: None,
            topic: None,
            type_,
            meeting_type,
            start_time,
            timezone: timezone.into(),
            duration,
            duration_in_second,
            total_size,
            recording_count,
            complete_time: complete_time.into(),
            is_breakout_room,
            parent_meeting_id: None,
            status,
            group_id: None,
            archive_files,
            physical_files: None,
        }
    }
}

impl crate::runtime::Check for ArchivedMeeting {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("archive_files", &self.archive_files, &crate::runtime::Rules::NONE);
    }
}

/// Whether an archived meeting stayed inside the account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArchivedMeetingAudience {
    /// `internal`: Only the account's own people took part.
    Internal,
    /// `external`: People from outside took part; Zoom leaves out the ID, host and topic.
    External,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ArchivedMeetingAudience {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internal => "internal",
            Self::External => "external",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ArchivedMeetingAudience {
    fn from(value: &str) -> Self {
        match value {
            "internal" => Self::Internal,
            "external" => Self::External,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ArchivedMeetingAudience);

impl crate::runtime::Check for ArchivedMeetingAudience {}
/// One page of archived meetings and webinars.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArchivedMeetingList {
    /// Start of the range Zoom answered for.
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the range Zoom answered for (now, when a future end was asked).
    pub to: Option<chrono::DateTime<chrono::Utc>>,
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    pub next_page_token: Option<String>,
    /// Number of records per page.
    pub page_size: Option<i64>,
    /// Number of meetings matching the query.
    pub total_records: Option<i64>,
    /// The archived meetings of this page.
    pub meetings: Option<Vec<ArchivedMeeting>>,
}

crate::runtime::object_impls!(
    ArchivedMeetingList { "from" => from optional, "to" => to optional, "next_page_token"
    => next_page_token optional, "page_size" => page_size optional, "total_records" =>
    total_records optional, "meetings" => meetings optional }
);

impl crate::runtime::Check for ArchivedMeetingList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("meetings", &self.meetings, &crate::runtime::Rules::NONE);
    }
}

/// Progress of a meeting's archiving.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArchivedMeetingStatus {
    /// `completed`: Archiving is finished.
    Completed,
    /// `processing`: Archiving is still running.
    Processing,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ArchivedMeetingStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Processing => "processing",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ArchivedMeetingStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "processing" => Self::Processing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ArchivedMeetingStatus);

impl crate::runtime::Check for ArchivedMeetingStatus {}
/// Kind of archived meeting or webinar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArchivedMeetingType {
    /// `1`: Meeting started on the spot.
    Instant,
    /// `2`: Meeting planned for a set time.
    Scheduled,
    /// `3`: Repeating meeting without a set time.
    RecurringNoFixedTime,
    /// `4`: Meeting held in a personal meeting ID.
    Pmi,
    /// `5`: Webinar.
    Webinar,
    /// `6`: Repeating webinar without a set time.
    RecurringWebinarNoFixedTime,
    /// `7`: Personal Audio Conference call.
    PersonalAudioConference,
    /// `8`: Repeating meeting with set times.
    RecurringFixedTime,
    /// `9`: Repeating webinar with set times.
    RecurringWebinarFixedTime,
    /// `100`: Breakout room of a meeting.
    BreakoutRoom,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl ArchivedMeetingType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Instant => 1,
            Self::Scheduled => 2,
            Self::RecurringNoFixedTime => 3,
            Self::Pmi => 4,
            Self::Webinar => 5,
            Self::RecurringWebinarNoFixedTime => 6,
            Self::PersonalAudioConference => 7,
            Self::RecurringFixedTime => 8,
            Self::RecurringWebinarFixedTime => 9,
            Self::BreakoutRoom => 100,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for ArchivedMeetingType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Instant,
            2 => Self::Scheduled,
            3 => Self::RecurringNoFixedTime,
            4 => Self::Pmi,
            5 => Self::Webinar,
            6 => Self::RecurringWebinarNoFixedTime,
            7 => Self::PersonalAudioConference,
            8 => Self::RecurringFixedTime,
            9 => Self::RecurringWebinarFixedTime,
            100 => Self::BreakoutRoom,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(ArchivedMeetingType);

impl crate::runtime::Check for ArchivedMeetingType {}
/// A file a participant attached during an archived meeting.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArchivedPhysicalFile {
    /// ID of the file.
    pub file_id: Option<String>,
    /// Name of the file.
    pub file_name: Option<String>,
    /// Size of the file in bytes.
    pub file_size: Option<i64>,
    /// Link to the file; send the OAuth token as a bearer token.
    pub download_url: Option<String>,
}

crate::runtime::object_impls!(
    ArchivedPhysicalFile { "file_id" => file_id optional, "file_name" => file_name
    optional, "file_size" => file_size optional, "download_url" => download_url optional
    }
);

impl crate::runtime::Check for ArchivedPhysicalFile {}
/// One instance's recordings, as returned by Get meeting recordings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingRecordings {
    /// UUID of this instance.
    pub uuid: Option<String>,
    /// Meeting or webinar ID (the number people dial in with).
    pub id: Option<i64>,
    /// ID of the host's account.
    pub account_id: Option<String>,
    /// User ID of the host.
    pub host_id: Option<String>,
    /// Email address of the host.
    ///
    /// Format: `email`.
    pub host_email: Option<String>,
    /// Topic of the meeting.
    pub topic: Option<String>,
    /// Kind of meeting or webinar a recording comes from.
    pub type_: Option<RecordingMeetingType>,
    /// When the instance started.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Time zone of the meeting, e.g. America/Los_Angeles.
    pub timezone: Option<String>,
    /// Length of the meeting in minutes.
    pub duration: Option<i64>,
    /// Bytes of all files, participant audio files included.
    pub total_size: Option<i64>,
    /// Number of files, participant audio files included.
    pub recording_count: Option<i64>,
    /// Link for sharing the recordings with viewers.
    pub share_url: Option<String>,
    /// Passcode to append to `play_url` or `share_url` as `?pwd=`; needs the View Recording Content permission.
    pub recording_play_passcode: Option<String>,
    /// Whether the recordings are deleted automatically; known only when the host turned on auto-deletion.
    pub auto_delete: Option<bool>,
    /// Day of the automatic deletion, when `auto_delete` is true.
    pub auto_delete_date: Option<chrono::NaiveDate>,
    /// The recording files of the instance.
    pub recording_files: Option<Vec<RecordingFile>>,
    /// Token that downloads this instance's files, sent as a bearer token to a `download_url` (`Client::download(url).access_token(..)`); present only when `include_fields` asks for it.
    pub download_access_token: Option<String>,
    /// Passcode viewers need; needs the View Recording Content permission.
    pub password: Option<String>,
    /// One audio file per participant, when the host records them separately.
    pub participant_audio_files: Option<Vec<ParticipantAudioFile>>,
}

crate::runtime::object_impls!(
    MeetingRecordings { "uuid" => uuid optional, "id" => id optional, "account_id" =>
    account_id optional, "host_id" => host_id optional, "host_email" => host_email
    optional, "topic" => topic optional, "type" => type_ optional, "start_time" =>
    start_time optional, "timezone" => timezone optional, "duration" => duration
    optional, "total_size" => total_size optional, "recording_count" => recording_count
    optional, "share_url" => share_url optional, "recording_play_passcode" =>
    recording_play_passcode optional, "auto_delete" => auto_delete optional,
    "auto_delete_date" => auto_delete_date optional, "recording_files" => recording_files
    optional, "download_access_token" => download_access_token optional, "password" =>
    password optional, "participant_audio_files" => participant_audio_files optional }
);

impl crate::runtime::Check for MeetingRecordings {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "host_email",
            &self.host_email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// An audio file of one participant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParticipantAudioFile {
    /// ID of the file.
    pub id: Option<String>,
    /// When this file's recording began.
    pub recording_start: Option<chrono::DateTime<chrono::Utc>>,
    /// When this file's recording stopped.
    pub recording_end: Option<chrono::DateTime<chrono::Utc>>,
    /// What a recording file holds.
    pub file_type: Option<RecordingFileType>,
    /// Extension of a recording file.
    pub file_extension: Option<RecordingFileExtension>,
    /// Name of the file.
    pub file_name: Option<String>,
    /// Size of the file in bytes.
    pub file_size: Option<i64>,
    /// Link that plays the file in a browser.
    pub play_url: Option<String>,
    /// Link to the file itself (see `RecordingFile.download_url`); absent for on-premise accounts.
    pub download_url: Option<String>,
    /// Location of the file on an on-premise deployment (instead of `download_url`).
    pub file_path: Option<String>,
    /// Whether a recording file is ready.
    pub status: Option<RecordingFileStatus>,
}

crate::runtime::object_impls!(
    ParticipantAudioFile { "id" => id optional, "recording_start" => recording_start
    optional, "recording_end" => recording_end optional, "file_type" => file_type
    optional, "file_extension" => file_extension optional, "file_name" => file_name
    optional, "file_size" => file_size optional, "play_url" => play_url optional,
    "download_url" => download_url optional, "file_path" => file_path optional, "status"
    => status optional }
);

impl crate::runtime::Check for ParticipantAudioFile {}
/// How registrations for an on-demand recording are approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordingApprovalType {
    /// `0`: Every registration is approved at once.
    Automatic,
    /// `1`: The host approves or denies each registration.
    Manual,
    /// `2`: Viewers need not register.
    NoRegistration,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl RecordingApprovalType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Automatic => 0,
            Self::Manual => 1,
            Self::NoRegistration => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for RecordingApprovalType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Automatic,
            1 => Self::Manual,
            2 => Self::NoRegistration,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(RecordingApprovalType);

impl crate::runtime::Check for RecordingApprovalType {}
/// A question the host added to the registration form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingCustomQuestion {
    /// The question.
    pub title: Option<String>,
    /// How a custom question is answered.
    pub type_: Option<RecordingCustomQuestionType>,
    /// Registrants must answer it.
    pub required: Option<bool>,
    /// The choices offered; not used with short answers.
    pub answers: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    RecordingCustomQuestion { "title" => title optional, "type" => type_ optional,
    "required" => required optional, "answers" => answers optional }
);

impl crate::runtime::Check for RecordingCustomQuestion {}
/// How a custom question is answered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingCustomQuestionType {
    /// `short`: Free text.
    Short,
    /// `single`: One of the offered choices.
    Single,
    /// `multiple`: Any number of the offered choices.
    Multiple,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingCustomQuestionType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Short => "short",
            Self::Single => "single",
            Self::Multiple => "multiple",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingCustomQuestionType {
    fn from(value: &str) -> Self {
        match value {
            "short" => Self::Short,
            "single" => Self::Single,
            "multiple" => Self::Multiple,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingCustomQuestionType);

impl crate::runtime::Check for RecordingCustomQuestionType {}
/// What deleting recordings does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingDeleteAction {
    /// `trash`: Move to the trash, from where it can be recovered for 30 days.
    Trash,
    /// `delete`: Remove permanently.
    Delete,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingDeleteAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trash => "trash",
            Self::Delete => "delete",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingDeleteAction {
    fn from(value: &str) -> Self {
        match value {
            "trash" => Self::Trash,
            "delete" => Self::Delete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingDeleteAction);

impl crate::runtime::Check for RecordingDeleteAction {}
/// One file of a cloud recording. Timeline and closed-caption files come without `id`, `status`, `file_size`, `recording_type` and `play_url`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingFile {
    /// ID of the file, used to delete or recover it alone.
    pub id: Option<String>,
    /// UUID of the instance the file belongs to.
    pub meeting_id: Option<String>,
    /// When this file's recording began.
    pub recording_start: Option<chrono::DateTime<chrono::Utc>>,
    /// When this file's recording stopped.
    pub recording_end: Option<chrono::DateTime<chrono::Utc>>,
    /// What a recording file holds.
    pub file_type: Option<RecordingFileType>,
    /// Extension of a recording file.
    pub file_extension: Option<RecordingFileExtension>,
    /// Size of the file in bytes.
    pub file_size: Option<i64>,
    /// Link that plays the file in a browser.
    pub play_url: Option<String>,
    /// Link to the file itself; send the OAuth token or the answer's `download_access_token` as a bearer token and follow redirects. Absent for on-premise accounts, which get `file_path`.
    pub download_url: Option<String>,
    /// Location of the file on an on-premise deployment (instead of `download_url`).
    pub file_path: Option<String>,
    /// Whether a recording file is ready.
    pub status: Option<RecordingFileStatus>,
    /// When the file was moved to the trash; only in trash listings.
    pub deleted_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Which view or part of the meeting a recording file captures.
    pub recording_type: Option<RecordingType>,
}

crate::runtime::object_impls!(
    RecordingFile { "id" => id optional, "meeting_id" => meeting_id optional,
    "recording_start" => recording_start optional, "recording_end" => recording_end
    optional, "file_type" => file_type optional, "file_extension" => file_extension
    optional, "file_size" => file_size optional, "play_url" => play_url optional,
    "download_url" => download_url optional, "file_path" => file_path optional, "status"
    => status optional, "deleted_time" => deleted_time optional, "recording_type" =>
    recording_type optional }
);

impl crate::runtime::Check for RecordingFile {}
/// Extension of a recording file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingFileExtension {
    /// `MP4`: MPEG-4 video.
    Mp4,
    /// `M4A`: MPEG-4 audio.
    M4a,
    /// `TXT`: Plain text.
    Txt,
    /// `VTT`: WebVTT captions or transcript.
    Vtt,
    /// `CSV`: Comma-separated values.
    Csv,
    /// `JSON`: JSON document.
    Json,
    /// `JPG`: JPEG image (a thumbnail).
    Jpg,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingFileExtension {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mp4 => "MP4",
            Self::M4a => "M4A",
            Self::Txt => "TXT",
            Self::Vtt => "VTT",
            Self::Csv => "CSV",
            Self::Json => "JSON",
            Self::Jpg => "JPG",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingFileExtension {
    fn from(value: &str) -> Self {
        match value {
            "MP4" => Self::Mp4,
            "M4A" => Self::M4a,
            "TXT" => Self::Txt,
            "VTT" => Self::Vtt,
            "CSV" => Self::Csv,
            "JSON" => Self::Json,
            "JPG" => Self::Jpg,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingFileExtension);

impl crate::runtime::Check for RecordingFileExtension {}
/// Whether a recording file is ready.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingFileStatus {
    /// `completed`: The file is ready.
    Completed,
    /// `processing`: Zoom is still producing the file.
    Processing,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingFileStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Processing => "processing",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingFileStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "processing" => Self::Processing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingFileStatus);

impl crate::runtime::Check for RecordingFileStatus {}
/// What a recording file holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingFileType {
    /// `MP4`: Video.
    Mp4,
    /// `M4A`: Audio only.
    M4a,
    /// `TIMELINE`: Timestamps of the recording, as JSON; needs the timestamp recording setting.
    Timeline,
    /// `TRANSCRIPT`: Transcript of the audio, as VTT.
    Transcript,
    /// `CHAT`: In-meeting chat, as text.
    Chat,
    /// `CC`: Closed captions, as VTT.
    Cc,
    /// `CSV`: Poll results, as CSV.
    Csv,
    /// `TB`: Timestamp file, as JSON (the older name of a timeline).
    Tb,
    /// `CHAT_MESSAGE`: Chat messages, as JSON.
    ChatMessage,
    /// `SUMMARY`: Meeting summary, as JSON.
    Summary,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingFileType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mp4 => "MP4",
            Self::M4a => "M4A",
            Self::Timeline => "TIMELINE",
            Self::Transcript => "TRANSCRIPT",
            Self::Chat => "CHAT",
            Self::Cc => "CC",
            Self::Csv => "CSV",
            Self::Tb => "TB",
            Self::ChatMessage => "CHAT_MESSAGE",
            Self::Summary => "SUMMARY",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingFileType {
    fn from(value: &str) -> Self {
        match value {
            "MP4" => Self::Mp4,
            "M4A" => Self::M4a,
            "TIMELINE" => Self::Timeline,
            "TRANSCRIPT" => Self::Transcript,
            "CHAT" => Self::Chat,
            "CC" => Self::Cc,
            "CSV" => Self::Csv,
            "TB" => Self::Tb,
            "CHAT_MESSAGE" => Self::ChatMessage,
            "SUMMARY" => Self::Summary,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingFileType);

impl crate::runtime::Check for RecordingFileType {}
/// Extra field Get meeting recordings can add.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingIncludeField {
    /// `download_access_token`: A token for downloading the files; needs the View the recording content role permission.
    DownloadAccessToken,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingIncludeField {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DownloadAccessToken => "download_access_token",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingIncludeField {
    fn from(value: &str) -> Self {
        match value {
            "download_access_token" => Self::DownloadAccessToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingIncludeField);

impl crate::runtime::Check for RecordingIncludeField {}
/// One page of recorded meetings, of a user or of an account.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingList {
    /// First day of the range Zoom answered for.
    pub from: Option<chrono::NaiveDate>,
    /// Last day of the range Zoom answered for.
    pub to: Option<chrono::NaiveDate>,
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    pub next_page_token: Option<String>,
    /// Number of pages for the current page size.
    pub page_count: Option<i64>,
    /// Number of records per page.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub page_size: Option<i64>,
    /// Number of meetings matching the query.
    pub total_records: Option<i64>,
    /// The recorded meetings of this page.
    pub meetings: Option<Vec<RecordingMeeting>>,
}

crate::runtime::object_impls!(
    RecordingList { "from" => from optional, "to" => to optional, "next_page_token" =>
    next_page_token optional, "page_count" => page_count optional, "page_size" =>
    page_size optional, "total_records" => total_records optional, "meetings" => meetings
    optional }
);

impl crate::runtime::Check for RecordingList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field("meetings", &self.meetings, &crate::runtime::Rules::NONE);
    }
}

/// One recorded meeting or webinar instance and its files.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingMeeting {
    /// UUID of this instance.
    pub uuid: Option<String>,
    /// Meeting or webinar ID (the number people dial in with).
    pub id: Option<i64>,
    /// ID of the host's account.
    pub account_id: Option<String>,
    /// User ID of the host.
    pub host_id: Option<String>,
    /// Email address of the host.
    ///
    /// Format: `email`.
    pub host_email: Option<String>,
    /// Topic of the meeting.
    pub topic: Option<String>,
    /// Kind of meeting or webinar a recording comes from.
    pub type_: Option<RecordingMeetingType>,
    /// When the instance started.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Time zone of the meeting, e.g. America/Los_Angeles.
    pub timezone: Option<String>,
    /// Length of the meeting in minutes.
    pub duration: Option<i64>,
    /// Bytes of all files, participant audio files included.
    pub total_size: Option<i64>,
    /// Number of files, participant audio files included.
    pub recording_count: Option<i64>,
    /// Link for sharing the recordings with viewers.
    pub share_url: Option<String>,
    /// Passcode to append to `play_url` or `share_url` as `?pwd=`; needs the View Recording Content permission.
    pub recording_play_passcode: Option<String>,
    /// Whether the recordings are deleted automatically; known only when the host turned on auto-deletion.
    pub auto_delete: Option<bool>,
    /// Day of the automatic deletion, when `auto_delete` is true.
    pub auto_delete_date: Option<chrono::NaiveDate>,
    /// The recording files of the instance.
    pub recording_files: Option<Vec<RecordingFile>>,
}

crate::runtime::object_impls!(
    RecordingMeeting { "uuid" => uuid optional, "id" => id optional, "account_id" =>
    account_id optional, "host_id" => host_id optional, "host_email" => host_email
    optional, "topic" => topic optional, "type" => type_ optional, "start_time" =>
    start_time optional, "timezone" => timezone optional, "duration" => duration
    optional, "total_size" => total_size optional, "recording_count" => recording_count
    optional, "share_url" => share_url optional, "recording_play_passcode" =>
    recording_play_passcode optional, "auto_delete" => auto_delete optional,
    "auto_delete_date" => auto_delete_date optional, "recording_files" => recording_files
    optional }
);

impl crate::runtime::Check for RecordingMeeting {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "host_email",
            &self.host_email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Kind of meeting or webinar a recording comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordingMeetingType {
    /// `1`: Meeting started on the spot.
    Instant,
    /// `2`: Meeting planned for a set time.
    Scheduled,
    /// `3`: Repeating meeting without a set time.
    RecurringNoFixedTime,
    /// `4`: Meeting held in a personal meeting ID.
    Pmi,
    /// `5`: Webinar.
    Webinar,
    /// `6`: Repeating webinar without a set time.
    RecurringWebinarNoFixedTime,
    /// `7`: Personal Audio Conference call.
    PersonalAudioConference,
    /// `8`: Repeating meeting with set times.
    RecurringFixedTime,
    /// `9`: Repeating webinar with set times.
    RecurringWebinarFixedTime,
    /// `99`: File uploaded in the web portal's Recordings page, not recorded in a meeting.
    Uploaded,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl RecordingMeetingType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Instant => 1,
            Self::Scheduled => 2,
            Self::RecurringNoFixedTime => 3,
            Self::Pmi => 4,
            Self::Webinar => 5,
            Self::RecurringWebinarNoFixedTime => 6,
            Self::PersonalAudioConference => 7,
            Self::RecurringFixedTime => 8,
            Self::RecurringWebinarFixedTime => 9,
            Self::Uploaded => 99,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for RecordingMeetingType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Instant,
            2 => Self::Scheduled,
            3 => Self::RecurringNoFixedTime,
            4 => Self::Pmi,
            5 => Self::Webinar,
            6 => Self::RecurringWebinarNoFixedTime,
            7 => Self::PersonalAudioConference,
            8 => Self::RecurringFixedTime,
            9 => Self::RecurringWebinarFixedTime,
            99 => Self::Uploaded,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(RecordingMeetingType);

impl crate::runtime::Check for RecordingMeetingType {}
/// Change to apply to trashed recordings.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingRecoverAction {
    /// `recover`: Take the recordings out of the trash.
    Recover,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingRecoverAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Recover => "recover",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingRecoverAction {
    fn from(value: &str) -> Self {
        match value {
            "recover" => Self::Recover,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingRecoverAction);

impl crate::runtime::Check for RecordingRecoverAction {}
/// Body of the two recover operations.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingRecoverRequest {
    /// Change to apply to trashed recordings.
    pub action: RecordingRecoverAction,
}

crate::runtime::object_impls!(RecordingRecoverRequest { "action" => action required });

impl RecordingRecoverRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(action: RecordingRecoverAction) -> Self {
        Self { action }
    }
}

impl crate::runtime::Check for RecordingRecoverRequest {}
/// A person registered for an on-demand recording.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingRegistrant {
    /// ID of the registrant.
    pub id: Option<String>,
    /// Email address of the registrant.
    ///
    /// At most 128 characters. Format: `email`.
    pub email: String,
    /// First name.
    ///
    /// At most 64 characters.
    pub first_name: String,
    /// Last name.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Two-letter country code.
    pub country: Option<String>,
    /// Postal code.
    pub zip: Option<String>,
    /// State or province.
    pub state: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Industry the registrant works in.
    pub industry: Option<String>,
    /// Organisation.
    pub org: Option<String>,
    /// Job title.
    pub job_title: Option<String>,
    /// When the registrant expects to buy.
    pub purchasing_time_frame: Option<RecordingRegistrantTimeFrame>,
    /// The registrant's part in buying decisions.
    pub role_in_purchase_process: Option<RecordingRegistrantPurchaseRole>,
    /// Size of the registrant's organisation.
    pub no_of_employees: Option<RecordingRegistrantEmployees>,
    /// Questions or comments from the registrant.
    pub comments: Option<String>,
    /// Answers to the host's own questions.
    pub custom_questions: Option<Vec<RecordingRegistrantAnswer>>,
    /// State of a registration.
    pub status: Option<RecordingRegistrantStatus>,
}

crate::runtime::object_impls!(
    RecordingRegistrant { "id" => id optional, "email" => email required, "first_name" =>
    first_name required, "last_name" => last_name optional, "address" => address
    optional, "city" => city optional, "country" => country optional, "zip" => zip
    optional, "state" => state optional, "phone" => phone optional, "industry" =>
    industry optional, "org" => org optional, "job_title" => job_title optional,
    "purchasing_time_frame" => purchasing_time_frame optional, "role_in_purchase_process"
    => role_in_purchase_process optional, "no_of_employees" => no_of_employees optional,
    "comments" => comments optional, "custom_questions" => custom_questions optional,
    "status" => status optional }
);

impl RecordingRegistrant {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>, first_name: impl Into<String>) -> Self {
        Self {
            id: None,
            email: email.into(),
            first_name: first_name.into(),
            last_name: None,
            address: None,
            city: None,
            country: None,
            zip: None,
            state: None,
            phone: None,
            industry: None,
            org: None,
            job_title: None,
            purchasing_time_frame: None,
            role_in_purchase_process: None,
            no_of_employees: None,
            comments: None,
            custom_questions: None,
            status: None,
        }
    }
}

impl crate::runtime::Check for RecordingRegistrant {
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

/// A registrant's answer to one custom question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRegistrantAnswer {
    /// The question.
    pub title: Option<String>,
    /// The answer.
    ///
    /// At most 128 characters.
    pub value: Option<String>,
}

crate::runtime::object_impls!(
    RecordingRegistrantAnswer { "title" => title optional, "value" => value optional }
);

impl crate::runtime::Check for RecordingRegistrantAnswer {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "value",
            &self.value,
            &crate::runtime::Rules {
                max_length: Some(128),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A new registration for an on-demand recording.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRegistrantCreated {
    /// ID of the meeting.
    pub id: Option<i64>,
    /// ID of the new registrant.
    pub registrant_id: Option<String>,
    /// Link the registrant uses to watch the recording.
    pub share_url: Option<String>,
    /// Topic of the meeting.
    pub topic: Option<String>,
}

crate::runtime::object_impls!(
    RecordingRegistrantCreated { "id" => id optional, "registrant_id" => registrant_id
    optional, "share_url" => share_url optional, "topic" => topic optional }
);

impl crate::runtime::Check for RecordingRegistrantCreated {}
/// Size of the registrant's organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingRegistrantEmployees {
    /// ``: Not answered.
    Unanswered,
    /// `1-20`: 1 to 20 people.
    UpTo20,
    /// `21-50`: 21 to 50 people.
    UpTo50,
    /// `51-100`: 51 to 100 people.
    UpTo100,
    /// `101-250`: 101 to 250 people.
    UpTo250,
    /// `251-500`: 251 to 500 people.
    UpTo500,
    /// `501-1,000`: 501 to 1,000 people.
    UpTo1000,
    /// `1,001-5,000`: 1,001 to 5,000 people.
    UpTo5000,
    /// `5,001-10,000`: 5,001 to 10,000 people.
    UpTo10000,
    /// `More than 10,000`: Over 10,000 people.
    MoreThan10000,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingRegistrantEmployees {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unanswered => "",
            Self::UpTo20 => "1-20",
            Self::UpTo50 => "21-50",
            Self::UpTo100 => "51-100",
            Self::UpTo250 => "101-250",
            Self::UpTo500 => "251-500",
            Self::UpTo1000 => "501-1,000",
            Self::UpTo5000 => "1,001-5,000",
            Self::UpTo10000 => "5,001-10,000",
            Self::MoreThan10000 => "More than 10,000",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingRegistrantEmployees {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Unanswered,
            "1-20" => Self::UpTo20,
            "21-50" => Self::UpTo50,
            "51-100" => Self::UpTo100,
            "101-250" => Self::UpTo250,
            "251-500" => Self::UpTo500,
            "501-1,000" => Self::UpTo1000,
            "1,001-5,000" => Self::UpTo5000,
            "5,001-10,000" => Self::UpTo10000,
            "More than 10,000" => Self::MoreThan10000,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingRegistrantEmployees);

impl crate::runtime::Check for RecordingRegistrantEmployees {}
/// Reference to one registrant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRegistrantId {
    /// ID of the registrant.
    pub id: Option<String>,
}

crate::runtime::object_impls!(RecordingRegistrantId { "id" => id optional });

impl crate::runtime::Check for RecordingRegistrantId {}
/// One page of an on-demand recording's registrants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRegistrantList {
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    pub next_page_token: Option<String>,
    /// Number of pages for the current page size.
    pub page_count: Option<i64>,
    /// Number of this page (only meaningful with page_number paging).
    ///
    /// Zoom assumes `1` when this is not sent. Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub page_number: Option<i64>,
    /// Number of records per page.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub page_size: Option<i64>,
    /// Number of registrants matching the query.
    pub total_records: Option<i64>,
    /// The registrants of this page.
    pub registrants: Option<Vec<RecordingRegistrant>>,
}

crate::runtime::object_impls!(
    RecordingRegistrantList { "next_page_token" => next_page_token optional, "page_count"
    => page_count optional, "page_number" => page_number optional, "page_size" =>
    page_size optional, "total_records" => total_records optional, "registrants" =>
    registrants optional }
);

impl crate::runtime::Check for RecordingRegistrantList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field("registrants", &self.registrants, &crate::runtime::Rules::NONE);
    }
}

/// The registrant's part in buying decisions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingRegistrantPurchaseRole {
    /// ``: Not answered.
    Unanswered,
    /// `Decision Maker`: Makes the decision.
    DecisionMaker,
    /// `Evaluator/Recommender`: Evaluates and recommends.
    EvaluatorRecommender,
    /// `Influencer`: Influences the decision.
    Influencer,
    /// `Not involved`: Takes no part.
    NotInvolved,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingRegistrantPurchaseRole {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unanswered => "",
            Self::DecisionMaker => "Decision Maker",
            Self::EvaluatorRecommender => "Evaluator/Recommender",
            Self::Influencer => "Influencer",
            Self::NotInvolved => "Not involved",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingRegistrantPurchaseRole {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Unanswered,
            "Decision Maker" => Self::DecisionMaker,
            "Evaluator/Recommender" => Self::EvaluatorRecommender,
            "Influencer" => Self::Influencer,
            "Not involved" => Self::NotInvolved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingRegistrantPurchaseRole);

impl crate::runtime::Check for RecordingRegistrantPurchaseRole {}
/// The registration form's answers; only email and first name are needed.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingRegistrantRequest {
    /// Email address of the registrant.
    ///
    /// At most 128 characters. Format: `email`.
    pub email: String,
    /// First name.
    ///
    /// At most 64 characters.
    pub first_name: String,
    /// Last name.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Two-letter country code.
    pub country: Option<String>,
    /// Postal code.
    pub zip: Option<String>,
    /// State or province.
    pub state: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Industry the registrant works in.
    pub industry: Option<String>,
    /// Organisation.
    pub org: Option<String>,
    /// Job title.
    pub job_title: Option<String>,
    /// When the registrant expects to buy.
    pub purchasing_time_frame: Option<RecordingRegistrantTimeFrame>,
    /// The registrant's part in buying decisions.
    pub role_in_purchase_process: Option<RecordingRegistrantPurchaseRole>,
    /// Size of the registrant's organisation.
    pub no_of_employees: Option<RecordingRegistrantEmployees>,
    /// Questions or comments from the registrant.
    pub comments: Option<String>,
    /// Answers to the host's own questions.
    pub custom_questions: Option<Vec<RecordingRegistrantAnswer>>,
    /// State of a registration.
    pub status: Option<RecordingRegistrantStatus>,
}

crate::runtime::object_impls!(
    RecordingRegistrantRequest { "email" => email required, "first_name" => first_name
    required, "last_name" => last_name optional, "address" => address optional, "city" =>
    city optional, "country" => country optional, "zip" => zip optional, "state" => state
    optional, "phone" => phone optional, "industry" => industry optional, "org" => org
    optional, "job_title" => job_title optional, "purchasing_time_frame" =>
    purchasing_time_frame optional, "role_in_purchase_process" =>
    role_in_purchase_process optional, "no_of_employees" => no_of_employees optional,
    "comments" => comments optional, "custom_questions" => custom_questions optional,
    "status" => status optional }
);

impl RecordingRegistrantRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>, first_name: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            first_name: first_name.into(),
            last_name: None,
            address: None,
            city: None,
            country: None,
            zip: None,
            state: None,
            phone: None,
            industry: None,
            org: None,
            job_title: None,
            purchasing_time_frame: None,
            role_in_purchase_process: None,
            no_of_employees: None,
            comments: None,
            custom_questions: None,
            status: None,
        }
    }
}

impl crate::runtime::Check for RecordingRegistrantRequest {
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

/// State of a registration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingRegistrantStatus {
    /// `approved`: The registrant may watch.
    Approved,
    /// `denied`: The registrant was turned down.
    Denied,
    /// `pending`: The host has not decided yet.
    Pending,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingRegistrantStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::Pending => "pending",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingRegistrantStatus {
    fn from(value: &str) -> Self {
        match value {
            "approved" => Self::Approved,
            "denied" => Self::Denied,
            "pending" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingRegistrantStatus);

impl crate::runtime::Check for RecordingRegistrantStatus {}
/// Decision to apply to registrants.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingRegistrantStatusAction {
    /// `approve`: Let them watch.
    Approve,
    /// `deny`: Turn them down.
    Deny,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingRegistrantStatusAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "approve",
            Self::Deny => "deny",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingRegistrantStatusAction {
    fn from(value: &str) -> Self {
        match value {
            "approve" => Self::Approve,
            "deny" => Self::Deny,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingRegistrantStatusAction);

impl crate::runtime::Check for RecordingRegistrantStatusAction {}
/// Approval or denial of some registrants.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingRegistrantStatusUpdate {
    /// Decision to apply to registrants.
    pub action: RecordingRegistrantStatusAction,
    /// The registrants to change, at most 30.
    ///
    /// At most 30 items.
    pub registrants: Option<Vec<RecordingRegistrantId>>,
}

crate::runtime::object_impls!(
    RecordingRegistrantStatusUpdate { "action" => action required, "registrants" =>
    registrants optional }
);

impl RecordingRegistrantStatusUpdate {
    /// A value with the required fields set and every other one `None`.
    pub fn new(action: RecordingRegistrantStatusAction) -> Self {
        Self { action, registrants: None }
    }
}

impl crate::runtime::Check for RecordingRegistrantStatusUpdate {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "registrants",
            &self.registrants,
            &crate::runtime::Rules {
                max_items: Some(30),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// When the registrant expects to buy.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingRegistrantTimeFrame {
    /// ``: Not answered.
    Unanswered,
    /// `Within a month`: In the coming month.
    WithinAMonth,
    /// `1-3 months`: In one to three months.
    OneToThreeMonths,
    /// `4-6 months`: In four to six months.
    FourToSixMonths,
    /// `More than 6 months`: Later than six months from now.
    MoreThanSixMonths,
    /// `No timeframe`: No plan to buy at a given time.
    NoTimeframe,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingRegistrantTimeFrame {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unanswered => "",
            Self::WithinAMonth => "Within a month",
            Self::OneToThreeMonths => "1-3 months",
            Self::FourToSixMonths => "4-6 months",
            Self::MoreThanSixMonths => "More than 6 months",
            Self::NoTimeframe => "No timeframe",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingRegistrantTimeFrame {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Unanswered,
            "Within a month" => Self::WithinAMonth,
            "1-3 months" => Self::OneToThreeMonths,
            "4-6 months" => Self::FourToSixMonths,
            "More than 6 months" => Self::MoreThanSixMonths,
            "No timeframe" => Self::NoTimeframe,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingRegistrantTimeFrame);

impl crate::runtime::Check for RecordingRegistrantTimeFrame {}
/// A standard field of a registration form (email and first name are always asked).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingRegistrationField {
    /// `last_name`: Last name.
    LastName,
    /// `address`: Street address.
    Address,
    /// `city`: City.
    City,
    /// `country`: Country or region.
    Country,
    /// `zip`: Postal code.
    Zip,
    /// `state`: State or province.
    State,
    /// `phone`: Phone number.
    Phone,
    /// `industry`: Industry.
    Industry,
    /// `org`: Organisation.
    Org,
    /// `job_title`: Job title.
    JobTitle,
    /// `purchasing_time_frame`: When they expect to buy.
    PurchasingTimeFrame,
    /// `role_in_purchase_process`: Their part in buying decisions.
    RoleInPurchaseProcess,
    /// `no_of_employees`: Size of their organisation.
    NoOfEmployees,
    /// `comments`: Free-form questions or comments.
    Comments,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingRegistrationField {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LastName => "last_name",
            Self::Address => "address",
            Self::City => "city",
            Self::Country => "country",
            Self::Zip => "zip",
            Self::State => "state",
            Self::Phone => "phone",
            Self::Industry => "industry",
            Self::Org => "org",
            Self::JobTitle => "job_title",
            Self::PurchasingTimeFrame => "purchasing_time_frame",
            Self::RoleInPurchaseProcess => "role_in_purchase_process",
            Self::NoOfEmployees => "no_of_employees",
            Self::Comments => "comments",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingRegistrationField {
    fn from(value: &str) -> Self {
        match value {
            "last_name" => Self::LastName,
            "address" => Self::Address,
            "city" => Self::City,
            "country" => Self::Country,
            "zip" => Self::Zip,
            "state" => Self::State,
            "phone" => Self::Phone,
            "industry" => Self::Industry,
            "org" => Self::Org,
            "job_title" => Self::JobTitle,
            "purchasing_time_frame" => Self::PurchasingTimeFrame,
            "role_in_purchase_process" => Self::RoleInPurchaseProcess,
            "no_of_employees" => Self::NoOfEmployees,
            "comments" => Self::Comments,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingRegistrationField);

impl crate::runtime::Check for RecordingRegistrationField {}
/// A standard field of the registration form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRegistrationQuestion {
    /// A standard field of a registration form (email and first name are always asked).
    pub field_name: Option<RecordingRegistrationField>,
    /// Registrants must fill it in.
    pub required: Option<bool>,
}

crate::runtime::object_impls!(
    RecordingRegistrationQuestion { "field_name" => field_name optional, "required" =>
    required optional }
);

impl crate::runtime::Check for RecordingRegistrationQuestion {}
/// The registration form of an on-demand recording.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingRegistrationQuestions {
    /// Standard fields shown on the form.
    pub questions: Option<Vec<RecordingRegistrationQuestion>>,
    /// The host's own questions.
    pub custom_questions: Option<Vec<RecordingCustomQuestion>>,
}

crate::runtime::object_impls!(
    RecordingRegistrationQuestions { "questions" => questions optional,
    "custom_questions" => custom_questions optional }
);

impl crate::runtime::Check for RecordingRegistrationQuestions {}
/// Sharing, protection and on-demand settings of one meeting's recording.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingSettings {
    /// Who may open a recording's share link.
    pub share_recording: Option<RecordingShareScope>,
    /// Only signed-in users may watch.
    pub recording_authentication: Option<bool>,
    /// ID of the authentication profile viewers must pass.
    pub authentication_option: Option<String>,
    /// Display name of that authentication profile.
    pub authentication_name: Option<String>,
    /// Email domains whose users may watch, comma-separated.
    pub authentication_domains: Option<String>,
    /// Viewers may download the files.
    pub viewer_download: Option<bool>,
    /// Passcode viewers need; the account's passcode rules for recordings apply.
    ///
    /// 8 to 10 characters.
    pub password: Option<String>,
    /// Viewers must register first.
    pub on_demand: Option<bool>,
    /// How registrations for an on-demand recording are approved.
    pub approval_type: Option<RecordingApprovalType>,
    /// Email the host on each registration (on-demand recordings).
    pub send_email_to_host: Option<bool>,
    /// Show social sharing buttons on the registration page (on-demand recordings).
    pub show_social_share_buttons: Option<bool>,
    /// Name of the recording.
    pub topic: Option<String>,
    /// Whether the recording is deleted automatically; known only when the host turned on auto-deletion.
    pub auto_delete: Option<bool>,
    /// Day of the automatic deletion, when `auto_delete` is true.
    pub auto_delete_date: Option<chrono::NaiveDate>,
}

crate::runtime::object_impls!(
    RecordingSettings { "share_recording" => share_recording optional,
    "recording_authentication" => recording_authentication optional,
    "authentication_option" => authentication_option optional, "authentication_name" =>
    authentication_name optional, "authentication_domains" => authentication_domains
    optional, "viewer_download" => viewer_download optional, "password" => password
    optional, "on_demand" => on_demand optional, "approval_type" => approval_type
    optional, "send_email_to_host" => send_email_to_host optional,
    "show_social_share_buttons" => show_social_share_buttons optional, "topic" => topic
    optional, "auto_delete" => auto_delete optional, "auto_delete_date" =>
    auto_delete_date optional }
);

impl crate::runtime::Check for RecordingSettings {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "password",
            &self.password,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(10),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Changes to a meeting recording's settings; fields left out keep their value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingSettingsUpdate {
    /// Who may open a recording's share link.
    pub share_recording: Option<RecordingShareScope>,
    /// Only signed-in users may watch.
    pub recording_authentication: Option<bool>,
    /// ID of the authentication profile viewers must pass.
    pub authentication_option: Option<String>,
    /// Email domains whose users may watch, comma-separated.
    pub authentication_domains: Option<String>,
    /// Viewers may download the files.
    pub viewer_download: Option<bool>,
    /// Passcode viewers need, with letters, digits and special characters; the account's passcode rules for recordings apply.
    ///
    /// 8 to 10 characters.
    pub password: Option<String>,
    /// Viewers must register first.
    pub on_demand: Option<bool>,
    /// How registrations for an on-demand recording are approved.
    pub approval_type: Option<RecordingApprovalType>,
    /// Email the host on each registration (on-demand recordings).
    pub send_email_to_host: Option<bool>,
    /// Show social sharing buttons on the registration page (on-demand recordings).
    pub show_social_share_buttons: Option<bool>,
    /// Name of the recording.
    pub topic: Option<String>,
    /// Delete the recording automatically after the host's configured number of days.
    pub auto_delete: Option<bool>,
}

crate::runtime::object_impls!(
    RecordingSettingsUpdate { "share_recording" => share_recording optional,
    "recording_authentication" => recording_authentication optional,
    "authentication_option" => authentication_option optional, "authentication_domains"
    => authentication_domains optional, "viewer_download" => viewer_download optional,
    "password" => password optional, "on_demand" => on_demand optional, "approval_type"
    => approval_type optional, "send_email_to_host" => send_email_to_host optional,
    "show_social_share_buttons" => show_social_share_buttons optional, "topic" => topic
    optional, "auto_delete" => auto_delete optional }
);

impl crate::runtime::Check for RecordingSettingsUpdate {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "password",
            &self.password,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(10),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Who may open a recording's share link.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingShareScope {
    /// `publicly`: Anyone with the link.
    Publicly,
    /// `internally`: Only users of the host's account.
    Internally,
    /// `none`: Nobody; the recording is not shared.
    NotShared,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingShareScope {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Publicly => "publicly",
            Self::Internally => "internally",
            Self::NotShared => "none",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingShareScope {
    fn from(value: &str) -> Self {
        match value {
            "publicly" => Self::Publicly,
            "internally" => Self::Internally,
            "none" => Self::NotShared,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingShareScope);

impl crate::runtime::Check for RecordingShareScope {}
/// What a trash listing returns.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingTrashType {
    /// `meeting_recordings`: Meetings whose whole recording is in the trash.
    MeetingRecordings,
    /// `recording_file`: Single files in the trash.
    RecordingFile,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingTrashType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MeetingRecordings => "meeting_recordings",
            Self::RecordingFile => "recording_file",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingTrashType {
    fn from(value: &str) -> Self {
        match value {
            "meeting_recordings" => Self::MeetingRecordings,
            "recording_file" => Self::RecordingFile,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingTrashType);

impl crate::runtime::Check for RecordingTrashType {}
/// Which view or part of the meeting a recording file captures.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingType {
    /// `shared_screen_with_speaker_view(CC)`: Shared screen beside the speaker, with closed captions burnt in.
    SharedScreenWithSpeakerViewCc,
    /// `shared_screen_with_speaker_view`: Shared screen beside the speaker.
    SharedScreenWithSpeakerView,
    /// `shared_screen_with_gallery_view`: Shared screen beside the gallery.
    SharedScreenWithGalleryView,
    /// `speaker_view`: The current speaker (older name of active_speaker).
    SpeakerView,
    /// `active_speaker`: The current speaker.
    ActiveSpeaker,
    /// `gallery_view`: Every participant's video in a grid.
    GalleryView,
    /// `shared_screen`: The shared screen alone.
    SharedScreen,
    /// `audio_only`: Audio alone.
    AudioOnly,
    /// `audio_only_each_participant`: One audio track per participant.
    AudioOnlyEachParticipant,
    /// `audio_transcript`: Transcript of the audio.
    AudioTranscript,
    /// `cc_transcript`: Transcript made from the closed captions.
    CcTranscript,
    /// `chat_file`: Chat messages.
    ChatFile,
    /// `poll`: Poll results.
    Poll,
    /// `host_video`: The host's video.
    HostVideo,
    /// `closed_caption`: Closed captions.
    ClosedCaption,
    /// `timeline`: Timestamps of the recording.
    Timeline,
    /// `thumbnail`: A still preview image.
    Thumbnail,
    /// `audio_interpretation`: Audio of an interpreter's language channel.
    AudioInterpretation,
    /// `summary`: Meeting summary.
    Summary,
    /// `summary_next_steps`: Next steps taken from the summary.
    SummaryNextSteps,
    /// `summary_smart_chapters`: Chapters taken from the summary.
    SummarySmartChapters,
    /// `sign_interpretation`: Video of a sign-language interpreter.
    SignInterpretation,
    /// `production_studio`: Output of a Production Studio session.
    ProductionStudio,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SharedScreenWithSpeakerViewCc => "shared_screen_with_speaker_view(CC)",
            Self::SharedScreenWithSpeakerView => "shared_screen_with_speaker_view",
            Self::SharedScreenWithGalleryView => "shared_screen_with_gallery_view",
            Self::SpeakerView => "speaker_view",
            Self::ActiveSpeaker => "active_speaker",
            Self::GalleryView => "gallery_view",
            Self::SharedScreen => "shared_screen",
            Self::AudioOnly => "audio_only",
            Self::AudioOnlyEachParticipant => "audio_only_each_participant",
            Self::AudioTranscript => "audio_transcript",
            Self::CcTranscript => "cc_transcript",
            Self::ChatFile => "chat_file",
            Self::Poll => "poll",
            Self::HostVideo => "host_video",
            Self::ClosedCaption => "closed_caption",
            Self::Timeline => "timeline",
            Self::Thumbnail => "thumbnail",
            Self::AudioInterpretation => "audio_interpretation",
            Self::Summary => "summary",
            Self::SummaryNextSteps => "summary_next_steps",
            Self::SummarySmartChapters => "summary_smart_chapters",
            Self::SignInterpretation => "sign_interpretation",
            Self::ProductionStudio => "production_studio",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingType {
    fn from(value: &str) -> Self {
        match value {
            "shared_screen_with_speaker_view(CC)" => Self::SharedScreenWithSpeakerViewCc,
            "shared_screen_with_speaker_view" => Self::SharedScreenWithSpeakerView,
            "shared_screen_with_gallery_view" => Self::SharedScreenWithGalleryView,
            "speaker_view" => Self::SpeakerView,
            "active_speaker" => Self::ActiveSpeaker,
            "gallery_view" => Self::GalleryView,
            "shared_screen" => Self::SharedScreen,
            "audio_only" => Self::AudioOnly,
            "audio_only_each_participant" => Self::AudioOnlyEachParticipant,
            "audio_transcript" => Self::AudioTranscript,
            "cc_transcript" => Self::CcTranscript,
            "chat_file" => Self::ChatFile,
            "poll" => Self::Poll,
            "host_video" => Self::HostVideo,
            "closed_caption" => Self::ClosedCaption,
            "timeline" => Self::Timeline,
            "thumbnail" => Self::Thumbnail,
            "audio_interpretation" => Self::AudioInterpretation,
            "summary" => Self::Summary,
            "summary_next_steps" => Self::SummaryNextSteps,
            "summary_smart_chapters" => Self::SummarySmartChapters,
            "sign_interpretation" => Self::SignInterpretation,
            "production_studio" => Self::ProductionStudio,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingType);

impl crate::runtime::Check for RecordingType {}
