//! A tiny HTTP server on 127.0.0.1 for integration tests.
//!
//! Register canned replies per method + path, run the client against
//! [`MockServer::url`], then inspect exactly what arrived on the wire.
#![allow(dead_code)] // each test binary uses its own subset

pub mod auth;
pub mod bodies;
pub mod cases;
pub mod one_call;
mod server;
pub mod spec;
pub mod wire;

pub use server::*;
