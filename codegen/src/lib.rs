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
pub use error::{Error, ErrorKind, Errors};
pub use load::SpecFile;

/// Generates the client's source files from a spec set: one file per group
/// plus `common.yaml`, which refer to each other with relative `$ref`s.
///
/// Every problem the set has is reported in one run, each with its file
/// and JSON pointer.
pub fn generate_set(files: &[SpecFile<'_>]) -> Result<Vec<GeneratedFile>, Errors> {
    generate_set_with(files, Options::default())
}

/// How the output is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Each group behind its Cargo feature (`#[cfg(feature = "users")]`).
    /// Off for code compiled where those features do not exist, such as the
    /// generator's constructs fixture in the client's own tests.
    pub feature_gates: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            feature_gates: true,
        }
    }
}

/// [`generate_set`] with explicit [`Options`].
pub fn generate_set_with(
    files: &[SpecFile<'_>],
    options: Options,
) -> Result<Vec<GeneratedFile>, Errors> {
    on_own_stack(|| {
        let api = lowered(files)?;
        emit::emit(&api, files, options).map_err(Errors::from)
    })
}

/// Generates from a spec set of one file; `spec_name` is its name (for
/// example `tests/fixtures/ok/params.yaml`), which names its group.
pub fn generate(spec_text: &str, spec_name: &str) -> Result<Vec<GeneratedFile>, Errors> {
    generate_set(&[SpecFile {
        name: spec_name,
        text: spec_text,
    }])
}

/// The spec set as one OpenAPI document (JSON), with the `$ref`s between
/// files made local and each file's top-level `security` on its own
/// operations: for tools that read one document, such as a mock server.
pub fn bundle(files: &[SpecFile<'_>]) -> Result<String, Errors> {
    on_own_stack(|| {
        let loaded = match load::load_set(files) {
            (Some(loaded), errors) if errors.is_empty() => loaded,
            (_, errors) => return Err(Errors::new(errors)),
        };
        let spec = loaded.origins.bundle(loaded.spec);
        serde_json::to_string_pretty(&spec).map_err(|e| {
            let kind = ErrorKind::Internal(format!("the bundle does not serialise: {e}"));
            Errors::from(Error {
                file: String::new(),
                pointer: pointer::Pointer::root(),
                kind,
            })
        })
    })
}

/// Parses and lowers a spec set into the model, without emitting code.
pub fn model_set(files: &[SpecFile<'_>]) -> Result<model::Api, Errors> {
    on_own_stack(|| lowered(files))
}

/// Loads and lowers, collecting the errors of both stages; where both
/// stages fault the same place, the loader's error (the cause) stands alone.
fn lowered(files: &[SpecFile<'_>]) -> Result<model::Api, Errors> {
    let (loaded, mut errors) = load::load_set(files);
    let Some(loaded) = loaded else {
        return Err(Errors::new(errors));
    };
    match lower::lower(&loaded) {
        Ok(api) if errors.is_empty() => Ok(api),
        Ok(_) => Err(Errors::new(errors)),
        Err(found) => {
            let placed: Vec<(String, pointer::Pointer)> = errors
                .iter()
                .map(|e| (e.file.clone(), e.pointer.clone()))
                .collect();
            errors.extend(
                found
                    .into_iter()
                    .filter(|e| !placed.contains(&(e.file.clone(), e.pointer.clone()))),
            );
            Err(Errors::new(errors))
        }
    }
}

/// Parses and lowers one spec file (named `spec.yaml`) into the model.
pub fn model(spec_text: &str) -> Result<model::Api, Errors> {
    model_set(&[SpecFile {
        name: "spec.yaml",
        text: spec_text,
    }])
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
