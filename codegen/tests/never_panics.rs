//! Robustness: whatever text it is given, `codegen::generate` returns `Ok` or
//! `Err` — it never panics, never hangs, never overflows its stack — and
//! whatever it generates parses as Rust (`syn::parse_file`).
//!
//! Inputs come in two families:
//!
//! - unstructured: arbitrary strings, arbitrary bytes read as lossy UTF-8, and
//!   strings glued together from YAML and OpenAPI tokens;
//! - structured: the real spec (`spec/zoom-users.yaml`, or the `ok` fixtures
//!   while it does not exist) parsed into a YAML tree, changed by 1 to 5
//!   [`Mutation`]s, and written back as text.
//!
//! Each property runs `PROPTEST_CASES` cases (default: 512 for the cheap
//! unstructured inputs, 64 for the structured ones, whose generated code is
//! large; about 15 s in all in debug). A failure prints the offending input
//! (or writes it to `never_panics-failure.yaml` in Cargo's test temp folder
//! when it is long) and proptest's shrunk mutations. A hang prints the input
//! and ends the test binary; a stack overflow aborts it (the input is then
//! lost: rerun with `--nocapture` and a smaller `PROPTEST_CASES` to find it).

use proptest::prelude::*;
use proptest::sample::Index;
use serde_yaml::{Mapping, Value};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::Duration;

/// How long one `generate` call may take before it counts as a hang. A
/// generous bound: the full spec takes well under a second in debug.
const HANG_AFTER: Duration = Duration::from_secs(30);

/// Inputs longer than this are written to a file instead of the failure message.
const SHOW_INLINE: usize = 2_000;

/// Cases per property: `PROPTEST_CASES` when set, else `default`.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        // Shrinking a structured case re-runs the generator on the whole spec.
        max_shrink_iters: 256,
        // A failure found here becomes a fixture under tests/fixtures instead.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Runs the generator on `text` and checks the outcome; `Err(message)` on a
/// panic, a hang, or generated code that does not parse.
fn check(text: &str) -> Result<(), String> {
    let outcome = run_generate(text.to_owned());
    let problem = match outcome {
        Outcome::Done(Ok(files)) => files.iter().find_map(|f| {
            syn::parse_file(&f.contents)
                .err()
                .map(|e| format!("generated {} does not parse: {e}", f.path))
        }),
        Outcome::Done(Err(_)) => None,
        Outcome::Panicked(message) => Some(format!("generate panicked: {message}")),
        Outcome::Hung => {
            // The stuck thread cannot be stopped and would slow every later
            // case (and shrinking would add one per step), so stop here.
            eprintln!(
                "generate did not finish within {HANG_AFTER:?}\n{}",
                show(text)
            );
            std::process::exit(101);
        }
    };
    match problem {
        None => Ok(()),
        Some(problem) => Err(format!("{problem}\n{}", show(text))),
    }
}

enum Outcome {
    Done(Result<Vec<codegen::GeneratedFile>, codegen::Errors>),
    Panicked(String),
    Hung,
}

/// Calls `generate` on its own thread, so a panic becomes a message and a
/// hang becomes a timeout instead of a stuck test.
fn run_generate(text: String) -> Outcome {
    let (done, result) = mpsc::channel();
    std::thread::spawn(move || {
        let outcome = std::panic::catch_unwind(|| generate_with_common(&text, "mutated.yaml"));
        // The receiver is gone only if the test already timed out.
        let _ = done.send(outcome);
    });
    match result.recv_timeout(HANG_AFTER) {
        Ok(Ok(generated)) => Outcome::Done(generated),
        Ok(Err(panic)) => Outcome::Panicked(
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "(no message)".to_owned()),
        ),
        Err(_) => Outcome::Hung,
    }
}

/// Generates `text` as one group of a set with the real `spec/common.yaml`,
/// so the `$ref`s of a group's file into it resolve.
fn generate_with_common(
    text: &str,
    name: &str,
) -> Result<Vec<codegen::GeneratedFile>, codegen::Errors> {
    static COMMON: OnceLock<String> = OnceLock::new();
    let common = COMMON.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/common.yaml");
        std::fs::read_to_string(path).unwrap_or_default()
    });
    let mut files = vec![codegen::SpecFile { name, text }];
    if !common.is_empty() {
        files.push(codegen::SpecFile {
            name: "common.yaml",
            text: common,
        });
    }
    codegen::generate_set(&files)
}

/// The input, inline when short, else saved to a file that is named instead.
fn show(text: &str) -> String {
    if text.len() <= SHOW_INLINE {
        return format!("input: {text:?}");
    }
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("never_panics-failure.yaml");
    match std::fs::write(&path, text) {
        Ok(()) => format!("input ({} bytes) written to {}", text.len(), path.display()),
        Err(e) => format!("input ({} bytes) could not be saved: {e}", text.len()),
    }
}

