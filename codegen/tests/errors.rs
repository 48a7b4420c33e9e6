//! Negative fixtures: every spec in `tests/fixtures/errors/` must be refused
//! with the error its header announces:
//!
//! ```yaml
//! # expect-kind: Unsupported
//! # expect-pointer: #/paths/~1users/get/parameters/0
//! # expect-message: header parameters
//! ```

use codegen::ErrorKind;
use std::collections::BTreeSet;
use std::path::Path;

struct Expectation {
    kind: String,
    pointer: String,
    message: String,
}

fn expectation(text: &str, name: &str) -> Expectation {
    let header = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("# {key}: ")))
            .unwrap_or_else(|| panic!("{name}: missing `# {key}:` header"))
            .trim()
            .to_owned()
    };
    Expectation {
        kind: header("expect-kind"),
        pointer: header("expect-pointer"),
        message: header("expect-message"),
    }
}

fn kind_name(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Syntax(_) => "Syntax",
        ErrorKind::UnsupportedVersion(_) => "UnsupportedVersion",
        ErrorKind::Unsupported(_) => "Unsupported",
        ErrorKind::Invalid(_) => "Invalid",
        ErrorKind::DanglingRef { .. } => "DanglingRef",
        ErrorKind::RefCycle(_) => "RefCycle",
        ErrorKind::NameCollision { .. } => "NameCollision",
        ErrorKind::BadName(_) => "BadName",
        ErrorKind::Internal(_) => "Internal",
    }
}

#[test]
fn every_negative_fixture_fails_as_announced() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/errors");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("errors folder")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    let mut seen_kinds = BTreeSet::new();
    let mut failures = Vec::new();
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
    {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 name");
        let text = std::fs::read_to_string(path).expect("readable");
        let want = expectation(&text, name);
        match codegen::generate(&text, name) {
            Ok(_) => failures.push(format!("{name}: generated code instead of failing")),
            Err(errors) => {
                let matches = |err: &codegen::Error| {
                    kind_name(&err.kind) == want.kind
                        && err.pointer.to_string() == want.pointer
                        && err.file == name
                        && err.to_string().contains(&want.message)
                };
                match errors.as_slice().iter().find(|e| matches(e)) {
                    Some(err) => {
                        seen_kinds.insert(kind_name(&err.kind));
                    }
                    None => failures.push(format!(
                        "{name}: expected {} at {} containing {:?}, got:\n{errors}",
                        want.kind, want.pointer, want.message
                    )),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every kind a spec can cause has at least one fixture.
    let all = [
        "Syntax",
        "UnsupportedVersion",
        "Unsupported",
        "Invalid",
        "DanglingRef",
        "RefCycle",
        "NameCollision",
        "BadName",
    ];
    let missing: Vec<_> = all.iter().filter(|k| !seen_kinds.contains(*k)).collect();
    assert!(
        missing.is_empty(),
        "error kinds without a negative fixture: {missing:?}"
    );
}

/// The files of a spec-set fixture folder, sorted by name.
fn set_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("set folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).expect("utf-8 name");
            (
                name.to_owned(),
                std::fs::read_to_string(&p).expect("readable"),
            )
        })
        .collect();
    files.sort();
    files
}

/// Spec sets with several independent mistakes (`tests/fixtures/sets/*/`):
/// one run reports exactly the errors `expect.txt` lists, in that order
/// (`file#pointer | kind | part of the message` per line).
#[test]
fn every_set_fixture_reports_all_its_mistakes_in_one_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sets");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("sets folder")
        .map(|e| e.expect("entry").path())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no set fixtures");
    for dir in dirs {
        let files = set_files(&dir);
        let set: Vec<codegen::SpecFile<'_>> = files
            .iter()
            .map(|(name, text)| codegen::SpecFile { name, text })
            .collect();
        let expected: Vec<Vec<String>> = std::fs::read_to_string(dir.join("expect.txt"))
            .expect("expect.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split(" | ").map(str::to_owned).collect())
            .collect();
        let errors = match codegen::generate_set(&set) {
            Ok(_) => panic!("{}: generated code instead of failing", dir.display()),
            Err(errors) => errors,
        };
        let got: Vec<&codegen::Error> = errors.as_slice().iter().collect();
        let fits = |want: &[String], err: &codegen::Error| {
            want.len() == 3
                && format!("{}{}", err.file, err.pointer) == want[0]
                && kind_name(&err.kind) == want[1]
                && err.to_string().contains(&want[2])
        };
        let all_fit = got.len() == expected.len()
            && expected.iter().zip(&got).all(|(want, err)| fits(want, err));
        assert!(
            all_fit,
            "{}: expected {} errors:\n{}\ngot:\n{errors}",
            dir.display(),
            expected.len(),
            expected
                .iter()
                .map(|w| w.join(" | "))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
