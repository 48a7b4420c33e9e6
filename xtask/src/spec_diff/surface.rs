//! What a spec shows of each operation, flattened so that two specs can be
//! compared field by field: the query parameters, the request body's fields
//! and the first JSON 2xx answer's fields, each with its type, format,
//! required-ness, enum values and deprecation. Reads OpenAPI 3.0 and
//! Swagger 2.0 documents (JSON or YAML) with local `$ref`s.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// Nesting deeper than this is not followed (specs that recurse).
const MAX_DEPTH: usize = 32;
const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];

/// One parameter or field.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shape {
    pub ty: String,
    pub format: Option<String>,
    pub required: bool,
    pub values: BTreeSet<String>,
    pub deprecated: bool,
}

/// One operation as the spec shows it.
#[derive(Debug, Clone, Default)]
pub struct Op {
    /// `GET /users/{userId}`, as this spec writes the path.
    pub shown: String,
    pub id: Option<String>,
    pub deprecated: bool,
    pub query: BTreeMap<String, Shape>,
    pub request: BTreeMap<String, Shape>,
    pub answer: BTreeMap<String, Shape>,
}

/// Operations by key: the method and the path with its parameter names
/// blanked (`GET /users/{}`), since files name them differently.
pub type Surface = BTreeMap<String, Op>;

/// `GET /users/{}` for `get` and `/users/{userId}`.
pub fn key(method: &str, path: &str) -> String {
    let mut blanked = String::with_capacity(path.len());
    let mut inside = false;
    for c in path.chars() {
        match c {
            '{' => {
                inside = true;
                blanked.push_str("{}");
            }
            '}' => inside = false,
            c if !inside => blanked.push(c),
            _ => {}
        }
    }
    format!("{} {blanked}", method.to_ascii_uppercase())
}

/// The surface of a whole document; `Err` says what is not a spec.
pub fn surface(doc: &Value) -> Result<Surface, String> {
    let swagger = doc.get("swagger").is_some();
    if !swagger && doc.get("openapi").is_none() {
        return Err("neither `openapi` nor `swagger` at the top: not an OpenAPI document".into());
    }
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .ok_or("no `paths` object at the top")?;
    let reader = Reader { doc, swagger };
    let mut out = Surface::new();
    for (path, item) in paths {
        let item = reader.resolve(item);
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            out.insert(key(method, path), reader.op(method, path, item, op));
        }
    }
    Ok(out)
}

struct Reader<'d> {
    doc: &'d Value,
    swagger: bool,
}

impl<'d> Reader<'d> {
    /// Follows a local `$ref` (repeatedly); anything else is returned as is.
    fn resolve(&self, mut node: &'d Value) -> &'d Value {
        for _ in 0..MAX_DEPTH {
            let Some(reference) = node.get("$ref").and_then(Value::as_str) else {
                return node;
            };
            match reference
                .strip_prefix('#')
                .and_then(|p| self.doc.pointer(p))
            {
                Some(target) => node = target,
                None => return &Value::Null,
            }
        }
        node
    }

    fn op(&self, method: &str, path: &str, item: &Value, op: &Value) -> Op {
        let mut out = Op {
            shown: format!("{} {path}", method.to_ascii_uppercase()),
            id: op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_owned),
            deprecated: op.get("deprecated") == Some(&Value::Bool(true)),
            ..Op::default()
        };
        let params = [item, op]
            .into_iter()
            .filter_map(|holder| holder.get("parameters").and_then(Value::as_array))
            .flatten()
            .map(|p| self.resolve(p));
        for param in params {
            self.param(param, &mut out);
        }
        if let Some(schema) = self.body_schema(op) {
            self.fields(schema, "", &mut out.request, 0);
        }
        if let Some(schema) = self.answer_schema(op) {
            self.fields(schema, "", &mut out.answer, 0);
        }
        out
    }

