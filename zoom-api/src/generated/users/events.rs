// @generated from spec/users.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Webhook events of the `users` group, generated from its `x-webhooks`.
#![allow(deprecated)]
use super::types::UserType;
/// The body of `user.activated`, `user.created`, `user.deactivated`, `user.deleted`, `user.disassociated` and `user.invitation_accepted`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserAccountEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `user.activated`, `user.created`, `user.deactivated`, `user.deleted`, `user.disassociated` and `user.invitation_accepted`.
    pub payload: UserAccountPayload,
}

crate::runtime::object_impls!(
    UserAccountEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UserAccountPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: UserAccountPayloadObject,
    /// The `creation_type` field.
    pub creation_type: Option<UserAccountPayloadCreationType>,
}

crate::runtime::object_impls!(
    UserAccountPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required, "creation_type" =>
    creation_type optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserAccountPayloadObject {
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
    /// License type of a user.
    pub type_: Option<UserType>,
    /// The `display_name` field.
    pub display_name: Option<String>,
}

crate::runtime::object_impls!(
    UserAccountPayloadObject { "id" => id optional, "first_name" => first_name optional,
    "last_name" => last_name optional, "email" => email optional, "type" => type_
    optional, "display_name" => display_name optional }
);

/// The body of `user.personal_notes_updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPersonalNotesUpdatedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `user.personal_notes_updated`.
    pub payload: UserPersonalNotesUpdatedPayload,
}

crate::runtime::object_impls!(
    UserPersonalNotesUpdatedEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserPersonalNotesUpdatedObject {
    /// The `date_time` field.
    pub date_time: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `id` field.
    pub id: Option<String>,
    /// The `personal_notes` field.
    pub personal_notes: Option<String>,
}

crate::runtime::object_impls!(
    UserPersonalNotesUpdatedObject { "date_time" => date_time optional, "email" => email
    optional, "id" => id optional, "personal_notes" => personal_notes optional }
);

/// The `payload` of `user.personal_notes_updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPersonalNotesUpdatedPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` and `old_object` of `user.personal_notes_updated`.
    pub object: UserPersonalNotesUpdatedObject,
    /// The `object` and `old_object` of `user.personal_notes_updated`.
    pub old_object: Option<UserPersonalNotesUpdatedObject>,
}

crate::runtime::object_impls!(
    UserPersonalNotesUpdatedPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required, "old_object" => old_object
    optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UserPresenceStatusUpdatedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `user.presence_status_updated`.
    pub payload: UserPresenceStatusUpdatedPayload,
}

crate::runtime::object_impls!(
    UserPresenceStatusUpdatedEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UserPresenceStatusUpdatedPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: UserPresenceStatusUpdatedPayloadObject,
}

crate::runtime::object_impls!(
    UserPresenceStatusUpdatedPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserPresenceStatusUpdatedPayloadObject {
    /// The `date_time` field.
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `id` field.
    pub id: Option<String>,
    /// The `presence_status` field.
    pub presence_status: Option<UserPresenceStatusUpdatedPayloadObjectPresenceStatus>,
    /// The `app` field.
    pub app: Option<UserPresenceStatusUpdatedPayloadObjectApp>,
}

crate::runtime::object_impls!(
    UserPresenceStatusUpdatedPayloadObject { "date_time" => date_time optional, "email"
    => email optional, "id" => id optional, "presence_status" => presence_status
    optional, "app" => app optional }
);

/// The `UserPresenceStatusUpdatedPayloadObjectApp` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserPresenceStatusUpdatedPayloadObjectApp {
    /// The `type` field.
    pub type_: Option<UserPresenceStatusUpdatedPayloadObjectAppType>,
    /// The `presence_status` field.
    pub presence_status: Option<UserPresenceStatusUpdatedPayloadObjectAppPresenceStatus>,
}