// ---------------------------------------------------------------------------
// Unstructured inputs

/// Text made of YAML punctuation and OpenAPI words, so that some of it gets
/// past the YAML parser and into the OpenAPI reader.
fn yamlish() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "openapi: 3.0.3\n",
        "info: {title: t, version: '1'}\n",
        "paths:\n",
        "components:\n",
        "schemas:\n",
        "  /a/{id}:\n",
        "    get:\n",
        "operationId: x\n",
        "x-zoom-rate-limit: Light\n",
        "responses:\n",
        "'200': {description: OK}\n",
        "$ref: '#/components/schemas/A'\n",
        "type: object\n",
        "properties:\n",
        "enum: [a, b]\n",
        "items: ",
        "- ",
        ": ",
        "  ",
        "\n",
        "{",
        "}",
        "[",
        "]",
        "&a ",
        "*a ",
        "!!str ",
        "? ",
        "|\n",
        "~",
        "null",
        "'",
        "\"",
        "#",
        "\r",
    ]);
    prop::collection::vec(token, 0..64).prop_map(|tokens| tokens.concat())
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check(&String::from_utf8_lossy(&bytes)).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn yaml_token_soup(text in yamlish()) {
        check(&text).map_err(TestCaseError::fail)?;
    }
}

// ---------------------------------------------------------------------------
// Structured mutations of a real spec

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

/// One step into a YAML tree.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(Value),
    Item(usize),
}

type NodePath = Vec<Step>;

