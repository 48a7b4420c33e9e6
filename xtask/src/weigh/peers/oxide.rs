//! Oxide's published `zoom-api`, built as the dependency of a scratch crate.

use std::path::Path;

use super::super::files::{read, write};
use super::super::generated::count_lines;
use super::super::manifest::peer_profiles;
use super::super::process::{capture, cargo};
use super::super::{Rebuild, Role, Subject};

/// The release weighed, exactly.
const VERSION: &str = "0.10.0";
/// The scratch crate's package name.
const SCRATCH: &str = "weigh-oxide-zoom-api";

/// Writes the scratch workspace `dir` (a crate depending on
/// `zoom-api = "=0.10.0"`) and counts the release's endpoints and lines
/// from its source, which cargo downloads for `cargo metadata`.
pub(in super::super) fn stage_oxide(
    root: &Path,
    dir: &Path,
    target: &Path,
) -> Result<Subject, String> {
    let manifest = format!(
        "# Scratch crate written by `cargo xtask weigh --peers`.\n\
         [package]\nname = \"{SCRATCH}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
         publish = false\n\n[dependencies]\nzoom-api = \"={VERSION}\"\n\n[workspace]\n\n{}",
        peer_profiles(&read(&root.join("Cargo.toml"))?, Some("zoom-api"))
    );
    write(&dir.join("Cargo.toml"), &manifest)?;
    write(
        &dir.join("src/lib.rs"),
        "//! Depends on Oxide's zoom-api so that building it builds the client.\npub use zoom_api;\n",
    )?;
    let source = source_dir(dir)?;
    let files = rust_files(&source.join("src"))?;
    let operations = count_endpoints(&files);
    let generated_lines = count_lines(&files);
    println!(
        "Oxide's zoom-api {VERSION}: {operations} endpoints, {generated_lines} lines in {}",
        source.display()
    );
    Ok(Subject {
        label: format!("Oxide's zoom-api {VERSION} (crates.io)"),
        role: Role::Oxide,
        dir: dir.to_path_buf(),
        target: target.to_path_buf(),
        rebuild: Rebuild::Clean("zoom-api".to_owned()),
        package: "zoom-api".to_owned(),
        compiles: vec!["zoom-api".to_owned(), SCRATCH.to_owned()],
        operations,
        generated_lines,
        cargo_args: Vec::new(),
    })
}

/// Where cargo unpacked the release: from `cargo metadata`'s manifest paths.
fn source_dir(dir: &Path) -> Result<std::path::PathBuf, String> {
    let mut command = cargo();
    command
        .current_dir(dir)
        .args(["metadata", "--format-version", "1"]);
    let metadata = capture(&mut command)?;
    let wanted = format!("zoom-api-{VERSION}/Cargo.toml");
    metadata
        .split("\"manifest_path\":\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|path| path.ends_with(&wanted))
        .and_then(|path| Path::new(path).parent().map(Path::to_path_buf))
        .ok_or_else(|| format!("cargo metadata names no {wanted}"))
}

/// The `.rs` files directly in `dir` (the release keeps all its code there).
fn rust_files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "rs") {
            files.push((path.display().to_string(), read(&path)?));
        }
    }
    Ok(files)
}

/// Distinct endpoints (method and path): the release documents each of its
/// functions with "This function performs a `GET` to the `/path` endpoint",
/// and some endpoints have two functions (a page and all pages).
fn count_endpoints(files: &[(String, String)]) -> usize {
    let mut endpoints: Vec<&str> = files
        .iter()
        .flat_map(|(_, text)| text.split("This function performs a `").skip(1))
        .filter_map(|rest| rest.find("` endpoint").map(|end| &rest[..end]))
        .collect();
    endpoints.sort_unstable();
    endpoints.dedup();
    endpoints.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_with_two_functions_count_once() {
        let text = "* This function performs a `GET` to the `/users` endpoint.\n\
                    * This function performs a `GET` to the `/users` endpoint.\n\
                    * This function performs a `POST` to the `/users` endpoint.\n";
        assert_eq!(count_endpoints(&[("a".into(), text.into())]), 2);
    }
}
