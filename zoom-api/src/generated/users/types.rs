// @generated from spec/users.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Request and response types of the `users` group, generated from its schemas.
#![allow(deprecated)]
use super::super::common::types::{EncryptionType, VirtualBackgroundFile};
/// Result of adding assistants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddedAssistants {
    /// IDs of the added assistants, comma-separated.
    pub ids: Option<String>,
    /// When the assistants were added.
    pub add_at: Option<chrono::DateTime<chrono::Utc>>,
}

crate::runtime::object_impls!(
    AddedAssistants { "ids" => ids optional, "add_at" => add_at optional }
);

impl crate::runtime::Check for AddedAssistants {}
/// Meeting summaries written by AI Companion.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AiCompanionMeetingSummary {
    /// Whether hosts may produce a summary.
    pub enable: Option<bool>,
    /// Whether summaries start by themselves with the meeting.
    pub auto_enable: Option<bool>,
    /// Who gets the summary once the meeting ends.
    pub who_will_receive_summary: Option<AiCompanionSummaryRecipients>,
}

crate::runtime::object_impls!(
    AiCompanionMeetingSummary { "enable" => enable optional, "auto_enable" => auto_enable
    optional, "who_will_receive_summary" => who_will_receive_summary optional }
);

impl crate::runtime::Check for AiCompanionMeetingSummary {}
/// Who may question AI Companion about the meeting transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AiCompanionQuestionAskers {
    /// `1`: Every participant and invitee, about the whole meeting.
    AllWithInvitees,
    /// `2`: Every participant, about the part since they joined.
    AllFromJoining,
    /// `3`: The host alone.
    HostOnly,
    /// `4`: Participants and invitees inside the organization.
    OrganizationWithInvitees,
    /// `5`: Participants inside the organization, about the part since they joined.
    OrganizationFromJoining,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl AiCompanionQuestionAskers {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::AllWithInvitees => 1,
            Self::AllFromJoining => 2,
            Self::HostOnly => 3,
            Self::OrganizationWithInvitees => 4,
            Self::OrganizationFromJoining => 5,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for AiCompanionQuestionAskers {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::AllWithInvitees,
            2 => Self::AllFromJoining,
            3 => Self::HostOnly,
            4 => Self::OrganizationWithInvitees,
            5 => Self::OrganizationFromJoining,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(AiCompanionQuestionAskers);

impl crate::runtime::Check for AiCompanionQuestionAskers {}
/// Whether people in a meeting may question AI Companion about it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AiCompanionQuestions {
    /// Whether the setting is on.
    pub enable: Option<bool>,
    /// Whether access opens by itself when the meeting starts.
    pub auto_enable: Option<bool>,
    /// Who may question AI Companion about the meeting transcript.
    pub who_can_ask_questions: Option<AiCompanionQuestionAskers>,
}

crate::runtime::object_impls!(
    AiCompanionQuestions { "enable" => enable optional, "auto_enable" => auto_enable
    optional, "who_can_ask_questions" => who_can_ask_questions optional }
);

impl crate::runtime::Check for AiCompanionQuestions {}
/// Who gets the summary once the meeting ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AiCompanionSummaryRecipients {
    /// `1`: The host alone.
    HostOnly,
    /// `2`: The host, co-hosts and alternative hosts.
    Hosts,
    /// `3`: The host and invitees inside the organization.
    HostAndInternalInvitees,
    /// `4`: Every invitee, outside ones included.
    AllInvitees,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl AiCompanionSummaryRecipients {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::HostOnly => 1,
            Self::Hosts => 2,
            Self::HostAndInternalInvitees => 3,
            Self::AllInvitees => 4,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for AiCompanionSummaryRecipients {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::HostOnly,
            2 => Self::Hosts,
            3 => Self::HostAndInternalInvitees,
            4 => Self::AllInvitees,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(AiCompanionSummaryRecipients);

impl crate::runtime::Check for AiCompanionSummaryRecipients {}
/// Whom webinar attendees may chat with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AllowAttendeesChatWith {
    /// `1`: Chat is off for attendees.
    NoOne,
    /// `2`: The host and all panelists.
    HostAndPanelists,
    /// `3`: Everyone.
    Everyone,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl AllowAttendeesChatWith {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::NoOne => 1,
            Self::HostAndPanelists => 2,
            Self::Everyone => 3,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for AllowAttendeesChatWith {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::NoOne,
            2 => Self::HostAndPanelists,
            3 => Self::Everyone,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(AllowAttendeesChatWith);

impl crate::runtime::Check for AllowAttendeesChatWith {}
/// Whom webinar panelists may chat with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AllowPanelistsChatWith {
    /// `1`: The host and all panelists.
    HostAndPanelists,
    /// `2`: Everyone.
    Everyone,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl AllowPanelistsChatWith {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::HostAndPanelists => 1,
            Self::Everyone => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for AllowPanelistsChatWith {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::HostAndPanelists,
            2 => Self::Everyone,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(AllowPanelistsChatWith);

impl crate::runtime::Check for AllowPanelistsChatWith {}
/// Whom participants may chat with in meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AllowParticipantsChatWith {
    /// `1`: Chat is off for participants.
    NoOne,
    /// `2`: Only the host and co-hosts.
    HostAndCoHosts,
    /// `3`: Everyone, in public messages.
    Everyone,
    /// `4`: Everyone, in public and private messages (client 5.7.3 or later).
    EveryoneAndDirectly,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl AllowParticipantsChatWith {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::NoOne => 1,
            Self::HostAndCoHosts => 2,
            Self::Everyone => 3,
            Self::EveryoneAndDirectly => 4,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for AllowParticipantsChatWith {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::NoOne,
            2 => Self::HostAndCoHosts,
            3 => Self::Everyone,
            4 => Self::EveryoneAndDirectly,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(AllowParticipantsChatWith);

impl crate::runtime::Check for AllowParticipantsChatWith {}
/// Which meeting chat messages participants may save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AllowUsersSaveChats {
    /// `1`: Saving chat is off.
    NotAllowed,
    /// `2`: Messages of the host and co-hosts.
    HostAndCoHostChats,
    /// `3`: All messages.
    AllChats,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl AllowUsersSaveChats {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::NotAllowed => 1,
            Self::HostAndCoHostChats => 2,
            Self::AllChats => 3,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for AllowUsersSaveChats {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::NotAllowed,
            2 => Self::HostAndCoHostChats,
            3 => Self::AllChats,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(AllowUsersSaveChats);

impl crate::runtime::Check for AllowUsersSaveChats {}
/// A user allowed to schedule on someone else's behalf. Give either id or email when adding.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assistant {
    /// User ID of the assistant.
    pub id: Option<String>,
    /// Email address of the assistant.
    pub email: Option<String>,
    /// Whether the assistant may also manage the host's private events.
    pub can_manage_host_private_event: Option<bool>,
}

crate::runtime::object_impls!(
    Assistant { "id" => id optional, "email" => email optional,
    "can_manage_host_private_event" => can_manage_host_private_event optional }
);

impl crate::runtime::Check for Assistant {}
/// A user's assistants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssistantList {
    /// The `assistants` field.
    ///
    /// At most 30 items.
    pub assistants: Option<Vec<Assistant>>,
}

crate::runtime::object_impls!(AssistantList { "assistants" => assistants optional });

impl crate::runtime::Check for AssistantList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "assistants",
            &self.assistants,
            &crate::runtime::Rules {
                max_items: Some(30),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Audio options offered in meetings.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AudioType {
    /// `both`: Phone and computer audio.
    Both,
    /// `telephony`: Phone dial-in only.
    Telephony,
    /// `voip`: Computer audio only.
    Voip,
    /// `thirdParty`: A third-party audio conference.
    ThirdParty,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl AudioType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Both => "both",
            Self::Telephony => "telephony",
            Self::Voip => "voip",
            Self::ThirdParty => "thirdParty",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AudioType {
    fn from(value: &str) -> Self {
        match value {
            "both" => Self::Both,
            "telephony" => Self::Telephony,
            "voip" => Self::Voip,
            "thirdParty" => Self::ThirdParty,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(AudioType);

impl crate::runtime::Check for AudioType {}
/// What to do with an authentication option.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuthenticationOptionAction {
    /// `update`: Add or change the option.
    Update,
    /// `show`: Offer the option when scheduling.
    Show,
    /// `hide`: Stop offering the option.
    Hide,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl AuthenticationOptionAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Update => "update",
            Self::Show => "show",
            Self::Hide => "hide",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AuthenticationOptionAction {
    fn from(value: &str) -> Self {
        match value {
            "update" => Self::Update,
            "show" => Self::Show,
            "hide" => Self::Hide,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(AuthenticationOptionAction);

impl crate::runtime::Check for AuthenticationOptionAction {}
/// Authentication options, per kind.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthenticationOptionSets {
    /// Meeting authentication settings.
    pub meeting_authentication: Option<UserSettingsMeetingAuthentication>,
    /// Recording authentication settings.
    pub recording_authentication: Option<UserSettingsRecordingAuthentication>,
}

crate::runtime::object_impls!(
    AuthenticationOptionSets { "meeting_authentication" => meeting_authentication
    optional, "recording_authentication" => recording_authentication optional }
);

impl crate::runtime::Check for AuthenticationOptionSets {}
/// Days after which cloud recordings are deleted automatically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AutoDeleteCmrDays {
    /// `30`: 30 days.
    Days30,
    /// `60`: 60 days.
    Days60,
    /// `90`: 90 days.
    Days90,
    /// `120`: 120 days.
    Days120,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl AutoDeleteCmrDays {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Days30 => 30,
            Self::Days60 => 60,
            Self::Days90 => 90,
            Self::Days120 => 120,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for AutoDeleteCmrDays {
    fn from(value: i64) -> Self {
        match value {
            30 => Self::Days30,
            60 => Self::Days60,
            90 => Self::Days90,
            120 => Self::Days120,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(AutoDeleteCmrDays);

impl crate::runtime::Check for AutoDeleteCmrDays {}
/// Where meetings are recorded automatically.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AutoRecording {
    /// `local`: On the local computer.
    Local,
    /// `cloud`: In the Zoom cloud.
    Cloud,
    /// `none`: Automatic recording is off.
    Disabled,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl AutoRecording {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "local",
            Self::Cloud => "cloud",
            Self::Disabled => "none",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AutoRecording {
    fn from(value: &str) -> Self {
        match value {
            "local" => Self::Local,
            "cloud" => Self::Cloud,
            "none" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(AutoRecording);

impl crate::runtime::Check for AutoRecording {}
/// The Call Me and Invite by Phone setting.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallMeSettings {
    /// Whether the setting is on.
    pub enable: Option<bool>,
    /// When someone Zoom calls must press 1 to be connected.
    pub require_press_1_for_call_me: Option<RequirePress1ForCallMe>,
    /// Whether webinar attendees may have Zoom call them.
    pub allow_webinar_attendees_call_me: Option<bool>,
    /// Where Call Me may dial out to.
    pub call_out_countries: Option<CallOutCountries>,
}

crate::runtime::object_impls!(
    CallMeSettings { "enable" => enable optional, "require_press_1_for_call_me" =>
    require_press_1_for_call_me optional, "allow_webinar_attendees_call_me" =>
    allow_webinar_attendees_call_me optional, "call_out_countries" => call_out_countries
    optional }
);

impl crate::runtime::Check for CallMeSettings {}
/// Where Call Me may dial out to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallOutCountries {
    /// Every country or region that could be enabled.
    pub allowed_countries: Option<Vec<CountryOrRegion>>,
    /// The countries or regions that are enabled.
    pub selected_countries: Option<Vec<CountryOrRegion>>,
}

crate::runtime::object_impls!(
    CallOutCountries { "allowed_countries" => allowed_countries optional,
    "selected_countries" => selected_countries optional }
);

impl crate::runtime::Check for CallOutCountries {}
/// Concurrent meeting add-on of the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConcurrentMeeting {
    /// `Basic`: Concurrent Meeting Basic.
    Basic,
    /// `Plus`: Concurrent Meeting Plus.
    Plus,
    /// `None`: No concurrent meetings.
    Disabled,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ConcurrentMeeting {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "Basic",
            Self::Plus => "Plus",
            Self::Disabled => "None",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConcurrentMeeting {
    fn from(value: &str) -> Self {
        match value {
            "Basic" => Self::Basic,
            "Plus" => Self::Plus,
            "None" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ConcurrentMeeting);

impl crate::runtime::Check for ConcurrentMeeting {}
/// Longest run of sequential characters (such as abcd or 1234) allowed in a passcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConsecutiveCharactersLength {
    /// `0`: No limit on sequential characters.
    Unrestricted,
    /// `4`: At most 4 sequential characters.
    Max4,
    /// `5`: At most 5 sequential characters.
    Max5,
    /// `6`: At most 6 sequential characters.
    Max6,
    /// `7`: At most 7 sequential characters.
    Max7,
    /// `8`: At most 8 sequential characters.
    Max8,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl ConsecutiveCharactersLength {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Unrestricted => 0,
            Self::Max4 => 4,
            Self::Max5 => 5,
            Self::Max6 => 6,
            Self::Max7 => 7,
            Self::Max8 => 8,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for ConsecutiveCharactersLength {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Unrestricted,
            4 => Self::Max4,
            5 => Self::Max5,
            6 => Self::Max6,
            7 => Self::Max7,
            8 => Self::Max8,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(ConsecutiveCharactersLength);

impl crate::runtime::Check for ConsecutiveCharactersLength {}
/// A country or region by code and name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CountryOrRegion {
    /// Country or region ID, e.g. US.
    pub code: Option<String>,
    /// Name of the country or region.
    pub name: Option<String>,
}

crate::runtime::object_impls!(
    CountryOrRegion { "code" => code optional, "name" => name optional }
);

impl crate::runtime::Check for CountryOrRegion {}
/// Let in, or keep out, participants who join from some countries or regions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CountryOrRegionAccess {
    /// Whether the list applies.
    pub enable: Option<bool>,
    /// How the country or region list is read.
    pub method: Option<CountryOrRegionAccessMethod>,
    /// Country or region codes that may join, with method approve.
    pub approved_list: Option<Vec<String>>,
    /// Country or region codes that may not join, with method deny.
    pub denied_list: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    CountryOrRegionAccess { "enable" => enable optional, "method" => method optional,
    "approved_list" => approved_list optional, "denied_list" => denied_list optional }
);

impl crate::runtime::Check for CountryOrRegionAccess {}
/// How the country or region list is read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CountryOrRegionAccessMethod {
    /// `approve`: Only the listed places may join.
    Approve,
    /// `deny`: Everyone but the listed places may join.
    Deny,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl CountryOrRegionAccessMethod {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "approve",
            Self::Deny => "deny",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CountryOrRegionAccessMethod {
    fn from(value: &str) -> Self {
        match value {
            "approve" => Self::Approve,
            "deny" => Self::Deny,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(CountryOrRegionAccessMethod);

impl crate::runtime::Check for CountryOrRegionAccessMethod {}
/// How a new user is added.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateUserAction {
    /// `create`: Email the user a link to confirm and activate the account.
    Create,
    /// `autoCreate`: Create an active user at once; for enterprise accounts with a managed domain, off by default.
    AutoCreate,
    /// `custCreate`: Create a user without a password who can only use start and join links (API partners).
    CustCreate,
    /// `ssoCreate`: Pre-provision a user who will sign in through SSO.
    SsoCreate,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl CreateUserAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::AutoCreate => "autoCreate",
            Self::CustCreate => "custCreate",
            Self::SsoCreate => "ssoCreate",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateUserAction {
    fn from(value: &str) -> Self {
        match value {
            "create" => Self::Create,
            "autoCreate" => Self::AutoCreate,
            "custCreate" => Self::CustCreate,
            "ssoCreate" => Self::SsoCreate,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(CreateUserAction);

impl crate::runtime::Check for CreateUserAction {}
/// Add-on features to give the new user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateUserFeature {
    /// Give the user a Zoom Phone license.
    pub zoom_phone: Option<bool>,
    /// Zoom One plan of a user, as a numeric code.
    pub zoom_one_type: Option<ZoomOneType>,
}

crate::runtime::object_impls!(
    CreateUserFeature { "zoom_phone" => zoom_phone optional, "zoom_one_type" =>
    zoom_one_type optional }
);

impl crate::runtime::Check for CreateUserFeature {}
/// Profile of the user to create.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUserInfo {
    /// Email address of the new user.
    ///
    /// At most 128 characters.
    pub email: String,
    /// License type of a user.
    pub type_: UserType,
    /// First name; at most 5 Chinese characters.
    ///
    /// At most 64 characters.
    pub first_name: Option<String>,
    /// Last name; at most 5 Chinese characters.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// The `display_name` field.
    ///
    /// At most 128 characters.
    pub display_name: Option<String>,
    /// Initial password; only used with the autoCreate action and subject to the account's password rules.
    ///
    /// 8 to 32 characters. Format: `password`.
    pub password: Option<String>,
    /// Add-on features to give the new user.
    pub feature: Option<CreateUserFeature>,
    /// Zoom United plan of a user, as a numeric code in a string; `none` (Update only) removes the plan.
    pub plan_united_type: Option<PlanUnitedType>,
    /// IDs of the divisions to put the user in; Zoom allows one for now.
    pub division_ids: Option<Vec<String>>,
    /// Licenses to assign, each tied to a subscription; only for accounts with several subscription plans.
    ///
    /// At most 2 items.
    pub license_info_list: Option<Vec<UserLicenseAssignment>>,
}

crate::runtime::object_impls!(
    CreateUserInfo { "email" => email required, "type" => type_ required, "first_name" =>
    first_name optional, "last_name" => last_name optional, "display_name" =>
    display_name optional, "password" => password optional, "feature" => feature
    optional, "plan_united_type" => plan_united_type optional, "division_ids" =>
    division_ids optional, "license_info_list" => license_info_list optional }
);

impl CreateUserInfo {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>, type_: UserType) -> Self {
        Self {
            email: email.into(),
            type_,
            first_name: None,
            last_name: None,
            display_name: None,
            password: None,
            feature: None,
            plan_united_type: None,
            division_ids: None,
            license_info_list: None,
        }
    }
}

impl crate::runtime::Check for CreateUserInfo {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                max_length: Some(128),
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
            "display_name",
            &self.display_name,
            &crate::runtime::Rules {
                max_length: Some(128),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "password",
            &self.password,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(32),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "license_info_list",
            &self.license_info_list,
            &crate::runtime::Rules {
                max_items: Some(2),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Body of Create users.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUserRequest {
    /// How a new user is added.
    pub action: CreateUserAction,
    /// Profile of the user to create.
    pub user_info: Option<CreateUserInfo>,
}

crate::runtime::object_impls!(
    CreateUserRequest { "action" => action required, "user_info" => user_info optional }
);

impl CreateUserRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(action: CreateUserAction) -> Self {
        Self { action, user_info: None }
    }
}

impl crate::runtime::Check for CreateUserRequest {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("user_info", &self.user_info, &crate::runtime::Rules::NONE);
    }
}

/// The user that was created.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatedUser {
    /// ID of the new user.
    pub id: Option<String>,
    /// The `first_name` field.
    ///
    /// At most 64 characters.
    pub first_name: Option<String>,
    /// The `last_name` field.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// The `email` field.
    pub email: Option<String>,
    /// License type of a user.
    pub type_: Option<UserType>,
    /// Zoom Workplace license of the user, as a number; Zoom does not document the values.
    pub zoom_workplace: Option<i64>,
    /// Whether the user is an On-prem user.
    pub on_prem: Option<bool>,
}

crate::runtime::object_impls!(
    CreatedUser { "id" => id optional, "first_name" => first_name optional, "last_name"
    => last_name optional, "email" => email optional, "type" => type_ optional,
    "zoom_workplace" => zoom_workplace optional, "on_prem" => on_prem optional }
);

impl crate::runtime::Check for CreatedUser {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
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
    }
}

/// A custom attribute defined by the account and its value for the user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomAttribute {
    /// Identifier of the attribute.
    pub key: Option<String>,
    /// Display name of the attribute.
    pub name: Option<String>,
    /// The user's value.
    pub value: Option<String>,
}

crate::runtime::object_impls!(
    CustomAttribute { "key" => key optional, "name" => name optional, "value" => value
    optional }
);

impl crate::runtime::Check for CustomAttribute {}
/// Zoom data center region code (EU appears only among unchecked regions).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DataCenterRegion {
    /// `AU`: Australia.
    Australia,
    /// `LA`: Latin America.
    LatinAmerica,
    /// `CA`: Canada.
    Canada,
    /// `CN`: China.
    China,
    /// `DE`: Germany.
    Germany,
    /// `HK`: Hong Kong SAR.
    HongKong,
    /// `IN`: India.
    India,
    /// `IE`: Ireland.
    Ireland,
    /// `TY`: Japan (Tokyo).
    Japan,
    /// `MX`: Mexico.
    Mexico,
    /// `NL`: Netherlands.
    Netherlands,
    /// `SG`: Singapore.
    Singapore,
    /// `US`: United States.
    UnitedStates,
    /// `EU`: Europe.
    Europe,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl DataCenterRegion {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Australia => "AU",
            Self::LatinAmerica => "LA",
            Self::Canada => "CA",
            Self::China => "CN",
            Self::Germany => "DE",
            Self::HongKong => "HK",
            Self::India => "IN",
            Self::Ireland => "IE",
            Self::Japan => "TY",
            Self::Mexico => "MX",
            Self::Netherlands => "NL",
            Self::Singapore => "SG",
            Self::UnitedStates => "US",
            Self::Europe => "EU",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DataCenterRegion {
    fn from(value: &str) -> Self {
        match value {
            "AU" => Self::Australia,
            "LA" => Self::LatinAmerica,
            "CA" => Self::Canada,
            "CN" => Self::China,
            "DE" => Self::Germany,
            "HK" => Self::HongKong,
            "IN" => Self::India,
            "IE" => Self::Ireland,
            "TY" => Self::Japan,
            "MX" => Self::Mexico,
            "NL" => Self::Netherlands,
            "SG" => Self::Singapore,
            "US" => Self::UnitedStates,
            "EU" => Self::Europe,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(DataCenterRegion);

impl crate::runtime::Check for DataCenterRegion {}
/// Default audience of webinar attendee messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DefaultAttendeesChatWith {
    /// `1`: The host and all panelists.
    HostAndPanelists,
    /// `2`: Everyone.
    Everyone,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl DefaultAttendeesChatWith {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::HostAndPanelists => 1,
            Self::Everyone => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for DefaultAttendeesChatWith {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::HostAndPanelists,
            2 => Self::Everyone,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(DefaultAttendeesChatWith);

impl crate::runtime::Check for DefaultAttendeesChatWith {}
/// How a user is removed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeleteUserAction {
    /// `disassociate`: Unlink the user, who keeps a free Zoom account.
    Disassociate,
    /// `delete`: Delete the user and their data for good.
    Delete,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl DeleteUserAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disassociate => "disassociate",
            Self::Delete => "delete",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteUserAction {
    fn from(value: &str) -> Self {
        match value {
            "disassociate" => Self::Disassociate,
            "delete" => Self::Delete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(DeleteUserAction);

impl crate::runtime::Check for DeleteUserAction {}
/// A phone number offered for joining by phone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DialInNumber {
    /// Country calling code, e.g. 1 or 44.
    pub code: Option<String>,
    /// Two-letter country ID, e.g. US.
    pub country_code: Option<String>,
    /// Name of the country.
    pub country_name: Option<String>,
    /// The number as shown to people.
    ///
    /// At most 30 characters.
    pub display_number: Option<String>,
    /// The number to dial.
    ///
    /// At most 30 characters.
    pub number: Option<String>,
}

crate::runtime::object_impls!(
    DialInNumber { "code" => code optional, "country_code" => country_code optional,
    "country_name" => country_name optional, "display_number" => display_number optional,
    "number" => number optional }
);

impl crate::runtime::Check for DialInNumber {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "display_number",
            &self.display_number,
            &crate::runtime::Rules {
                max_length: Some(30),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "number",
            &self.number,
            &crate::runtime::Rules {
                max_length: Some(30),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Result of an email lookup.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmailCheck {
    /// True when a user of your account already uses the email.
    pub existed_email: Option<bool>,
}

crate::runtime::object_impls!(EmailCheck { "existed_email" => existed_email optional });

impl crate::runtime::Check for EmailCheck {}
/// Whether the user's email address was verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EmailVerified {
    /// `1`: The email is verified.
    Verified,
    /// `0`: The email is not verified.
    NotVerified,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl EmailVerified {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Verified => 1,
            Self::NotVerified => 0,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for EmailVerified {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Verified,
            0 => Self::NotVerified,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(EmailVerified);

impl crate::runtime::Check for EmailVerified {}
/// When a sound plays as people join or leave.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntryExitChime {
    /// `host`: When the host joins or leaves.
    Host,
    /// `all`: When anyone joins or leaves.
    All,
    /// `none`: Never.
    Disabled,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl EntryExitChime {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::All => "all",
            Self::Disabled => "none",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntryExitChime {
    fn from(value: &str) -> Self {
        match value {
            "host" => Self::Host,
            "all" => Self::All,
            "none" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(EntryExitChime);

impl crate::runtime::Check for EntryExitChime {}
/// One add-on license to set on a user.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureLicenseAssignment {
    /// Kind of add-on license tied to a subscription.
    pub license_type: FeatureLicenseType,
    /// Option of a subscription-bound add-on license; one code can mean different things for different license types.
    pub license_option: FeatureLicenseOption,
    /// Reference of the subscription to draw the license from.
    pub subscription_id: Option<String>,
}

crate::runtime::object_impls!(
    FeatureLicenseAssignment { "license_type" => license_type required, "license_option"
    => license_option required, "subscription_id" => subscription_id optional }
);

impl FeatureLicenseAssignment {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        license_type: FeatureLicenseType,
        license_option: FeatureLicenseOption,
    ) -> Self {
        Self {
            license_type,
            license_option,
            subscription_id: None,
        }
    }
}

impl crate::runtime::Check for FeatureLicenseAssignment {}
/// One add-on license of a user, with its option and subscription.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeatureLicenseInfo {
    /// Kind of add-on license tied to a subscription.
    pub license_type: Option<FeatureLicenseType>,
    /// Option of a subscription-bound add-on license; one code can mean different things for different license types.
    pub license_option: Option<FeatureLicenseOption>,
    /// Reference of the subscription the license comes from.
    pub subscription_id: Option<String>,
}

crate::runtime::object_impls!(
    FeatureLicenseInfo { "license_type" => license_type optional, "license_option" =>
    license_option optional, "subscription_id" => subscription_id optional }
);

impl crate::runtime::Check for FeatureLicenseInfo {}
/// Option of a subscription-bound add-on license; one code can mean different things for different license types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeatureLicenseOption {
    /// `0`: Removes the license (Update only).
    Remove,
    /// `1`: Clips Plus, Revenue Accelerator, or Events billed per attendee, by license type.
    Code1,
    /// `2`: Whiteboard, or Events Unlimited for 100 attendees, by license type.
    Code2,
    /// `4`: Events Unlimited for 500 attendees.
    Code4,
    /// `8`: Events Unlimited for 1,000 attendees.
    Code8,
    /// `16`: Events Unlimited for 3,000 attendees.
    Code16,
    /// `32`: Events Unlimited for 5,000 attendees.
    Code32,
    /// `64`: Events Unlimited for 10,000 attendees.
    Code64,
    /// `128`: Events Unlimited for 20,000 attendees.
    Code128,
    /// `256`: Events Unlimited for 30,000 attendees.
    Code256,
    /// `512`: Events Unlimited for 50,000 attendees, or Workplace for Clinicians Unlimited, by license type.
    Code512,
    /// `1024`: Webinars Plus billed per attendee.
    Code1024,
    /// `2048`: Translated captions, or Webinars Plus Unlimited for 100 attendees, by license type.
    Code2048,
    /// `4086`: Listed by Zoom in the value list; apparently a misprint of 4096.
    Code4086,
    /// `4096`: Webinars Plus Unlimited for 500 attendees (as the text states).
    Code4096,
    /// `8192`: Webinars Plus Unlimited for 1,000 attendees.
    Code8192,
    /// `16384`: Webinars Plus Unlimited for 3,000 attendees.
    Code16384,
    /// `32768`: Webinars Plus Unlimited for 5,000 attendees.
    Code32768,
    /// `65536`: Whiteboard Plus, or Webinars Plus Unlimited for 10,000 attendees, by license type.
    Code65536,
    /// `131072`: Customer managed key, or Webinars Plus Unlimited for 20,000 attendees, by license type.
    Code131072,
    /// `262144`: Webinars Plus Unlimited for 30,000 attendees.
    Code262144,
    /// `524288`: Webinars Plus Unlimited for 50,000 attendees.
    Code524288,
    /// `2147483648`: Visitor Management.
    Code2147483648,
    /// `549755813888`: Workforce Management.
    Code549755813888,
    /// `1099511627776`: Quality Management.
    Code1099511627776,
    /// `2199023255552`: Scheduler.
    Code2199023255552,
    /// `8796093022208`: Compliance Management.
    Code8796093022208,
    /// `17592186044416`: Compliance Management Plus.
    Code17592186044416,
    /// `281474976710656`: Docs.
    Code281474976710656,
    /// `4503599627370496`: Workplace for Clinicians billed per note.
    Code4503599627370496,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl FeatureLicenseOption {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Remove => 0,
            Self::Code1 => 1,
            Self::Code2 => 2,
            Self::Code4 => 4,
            Self::Code8 => 8,
            Self::Code16 => 16,
            Self::Code32 => 32,
            Self::Code64 => 64,
            Self::Code128 => 128,
            Self::Code256 => 256,
            Self::Code512 => 512,
            Self::Code1024 => 1024,
            Self::Code2048 => 2048,
            Self::Code4086 => 4086,
            Self::Code4096 => 4096,
            Self::Code8192 => 8192,
            Self::Code16384 => 16384,
            Self::Code32768 => 32768,
            Self::Code65536 => 65536,
            Self::Code131072 => 131072,
            Self::Code262144 => 262144,
            Self::Code524288 => 524288,
            Self::Code2147483648 => 2147483648,
            Self::Code549755813888 => 549755813888,
            Self::Code1099511627776 => 1099511627776,
            Self::Code2199023255552 => 2199023255552,
            Self::Code8796093022208 => 8796093022208,
            Self::Code17592186044416 => 17592186044416,
            Self::Code281474976710656 => 281474976710656,
            Self::Code4503599627370496 => 4503599627370496,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for FeatureLicenseOption {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Remove,
            1 => Self::Code1,
            2 => Self::Code2,
            4 => Self::Code4,
            8 => Self::Code8,
            16 => Self::Code16,
            32 => Self::Code32,
            64 => Self::Code64,
            128 => Self::Code128,
            256 => Self::Code256,
            512 => Self::Code512,
            1024 => Self::Code1024,
            2048 => Self::Code2048,
            4086 => Self::Code4086,
            4096 => Self::Code4096,
            8192 => Self::Code8192,
            16384 => Self::Code16384,
            32768 => Self::Code32768,
            65536 => Self::Code65536,
            131072 => Self::Code131072,
            262144 => Self::Code262144,
            524288 => Self::Code524288,
            2147483648 => Self::Code2147483648,
            549755813888 => Self::Code549755813888,
            1099511627776 => Self::Code1099511627776,
            2199023255552 => Self::Code2199023255552,
            8796093022208 => Self::Code8796093022208,
            17592186044416 => Self::Code17592186044416,
            281474976710656 => Self::Code281474976710656,
            4503599627370496 => Self::Code4503599627370496,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(FeatureLicenseOption);

impl crate::runtime::Check for FeatureLicenseOption {}
/// Kind of add-on license tied to a subscription.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FeatureLicenseType {
    /// `ZOOM_WHITEBOARD`: Whiteboard and Whiteboard Plus.
    ZoomWhiteboard,
    /// `ZOOM_TRANSLATED_CAPTIONS`: Translated captions.
    ZoomTranslatedCaptions,
    /// `ZOOM_SCHEDULER`: Scheduler.
    ZoomScheduler,
    /// `ZOOM_CLIPS`: Clips Plus.
    ZoomClips,
    /// `ZOOM_VISITOR_MANAGEMENT`: Visitor Management.
    ZoomVisitorManagement,
    /// `ZOOM_CMK`: Customer managed key.
    ZoomCmk,
    /// `ZOOM_DOCS`: Docs.
    ZoomDocs,
    /// `ZOOM_REVENUE_ACCELERATOR`: Revenue Accelerator.
    ZoomRevenueAccelerator,
    /// `ZOOM_COMPLIANCE_MANAGEMENT`: Compliance Management (and Plus).
    ZoomComplianceManagement,
    /// `ZOOM_WORKFORCE_MANAGEMENT`: Workforce Management.
    ZoomWorkforceManagement,
    /// `ZOOM_QUALITY_MANAGEMENT`: Quality Management.
    ZoomQualityManagement,
    /// `ZOOM_HEALTHCARE_CLINICAL_NOTES`: Clinical notes for healthcare.
    ZoomHealthcareClinicalNotes,
    /// `ZOOM_EVENTS_NEW_SAAS`: Zoom Events Unlimited, by attendee tier.
    ZoomEventsNewSaas,
    /// `ZOOM_EVENTS_CONSUMPTION`: Zoom Events billed per attendee.
    ZoomEventsConsumption,
    /// `ZOOM_WEBINARS_PLUS`: Webinars Plus Unlimited, by attendee tier.
    ZoomWebinarsPlus,
    /// `ZOOM_WEBINARS_PLUS_CONSUMPTION`: Webinars Plus billed per attendee.
    ZoomWebinarsPlusConsumption,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl FeatureLicenseType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ZoomWhiteboard => "ZOOM_WHITEBOARD",
            Self::ZoomTranslatedCaptions => "ZOOM_TRANSLATED_CAPTIONS",
            Self::ZoomScheduler => "ZOOM_SCHEDULER",
            Self::ZoomClips => "ZOOM_CLIPS",
            Self::ZoomVisitorManagement => "ZOOM_VISITOR_MANAGEMENT",
            Self::ZoomCmk => "ZOOM_CMK",
            Self::ZoomDocs => "ZOOM_DOCS",
            Self::ZoomRevenueAccelerator => "ZOOM_REVENUE_ACCELERATOR",
            Self::ZoomComplianceManagement => "ZOOM_COMPLIANCE_MANAGEMENT",
            Self::ZoomWorkforceManagement => "ZOOM_WORKFORCE_MANAGEMENT",
            Self::ZoomQualityManagement => "ZOOM_QUALITY_MANAGEMENT",
            Self::ZoomHealthcareClinicalNotes => "ZOOM_HEALTHCARE_CLINICAL_NOTES",
            Self::ZoomEventsNewSaas => "ZOOM_EVENTS_NEW_SAAS",
            Self::ZoomEventsConsumption => "ZOOM_EVENTS_CONSUMPTION",
            Self::ZoomWebinarsPlus => "ZOOM_WEBINARS_PLUS",
            Self::ZoomWebinarsPlusConsumption => "ZOOM_WEBINARS_PLUS_CONSUMPTION",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for FeatureLicenseType {
    fn from(value: &str) -> Self {
        match value {
            "ZOOM_WHITEBOARD" => Self::ZoomWhiteboard,
            "ZOOM_TRANSLATED_CAPTIONS" => Self::ZoomTranslatedCaptions,
            "ZOOM_SCHEDULER" => Self::ZoomScheduler,
            "ZOOM_CLIPS" => Self::ZoomClips,
            "ZOOM_VISITOR_MANAGEMENT" => Self::ZoomVisitorManagement,
            "ZOOM_CMK" => Self::ZoomCmk,
            "ZOOM_DOCS" => Self::ZoomDocs,
            "ZOOM_REVENUE_ACCELERATOR" => Self::ZoomRevenueAccelerator,
            "ZOOM_COMPLIANCE_MANAGEMENT" => Self::ZoomComplianceManagement,
            "ZOOM_WORKFORCE_MANAGEMENT" => Self::ZoomWorkforceManagement,
            "ZOOM_QUALITY_MANAGEMENT" => Self::ZoomQualityManagement,
            "ZOOM_HEALTHCARE_CLINICAL_NOTES" => Self::ZoomHealthcareClinicalNotes,
            "ZOOM_EVENTS_NEW_SAAS" => Self::ZoomEventsNewSaas,
            "ZOOM_EVENTS_CONSUMPTION" => Self::ZoomEventsConsumption,
            "ZOOM_WEBINARS_PLUS" => Self::ZoomWebinarsPlus,
            "ZOOM_WEBINARS_PLUS_CONSUMPTION" => Self::ZoomWebinarsPlusConsumption,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(FeatureLicenseType);

impl crate::runtime::Check for FeatureLicenseType {}
/// Countries whose dial-in numbers appear in invitations.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GlobalDialInCountries {
    /// Every country or region that could be chosen.
    pub allowed_countries: Option<Vec<CountryOrRegion>>,
    /// The countries or regions chosen.
    pub selected_countries: Option<Vec<CountryOrRegion>>,
    /// Whether toll-free numbers are listed too.
    pub include_toll_free: Option<bool>,
}

crate::runtime::object_impls!(
    GlobalDialInCountries { "allowed_countries" => allowed_countries optional,
    "selected_countries" => selected_countries optional, "include_toll_free" =>
    include_toll_free optional }
);

impl crate::runtime::Check for GlobalDialInCountries {}
/// Countries whose dial-in numbers should appear in invitations.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GlobalDialInCountriesUpdate {
    /// The countries or regions to choose.
    pub selected_countries: Option<Vec<CountryOrRegion>>,
    /// Whether toll-free numbers are listed too.
    pub include_toll_free: Option<bool>,
}

crate::runtime::object_impls!(
    GlobalDialInCountriesUpdate { "selected_countries" => selected_countries optional,
    "include_toll_free" => include_toll_free optional }
);

impl crate::runtime::Check for GlobalDialInCountriesUpdate {}
/// Limits access to cloud recordings by IP address.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IpAddressAccessControl {
    /// Whether the limit is on.
    pub enable: Option<bool>,
    /// Allowed addresses or ranges, comma-separated.
    pub ip_addresses_or_ranges: Option<String>,
}

crate::runtime::object_impls!(
    IpAddressAccessControl { "enable" => enable optional, "ip_addresses_or_ranges" =>
    ip_addresses_or_ranges optional }
);

impl crate::runtime::Check for IpAddressAccessControl {}
/// Extra field List users can add to each user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListUsersIncludeField {
    /// `custom_attributes`: Add the custom attributes.
    CustomAttributes,
    /// `host_key`: Add the host key.
    HostKey,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ListUsersIncludeField {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomAttributes => "custom_attributes",
            Self::HostKey => "host_key",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListUsersIncludeField {
    fn from(value: &str) -> Self {
        match value {
            "custom_attributes" => Self::CustomAttributes,
            "host_key" => Self::HostKey,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ListUsersIncludeField);

impl crate::runtime::Check for ListUsersIncludeField {}
/// Add-on license used to filter List users.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListUsersLicense {
    /// `zoom_workforce_management`: Users holding a Workforce Management license.
    ZoomWorkforceManagement,
    /// `zoom_compliance_management`: Users holding a Compliance Management license.
    ZoomComplianceManagement,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ListUsersLicense {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ZoomWorkforceManagement => "zoom_workforce_management",
            Self::ZoomComplianceManagement => "zoom_compliance_management",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListUsersLicense {
    fn from(value: &str) -> Self {
        match value {
            "zoom_workforce_management" => Self::ZoomWorkforceManagement,
            "zoom_compliance_management" => Self::ZoomComplianceManagement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ListUsersLicense);

impl crate::runtime::Check for ListUsersLicense {}
/// A service webinars can be streamed to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LiveStreamingService {
    /// `facebook`: Facebook.
    Facebook,
    /// `workplace_by_facebook`: Workplace from Facebook.
    WorkplaceByFacebook,
    /// `youtube`: YouTube.
    YouTube,
    /// `custom_live_streaming_service`: A custom streaming service.
    Custom,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl LiveStreamingService {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Facebook => "facebook",
            Self::WorkplaceByFacebook => "workplace_by_facebook",
            Self::YouTube => "youtube",
            Self::Custom => "custom_live_streaming_service",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for LiveStreamingService {
    fn from(value: &str) -> Self {
        match value {
            "facebook" => Self::Facebook,
            "workplace_by_facebook" => Self::WorkplaceByFacebook,
            "youtube" => Self::YouTube,
            "custom_live_streaming_service" => Self::Custom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(LiveStreamingService);

impl crate::runtime::Check for LiveStreamingService {}
/// How a user signs in to Zoom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoginType {
    /// `0`: Facebook OAuth.
    FacebookOauth,
    /// `1`: Google OAuth.
    GoogleOauth,
    /// `11`: Phone number (China only).
    PhoneNumber,
    /// `21`: WeChat (China only).
    WeChat,
    /// `23`: Alipay (China only).
    Alipay,
    /// `24`: Apple OAuth.
    AppleOauth,
    /// `27`: Microsoft OAuth.
    MicrosoftOauth,
    /// `97`: Mobile device.
    MobileDevice,
    /// `98`: RingCentral OAuth.
    RingCentralOauth,
    /// `99`: API user.
    ApiUser,
    /// `100`: Zoom work email and password.
    ZoomWorkEmail,
    /// `101`: Single sign-on.
    Sso,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl LoginType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::FacebookOauth => 0,
            Self::GoogleOauth => 1,
            Self::PhoneNumber => 11,
            Self::WeChat => 21,
            Self::Alipay => 23,
            Self::AppleOauth => 24,
            Self::MicrosoftOauth => 27,
            Self::MobileDevice => 97,
            Self::RingCentralOauth => 98,
            Self::ApiUser => 99,
            Self::ZoomWorkEmail => 100,
            Self::Sso => 101,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for LoginType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::FacebookOauth,
            1 => Self::GoogleOauth,
            11 => Self::PhoneNumber,
            21 => Self::WeChat,
            23 => Self::Alipay,
            24 => Self::AppleOauth,
            27 => Self::MicrosoftOauth,
            97 => Self::MobileDevice,
            98 => Self::RingCentralOauth,
            99 => Self::ApiUser,
            100 => Self::ZoomWorkEmail,
            101 => Self::Sso,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(LoginType);

impl crate::runtime::Check for LoginType {}
/// A way participants must authenticate to join.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingAuthenticationOption {
    /// Option ID.
    pub id: Option<String>,
    /// Option name.
    pub name: Option<String>,
    /// How participants must authenticate to join a meeting.
    pub type_: Option<MeetingAuthenticationType>,
    /// Whether this is the default option.
    pub default_option: Option<bool>,
    /// Whether the option is offered when scheduling.
    pub visible: Option<bool>,
    /// Allowed email domains, comma-separated.
    pub domains: Option<String>,
}

crate::runtime::object_impls!(
    MeetingAuthenticationOption { "id" => id optional, "name" => name optional, "type" =>
    type_ optional, "default_option" => default_option optional, "visible" => visible
    optional, "domains" => domains optional }
);

impl crate::runtime::Check for MeetingAuthenticationOption {}
/// A meeting authentication option to add, change, show or hide.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingAuthenticationOptionUpdate {
    /// Option ID; needed unless a new option is added.
    pub id: Option<String>,
    /// Option name.
    pub name: Option<String>,
    /// How participants must authenticate to join a meeting.
    pub type_: Option<MeetingAuthenticationType>,
    /// Make this the default option.
    pub default_option: Option<bool>,
    /// What to do with an authentication option.
    pub action: Option<AuthenticationOptionAction>,
    /// Allowed email domains, comma-separated.
    pub domains: Option<String>,
}

crate::runtime::object_impls!(
    MeetingAuthenticationOptionUpdate { "id" => id optional, "name" => name optional,
    "type" => type_ optional, "default_option" => default_option optional, "action" =>
    action optional, "domains" => domains optional }
);

impl crate::runtime::Check for MeetingAuthenticationOptionUpdate {}
/// How participants must authenticate to join a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingAuthenticationType {
    /// `enforce_login`: Any signed-in Zoom user.
    EnforceLogin,
    /// `enforce_login_with_same_account`: Signed-in users of the same account.
    EnforceLoginWithSameAccount,
    /// `enforce_login_with_domains`: Signed-in users whose email is in the listed domains.
    EnforceLoginWithDomains,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingAuthenticationType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnforceLogin => "enforce_login",
            Self::EnforceLoginWithSameAccount => "enforce_login_with_same_account",
            Self::EnforceLoginWithDomains => "enforce_login_with_domains",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingAuthenticationType {
    fn from(value: &str) -> Self {
        match value {
            "enforce_login" => Self::EnforceLogin,
            "enforce_login_with_same_account" => Self::EnforceLoginWithSameAccount,
            "enforce_login_with_domains" => Self::EnforceLoginWithDomains,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingAuthenticationType);

impl crate::runtime::Check for MeetingAuthenticationType {}
/// Rules a meeting passcode must follow.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingPasswordRequirement {
    /// Minimum length.
    pub length: Option<i64>,
    /// Needs at least one letter.
    pub have_letter: Option<bool>,
    /// Needs at least one digit.
    pub have_number: Option<bool>,
    /// Needs at least one special character.
    pub have_special_character: Option<bool>,
    /// Digits only.
    pub only_allow_numeric: Option<bool>,
    /// Needs upper and lower case letters.
    pub have_upper_and_lower_characters: Option<bool>,
    /// Longest run of sequential characters (such as abcd or 1234) allowed in a passcode.
    pub consecutive_characters_length: Option<ConsecutiveCharactersLength>,
    /// Reject easily guessed passcodes.
    pub weak_enhance_detection: Option<bool>,
}

crate::runtime::object_impls!(
    MeetingPasswordRequirement { "length" => length optional, "have_letter" =>
    have_letter optional, "have_number" => have_number optional, "have_special_character"
    => have_special_character optional, "only_allow_numeric" => only_allow_numeric
    optional, "have_upper_and_lower_characters" => have_upper_and_lower_characters
    optional, "consecutive_characters_length" => consecutive_characters_length optional,
    "weak_enhance_detection" => weak_enhance_detection optional }
);

impl crate::runtime::Check for MeetingPasswordRequirement {}
/// Which emoji reactions are offered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MeetingReactionsEmojis {
    /// `all`: Every emoji.
    All,
    /// `selected`: A chosen set of emoji.
    Selected,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl MeetingReactionsEmojis {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Selected => "selected",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MeetingReactionsEmojis {
    fn from(value: &str) -> Self {
        match value {
            "all" => Self::All,
            "selected" => Self::Selected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(MeetingReactionsEmojis);

impl crate::runtime::Check for MeetingReactionsEmojis {}
/// Security settings of meetings and webinars.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingSecurity {
    /// Require at least one security option on every meeting.
    pub auto_security: Option<bool>,
    /// Block users from the listed domains.
    pub block_user_domain: Option<bool>,
    /// Blocked email domains.
    ///
    /// At most 20 items.
    pub block_user_domain_list: Option<Vec<String>>,
    /// Put the encrypted passcode into join links.
    pub embed_password_in_join_link: Option<bool>,
    /// How meetings are encrypted.
    pub encryption_type: Option<EncryptionType>,
    /// Allow end-to-end encrypted meetings.
    pub end_to_end_encrypted_meetings: Option<bool>,
    /// Require a passcode for new meetings.
    pub meeting_password: Option<bool>,
    /// Rules a meeting passcode must follow.
    pub meeting_password_requirement: Option<MeetingPasswordRequirement>,
    /// Only signed-in users may join from the web client.
    pub only_authenticated_can_join_from_webclient: Option<bool>,
    /// Require a passcode for phone participants.
    pub phone_password: Option<bool>,
    /// Require a passcode for PMI meetings.
    pub pmi_password: Option<bool>,
    /// The passcode of the personal meeting ID.
    pub password_for_pmi: Option<String>,
    /// Let in, or keep out, participants who join from some countries or regions.
    pub approved_or_denied_countries_or_regions: Option<CountryOrRegionAccess>,
    /// Require a passcode for scheduled meetings.
    pub require_password_for_scheduled_meeting: Option<bool>,
    /// Require a passcode for scheduled webinars.
    pub require_password_for_scheduled_webinar: Option<bool>,
    /// Use a waiting room.
    pub waiting_room: Option<bool>,
    /// Who waits in the waiting room and who admits them.
    pub waiting_room_settings: Option<WaitingRoomSettings>,
    /// Require a passcode for webinars.
    pub webinar_password: Option<bool>,
}

crate::runtime::object_impls!(
    MeetingSecurity { "auto_security" => auto_security optional, "block_user_domain" =>
    block_user_domain optional, "block_user_domain_list" => block_user_domain_list
    optional, "embed_password_in_join_link" => embed_password_in_join_link optional,
    "encryption_type" => encryption_type optional, "end_to_end_encrypted_meetings" =>
    end_to_end_encrypted_meetings optional, "meeting_password" => meeting_password
    optional, "meeting_password_requirement" => meeting_password_requirement optional,
    "only_authenticated_can_join_from_webclient" =>
    only_authenticated_can_join_from_webclient optional, "phone_password" =>
    phone_password optional, "pmi_password" => pmi_password optional, "password_for_pmi"
    => password_for_pmi optional, "approved_or_denied_countries_or_regions" =>
    approved_or_denied_countries_or_regions optional,
    "require_password_for_scheduled_meeting" => require_password_for_scheduled_meeting
    optional, "require_password_for_scheduled_webinar" =>
    require_password_for_scheduled_webinar optional, "waiting_room" => waiting_room
    optional, "waiting_room_settings" => waiting_room_settings optional,
    "webinar_password" => webinar_password optional }
);

impl crate::runtime::Check for MeetingSecurity {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "block_user_domain_list",
            &self.block_user_domain_list,
            &crate::runtime::Rules {
                max_items: Some(20),
                items: Some(
                    &crate::runtime::Rules {
                        min_length: Some(5),
                        max_length: Some(30),
                        ..crate::runtime::Rules::NONE
                    },
                ),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Hiding phone numbers of dial-in participants in the participant list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParticipantPhoneMasking {
    /// Whether numbers are masked.
    pub enable: Option<bool>,
    /// Which digits of a phone number are hidden.
    pub masking_type: Option<PhoneMaskingType>,
}

crate::runtime::object_impls!(
    ParticipantPhoneMasking { "enable" => enable optional, "masking_type" => masking_type
    optional }
);

impl crate::runtime::Check for ParticipantPhoneMasking {}
/// How many participants may share at the same time.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ParticipantsShareSimultaneously {
    /// `multiple`: Several participants at once.
    Multiple,
    /// `one`: One participant at a time.
    One,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl ParticipantsShareSimultaneously {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Multiple => "multiple",
            Self::One => "one",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ParticipantsShareSimultaneously {
    fn from(value: &str) -> Self {
        match value {
            "multiple" => Self::Multiple,
            "one" => Self::One,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(ParticipantsShareSimultaneously);

impl crate::runtime::Check for ParticipantsShareSimultaneously {}
/// Who is sent to the waiting room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParticipantsToPlaceInWaitingRoom {
    /// `0`: All attendees.
    Everyone,
    /// `1`: Users who are not in the account.
    OutsideAccount,
    /// `2`: Users who are neither in the account nor in the allowed domains.
    OutsideAccountAndDomains,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl ParticipantsToPlaceInWaitingRoom {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Everyone => 0,
            Self::OutsideAccount => 1,
            Self::OutsideAccountAndDomains => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for ParticipantsToPlaceInWaitingRoom {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Everyone,
            1 => Self::OutsideAccount,
            2 => Self::OutsideAccountAndDomains,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(ParticipantsToPlaceInWaitingRoom);

impl crate::runtime::Check for ParticipantsToPlaceInWaitingRoom {}
/// Kind of phone number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PhoneLabel {
    /// `Mobile`: Mobile phone.
    Mobile,
    /// `Office`: Office phone.
    Office,
    /// `Home`: Home phone.
    Home,
    /// `Fax`: Fax.
    Fax,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl PhoneLabel {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mobile => "Mobile",
            Self::Office => "Office",
            Self::Home => "Home",
            Self::Fax => "Fax",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PhoneLabel {
    fn from(value: &str) -> Self {
        match value {
            "Mobile" => Self::Mobile,
            "Office" => Self::Office,
            "Home" => Self::Home,
            "Fax" => Self::Fax,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(PhoneLabel);

impl crate::runtime::Check for PhoneLabel {}
/// Which digits of a phone number are hidden.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PhoneMaskingType {
    /// `mask_default`: Zoom's standard pattern, hiding the middle digits.
    Default,
    /// `mask_first_5`: The first five digits are hidden.
    First5,
    /// `mask_except_last_4`: All but the last four digits are hidden.
    ExceptLast4,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl PhoneMaskingType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "mask_default",
            Self::First5 => "mask_first_5",
            Self::ExceptLast4 => "mask_except_last_4",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PhoneMaskingType {
    fn from(value: &str) -> Self {
        match value {
            "mask_default" => Self::Default,
            "mask_first_5" => Self::First5,
            "mask_except_last_4" => Self::ExceptLast4,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(PhoneMaskingType);

impl crate::runtime::Check for PhoneMaskingType {}
/// A phone number on a user's profile.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PhoneNumber {
    /// Country ID, e.g. US.
    pub country: Option<String>,
    /// Country calling code, e.g. +1.
    pub code: Option<String>,
    /// Number without the country code.
    pub number: Option<String>,
    /// Whether Zoom verified the number.
    pub verified: Option<bool>,
    /// Kind of phone number.
    pub label: Option<PhoneLabel>,
}

crate::runtime::object_impls!(
    PhoneNumber { "country" => country optional, "code" => code optional, "number" =>
    number optional, "verified" => verified optional, "label" => label optional }
);

impl crate::runtime::Check for PhoneNumber {}
/// A phone number to store on a user's profile.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PhoneNumberUpdate {
    /// Country ID, e.g. US.
    pub country: Option<String>,
    /// Country calling code, e.g. +1.
    pub code: Option<String>,
    /// Number without the country code.
    pub number: Option<String>,
    /// Kind of phone number.
    pub label: Option<PhoneLabel>,
}

crate::runtime::object_impls!(
    PhoneNumberUpdate { "country" => country optional, "code" => code optional, "number"
    => number optional, "label" => label optional }
);

impl crate::runtime::Check for PhoneNumberUpdate {}
/// Zoom United plan of a user, as a numeric code in a string; `none` (Update only) removes the plan.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PlanUnitedType {
    /// `1`: Zoom United plan option 1.
    Plan1,
    /// `2`: Zoom United plan option 2.
    Plan2,
    /// `4`: Zoom United plan option 4.
    Plan4,
    /// `8`: Zoom United plan option 8.
    Plan8,
    /// `16`: Zoom United plan option 16.
    Plan16,
    /// `32`: Zoom United plan option 32.
    Plan32,
    /// `64`: Zoom United plan option 64.
    Plan64,
    /// `128`: Zoom United plan option 128.
    Plan128,
    /// `256`: Zoom United plan option 256.
    Plan256,
    /// `512`: Zoom United plan option 512.
    Plan512,
    /// `1024`: Zoom United plan option 1024.
    Plan1024,
    /// `2048`: Zoom United plan option 2048.
    Plan2048,
    /// `4096`: Zoom United plan option 4096.
    Plan4096,
    /// `8192`: Zoom United plan option 8192.
    Plan8192,
    /// `16384`: Zoom United plan option 16384.
    Plan16384,
    /// `32768`: Zoom United plan option 32768.
    Plan32768,
    /// `65536`: Zoom United plan option 65536.
    Plan65536,
    /// `131072`: Zoom United plan option 131072.
    Plan131072,
    /// `none`: No Zoom United plan.
    NoPlan,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl PlanUnitedType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plan1 => "1",
            Self::Plan2 => "2",
            Self::Plan4 => "4",
            Self::Plan8 => "8",
            Self::Plan16 => "16",
            Self::Plan32 => "32",
            Self::Plan64 => "64",
            Self::Plan128 => "128",
            Self::Plan256 => "256",
            Self::Plan512 => "512",
            Self::Plan1024 => "1024",
            Self::Plan2048 => "2048",
            Self::Plan4096 => "4096",
            Self::Plan8192 => "8192",
            Self::Plan16384 => "16384",
            Self::Plan32768 => "32768",
            Self::Plan65536 => "65536",
            Self::Plan131072 => "131072",
            Self::NoPlan => "none",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PlanUnitedType {
    fn from(value: &str) -> Self {
        match value {
            "1" => Self::Plan1,
            "2" => Self::Plan2,
            "4" => Self::Plan4,
            "8" => Self::Plan8,
            "16" => Self::Plan16,
            "32" => Self::Plan32,
            "64" => Self::Plan64,
            "128" => Self::Plan128,
            "256" => Self::Plan256,
            "512" => Self::Plan512,
            "1024" => Self::Plan1024,
            "2048" => Self::Plan2048,
            "4096" => Self::Plan4096,
            "8192" => Self::Plan8192,
            "16384" => Self::Plan16384,
            "32768" => Self::Plan32768,
            "65536" => Self::Plan65536,
            "131072" => Self::Plan131072,
            "none" => Self::NoPlan,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(PlanUnitedType);

impl crate::runtime::Check for PlanUnitedType {}
/// Presence shown for a user in Zoom chat. Zoom spells the do-not-disturb value Do_No_Disturb on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PresenceStatus {
    /// `Do_No_Disturb`: Do not disturb; notifications are muted.
    DoNotDisturb,
    /// `Away`: Away.
    Away,
    /// `Available`: Available.
    Available,
    /// `In_Calendar_Event`: Busy with a calendar event.
    InCalendarEvent,
    /// `Presenting`: Sharing the screen.
    Presenting,
    /// `In_A_Zoom_Meeting`: In a Zoom meeting.
    InAZoomMeeting,
    /// `On_A_Call`: On a phone call.
    OnACall,
    /// `Out_of_Office`: Out of the office.
    OutOfOffice,
    /// `Busy`: Busy.
    Busy,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl PresenceStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DoNotDisturb => "Do_No_Disturb",
            Self::Away => "Away",
            Self::Available => "Available",
            Self::InCalendarEvent => "In_Calendar_Event",
            Self::Presenting => "Presenting",
            Self::InAZoomMeeting => "In_A_Zoom_Meeting",
            Self::OnACall => "On_A_Call",
            Self::OutOfOffice => "Out_of_Office",
            Self::Busy => "Busy",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PresenceStatus {
    fn from(value: &str) -> Self {
        match value {
            "Do_No_Disturb" => Self::DoNotDisturb,
            "Away" => Self::Away,
            "Available" => Self::Available,
            "In_Calendar_Event" => Self::InCalendarEvent,
            "Presenting" => Self::Presenting,
            "In_A_Zoom_Meeting" => Self::InAZoomMeeting,
            "On_A_Call" => Self::OnACall,
            "Out_of_Office" => Self::OutOfOffice,
            "Busy" => Self::Busy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(PresenceStatus);

impl crate::runtime::Check for PresenceStatus {}
/// New presence status of a user.
#[derive(Debug, Clone, PartialEq)]
pub struct PresenceStatusUpdate {
    /// Presence shown for a user in Zoom chat. Zoom spells the do-not-disturb value Do_No_Disturb on the wire.
    pub status: PresenceStatus,
    /// Minutes to stay in Do Not Disturb; only used with that status.
    ///
    /// From 20 to 1440. Zoom assumes `20` when this is not sent.
    pub duration: Option<i64>,
}

crate::runtime::object_impls!(
    PresenceStatusUpdate { "status" => status required, "duration" => duration optional }
);

impl PresenceStatusUpdate {
    /// A value with the required fields set and every other one `None`.
    pub fn new(status: PresenceStatus) -> Self {
        Self { status, duration: None }
    }
}

impl crate::runtime::Check for PresenceStatusUpdate {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "duration",
            &self.duration,
            &crate::runtime::Rules {
                minimum: Some(20.0),
                maximum: Some(1440.0),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// How the user's pronouns are shown in meetings and webinars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PronounsOption {
    /// `1`: Ask the user each time they join.
    AskEveryTime,
    /// `2`: Always show the pronouns.
    AlwaysDisplay,
    /// `3`: Never show the pronouns.
    DoNotDisplay,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl PronounsOption {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::AskEveryTime => 1,
            Self::AlwaysDisplay => 2,
            Self::DoNotDisplay => 3,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for PronounsOption {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::AskEveryTime,
            2 => Self::AlwaysDisplay,
            3 => Self::DoNotDisplay,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(PronounsOption);

impl crate::runtime::Check for PronounsOption {}
/// A way viewers must authenticate to watch recordings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingAuthenticationOption {
    /// Option ID.
    pub id: Option<String>,
    /// Option name.
    pub name: Option<String>,
    /// Who may view cloud recordings.
    pub type_: Option<RecordingAuthenticationType>,
    /// Whether this is the default option.
    pub default_option: Option<bool>,
    /// Whether the option is offered.
    pub visible: Option<bool>,
    /// Allowed email domains, comma-separated.
    pub domains: Option<String>,
}

crate::runtime::object_impls!(
    RecordingAuthenticationOption { "id" => id optional, "name" => name optional, "type"
    => type_ optional, "default_option" => default_option optional, "visible" => visible
    optional, "domains" => domains optional }
);

impl crate::runtime::Check for RecordingAuthenticationOption {}
/// A recording authentication option to add, change, show or hide.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingAuthenticationOptionUpdate {
    /// Option ID; needed unless a new option is added.
    pub id: Option<String>,
    /// Option name.
    pub name: Option<String>,
    /// Who may view cloud recordings.
    pub type_: Option<RecordingAuthenticationType>,
    /// Make this the default option.
    pub default_option: Option<bool>,
    /// What to do with an authentication option.
    pub action: Option<AuthenticationOptionAction>,
    /// Allowed email domains, comma-separated.
    pub domains: Option<String>,
}

crate::runtime::object_impls!(
    RecordingAuthenticationOptionUpdate { "id" => id optional, "name" => name optional,
    "type" => type_ optional, "default_option" => default_option optional, "action" =>
    action optional, "domains" => domains optional }
);

impl crate::runtime::Check for RecordingAuthenticationOptionUpdate {}
/// Who may view cloud recordings.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingAuthenticationType {
    /// `internally`: Signed-in users of the same account.
    Internally,
    /// `enforce_login`: Any signed-in Zoom user.
    EnforceLogin,
    /// `enforce_login_with_domains`: Signed-in users whose email is in the listed domains.
    EnforceLoginWithDomains,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingAuthenticationType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internally => "internally",
            Self::EnforceLogin => "enforce_login",
            Self::EnforceLoginWithDomains => "enforce_login_with_domains",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingAuthenticationType {
    fn from(value: &str) -> Self {
        match value {
            "internally" => Self::Internally,
            "enforce_login" => Self::EnforceLogin,
            "enforce_login_with_domains" => Self::EnforceLoginWithDomains,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingAuthenticationType);

impl crate::runtime::Check for RecordingAuthenticationType {}
/// Who sees a notice when a recording starts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingDisclaimerAudience {
    /// `All participants`: Everyone in the meeting.
    AllParticipants,
    /// `Guest only`: Guests only.
    GuestOnly,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingDisclaimerAudience {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllParticipants => "All participants",
            Self::GuestOnly => "Guest only",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingDisclaimerAudience {
    fn from(value: &str) -> Self {
        match value {
            "All participants" => Self::AllParticipants,
            "Guest only" => Self::GuestOnly,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingDisclaimerAudience);

impl crate::runtime::Check for RecordingDisclaimerAudience {}
/// Recording notices shown in Zoom clients.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingNotificationZoomClient {
    /// Whether the host confirms before a recording starts.
    pub ask_host_to_confirm: Option<bool>,
    /// Who sees a notice when a recording starts.
    pub disclaimer_to_participants: Option<RecordingDisclaimerAudience>,
    /// Who hears a spoken notice when a recording starts.
    pub play_voice_prompt: Option<RecordingVoicePromptAudience>,
}

crate::runtime::object_impls!(
    RecordingNotificationZoomClient { "ask_host_to_confirm" => ask_host_to_confirm
    optional, "disclaimer_to_participants" => disclaimer_to_participants optional,
    "play_voice_prompt" => play_voice_prompt optional }
);

impl crate::runtime::Check for RecordingNotificationZoomClient {}
/// Rules a cloud recording passcode must follow.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingPasswordRequirement {
    /// Minimum length.
    ///
    /// At most 10.
    pub length: Option<i64>,
    /// Needs at least one letter.
    pub have_letter: Option<bool>,
    /// Needs at least one digit.
    pub have_number: Option<bool>,
    /// Needs at least one special character.
    pub have_special_character: Option<bool>,
    /// Digits only.
    pub only_allow_numeric: Option<bool>,
}

crate::runtime::object_impls!(
    RecordingPasswordRequirement { "length" => length optional, "have_letter" =>
    have_letter optional, "have_number" => have_number optional, "have_special_character"
    => have_special_character optional, "only_allow_numeric" => only_allow_numeric
    optional }
);

impl crate::runtime::Check for RecordingPasswordRequirement {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "length",
            &self.length,
            &crate::runtime::Rules {
                maximum: Some(10.0),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Who hears a spoken notice when a recording starts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordingVoicePromptAudience {
    /// `All participants`: Everyone in the meeting.
    AllParticipants,
    /// `Guest only`: Guests only.
    GuestOnly,
    /// `No one`: Nobody.
    NoOne,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RecordingVoicePromptAudience {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllParticipants => "All participants",
            Self::GuestOnly => "Guest only",
            Self::NoOne => "No one",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RecordingVoicePromptAudience {
    fn from(value: &str) -> Self {
        match value {
            "All participants" => Self::AllParticipants,
            "Guest only" => Self::GuestOnly,
            "No one" => Self::NoOne,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RecordingVoicePromptAudience);

impl crate::runtime::Check for RecordingVoicePromptAudience {}
/// Which personal meeting ID meetings need a passcode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequirePasswordForPmiMeetings {
    /// `jbh_only`: Only those that allow joining before the host.
    JbhOnly,
    /// `all`: All of them.
    All,
    /// `none`: None of them.
    Disabled,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RequirePasswordForPmiMeetings {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JbhOnly => "jbh_only",
            Self::All => "all",
            Self::Disabled => "none",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequirePasswordForPmiMeetings {
    fn from(value: &str) -> Self {
        match value {
            "jbh_only" => Self::JbhOnly,
            "all" => Self::All,
            "none" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RequirePasswordForPmiMeetings);

impl crate::runtime::Check for RequirePasswordForPmiMeetings {}
/// When someone Zoom calls must press 1 to be connected.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequirePress1ForCallMe {
    /// `auto`: Zoom decides.
    Auto,
    /// `always`: Always ask for 1.
    Always,
    /// `never`: Never ask.
    Never,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RequirePress1ForCallMe {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Always => "always",
            Self::Never => "never",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequirePress1ForCallMe {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "always" => Self::Always,
            "never" => Self::Never,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RequirePress1ForCallMe);

impl crate::runtime::Check for RequirePress1ForCallMe {}
/// A user for whom this user may schedule meetings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scheduler {
    /// User ID of the scheduler entry.
    pub id: Option<String>,
    /// Email address of that user.
    pub email: Option<String>,
    /// Personal meeting ID of that user.
    pub pmi: Option<i64>,
}

crate::runtime::object_impls!(
    Scheduler { "id" => id optional, "email" => email optional, "pmi" => pmi optional }
);

impl crate::runtime::Check for Scheduler {}
/// Users this user may schedule for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchedulerList {
    /// The `schedulers` field.
    ///
    /// At most 30 items.
    pub schedulers: Option<Vec<Scheduler>>,
}

crate::runtime::object_impls!(SchedulerList { "schedulers" => schedulers optional });

impl crate::runtime::Check for SchedulerList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "schedulers",
            &self.schedulers,
            &crate::runtime::Rules {
                max_items: Some(30),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Which group of settings a settings request reads or writes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SettingsOption {
    /// `meeting_authentication`: Meeting authentication options.
    MeetingAuthentication,
    /// `recording_authentication`: Recording authentication options.
    RecordingAuthentication,
    /// `meeting_security`: Meeting and webinar security settings.
    MeetingSecurity,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl SettingsOption {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MeetingAuthentication => "meeting_authentication",
            Self::RecordingAuthentication => "recording_authentication",
            Self::MeetingSecurity => "meeting_security",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SettingsOption {
    fn from(value: &str) -> Self {
        match value {
            "meeting_authentication" => Self::MeetingAuthentication,
            "recording_authentication" => Self::RecordingAuthentication,
            "meeting_security" => Self::MeetingSecurity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(SettingsOption);

impl crate::runtime::Check for SettingsOption {}
/// Target of an account switch.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchAccountRequest {
    /// ID of the account to move the user to.
    pub account_id: String,
}

crate::runtime::object_impls!(
    SwitchAccountRequest { "account_id" => account_id required }
);

impl SwitchAccountRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
        }
    }
}

impl crate::runtime::Check for SwitchAccountRequest {}
/// Regions for dial-in numbers. Zoom's reference names the selection `selection_values`, but its answers send `selection_value`; each is read into its own field.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TelephonyRegions {
    /// Regions available to the user.
    pub allowed_values: Option<Vec<String>>,
    /// Regions selected, under the name Zoom's reference gives.
    pub selection_values: Option<String>,
    /// Regions selected, under the name Zoom's answers use.
    pub selection_value: Option<String>,
}

crate::runtime::object_impls!(
    TelephonyRegions { "allowed_values" => allowed_values optional, "selection_values" =>
    selection_values optional, "selection_value" => selection_value optional }
);

impl crate::runtime::Check for TelephonyRegions {}
/// Regions for dial-in numbers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TelephonyRegionsUpdate {
    /// Regions to select.
    pub selection_values: Option<String>,
}

crate::runtime::object_impls!(
    TelephonyRegionsUpdate { "selection_values" => selection_values optional }
);

impl crate::runtime::Check for TelephonyRegionsUpdate {}
/// The Toll Call setting and its numbers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TollCallSettings {
    /// Whether the setting is on.
    pub enable: Option<bool>,
    /// Toll numbers of the user.
    ///
    /// At most 100 items.
    pub numbers: Option<Vec<DialInNumber>>,
}

crate::runtime::object_impls!(
    TollCallSettings { "enable" => enable optional, "numbers" => numbers optional }
);

impl crate::runtime::Check for TollCallSettings {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "numbers",
            &self.numbers,
            &crate::runtime::Rules {
                max_items: Some(100),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Countries whose telephony-provider dial-in numbers appear in invitations.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TspGlobalDialInCountries {
    /// Every country or region that could be chosen; only in answers.
    pub allowed_countries: Option<Vec<CountryOrRegion>>,
    /// The countries or regions chosen.
    pub selected_countries: Option<Vec<CountryOrRegion>>,
}

crate::runtime::object_impls!(
    TspGlobalDialInCountries { "allowed_countries" => allowed_countries optional,
    "selected_countries" => selected_countries optional }
);

impl crate::runtime::Check for TspGlobalDialInCountries {}
/// Attendee capacity of an unlimited Events or Sessions plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnlimitedPlanCapacity {
    /// `100`: Up to 100 attendees.
    Attendees100,
    /// `500`: Up to 500 attendees.
    Attendees500,
    /// `1000`: Up to 1,000 attendees.
    Attendees1000,
    /// `3000`: Up to 3,000 attendees.
    Attendees3000,
    /// `5000`: Up to 5,000 attendees.
    Attendees5000,
    /// `10000`: Up to 10,000 attendees.
    Attendees10000,
    /// `20000`: Up to 20,000 attendees.
    Attendees20000,
    /// `30000`: Up to 30,000 attendees.
    Attendees30000,
    /// `50000`: Up to 50,000 attendees.
    Attendees50000,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl UnlimitedPlanCapacity {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Attendees100 => 100,
            Self::Attendees500 => 500,
            Self::Attendees1000 => 1000,
            Self::Attendees3000 => 3000,
            Self::Attendees5000 => 5000,
            Self::Attendees10000 => 10000,
            Self::Attendees20000 => 20000,
            Self::Attendees30000 => 30000,
            Self::Attendees50000 => 50000,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for UnlimitedPlanCapacity {
    fn from(value: i64) -> Self {
        match value {
            100 => Self::Attendees100,
            500 => Self::Attendees500,
            1000 => Self::Attendees1000,
            3000 => Self::Attendees3000,
            5000 => Self::Attendees5000,
            10000 => Self::Attendees10000,
            20000 => Self::Attendees20000,
            30000 => Self::Attendees30000,
            50000 => Self::Attendees50000,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(UnlimitedPlanCapacity);

impl crate::runtime::Check for UnlimitedPlanCapacity {}
/// New email address of a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateEmailRequest {
    /// New email address; it must not be in use.
    ///
    /// At most 128 characters. Format: `email`.
    pub email: String,
}

crate::runtime::object_impls!(UpdateEmailRequest { "email" => email required });

impl UpdateEmailRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>) -> Self {
        Self { email: email.into() }
    }
}

impl crate::runtime::Check for UpdateEmailRequest {
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
    }
}

/// New password of a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatePasswordRequest {
    /// New password; the account's password rules also apply.
    ///
    /// 8 to 32 characters. Format: `password`.
    pub password: String,
}

crate::runtime::object_impls!(UpdatePasswordRequest { "password" => password required });

impl UpdatePasswordRequest {
    /// A value with the required fields set and every other one `None`.
    pub fn new(password: impl Into<String>) -> Self {
        Self { password: password.into() }
    }
}

impl crate::runtime::Check for UpdatePasswordRequest {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "password",
            &self.password,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(32),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Profile fields to change; fields left out keep their value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateUserRequest {
    /// First name; at most 5 Chinese characters.
    ///
    /// At most 64 characters.
    pub first_name: Option<String>,
    /// Last name; at most 5 Chinese characters.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// The `display_name` field.
    ///
    /// At most 128 characters.
    pub display_name: Option<String>,
    /// License type of a user.
    pub type_: Option<UserType>,
    /// Personal meeting ID; exactly 10 digits.
    ///
    /// From 1000000000 to 9999999999.
    pub pmi: Option<i64>,
    /// Use the personal meeting ID for instant meetings.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub use_pmi: Option<bool>,
    /// Timezone ID from Zoom's list, e.g. Europe/Berlin.
    pub timezone: Option<String>,
    /// Preferred language, e.g. en-US.
    pub language: Option<String>,
    /// Department.
    pub dept: Option<String>,
    /// Personal meeting room name.
    pub vanity_name: Option<String>,
    /// Host key of 6 to 10 digits.
    ///
    /// 6 to 10 characters. Matches `^[0-9]{6,10}$`.
    pub host_key: Option<String>,
    /// Kaltura user ID.
    pub cms_user_id: Option<String>,
    /// The `job_title` field.
    ///
    /// At most 128 characters.
    pub job_title: Option<String>,
    /// The `company` field.
    ///
    /// At most 255 characters.
    pub company: Option<String>,
    /// The `location` field.
    ///
    /// At most 256 characters.
    pub location: Option<String>,
    /// Phone number; needs phone_country. Use phone_numbers.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub phone_number: Option<String>,
    /// Country ID of phone_number. Use phone_numbers.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub phone_country: Option<String>,
    /// Phone numbers to store on the profile.
    pub phone_numbers: Option<Vec<PhoneNumberUpdate>>,
    /// Custom attribute values to set.
    pub custom_attributes: Option<Vec<CustomAttribute>>,
    /// Group to add a pending user to.
    pub group_id: Option<String>,
    /// Email address of the user's manager.
    ///
    /// Format: `email`.
    pub manager: Option<String>,
    /// The `pronouns` field.
    pub pronouns: Option<String>,
    /// How the user's pronouns are shown in meetings and webinars.
    pub pronouns_option: Option<PronounsOption>,
    /// Zoom One plan of a user, as a numeric code.
    pub zoom_one_type: Option<ZoomOneType>,
    /// Zoom United plan of a user, as a numeric code in a string; `none` (Update only) removes the plan.
    pub plan_united_type: Option<PlanUnitedType>,
    /// Add-on features to turn on or off.
    pub feature: Option<UpdateUserRequestFeature>,
    /// Short profile text.
    ///
    /// At most 150 characters.
    pub about_me: Option<String>,
    /// Link to the user's LinkedIn profile.
    pub linkedin_url: Option<String>,
    /// Cost center the user is billed to.
    pub cost_center: Option<String>,
    /// IDs of the divisions to put the user in; Zoom allows one for now.
    pub division_ids: Option<Vec<String>>,
    /// Licenses to assign, each tied to a subscription; only for accounts with several subscription plans.
    ///
    /// At most 2 items.
    pub license_info_list: Option<Vec<UserLicenseAssignment>>,
}

crate::runtime::object_impls!(
    UpdateUserRequest { "first_name" => first_name optional, "last_name" => last_name
    optional, "display_name" => display_name optional, "type" => type_ optional, "pmi" =>
    pmi optional, "use_pmi" => use_pmi optional, "timezone" => timezone optional,
    "language" => language optional, "dept" => dept optional, "vanity_name" =>
    vanity_name optional, "host_key" => host_key optional, "cms_user_id" => cms_user_id
    optional, "job_title" => job_title optional, "company" => company optional,
    "location" => location optional, "phone_number" => phone_number optional,
    "phone_country" => phone_country optional, "phone_numbers" => phone_numbers optional,
    "custom_attributes" => custom_attributes optional, "group_id" => group_id optional,
    "manager" => manager optional, "pronouns" => pronouns optional, "pronouns_option" =>
    pronouns_option optional, "zoom_one_type" => zoom_one_type optional,
    "plan_united_type" => plan_united_type optional, "feature" => feature optional,
    "about_me" => about_me optional, "linkedin_url" => linkedin_url optional,
    "cost_center" => cost_center optional, "division_ids" => division_ids optional,
    "license_info_list" => license_info_list optional }
);

impl crate::runtime::Check for UpdateUserRequest {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
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
            "display_name",
            &self.display_name,
            &crate::runtime::Rules {
                max_length: Some(128),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "pmi",
            &self.pmi,
            &crate::runtime::Rules {
                minimum: Some(1000000000.0),
                maximum: Some(9999999999.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "host_key",
            &self.host_key,
            &crate::runtime::Rules {
                min_length: Some(6),
                max_length: Some(10),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "job_title",
            &self.job_title,
            &crate::runtime::Rules {
                max_length: Some(128),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "company",
            &self.company,
            &crate::runtime::Rules {
                max_length: Some(255),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "location",
            &self.location,
            &crate::runtime::Rules {
                max_length: Some(256),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "manager",
            &self.manager,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "about_me",
            &self.about_me,
            &crate::runtime::Rules {
                max_length: Some(150),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "license_info_list",
            &self.license_info_list,
            &crate::runtime::Rules {
                max_items: Some(2),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Add-on features to turn on or off.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateUserRequestFeature {
    /// Whether the user holds a Zoom Phone license.
    pub zoom_phone: Option<bool>,
}

crate::runtime::object_impls!(
    UpdateUserRequestFeature { "zoom_phone" => zoom_phone optional }
);

impl crate::runtime::Check for UpdateUserRequestFeature {}
/// Full profile of a user, as returned by Get a user.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// User ID.
    pub id: Option<String>,
    /// The `first_name` field.
    ///
    /// At most 64 characters.
    pub first_name: Option<String>,
    /// The `last_name` field.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// The `display_name` field.
    ///
    /// At most 128 characters.
    pub display_name: Option<String>,
    /// The `email` field.
    pub email: Option<String>,
    /// License type of a user.
    pub type_: UserType,
    /// Name of the user's role.
    pub role_name: Option<String>,
    /// Personal meeting ID.
    pub pmi: Option<i64>,
    /// Whether instant meetings use the personal meeting ID.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub use_pmi: Option<bool>,
    /// Timezone ID, e.g. America/New_York.
    pub timezone: Option<String>,
    /// Department.
    pub dept: Option<String>,
    /// When the user was created (for pending users, the time of the request); use user_created_at.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the user was created.
    pub user_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last sign-in time.
    pub last_login_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Version of the client the user last used.
    pub last_client_version: Option<String>,
    /// Preferred language, e.g. en-US.
    pub language: Option<String>,
    /// Country of phone_number; use phone_numbers.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub phone_country: Option<String>,
    /// Phone number; use phone_numbers.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub phone_number: Option<String>,
    /// Phone numbers on the profile.
    pub phone_numbers: Option<Vec<PhoneNumber>>,
    /// Personal meeting room link.
    pub vanity_url: Option<String>,
    /// Join link of the personal meeting ID.
    pub personal_meeting_url: Option<String>,
    /// Whether the user's email address was verified.
    pub verified: Option<EmailVerified>,
    /// Link to the profile picture.
    pub pic_url: Option<String>,
    /// Kaltura user ID.
    pub cms_user_id: Option<String>,
    /// Chat (XMPP) ID of the user.
    pub jid: Option<String>,
    /// ID of the user's account.
    pub account_id: Option<String>,
    /// Number of the user's account.
    pub account_number: Option<i64>,
    /// Zoom data cluster that hosts the user.
    pub cluster: Option<String>,
    /// Host key (only in older responses).
    pub host_key: Option<String>,
    /// Account status of a user. The default applies when it is used as a List users filter.
    pub status: Option<UserStatus>,
    /// IDs of the groups the user belongs to.
    pub group_ids: Option<Vec<String>>,
    /// IDs of the chat (IM) groups the user belongs to.
    pub im_group_ids: Option<Vec<String>>,
    /// The `job_title` field.
    pub job_title: Option<String>,
    /// The `company` field.
    pub company: Option<String>,
    /// The `location` field.
    pub location: Option<String>,
    /// Custom attributes of the user.
    pub custom_attributes: Option<Vec<CustomAttribute>>,
    /// Every way the user can sign in.
    pub login_types: Option<Vec<LoginType>>,
    /// ID of the user's role.
    pub role_id: Option<String>,
    /// Zoom United plan of a user, as a numeric code in a string; `none` (Update only) removes the plan.
    pub plan_united_type: Option<PlanUnitedType>,
    /// Employee ID assigned by the account, e.g. through SSO.
    pub employee_unique_id: Option<String>,
    /// Email address of the user's manager.
    ///
    /// Format: `email`.
    pub manager: Option<String>,
    /// The `pronouns` field.
    pub pronouns: Option<String>,
    /// How the user's pronouns are shown in meetings and webinars.
    pub pronouns_option: Option<PronounsOption>,
    /// Zoom One plan of a user, as a numeric code.
    pub zoom_one_type: Option<ZoomOneType>,
    /// Cost center the user is billed to.
    pub cost_center: Option<String>,
    /// IDs of the divisions the user is in; Zoom allows one for now.
    pub division_ids: Option<Vec<String>>,
    /// Per-subscription licenses of the user; only sent for accounts with several subscription plans holding the same plan.
    pub license_info_list: Option<Vec<UserLicenseInfo>>,
}

crate::runtime::object_impls!(
    User { "id" => id optional, "first_name" => first_name optional, "last_name" =>
    last_name optional, "display_name" => display_name optional, "email" => email
    optional, "type" => type_ required, "role_name" => role_name optional, "pmi" => pmi
    optional, "use_pmi" => use_pmi optional, "timezone" => timezone optional, "dept" =>
    dept optional, "created_at" => created_at optional, "user_created_at" =>
    user_created_at optional, "last_login_time" => last_login_time optional,
    "last_client_version" => last_client_version optional, "language" => language
    optional, "phone_country" => phone_country optional, "phone_number" => phone_number
    optional, "phone_numbers" => phone_numbers optional, "vanity_url" => vanity_url
    optional, "personal_meeting_url" => personal_meeting_url optional, "verified" =>
    verified optional, "pic_url" => pic_url optional, "cms_user_id" => cms_user_id
    optional, "jid" => jid optional, "account_id" => account_id optional,
    "account_number" => account_number optional, "cluster" => cluster optional,
    "host_key" => host_key optional, "status" => status optional, "group_ids" =>
    group_ids optional, "im_group_ids" => im_group_ids optional, "job_title" => job_title
    optional, "company" => company optional, "location" => location optional,
    "custom_attributes" => custom_attributes optional, "login_types" => login_types
    optional, "role_id" => role_id optional, "plan_united_type" => plan_united_type
    optional, "employee_unique_id" => employee_unique_id optional, "manager" => manager
    optional, "pronouns" => pronouns optional, "pronouns_option" => pronouns_option
    optional, "zoom_one_type" => zoom_one_type optional, "cost_center" => cost_center
    optional, "division_ids" => division_ids optional, "license_info_list" =>
    license_info_list optional }
);

impl User {
    /// A value with the required fields set and every other one `None`.
    pub fn new(type_: UserType) -> Self {
        Self {
            id: None,
            first_name: None,
            last_name: None,
            display_name: None,
            email: None,
            type_,
            role_name: None,
            pmi: None,
            use_pmi: None,
            timezone: None,
            dept: None,
            created_at: None,
            user_created_at: None,
            last_login_time: None,
            last_client_version: None,
            language: None,
            phone_country: None,
            phone_number: None,
            phone_numbers: None,
            vanity_url: None,
            personal_meeting_url: None,
            verified: None,
            pic_url: None,
            cms_user_id: None,
            jid: None,
            account_id: None,
            account_number: None,
            cluster: None,
            host_key: None,
            status: None,
            group_ids: None,
            im_group_ids: None,
            job_title: None,
            company: None,
            location: None,
            custom_attributes: None,
            login_types: None,
            role_id: None,
            plan_united_type: None,
            employee_unique_id: None,
            manager: None,
            pronouns: None,
            pronouns_option: None,
            zoom_one_type: None,
            cost_center: None,
            division_ids: None,
            license_info_list: None,
        }
    }
}

impl crate::runtime::Check for User {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
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
            "display_name",
            &self.display_name,
            &crate::runtime::Rules {
                max_length: Some(128),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "manager",
            &self.manager,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Core identity and meeting fields of a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserBase {
    /// User ID.
    pub id: Option<String>,
    /// The `first_name` field.
    ///
    /// At most 64 characters.
    pub first_name: Option<String>,
    /// The `last_name` field.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// The `display_name` field.
    ///
    /// At most 128 characters.
    pub display_name: Option<String>,
    /// The `email` field.
    pub email: Option<String>,
    /// License type of a user.
    pub type_: UserType,
    /// Name of the user's role.
    pub role_name: Option<String>,
    /// Personal meeting ID.
    pub pmi: Option<i64>,
    /// Whether instant meetings use the personal meeting ID.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub use_pmi: Option<bool>,
    /// Timezone ID, e.g. America/New_York.
    pub timezone: Option<String>,
    /// Department.
    pub dept: Option<String>,
    /// When the user was created (for pending users, the time of the request); use user_created_at.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the user was created.
    pub user_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last sign-in time.
    pub last_login_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Version of the client the user last used.
    pub last_client_version: Option<String>,
}

crate::runtime::object_impls!(
    UserBase { "id" => id optional, "first_name" => first_name optional, "last_name" =>
    last_name optional, "display_name" => display_name optional, "email" => email
    optional, "type" => type_ required, "role_name" => role_name optional, "pmi" => pmi
    optional, "use_pmi" => use_pmi optional, "timezone" => timezone optional, "dept" =>
    dept optional, "created_at" => created_at optional, "user_created_at" =>
    user_created_at optional, "last_login_time" => last_login_time optional,
    "last_client_version" => last_client_version optional }
);

impl UserBase {
    /// A value with the required fields set and every other one `None`.
    pub fn new(type_: UserType) -> Self {
        Self {
            id: None,
            first_name: None,
            last_name: None,
            display_name: None,
            email: None,
            type_,
            role_name: None,
            pmi: None,
            use_pmi: None,
            timezone: None,
            dept: None,
            created_at: None,
            user_created_at: None,
            last_login_time: None,
            last_client_version: None,
        }
    }
}

impl crate::runtime::Check for UserBase {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
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
            "display_name",
            &self.display_name,
            &crate::runtime::Rules {
                max_length: Some(128),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// One license to give a user, naming the subscription it is drawn from.
#[derive(Debug, Clone, PartialEq)]
pub struct UserLicenseAssignment {
    /// Kind of user license tied to a subscription.
    pub license_type: UserLicenseType,
    /// Option of a subscription-bound user license; 2 goes with MEETING, the Zoom Workplace plan codes with ZOOM_WORKPLACE_BUNDLE.
    pub license_option: UserLicenseOption,
    /// Reference of the subscription to draw the license from.
    pub subscription_id: String,
}

crate::runtime::object_impls!(
    UserLicenseAssignment { "license_type" => license_type required, "license_option" =>
    license_option required, "subscription_id" => subscription_id required }
);

impl UserLicenseAssignment {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        license_type: UserLicenseType,
        license_option: UserLicenseOption,
        subscription_id: impl Into<String>,
    ) -> Self {
        Self {
            license_type,
            license_option,
            subscription_id: subscription_id.into(),
        }
    }
}

impl crate::runtime::Check for UserLicenseAssignment {}
/// One license a user holds under a given subscription.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserLicenseInfo {
    /// Kind of user license tied to a subscription.
    pub license_type: Option<UserLicenseType>,
    /// Option of a subscription-bound user license; 2 goes with MEETING, the Zoom Workplace plan codes with ZOOM_WORKPLACE_BUNDLE.
    pub license_option: Option<UserLicenseOption>,
    /// Reference of the subscription the license comes from.
    pub subscription_id: Option<String>,
}

crate::runtime::object_impls!(
    UserLicenseInfo { "license_type" => license_type optional, "license_option" =>
    license_option optional, "subscription_id" => subscription_id optional }
);

impl crate::runtime::Check for UserLicenseInfo {}
/// Option of a subscription-bound user license; 2 goes with MEETING, the Zoom Workplace plan codes with ZOOM_WORKPLACE_BUNDLE.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UserLicenseOption {
    /// `2`: A paid (Licensed) user; goes with MEETING.
    Licensed,
    /// `4`: Plan code for ZOOM_WORKPLACE_BUNDLE; Zoom One Enterprise.
    Enterprise,
    /// `8`: Plan code for ZOOM_WORKPLACE_BUNDLE; Zoom One Enterprise Plus.
    EnterprisePlus,
    /// `16`: Plan code for ZOOM_WORKPLACE_BUNDLE; Business Plus with US/Canada unlimited calling.
    BusinessPlusUsCa,
    /// `32`: Plan code for ZOOM_WORKPLACE_BUNDLE; Business Plus with UK/Ireland unlimited calling.
    BusinessPlusUkIe,
    /// `64`: Plan code for ZOOM_WORKPLACE_BUNDLE; Business Plus with Australia/New Zealand unlimited calling.
    BusinessPlusAuNz,
    /// `128`: Plan code for ZOOM_WORKPLACE_BUNDLE; Business Plus with Japan unlimited calling.
    BusinessPlusJapan,
    /// `33554432`: Plan code for ZOOM_WORKPLACE_BUNDLE; Business Plus with Global Select calling.
    BusinessPlusGlobalSelect,
    /// `134217728`: Plan code for ZOOM_WORKPLACE_BUNDLE; Enterprise Premier with US/Canada calling.
    EnterprisePremierUsCa,
    /// `1073741824`: Plan code for ZOOM_WORKPLACE_BUNDLE; Enterprise Premier with Australia/New Zealand unlimited calling.
    EnterprisePremierAuNz,
    /// `536870912`: Plan code for ZOOM_WORKPLACE_BUNDLE; Enterprise Premier with UK/Ireland unlimited calling.
    EnterprisePremierUkIe,
    /// `268435456`: Plan code for ZOOM_WORKPLACE_BUNDLE; Enterprise Premier with Japan unlimited calling.
    EnterprisePremierJapan,
    /// `4398046511104`: Plan code for ZOOM_WORKPLACE_BUNDLE; Pro Plus with US/Canada unlimited calling.
    ProPlusUsCa,
    /// `18014398509481984`: Further ZOOM_WORKPLACE_BUNDLE plan code (education or similar bundle).
    Code18014398509481984,
    /// `72057594037927936`: Further ZOOM_WORKPLACE_BUNDLE plan code (education or similar bundle).
    Code72057594037927936,
    /// `576460752303423488`: Further ZOOM_WORKPLACE_BUNDLE plan code (education or similar bundle).
    Code576460752303423488,
    /// `144115188075855872`: Further ZOOM_WORKPLACE_BUNDLE plan code (education or similar bundle).
    Code144115188075855872,
    /// `137438953472`: Further ZOOM_WORKPLACE_BUNDLE plan code (education or similar bundle).
    Code137438953472,
    /// `1099511627776`: Plan code for ZOOM_WORKPLACE_BUNDLE; Education School and Campus Plus with Australia/New Zealand unlimited calling.
    EducationCampusPlusAuNz,
    /// `549755813888`: Plan code for ZOOM_WORKPLACE_BUNDLE; Education School and Campus Plus with UK/Ireland unlimited calling.
    EducationCampusPlusUkIe,
    /// `274877906944`: Plan code for ZOOM_WORKPLACE_BUNDLE; Education School and Campus Plus with Japan unlimited calling.
    EducationCampusPlusJapan,
    /// `2199023255552`: Plan code for ZOOM_WORKPLACE_BUNDLE; Education School and Campus Plus with Global Select calling.
    EducationCampusPlusGlobalSelect,
    /// `4294967296`: Further ZOOM_WORKPLACE_BUNDLE plan code (education or similar bundle).
    Code4294967296,
    /// `34359738368`: Plan code for ZOOM_WORKPLACE_BUNDLE; Education Enterprise Premier with Australia/New Zealand unlimited calling.
    EducationEnterprisePremierAuNz,
    /// `17179869184`: Plan code for ZOOM_WORKPLACE_BUNDLE; Education Enterprise Premier with UK/Ireland unlimited calling.
    EducationEnterprisePremierUkIe,
    /// `8589934592`: Plan code for ZOOM_WORKPLACE_BUNDLE; Education Enterprise Premier with Japan unlimited calling.
    EducationEnterprisePremierJapan,
    /// `68719476736`: Plan code for ZOOM_WORKPLACE_BUNDLE; Education Enterprise Premier with Global Select calling.
    EducationEnterprisePremierGlobalSelect,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl UserLicenseOption {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Licensed => 2,
            Self::Enterprise => 4,
            Self::EnterprisePlus => 8,
            Self::BusinessPlusUsCa => 16,
            Self::BusinessPlusUkIe => 32,
            Self::BusinessPlusAuNz => 64,
            Self::BusinessPlusJapan => 128,
            Self::BusinessPlusGlobalSelect => 33554432,
            Self::EnterprisePremierUsCa => 134217728,
            Self::EnterprisePremierAuNz => 1073741824,
            Self::EnterprisePremierUkIe => 536870912,
            Self::EnterprisePremierJapan => 268435456,
            Self::ProPlusUsCa => 4398046511104,
            Self::Code18014398509481984 => 18014398509481984,
            Self::Code72057594037927936 => 72057594037927936,
            Self::Code576460752303423488 => 576460752303423488,
            Self::Code144115188075855872 => 144115188075855872,
            Self::Code137438953472 => 137438953472,
            Self::EducationCampusPlusAuNz => 1099511627776,
            Self::EducationCampusPlusUkIe => 549755813888,
            Self::EducationCampusPlusJapan => 274877906944,
            Self::EducationCampusPlusGlobalSelect => 2199023255552,
            Self::Code4294967296 => 4294967296,
            Self::EducationEnterprisePremierAuNz => 34359738368,
            Self::EducationEnterprisePremierUkIe => 17179869184,
            Self::EducationEnterprisePremierJapan => 8589934592,
            Self::EducationEnterprisePremierGlobalSelect => 68719476736,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for UserLicenseOption {
    fn from(value: i64) -> Self {
        match value {
            2 => Self::Licensed,
            4 => Self::Enterprise,
            8 => Self::EnterprisePlus,
            16 => Self::BusinessPlusUsCa,
            32 => Self::BusinessPlusUkIe,
            64 => Self::BusinessPlusAuNz,
            128 => Self::BusinessPlusJapan,
            33554432 => Self::BusinessPlusGlobalSelect,
            134217728 => Self::EnterprisePremierUsCa,
            1073741824 => Self::EnterprisePremierAuNz,
            536870912 => Self::EnterprisePremierUkIe,
            268435456 => Self::EnterprisePremierJapan,
            4398046511104 => Self::ProPlusUsCa,
            18014398509481984 => Self::Code18014398509481984,
            72057594037927936 => Self::Code72057594037927936,
            576460752303423488 => Self::Code576460752303423488,
            144115188075855872 => Self::Code144115188075855872,
            137438953472 => Self::Code137438953472,
            1099511627776 => Self::EducationCampusPlusAuNz,
            549755813888 => Self::EducationCampusPlusUkIe,
            274877906944 => Self::EducationCampusPlusJapan,
            2199023255552 => Self::EducationCampusPlusGlobalSelect,
            4294967296 => Self::Code4294967296,
            34359738368 => Self::EducationEnterprisePremierAuNz,
            17179869184 => Self::EducationEnterprisePremierUkIe,
            8589934592 => Self::EducationEnterprisePremierJapan,
            68719476736 => Self::EducationEnterprisePremierGlobalSelect,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(UserLicenseOption);

impl crate::runtime::Check for UserLicenseOption {}
/// Kind of user license tied to a subscription.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserLicenseType {
    /// `MEETING`: The paid (Licensed) meeting user type.
    Meeting,
    /// `ZOOM_WORKPLACE_BUNDLE`: A Zoom Workplace plan.
    ZoomWorkplaceBundle,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserLicenseType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Meeting => "MEETING",
            Self::ZoomWorkplaceBundle => "ZOOM_WORKPLACE_BUNDLE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserLicenseType {
    fn from(value: &str) -> Self {
        match value {
            "MEETING" => Self::Meeting,
            "ZOOM_WORKPLACE_BUNDLE" => Self::ZoomWorkplaceBundle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserLicenseType);

impl crate::runtime::Check for UserLicenseType {}
/// One page of the account's users.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserList {
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    pub next_page_token: Option<String>,
    /// Number of pages for the current page size.
    pub page_count: Option<i64>,
    /// Number of this page (only meaningful with page_number paging).
    ///
    /// Zoom assumes `1` when this is not sent.
    pub page_number: Option<i64>,
    /// Number of records per page.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub page_size: Option<i64>,
    /// Number of users matching the query.
    pub total_records: Option<i64>,
    /// Users on this page.
    pub users: Option<Vec<UserListItem>>,
}

crate::runtime::object_impls!(
    UserList { "next_page_token" => next_page_token optional, "page_count" => page_count
    optional, "page_number" => page_number optional, "page_size" => page_size optional,
    "total_records" => total_records optional, "users" => users optional }
);

impl crate::runtime::Check for UserList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field("users", &self.users, &crate::runtime::Rules::NONE);
    }
}

/// A user as listed by List users.
#[derive(Debug, Clone, PartialEq)]
pub struct UserListItem {
    /// User ID; absent for pending users.
    pub id: Option<String>,
    /// The `first_name` field.
    ///
    /// At most 64 characters.
    pub first_name: Option<String>,
    /// The `last_name` field.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// The `display_name` field.
    ///
    /// At most 128 characters.
    pub display_name: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: String,
    /// License type of a user.
    pub type_: UserType,
    /// Account status of a user. The default applies when it is used as a List users filter.
    pub status: Option<UserStatus>,
    /// Personal meeting ID.
    pub pmi: Option<i64>,
    /// Timezone ID, e.g. America/New_York.
    pub timezone: Option<String>,
    /// Department.
    pub dept: Option<String>,
    /// ID of the user's role.
    pub role_id: Option<String>,
    /// When the user was created; use user_created_at.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the user was created.
    pub user_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Last sign-in time; Zoom may lag up to three days.
    pub last_login_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Version of the client the user last used.
    pub last_client_version: Option<String>,
    /// IDs of the groups the user belongs to.
    pub group_ids: Option<Vec<String>>,
    /// IDs of the chat (IM) groups the user belongs to.
    pub im_group_ids: Option<Vec<String>>,
    /// Whether the user's email address was verified.
    pub verified: Option<EmailVerified>,
    /// Custom attributes; only sent with include_fields=custom_attributes.
    pub custom_attributes: Option<Vec<CustomAttribute>>,
    /// Host key; only sent with include_fields=host_key.
    pub host_key: Option<String>,
    /// Zoom United plan of a user, as a numeric code in a string; `none` (Update only) removes the plan.
    pub plan_united_type: Option<PlanUnitedType>,
    /// Employee ID assigned by the account, e.g. through SSO.
    pub employee_unique_id: Option<String>,
    /// IDs of the divisions the user is in; Zoom allows one for now.
    pub division_ids: Option<Vec<String>>,
    /// Per-subscription licenses of the user; only sent for accounts with several subscription plans holding the same plan.
    pub license_info_list: Option<Vec<UserLicenseInfo>>,
    /// Preferred language, e.g. en-US; empty when none was chosen.
    pub language: Option<String>,
    /// Phone number, often empty; Get a user lists the numbers in phone_numbers.
    pub phone_number: Option<String>,
    /// Link to the profile picture.
    pub pic_url: Option<String>,
    /// Every way the user can sign in.
    pub login_types: Option<Vec<LoginType>>,
    /// Zoom Workplace license of the user, as a number; Zoom does not document the values.
    pub zoom_workplace: Option<i64>,
    /// Whether the user is an On-prem user.
    pub on_prem: Option<bool>,
}

crate::runtime::object_impls!(
    UserListItem { "id" => id optional, "first_name" => first_name optional, "last_name"
    => last_name optional, "display_name" => display_name optional, "email" => email
    required, "type" => type_ required, "status" => status optional, "pmi" => pmi
    optional, "timezone" => timezone optional, "dept" => dept optional, "role_id" =>
    role_id optional, "created_at" => created_at optional, "user_created_at" =>
    user_created_at optional, "last_login_time" => last_login_time optional,
    "last_client_version" => last_client_version optional, "group_ids" => group_ids
    optional, "im_group_ids" => im_group_ids optional, "verified" => verified optional,
    "custom_attributes" => custom_attributes optional, "host_key" => host_key optional,
    "plan_united_type" => plan_united_type optional, "employee_unique_id" =>
    employee_unique_id optional, "division_ids" => division_ids optional,
    "license_info_list" => license_info_list optional, "language" => language optional,
    "phone_number" => phone_number optional, "pic_url" => pic_url optional, "login_types"
    => login_types optional, "zoom_workplace" => zoom_workplace optional, "on_prem" =>
    on_prem optional }
);

impl UserListItem {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>, type_: UserType) -> Self {
        Self {
            id: None,
            first_name: None,
            last_name: None,
            display_name: None,
            email: email.into(),
            type_,
            status: None,
            pmi: None,
            timezone: None,
            dept: None,
            role_id: None,
            created_at: None,
            user_created_at: None,
            last_login_time: None,
            last_client_version: None,
            group_ids: None,
            im_group_ids: None,
            verified: None,
            custom_attributes: None,
            host_key: None,
            plan_united_type: None,
            employee_unique_id: None,
            division_ids: None,
            license_info_list: None,
            language: None,
            phone_number: None,
            pic_url: None,
            login_types: None,
            zoom_workplace: None,
            on_prem: None,
        }
    }
}

impl crate::runtime::Check for UserListItem {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
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
            "display_name",
            &self.display_name,
            &crate::runtime::Rules {
                max_length: Some(128),
                ..crate::runtime::Rules::NONE
            },
        );
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

/// Meeting and webinar security settings, used with option=meeting_security.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserMeetingSecuritySettings {
    /// Security settings of meetings and webinars.
    pub meeting_security: Option<MeetingSecurity>,
}

crate::runtime::object_impls!(
    UserMeetingSecuritySettings { "meeting_security" => meeting_security optional }
);

impl crate::runtime::Check for UserMeetingSecuritySettings {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "meeting_security",
            &self.meeting_security,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// Permissions granted to a user through their role.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserPermissions {
    /// Permission names such as Meeting:Edit.
    pub permissions: Option<Vec<String>>,
}

crate::runtime::object_impls!(UserPermissions { "permissions" => permissions optional });

impl crate::runtime::Check for UserPermissions {}
/// Settings returned by Get user settings; the branch depends on the `option` query parameter.
///
/// Zoom does not tag which shape it sends; the client picks the variant
/// whose properties best match the keys of the JSON object (a key whose
/// value has the wrong JSON kind rules a variant out).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UserSettings {
    /// The [`UserSettingsFull`] shape.
    Full(UserSettingsFull),
    /// The [`UserSettingsAuthenticationOptions`] shape.
    AuthenticationOptions(UserSettingsAuthenticationOptions),
    /// The [`UserSettingsAuthentication`] shape.
    Authentication(UserSettingsAuthentication),
    /// The [`UserMeetingSecuritySettings`] shape.
    MeetingSecurity(UserMeetingSecuritySettings),
    /// A shape this client does not recognise, kept as received.
    Other(serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for UserSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::JsonKind as K;
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let parsed = match crate::runtime::pick_branch(
            &value,
            &[
                &[
                    ("audio_conferencing", K::Object),
                    ("email_notification", K::Object),
                    ("feature", K::Object),
                    ("in_meeting", K::Object),
                    ("integration", K::Object),
                    ("other_options", K::Object),
                    ("profile", K::Object),
                    ("recording", K::Object),
                    ("schedule_meeting", K::Object),
                    ("telephony", K::Object),
                    ("tsp", K::Object),
                    ("whiteboard", K::Object),
                ],
                &[("authentication_options", K::Object)],
                &[
                    ("allow_authentication_exception", K::Boolean),
                    ("authentication_options", K::Array),
                    ("meeting_authentication", K::Boolean),
                    ("recording_authentication", K::Boolean),
                ],
                &[("meeting_security", K::Object)],
            ],
        ) {
            Some(0) => serde_json::from_value(value).map(Self::Full),
            Some(1) => serde_json::from_value(value).map(Self::AuthenticationOptions),
            Some(2) => serde_json::from_value(value).map(Self::Authentication),
            Some(3) => serde_json::from_value(value).map(Self::MeetingSecurity),
            _ => return Ok(Self::Other(value)),
        };
        parsed.map_err(serde::de::Error::custom)
    }
}

impl From<UserSettingsFull> for UserSettings {
    fn from(value: UserSettingsFull) -> Self {
        Self::Full(value)
    }
}

impl From<UserSettingsAuthenticationOptions> for UserSettings {
    fn from(value: UserSettingsAuthenticationOptions) -> Self {
        Self::AuthenticationOptions(value)
    }
}

impl From<UserSettingsAuthentication> for UserSettings {
    fn from(value: UserSettingsAuthentication) -> Self {
        Self::Authentication(value)
    }
}

impl From<UserMeetingSecuritySettings> for UserSettings {
    fn from(value: UserMeetingSecuritySettings) -> Self {
        Self::MeetingSecurity(value)
    }
}

impl crate::runtime::Check for UserSettings {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        match self {
            Self::Full(inner) => crate::runtime::Check::check_inside(inner, v),
            Self::MeetingSecurity(inner) => crate::runtime::Check::check_inside(inner, v),
            _ => {}
        }
    }
}

/// Audio conferencing settings to change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsAudioConferencingUpdate {
    /// Hiding phone numbers of dial-in participants in the participant list.
    pub participant_phone_masking: Option<ParticipantPhoneMasking>,
    /// Countries whose dial-in numbers should appear in invitations.
    pub global_dial_in_countries: Option<GlobalDialInCountriesUpdate>,
}

crate::runtime::object_impls!(
    UserSettingsAudioConferencingUpdate { "participant_phone_masking" =>
    participant_phone_masking optional, "global_dial_in_countries" =>
    global_dial_in_countries optional }
);

impl crate::runtime::Check for UserSettingsAudioConferencingUpdate {}
/// Meeting or recording authentication settings, returned for option=meeting_authentication or recording_authentication.
///
/// Zoom does not tag which shape it sends; the client picks the variant
/// whose properties best match the keys of the JSON object (a key whose
/// value has the wrong JSON kind rules a variant out).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UserSettingsAuthentication {
    /// The [`UserSettingsMeetingAuthentication`] shape.
    Meeting(UserSettingsMeetingAuthentication),
    /// The [`UserSettingsRecordingAuthentication`] shape.
    Recording(UserSettingsRecordingAuthentication),
    /// A shape this client does not recognise, kept as received.
    Other(serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for UserSettingsAuthentication {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::JsonKind as K;
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let parsed = match crate::runtime::pick_branch(
            &value,
            &[
                &[
                    ("allow_authentication_exception", K::Boolean),
                    ("authentication_options", K::Array),
                    ("meeting_authentication", K::Boolean),
                ],
                &[
                    ("authentication_options", K::Array),
                    ("recording_authentication", K::Boolean),
                ],
            ],
        ) {
            Some(0) => serde_json::from_value(value).map(Self::Meeting),
            Some(1) => serde_json::from_value(value).map(Self::Recording),
            _ => return Ok(Self::Other(value)),
        };
        parsed.map_err(serde::de::Error::custom)
    }
}

impl From<UserSettingsMeetingAuthentication> for UserSettingsAuthentication {
    fn from(value: UserSettingsMeetingAuthentication) -> Self {
        Self::Meeting(value)
    }
}

impl From<UserSettingsRecordingAuthentication> for UserSettingsAuthentication {
    fn from(value: UserSettingsRecordingAuthentication) -> Self {
        Self::Recording(value)
    }
}

impl crate::runtime::Check for UserSettingsAuthentication {}
/// Authentication options for meetings and recordings, grouped together.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsAuthenticationOptions {
    /// Authentication options, per kind.
    pub authentication_options: Option<AuthenticationOptionSets>,
}

crate::runtime::object_impls!(
    UserSettingsAuthenticationOptions { "authentication_options" =>
    authentication_options optional }
);

impl crate::runtime::Check for UserSettingsAuthenticationOptions {}
/// Change to one meeting or recording authentication option, sent with option=meeting_authentication or recording_authentication.
///
/// Zoom does not tag which shape it sends; the client picks the variant
/// whose properties best match the keys of the JSON object (a key whose
/// value has the wrong JSON kind rules a variant out).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UserSettingsAuthenticationUpdate {
    /// The [`UserSettingsMeetingAuthenticationUpdate`] shape.
    Meeting(UserSettingsMeetingAuthenticationUpdate),
    /// The [`UserSettingsRecordingAuthenticationUpdate`] shape.
    Recording(UserSettingsRecordingAuthenticationUpdate),
    /// A shape this client does not recognise, kept as received.
    Other(serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for UserSettingsAuthenticationUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::JsonKind as K;
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let parsed = match crate::runtime::pick_branch(
            &value,
            &[
                &[
                    ("authentication_option", K::Object),
                    ("meeting_authentication", K::Boolean),
                ],
                &[
                    ("authentication_option", K::Object),
                    ("recording_authentication", K::Boolean),
                ],
            ],
        ) {
            Some(0) => serde_json::from_value(value).map(Self::Meeting),
            Some(1) => serde_json::from_value(value).map(Self::Recording),
            _ => return Ok(Self::Other(value)),
        };
        parsed.map_err(serde::de::Error::custom)
    }
}

impl From<UserSettingsMeetingAuthenticationUpdate> for UserSettingsAuthenticationUpdate {
    fn from(value: UserSettingsMeetingAuthenticationUpdate) -> Self {
        Self::Meeting(value)
    }
}

impl From<UserSettingsRecordingAuthenticationUpdate>
for UserSettingsAuthenticationUpdate {
    fn from(value: UserSettingsRecordingAuthenticationUpdate) -> Self {
        Self::Recording(value)
    }
}

impl crate::runtime::Check for UserSettingsAuthenticationUpdate {}
/// Which email notifications the user gets.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsEmailNotification {
    /// Email the host when a cloud recording is ready.
    pub cloud_recording_available_reminder: Option<bool>,
    /// Also email the scheduler when a recording is ready.
    pub recording_available_reminder_schedulers: Option<bool>,
    /// Also email alternative hosts when a recording is ready.
    pub recording_available_reminder_alternative_hosts: Option<bool>,
    /// Email the host when someone joins before them.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub jbh_reminder: Option<bool>,
    /// Email host and participants when a meeting is canceled.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub cancel_meeting_reminder: Option<bool>,
    /// Email people who are made or removed as alternative host.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub alternative_host_reminder: Option<bool>,
    /// Email the user when someone schedules a meeting for them.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub schedule_for_reminder: Option<bool>,
}

crate::runtime::object_impls!(
    UserSettingsEmailNotification { "cloud_recording_available_reminder" =>
    cloud_recording_available_reminder optional,
    "recording_available_reminder_schedulers" => recording_available_reminder_schedulers
    optional, "recording_available_reminder_alternative_hosts" =>
    recording_available_reminder_alternative_hosts optional, "jbh_reminder" =>
    jbh_reminder optional, "cancel_meeting_reminder" => cancel_meeting_reminder optional,
    "alternative_host_reminder" => alternative_host_reminder optional,
    "schedule_for_reminder" => schedule_for_reminder optional }
);

impl crate::runtime::Check for UserSettingsEmailNotification {}
/// Licensed features and add-ons of the user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsFeature {
    /// Maximum number of participants in a meeting.
    pub meeting_capacity: Option<i64>,
    /// Large meeting add-on.
    pub large_meeting: Option<bool>,
    /// Capacity of the large meeting add-on (500 or 1000).
    pub large_meeting_capacity: Option<i64>,
    /// Webinar add-on.
    pub webinar: Option<bool>,
    /// Attendee capacity of the webinar add-on.
    pub webinar_capacity: Option<WebinarCapacity>,
    /// Zoom Events add-on.
    pub zoom_events: Option<bool>,
    /// Attendee capacity of the Zoom Events add-on.
    pub zoom_events_capacity: Option<ZoomEventsCapacity>,
    /// Zoom Events on a subscription (SaaS) plan.
    pub zoom_events_saas: Option<bool>,
    /// Host meetings in China.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub cn_meeting: Option<bool>,
    /// Host meetings in India.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub in_meeting: Option<bool>,
    /// Zoom Phone license.
    pub zoom_phone: Option<bool>,
    /// Concurrent meeting add-on of the user.
    pub concurrent_meeting: Option<ConcurrentMeeting>,
    /// Zoom Revenue Accelerator (formerly Zoom IQ for Sales) license; use zoom_revenue_accelerator.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub zoom_iq_for_sales: Option<bool>,
    /// Zoom Whiteboard license.
    pub zoom_whiteboard: Option<bool>,
    /// Zoom Whiteboard Plus license.
    pub zoom_whiteboard_plus: Option<bool>,
    /// Translated captions add-on.
    pub zoom_translated_captions: Option<bool>,
    /// Customer managed key add-on.
    pub zoom_customer_managed_key: Option<bool>,
    /// Zoom Spots add-on.
    pub zoom_spots: Option<bool>,
    /// Zoom Events Unlimited plan.
    pub zoom_events_unlimited: Option<bool>,
    /// Attendee capacities of the Zoom Events Unlimited plan; the first one is the main capacity.
    pub zoom_events_unlimited_capacities: Option<Vec<UnlimitedPlanCapacity>>,
    /// Zoom Sessions Unlimited plan.
    pub zoom_sessions_unlimited: Option<bool>,
    /// Attendee capacities of the Zoom Sessions Unlimited plan; the first one is the main capacity.
    pub zoom_sessions_unlimited_capacities: Option<Vec<UnlimitedPlanCapacity>>,
    /// Zoom Events billed per attendee.
    pub zoom_events_pay_per_attendee: Option<bool>,
    /// Zoom Sessions billed per attendee.
    pub zoom_sessions_pay_per_attendee: Option<bool>,
    /// Zoom Revenue Accelerator license; replaces zoom_iq_for_sales.
    pub zoom_revenue_accelerator: Option<bool>,
    /// Zoom Huddles license.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub zoom_huddles: Option<bool>,
    /// Zoom Quality Management license.
    pub zoom_quality_management: Option<bool>,
    /// Zoom Workforce Management license.
    pub zoom_workforce_management: Option<bool>,
    /// Zoom Scheduler license.
    pub zoom_scheduler: Option<bool>,
    /// Zoom Clips Plus license.
    pub zoom_clips_plus: Option<bool>,
    /// Zoom Mail and Calendar license.
    pub zoom_mail_calendar: Option<bool>,
    /// Zoom Compliance Management license.
    pub zoom_compliance_management: Option<bool>,
    /// Zoom Docs license.
    pub zoom_docs: Option<bool>,
    /// Add-on licenses the user holds, each with its option and subscription.
    pub license_info_list: Option<Vec<FeatureLicenseInfo>>,
}

crate::runtime::object_impls!(
    UserSettingsFeature { "meeting_capacity" => meeting_capacity optional,
    "large_meeting" => large_meeting optional, "large_meeting_capacity" =>
    large_meeting_capacity optional, "webinar" => webinar optional, "webinar_capacity" =>
    webinar_capacity optional, "zoom_events" => zoom_events optional,
    "zoom_events_capacity" => zoom_events_capacity optional, "zoom_events_saas" =>
    zoom_events_saas optional, "cn_meeting" => cn_meeting optional, "in_meeting" =>
    in_meeting optional, "zoom_phone" => zoom_phone optional, "concurrent_meeting" =>
    concurrent_meeting optional, "zoom_iq_for_sales" => zoom_iq_for_sales optional,
    "zoom_whiteboard" => zoom_whiteboard optional, "zoom_whiteboard_plus" =>
    zoom_whiteboard_plus optional, "zoom_translated_captions" => zoom_translated_captions
    optional, "zoom_customer_managed_key" => zoom_customer_managed_key optional,
    "zoom_spots" => zoom_spots optional, "zoom_events_unlimited" => zoom_events_unlimited
    optional, "zoom_events_unlimited_capacities" => zoom_events_unlimited_capacities
    optional, "zoom_sessions_unlimited" => zoom_sessions_unlimited optional,
    "zoom_sessions_unlimited_capacities" => zoom_sessions_unlimited_capacities optional,
    "zoom_events_pay_per_attendee" => zoom_events_pay_per_attendee optional,
    "zoom_sessions_pay_per_attendee" => zoom_sessions_pay_per_attendee optional,
    "zoom_revenue_accelerator" => zoom_revenue_accelerator optional, "zoom_huddles" =>
    zoom_huddles optional, "zoom_quality_management" => zoom_quality_management optional,
    "zoom_workforce_management" => zoom_workforce_management optional, "zoom_scheduler"
    => zoom_scheduler optional, "zoom_clips_plus" => zoom_clips_plus optional,
    "zoom_mail_calendar" => zoom_mail_calendar optional, "zoom_compliance_management" =>
    zoom_compliance_management optional, "zoom_docs" => zoom_docs optional,
    "license_info_list" => license_info_list optional }
);

impl crate::runtime::Check for UserSettingsFeature {}
/// Licensed features and add-ons to change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsFeatureUpdate {
    /// Maximum number of participants in a meeting.
    pub meeting_capacity: Option<i64>,
    /// Large meeting add-on.
    pub large_meeting: Option<bool>,
    /// Capacity of the large meeting add-on (500 or 1000).
    pub large_meeting_capacity: Option<i64>,
    /// Webinar add-on.
    pub webinar: Option<bool>,
    /// Attendee capacity of the webinar add-on.
    pub webinar_capacity: Option<WebinarCapacity>,
    /// Zoom Events add-on.
    pub zoom_events: Option<bool>,
    /// Attendee capacity of the Zoom Events add-on.
    pub zoom_events_capacity: Option<ZoomEventsCapacity>,
    /// Zoom Phone license.
    pub zoom_phone: Option<bool>,
    /// Concurrent meeting add-on of the user.
    pub concurrent_meeting: Option<ConcurrentMeeting>,
    /// Zoom Revenue Accelerator (formerly Zoom IQ for Sales) license; use zoom_revenue_accelerator.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub zoom_iq_for_sales: Option<bool>,
    /// Zoom Whiteboard license.
    pub zoom_whiteboard: Option<bool>,
    /// Zoom Whiteboard Plus license.
    pub zoom_whiteboard_plus: Option<bool>,
    /// Translated captions add-on.
    pub zoom_translated_captions: Option<bool>,
    /// Customer managed key add-on.
    pub zoom_customer_managed_key: Option<bool>,
    /// Zoom Spots add-on.
    pub zoom_spots: Option<bool>,
    /// Zoom Events Unlimited plan.
    pub zoom_events_unlimited: Option<bool>,
    /// Attendee capacities of the Zoom Events Unlimited plan; the first one is the main capacity.
    pub zoom_events_unlimited_capacities: Option<Vec<UnlimitedPlanCapacity>>,
    /// Zoom Sessions Unlimited plan.
    pub zoom_sessions_unlimited: Option<bool>,
    /// Attendee capacities of the Zoom Sessions Unlimited plan; the first one is the main capacity.
    pub zoom_sessions_unlimited_capacities: Option<Vec<UnlimitedPlanCapacity>>,
    /// Zoom Events billed per attendee.
    pub zoom_events_pay_per_attendee: Option<bool>,
    /// Zoom Sessions billed per attendee.
    pub zoom_sessions_pay_per_attendee: Option<bool>,
    /// Zoom Revenue Accelerator license; replaces zoom_iq_for_sales.
    pub zoom_revenue_accelerator: Option<bool>,
    /// Zoom Huddles license.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub zoom_huddles: Option<bool>,
    /// Zoom Quality Management license.
    pub zoom_quality_management: Option<bool>,
    /// Zoom Workforce Management license.
    pub zoom_workforce_management: Option<bool>,
    /// Zoom Scheduler license.
    pub zoom_scheduler: Option<bool>,
    /// Zoom Clips Plus license.
    pub zoom_clips_plus: Option<bool>,
    /// Zoom Mail and Calendar license.
    pub zoom_mail_calendar: Option<bool>,
    /// Zoom Compliance Management license.
    pub zoom_compliance_management: Option<bool>,
    /// Zoom Docs license.
    pub zoom_docs: Option<bool>,
    /// Add-on licenses to change, each with its option and, where needed, the subscription it comes from.
    pub license_info_list: Option<Vec<FeatureLicenseAssignment>>,
}

crate::runtime::object_impls!(
    UserSettingsFeatureUpdate { "meeting_capacity" => meeting_capacity optional,
    "large_meeting" => large_meeting optional, "large_meeting_capacity" =>
    large_meeting_capacity optional, "webinar" => webinar optional, "webinar_capacity" =>
    webinar_capacity optional, "zoom_events" => zoom_events optional,
    "zoom_events_capacity" => zoom_events_capacity optional, "zoom_phone" => zoom_phone
    optional, "concurrent_meeting" => concurrent_meeting optional, "zoom_iq_for_sales" =>
    zoom_iq_for_sales optional, "zoom_whiteboard" => zoom_whiteboard optional,
    "zoom_whiteboard_plus" => zoom_whiteboard_plus optional, "zoom_translated_captions"
    => zoom_translated_captions optional, "zoom_customer_managed_key" =>
    zoom_customer_managed_key optional, "zoom_spots" => zoom_spots optional,
    "zoom_events_unlimited" => zoom_events_unlimited optional,
    "zoom_events_unlimited_capacities" => zoom_events_unlimited_capacities optional,
    "zoom_sessions_unlimited" => zoom_sessions_unlimited optional,
    "zoom_sessions_unlimited_capacities" => zoom_sessions_unlimited_capacities optional,
    "zoom_events_pay_per_attendee" => zoom_events_pay_per_attendee optional,
    "zoom_sessions_pay_per_attendee" => zoom_sessions_pay_per_attendee optional,
    "zoom_revenue_accelerator" => zoom_revenue_accelerator optional, "zoom_huddles" =>
    zoom_huddles optional, "zoom_quality_management" => zoom_quality_management optional,
    "zoom_workforce_management" => zoom_workforce_management optional, "zoom_scheduler"
    => zoom_scheduler optional, "zoom_clips_plus" => zoom_clips_plus optional,
    "zoom_mail_calendar" => zoom_mail_calendar optional, "zoom_compliance_management" =>
    zoom_compliance_management optional, "zoom_docs" => zoom_docs optional,
    "license_info_list" => license_info_list optional }
);

impl crate::runtime::Check for UserSettingsFeatureUpdate {}
/// General settings of a user, grouped by area.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsFull {
    /// Settings for scheduling meetings. Answers and updates share this shape; Zoom documents the field marked "Sent by Zoom only" for answers alone.
    pub schedule_meeting: Option<UserSettingsScheduleMeeting>,
    /// Settings that apply while a meeting or webinar runs. Answers and updates share this shape; Zoom documents unchecked_data_center_regions, transfer_meetings_between_devices, ai_companion_questions and meeting_summary_with_ai_companion for answers alone.
    pub in_meeting: Option<UserSettingsInMeeting>,
    /// Which email notifications the user gets.
    pub email_notification: Option<UserSettingsEmailNotification>,
    /// Recording settings.
    pub recording: Option<UserSettingsRecording>,
    /// Telephony settings.
    pub telephony: Option<UserSettingsTelephony>,
    /// Licensed features and add-ons of the user.
    pub feature: Option<UserSettingsFeature>,
    /// Telephony service provider settings.
    pub tsp: Option<UserSettingsTsp>,
    /// Profile settings.
    pub profile: Option<UserSettingsProfile>,
    /// Audio conferencing settings.
    pub audio_conferencing: Option<UserSettingsFullAudioConferencing>,
    /// Whiteboard settings.
    pub whiteboard: Option<UserSettingsFullWhiteboard>,
    /// Which outside services users may connect to meetings.
    pub integration: Option<UserSettingsIntegration>,
    /// Settings that belong to no other area.
    pub other_options: Option<UserSettingsOtherOptions>,
}

crate::runtime::object_impls!(
    UserSettingsFull { "schedule_meeting" => schedule_meeting optional, "in_meeting" =>
    in_meeting optional, "email_notification" => email_notification optional, "recording"
    => recording optional, "telephony" => telephony optional, "feature" => feature
    optional, "tsp" => tsp optional, "profile" => profile optional, "audio_conferencing"
    => audio_conferencing optional, "whiteboard" => whiteboard optional, "integration" =>
    integration optional, "other_options" => other_options optional }
);

impl crate::runtime::Check for UserSettingsFull {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("recording", &self.recording, &crate::runtime::Rules::NONE);
        v.field("telephony", &self.telephony, &crate::runtime::Rules::NONE);
        v.field(
            "audio_conferencing",
            &self.audio_conferencing,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// Audio conferencing settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsFullAudioConferencing {
    /// Toll-free and fee-based numbers; member fields are not modelled.
    pub toll_free_and_fee_based_toll_call: Option<
        serde_json::Map<String, serde_json::Value>,
    >,
    /// The Toll Call setting and its numbers.
    pub toll_call: Option<TollCallSettings>,
    /// The Call Me and Invite by Phone setting.
    pub call_me_and_invite_by_phone: Option<CallMeSettings>,
    /// Whether the Personal Audio Conference setting is on.
    pub personal_audio_conference: Option<bool>,
    /// Hiding phone numbers of dial-in participants in the participant list.
    pub participant_phone_masking: Option<ParticipantPhoneMasking>,
    /// Countries whose dial-in numbers appear in invitations.
    pub global_dial_in_countries: Option<GlobalDialInCountries>,
}

crate::runtime::object_impls!(
    UserSettingsFullAudioConferencing { "toll_free_and_fee_based_toll_call" =>
    toll_free_and_fee_based_toll_call optional, "toll_call" => toll_call optional,
    "call_me_and_invite_by_phone" => call_me_and_invite_by_phone optional,
    "personal_audio_conference" => personal_audio_conference optional,
    "participant_phone_masking" => participant_phone_masking optional,
    "global_dial_in_countries" => global_dial_in_countries optional }
);

impl crate::runtime::Check for UserSettingsFullAudioConferencing {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("toll_call", &self.toll_call, &crate::runtime::Rules::NONE);
    }
}

/// General settings to change, grouped by area.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsFullUpdate {
    /// Settings for scheduling meetings. Answers and updates share this shape; Zoom documents the field marked "Sent by Zoom only" for answers alone.
    pub schedule_meeting: Option<UserSettingsScheduleMeeting>,
    /// Settings that apply while a meeting or webinar runs. Answers and updates share this shape; Zoom documents unchecked_data_center_regions, transfer_meetings_between_devices, ai_companion_questions and meeting_summary_with_ai_companion for answers alone.
    pub in_meeting: Option<UserSettingsInMeeting>,
    /// Which email notifications the user gets.
    pub email_notification: Option<UserSettingsEmailNotification>,
    /// Recording settings.
    pub recording: Option<UserSettingsRecording>,
    /// Telephony settings.
    pub telephony: Option<UserSettingsTelephonyUpdate>,
    /// Licensed features and add-ons to change.
    pub feature: Option<UserSettingsFeatureUpdate>,
    /// Telephony service provider settings.
    pub tsp: Option<UserSettingsTsp>,
    /// Profile settings.
    pub profile: Option<UserSettingsProfile>,
    /// Audio conferencing settings to change.
    pub audio_conferencing: Option<UserSettingsAudioConferencingUpdate>,
}

crate::runtime::object_impls!(
    UserSettingsFullUpdate { "schedule_meeting" => schedule_meeting optional,
    "in_meeting" => in_meeting optional, "email_notification" => email_notification
    optional, "recording" => recording optional, "telephony" => telephony optional,
    "feature" => feature optional, "tsp" => tsp optional, "profile" => profile optional,
    "audio_conferencing" => audio_conferencing optional }
);

impl crate::runtime::Check for UserSettingsFullUpdate {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("recording", &self.recording, &crate::runtime::Rules::NONE);
        v.field("telephony", &self.telephony, &crate::runtime::Rules::NONE);
    }
}

/// Whiteboard settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsFullWhiteboard {
    /// Advanced whiteboard features outside meetings.
    pub out_meeting_advanced_whiteboard: Option<bool>,
    /// Advanced whiteboard features in meetings.
    pub in_meeting_advanced_whiteboard: Option<bool>,
}

crate::runtime::object_impls!(
    UserSettingsFullWhiteboard { "out_meeting_advanced_whiteboard" =>
    out_meeting_advanced_whiteboard optional, "in_meeting_advanced_whiteboard" =>
    in_meeting_advanced_whiteboard optional }
);

impl crate::runtime::Check for UserSettingsFullWhiteboard {}
/// Settings that apply while a meeting or webinar runs. Answers and updates share this shape; Zoom documents unchecked_data_center_regions, transfer_meetings_between_devices, ai_companion_questions and meeting_summary_with_ai_companion for answers alone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsInMeeting {
    /// Allow end-to-end encryption.
    pub e2e_encryption: Option<bool>,
    /// Allow in-meeting chat.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub chat: Option<bool>,
    /// Whom participants may chat with in meetings.
    pub allow_participants_chat_with: Option<AllowParticipantsChatWith>,
    /// Which meeting chat messages participants may save.
    pub allow_users_save_chats: Option<AllowUsersSaveChats>,
    /// Allow private chat between participants.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub private_chat: Option<bool>,
    /// Save meeting chat automatically.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub auto_saving_chat: Option<bool>,
    /// Let users delete their own chat messages.
    pub allow_users_to_delete_messages_in_meeting_chat: Option<bool>,
    /// When a sound plays as people join or leave.
    pub entry_exit_chime: Option<EntryExitChime>,
    /// Record the names of phone participants and announce them.
    pub record_play_voice: Option<bool>,
    /// Let users send feedback to Zoom from the client.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub feedback: Option<bool>,
    /// Show a feedback survey when a meeting ends.
    pub post_meeting_feedback: Option<bool>,
    /// Allow co-hosts.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub co_host: Option<bool>,
    /// Allow polls in meetings.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub polling: Option<bool>,
    /// Meeting poll settings; member fields are not modelled.
    pub meeting_polling: Option<serde_json::Map<String, serde_json::Value>>,
    /// Webinar poll settings; member fields are not modelled.
    pub webinar_polling: Option<serde_json::Map<String, serde_json::Value>>,
    /// Allow a survey after meetings.
    pub meeting_survey: Option<bool>,
    /// Allow a survey after webinars.
    pub webinar_survey: Option<bool>,
    /// Allow Q&A in meetings.
    pub meeting_question_answer: Option<bool>,
    /// Allow putting attendees on hold.
    ///
    /// Zoom assumes `false` when this is not sent. Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub attendee_on_hold: Option<bool>,
    /// Allow annotation on shared content.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub annotation: Option<bool>,
    /// Allow the in-meeting whiteboard.
    pub whiteboard: Option<bool>,
    /// Allow remote control of shared screens.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub remote_control: Option<bool>,
    /// Allow non-verbal feedback icons.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub non_verbal_feedback: Option<bool>,
    /// Allow breakout rooms.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub breakout_room: Option<bool>,
    /// Allow assigning breakout rooms while scheduling.
    pub breakout_room_schedule: Option<bool>,
    /// Allow remote support sessions.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub remote_support: Option<bool>,
    /// Allow closed captions.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub closed_caption: Option<bool>,
    /// Captioning and transcript settings; member fields are not modelled.
    pub closed_captioning: Option<serde_json::Map<String, serde_json::Value>>,
    /// Manual captioning settings; member fields are not modelled.
    pub manual_captioning: Option<serde_json::Map<String, serde_json::Value>>,
    /// Language interpretation settings; member fields are not modelled.
    pub language_interpretation: Option<serde_json::Map<String, serde_json::Value>>,
    /// Sign language interpretation settings; member fields are not modelled.
    pub sign_language_interpretation: Option<serde_json::Map<String, serde_json::Value>>,
    /// Allow group HD video.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub group_hd: Option<bool>,
    /// Allow group HD video in webinars.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub webinar_group_hd: Option<bool>,
    /// Allow virtual backgrounds.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub virtual_background: Option<bool>,
    /// Virtual background options of a user.
    pub virtual_background_settings: Option<VirtualBackgroundSettings>,
    /// Allow controlling another participant's camera.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub far_end_camera_control: Option<bool>,
    /// Allow sharing a second camera.
    ///
    /// Zoom assumes `false` when this is not sent. Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub share_dual_camera: Option<bool>,
    /// Place participants in a waiting room.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub waiting_room: Option<bool>,
    /// Allow live streaming of meetings.
    pub allow_live_streaming: Option<bool>,
    /// Allow streaming to Facebook.
    pub live_streaming_facebook: Option<bool>,
    /// Allow streaming to Workplace from Facebook.
    pub workplace_by_facebook: Option<bool>,
    /// Allow streaming to YouTube.
    pub live_streaming_youtube: Option<bool>,
    /// Allow a custom streaming service.
    pub custom_live_streaming_service: Option<bool>,
    /// Instructions for the custom streaming service.
    pub custom_service_instructions: Option<String>,
    /// Always show the meeting controls.
    pub show_meeting_control_toolbar: Option<bool>,
    /// Pick the data center regions used for meeting traffic.
    pub custom_data_center_regions: Option<bool>,
    /// Regions selected for meeting traffic.
    pub data_center_regions: Option<Vec<DataCenterRegion>>,
    /// Sent by Zoom only. Regions not selected for meeting traffic.
    pub unchecked_data_center_regions: Option<Vec<DataCenterRegion>>,
    /// Allow reactions in meetings.
    pub meeting_reactions: Option<bool>,
    /// Which emoji reactions are offered.
    pub meeting_reactions_emojis: Option<MeetingReactionsEmojis>,
    /// Let hosts and panelists use the audible clap.
    pub allow_host_panelists_to_use_audible_clap: Option<bool>,
    /// Allow reactions in webinars.
    pub webinar_reactions: Option<bool>,
    /// Allow screen sharing.
    pub screen_sharing: Option<bool>,
    /// Who may share their screen.
    pub who_can_share_screen: Option<WhoCanShareScreen>,
    /// Who may share their screen.
    pub who_can_share_screen_when_someone_is_sharing: Option<WhoCanShareScreen>,
    /// How many participants may share at the same time.
    pub participants_share_simultaneously: Option<ParticipantsShareSimultaneously>,
    /// Turn off screen sharing in the host's own meetings.
    pub disable_screen_sharing_for_host_meetings: Option<bool>,
    /// Turn off screen sharing for guests from outside the account.
    pub disable_screen_sharing_for_in_meeting_guests: Option<bool>,
    /// Allow sending files through chat.
    pub file_transfer: Option<bool>,
    /// Ask participants for consent before the host may unmute them.
    pub request_permission_to_unmute_participants: Option<bool>,
    /// Offer a link to join from a web browser.
    pub show_a_join_from_your_browser_link: Option<bool>,
    /// Allow joining from a mobile browser.
    pub join_from_mobile: Option<bool>,
    /// Allow joining from a desktop browser.
    pub join_from_desktop: Option<bool>,
    /// Let the host turn on focus mode.
    pub allow_host_to_enable_focus_mode: Option<bool>,
    /// Focus mode.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub attention_mode_focus_mode: Option<bool>,
    /// Let others advance shared slides.
    pub slide_control: Option<bool>,
    /// Sent by Zoom only. Allow moving a meeting to another device.
    pub transfer_meetings_between_devices: Option<bool>,
    /// Allow showing Zoom windows while sharing the screen.
    pub allow_show_zoom_windows: Option<bool>,
    /// Answer calls from contacts automatically.
    pub auto_answer: Option<bool>,
    /// Let participants and panelists change their displayed name.
    pub allow_participants_to_rename: Option<bool>,
    /// Live streaming options for webinars.
    pub webinar_live_streaming: Option<WebinarLiveStreamingSettings>,
    /// Chat options for webinars.
    pub webinar_chat: Option<WebinarChatSettings>,
    /// Whether people in a meeting may question AI Companion about it.
    pub ai_companion_questions: Option<AiCompanionQuestions>,
    /// Meeting summaries written by AI Companion.
    pub meeting_summary_with_ai_companion: Option<AiCompanionMeetingSummary>,
}

crate::runtime::object_impls!(
    UserSettingsInMeeting { "e2e_encryption" => e2e_encryption optional, "chat" => chat
    optional, "allow_participants_chat_with" => allow_participants_chat_with optional,
    "allow_users_save_chats" => allow_users_save_chats optional, "private_chat" =>
    private_chat optional, "auto_saving_chat" => auto_saving_chat optional,
    "allow_users_to_delete_messages_in_meeting_chat" =>
    allow_users_to_delete_messages_in_meeting_chat optional, "entry_exit_chime" =>
    entry_exit_chime optional, "record_play_voice" => record_play_voice optional,
    "feedback" => feedback optional, "post_meeting_feedback" => post_meeting_feedback
    optional, "co_host" => co_host optional, "polling" => polling optional,
    "meeting_polling" => meeting_polling optional, "webinar_polling" => webinar_polling
    optional, "meeting_survey" => meeting_survey optional, "webinar_survey" =>
    webinar_survey optional, "meeting_question_answer" => meeting_question_answer
    optional, "attendee_on_hold" => attendee_on_hold optional, "annotation" => annotation
    optional, "whiteboard" => whiteboard optional, "remote_control" => remote_control
    optional, "non_verbal_feedback" => non_verbal_feedback optional, "breakout_room" =>
    breakout_room optional, "breakout_room_schedule" => breakout_room_schedule optional,
    "remote_support" => remote_support optional, "closed_caption" => closed_caption
    optional, "closed_captioning" => closed_captioning optional, "manual_captioning" =>
    manual_captioning optional, "language_interpretation" => language_interpretation
    optional, "sign_language_interpretation" => sign_language_interpretation optional,
    "group_hd" => group_hd optional, "webinar_group_hd" => webinar_group_hd optional,
    "virtual_background" => virtual_background optional, "virtual_background_settings" =>
    virtual_background_settings optional, "far_end_camera_control" =>
    far_end_camera_control optional, "share_dual_camera" => share_dual_camera optional,
    "waiting_room" => waiting_room optional, "allow_live_streaming" =>
    allow_live_streaming optional, "live_streaming_facebook" => live_streaming_facebook
    optional, "workplace_by_facebook" => workplace_by_facebook optional,
    "live_streaming_youtube" => live_streaming_youtube optional,
    "custom_live_streaming_service" => custom_live_streaming_service optional,
    "custom_service_instructions" => custom_service_instructions optional,
    "show_meeting_control_toolbar" => show_meeting_control_toolbar optional,
    "custom_data_center_regions" => custom_data_center_regions optional,
    "data_center_regions" => data_center_regions optional,
    "unchecked_data_center_regions" => unchecked_data_center_regions optional,
    "meeting_reactions" => meeting_reactions optional, "meeting_reactions_emojis" =>
    meeting_reactions_emojis optional, "allow_host_panelists_to_use_audible_clap" =>
    allow_host_panelists_to_use_audible_clap optional, "webinar_reactions" =>
    webinar_reactions optional, "screen_sharing" => screen_sharing optional,
    "who_can_share_screen" => who_can_share_screen optional,
    "who_can_share_screen_when_someone_is_sharing" =>
    who_can_share_screen_when_someone_is_sharing optional,
    "participants_share_simultaneously" => participants_share_simultaneously optional,
    "disable_screen_sharing_for_host_meetings" =>
    disable_screen_sharing_for_host_meetings optional,
    "disable_screen_sharing_for_in_meeting_guests" =>
    disable_screen_sharing_for_in_meeting_guests optional, "file_transfer" =>
    file_transfer optional, "request_permission_to_unmute_participants" =>
    request_permission_to_unmute_participants optional,
    "show_a_join_from_your_browser_link" => show_a_join_from_your_browser_link optional,
    "join_from_mobile" => join_from_mobile optional, "join_from_desktop" =>
    join_from_desktop optional, "allow_host_to_enable_focus_mode" =>
    allow_host_to_enable_focus_mode optional, "attention_mode_focus_mode" =>
    attention_mode_focus_mode optional, "slide_control" => slide_control optional,
    "transfer_meetings_between_devices" => transfer_meetings_between_devices optional,
    "allow_show_zoom_windows" => allow_show_zoom_windows optional, "auto_answer" =>
    auto_answer optional, "allow_participants_to_rename" => allow_participants_to_rename
    optional, "webinar_live_streaming" => webinar_live_streaming optional, "webinar_chat"
    => webinar_chat optional, "ai_companion_questions" => ai_companion_questions
    optional, "meeting_summary_with_ai_companion" => meeting_summary_with_ai_companion
    optional }
);

impl crate::runtime::Check for UserSettingsInMeeting {}
/// Another name for [`UserSettingsInMeeting`].
pub type UserSettingsInMeetingUpdate = UserSettingsInMeeting;

/// Which outside services users may connect to meetings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsIntegration {
    /// Share files from Box in meetings joined on a phone or tablet.
    pub box_: Option<bool>,
    /// Share files from Dropbox in meetings joined on a phone or tablet.
    pub dropbox: Option<bool>,
    /// Schedule meetings from Google Calendar.
    pub google_calendar: Option<bool>,
    /// Share files from Google Drive in meetings joined on a phone or tablet.
    pub google_drive: Option<bool>,
    /// Let a Kubi robot be steered from a meeting.
    pub kubi: Option<bool>,
    /// Show LinkedIn Sales Navigator profiles of participants.
    pub linkedin_sales_navigator: Option<bool>,
    /// Share files from Microsoft OneDrive in meetings joined on a phone or tablet.
    pub microsoft_one_drive: Option<bool>,
}

crate::runtime::object_impls!(
    UserSettingsIntegration { "box" => box_ optional, "dropbox" => dropbox optional,
    "google_calendar" => google_calendar optional, "google_drive" => google_drive
    optional, "kubi" => kubi optional, "linkedin_sales_navigator" =>
    linkedin_sales_navigator optional, "microsoft_one_drive" => microsoft_one_drive
    optional }
);

impl crate::runtime::Check for UserSettingsIntegration {}
/// Meeting authentication settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsMeetingAuthentication {
    /// Only signed-in users may join meetings.
    pub meeting_authentication: Option<bool>,
    /// Let the host exempt some participants.
    pub allow_authentication_exception: Option<bool>,
    /// Available authentication options.
    pub authentication_options: Option<Vec<MeetingAuthenticationOption>>,
}

crate::runtime::object_impls!(
    UserSettingsMeetingAuthentication { "meeting_authentication" =>
    meeting_authentication optional, "allow_authentication_exception" =>
    allow_authentication_exception optional, "authentication_options" =>
    authentication_options optional }
);

impl crate::runtime::Check for UserSettingsMeetingAuthentication {}
/// Change to meeting authentication.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsMeetingAuthenticationUpdate {
    /// Only signed-in users may join meetings.
    pub meeting_authentication: Option<bool>,
    /// A meeting authentication option to add, change, show or hide.
    pub authentication_option: Option<MeetingAuthenticationOptionUpdate>,
}

crate::runtime::object_impls!(
    UserSettingsMeetingAuthenticationUpdate { "meeting_authentication" =>
    meeting_authentication optional, "authentication_option" => authentication_option
    optional }
);

impl crate::runtime::Check for UserSettingsMeetingAuthenticationUpdate {}
/// Settings that belong to no other area.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsOtherOptions {
    /// Show the help badge that opens a support chat.
    pub allow_users_contact_support_via_chat: Option<bool>,
    /// Hide Zoom's content in the phone's list of recent apps.
    pub blur_snapshot: Option<bool>,
    /// What hosts may add to webinar registration.
    pub webinar_registration_options: Option<WebinarRegistrationOptions>,
}

crate::runtime::object_impls!(
    UserSettingsOtherOptions { "allow_users_contact_support_via_chat" =>
    allow_users_contact_support_via_chat optional, "blur_snapshot" => blur_snapshot
    optional, "webinar_registration_options" => webinar_registration_options optional }
);

impl crate::runtime::Check for UserSettingsOtherOptions {}
/// Profile settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsProfile {
    /// Where cloud recordings are stored.
    pub recording_storage_location: Option<UserSettingsProfileRecordingStorageLocation>,
}

crate::runtime::object_impls!(
    UserSettingsProfile { "recording_storage_location" => recording_storage_location
    optional }
);

impl crate::runtime::Check for UserSettingsProfile {}
/// Where cloud recordings are stored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsProfileRecordingStorageLocation {
    /// Locations the user may choose.
    pub allowed_values: Option<Vec<String>>,
    /// Chosen location.
    pub value: Option<String>,
}

crate::runtime::object_impls!(
    UserSettingsProfileRecordingStorageLocation { "allowed_values" => allowed_values
    optional, "value" => value optional }
);

impl crate::runtime::Check for UserSettingsProfileRecordingStorageLocation {}
/// Recording settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsRecording {
    /// Allow recording to the local computer.
    pub local_recording: Option<bool>,
    /// Allow recording to the Zoom cloud.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub cloud_recording: Option<bool>,
    /// Record the active speaker view.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub record_speaker_view: Option<bool>,
    /// Record the gallery view.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub record_gallery_view: Option<bool>,
    /// Save a separate audio-only file.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub record_audio_file: Option<bool>,
    /// Also save one audio file per participant (up to 200 participants).
    pub record_audio_file_each_participant: Option<bool>,
    /// Settings for separate per-participant files; member fields are not modelled.
    pub record_files_separately: Option<serde_json::Map<String, serde_json::Value>>,
    /// Save the chat text with the recording.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub save_chat_text: Option<bool>,
    /// Save panelist chat with webinar recordings.
    pub save_panelist_chat: Option<bool>,
    /// Save poll results with the recording.
    pub save_poll_results: Option<bool>,
    /// Save closed captions as a file.
    pub save_close_caption: Option<bool>,
    /// Add a timestamp to the recording.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub show_timestamp: Option<bool>,
    /// Show participant names in the recording.
    pub display_participant_name: Option<bool>,
    /// Add thumbnails of the speaker while content is shared.
    pub recording_thumbnails: Option<bool>,
    /// Optimize the recording for other video editors.
    pub optimize_recording_for_3rd_party_video_editor: Option<bool>,
    /// Recording highlights.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub recording_highlight: Option<bool>,
    /// Create an audio transcript of cloud recordings.
    pub recording_audio_transcript: Option<bool>,
    /// AI-assisted recording settings; member fields are not modelled.
    pub smart_recording: Option<serde_json::Map<String, serde_json::Value>>,
    /// Where meetings are recorded automatically.
    pub auto_recording: Option<AutoRecording>,
    /// Let the host pause and stop cloud recordings.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub host_pause_stop_recording: Option<bool>,
    /// Let the host delete cloud recordings; otherwise only admins can.
    pub host_delete_cloud_recording: Option<bool>,
    /// Delete cloud recordings automatically.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub auto_delete_cmr: Option<bool>,
    /// Days after which cloud recordings are deleted automatically.
    pub auto_delete_cmr_days: Option<AutoDeleteCmrDays>,
    /// Show a disclaimer when recording starts.
    pub recording_disclaimer: Option<bool>,
    /// Ask participants to consent to being recorded.
    pub ask_participants_to_consent_disclaimer: Option<bool>,
    /// Ask the host to confirm the disclaimer before recording.
    pub ask_host_to_confirm_disclaimer: Option<bool>,
    /// Protect shared cloud recordings with a passcode.
    pub required_password_for_shared_cloud_recordings: Option<bool>,
    /// Rules a cloud recording passcode must follow.
    pub recording_password_requirement: Option<RecordingPasswordRequirement>,
    /// Limits access to cloud recordings by IP address.
    pub ip_address_access_control: Option<IpAddressAccessControl>,
    /// Recording notices shown in Zoom clients.
    pub recording_notification_for_zoom_client: Option<RecordingNotificationZoomClient>,
}

crate::runtime::object_impls!(
    UserSettingsRecording { "local_recording" => local_recording optional,
    "cloud_recording" => cloud_recording optional, "record_speaker_view" =>
    record_speaker_view optional, "record_gallery_view" => record_gallery_view optional,
    "record_audio_file" => record_audio_file optional,
    "record_audio_file_each_participant" => record_audio_file_each_participant optional,
    "record_files_separately" => record_files_separately optional, "save_chat_text" =>
    save_chat_text optional, "save_panelist_chat" => save_panelist_chat optional,
    "save_poll_results" => save_poll_results optional, "save_close_caption" =>
    save_close_caption optional, "show_timestamp" => show_timestamp optional,
    "display_participant_name" => display_participant_name optional,
    "recording_thumbnails" => recording_thumbnails optional,
    "optimize_recording_for_3rd_party_video_editor" =>
    optimize_recording_for_3rd_party_video_editor optional, "recording_highlight" =>
    recording_highlight optional, "recording_audio_transcript" =>
    recording_audio_transcript optional, "smart_recording" => smart_recording optional,
    "auto_recording" => auto_recording optional, "host_pause_stop_recording" =>
    host_pause_stop_recording optional, "host_delete_cloud_recording" =>
    host_delete_cloud_recording optional, "auto_delete_cmr" => auto_delete_cmr optional,
    "auto_delete_cmr_days" => auto_delete_cmr_days optional, "recording_disclaimer" =>
    recording_disclaimer optional, "ask_participants_to_consent_disclaimer" =>
    ask_participants_to_consent_disclaimer optional, "ask_host_to_confirm_disclaimer" =>
    ask_host_to_confirm_disclaimer optional,
    "required_password_for_shared_cloud_recordings" =>
    required_password_for_shared_cloud_recordings optional,
    "recording_password_requirement" => recording_password_requirement optional,
    "ip_address_access_control" => ip_address_access_control optional,
    "recording_notification_for_zoom_client" => recording_notification_for_zoom_client
    optional }
);

impl crate::runtime::Check for UserSettingsRecording {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "recording_password_requirement",
            &self.recording_password_requirement,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// Recording authentication settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsRecordingAuthentication {
    /// Only signed-in users may view cloud recordings.
    pub recording_authentication: Option<bool>,
    /// Available authentication options.
    pub authentication_options: Option<Vec<RecordingAuthenticationOption>>,
}

crate::runtime::object_impls!(
    UserSettingsRecordingAuthentication { "recording_authentication" =>
    recording_authentication optional, "authentication_options" => authentication_options
    optional }
);

impl crate::runtime::Check for UserSettingsRecordingAuthentication {}
/// Change to recording authentication.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsRecordingAuthenticationUpdate {
    /// Only signed-in users may view cloud recordings.
    pub recording_authentication: Option<bool>,
    /// A recording authentication option to add, change, show or hide.
    pub authentication_option: Option<RecordingAuthenticationOptionUpdate>,
}

crate::runtime::object_impls!(
    UserSettingsRecordingAuthenticationUpdate { "recording_authentication" =>
    recording_authentication optional, "authentication_option" => authentication_option
    optional }
);

impl crate::runtime::Check for UserSettingsRecordingAuthenticationUpdate {}
/// Settings for scheduling meetings. Answers and updates share this shape; Zoom documents the field marked "Sent by Zoom only" for answers alone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsScheduleMeeting {
    /// Start meetings with the host video on.
    pub host_video: Option<bool>,
    /// Start meetings with participant video on.
    pub participants_video: Option<bool>,
    /// Audio options offered in meetings.
    pub audio_type: Option<AudioType>,
    /// Let participants join before the host.
    pub join_before_host: Option<bool>,
    /// Require a passcode for PMI meetings that allow joining before the host.
    pub force_pmi_jbh_password: Option<bool>,
    /// Ask phone-only participants for a passcode.
    pub pstn_password_protected: Option<bool>,
    /// Use the personal meeting ID for scheduled meetings.
    pub use_pmi_for_scheduled_meetings: Option<bool>,
    /// Use the personal meeting ID for instant meetings.
    pub use_pmi_for_instant_meetings: Option<bool>,
    /// Require a passcode when scheduling new meetings.
    pub require_password_for_scheduling_new_meetings: Option<bool>,
    /// Require a passcode for scheduled meetings.
    pub require_password_for_scheduled_meetings: Option<bool>,
    /// Passcode applied to new scheduled meetings.
    pub default_password_for_scheduled_meetings: Option<String>,
    /// Require a passcode for instant meetings.
    pub require_password_for_instant_meetings: Option<bool>,
    /// Which personal meeting ID meetings need a passcode.
    pub require_password_for_pmi_meetings: Option<RequirePasswordForPmiMeetings>,
    /// Passcode of the personal meeting ID.
    pub pmi_password: Option<String>,
    /// Put the encrypted passcode into join links.
    pub embed_password_in_join_link: Option<bool>,
    /// Rules a meeting passcode must follow.
    pub meeting_password_requirement: Option<MeetingPasswordRequirement>,
    /// Whether the personal meeting ID is enabled.
    pub personal_meeting: Option<bool>,
    /// Mute participants as they join.
    pub mute_upon_entry: Option<bool>,
    /// Give each meeting its own group chat.
    pub enable_dedicated_group_chat: Option<bool>,
    /// Sent by Zoom only. Continuous meeting chat settings; member fields are not modelled.
    pub continuous_meeting_chat: Option<serde_json::Map<String, serde_json::Value>>,
}

crate::runtime::object_impls!(
    UserSettingsScheduleMeeting { "host_video" => host_video optional,
    "participants_video" => participants_video optional, "audio_type" => audio_type
    optional, "join_before_host" => join_before_host optional, "force_pmi_jbh_password"
    => force_pmi_jbh_password optional, "pstn_password_protected" =>
    pstn_password_protected optional, "use_pmi_for_scheduled_meetings" =>
    use_pmi_for_scheduled_meetings optional, "use_pmi_for_instant_meetings" =>
    use_pmi_for_instant_meetings optional, "require_password_for_scheduling_new_meetings"
    => require_password_for_scheduling_new_meetings optional,
    "require_password_for_scheduled_meetings" => require_password_for_scheduled_meetings
    optional, "default_password_for_scheduled_meetings" =>
    default_password_for_scheduled_meetings optional,
    "require_password_for_instant_meetings" => require_password_for_instant_meetings
    optional, "require_password_for_pmi_meetings" => require_password_for_pmi_meetings
    optional, "pmi_password" => pmi_password optional, "embed_password_in_join_link" =>
    embed_password_in_join_link optional, "meeting_password_requirement" =>
    meeting_password_requirement optional, "personal_meeting" => personal_meeting
    optional, "mute_upon_entry" => mute_upon_entry optional,
    "enable_dedicated_group_chat" => enable_dedicated_group_chat optional,
    "continuous_meeting_chat" => continuous_meeting_chat optional }
);

impl crate::runtime::Check for UserSettingsScheduleMeeting {}
/// Another name for [`UserSettingsScheduleMeeting`].
pub type UserSettingsScheduleMeetingUpdate = UserSettingsScheduleMeeting;

/// Telephony settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsTelephony {
    /// Allow a third-party audio conference.
    pub third_party_audio: Option<bool>,
    /// Dial-in details of the third-party audio conference.
    ///
    /// At most 2048 characters. Zoom assumes `""` when this is not sent.
    pub audio_conference_info: Option<String>,
    /// Show the international dial-in numbers link in invitations.
    pub show_international_numbers_link: Option<bool>,
    /// Regions for dial-in numbers. Zoom's reference names the selection `selection_values`, but its answers send `selection_value`; each is read into its own field.
    pub telephony_regions: Option<TelephonyRegions>,
}

crate::runtime::object_impls!(
    UserSettingsTelephony { "third_party_audio" => third_party_audio optional,
    "audio_conference_info" => audio_conference_info optional,
    "show_international_numbers_link" => show_international_numbers_link optional,
    "telephony_regions" => telephony_regions optional }
);

impl crate::runtime::Check for UserSettingsTelephony {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "audio_conference_info",
            &self.audio_conference_info,
            &crate::runtime::Rules {
                max_length: Some(2048),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Telephony settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsTelephonyUpdate {
    /// Allow a third-party audio conference.
    pub third_party_audio: Option<bool>,
    /// Dial-in details of the third-party audio conference.
    ///
    /// At most 2048 characters. Zoom assumes `""` when this is not sent.
    pub audio_conference_info: Option<String>,
    /// Show the international dial-in numbers link in invitations.
    pub show_international_numbers_link: Option<bool>,
    /// Regions for dial-in numbers.
    pub telephony_regions: Option<TelephonyRegionsUpdate>,
}

crate::runtime::object_impls!(
    UserSettingsTelephonyUpdate { "third_party_audio" => third_party_audio optional,
    "audio_conference_info" => audio_conference_info optional,
    "show_international_numbers_link" => show_international_numbers_link optional,
    "telephony_regions" => telephony_regions optional }
);

impl crate::runtime::Check for UserSettingsTelephonyUpdate {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "audio_conference_info",
            &self.audio_conference_info,
            &crate::runtime::Rules {
                max_length: Some(2048),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Telephony service provider settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsTsp {
    /// Allow calling out to phones.
    pub call_out: Option<bool>,
    /// Countries that can be called; item fields are not modelled.
    pub call_out_countries: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Show the international numbers link.
    pub show_international_numbers_link: Option<bool>,
    /// Countries whose telephony-provider dial-in numbers appear in invitations.
    pub global_dial_in_countries: Option<TspGlobalDialInCountries>,
}

crate::runtime::object_impls!(
    UserSettingsTsp { "call_out" => call_out optional, "call_out_countries" =>
    call_out_countries optional, "show_international_numbers_link" =>
    show_international_numbers_link optional, "global_dial_in_countries" =>
    global_dial_in_countries optional }
);

impl crate::runtime::Check for UserSettingsTsp {}
/// Body of Update user settings; the branch must match the `option` query parameter.
///
/// Zoom does not tag which shape it sends; the client picks the variant
/// whose properties best match the keys of the JSON object (a key whose
/// value has the wrong JSON kind rules a variant out).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UserSettingsUpdate {
    /// The [`UserSettingsFullUpdate`] shape.
    Full(UserSettingsFullUpdate),
    /// The [`UserSettingsAuthenticationUpdate`] shape.
    Authentication(UserSettingsAuthenticationUpdate),
    /// The [`UserMeetingSecuritySettings`] shape.
    MeetingSecurity(UserMeetingSecuritySettings),
    /// A shape this client does not recognise, kept as received.
    Other(serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for UserSettingsUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::JsonKind as K;
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let parsed = match crate::runtime::pick_branch(
            &value,
            &[
                &[
                    ("audio_conferencing", K::Object),
                    ("email_notification", K::Object),
                    ("feature", K::Object),
                    ("in_meeting", K::Object),
                    ("profile", K::Object),
                    ("recording", K::Object),
                    ("schedule_meeting", K::Object),
                    ("telephony", K::Object),
                    ("tsp", K::Object),
                ],
                &[
                    ("authentication_option", K::Object),
                    ("meeting_authentication", K::Boolean),
                    ("recording_authentication", K::Boolean),
                ],
                &[("meeting_security", K::Object)],
            ],
        ) {
            Some(0) => serde_json::from_value(value).map(Self::Full),
            Some(1) => serde_json::from_value(value).map(Self::Authentication),
            Some(2) => serde_json::from_value(value).map(Self::MeetingSecurity),
            _ => return Ok(Self::Other(value)),
        };
        parsed.map_err(serde::de::Error::custom)
    }
}

impl From<UserSettingsFullUpdate> for UserSettingsUpdate {
    fn from(value: UserSettingsFullUpdate) -> Self {
        Self::Full(value)
    }
}

impl From<UserSettingsAuthenticationUpdate> for UserSettingsUpdate {
    fn from(value: UserSettingsAuthenticationUpdate) -> Self {
        Self::Authentication(value)
    }
}

impl From<UserMeetingSecuritySettings> for UserSettingsUpdate {
    fn from(value: UserMeetingSecuritySettings) -> Self {
        Self::MeetingSecurity(value)
    }
}

impl crate::runtime::Check for UserSettingsUpdate {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        match self {
            Self::Full(inner) => crate::runtime::Check::check_inside(inner, v),
            Self::MeetingSecurity(inner) => crate::runtime::Check::check_inside(inner, v),
            _ => {}
        }
    }
}

/// Account status of a user. The default applies when it is used as a List users filter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserStatus {
    /// `active`: The user can sign in.
    Active,
    /// `inactive`: The user was deactivated.
    Inactive,
    /// `pending`: The user has not accepted the invitation yet.
    Pending,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Pending => "pending",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "pending" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserStatus);

impl crate::runtime::Check for UserStatus {}
/// Status change to apply to a user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserStatusAction {
    /// `activate`: Make the user active.
    Activate,
    /// `deactivate`: Make the user inactive.
    Deactivate,
    /// `clock_in`: Clock the user in (workforce management).
    ClockIn,
    /// `clock_out`: Clock the user out (workforce management).
    ClockOut,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserStatusAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Activate => "activate",
            Self::Deactivate => "deactivate",
            Self::ClockIn => "clock_in",
            Self::ClockOut => "clock_out",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserStatusAction {
    fn from(value: &str) -> Self {
        match value {
            "activate" => Self::Activate,
            "deactivate" => Self::Deactivate,
            "clock_in" => Self::ClockIn,
            "clock_out" => Self::ClockOut,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserStatusAction);

impl crate::runtime::Check for UserStatusAction {}
/// Status change to apply to a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserStatusUpdate {
    /// Status change to apply to a user.
    pub action: UserStatusAction,
}

crate::runtime::object_impls!(UserStatusUpdate { "action" => action required });

impl UserStatusUpdate {
    /// A value with the required fields set and every other one `None`.
    pub fn new(action: UserStatusAction) -> Self {
        Self { action }
    }
}

impl crate::runtime::Check for UserStatusUpdate {}
/// A token issued for a user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserToken {
    /// The token; null for users who sign in with Google or Facebook.
    pub token: Option<String>,
}

crate::runtime::object_impls!(UserToken { "token" => token optional });

impl crate::runtime::Check for UserToken {}
/// Kind of user token to issue.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserTokenType {
    /// `token`: Older user token valid for 14 days; deprecated by Zoom but still the default.
    Token,
    /// `zak`: Zoom Access Key for starting meetings; lasts 2 hours by default, 90 days for API users.
    Zak,
    /// `onbehalf`: Delegation token letting a Meeting SDK app join a meeting as the user's assistant while the user is present; lasts 2 hours.
    Onbehalf,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserTokenType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Token => "token",
            Self::Zak => "zak",
            Self::Onbehalf => "onbehalf",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserTokenType {
    fn from(value: &str) -> Self {
        match value {
            "token" => Self::Token,
            "zak" => Self::Zak,
            "onbehalf" => Self::Onbehalf,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserTokenType);

impl crate::runtime::Check for UserTokenType {}
/// License type of a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UserType {
    /// `1`: Basic (free) user.
    Basic,
    /// `2`: Licensed (paid) user.
    Licensed,
    /// `3`: On-prem user (older accounts).
    OnPrem,
    /// `4`: User without a meetings license.
    NoMeetingsLicense,
    /// `99`: No type; can only be set through ssoCreate.
    Unassigned,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl UserType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Basic => 1,
            Self::Licensed => 2,
            Self::OnPrem => 3,
            Self::NoMeetingsLicense => 4,
            Self::Unassigned => 99,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for UserType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Basic,
            2 => Self::Licensed,
            3 => Self::OnPrem,
            4 => Self::NoMeetingsLicense,
            99 => Self::Unassigned,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(UserType);

impl crate::runtime::Check for UserType {}
/// Zoom Access Key of the calling user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserZak {
    /// The ZAK.
    pub token: Option<String>,
}

crate::runtime::object_impls!(UserZak { "token" => token optional });

impl crate::runtime::Check for UserZak {}
/// Who may admit people from the waiting room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UsersWhoCanAdmitFromWaitingRoom {
    /// `0`: Only the host and co-hosts.
    HostAndCoHosts,
    /// `1`: The host, co-hosts and anyone who skipped the waiting room.
    HostCoHostsAndBypassed,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl UsersWhoCanAdmitFromWaitingRoom {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::HostAndCoHosts => 0,
            Self::HostCoHostsAndBypassed => 1,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for UsersWhoCanAdmitFromWaitingRoom {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::HostAndCoHosts,
            1 => Self::HostCoHostsAndBypassed,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(UsersWhoCanAdmitFromWaitingRoom);

impl crate::runtime::Check for UsersWhoCanAdmitFromWaitingRoom {}
/// Result of a personal meeting room name lookup.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VanityNameCheck {
    /// True when the name is taken.
    pub existed: Option<bool>,
}

crate::runtime::object_impls!(VanityNameCheck { "existed" => existed optional });

impl crate::runtime::Check for VanityNameCheck {}
/// Virtual background options of a user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VirtualBackgroundSettings {
    /// Whether virtual backgrounds are on.
    pub enable: Option<bool>,
    /// Allow video backgrounds.
    pub allow_videos: Option<bool>,
    /// Allow uploading own backgrounds.
    pub allow_upload_custom: Option<bool>,
    /// Uploaded background files.
    pub files: Option<Vec<VirtualBackgroundFile>>,
}

crate::runtime::object_impls!(
    VirtualBackgroundSettings { "enable" => enable optional, "allow_videos" =>
    allow_videos optional, "allow_upload_custom" => allow_upload_custom optional, "files"
    => files optional }
);

impl crate::runtime::Check for VirtualBackgroundSettings {}
/// Who waits in the waiting room and who admits them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WaitingRoomSettings {
    /// Who is sent to the waiting room.
    pub participants_to_place_in_waiting_room: Option<ParticipantsToPlaceInWaitingRoom>,
    /// Email domains that skip the waiting room, comma-separated.
    pub whitelisted_domains_for_waiting_room: Option<String>,
    /// Who may admit people from the waiting room.
    pub users_who_can_admit_participants_from_waiting_room: Option<
        UsersWhoCanAdmitFromWaitingRoom,
    >,
}

crate::runtime::object_impls!(
    WaitingRoomSettings { "participants_to_place_in_waiting_room" =>
    participants_to_place_in_waiting_room optional,
    "whitelisted_domains_for_waiting_room" => whitelisted_domains_for_waiting_room
    optional, "users_who_can_admit_participants_from_waiting_room" =>
    users_who_can_admit_participants_from_waiting_room optional }
);

impl crate::runtime::Check for WaitingRoomSettings {}
/// Which webinar chat messages may be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebinarAllowUsersSaveChats {
    /// `0`: Saving chat is off.
    NotAllowed,
    /// `1`: Messages of the host and panelists.
    HostAndPanelistChats,
    /// `2`: All messages.
    AllChats,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl WebinarAllowUsersSaveChats {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::NotAllowed => 0,
            Self::HostAndPanelistChats => 1,
            Self::AllChats => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for WebinarAllowUsersSaveChats {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::NotAllowed,
            1 => Self::HostAndPanelistChats,
            2 => Self::AllChats,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(WebinarAllowUsersSaveChats);

impl crate::runtime::Check for WebinarAllowUsersSaveChats {}
/// Attendee capacity of the webinar add-on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebinarCapacity {
    /// `100`: Up to 100 attendees.
    Attendees100,
    /// `500`: Up to 500 attendees.
    Attendees500,
    /// `501`: Code 501, listed by Zoom for a 500-attendee plan variant.
    Attendees501,
    /// `1000`: Up to 1000 attendees.
    Attendees1000,
    /// `1001`: Code 1001, listed by Zoom for a 1000-attendee plan variant.
    Attendees1001,
    /// `3000`: Up to 3000 attendees.
    Attendees3000,
    /// `5000`: Up to 5000 attendees.
    Attendees5000,
    /// `10000`: Up to 10000 attendees.
    Attendees10000,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl WebinarCapacity {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Attendees100 => 100,
            Self::Attendees500 => 500,
            Self::Attendees501 => 501,
            Self::Attendees1000 => 1000,
            Self::Attendees1001 => 1001,
            Self::Attendees3000 => 3000,
            Self::Attendees5000 => 5000,
            Self::Attendees10000 => 10000,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for WebinarCapacity {
    fn from(value: i64) -> Self {
        match value {
            100 => Self::Attendees100,
            500 => Self::Attendees500,
            501 => Self::Attendees501,
            1000 => Self::Attendees1000,
            1001 => Self::Attendees1001,
            3000 => Self::Attendees3000,
            5000 => Self::Attendees5000,
            10000 => Self::Attendees10000,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(WebinarCapacity);

impl crate::runtime::Check for WebinarCapacity {}
/// Chat options for webinars.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarChatSettings {
    /// Whether webinar chat is on.
    pub enable: Option<bool>,
    /// Whom webinar panelists may chat with.
    pub allow_panelists_chat_with: Option<AllowPanelistsChatWith>,
    /// Whom webinar attendees may chat with.
    pub allow_attendees_chat_with: Option<AllowAttendeesChatWith>,
    /// Default audience of webinar attendee messages.
    pub default_attendees_chat_with: Option<DefaultAttendeesChatWith>,
    /// Let panelists send direct messages.
    pub allow_panelists_send_direct_message: Option<bool>,
    /// Which webinar chat messages may be saved.
    pub allow_users_save_chats: Option<WebinarAllowUsersSaveChats>,
    /// Save the chat to a local file automatically.
    pub allow_auto_save_local_chat_file: Option<bool>,
}

crate::runtime::object_impls!(
    WebinarChatSettings { "enable" => enable optional, "allow_panelists_chat_with" =>
    allow_panelists_chat_with optional, "allow_attendees_chat_with" =>
    allow_attendees_chat_with optional, "default_attendees_chat_with" =>
    default_attendees_chat_with optional, "allow_panelists_send_direct_message" =>
    allow_panelists_send_direct_message optional, "allow_users_save_chats" =>
    allow_users_save_chats optional, "allow_auto_save_local_chat_file" =>
    allow_auto_save_local_chat_file optional }
);

impl crate::runtime::Check for WebinarChatSettings {}
/// Live streaming options for webinars.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarLiveStreamingSettings {
    /// Whether webinar streaming is on.
    pub enable: Option<bool>,
    /// Services webinars may stream to.
    pub live_streaming_service: Option<Vec<LiveStreamingService>>,
    /// Instructions for the custom service.
    pub custom_service_instructions: Option<String>,
    /// Remind the host to start streaming.
    pub live_streaming_reminder: Option<bool>,
}

crate::runtime::object_impls!(
    WebinarLiveStreamingSettings { "enable" => enable optional, "live_streaming_service"
    => live_streaming_service optional, "custom_service_instructions" =>
    custom_service_instructions optional, "live_streaming_reminder" =>
    live_streaming_reminder optional }
);

impl crate::runtime::Check for WebinarLiveStreamingSettings {}
/// What hosts may add to webinar registration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebinarRegistrationOptions {
    /// Hosts may show the join details on the registration confirmation page.
    pub allow_host_to_enable_join_info: Option<bool>,
    /// Hosts may add buttons for sharing on social networks.
    pub allow_host_to_enable_social_share_buttons: Option<bool>,
    /// Hosts may add questions of their own to the form.
    pub enable_custom_questions: Option<bool>,
}

crate::runtime::object_impls!(
    WebinarRegistrationOptions { "allow_host_to_enable_join_info" =>
    allow_host_to_enable_join_info optional, "allow_host_to_enable_social_share_buttons"
    => allow_host_to_enable_social_share_buttons optional, "enable_custom_questions" =>
    enable_custom_questions optional }
);

impl crate::runtime::Check for WebinarRegistrationOptions {}
/// Who may share their screen.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WhoCanShareScreen {
    /// `host`: Only the host.
    Host,
    /// `all`: All participants (hosts and panelists in webinars).
    All,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl WhoCanShareScreen {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WhoCanShareScreen {
    fn from(value: &str) -> Self {
        match value {
            "host" => Self::Host,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(WhoCanShareScreen);

impl crate::runtime::Check for WhoCanShareScreen {}
/// Attendee capacity of the Zoom Events add-on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoomEventsCapacity {
    /// `500`: Up to 500 attendees.
    Attendees500,
    /// `1000`: Up to 1000 attendees.
    Attendees1000,
    /// `3000`: Up to 3000 attendees.
    Attendees3000,
    /// `5000`: Up to 5000 attendees.
    Attendees5000,
    /// `10000`: Up to 10000 attendees.
    Attendees10000,
    /// `20000`: Up to 20000 attendees.
    Attendees20000,
    /// `30000`: Up to 30000 attendees.
    Attendees30000,
    /// `50000`: Up to 50000 attendees.
    Attendees50000,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl ZoomEventsCapacity {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Attendees500 => 500,
            Self::Attendees1000 => 1000,
            Self::Attendees3000 => 3000,
            Self::Attendees5000 => 5000,
            Self::Attendees10000 => 10000,
            Self::Attendees20000 => 20000,
            Self::Attendees30000 => 30000,
            Self::Attendees50000 => 50000,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for ZoomEventsCapacity {
    fn from(value: i64) -> Self {
        match value {
            500 => Self::Attendees500,
            1000 => Self::Attendees1000,
            3000 => Self::Attendees3000,
            5000 => Self::Attendees5000,
            10000 => Self::Attendees10000,
            20000 => Self::Attendees20000,
            30000 => Self::Attendees30000,
            50000 => Self::Attendees50000,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(ZoomEventsCapacity);

impl crate::runtime::Check for ZoomEventsCapacity {}
/// Zoom One plan of a user, as a numeric code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoomOneType {
    /// `0`: No Zoom One plan; turns it off (Update only).
    NoZoomOne,
    /// `4`: Zoom One Enterprise.
    Enterprise,
    /// `8`: Zoom One Enterprise Plus.
    EnterprisePlus,
    /// `16`: Business Plus with US/Canada unlimited calling.
    BusinessPlusUsCa,
    /// `32`: Business Plus with UK/Ireland unlimited calling.
    BusinessPlusUkIe,
    /// `64`: Business Plus with Australia/New Zealand unlimited calling.
    BusinessPlusAuNz,
    /// `128`: Business Plus with Japan unlimited calling.
    BusinessPlusJapan,
    /// `33554432`: Business Plus with Global Select calling.
    BusinessPlusGlobalSelect,
    /// `134217728`: Enterprise Premier with US/Canada calling.
    EnterprisePremierUsCa,
    /// `4294967296`: Further plan code listed by Zoom (education or similar bundle).
    Code4294967296,
    /// `137438953472`: Further plan code listed by Zoom (education or similar bundle).
    Code137438953472,
    /// `18014398509481984`: Further plan code listed by Zoom (education or similar bundle).
    Code18014398509481984,
    /// `72057594037927936`: Further plan code listed by Zoom (education or similar bundle).
    Code72057594037927936,
    /// `144115188075855872`: Further plan code listed by Zoom (education or similar bundle).
    Code144115188075855872,
    /// `576460752303423488`: Further plan code listed by Zoom (education or similar bundle).
    Code576460752303423488,
    /// `268435456`: Enterprise Premier with Japan unlimited calling.
    EnterprisePremierJapan,
    /// `536870912`: Enterprise Premier with UK/Ireland unlimited calling.
    EnterprisePremierUkIe,
    /// `1073741824`: Enterprise Premier with Australia/New Zealand unlimited calling.
    EnterprisePremierAuNz,
    /// `8589934592`: Education Enterprise Premier with Japan unlimited calling.
    EducationEnterprisePremierJapan,
    /// `17179869184`: Education Enterprise Premier with UK/Ireland unlimited calling.
    EducationEnterprisePremierUkIe,
    /// `34359738368`: Education Enterprise Premier with Australia/New Zealand unlimited calling.
    EducationEnterprisePremierAuNz,
    /// `68719476736`: Education Enterprise Premier with Global Select calling.
    EducationEnterprisePremierGlobalSelect,
    /// `274877906944`: Education School and Campus Plus with Japan unlimited calling.
    EducationCampusPlusJapan,
    /// `549755813888`: Education School and Campus Plus with UK/Ireland unlimited calling.
    EducationCampusPlusUkIe,
    /// `1099511627776`: Education School and Campus Plus with Australia/New Zealand unlimited calling.
    EducationCampusPlusAuNz,
    /// `2199023255552`: Education School and Campus Plus with Global Select calling.
    EducationCampusPlusGlobalSelect,
    /// `4398046511104`: Pro Plus with US/Canada unlimited calling.
    ProPlusUsCa,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl ZoomOneType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::NoZoomOne => 0,
            Self::Enterprise => 4,
            Self::EnterprisePlus => 8,
            Self::BusinessPlusUsCa => 16,
            Self::BusinessPlusUkIe => 32,
            Self::BusinessPlusAuNz => 64,
            Self::BusinessPlusJapan => 128,
            Self::BusinessPlusGlobalSelect => 33554432,
            Self::EnterprisePremierUsCa => 134217728,
            Self::Code4294967296 => 4294967296,
            Self::Code137438953472 => 137438953472,
            Self::Code18014398509481984 => 18014398509481984,
            Self::Code72057594037927936 => 72057594037927936,
            Self::Code144115188075855872 => 144115188075855872,
            Self::Code576460752303423488 => 576460752303423488,
            Self::EnterprisePremierJapan => 268435456,
            Self::EnterprisePremierUkIe => 536870912,
            Self::EnterprisePremierAuNz => 1073741824,
            Self::EducationEnterprisePremierJapan => 8589934592,
            Self::EducationEnterprisePremierUkIe => 17179869184,
            Self::EducationEnterprisePremierAuNz => 34359738368,
            Self::EducationEnterprisePremierGlobalSelect => 68719476736,
            Self::EducationCampusPlusJapan => 274877906944,
            Self::EducationCampusPlusUkIe => 549755813888,
            Self::EducationCampusPlusAuNz => 1099511627776,
            Self::EducationCampusPlusGlobalSelect => 2199023255552,
            Self::ProPlusUsCa => 4398046511104,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for ZoomOneType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::NoZoomOne,
            4 => Self::Enterprise,
            8 => Self::EnterprisePlus,
            16 => Self::BusinessPlusUsCa,
            32 => Self::BusinessPlusUkIe,
            64 => Self::BusinessPlusAuNz,
            128 => Self::BusinessPlusJapan,
            33554432 => Self::BusinessPlusGlobalSelect,
            134217728 => Self::EnterprisePremierUsCa,
            4294967296 => Self::Code4294967296,
            137438953472 => Self::Code137438953472,
            18014398509481984 => Self::Code18014398509481984,
            72057594037927936 => Self::Code72057594037927936,
            144115188075855872 => Self::Code144115188075855872,
            576460752303423488 => Self::Code576460752303423488,
            268435456 => Self::EnterprisePremierJapan,
            536870912 => Self::EnterprisePremierUkIe,
            1073741824 => Self::EnterprisePremierAuNz,
            8589934592 => Self::EducationEnterprisePremierJapan,
            17179869184 => Self::EducationEnterprisePremierUkIe,
            34359738368 => Self::EducationEnterprisePremierAuNz,
            68719476736 => Self::EducationEnterprisePremierGlobalSelect,
            274877906944 => Self::EducationCampusPlusJapan,
            549755813888 => Self::EducationCampusPlusUkIe,
            1099511627776 => Self::EducationCampusPlusAuNz,
            2199023255552 => Self::EducationCampusPlusGlobalSelect,
            4398046511104 => Self::ProPlusUsCa,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(ZoomOneType);

impl crate::runtime::Check for ZoomOneType {}
