// @generated from spec/users.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Webhook events of the `users` group, generated from its `x-webhooks`.
#![allow(deprecated)]
use super::types::UserType;
/// The body of `user.activated`, `user.created`, `user.deactivated`, `user.deleted`, `user.disassociated` and `user.invitation_accepted`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserAccountEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `user.activated`, `user.created`, `user.deactivated`, `user.deleted`, `user.disassociated` and `user.invitation_accepted`.
    pub payload: UserAccountPayload,
}

impl UserAccountEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: UserAccountPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `user.activated`, `user.created`, `user.deactivated`, `user.deleted`, `user.disassociated` and `user.invitation_accepted`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserAccountPayload {
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
    pub object: UserAccountPayloadObject,
    /// The `creation_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_type: Option<UserAccountPayloadCreationType>,
}

impl UserAccountPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>, object: UserAccountPayloadObject) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
            creation_type: None,
        }
    }
}

/// The `UserAccountPayloadCreationType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserAccountPayloadCreationType {
    /// `create`.
    Create,
    /// `ssoCreate`.
    SsoCreate,
    /// `autoCreate`.
    AutoCreate,
    /// `custCreate`.
    CustCreate,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserAccountPayloadCreationType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::SsoCreate => "ssoCreate",
            Self::AutoCreate => "autoCreate",
            Self::CustCreate => "custCreate",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserAccountPayloadCreationType {
    fn from(value: &str) -> Self {
        match value {
            "create" => Self::Create,
            "ssoCreate" => Self::SsoCreate,
            "autoCreate" => Self::AutoCreate,
            "custCreate" => Self::CustCreate,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserAccountPayloadCreationType);

/// The `UserAccountPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserAccountPayloadObject {
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
    /// License type of a user.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<UserType>,
    /// The `display_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

/// The body of `user.personal_notes_updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserPersonalNotesUpdatedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `user.personal_notes_updated`.
    pub payload: UserPersonalNotesUpdatedPayload,
}

impl UserPersonalNotesUpdatedEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        event: impl Into<String>,
        payload: UserPersonalNotesUpdatedPayload,
    ) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `object` and `old_object` of `user.personal_notes_updated`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserPersonalNotesUpdatedObject {
    /// The `date_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `personal_notes` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_notes: Option<String>,
}

/// The `payload` of `user.personal_notes_updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserPersonalNotesUpdatedPayload {
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
    /// The `object` and `old_object` of `user.personal_notes_updated`.
    pub object: UserPersonalNotesUpdatedObject,
    /// The `object` and `old_object` of `user.personal_notes_updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_object: Option<UserPersonalNotesUpdatedObject>,
}

impl UserPersonalNotesUpdatedPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: UserPersonalNotesUpdatedObject,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
            old_object: None,
        }
    }
}

/// The body of `user.presence_status_updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserPresenceStatusUpdatedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `user.presence_status_updated`.
    pub payload: UserPresenceStatusUpdatedPayload,
}

impl UserPresenceStatusUpdatedEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        event: impl Into<String>,
        payload: UserPresenceStatusUpdatedPayload,
    ) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `user.presence_status_updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserPresenceStatusUpdatedPayload {
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
    pub object: UserPresenceStatusUpdatedPayloadObject,
}

impl UserPresenceStatusUpdatedPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: UserPresenceStatusUpdatedPayloadObject,
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

/// The `UserPresenceStatusUpdatedPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserPresenceStatusUpdatedPayloadObject {
    /// The `date_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `presence_status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence_status: Option<UserPresenceStatusUpdatedPayloadObjectPresenceStatus>,
    /// The `app` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<UserPresenceStatusUpdatedPayloadObjectApp>,
}

/// The `UserPresenceStatusUpdatedPayloadObjectApp` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserPresenceStatusUpdatedPayloadObjectApp {
    /// The `type` field.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<UserPresenceStatusUpdatedPayloadObjectAppType>,
    /// The `presence_status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence_status: Option<UserPresenceStatusUpdatedPayloadObjectAppPresenceStatus>,
}

