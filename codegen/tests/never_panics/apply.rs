//! Applying a [`Mutation`] to a YAML tree.

use proptest::sample::Index;
use serde_yaml::{Mapping, Value};

use crate::mutations::{Mutation, RefTarget, Replacement};
use crate::tree::{NodePath, Step, all_paths, get, get_mut, is_schema_path, key_is, pick};

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
pub(crate) fn apply(doc: &mut Value, mutation: &Mutation) {
    let paths = all_paths(doc);
    // One helper per kind of mutation keeps each of them short; a helper
    // that finds no place to apply to returns without changing anything.
    match mutation {
        Mutation::DeleteKey(i) => delete_key(doc, paths, i),
        Mutation::Replace(i, replacement) => replace(doc, paths, i, replacement),
        Mutation::DuplicateOperationId(from, to) => duplicate_operation_id(doc, paths, from, to),
        Mutation::Swap(a, b) => swap(doc, paths, a, b),
        Mutation::RenameProperty(i, name) => rename_property(doc, paths, i, name),
        Mutation::InsertRef(i, target) => insert_ref(doc, paths, i, target),
        Mutation::Prose(i, text) => rewrite_prose(doc, paths, i, text),
        Mutation::Nest(i) => nest(doc, paths, i),
    }
}

/// Removes a mapping entry anywhere.
fn delete_key(doc: &mut Value, paths: Vec<NodePath>, i: &Index) {
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

/// Replaces any node with `replacement`.
fn replace(doc: &mut Value, paths: Vec<NodePath>, i: &Index, replacement: &Replacement) {
    if let Some(node) = pick(&paths, i).and_then(|p| get_mut(doc, p)) {
        *node = replacement.value();
    }
}

/// Gives the operation at `to` the `operationId` of the one at `from`.
fn duplicate_operation_id(doc: &mut Value, paths: Vec<NodePath>, from: &Index, to: &Index) {
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

/// Swaps two nodes, neither inside the other.
fn swap(doc: &mut Value, paths: Vec<NodePath>, a: &Index, b: &Index) {
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

/// Renames a property, keeping its position.
fn rename_property(doc: &mut Value, paths: Vec<NodePath>, i: &Index, name: &str) {
    let properties: Vec<NodePath> = paths
        .into_iter()
        .filter(
            |p| matches!(p.as_slice(), [.., parent, Step::Key(_)] if key_is(parent, "properties")),
        )
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
                    (Value::String(name.to_owned()), v)
                } else {
                    (k, v)
                }
            })
            .collect();
    }
}

/// Replaces a schema with a `$ref` to `target`.
fn insert_ref(doc: &mut Value, paths: Vec<NodePath>, i: &Index, target: &RefTarget) {
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

/// Rewrites a `description`, `summary` or `title`.
fn rewrite_prose(doc: &mut Value, paths: Vec<NodePath>, i: &Index, text: &str) {
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
        *node = Value::String(text.to_owned());
    }
}

/// Wraps a schema in 70 levels of objects.
fn nest(doc: &mut Value, paths: Vec<NodePath>, i: &Index) {
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
