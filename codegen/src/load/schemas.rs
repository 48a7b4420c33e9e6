//! Reads every schema of the document on its own, innermost first, before
//! the whole document is read.
//!
//! `openapiv3` reads each schema through untagged enums (`ReferenceOr`,
//! `SchemaKind`), which try one reading after another and, when all fail,
//! read once more to word the error. A schema that fails deep inside nested
//! schemas is therefore read about twice per level of nesting: exponential
//! time, so a spec with a mistake 30 levels down never finishes. The untagged
//! enums also lose the place of the mistake, leaving only the outermost schema.
//!
//! Read alone, with the schemas inside it replaced by `{}` (already checked),
//! each schema costs one reading, and a failure points at the innermost
//! schema that has it. Callbacks nest path items without end in the same way;
//! the generator does not support them, so they are refused here, before
//! anything reads them.

use crate::error::{Error, Result};
use crate::pointer::Pointer;
use serde_yaml::{Mapping, Value};

/// Checks the schemas (and refuses the callbacks) the document holds where
/// OpenAPI 3.0 puts them. Places that are not where they belong, or not
/// mappings, are left to the full reading, which reports them.
/// Each component and each path item is checked on its own, so every one
/// with a problem is reported (its first problem).
pub(super) fn check(document: &Value) -> Vec<Error> {
    let root = Pointer::root();
    let components = root.push("components");
    let mut results = Vec::new();
    for (name, schema) in entries(document, &["components", "schemas"]) {
        results.push(check_schema(schema, &components.push("schemas").push(name)));
    }
    for kind in ["parameters", "headers"] {
        for (name, parameter) in entries(document, &["components", kind]) {
            results.push(check_parameter(
                parameter,
                &components.push(kind).push(name),
            ));
        }
    }
    for kind in ["requestBodies", "responses"] {
        for (name, body) in entries(document, &["components", kind]) {
            results.push(check_content_holder(
                body,
                &components.push(kind).push(name),
            ));
        }
    }
    for (path, item) in entries(document, &["paths"]) {
        results.push(check_path_item(item, &root.push("paths").push(path)));
    }
    // The webhook events' schemas (`x-webhooks`, see `load/webhooks.rs`).
    for (name, event) in entries(document, &["x-webhooks"]) {
        if let Some(schema) = event.get("schema") {
            let at = root.push("x-webhooks").push(name).push("schema");
            results.push(check_schema(schema, &at));
        }
    }
    results.into_iter().filter_map(Result::err).collect()
}

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn check_path_item(item: &Value, at: &Pointer) -> Result<()> {
    check_parameters(item, at)?;
    for method in METHODS {
        if let Some(operation) = item.get(*method) {
            check_operation(operation, &at.push(method))?;
        }
    }
    Ok(())
}

fn check_operation(operation: &Value, at: &Pointer) -> Result<()> {
    let callbacks = operation.get("callbacks");
    if callbacks
        .and_then(Value::as_mapping)
        .is_some_and(|c| !c.is_empty())
    {
        return Err(Error::unsupported(&at.push("callbacks"), "callbacks"));
    }
    check_parameters(operation, at)?;
    if let Some(body) = operation.get("requestBody") {
        check_content_holder(body, &at.push("requestBody"))?;
    }
    for (status, response) in entries(operation, &["responses"]) {
        check_content_holder(response, &at.push("responses").push(status))?;
    }
    Ok(())
}

fn check_parameters(holder: &Value, at: &Pointer) -> Result<()> {
    let Some(list) = holder.get("parameters").and_then(Value::as_sequence) else {
        return Ok(());
    };
    for (i, parameter) in list.iter().enumerate() {
        check_parameter(parameter, &at.push("parameters").push(i))?;
    }
    Ok(())
}

/// A parameter or a header: a `schema`, or a `content` map.
fn check_parameter(parameter: &Value, at: &Pointer) -> Result<()> {
    if let Some(schema) = parameter.get("schema") {
        check_schema(schema, &at.push("schema"))?;
    }
    check_content(parameter, at)
}

/// A request body or a response: a `content` map, and (responses) `headers`.
fn check_content_holder(holder: &Value, at: &Pointer) -> Result<()> {
    check_content(holder, at)?;
    for (name, header) in entries(holder, &["headers"]) {
        check_parameter(header, &at.push("headers").push(name))?;
    }
    Ok(())
}

fn check_content(holder: &Value, at: &Pointer) -> Result<()> {
    for (media, content) in entries(holder, &["content"]) {
        if let Some(schema) = content.get("schema") {
            check_schema(schema, &at.push("content").push(media).push("schema"))?;
        }
    }
    Ok(())
}

/// Checks the schemas inside `schema`, then `schema` itself with them replaced by `{}`.
fn check_schema(schema: &Value, at: &Pointer) -> Result<()> {
    let Some(keywords) = schema.as_mapping() else {
        return Ok(());
    };
    let mut alone = Mapping::with_capacity(keywords.len());
    for (key, value) in keywords {
        let keyword = key.as_str().unwrap_or_default();
        let inner_at = at.push(keyword);
        let value = match (keyword, value) {
            ("items" | "not" | "additionalProperties", Value::Mapping(_)) => {
                check_schema(value, &inner_at)?;
                Value::Mapping(Mapping::new())
            }
            ("properties", Value::Mapping(properties)) => {
                let mut stubs = Mapping::with_capacity(properties.len());
                for (name, property) in properties {
                    check_schema(property, &inner_at.push(super::key_token(name)))?;
                    stubs.insert(name.clone(), stub(property));
                }
                Value::Mapping(stubs)
            }
            ("allOf" | "oneOf" | "anyOf", Value::Sequence(members)) => {
                let mut stubs = Vec::with_capacity(members.len());
                for (i, member) in members.iter().enumerate() {
                    check_schema(member, &inner_at.push(i))?;
                    stubs.push(stub(member));
                }
                Value::Sequence(stubs)
            }
            _ => value.clone(),
        };
        alone.insert(key.clone(), value);
    }
    super::parse::<openapiv3::ReferenceOr<openapiv3::Schema>>(Value::Mapping(alone), at.clone())?;
    Ok(())
}

/// What a checked inner schema is replaced by: `{}` for a mapping; anything
/// else stays, for the reading of the outer schema to refuse.
fn stub(schema: &Value) -> Value {
    match schema {
        Value::Mapping(_) => Value::Mapping(Mapping::new()),
        other => other.clone(),
    }
}

/// The entries of the mapping at `path` below `node` (none if it is not one),
/// with their keys as pointer tokens.
fn entries<'v>(node: &'v Value, path: &[&str]) -> Vec<(String, &'v Value)> {
    let mapping = path
        .iter()
        .try_fold(node, |node, key| node.get(*key))
        .and_then(Value::as_mapping);
    mapping
        .map(|m| m.iter().map(|(k, v)| (super::key_token(k), v)).collect())
        .unwrap_or_default()
}
