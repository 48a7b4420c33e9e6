//! Project chores:
//!
//! - `cargo xtask codegen [--check]`: regenerate zoom-api from the spec, or
//!   fail when the checked-in generated code is stale;
//! - `cargo xtask contract`: the contract tests against the Prism mock
//!   server, in static and dynamic mode (see `contract.rs`);
//! - `cargo xtask ci`: every check CI runs, in one target directory;
//! - `cargo xtask weigh`: build time (total and per operation), rustc's
//!   peak memory, generated lines and dependency count of zoom-api and of a
//!   400-operation crate, with `--peers` next to Oxide's zoom-api and
//!   progenitor's client (see `weigh.rs`).

mod ci;
mod contract;
#[cfg(test)]
mod invariants;
mod spec;
mod spec_diff;
mod weigh;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where generated files live, relative to the workspace root.
const GENERATED: &str = "zoom-api/src/generated";
/// The generator's constructs fixture, and where its code is compiled and
/// tested against the real runtime (zoom-api's own test build).
const FIXTURE_SPEC: &str = "codegen/tests/fixtures/ok/constructs.yaml";
const FIXTURE_GENERATED: &str = "zoom-api/tests/constructs/generated";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["contract"] => contract::run(&root()),
        ["ci"] => ci::run(&root()),
        ["weigh", options @ ..] => weigh::run(&root(), options),
        ["spec-diff", options @ ..] => match spec_diff::run(&root(), options) {
            Ok(true) => Ok(()),
            Ok(false) => return ExitCode::FAILURE,
            Err(message) => Err(message),
        },
        _ => Err(
            "usage: cargo xtask codegen [--check] | cargo xtask contract | cargo xtask ci \
             | cargo xtask weigh [--runs N] [--ops N] [--debug-only] [--peers] [--profile] \
             | cargo xtask spec-diff [--json] [--ours-only] [--group NAME]... PATH..."
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

/// Compares the checked-in generated files with a fresh generation of the
/// whole spec set; the spec's errors come back all at once, one per line.
pub fn stale_files(root: &Path) -> Result<Vec<Stale>, String> {
    let specs = spec::files(root)?;
    let files = codegen::generate_set(&spec::set(&specs)).map_err(|errors| errors.to_string())?;
    spec::check_features(root, &spec::feature_groups(&specs))?;
    let mut stale = compare(root, GENERATED, &files);
    let fixture = std::fs::read_to_string(root.join(FIXTURE_SPEC))
        .map_err(|e| format!("cannot read {FIXTURE_SPEC}: {e}"))?;
    let fixture_set = [codegen::SpecFile {
        name: FIXTURE_SPEC,
        text: &fixture,
    }];
    // The fixture is compiled without features: it has none of its own.
    let options = codegen::Options {
        feature_gates: false,
    };
    let fixture_files =
        codegen::generate_set_with(&fixture_set, options).map_err(|errors| errors.to_string())?;
    stale.extend(compare(root, FIXTURE_GENERATED, &fixture_files));
    Ok(stale)
}

/// The files under `out` that differ from `files`, or that `files` lacks.
fn compare(root: &Path, out: &str, files: &[codegen::GeneratedFile]) -> Vec<Stale> {
    let dir = root.join(out);
    let mut stale = Vec::new();
    for file in files {
        let current = std::fs::read_to_string(dir.join(&file.path)).ok();
        if current.as_deref() != Some(file.contents.as_str()) {
            stale.push(Stale {
                path: format!("{out}/{}", file.path),
                expected: Some(file.contents.clone()),
            });
        }
    }
    let mut extra: Vec<String> = files_below(&dir, "")
        .into_iter()
        .filter(|name| !files.iter().any(|f| &f.path == name))
        .collect();
    extra.sort();
    stale.extend(extra.into_iter().map(|name| Stale {
        path: format!("{out}/{name}"),
        expected: None,
    }));
    stale
}

/// Paths of the files below `dir`, relative to it, with `/` separators.
fn files_below(dir: &Path, prefix: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.path().is_dir() {
            out.extend(files_below(&entry.path(), &format!("{name}/")));
        } else {
            out.push(name);
        }
    }
    out
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
    for s in &stale {
        let path = root.join(&s.path);
        let result = match &s.expected {
            Some(contents) => path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, contents)),
            None => std::fs::remove_file(&path),
        };
        result.map_err(|e| format!("cannot update {}: {e}", path.display()))?;
        println!("updated {}", s.path);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// Operations become methods on `Client`, so the runtime's own public
    /// methods must be among the names the generator reserves for it.
    #[test]
    fn client_methods_are_reserved_in_the_generator() {
        let src = super::root().join("zoom-api/src");
        let mut missing = Vec::new();
        for file in super::files_below(&src, "") {
            if file.starts_with("generated/") || !file.ends_with(".rs") {
                continue;
            }
            let text = std::fs::read_to_string(src.join(&file)).expect("readable source");
            for name in client_methods(&text) {
                if !codegen::naming::reserved::CLIENT_METHODS.contains(&name.as_str()) {
                    missing.push(format!("{file}: Client::{name}"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "add these to codegen/src/naming/reserved.rs CLIENT_METHODS: {missing:?}"
        );
    }

    /// `pub fn` names inside `impl Client { .. }` blocks (top level).
    fn client_methods(text: &str) -> Vec<String> {
        let mut inside = false;
        let mut names = Vec::new();
        for line in text.lines() {
            if line == "impl Client {" {
                inside = true;
            } else if line == "}" {
                inside = false;
            } else if inside {
                let rest = line.trim_start();
                let rest = rest
                    .strip_prefix("pub async fn ")
                    .or_else(|| rest.strip_prefix("pub fn "));
                if let Some(rest) = rest {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    names.push(name);
                }
            }
        }
        names
    }

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