/// A change to the document. Places are [`Index`]es into the list of
/// candidate nodes of the current document, resolved when applied.
#[derive(Debug, Clone)]
enum Mutation {
    /// Removes a mapping entry anywhere.
    DeleteKey(Index),
    /// Replaces any node with a scalar, an empty mapping or an empty list.
    Replace(Index, Replacement),
    /// Gives an operation the `operationId` of another.
    DuplicateOperationId(Index, Index),
    /// Swaps two nodes, neither inside the other.
    Swap(Index, Index),
    /// Renames a property to a Rust keyword, a reserved or a non-ASCII name.
    RenameProperty(Index, &'static str),
    /// Replaces a schema with a `$ref` to a missing component, or to the
    /// component the schema sits in.
    InsertRef(Index, RefTarget),
    /// Wraps a schema in 70 levels of `{type: object, properties: {a: ...}}`.
    Nest(Index),
    /// Rewrites a `description`, `summary` or `title` with text that doc
    /// comments must survive.
    Prose(Index, String),
}

#[derive(Debug, Clone)]
enum Replacement {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
    EmptyMap,
    EmptyList,
}

#[derive(Debug, Clone)]
enum RefTarget {
    Missing(&'static str),
    Enclosing,
}

const NEW_NAMES: &[&str] = &[
    "type",
    "self",
    "Self",
    "match",
    "async",
    "gen",
    "crate",
    "super",
    "client",
    "send",
    "body",
    "file",
    "Unknown",
    "Other",
    "from",
    "into",
    "ü",
    "名前",
    "naïve",
    "Ωmega",
    "🙂",
    "a b",
    "",
    "_",
    "1st",
    "next_page_token",
];

const MISSING_REFS: &[&str] = &[
    "#/components/schemas/DoesNotExist",
    "#/components/schemas/",
    "#/components/schemas/a~1b",
    "#/components/parameters/Nope",
    "#/definitions/Old",
    "other.yaml#/components/schemas/X",
    "#",
    "",
];

fn replacement() -> impl Strategy<Value = Replacement> {
    let text = prop_oneof![
        any::<String>(),
        "[a-zA-Z_{}/ -]{0,12}",
        prop::sample::select(vec![
            "",
            " ",
            "\r",
            "x\ry",
            "`",
            "``",
            "}",
            "{",
            "{id}",
            "/",
            "$ref",
            "object",
            "string",
            "integer",
            "array",
            "date-time",
            "binary",
            "Light",
            "3.0.3",
            "3.1.0",
            "default",
            "200",
            "2XX",
            "#/components/schemas/User",
            "<b>",
            "[link](x)",
            "https://zoom.us",
        ])
        .prop_map(str::to_owned),
    ];
    prop_oneof![
        3 => text.prop_map(Replacement::Str),
        1 => any::<i64>().prop_map(Replacement::Int),
        1 => prop::sample::select(vec![
            0.5, -1.0, 1e300, f64::INFINITY, f64::NEG_INFINITY, f64::NAN,
        ])
        .prop_map(Replacement::Float),
        1 => any::<bool>().prop_map(Replacement::Bool),
        1 => Just(Replacement::Null),
        1 => Just(Replacement::EmptyMap),
        1 => Just(Replacement::EmptyList),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::DeleteKey),
        3 => (any::<Index>(), replacement()).prop_map(|(i, r)| Mutation::Replace(i, r)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::DuplicateOperationId(a, b)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        2 => (any::<Index>(), prop::sample::select(NEW_NAMES))
            .prop_map(|(i, n)| Mutation::RenameProperty(i, n)),
        2 => (
            any::<Index>(),
            prop_oneof![
                prop::sample::select(MISSING_REFS).prop_map(RefTarget::Missing),
                Just(RefTarget::Enclosing),
            ],
        )
            .prop_map(|(i, t)| Mutation::InsertRef(i, t)),
        1 => any::<Index>().prop_map(Mutation::Nest),
        2 => (any::<Index>(), prose()).prop_map(|(i, text)| Mutation::Prose(i, text)),
    ]
}

/// Text with what doc comments find hard: line breaks of every kind, markdown,
/// HTML, URLs, backticks, comment terminators.
fn prose() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z ]{0,8}",
        any::<char>().prop_map(String::from),
        prop::sample::select(vec![
            "\n",
            "\r",
            "\r\n",
            "\n\n",
            "\u{2028}",
            "\u{85}",
            "\t",
            "\0",
            "`",
            "```",
            "[x]",
            "[x](y)",
            "<b>",
            "</b>",
            "&amp;",
            "*/",
            "/*",
            "//",
            "///",
            "#",
            "# Errors",
            "- ",
            "* ",
            "\\",
            "\"",
            "https://zoom.us/a_b.",
            "(http://x.y)",
            "<https://x>",
            "{",
            "}",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

/// Every node of the tree (the root excluded), parents before children.
fn all_paths(root: &Value) -> Vec<NodePath> {
    let mut out = Vec::new();
    let mut stack = vec![(Vec::new(), root)];
    while let Some((path, node)) = stack.pop() {
        let children: Vec<(Step, &Value)> = match node {
            Value::Mapping(m) => m.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
            Value::Sequence(s) => s
                .iter()
                .enumerate()
                .map(|(i, v)| (Step::Item(i), v))
                .collect(),
            Value::Tagged(t) => vec![(Step::Item(0), &t.value)],
            _ => Vec::new(),
        };
        for (step, child) in children.into_iter().rev() {
            let mut child_path = path.clone();
            child_path.push(step);
            out.push(child_path.clone());
            stack.push((child_path, child));
        }
    }
    out
}

fn key_is(step: &Step, name: &str) -> bool {
    matches!(step, Step::Key(Value::String(s)) if s == name)
}

/// Whether the node at `path` is (by its place) a schema.
fn is_schema_path(path: &[Step]) -> bool {
    let in_list = |list: &Step| ["allOf", "oneOf", "anyOf"].iter().any(|k| key_is(list, k));
    match path {
        [.., parent, _] if key_is(parent, "properties") => true,
        [a, b, _] if key_is(a, "components") && key_is(b, "schemas") => true,
        [.., list, Step::Item(_)] if in_list(list) => true,
        [.., last] => ["schema", "items", "additionalProperties", "not"]
            .iter()
            .any(|k| key_is(last, k)),
        [] => false,
    }
}

fn get<'v>(root: &'v Value, path: &[Step]) -> Option<&'v Value> {
    path.iter().try_fold(root, |node, step| match (node, step) {
        (Value::Mapping(m), Step::Key(k)) => m.get(k),
        (Value::Sequence(s), Step::Item(i)) => s.get(*i),
        (Value::Tagged(t), Step::Item(0)) => Some(&t.value),
        _ => None,
    })
}

fn get_mut<'v>(root: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    path.iter().try_fold(root, |node, step| match (node, step) {
        (Value::Mapping(m), Step::Key(k)) => m.get_mut(k),
        (Value::Sequence(s), Step::Item(i)) => s.get_mut(*i),
        (Value::Tagged(t), Step::Item(0)) => Some(&mut t.value),
        _ => None,
    })
}

fn pick<'p>(paths: &'p [NodePath], index: &Index) -> Option<&'p NodePath> {
    (!paths.is_empty()).then(|| index.get(paths))
}

impl Replacement {
    fn value(&self) -> Value {
        match self {
            Replacement::Str(s) => Value::String(s.clone()),
            Replacement::Int(n) => Value::Number((*n).into()),
            Replacement::Float(f) => Value::Number((*f).into()),
            Replacement::Bool(b) => Value::Bool(*b),
            Replacement::Null => Value::Null,
            Replacement::EmptyMap => Value::Mapping(Mapping::new()),
            Replacement::EmptyList => Value::Sequence(Vec::new()),
        }
    }
}