/// The `UserPresenceStatusUpdatedPayloadObjectAppPresenceStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserPresenceStatusUpdatedPayloadObjectAppPresenceStatus {
    /// `Available`.
    Available,
    /// `Away`.
    Away,
    /// `Do_Not_Disturb`.
    DoNotDisturb,
    /// `In_Meeting`.
    InMeeting,
    /// `Presenting`.
    Presenting,
    /// `On_Phone_Call`.
    OnPhoneCall,
    /// `In_Calendar_Event`.
    InCalendarEvent,
    /// `Offline`.
    Offline,
    /// `Busy`.
    Busy,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserPresenceStatusUpdatedPayloadObjectAppPresenceStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "Available",
            Self::Away => "Away",
            Self::DoNotDisturb => "Do_Not_Disturb",
            Self::InMeeting => "In_Meeting",
            Self::Presenting => "Presenting",
            Self::OnPhoneCall => "On_Phone_Call",
            Self::InCalendarEvent => "In_Calendar_Event",
            Self::Offline => "Offline",
            Self::Busy => "Busy",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserPresenceStatusUpdatedPayloadObjectAppPresenceStatus {
    fn from(value: &str) -> Self {
        match value {
            "Available" => Self::Available,
            "Away" => Self::Away,
            "Do_Not_Disturb" => Self::DoNotDisturb,
            "In_Meeting" => Self::InMeeting,
            "Presenting" => Self::Presenting,
            "On_Phone_Call" => Self::OnPhoneCall,
            "In_Calendar_Event" => Self::InCalendarEvent,
            "Offline" => Self::Offline,
            "Busy" => Self::Busy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    UserPresenceStatusUpdatedPayloadObjectAppPresenceStatus
);

/// The `UserPresenceStatusUpdatedPayloadObjectAppType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserPresenceStatusUpdatedPayloadObjectAppType {
    /// `desktop`.
    Desktop,
    /// `mobile`.
    Mobile,
    /// `pad`.
    Pad,
    /// `pzr`.
    Pzr,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserPresenceStatusUpdatedPayloadObjectAppType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Desktop => "desktop",
            Self::Mobile => "mobile",
            Self::Pad => "pad",
            Self::Pzr => "pzr",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserPresenceStatusUpdatedPayloadObjectAppType {
    fn from(value: &str) -> Self {
        match value {
            "desktop" => Self::Desktop,
            "mobile" => Self::Mobile,
            "pad" => Self::Pad,
            "pzr" => Self::Pzr,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserPresenceStatusUpdatedPayloadObjectAppType);

/// The `UserPresenceStatusUpdatedPayloadObjectPresenceStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserPresenceStatusUpdatedPayloadObjectPresenceStatus {
    /// `Available`.
    Available,
    /// `Away`.
    Away,
    /// `Do_Not_Disturb`.
    DoNotDisturb,
    /// `In_Meeting`.
    InMeeting,
    /// `Presenting`.
    Presenting,
    /// `On_Phone_Call`.
    OnPhoneCall,
    /// `In_Calendar_Event`.
    InCalendarEvent,
    /// `Offline`.
    Offline,
    /// `Busy`.
    Busy,
    /// `Mobile_signed_in`.
    MobileSignedIn,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserPresenceStatusUpdatedPayloadObjectPresenceStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "Available",
            Self::Away => "Away",
            Self::DoNotDisturb => "Do_Not_Disturb",
            Self::InMeeting => "In_Meeting",
            Self::Presenting => "Presenting",
            Self::OnPhoneCall => "On_Phone_Call",
            Self::InCalendarEvent => "In_Calendar_Event",
            Self::Offline => "Offline",
            Self::Busy => "Busy",
            Self::MobileSignedIn => "Mobile_signed_in",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserPresenceStatusUpdatedPayloadObjectPresenceStatus {
    fn from(value: &str) -> Self {
        match value {
            "Available" => Self::Available,
            "Away" => Self::Away,
            "Do_Not_Disturb" => Self::DoNotDisturb,
            "In_Meeting" => Self::InMeeting,
            "Presenting" => Self::Presenting,
            "On_Phone_Call" => Self::OnPhoneCall,
            "In_Calendar_Event" => Self::InCalendarEvent,
            "Offline" => Self::Offline,
            "Busy" => Self::Busy,
            "Mobile_signed_in" => Self::MobileSignedIn,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserPresenceStatusUpdatedPayloadObjectPresenceStatus);

/// The body of `user.settings_updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserSettingsUpdatedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `user.settings_updated`.
    pub payload: UserSettingsUpdatedPayload,
    /// The `operator` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The `operator_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_id: Option<String>,
    /// The `time_stamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_stamp: Option<i64>,
}

impl UserSettingsUpdatedEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: UserSettingsUpdatedPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
            operator: None,
            operator_id: None,
            time_stamp: None,
        }
    }
}

/// The `object` and `old_object` of `user.settings_updated`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserSettingsUpdatedObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `settings` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

/// The `payload` of `user.settings_updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserSettingsUpdatedPayload {
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
    /// The `time_stamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_stamp: Option<i64>,
    /// The `object` and `old_object` of `user.settings_updated`.
    pub object: UserSettingsUpdatedObject,
    /// The `object` and `old_object` of `user.settings_updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_object: Option<UserSettingsUpdatedObject>,
}

impl UserSettingsUpdatedPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(
        account_id: impl Into<String>,
        object: UserSettingsUpdatedObject,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            time_stamp: None,
            object,
            old_object: None,
        }
    }
}

