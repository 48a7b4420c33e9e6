// @generated from spec/common.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Request and response types of the `common` group, generated from its schemas.
#![allow(deprecated)]
/// Error payload Zoom returns with 4xx responses.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorBody {
    /// Zoom's error code; see x-zoom-error-codes on each response.
    pub code: i64,
    /// Human-readable explanation.
    pub message: String,
    /// Per-field problems, sent with validation errors (code 300).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ErrorFieldDetail>>,
}

impl crate::runtime::Check for ErrorBody {}
/// One rejected field of a request.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorFieldDetail {
    /// Name of the rejected field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Why the field was rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl crate::runtime::Check for ErrorFieldDetail {}
/// A virtual background file stored for a user.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VirtualBackgroundFile {
    /// File ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// File name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Kind of virtual background file.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<VirtualBackgroundFileType>,
    /// Whether this is the default background.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// File size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

impl crate::runtime::Check for VirtualBackgroundFile {}
/// Kind of virtual background file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VirtualBackgroundFileType {
    /// `image`: Still image.
    Image,
    /// `video`: Video clip.
    Video,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl VirtualBackgroundFileType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Video => "video",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for VirtualBackgroundFileType {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            "video" => Self::Video,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(VirtualBackgroundFileType);

impl crate::runtime::Check for VirtualBackgroundFileType {}
