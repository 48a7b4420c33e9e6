// The crate documentation is the README, so its examples are compiled as doc tests.
#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

// Hand-written runtime.
mod client;
mod error;
#[cfg(feature = "redis")]
mod redis_store;
#[doc(hidden)]
pub mod runtime;
mod upload;
pub use client::{Client, ClientBuilder};
pub use error::{ApiError, AuthError, AuthErrorKind, DecodeError, Error, FieldError};
#[cfg(feature = "redis")]
pub use redis_store::RedisStore;
pub use runtime::{
    AccessToken, BoxFuture, Download, FileRequest, Limit, MemoryTokenStore, OperationInfo,
    PaceStore, PaceStoreError, Pacing, Plan, RateLimitCategory, RateLimitInfo, RateLimitType,
    Response, RetryPolicy, Slot, StopKind, StoredToken, TokenProvider, TokenStore, ZoomDateTime,
};
#[cfg(feature = "user-oauth")]
pub use runtime::{Authorization, UserOAuth, UserOAuthBuilder};
pub use upload::Upload;
#[cfg(feature = "webhooks")]
pub mod webhooks;

// Generated from spec/ by `cargo xtask codegen`: a module per group, each
// behind its Cargo feature, gathered into the flat `types` and `operations`.
// prettyplease formats them, so rustfmt must leave them alone (or
// `cargo xtask codegen --check` would see every `cargo fmt` as an edit).
#[rustfmt::skip]
mod generated;
#[cfg(feature = "webhooks")]
pub use generated::events;
pub use generated::{operations, types};

// The generator's constructs fixture, compiled and tested against this
// runtime in test builds only (see tests/constructs/mod.rs).
#[cfg(test)]
#[path = "../tests/constructs/mod.rs"]
mod constructs;
