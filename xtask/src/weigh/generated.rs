//! A crate's generated files, and the operations and lines they hold.

use std::path::Path;

use super::files::read;

/// The generated files of a crate, as (file name, contents).
pub(super) fn generated_files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "rs") {
            let contents = read(&path)?;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            files.push((name.into_owned(), contents));
        }
    }
    files.sort();
    Ok(files)
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
