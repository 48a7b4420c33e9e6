//! Authentication: server-to-server OAuth tokens (fetch, cache, single-flight
//! renewal, renewal on 401), caller-managed tokens, custom token providers,
//! configuration from the environment, and keeping secrets out of output.

mod support;

pub use support::auth::*;

// The crate root resolves `mod x;` in `tests/`, where Cargo would build
// every file as a test target of its own; `#[path]` keeps the topics in
// `tests/auth/`, compiled into this one test binary.
#[path = "auth/configuration.rs"]
mod configuration;
#[path = "auth/providers.rs"]
mod providers;
#[path = "auth/secrets.rs"]
mod secrets;
#[path = "auth/token_endpoint_errors.rs"]
mod token_endpoint_errors;
#[path = "auth/tokens.rs"]
mod tokens;
#[path = "auth/unauthorized.rs"]
mod unauthorized;
