//! The size of a crate's dependency graph.

use std::path::Path;

use super::process::{capture, cargo};

/// Distinct crates (name and version) in the normal dependency graph of
/// `package`, as resolved in the workspace at `dir`.
pub(super) fn dependency_count(dir: &Path, package: &str, extra: &[&str]) -> Result<usize, String> {
    let mut command = cargo();
    command
        .current_dir(dir)
        .args(["tree", "-p", package, "-e", "normal", "--prefix", "none"])
        .args(extra);
    let tree = capture(&mut command)?;
    Ok(count_crates(&tree, package))
}

/// Counts distinct `name vX.Y.Z` entries of `cargo tree --prefix none`
/// output, leaving out `exclude` and cargo's `(*)`/`(proc-macro)` marks.
fn count_crates(tree: &str, exclude: &str) -> usize {
    let mut crates: Vec<(&str, &str)> = tree
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            Some((words.next()?, words.next()?))
        })
        .filter(|(name, _)| *name != exclude)
        .collect();
    crates.sort_unstable();
    crates.dedup();
    crates.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crates_are_counted_once() {
        let tree = "zoom-api v0.1.0 (/w/zoom-api)\nbytes v1.11.0\nserde v1.0.1\n\
                    serde_derive v1.0.1 (proc-macro)\nbytes v1.11.0 (*)\nhashbrown v0.14.0\n\
                    hashbrown v0.15.0\n\n";
        assert_eq!(count_crates(tree, "zoom-api"), 5);
    }
}
