//! Places in a YAML tree: paths to every node, what sits where, and
//! looking nodes up.

use proptest::sample::Index;
use serde_yaml::Value;

/// One step into a YAML tree.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Step {
    Key(Value),
    Item(usize),
}

pub(crate) type NodePath = Vec<Step>;

/// Every node of the tree (the root excluded), parents before children.
pub(crate) fn all_paths(root: &Value) -> Vec<NodePath> {
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

pub(crate) fn key_is(step: &Step, name: &str) -> bool {
    matches!(step, Step::Key(Value::String(s)) if s == name)
}

/// Whether the node at `path` is (by its place) a schema.
pub(crate) fn is_schema_path(path: &[Step]) -> bool {
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

pub(crate) fn get<'v>(root: &'v Value, path: &[Step]) -> Option<&'v Value> {
    path.iter().try_fold(root, |node, step| match (node, step) {
        (Value::Mapping(m), Step::Key(k)) => m.get(k),
        (Value::Sequence(s), Step::Item(i)) => s.get(*i),
        (Value::Tagged(t), Step::Item(0)) => Some(&t.value),
        _ => None,
    })
}

pub(crate) fn get_mut<'v>(root: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    path.iter().try_fold(root, |node, step| match (node, step) {
        (Value::Mapping(m), Step::Key(k)) => m.get_mut(k),
        (Value::Sequence(s), Step::Item(i)) => s.get_mut(*i),
        (Value::Tagged(t), Step::Item(0)) => Some(&mut t.value),
        _ => None,
    })
}

pub(crate) fn pick<'p>(paths: &'p [NodePath], index: &Index) -> Option<&'p NodePath> {
    (!paths.is_empty()).then(|| index.get(paths))
}
