//! The generator's own model of an API: plain structs that lowering fills in
//! from the spec and that emitters read. Emitters never see `openapiv3` types,
//! so every decision about the spec is made (and tested) in one place.
//!
//! All names here are final Rust identifiers, already through the naming
//! funnel; `wire` fields keep the spelling the server uses.

use crate::pointer::Pointer;
use std::collections::{BTreeMap, BTreeSet};

/// The group of `common.yaml`: shapes several groups share. Its module is
/// always compiled and has no Cargo feature.
pub const COMMON_GROUP: &str = "common";

/// The whole API: operations in spec order, types sorted by Rust name.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The server URL the client uses unless told otherwise.
    pub base_url: Option<String>,
    /// Every group of the spec set, one per file, in file order (the
    /// common group included when its file is part of the set).
    pub groups: Vec<String>,
    pub operations: Vec<Operation>,
    pub types: BTreeMap<String, TypeDef>,
    /// Webhook events (`x-webhooks`), in file order, then spec order.
    pub webhooks: Vec<Webhook>,
    /// Types only webhook events use: they go into the groups' `events`
    /// modules, compiled only with the `webhooks` feature.
    pub event_types: BTreeSet<String>,
}

/// A webhook event Zoom delivers, e.g. `meeting.started`.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// The name Zoom sends in the body's `event` field.
    pub name: String,
    /// The group of the file that declares it.
    pub group: String,
    /// Its variant in the group's `Event` enum, e.g. `MeetingStarted`.
    pub variant: String,
    /// The struct of the whole delivery body (several events may share one).
    pub ty: String,
    pub docs: Docs,
    pub pointer: Pointer,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// `operationId` as written in the spec, e.g. `getUser`.
    pub id: String,
    /// The group (module and Cargo feature) of the file it is in, e.g. `users`.
    pub group: String,
    /// Method on `Client`, e.g. `get_user`.
    pub method_name: String,
    /// Request builder type, e.g. `GetUser`.
    pub builder_name: String,
    /// The static holding its metadata, e.g. `GET_USER`.
    pub info_name: String,
    pub http_method: HttpMethod,
    /// Path template relative to the server URL, e.g. `/users/{userId}`.
    pub path: String,
    pub docs: Docs,
    pub deprecated: bool,
    /// OAuth scopes; any one of them is enough.
    pub scopes: Vec<String>,
    pub rate_limit: RateLimit,
    /// Path parameters in template order, then query parameters in spec order.
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub success: Success,
    /// Documented failures, by status.
    pub errors: Vec<ErrorResponse>,
    /// How to walk the pages, for operations that page with `next_page_token`.
    pub pagination: Option<Pagination>,
    /// The range limit of a paged listing, if Zoom has one.
    pub date_window: Option<DateWindow>,
    pub pointer: Pointer,
}

/// A paged listing whose date range Zoom limits (`x-zoom-date-window`).
#[derive(Debug, Clone, PartialEq)]
pub struct DateWindow {
    /// Builder fields holding the range (`format: date` query parameters).
    pub from_field: String,
    pub from_required: bool,
    pub to_field: String,
    pub to_required: bool,
    /// The longest range one call may ask for, in days.
    pub max_days: u32,
    /// How far back from today `from` may reach, when Zoom limits it.
    pub max_age_days: Option<u32>,
}

/// How a paged operation is walked (see `lower::operation::pagination` for the rule).
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// Builder setter for the token, e.g. `next_page_token`.
    pub token_setter: String,
    /// Response field holding the next token.
    pub token_field: String,
    pub token_optional: bool,
    /// Response field holding the page's items, e.g. `users`.
    pub items_field: String,
    pub items_optional: bool,
    pub item: TypeRef,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Patch,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Patch => "PATCH",
        }
    }
}

/// Zoom's rate-limit label of an operation (`x-zoom-rate-limit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateLimit {
    Light,
    Medium,
    Heavy,
    ResourceIntensive,
}

impl RateLimit {
    /// The label as Zoom writes it.
    pub fn label(self) -> &'static str {
        match self {
            RateLimit::Light => "Light",
            RateLimit::Medium => "Medium",
            RateLimit::Heavy => "Heavy",
            RateLimit::ResourceIntensive => "Resource-intensive",
        }
    }

    /// The `RateLimitCategory` variant of the runtime.
    pub fn variant(self) -> &'static str {
        match self {
            RateLimit::Light => "Light",
            RateLimit::Medium => "Medium",
            RateLimit::Heavy => "Heavy",
            RateLimit::ResourceIntensive => "ResourceIntensive",
        }
    }
}

