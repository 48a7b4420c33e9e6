// @generated from codegen/tests/fixtures/ok/constructs.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Generated code: a module per group of the spec, each behind its Cargo feature.
pub mod constructs {
    pub mod operations;
    pub mod types;
}

/// The server URL the spec names, used unless the builder is given another.
pub const DEFAULT_BASE_URL: &str = "https://api.example.com/v2";

/// Request and response types of the enabled groups, and the shared ones.
pub mod types {
    pub use super::constructs::types::*;
}

/// Operations of the enabled groups: a method on `Client` and a request builder each.
pub mod operations {
    pub use super::constructs::operations::*;
}

/// Webhook events of the enabled groups: `events::<group>::Event` for
/// each, with the types of their bodies.
pub mod events {}