/// The body of `user.signed_in` and `user.signed_out`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserSignInEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `user.signed_in` and `user.signed_out`.
    pub payload: UserSignInPayload,
}

impl UserSignInEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: UserSignInPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `payload` of `user.signed_in` and `user.signed_out`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserSignInPayload {
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
    pub object: UserSignInPayloadObject,
}

impl UserSignInPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>, object: UserSignInPayloadObject) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object,
        }
    }
}

/// The `UserSignInPayloadObject` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserSignInPayloadObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `client_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_type: Option<UserSignInPayloadObjectClientType>,
    /// The `date_time` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `version` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The `login_type` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_type: Option<String>,
}

/// The `UserSignInPayloadObjectClientType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserSignInPayloadObjectClientType {
    /// `browser`.
    Browser,
    /// `mac`.
    Mac,
    /// `win`.
    Win,
    /// `iphone`.
    Iphone,
    /// `android`.
    Android,
    /// `ipad`.
    Ipad,
    /// `chromeos`.
    Chromeos,
    /// `linux`.
    Linux,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserSignInPayloadObjectClientType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Browser => "browser",
            Self::Mac => "mac",
            Self::Win => "win",
            Self::Iphone => "iphone",
            Self::Android => "android",
            Self::Ipad => "ipad",
            Self::Chromeos => "chromeos",
            Self::Linux => "linux",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserSignInPayloadObjectClientType {
    fn from(value: &str) -> Self {
        match value {
            "browser" => Self::Browser,
            "mac" => Self::Mac,
            "win" => Self::Win,
            "iphone" => Self::Iphone,
            "android" => Self::Android,
            "ipad" => Self::Ipad,
            "chromeos" => Self::Chromeos,
            "linux" => Self::Linux,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserSignInPayloadObjectClientType);

/// The body of `user.tsp_created`, `user.tsp_deleted` and `user.tsp_updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserTspEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `user.tsp_created`, `user.tsp_deleted` and `user.tsp_updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<UserTspPayload>,
}

impl UserTspEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload: None,
        }
    }
}

/// The `object` and `old_object` of `user.tsp_created`, `user.tsp_deleted` and `user.tsp_updated`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserTspObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `email` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `tsp_credentials` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tsp_credentials: Option<UserTspObjectTspCredentials>,
    /// The `conference_code` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference_code: Option<String>,
    /// The `leader_pin` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader_pin: Option<String>,
    /// The `tsp_bridge` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tsp_bridge: Option<String>,
    /// The `dial_in_numbers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dial_in_numbers: Option<Vec<UserTspObjectDialInNumbersItem>>,
}

/// The `UserTspObjectDialInNumbersItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserTspObjectDialInNumbersItem {
    /// The `code` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The `number` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The `type` field.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<UserTspObjectDialInNumbersItemType>,
    /// The `country_label` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_label: Option<UserTspObjectDialInNumbersItemCountryLabel>,
}

