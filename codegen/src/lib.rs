//! The zoom-api generator: curated OpenAPI spec in, Rust source files out.
//!
//! The pipeline is `load` (YAML into `openapiv3`) -> `lower` (into the
//! project's own [`model`], with every check and every name decided there,
//! errors pointing into the spec) -> `emit` (tokens from the model only,
//! formatted with prettyplease). It reads nothing but its input and never
//! writes files; `xtask` does that.

pub mod emit;
pub mod error;
mod load;
pub mod lower;
pub mod model;
pub mod naming;
pub mod pointer;

pub use emit::GeneratedFile;
pub use error::{Error, ErrorKind};

/// Generates the client's source files from spec text.
///
/// `spec_name` is how the header of each file names the spec (for example
/// `spec/zoom-users.yaml`); it does not affect anything else.
pub fn generate(spec_text: &str, spec_name: &str) -> Result<Vec<GeneratedFile>, Error> {
    let spec = load::load(spec_text)?;
    let api = lower::lower(&spec)?;
    emit::emit(&api, spec_name)
}

/// Parses and lowers spec text into the model, without emitting code.
pub fn model(spec_text: &str) -> Result<model::Api, Error> {
    lower::lower(&load::load(spec_text)?)
}
