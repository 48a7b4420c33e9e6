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
    on_own_stack(|| {
        let spec = load::load(spec_text)?;
        let api = lower::lower(&spec)?;
        emit::emit(&api, spec_name)
    })
}

/// Parses and lowers spec text into the model, without emitting code.
pub fn model(spec_text: &str) -> Result<model::Api, Error> {
    on_own_stack(|| lower::lower(&load::load(spec_text)?))
}

/// Stack for one run of the generator. Reading a document recurses through
/// a dozen deserializer frames per level of YAML nesting (serde_yaml allows
/// 128 levels) and debug builds have large frames, so a deeply nested spec
/// can overflow a small caller stack (test threads get 2 MiB): an abort, not
/// an error. Only the pages actually used are committed.
const STACK_SIZE: usize = 64 * 1024 * 1024;

/// Runs `f` on a thread with [`STACK_SIZE`] of stack; a panic in `f` resumes
/// in the caller unchanged.
fn on_own_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("codegen".to_owned())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, f)
            .expect("the OS can start a generator thread");
        handle
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}
