//! Project chores:
//!
//! - `cargo xtask codegen [--check]`: regenerate zoom-api from the spec, or
//!   fail when the checked-in generated code is stale;
//! - `cargo xtask contract`: the contract tests against the Prism mock
//!   server, in static and dynamic mode (see `contract.rs`);
//! - `cargo xtask ci`: every check CI runs, in one target directory;
//! - `cargo xtask weigh`: build time, generated lines and dependency count
//!   of zoom-api and of a 1,000-operation crate (see `weigh.rs`).

mod ci;
mod contract;
mod weigh;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The spec, relative to the workspace root.
const SPEC: &str = "spec/zoom-users.yaml";
/// Where generated files live, relative to the workspace root.
const GENERATED: &str = "zoom-api/src/generated";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["contract"] => contract::run(&root()),
        ["ci"] => ci::run(&root()),
        ["weigh", options @ ..] => weigh::run(&root(), options),
        _ => Err(
            "usage: cargo xtask codegen [--check] | cargo xtask contract | cargo xtask ci \
             | cargo xtask weigh [--runs N] [--ops N] [--debug-only]"
                .to_owned(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or(Path::new("."))
        .to_path_buf()
}

/// A generated file whose checked-in copy differs from what the spec gives.
#[derive(Debug, PartialEq, Eq)]
pub struct Stale {
    pub path: String,
    pub expected: Option<String>,
}

/// Compares the checked-in generated files with a fresh generation.
pub fn stale_files(root: &Path) -> Result<Vec<Stale>, String> {
    let spec_path = root.join(SPEC);
    let text = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let files = codegen::generate(&text, SPEC).map_err(|e| format!("{SPEC}: {e}"))?;
    let dir = root.join(GENERATED);
    let mut stale = Vec::new();
    for file in &files {
        let current = std::fs::read_to_string(dir.join(&file.path)).ok();
        if current.as_deref() != Some(file.contents.as_str()) {
            stale.push(Stale {
                path: format!("{GENERATED}/{}", file.path),
                expected: Some(file.contents.clone()),
            });
        }
    }
    // Files the generator no longer writes are stale too.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut extra: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| !files.iter().any(|f| &f.path == name))
            .collect();
        extra.sort();
        stale.extend(extra.into_iter().map(|name| Stale {
            path: format!("{GENERATED}/{name}"),
            expected: None,
        }));
    }
    Ok(stale)
}

pub(crate) fn codegen(check: bool) -> Result<(), String> {
    let root = root();
    let stale = stale_files(&root)?;
    if check {
        if stale.is_empty() {
            return Ok(());
        }
        let list: Vec<String> = stale.iter().map(|s| format!("  {}", s.path)).collect();
        return Err(format!(
            "generated code is stale; run `cargo xtask codegen` and commit the result:\n{}",
            list.join("\n")
        ));
    }
    std::fs::create_dir_all(root.join(GENERATED)).map_err(|e| e.to_string())?;
    for s in &stale {
        let path = root.join(&s.path);
        let result = match &s.expected {
            Some(contents) => std::fs::write(&path, contents),
            None => std::fs::remove_file(&path),
        };
        result.map_err(|e| format!("cannot update {}: {e}", path.display()))?;
        println!("updated {}", s.path);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// `cargo test` fails when someone edits a generated file or the spec
    /// without regenerating.
    #[test]
    fn generated_code_is_fresh() {
        let stale = super::stale_files(&super::root()).expect("generation succeeds");
        let paths: Vec<&str> = stale.iter().map(|s| s.path.as_str()).collect();
        assert!(
            paths.is_empty(),
            "stale generated files (run `cargo xtask codegen`): {paths:?}"
        );
    }
}
