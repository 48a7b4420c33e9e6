//! Throwaway copies of zoom-api, each its own workspace.

use std::path::Path;

use super::files::{copy_dir, read, write};
use super::generated::{count_lines, count_operations};
use super::manifest::throwaway_manifest;
use super::{CRATE_DIR, Rebuild, Role, Subject};

/// Copies zoom-api into `dir` as its own workspace, with `generated` as its
/// generated files, to be built in `target`; `tag` tells the copies apart (see [`throwaway_manifest`]).
pub(super) fn stage(
    root: &Path,
    (label, role): (&str, Role),
    tag: &str,
    dir: &Path,
    target: &Path,
    generated: &[(String, String)],
) -> Result<Subject, String> {
    let crate_dir = root.join(CRATE_DIR);
    let src = dir.join("src");
    if src.exists() {
        std::fs::remove_dir_all(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    }
    copy_dir(&crate_dir.join("src"), &src)?;
    let generated_dir = src.join("generated");
    std::fs::remove_dir_all(&generated_dir)
        .map_err(|e| format!("{}: {e}", generated_dir.display()))?;
    for (name, contents) in generated {
        write(&generated_dir.join(name), contents)?;
    }
    let manifest = throwaway_manifest(
        &read(&crate_dir.join("Cargo.toml"))?,
        &read(&root.join("Cargo.toml"))?,
        tag,
    );
    write(&dir.join("Cargo.toml"), &manifest)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
    std::fs::copy(crate_dir.join("README.md"), dir.join("README.md"))
        .map_err(|e| format!("cannot copy README.md: {e}"))?;
    let operations = count_operations(generated);
    let generated_lines = count_lines(generated);
    println!(
        "{label}: {operations} operations, {generated_lines} generated lines in {}",
        dir.display()
    );
    Ok(Subject {
        label: label.to_owned(),
        role,
        dir: dir.to_path_buf(),
        target: target.to_path_buf(),
        rebuild: Rebuild::Touch("src/lib.rs".into()),
        package: CRATE_DIR.to_owned(),
        compiles: vec![CRATE_DIR.to_owned()],
        operations,
        generated_lines,
        cargo_args: Vec::new(),
    })
}
