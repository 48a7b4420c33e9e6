// @generated from spec/cloud_recording.yaml, spec/common.yaml, spec/meetings.yaml, spec/users.yaml, spec/webinars.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Generated code: a module per group of the spec, each behind its Cargo feature.
#[cfg(feature = "cloud_recording")]
pub mod cloud_recording {
    pub mod operations;
    pub mod types;
    #[cfg(feature = "webhooks")]
    pub mod events;
}

pub mod common {
    pub mod types;
    #[cfg(feature = "webhooks")]
    pub mod events;
}

#[cfg(feature = "meetings")]
pub mod meetings {
    pub mod operations;
    pub mod types;
    #[cfg(feature = "webhooks")]
    pub mod events;
}

#[cfg(feature = "users")]
pub mod users {
    pub mod operations;
    pub mod types;
    #[cfg(feature = "webhooks")]
    pub mod events;
}

#[cfg(feature = "webinars")]
pub mod webinars {
    pub mod operations;
    pub mod types;
    #[cfg(feature = "webhooks")]
    pub mod events;
}

/// The server URL the spec names, used unless the builder is given another.
pub const DEFAULT_BASE_URL: &str = "https://api.zoom.us/v2";

/// Request and response types of the enabled groups, and the shared ones.
pub mod types {
    #[cfg(feature = "cloud_recording")]
    pub use super::cloud_recording::types::*;
    pub use super::common::types::*;
    #[cfg(feature = "meetings")]
    pub use super::meetings::types::*;
    #[cfg(feature = "users")]
    pub use super::users::types::*;
    #[cfg(feature = "webinars")]
    pub use super::webinars::types::*;
}

/// Operations of the enabled groups: a method on `Client` and a request builder each.
pub mod operations {
    #[cfg(feature = "cloud_recording")]
    pub use super::cloud_recording::operations::*;
    #[cfg(feature = "meetings")]
    pub use super::meetings::operations::*;
    #[cfg(feature = "users")]
    pub use super::users::operations::*;
    #[cfg(feature = "webinars")]
    pub use super::webinars::operations::*;
}

/// Webhook events of the enabled groups: `events::<group>::Event` for
/// each, with the types of their bodies.
#[cfg(feature = "webhooks")]
pub mod events {
    #[cfg(feature = "cloud_recording")]
    pub use super::cloud_recording::events as cloud_recording;
    pub use super::common::events::*;
    #[cfg(feature = "meetings")]
    pub use super::meetings::events as meetings;
    #[cfg(feature = "users")]
    pub use super::users::events as users;
    #[cfg(feature = "webinars")]
    pub use super::webinars::events as webinars;
}
