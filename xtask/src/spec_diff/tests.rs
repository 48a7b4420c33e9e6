//! Fixture tests: each folder of `xtask/tests/spec-diff/` holds `ours/`
//! (spec fragments), Zoom's file (`zoom.json` or `zoom.yaml`), optionally
//! `accepted.yaml`, and `expected.txt`, the report. Rerun with
//! `UPDATE_SNAPSHOTS=1` to accept a changed report.

use std::path::{Path, PathBuf};

use super::{Options, compute, read_document};
use crate::spec::File;

fn fixtures() -> PathBuf {
    crate::root().join("xtask/tests/spec-diff")
}

fn ours(dir: &Path) -> Vec<File> {
    let mut files: Vec<File> = std::fs::read_dir(dir.join("ours"))
        .expect("an ours/ folder")
        .map(|e| e.expect("entry").path())
        .map(|path| File {
            path: format!(
                "spec/{}",
                path.file_name().and_then(|n| n.to_str()).expect("name")
            ),
            text: std::fs::read_to_string(&path).expect("readable"),
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

#[test]
fn every_fixture_gives_its_report() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 2, "fixtures missing");
    for dir in dirs {
        let zoom = ["zoom.json", "zoom.yaml"]
            .iter()
            .map(|name| dir.join(name))
            .find(|p| p.exists())
            .expect("a zoom file");
        let options = Options {
            official: vec![zoom.display().to_string()],
            ..Options::default()
        };
        let accepted = std::fs::read_to_string(dir.join("accepted.yaml")).unwrap_or_default();
        let outcome = compute(&ours(&dir), &options, &accepted).expect("compares");
        let name = dir.file_name().and_then(|n| n.to_str()).expect("name");
        let text = outcome.text(name);
        let expected = dir.join("expected.txt");
        if update {
            std::fs::write(&expected, &text).expect("writable");
        } else {
            let want = std::fs::read_to_string(&expected).unwrap_or_default();
            assert_eq!(
                text, want,
                "{name}: report differs (UPDATE_SNAPSHOTS=1 to accept)"
            );
        }
    }
}

/// The every-kind fixture covers each kind of difference, both sides, the
/// accepted and the stale; its exit would be a failure.
#[test]
fn the_every_kind_fixture_covers_every_kind() {
    let dir = fixtures().join("every-kind");
    let options = Options {
        official: vec![dir.join("zoom.json").display().to_string()],
        ..Options::default()
    };
    let accepted = std::fs::read_to_string(dir.join("accepted.yaml")).expect("accepted");
    let outcome = compute(&ours(&dir), &options, &accepted).expect("compares");
    let kinds: std::collections::BTreeSet<&str> =
        outcome.undeclared.iter().map(|d| d.kind).collect();
    let all = [
        "operation",
        "query",
        "request",
        "answer",
        "enum",
        "format",
        "required",
        "deprecated",
    ];
    for kind in all {
        assert!(kinds.contains(kind), "no `{kind}` difference in {kinds:?}");
    }
    assert_eq!(outcome.accepted.len(), 1);
    assert_eq!(outcome.stale.len(), 1);
    assert!(!outcome.clean());
    let json = outcome.json();
    assert_eq!(json["stale"][0]["item"], "answer:old");
    // Only the operations spec/ has, when asked.
    let narrow = Options {
        ours_only: true,
        ..options
    };
    let narrow = compute(&ours(&dir), &narrow, "").expect("compares");
    assert!(
        narrow
            .undeclared
            .iter()
            .all(|d| !d.operation.starts_with("GET /new"))
    );
}

#[test]
fn malformed_files_are_errors_naming_the_place() {
    let err = read_document("{\"openapi\": \"3.0.0\", \"paths\": {").unwrap_err();
    assert!(err.contains("line 1"), "{err}");
    let err = read_document("openapi: 3.0.0\npaths: [unclosed").unwrap_err();
    assert!(err.contains("line 2"), "{err}");
    let not_a_spec = read_document("{\"hello\": 1}").expect("JSON");
    let err = super::surface::surface(&not_a_spec).unwrap_err();
    assert!(err.contains("not an OpenAPI document"), "{err}");
    let bad_accepted = super::accepted::parse("- operation: nope\n  kind: type\n", "a.yaml");
    let err = bad_accepted.unwrap_err();
    assert!(
        err.contains("entry 0") && err.contains("METHOD /path"),
        "{err}"
    );
    // Odd but readable shapes never panic: refs to nowhere, cycles, non-objects.
    let odd = read_document(
        r##"{"openapi": "3.0.0", "paths": {"/a": {"get": {"parameters": [{"$ref": "#/nowhere"}, 7],
        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}},
        "components": {"schemas": {"A": {"properties": {"a": {"$ref": "#/components/schemas/A"}}}}}}"##,
    )
    .expect("JSON");
    let surface = super::surface::surface(&odd).expect("a surface");
    assert!(surface["GET /a"].answer.contains_key("a.a"));
}
