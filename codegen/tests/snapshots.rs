//! Snapshot tests: each spec in `tests/fixtures/ok/` generates exactly the
//! code in `tests/snapshots/<name>.rs.txt`. Review changes as diffs; to
//! accept them, run with `UPDATE_SNAPSHOTS=1`.

use std::path::{Path, PathBuf};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
}

fn render(files: &[codegen::GeneratedFile]) -> String {
    files
        .iter()
        .map(|f| format!("===== {}\n{}", f.path, f.contents))
        .collect()
}

#[test]
fn fixtures_match_their_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    let paths = fixtures("ok");
    assert!(!paths.is_empty(), "no fixtures found");
    for path in paths {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 name")
            .to_owned();
        let text = std::fs::read_to_string(&path).expect("fixture readable");
        let files = match codegen::generate(&text, &format!("tests/fixtures/ok/{name}.yaml")) {
            Ok(files) => files,
            Err(e) => {
                failures.push(format!("{name}: generation failed: {e}"));
                continue;
            }
        };
        let actual = render(&files);
        let snapshot = path
            .parent()
            .and_then(Path::parent)
            .expect("fixtures dir")
            .parent()
            .expect("tests dir")
            .join("snapshots")
            .join(format!("{name}.rs.txt"));
        if update {
            std::fs::write(&snapshot, &actual).expect("snapshot writable");
            continue;
        }
        match std::fs::read_to_string(&snapshot) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => {
                let line = expected
                    .lines()
                    .zip(actual.lines())
                    .position(|(a, b)| a != b)
                    .map_or(
                        expected.lines().count().min(actual.lines().count()) + 1,
                        |i| i + 1,
                    );
                failures.push(format!(
                    "{name}: differs from {} at line {line}",
                    snapshot.display()
                ));
            }
            Err(_) => failures.push(format!("{name}: no snapshot at {}", snapshot.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(rerun with UPDATE_SNAPSHOTS=1 to accept)",
        failures.join("\n")
    );
}

/// The spec sets of `tests/fixtures/sets-ok/<name>/` (all their `.yaml`
/// files), each as one snapshot `set-<name>.rs.txt`.
fn set_cases() -> Vec<(String, Vec<(String, String)>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sets-ok");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("sets-ok folder exists")
        .map(|e| e.expect("readable entry").path())
        .collect();
    dirs.sort();
    dirs.into_iter()
        .map(|dir| {
            let name = dir
                .file_name()
                .and_then(|n| n.to_str())
                .expect("utf-8")
                .to_owned();
            let mut files: Vec<(String, String)> = fixtures_in(&dir)
                .into_iter()
                .map(|p| {
                    let file = p
                        .file_name()
                        .and_then(|n| n.to_str())
                        .expect("utf-8")
                        .to_owned();
                    (file, std::fs::read_to_string(&p).expect("readable"))
                })
                .collect();
            files.sort();
            (name, files)
        })
        .collect()
}

fn fixtures_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect()
}

#[test]
fn spec_sets_match_their_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut failures = Vec::new();
    for (name, files) in set_cases() {
        let set: Vec<codegen::SpecFile<'_>> = files
            .iter()
            .map(|(file, text)| codegen::SpecFile { name: file, text })
            .collect();
        let actual = match codegen::generate_set(&set) {
            Ok(generated) => render(&generated),
            Err(e) => {
                failures.push(format!("{name}: generation failed:\n{e}"));
                continue;
            }
        };
        let snapshot = snapshots.join(format!("set-{name}.rs.txt"));
        if update {
            std::fs::write(&snapshot, &actual).expect("snapshot writable");
        } else if std::fs::read_to_string(&snapshot).ok().as_deref() != Some(actual.as_str()) {
            failures.push(format!("{name}: differs from {}", snapshot.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(rerun with UPDATE_SNAPSHOTS=1 to accept)",
        failures.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    for path in fixtures("ok") {
        let text = std::fs::read_to_string(&path).expect("fixture readable");
        let first = codegen::generate(&text, "x.yaml");
        for _ in 0..3 {
            assert_eq!(
                codegen::generate(&text, "x.yaml"),
                first,
                "{}",
                path.display()
            );
        }
    }
}
