//! Structured inputs: the real spec (or the `ok` fixtures), mutated.

use proptest::prelude::*;
use proptest::sample::Index;
use serde_yaml::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::{check, config};
use crate::apply::apply;
use crate::mutations::{Mutation, mutation};
use crate::tree::{Step, all_paths, is_schema_path, key_is};

/// The documents mutations start from, parsed once.
fn bases() -> &'static [(String, Value)] {
    static BASES: OnceLock<Vec<(String, Value)>> = OnceLock::new();
    BASES.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let spec = manifest.join("../spec/users.yaml");
        let paths: Vec<PathBuf> = if spec.exists() {
            vec![spec]
        } else {
            let dir = manifest.join("tests/fixtures/ok");
            let mut fixtures: Vec<PathBuf> = std::fs::read_dir(&dir)
                .expect("the ok fixtures folder exists")
                .map(|e| e.expect("readable folder entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                .collect();
            fixtures.sort();
            fixtures
        };
        paths
            .into_iter()
            .map(|path| {
                let text = std::fs::read_to_string(&path).expect("base spec is readable");
                let value = serde_yaml::from_str(&text).expect("base spec is YAML");
                (path.display().to_string(), value)
            })
            .collect()
    })
}

fn structured_case() -> impl Strategy<Value = (Index, Vec<Mutation>)> {
    (any::<Index>(), prop::collection::vec(mutation(), 1..=5))
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn mutated_real_spec((base, mutations) in structured_case()) {
        let (name, original) = base.get(bases());
        let mut doc = original.clone();
        for m in &mutations {
            apply(&mut doc, m);
        }
        let text = serde_yaml::to_string(&doc).expect("a YAML tree serializes");
        check(&text).map_err(|e| TestCaseError::fail(format!("base {name}, {mutations:?}:\n{e}")))?;
    }
}

/// The mutations find places to apply in the real spec (a guard against a
/// generator of no-ops after the spec changes shape).
#[test]
fn mutations_find_their_places() {
    let (_, doc) = &bases()[0];
    let paths = all_paths(doc);
    let schemas = paths.iter().filter(|p| is_schema_path(p)).count();
    let ids = paths
        .iter()
        .filter(|p| p.last().is_some_and(|s| key_is(s, "operationId")))
        .count();
    let properties = paths
        .iter()
        .filter(
            |p| matches!(p.as_slice(), [.., parent, Step::Key(_)] if key_is(parent, "properties")),
        )
        .count();
    assert!(schemas > 10, "only {schemas} schema places found");
    assert!(ids > 1, "only {ids} operationIds found");
    assert!(properties > 10, "only {properties} properties found");
}

/// The unmutated bases generate, so mutations start from a working spec.
#[test]
fn bases_generate() {
    for (name, doc) in bases() {
        let text = serde_yaml::to_string(doc).expect("a YAML tree serializes");
        if let Err(e) = super::generate_with_common(&text, name) {
            panic!("{name} does not generate: {e}");
        }
    }
}
