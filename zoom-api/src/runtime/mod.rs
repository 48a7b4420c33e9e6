//! Runtime support for generated operations and types.
//!
//! Public only so that generated code and doc tests can reach it; nothing
//! here is a stable API.

mod auth;
mod base_url;
mod call;
mod download;
mod enums;
mod oauth;
mod object;
mod one_of;
mod operation;
mod pacer;
mod pacing;
mod paginate;
mod path;
mod query;
mod rate_limit;
mod redact;
mod request;
mod response;
mod retry;
mod send;
mod shared_token;
mod token_endpoint;
mod token_store;
#[cfg(feature = "user-oauth")]
mod user_oauth;
mod validate;
mod wall_time;
mod window;

pub use crate::__zoom_api_object_impls as object_impls;
pub use auth::{AccessToken, BoxFuture, TokenProvider};
pub(crate) use auth::{Auth, ProviderKind, Secret, TokenCache};
pub(crate) use base_url::{
    Regional, normalise as normalise_base_url, normalise_url, redacted as redacted_base_url,
};
pub use call::{
    Answer, Empty, File, Json, Operation, Pending, WithResponse, send, send_with_response,
};
pub use download::{Download, FileRequest};
pub use enums::{deserialize_int_enum, deserialize_string_enum, int_enum_impls, string_enum_impls};
pub(crate) use oauth::ServerToServer;
pub use object::{FieldName, required, skip_value};
pub use one_of::{JsonKind, pick_branch};
pub use operation::{OperationInfo, RateLimitCategory};
pub(crate) use pacer::Pacer;
pub use pacing::{Limit, PaceStore, PaceStoreError, Pacing, Plan, Slot, StopKind};
pub use paginate::{Paged, Paginated};
pub use query::QueryValue;
pub use rate_limit::{RateLimitInfo, RateLimitType};
pub use request::Request;
pub use response::Response;
pub(crate) use response::decode_json;
pub use response::{BodyUse, RawResponse};
pub use retry::RetryPolicy;
pub(crate) use send::Inner;
/// Re-exported so the enum macros work without the caller naming `serde`.
pub use serde;
pub(crate) use shared_token::{DEFAULT_LOCK_TTL, Shared};
pub(crate) use token_endpoint::{DEFAULT_TOKEN_URL, TokenEndpoint};
pub use token_store::{MemoryTokenStore, StoredToken, TokenStore};
#[cfg(feature = "user-oauth")]
pub use user_oauth::{Authorization, UserOAuth, UserOAuthBuilder};
pub use validate::{Check, Rules, Validator};
pub use wall_time::ZoomDateTime;
pub use window::{DateWindowed, Windowed};
