//! A fleet of processes sharing one Zoom account: tokens and the rate
//! budget shared through a real Redis, user OAuth with rotating refresh
//! tokens, the regional cluster of `api_url`, and no secret in any error
//! even when a server echoes it.
//!
//! "Processes" are clients with their own in-process caches and their own
//! Redis connections; what they share is only what a real fleet shares:
//! the Redis server and the Zoom endpoints. Every count is taken at the
//! (local) server.

mod support;

#[path = "fleet/echoed_secrets.rs"]
mod echoed_secrets;
#[path = "fleet/pacing.rs"]
mod pacing;
#[path = "support/raw.rs"]
mod raw;
#[path = "fleet/redis_server.rs"]
mod redis_server;
#[path = "fleet/regional.rs"]
mod regional;
#[path = "fleet/shared_tokens.rs"]
mod shared_tokens;
#[path = "fleet/user_oauth.rs"]
mod user_oauth;
