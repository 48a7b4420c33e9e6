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
        ErrorKind::DanglingRef(_) => "DanglingRef",
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
            Err(err) => {
                let kind = kind_name(&err.kind);
                seen_kinds.insert(kind);
                let shown = err.to_string();
                if kind != want.kind
                    || err.pointer.to_string() != want.pointer
                    || !shown.contains(&want.message)
                {
                    failures.push(format!(
                        "{name}: expected {} at {} containing {:?}, got {kind}: {shown}",
                        want.kind, want.pointer, want.message
                    ));
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