crate::runtime::object_impls!(
    UserPresenceStatusUpdatedPayloadObjectApp { "type" => type_ optional,
    "presence_status" => presence_status optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UserSettingsUpdatedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `user.settings_updated`.
    pub payload: UserSettingsUpdatedPayload,
    /// The `operator` field.
    ///
    /// Format: `email`.
    pub operator: Option<String>,
    /// The `operator_id` field.
    pub operator_id: Option<String>,
    /// The `time_stamp` field.
    pub time_stamp: Option<i64>,
}

crate::runtime::object_impls!(
    UserSettingsUpdatedEvent { "event" => event required, "event_ts" => event_ts
    optional, "payload" => payload required, "operator" => operator optional,
    "operator_id" => operator_id optional, "time_stamp" => time_stamp optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSettingsUpdatedObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `settings` field.
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

crate::runtime::object_impls!(
    UserSettingsUpdatedObject { "id" => id optional, "settings" => settings optional }
);

/// The `payload` of `user.settings_updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserSettingsUpdatedPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `time_stamp` field.
    pub time_stamp: Option<i64>,
    /// The `object` and `old_object` of `user.settings_updated`.
    pub object: UserSettingsUpdatedObject,
    /// The `object` and `old_object` of `user.settings_updated`.
    pub old_object: Option<UserSettingsUpdatedObject>,
}

crate::runtime::object_impls!(
    UserSettingsUpdatedPayload { "account_id" => account_id required, "operator" =>
    operator optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "time_stamp" => time_stamp optional, "object" => object
    required, "old_object" => old_object optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UserSignInEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `user.signed_in` and `user.signed_out`.
    pub payload: UserSignInPayload,
}

crate::runtime::object_impls!(
    UserSignInEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UserSignInPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` field.
    pub object: UserSignInPayloadObject,
}

crate::runtime::object_impls!(
    UserSignInPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object required }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserSignInPayloadObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `client_type` field.
    pub client_type: Option<UserSignInPayloadObjectClientType>,
    /// The `date_time` field.
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// The `version` field.
    pub version: Option<String>,
    /// The `login_type` field.
    pub login_type: Option<String>,
}

crate::runtime::object_impls!(
    UserSignInPayloadObject { "id" => id optional, "client_type" => client_type optional,
    "date_time" => date_time optional, "email" => email optional, "version" => version
    optional, "login_type" => login_type optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UserTspEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `user.tsp_created`, `user.tsp_deleted` and `user.tsp_updated`.
    pub payload: Option<UserTspPayload>,
}

crate::runtime::object_impls!(
    UserTspEvent { "event" => event required, "event_ts" => event_ts optional, "payload"
    => payload optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserTspObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `email` field.
    pub email: Option<String>,
    /// The `tsp_credentials` field.
    pub tsp_credentials: Option<UserTspObjectTspCredentials>,
    /// The `conference_code` field.
    pub conference_code: Option<String>,
    /// The `leader_pin` field.
    pub leader_pin: Option<String>,
    /// The `tsp_bridge` field.
    pub tsp_bridge: Option<String>,
    /// The `dial_in_numbers` field.
    pub dial_in_numbers: Option<Vec<UserTspObjectDialInNumbersItem>>,
}

crate::runtime::object_impls!(
    UserTspObject { "id" => id optional, "email" => email optional, "tsp_credentials" =>
    tsp_credentials optional, "conference_code" => conference_code optional, "leader_pin"
    => leader_pin optional, "tsp_bridge" => tsp_bridge optional, "dial_in_numbers" =>
    dial_in_numbers optional }
);

/// The `UserTspObjectDialInNumbersItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserTspObjectDialInNumbersItem {
    /// The `code` field.
    pub code: Option<String>,
    /// The `number` field.
    pub number: Option<String>,
    /// The `type` field.
    pub type_: Option<UserTspObjectDialInNumbersItemType>,
    /// The `country_label` field.
    pub country_label: Option<UserTspObjectDialInNumbersItemCountryLabel>,
}

crate::runtime::object_impls!(
    UserTspObjectDialInNumbersItem { "code" => code optional, "number" => number
    optional, "type" => type_ optional, "country_label" => country_label optional }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserTspObjectTspCredentials {
    /// The `conference_code` field.
    pub conference_code: Option<String>,
    /// The `leader_pin` field.
    pub leader_pin: Option<String>,
    /// The `tsp_bridge` field.
    pub tsp_bridge: Option<String>,
    /// The `dial_in_numbers` field.
    pub dial_in_numbers: Option<Vec<UserTspObjectTspCredentialsDialInNumbersItem>>,
    /// The `id` field.
    pub id: Option<String>,
}

crate::runtime::object_impls!(
    UserTspObjectTspCredentials { "conference_code" => conference_code optional,
    "leader_pin" => leader_pin optional, "tsp_bridge" => tsp_bridge optional,
    "dial_in_numbers" => dial_in_numbers optional, "id" => id optional }
);

/// The `UserTspObjectTspCredentialsDialInNumbersItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserTspObjectTspCredentialsDialInNumbersItem {
    /// The `code` field.
    pub code: Option<String>,
    /// The `number` field.
    pub number: Option<String>,
    /// The `type` field.
    pub type_: Option<UserTspObjectTspCredentialsDialInNumbersItemType>,
    /// The `country_label` field.
    pub country_label: Option<UserTspObjectTspCredentialsDialInNumbersItemCountryLabel>,
}

crate::runtime::object_impls!(
    UserTspObjectTspCredentialsDialInNumbersItem { "code" => code optional, "number" =>
    number optional, "type" => type_ optional, "country_label" => country_label optional
    }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UserTspPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `object` and `old_object` of `user.tsp_created`, `user.tsp_deleted` and `user.tsp_updated`.
    pub object: Option<UserTspObject>,
    /// The `object` and `old_object` of `user.tsp_created`, `user.tsp_deleted` and `user.tsp_updated`.
    pub old_object: Option<UserTspObject>,
}

crate::runtime::object_impls!(
    UserTspPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "object" => object optional, "old_object" => old_object
    optional }
);

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
#[derive(Debug, Clone, PartialEq)]
pub struct UserUpdatedEvent {
    /// The event's name, such as `meeting.started`.
    pub event: String,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub event_ts: Option<i64>,
    /// The `payload` of `user.updated`.
    pub payload: UserUpdatedPayload,
}

crate::runtime::object_impls!(
    UserUpdatedEvent { "event" => event required, "event_ts" => event_ts optional,
    "payload" => payload required }
);

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserUpdatedObject {
    /// The `id` field.
    pub id: Option<String>,
    /// The `first_name` field.
    pub first_name: Option<String>,
    /// The `last_name` field.
    pub last_name: Option<String>,
    /// The `display_name` field.
    pub display_name: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// License type of a user.
    pub type_: Option<UserType>,
    /// The `phone_number` field.
    pub phone_number: Option<String>,
    /// The `phone_country` field.
    pub phone_country: Option<String>,
    /// The `company` field.
    pub company: Option<String>,
    /// The `pmi` field.
    pub pmi: Option<i64>,
    /// The `use_pmi` field.
    pub use_pmi: Option<bool>,
    /// The `timezone` field.
    pub timezone: Option<String>,
    /// The `pic_url` field.
    pub pic_url: Option<String>,
    /// The `vanity_name` field.
    pub vanity_name: Option<String>,
    /// The `host_key` field.
    pub host_key: Option<String>,
    /// The `role` field.
    pub role: Option<String>,
    /// The `dept` field.
    pub dept: Option<String>,
    /// The `language` field.
    pub language: Option<String>,
    /// The `settings` field.
    pub settings: Option<UserUpdatedObjectSettings>,
    /// The `custom_attributes` field.
    pub custom_attributes: Option<Vec<UserUpdatedObjectCustomAttributesItem>>,
    /// The `primary_group_id` field.
    pub primary_group_id: Option<String>,
}

crate::runtime::object_impls!(
    UserUpdatedObject { "id" => id optional, "first_name" => first_name optional,
    "last_name" => last_name optional, "display_name" => display_name optional, "email"
    => email optional, "type" => type_ optional, "phone_number" => phone_number optional,
    "phone_country" => phone_country optional, "company" => company optional, "pmi" =>
    pmi optional, "use_pmi" => use_pmi optional, "timezone" => timezone optional,
    "pic_url" => pic_url optional, "vanity_name" => vanity_name optional, "host_key" =>
    host_key optional, "role" => role optional, "dept" => dept optional, "language" =>
    language optional, "settings" => settings optional, "custom_attributes" =>
    custom_attributes optional, "primary_group_id" => primary_group_id optional }
);

/// The `UserUpdatedObjectCustomAttributesItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserUpdatedObjectCustomAttributesItem {
    /// The `key` field.
    pub key: Option<String>,
    /// The `name` field.
    pub name: Option<String>,
    /// The `value` field.
    pub value: Option<i64>,
}

crate::runtime::object_impls!(
    UserUpdatedObjectCustomAttributesItem { "key" => key optional, "name" => name
    optional, "value" => value optional }
);

/// The `UserUpdatedObjectSettings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserUpdatedObjectSettings {
    /// The `feature` field.
    pub feature: Option<UserUpdatedObjectSettingsFeature>,
    /// The `meeting_capacity` field.
    pub meeting_capacity: Option<i64>,
    /// The `large_meeting` field.
    pub large_meeting: Option<String>,
}

crate::runtime::object_impls!(
    UserUpdatedObjectSettings { "feature" => feature optional, "meeting_capacity" =>
    meeting_capacity optional, "large_meeting" => large_meeting optional }
);

/// The `UserUpdatedObjectSettingsFeature` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserUpdatedObjectSettingsFeature {
    /// The `large_meeting_capacity` field.
    pub large_meeting_capacity: Option<i64>,
    /// The `webinar` field.
    pub webinar: Option<bool>,
    /// The `webinar_capacity` field.
    pub webinar_capacity: Option<i64>,
}

