//! Runtime support for generated operations and types.
//!
//! Public only so that generated code and doc tests can reach it; nothing
//! here is a stable API.

mod auth;
mod base_url;
mod enums;
mod one_of;
mod operation;
mod paginate;
mod path;
mod request;
mod response;
mod validate;

pub(crate) use auth::{Auth, Secret};
pub(crate) use base_url::{normalise as normalise_base_url, redacted as redacted_base_url};
pub use enums::{deserialize_int_enum, deserialize_string_enum, int_enum_impls, string_enum_impls};
pub use one_of::pick_branch;
pub use paginate::paginate;
pub use operation::{OperationInfo, RateLimitCategory};
pub use request::Request;
pub use validate::{Check, Rules, Validator};
pub(crate) use response::{decode_json, expect_empty};
/// Re-exported so the enum macros work without the caller naming `serde`.
pub use serde;