    /// A query parameter, or (Swagger 2.0) a body or form parameter.
    fn param(&self, param: &Value, out: &mut Op) {
        let name = param
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let required = param.get("required") == Some(&Value::Bool(true));
        match param.get("in").and_then(Value::as_str) {
            Some("query") => {
                // OpenAPI 3 puts the type under `schema`, Swagger 2 on the parameter.
                let schema = param.get("schema").map_or(param, |s| self.resolve(s));
                let mut shape = self.shape(schema, required);
                shape.deprecated |= param.get("deprecated") == Some(&Value::Bool(true));
                out.query.insert(name.to_owned(), shape);
            }
            Some("formData") => {
                out.request
                    .insert(name.to_owned(), self.shape(param, required));
            }
            _ => {}
        }
    }

    fn body_schema(&self, op: &'d Value) -> Option<&'d Value> {
        if self.swagger {
            let params = op.get("parameters")?.as_array()?;
            let body = params
                .iter()
                .map(|p| self.resolve(p))
                .find(|p| p.get("in").and_then(Value::as_str) == Some("body"))?;
            return body.get("schema");
        }
        let body = self.resolve(op.get("requestBody")?);
        let content = body.get("content")?.as_object()?;
        let media = content
            .get("application/json")
            .or_else(|| content.get("multipart/form-data"))?;
        media.get("schema")
    }

    /// The schema of the first 2xx answer that has one (JSON in OpenAPI 3).
    fn answer_schema(&self, op: &'d Value) -> Option<&'d Value> {
        let responses = op.get("responses")?.as_object()?;
        responses
            .iter()
            .filter(|(code, _)| code.starts_with('2'))
            .find_map(|(_, response)| {
                let response = self.resolve(response);
                match self.swagger {
                    true => response.get("schema"),
                    false => response
                        .get("content")?
                        .get("application/json")?
                        .get("schema"),
                }
            })
    }
}

impl Reader<'_> {
    /// The fields of `schema` under `prefix` (`a.b`, `a[].c`), through
    /// `allOf`, `oneOf`, `anyOf` and arrays.
    fn fields(
        &self,
        schema: &Value,
        prefix: &str,
        out: &mut BTreeMap<String, Shape>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        let schema = self.resolve(schema);
        for keyword in ["allOf", "oneOf", "anyOf"] {
            for member in schema
                .get(keyword)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.fields(member, prefix, out, depth + 1);
            }
        }
        if let Some(items) = schema.get("items") {
            let inner = format!("{prefix}[]");
            self.fields(items, &inner, out, depth + 1);
        }
        let required: BTreeSet<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (name, property) in properties {
            let path = match prefix {
                "" => name.clone(),
                _ => format!("{prefix}.{name}"),
            };
            let property = self.resolve(property);
            let shape = self.shape(property, required.contains(name.as_str()));
            let merged = out.entry(path.clone()).or_default();
            merge(merged, shape);
            self.fields(property, &path, out, depth + 1);
        }
    }

    /// What one schema says about a value.
    fn shape(&self, schema: &Value, required: bool) -> Shape {
        let schema = self.resolve(schema);
        let text = |key: &str| schema.get(key).and_then(Value::as_str).map(str::to_owned);
        let ty = text("type").unwrap_or_else(|| {
            let object = schema.get("properties").is_some() || schema.get("allOf").is_some();
            match (object, schema.get("items").is_some()) {
                (true, _) => "object".to_owned(),
                (_, true) => "array".to_owned(),
                _ => "any".to_owned(),
            }
        });
        let values = schema
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|v| !v.is_null())
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect();
        Shape {
            ty,
            format: text("format"),
            required,
            values,
            deprecated: schema.get("deprecated") == Some(&Value::Bool(true)),
        }
    }
}

/// The same field met again (another branch of a union): keep what each says.
fn merge(into: &mut Shape, other: Shape) {
    if into.ty.is_empty() {
        *into = other;
        return;
    }
    into.values.extend(other.values);
    into.required &= other.required;
    into.deprecated |= other.deprecated;
    if into.format.is_none() {
        into.format = other.format;
    }
}