/// The `UserTspObjectDialInNumbersItemCountryLabel` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserTspObjectDialInNumbersItemCountryLabel {
    /// `US_TSP_TB`.
    UsTspTb,
    /// `EU_TSP_TB`.
    EuTspTb,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserTspObjectDialInNumbersItemCountryLabel {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsTspTb => "US_TSP_TB",
            Self::EuTspTb => "EU_TSP_TB",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserTspObjectDialInNumbersItemCountryLabel {
    fn from(value: &str) -> Self {
        match value {
            "US_TSP_TB" => Self::UsTspTb,
            "EU_TSP_TB" => Self::EuTspTb,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserTspObjectDialInNumbersItemCountryLabel);

/// The `UserTspObjectDialInNumbersItemType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserTspObjectDialInNumbersItemType {
    /// `toll`.
    Toll,
    /// `tollfree`.
    Tollfree,
    /// `media_link`.
    MediaLink,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserTspObjectDialInNumbersItemType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Toll => "toll",
            Self::Tollfree => "tollfree",
            Self::MediaLink => "media_link",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserTspObjectDialInNumbersItemType {
    fn from(value: &str) -> Self {
        match value {
            "toll" => Self::Toll,
            "tollfree" => Self::Tollfree,
            "media_link" => Self::MediaLink,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserTspObjectDialInNumbersItemType);

/// The `UserTspObjectTspCredentials` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserTspObjectTspCredentials {
    /// The `conference_code` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference_code: Option<String>,
    /// The `leader_pin` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader_pin: Option<String>,
    /// The `tsp_bridge` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tsp_bridge: Option<String>,
    /// The `dial_in_numbers` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dial_in_numbers: Option<Vec<UserTspObjectTspCredentialsDialInNumbersItem>>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The `UserTspObjectTspCredentialsDialInNumbersItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserTspObjectTspCredentialsDialInNumbersItem {
    /// The `code` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The `number` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The `type` field.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<UserTspObjectTspCredentialsDialInNumbersItemType>,
    /// The `country_label` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_label: Option<UserTspObjectTspCredentialsDialInNumbersItemCountryLabel>,
}

/// The `UserTspObjectTspCredentialsDialInNumbersItemCountryLabel` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserTspObjectTspCredentialsDialInNumbersItemCountryLabel {
    /// `US_TSP_TB`.
    UsTspTb,
    /// `EU_TSP_TB`.
    EuTspTb,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserTspObjectTspCredentialsDialInNumbersItemCountryLabel {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsTspTb => "US_TSP_TB",
            Self::EuTspTb => "EU_TSP_TB",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserTspObjectTspCredentialsDialInNumbersItemCountryLabel {
    fn from(value: &str) -> Self {
        match value {
            "US_TSP_TB" => Self::UsTspTb,
            "EU_TSP_TB" => Self::EuTspTb,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(
    UserTspObjectTspCredentialsDialInNumbersItemCountryLabel
);

/// The `UserTspObjectTspCredentialsDialInNumbersItemType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserTspObjectTspCredentialsDialInNumbersItemType {
    /// `toll`.
    Toll,
    /// `tollfree`.
    Tollfree,
    /// `media_link`.
    MediaLink,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserTspObjectTspCredentialsDialInNumbersItemType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Toll => "toll",
            Self::Tollfree => "tollfree",
            Self::MediaLink => "media_link",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserTspObjectTspCredentialsDialInNumbersItemType {
    fn from(value: &str) -> Self {
        match value {
            "toll" => Self::Toll,
            "tollfree" => Self::Tollfree,
            "media_link" => Self::MediaLink,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserTspObjectTspCredentialsDialInNumbersItemType);

/// The `payload` of `user.tsp_created`, `user.tsp_deleted` and `user.tsp_updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserTspPayload {
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
    /// The `object` and `old_object` of `user.tsp_created`, `user.tsp_deleted` and `user.tsp_updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<UserTspObject>,
    /// The `object` and `old_object` of `user.tsp_created`, `user.tsp_deleted` and `user.tsp_updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_object: Option<UserTspObject>,
}

impl UserTspPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            object: None,
            old_object: None,
        }
    }
}

/// The body of `user.updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserUpdatedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ts: Option<i64>,
    /// The `payload` of `user.updated`.
    pub payload: UserUpdatedPayload,
}

impl UserUpdatedEvent {
    /// A value with the required fields set and every other one `None`.
    pub fn new(event: impl Into<String>, payload: UserUpdatedPayload) -> Self {
        Self {
            event: event.into(),
            event_ts: None,
            payload,
        }
    }
}

/// The `object` and `old_object` of `user.updated`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserUpdatedObject {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `first_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The `last_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `display_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// License type of a user.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<UserType>,
    /// The `phone_number` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The `phone_country` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_country: Option<String>,
    /// The `company` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The `pmi` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pmi: Option<i64>,
    /// The `use_pmi` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_pmi: Option<bool>,
    /// The `timezone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The `pic_url` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pic_url: Option<String>,
    /// The `vanity_name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vanity_name: Option<String>,
    /// The `host_key` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_key: Option<String>,
    /// The `role` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The `dept` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dept: Option<String>,
    /// The `language` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The `settings` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<UserUpdatedObjectSettings>,
    /// The `custom_attributes` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<Vec<UserUpdatedObjectCustomAttributesItem>>,
    /// The `primary_group_id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_group_id: Option<String>,
}

/// The `UserUpdatedObjectCustomAttributesItem` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserUpdatedObjectCustomAttributesItem {
    /// The `key` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `value` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
}

/// The `UserUpdatedObjectSettings` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserUpdatedObjectSettings {
    /// The `feature` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<UserUpdatedObjectSettingsFeature>,
    /// The `meeting_capacity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_capacity: Option<i64>,
    /// The `large_meeting` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub large_meeting: Option<String>,
}

/// The `UserUpdatedObjectSettingsFeature` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserUpdatedObjectSettingsFeature {
    /// The `large_meeting_capacity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub large_meeting_capacity: Option<i64>,
    /// The `webinar` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webinar: Option<bool>,
    /// The `webinar_capacity` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webinar_capacity: Option<i64>,
}

/// The `payload` of `user.updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserUpdatedPayload {
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
    /// The `operation` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<UserUpdatedPayloadOperation>,
    /// The `object` and `old_object` of `user.updated`.
    pub object: UserUpdatedObject,
    /// The `time_stamp` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_stamp: Option<i64>,
    /// The `object` and `old_object` of `user.updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_object: Option<UserUpdatedObject>,
}

