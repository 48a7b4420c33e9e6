//! Robustness: whatever text it is given, `codegen::generate` returns `Ok` or
//! `Err` — it never panics, never hangs, never overflows its stack — and
//! whatever it generates parses as Rust (`syn::parse_file`).
//!
//! Inputs come in two families:
//!
//! - unstructured: arbitrary strings, arbitrary bytes read as lossy UTF-8, and
//!   strings glued together from YAML and OpenAPI tokens;
//! - structured: the real spec (`spec/users.yaml` with `spec/common.yaml`, or the `ok` fixtures
//!   while it does not exist) parsed into a YAML tree, changed by 1 to 5
//!   [`Mutation`]s, and written back as text.
//!
//! Each property runs `PROPTEST_CASES` cases (default: 512 for the cheap
//! unstructured inputs, 64 for the structured ones, whose generated code is
//! large; about 15 s in all in debug). A failure prints the offending input
//! (or writes it to `never_panics-failure.yaml` in Cargo's test temp folder
//! when it is long) and proptest's shrunk mutations. A hang prints the input
//! and ends the test binary; a stack overflow aborts it (the input is then
//! lost: rerun with `--nocapture` and a smaller `PROPTEST_CASES` to find it).

// The crate root resolves `mod x;` in `tests/`, where Cargo would build
// every file as a test target of its own; `#[path]` keeps the parts in
// `tests/never_panics/`, compiled into this one test binary.
#[path = "never_panics/apply.rs"]
mod apply;
#[path = "never_panics/mutations.rs"]
mod mutations;
#[path = "never_panics/structured.rs"]
mod structured;
#[path = "never_panics/tree.rs"]
mod tree;
#[path = "never_panics/unstructured.rs"]
mod unstructured;

use proptest::prelude::*;
use std::path::Path;
use std::sync::{OnceLock, mpsc};
use std::time::Duration;

/// How long one `generate` call may take before it counts as a hang. A
/// generous bound: the full spec takes well under a second in debug.
const HANG_AFTER: Duration = Duration::from_secs(30);

/// Inputs longer than this are written to a file instead of the failure message.
const SHOW_INLINE: usize = 2_000;

/// Cases per property: `PROPTEST_CASES` when set, else `default`.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        // Shrinking a structured case re-runs the generator on the whole spec.
        max_shrink_iters: 256,
        // A failure found here becomes a fixture under tests/fixtures instead.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Runs the generator on `text` and checks the outcome; `Err(message)` on a
/// panic, a hang, or generated code that does not parse.
fn check(text: &str) -> Result<(), String> {
    let outcome = run_generate(text.to_owned());
    let problem = match outcome {
        Outcome::Done(Ok(files)) => files.iter().find_map(|f| {
            syn::parse_file(&f.contents)
                .err()
                .map(|e| format!("generated {} does not parse: {e}", f.path))
        }),
        Outcome::Done(Err(_)) => None,
        Outcome::Panicked(message) => Some(format!("generate panicked: {message}")),
        Outcome::Hung => {
            // The stuck thread cannot be stopped and would slow every later
            // case (and shrinking would add one per step), so stop here.
            eprintln!(
                "generate did not finish within {HANG_AFTER:?}\n{}",
                show(text)
            );
            std::process::exit(101);
        }
    };
    match problem {
        None => Ok(()),
        Some(problem) => Err(format!("{problem}\n{}", show(text))),
    }
}

enum Outcome {
    Done(Result<Vec<codegen::GeneratedFile>, codegen::Errors>),
    Panicked(String),
    Hung,
}

/// Generates `text` as one group of a set with the real `spec/common.yaml`,
/// so the `$ref`s of a group's file into it resolve.
pub(crate) fn generate_with_common(
    text: &str,
    name: &str,
) -> Result<Vec<codegen::GeneratedFile>, codegen::Errors> {
    static COMMON: OnceLock<String> = OnceLock::new();
    let common = COMMON.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/common.yaml");
        std::fs::read_to_string(path).unwrap_or_default()
    });
    let mut files = vec![codegen::SpecFile { name, text }];
    if !common.is_empty() {
        files.push(codegen::SpecFile {
            name: "common.yaml",
            text: common,
        });
    }
    codegen::generate_set(&files)
}

/// Calls `generate` on its own thread, so a panic becomes a message and a
/// hang becomes a timeout instead of a stuck test.
fn run_generate(text: String) -> Outcome {
    let (done, result) = mpsc::channel();
    std::thread::spawn(move || {
        let outcome = std::panic::catch_unwind(|| generate_with_common(&text, "mutated.yaml"));
        // The receiver is gone only if the test already timed out.
        let _ = done.send(outcome);
    });
    match result.recv_timeout(HANG_AFTER) {
        Ok(Ok(generated)) => Outcome::Done(generated),
        Ok(Err(panic)) => Outcome::Panicked(
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "(no message)".to_owned()),
        ),
        Err(_) => Outcome::Hung,
    }
}

/// The input, inline when short, else saved to a file that is named instead.
fn show(text: &str) -> String {
    if text.len() <= SHOW_INLINE {
        return format!("input: {text:?}");
    }
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("never_panics-failure.yaml");
    match std::fs::write(&path, text) {
        Ok(()) => format!("input ({} bytes) written to {}", text.len(), path.display()),
        Err(e) => format!("input ({} bytes) could not be saved: {e}", text.len()),
    }
}