/// Applies a mutation; one that finds no place to apply to changes nothing.
fn apply(doc: &mut Value, mutation: &Mutation) {
    let paths = all_paths(doc);
    match mutation {
        Mutation::DeleteKey(i) => {
            let keyed: Vec<NodePath> = paths
                .into_iter()
                .filter(|p| matches!(p.last(), Some(Step::Key(_))))
                .collect();
            if let Some(path) = pick(&keyed, i) {
                let (Some(Step::Key(key)), parent) = (path.last(), &path[..path.len() - 1]) else {
                    return;
                };
                if let Some(Value::Mapping(m)) = get_mut(doc, parent) {
                    m.remove(key);
                }
            }
        }
        Mutation::Replace(i, replacement) => {
            if let Some(node) = pick(&paths, i).and_then(|p| get_mut(doc, p)) {
                *node = replacement.value();
            }
        }
        Mutation::DuplicateOperationId(from, to) => {
            let ids: Vec<NodePath> = paths
                .into_iter()
                .filter(|p| p.last().is_some_and(|s| key_is(s, "operationId")))
                .collect();
            let (Some(from), Some(to)) = (pick(&ids, from), pick(&ids, to)) else {
                return;
            };
            let Some(id) = get(doc, from).cloned() else {
                return;
            };
            if let Some(node) = get_mut(doc, to) {
                *node = id;
            }
        }
        Mutation::Swap(a, b) => {
            let (Some(a), Some(b)) = (pick(&paths, a), pick(&paths, b)) else {
                return;
            };
            if a.starts_with(b) || b.starts_with(a) {
                return;
            }
            let (Some(va), Some(vb)) = (get(doc, a).cloned(), get(doc, b).cloned()) else {
                return;
            };
            if let Some(node) = get_mut(doc, a) {
                *node = vb;
            }
            if let Some(node) = get_mut(doc, b) {
                *node = va;
            }
        }
        Mutation::RenameProperty(i, name) => {
            let properties: Vec<NodePath> = paths
                .into_iter()
                .filter(|p| matches!(p.as_slice(), [.., parent, Step::Key(_)] if key_is(parent, "properties")))
                .collect();
            let Some(path) = pick(&properties, i) else {
                return;
            };
            let (Some(Step::Key(old)), parent) = (path.last(), &path[..path.len() - 1]) else {
                return;
            };
            if let Some(Value::Mapping(m)) = get_mut(doc, parent) {
                // Rebuilt to keep the property's position.
                *m = std::mem::take(m)
                    .into_iter()
                    .map(|(k, v)| {
                        if &k == old {
                            (Value::String((*name).to_owned()), v)
                        } else {
                            (k, v)
                        }
                    })
                    .collect();
            }
        }
        Mutation::InsertRef(i, target) => {
            let schemas: Vec<NodePath> = paths.into_iter().filter(|p| is_schema_path(p)).collect();
            let Some(path) = pick(&schemas, i) else {
                return;
            };
            let reference = match target {
                RefTarget::Missing(r) => (*r).to_owned(),
                RefTarget::Enclosing => match path.as_slice() {
                    [a, b, Step::Key(Value::String(name)), ..]
                        if key_is(a, "components") && key_is(b, "schemas") =>
                    {
                        format!(
                            "#/components/schemas/{}",
                            name.replace('~', "~0").replace('/', "~1")
                        )
                    }
                    // Outside the components there is no enclosing one: a missing target.
                    _ => "#/components/schemas/Enclosing".to_owned(),
                },
            };
            if let Some(node) = get_mut(doc, path) {
                let mut m = Mapping::new();
                m.insert("$ref".into(), reference.into());
                *node = Value::Mapping(m);
            }
        }
        Mutation::Prose(i, text) => {
            let texts: Vec<NodePath> = paths
                .into_iter()
                .filter(|p| {
                    p.last().is_some_and(|s| {
                        ["description", "summary", "title"]
                            .iter()
                            .any(|k| key_is(s, k))
                    })
                })
                .collect();
            if let Some(node) = pick(&texts, i).and_then(|p| get_mut(doc, p)) {
                *node = Value::String(text.clone());
            }
        }
        Mutation::Nest(i) => {
            let schemas: Vec<NodePath> = paths.into_iter().filter(|p| is_schema_path(p)).collect();
            if let Some(node) = pick(&schemas, i).and_then(|p| get_mut(doc, p)) {
                let mut nested = std::mem::take(node);
                for _ in 0..70 {
                    let mut properties = Mapping::new();
                    properties.insert("a".into(), nested);
                    let mut object = Mapping::new();
                    object.insert("type".into(), "object".into());
                    object.insert("properties".into(), Value::Mapping(properties));
                    nested = Value::Mapping(object);
                }
                *node = nested;
            }
        }
    }
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
        if let Err(e) = generate_with_common(&text, name) {
            panic!("{name} does not generate: {e}");
        }
    }
}
