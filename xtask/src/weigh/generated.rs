//! A crate's generated files, and the operations and lines they hold.

use std::path::Path;

use super::files::read;

/// The generated files of a crate (one folder per group), as (path
/// relative to `dir`, contents).
pub(super) fn generated_files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    collect(dir, "", &mut files)?;
    files.sort();
    Ok(files)
}

fn collect(dir: &Path, prefix: &str, files: &mut Vec<(String, String)>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let relative = format!("{prefix}{name}");
        if path.is_dir() {
            collect(&path, &format!("{relative}/"), files)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push((relative, read(&path)?));
        }
    }
    Ok(())
}

/// Operations in generated files: there is one `OperationInfo` per operation.
pub(super) fn count_operations(generated: &[(String, String)]) -> usize {
    generated
        .iter()
        .map(|(_, c)| c.matches(": OperationInfo = OperationInfo::new(").count())
        .sum()
}

/// Lines of generated files.
pub(super) fn count_lines(generated: &[(String, String)]) -> usize {
    generated.iter().map(|(_, c)| c.lines().count()).sum()
}