/// Summary and description, both optional.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Docs {
    pub summary: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub wire: String,
    pub rust_name: String,
    pub location: ParamLocation,
    pub required: bool,
    pub ty: TypeRef,
    pub description: Option<String>,
    pub deprecated: bool,
    pub default: Option<serde_json::Value>,
    pub constraints: Constraints,
    /// For an array query parameter: one pair per item (`ids=a&ids=b`)
    /// when true, one comma-joined pair (`ids=a,b`) when false.
    pub explode: bool,
    /// A meeting or webinar instance UUID in the path (`x-zoom-uuid`),
    /// double-encoded by the runtime when it starts with `/` or holds `//`.
    pub uuid: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// An `application/json` body of the given type.
    Json {
        ty: TypeRef,
        required: bool,
        description: Option<String>,
    },
    /// A `multipart/form-data` body with one file part.
    Multipart {
        /// Part name on the wire, e.g. `pic_file`.
        field: String,
        required: bool,
        description: Option<String>,
    },
}

/// What a 2xx answer carries.
#[derive(Debug, Clone, PartialEq)]
pub enum Success {
    /// No body (or one the client ignores).
    Empty,
    /// A JSON body of the given type.
    Json(TypeRef),
    /// A file (any media type but JSON), streamed to the caller.
    File,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorResponse {
    /// `404`, or `4XX`, or `default`.
    pub status: String,
    pub description: String,
    /// Zoom's error codes for this status (`x-zoom-error-codes`).
    pub codes: Vec<ErrorCode>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorCode {
    pub code: i64,
    pub description: String,
}

/// A reference to a type: a primitive, a container or a named definition.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeRef {
    Named(String),
    String,
    I32,
    I64,
    F64,
    Bool,
    DateTime,
    /// A date-time Zoom reads as UTC or as local wall time (`x-zoom-wall-time`).
    WallTime,
    Date,
    /// Any JSON value (`{}`).
    Any,
    /// An object whose members are not described.
    FreeForm,
    /// An object with arbitrary keys and values of one type.
    Map(Box<TypeRef>),
    Array(Box<TypeRef>),
}

/// A named type in `zoom_api::types`.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    /// The group of the file it is defined in (see [`COMMON_GROUP`]).
    pub group: String,
    pub description: Option<String>,
    pub deprecated: bool,
    pub kind: TypeKind,
    pub pointer: Pointer,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct(Vec<Field>),
    Enum(EnumDef),
    /// A union without discriminator; the client picks the branch by keys.
    OneOf(Vec<Branch>),
    /// Another name for a type (a component that is only a `$ref` or a primitive).
    Alias(TypeRef),
}

impl TypeKind {
    /// Calls `f` with every type name this definition refers to.
    pub fn each_named(&self, f: &mut impl FnMut(&str)) {
        match self {
            TypeKind::Struct(fields) => fields.iter().for_each(|field| field.ty.each_named(f)),
            TypeKind::OneOf(branches) => branches.iter().for_each(|b| f(&b.ty)),
            TypeKind::Alias(ty) => ty.each_named(f),
            TypeKind::Enum(_) => {}
        }
    }
}

impl TypeRef {
    /// Calls `f` with every type name inside this reference.
    pub fn each_named(&self, f: &mut impl FnMut(&str)) {
        match self {
            TypeRef::Named(name) => f(name),
            TypeRef::Array(inner) | TypeRef::Map(inner) => inner.each_named(f),
            _ => {}
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub wire: String,
    pub rust_name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    /// Stored behind a `Box` because the type contains itself.
    pub boxed: bool,
    pub description: Option<String>,
    pub deprecated: bool,
    pub default: Option<serde_json::Value>,
    pub constraints: Constraints,
}

impl Field {
    /// Whether the Rust field is an `Option`.
    pub fn optional(&self) -> bool {
        !self.required || self.nullable
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumDef {
    pub repr: EnumRepr,
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnumRepr {
    String,
    Integer,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub rust_name: String,
    pub value: EnumValue,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum EnumValue {
    String(String),
    Integer(i64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Branch {
    /// Variant name, e.g. `MeetingSecuritySettings`.
    pub rust_name: String,
    /// The branch type (always a named struct or union).
    pub ty: String,
    /// Wire names of the branch's properties and the JSON kind of each
    /// value, used to recognise it.
    pub keys: Vec<(String, JsonKind)>,
    pub boxed: bool,
    /// Where the branch is listed (`.../oneOf/2`).
    pub pointer: Pointer,
}

/// The kind of JSON value a property holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum JsonKind {
    Object,
    Array,
    String,
    Number,
    Boolean,
    Any,
}

impl JsonKind {
    /// The `runtime::JsonKind` variant.
    pub fn variant(self) -> &'static str {
        match self {
            JsonKind::Object => "Object",
            JsonKind::Array => "Array",
            JsonKind::String => "String",
            JsonKind::Number => "Number",
            JsonKind::Boolean => "Boolean",
            JsonKind::Any => "Any",
        }
    }
}

/// Validation keywords, kept for docs and request validation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Constraints {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    pub pattern: Option<String>,
    /// A string format that does not change the Rust type (`email`, `password`, ...).
    pub format: Option<String>,
    /// Constraints on each item of an array.
    pub items: Option<Box<Constraints>>,
}
