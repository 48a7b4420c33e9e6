//! `codegen::generate()` on the whole spec set and on synthetic specs of
//! exactly 400, 1,000 and 5,000 operations built from it: `cargo bench -p
//! zoom-api-codegen` (see BENCHMARKS.md).
//!
//! A synthetic spec of `n` operations is the spec set (every group of
//! `spec/` with the common shapes, bundled) plus renamed copies:
//! copy `k` repeats every path under `/copy{k}` with every operationId
//! suffixed `Copy{k}`, and repeats every component schema as `{Name}Copy{k}`
//! (its `$ref`s, and those of the copied paths, point at the copies), so
//! types grow with operations as in a real API. The last copy is cut short
//! so that the spec has exactly `n` operations.
//!
//! Also a tool for `cargo xtask weigh`, which needs the same spec:
//! `cargo test -p zoom-api-codegen --bench codegen -- --write-synthetic N OUT`
//! (or the same with `cargo bench`) writes the `N`-operation spec to `OUT`
//! and exits without benchmarking.

use divan::Bencher;
use divan::counter::ItemsCount;
use serde_yaml::{Mapping, Value};

const SPEC_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec");
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
const SCHEMA_REF: &str = "#/components/schemas/";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--write-synthetic") {
        let (Some(ops), Some(out)) = (args.get(at + 1), args.get(at + 2)) else {
            eprintln!("usage: codegen --write-synthetic OPERATIONS OUT");
            std::process::exit(2);
        };
        let ops: usize = ops.parse().expect("OPERATIONS is a number");
        std::fs::write(out, synthetic_spec(&spec_set(), ops)).expect("write the spec");
        return;
    }
    divan::main();
}

/// Every fragment of `spec/`, bundled into one document (JSON, which YAML
/// reads too) so the synthetic specs are single files with the real mix of
/// groups, shared shapes and types per operation.
fn spec_set() -> String {
    let mut names: Vec<String> = std::fs::read_dir(SPEC_DIR)
        .expect("read spec/")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    let texts: Vec<(String, String)> = names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(format!("{SPEC_DIR}/{name}"))
                .unwrap_or_else(|e| panic!("read spec/{name}: {e}"));
            (name, text)
        })
        .collect();
    let files: Vec<codegen::SpecFile<'_>> = texts
        .iter()
        .map(|(name, text)| codegen::SpecFile { name, text })
        .collect();
    codegen::bundle(&files).unwrap_or_else(|e| panic!("the spec set bundles: {e}"))
}

/// Operations in the spec set itself.
fn spec_operations() -> usize {
    spec_set().matches("\"operationId\"").count()
}

/// Operation counts benchmarked: the spec itself, then the synthetic sizes.
/// `cargo test --all-targets` runs each benchmark once in a debug build, so
/// it only gets the small ones.
fn sizes() -> Vec<usize> {
    let own = spec_operations();
    if std::env::args().any(|a| a == "--bench") {
        vec![own, 400, 1000, 5000]
    } else {
        vec![own]
    }
}

/// Time per run of `generate()`, and per operation (the counter). The
/// largest size takes seconds per run, so the sample count is low and
/// `max_time` bounds the whole benchmark.
#[divan::bench(args = sizes(), sample_count = 10, sample_size = 1, max_time = 60)]
fn generate(bencher: Bencher, operations: usize) {
    let spec = synthetic_spec(&spec_set(), operations);
    assert_eq!(spec.matches("operationId:").count(), operations);
    bencher.counter(ItemsCount::new(operations)).bench(|| {
        codegen::generate(divan::black_box(&spec), "synthetic.yaml")
            .expect("the synthetic spec generates")
    });
}

/// The spec set grown to exactly `operations` operations with renamed
/// copies (see the module docs). Fewer than the spec has is an error.
fn synthetic_spec(base: &str, operations: usize) -> String {
    let mut spec: Value = serde_yaml::from_str(base).expect("the spec is YAML");
    let paths = spec["paths"].as_mapping().expect("paths").clone();
    let schemas = spec["components"]["schemas"]
        .as_mapping()
        .expect("components.schemas")
        .clone();
    let per_copy: usize = paths.values().map(|item| methods(item).count()).sum();
    assert!(
        operations >= per_copy,
        "the spec already has {per_copy} operations"
    );
    let mut total = per_copy;
    let mut copy = 0;
    while total < operations {
        copy += 1;
        let suffix = format!("Copy{copy}");
        for (path, item) in &paths {
            let mut item = item.clone();
            for method in METHODS {
                let Some(op) = item.get_mut(method) else {
                    continue;
                };
                if total == operations {
                    item.as_mapping_mut().expect("path item").remove(method);
                    continue;
                }
                let id = op["operationId"].as_str().expect("operationId");
                op["operationId"] = Value::from(format!("{id}{suffix}"));
                total += 1;
            }
            if methods(&item).next().is_none() {
                continue;
            }
            rename_refs(&mut item, &suffix);
            let path = format!("/copy{copy}{}", path.as_str().expect("path"));
            insert(&mut spec["paths"], path, item);
        }
        for (name, schema) in &schemas {
            let mut schema = schema.clone();
            rename_refs(&mut schema, &suffix);
            let name = format!("{}{suffix}", name.as_str().expect("schema name"));
            insert(&mut spec["components"]["schemas"], name, schema);
        }
    }
    serde_yaml::to_string(&spec).expect("the spec serializes")
}

fn methods(item: &Value) -> impl Iterator<Item = &str> {
    METHODS.into_iter().filter(|m| item.get(*m).is_some())
}

fn insert(map: &mut Value, key: String, value: Value) {
    let map: &mut Mapping = map.as_mapping_mut().expect("a mapping");
    let previous = map.insert(Value::from(key), value);
    assert!(previous.is_none(), "synthetic names must not collide");
}

/// Points every `$ref` to a component schema at its renamed copy.
fn rename_refs(value: &mut Value, suffix: &str) {
    match value {
        Value::Mapping(map) => {
            for (key, child) in map.iter_mut() {
                if key.as_str() == Some("$ref") {
                    let target = child.as_str().expect("$ref is a string");
                    assert!(target.starts_with(SCHEMA_REF), "unexpected $ref {target}");
                    *child = Value::from(format!("{target}{suffix}"));
                } else {
                    rename_refs(child, suffix);
                }
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(|v| rename_refs(v, suffix)),
        Value::Tagged(tagged) => rename_refs(&mut tagged.value, suffix),
        _ => {}
    }
}
