// @generated from codegen/tests/fixtures/ok/constructs.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Request and response types of the `constructs` group, generated from its schemas.
#![allow(deprecated)]
/// The `OldRecording` schema.
///
/// Deprecated by Zoom.
#[deprecated = "Zoom marks this type deprecated."]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OldRecording {
    /// The `id` field.
    pub id: Option<String>,
}

crate::runtime::object_impls!(OldRecording { "id" => id optional });

impl crate::runtime::Check for OldRecording {}
/// The `Recording` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Recording {
    /// The `id` field.
    pub id: Option<String>,
    /// Size in megabytes.
    pub size: Option<f64>,
    /// Anything the server adds.
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
    /// Replaced by `state`.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub legacy_flag: Option<bool>,
}

crate::runtime::object_impls!(
    Recording { "id" => id optional, "size" => size optional, "extra" => extra optional,
    "legacy_flag" => legacy_flag optional }
);

impl crate::runtime::Check for Recording {}
/// The `RecordingPage` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingPage {
    /// The `next_page_token` field.
    pub next_page_token: Option<String>,
    /// The `recordings` field.
    pub recordings: Option<Vec<Recording>>,
}

crate::runtime::object_impls!(
    RecordingPage { "next_page_token" => next_page_token optional, "recordings" =>
    recordings optional }
);

impl crate::runtime::Check for RecordingPage {}
/// The `Schedule` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// The `id` field.
    pub id: Option<String>,
    /// Size in megabytes.
    pub size: Option<f64>,
    /// Anything the server adds.
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
    /// Replaced by `state`.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub legacy_flag: Option<bool>,
    /// The `start_time` field.
    pub start_time: crate::ZoomDateTime,
    /// The `timezone` field.
    pub timezone: Option<String>,
}

crate::runtime::object_impls!(
    Schedule { "id" => id optional, "size" => size optional, "extra" => extra optional,
    "legacy_flag" => legacy_flag optional, "start_time" => start_time required,
    "timezone" => timezone optional }
);

impl Schedule {
    /// A value with the required fields set and every other one `None`.
    pub fn new(start_time: crate::ZoomDateTime) -> Self {
        Self {
            id: None,
            size: None,
            extra: None,
            legacy_flag: None,
            start_time,
            timezone: None,
        }
    }
}

impl crate::runtime::Check for Schedule {}
/// The `Setting` schema.
///
/// Zoom does not tag which shape it sends; the client picks the variant
/// whose properties best match the keys of the JSON object (a key whose
/// value has the wrong JSON kind rules a variant out).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Setting {
    /// The [`SettingByTime`] shape.
    ByTime(SettingByTime),
    /// The [`SettingOption2`] shape.
    Option2(SettingOption2),
    /// A shape this client does not recognise, kept as received.
    Other(serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for Setting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use crate::runtime::JsonKind as K;
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let parsed = match crate::runtime::pick_branch(
            &value,
            &[&[("minutes", K::Number)], &[("never", K::Boolean)]],
        ) {
            Some(0) => serde_json::from_value(value).map(Self::ByTime),
            Some(1) => serde_json::from_value(value).map(Self::Option2),
            _ => return Ok(Self::Other(value)),
        };
        parsed.map_err(serde::de::Error::custom)
    }
}

impl From<SettingByTime> for Setting {
    fn from(value: SettingByTime) -> Self {
        Self::ByTime(value)
    }
}

impl From<SettingOption2> for Setting {
    fn from(value: SettingOption2) -> Self {
        Self::Option2(value)
    }
}

impl crate::runtime::Check for Setting {}
/// The `SettingByTime` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingByTime {
    /// The `minutes` field.
    pub minutes: Option<i64>,
}

crate::runtime::object_impls!(SettingByTime { "minutes" => minutes optional });

impl crate::runtime::Check for SettingByTime {}
/// The `SettingOption2` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingOption2 {
    /// The `never` field.
    pub never: Option<bool>,
}

crate::runtime::object_impls!(SettingOption2 { "never" => never optional });

impl crate::runtime::Check for SettingOption2 {}