crate::runtime::object_impls!(
    UserUpdatedObjectSettingsFeature { "large_meeting_capacity" => large_meeting_capacity
    optional, "webinar" => webinar optional, "webinar_capacity" => webinar_capacity
    optional }
);

/// The `payload` of `user.updated`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserUpdatedPayload {
    /// The account the event belongs to.
    pub account_id: String,
    /// Who caused the event, as an email address (sometimes a name), when a person did.
    pub operator: Option<String>,
    /// The user ID of that person.
    pub operator_id: Option<String>,
    /// Their member ID, when they act from another account.
    pub operator_member_id: Option<String>,
    /// The `operation` field.
    pub operation: Option<UserUpdatedPayloadOperation>,
    /// The `object` and `old_object` of `user.updated`.
    pub object: UserUpdatedObject,
    /// The `time_stamp` field.
    pub time_stamp: Option<i64>,
    /// The `object` and `old_object` of `user.updated`.
    pub old_object: Option<UserUpdatedObject>,
}

crate::runtime::object_impls!(
    UserUpdatedPayload { "account_id" => account_id required, "operator" => operator
    optional, "operator_id" => operator_id optional, "operator_member_id" =>
    operator_member_id optional, "operation" => operation optional, "object" => object
    required, "time_stamp" => time_stamp optional, "old_object" => old_object optional }
);

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