impl UserUpdatedPayload {
    /// A value with the required fields set and every other one `None`.
    pub fn new(account_id: impl Into<String>, object: UserUpdatedObject) -> Self {
        Self {
            account_id: account_id.into(),
            operator: None,
            operator_id: None,
            operator_member_id: None,
            operation: None,
            object,
            time_stamp: None,
            old_object: None,
        }
    }
}

/// The `UserUpdatedPayloadOperation` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserUpdatedPayloadOperation {
    /// `change_password`.
    ChangePassword,
    /// `sign_out_from_all_devices`.
    SignOutFromAllDevices,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl UserUpdatedPayloadOperation {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChangePassword => "change_password",
            Self::SignOutFromAllDevices => "sign_out_from_all_devices",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserUpdatedPayloadOperation {
    fn from(value: &str) -> Self {
        match value {
            "change_password" => Self::ChangePassword,
            "sign_out_from_all_devices" => Self::SignOutFromAllDevices,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(UserUpdatedPayloadOperation);

/// A webhook event of the `users` group: one variant per event the spec declares, each with the typed body, and `Unknown` for any other event (Zoom adds events), kept as received.
///
/// Read it with [`Event::from_json`], `serde_json::from_str`, or `RawEvent::parse` after `Verifier::verify`. Serialising writes the body back (an `Unknown` event exactly as it came).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// `user.activated`: A user was activated.
    UserActivated(UserAccountEvent),
    /// `user.created`: A user was added to the account.
    UserCreated(UserAccountEvent),
    /// `user.deactivated`: A user was deactivated.
    UserDeactivated(UserAccountEvent),
    /// `user.deleted`: A user was removed from the account.
    UserDeleted(UserAccountEvent),
    /// `user.disassociated`: A user was unlinked from the account.
    UserDisassociated(UserAccountEvent),
    /// `user.invitation_accepted`: A user accepted the invitation to the account.
    UserInvitationAccepted(UserAccountEvent),
    /// `user.personal_notes_updated`: A user's personal note changed.
    UserPersonalNotesUpdated(UserPersonalNotesUpdatedEvent),
    /// `user.presence_status_updated`: A user's presence status changed.
    UserPresenceStatusUpdated(UserPresenceStatusUpdatedEvent),
    /// `user.settings_updated`: A user's settings changed.
    UserSettingsUpdated(UserSettingsUpdatedEvent),
    /// `user.signed_in`: A user signed in.
    UserSignedIn(UserSignInEvent),
    /// `user.signed_out`: A user signed out.
    UserSignedOut(UserSignInEvent),
    /// `user.tsp_created`: A user added telephony provider (TSP) details.
    UserTspCreated(UserTspEvent),
    /// `user.tsp_deleted`: A user removed telephony provider (TSP) details.
    UserTspDeleted(UserTspEvent),
    /// `user.tsp_updated`: A user's telephony provider (TSP) details changed.
    UserTspUpdated(UserTspEvent),
    /// `user.updated`: A user's profile changed.
    UserUpdated(UserUpdatedEvent),
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
                "user.activated" => {
                    Self::UserActivated(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.created" => {
                    Self::UserCreated(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.deactivated" => {
                    Self::UserDeactivated(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.deleted" => {
                    Self::UserDeleted(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.disassociated" => {
                    Self::UserDisassociated(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.invitation_accepted" => {
                    Self::UserInvitationAccepted(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "user.personal_notes_updated" => {
                    Self::UserPersonalNotesUpdated(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "user.presence_status_updated" => {
                    Self::UserPresenceStatusUpdated(
                        crate::webhooks::decode_event(&name, raw)?,
                    )
                }
                "user.settings_updated" => {
                    Self::UserSettingsUpdated(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.signed_in" => {
                    Self::UserSignedIn(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.signed_out" => {
                    Self::UserSignedOut(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.tsp_created" => {
                    Self::UserTspCreated(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.tsp_deleted" => {
                    Self::UserTspDeleted(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.tsp_updated" => {
                    Self::UserTspUpdated(crate::webhooks::decode_event(&name, raw)?)
                }
                "user.updated" => {
                    Self::UserUpdated(crate::webhooks::decode_event(&name, raw)?)
                }
                _ => Self::Unknown { name, raw },
            },
        )
    }

    /// The event's name, as Zoom sends it in `event`.
    pub fn name(&self) -> &str {
        match self {
            Self::UserActivated(_) => "user.activated",
            Self::UserCreated(_) => "user.created",
            Self::UserDeactivated(_) => "user.deactivated",
            Self::UserDeleted(_) => "user.deleted",
            Self::UserDisassociated(_) => "user.disassociated",
            Self::UserInvitationAccepted(_) => "user.invitation_accepted",
            Self::UserPersonalNotesUpdated(_) => "user.personal_notes_updated",
            Self::UserPresenceStatusUpdated(_) => "user.presence_status_updated",
            Self::UserSettingsUpdated(_) => "user.settings_updated",
            Self::UserSignedIn(_) => "user.signed_in",
            Self::UserSignedOut(_) => "user.signed_out",
            Self::UserTspCreated(_) => "user.tsp_created",
            Self::UserTspDeleted(_) => "user.tsp_deleted",
            Self::UserTspUpdated(_) => "user.tsp_updated",
            Self::UserUpdated(_) => "user.updated",
            Self::Unknown { name, .. } => name,
        }
    }
}

impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::UserActivated(body) => serde::Serialize::serialize(body, serializer),
            Self::UserCreated(body) => serde::Serialize::serialize(body, serializer),
            Self::UserDeactivated(body) => serde::Serialize::serialize(body, serializer),
            Self::UserDeleted(body) => serde::Serialize::serialize(body, serializer),
            Self::UserDisassociated(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::UserInvitationAccepted(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::UserPersonalNotesUpdated(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::UserPresenceStatusUpdated(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::UserSettingsUpdated(body) => {
                serde::Serialize::serialize(body, serializer)
            }
            Self::UserSignedIn(body) => serde::Serialize::serialize(body, serializer),
            Self::UserSignedOut(body) => serde::Serialize::serialize(body, serializer),
            Self::UserTspCreated(body) => serde::Serialize::serialize(body, serializer),
            Self::UserTspDeleted(body) => serde::Serialize::serialize(body, serializer),
            Self::UserTspUpdated(body) => serde::Serialize::serialize(body, serializer),
            Self::UserUpdated(body) => serde::Serialize::serialize(body, serializer),
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
