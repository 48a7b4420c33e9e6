//! Typed async client for Zoom's REST API (Users).
//!
//! Build a [`Client`] once and share it (it is cheap to clone); every
//! operation returns a [`Result`] whose error is [`Error`].
//!
//! ```no_run
//! # async fn demo() -> Result<(), zoom_api::Error> {
//! let client = zoom_api::Client::builder()
//!     .bearer_token(std::env::var("ZOOM_TOKEN").unwrap_or_default())
//!     .build()?;
//! println!("talking to {}", client.base_url());
//! # Ok(())
//! # }
//! ```
#![warn(missing_docs)]

// Hand-written runtime.
mod client;
mod error;
#[doc(hidden)]
pub mod runtime;
mod upload;
pub use client::{Client, ClientBuilder};
pub use error::{Error, FieldError};
pub use runtime::{OperationInfo, RateLimitCategory};
pub use upload::Upload;

// Generated from spec/zoom-users.yaml by `cargo xtask codegen`; see generated/.
#[path = "generated/operations.rs"]
pub mod operations;
#[path = "generated/types.rs"]
pub mod types;
