//! The spec set on disk: every `spec/*.yaml` file, in name order, and the
//! checks that tie it to `zoom-api/Cargo.toml` (one feature per group).

use std::path::Path;

/// The spec folder, relative to the workspace root.
pub const SPEC_DIR: &str = "spec";
/// The group of `common.yaml`, which has no feature of its own.
pub const COMMON: &str = "common";

/// One spec file: its path relative to the workspace root and its text.
pub struct File {
    pub path: String,
    pub text: String,
}

/// Every `spec/*.yaml` file, sorted by name so generation is deterministic.
pub fn files(root: &Path) -> Result<Vec<File>, String> {
    let dir = root.join(SPEC_DIR);
    let entries =
        std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let path = format!("{SPEC_DIR}/{name}");
            let text = std::fs::read_to_string(root.join(&path))
                .map_err(|e| format!("cannot read {path}: {e}"))?;
            Ok(File { path, text })
        })
        .collect()
}

/// The files as the generator takes them.
pub fn set<'a>(files: impl IntoIterator<Item = &'a File>) -> Vec<codegen::SpecFile<'a>> {
    files
        .into_iter()
        .map(|f| codegen::SpecFile {
            name: &f.path,
            text: &f.text,
        })
        .collect()
}

/// The groups that have a Cargo feature: every file's stem but common's.
pub fn feature_groups(files: &[File]) -> Vec<String> {
    files
        .iter()
        .filter_map(|f| Path::new(&f.path).file_stem()?.to_str())
        .map(|stem| stem.replace('-', "_"))
        .filter(|group| group != COMMON)
        .collect()
}

/// Checks that `zoom-api/Cargo.toml` declares a feature per group and that
/// `full` enables them all; returns what is missing.
pub fn check_features(root: &Path, groups: &[String]) -> Result<(), String> {
    let manifest = root.join("zoom-api/Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .map_err(|e| format!("cannot read {}: {e}", manifest.display()))?;
    let features = features_section(&text);
    let full = features
        .iter()
        .find(|(name, _)| name == "full")
        .map(|(_, value)| value.as_str())
        .unwrap_or_default();
    let mut problems = Vec::new();
    for group in groups {
        if !features.iter().any(|(name, _)| name == group) {
            problems.push(format!("no feature `{group}` (add `{group} = []`)"));
        }
        if !full.contains(&format!("\"{group}\"")) {
            problems.push(format!("feature `full` does not enable `{group}`"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "zoom-api/Cargo.toml does not match the spec's groups:\n  {}",
            problems.join("\n  ")
        ))
    }
}

/// `name = value` lines of the `[features]` table (values on one line).
fn features_section(manifest: &str) -> Vec<(String, String)> {
    manifest
        .lines()
        .skip_while(|line| line.trim() != "[features]")
        .skip(1)
        .take_while(|line| !line.trim_start().starts_with('['))
        .filter_map(|line| line.split_once('='))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect()
}
