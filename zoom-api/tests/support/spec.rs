//! A small, independent reader of `spec/*.yaml` for the tests.
//!
//! It knows nothing of the generator: it reads every YAML file of the spec
//! directory and, per operationId, returns the method, the path template, the
//! declared query parameters, and the request and success examples; per
//! webhook event (`x-webhooks`), its file and examples. `$ref`s
//! are followed inside a file (`#/components/...`) and across files
//! (`common.yaml#/components/...`, relative to the file that holds the ref).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "patch", "head", "options", "trace",
];

/// `spec/` of the workspace.
pub fn spec_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec")
}

/// One operation as the spec describes it.
#[derive(Debug, Clone)]
pub struct Operation {
    pub id: String,
    /// The spec file that declares the operation.
    pub file: String,
    /// Upper case, e.g. `GET`.
    pub method: String,
    /// The path template, e.g. `/users/{userId}`.
    pub path: String,
    /// Names of the declared query parameters (path and operation level).
    pub query: Vec<String>,
    /// Path parameters marked `x-zoom-uuid: true` (instance UUIDs).
    pub uuid_params: Vec<String>,
    pub request: Option<Content>,
    /// Every 2xx answer, by status.
    pub successes: Vec<(u16, Option<Content>)>,
    /// The first 4xx answer and the first error code documented for it.
    pub failure: Option<(u16, Option<i64>)>,
}

/// A request or response body: its media type and examples.
#[derive(Debug, Clone)]
pub struct Content {
    pub media_type: String,
    /// Name and value; a lone `example` has the name `""`.
    pub examples: Vec<(String, Value)>,
    /// For `multipart/*`: the property that carries the file.
    pub file_field: Option<String>,
}

/// One webhook event of a file's `x-webhooks`.
#[derive(Debug, Clone)]
pub struct Webhook {
    /// The spec file that declares the event.
    pub file: String,
    /// Name and body of each example.
    pub examples: Vec<(String, Value)>,
}

/// Every operation of the spec directory, by operationId, and every
/// webhook event, by name.
pub struct Spec {
    pub operations: BTreeMap<String, Operation>,
    pub webhooks: BTreeMap<String, Webhook>,
}

impl Spec {
    /// Reads every `*.yaml` file of `dir`.
    pub fn load(dir: &Path) -> Result<Spec, String> {
        let docs = Docs::load(dir)?;
        let mut operations = BTreeMap::new();
        for file in docs.0.keys() {
            for op in docs.operations(file)? {
                if let Some(old) = operations.get(&op.id) {
                    let old: &Operation = old;
                    return Err(format!(
                        "operationId `{}` is declared in {} and {}",
                        op.id, old.file, op.file
                    ));
                }
                operations.insert(op.id.clone(), op);
            }
        }
        let mut webhooks = BTreeMap::new();
        for file in docs.0.keys() {
            for (name, webhook) in docs.webhooks(file)? {
                if let Some(old) = webhooks.insert(name.clone(), webhook) {
                    return Err(format!(
                        "event `{name}` is declared in {} and {file}",
                        old.file
                    ));
                }
            }
        }
        Ok(Spec {
            operations,
            webhooks,
        })
    }

    /// The workspace's spec; panics with the reason when it cannot be read.
    pub fn workspace() -> Spec {
        Spec::load(&spec_dir()).unwrap_or_else(|e| panic!("cannot read the spec: {e}"))
    }

    /// The only example of the first 2xx answer of `id`.
    pub fn success_example(&self, id: &str) -> Value {
        let op = &self.operations[id];
        let content = op.successes.iter().find_map(|(_, c)| c.as_ref());
        match content.map(|c| c.examples.as_slice()) {
            Some([(_, example)]) => example.clone(),
            _ => panic!("{id}: expected exactly one success example"),
        }
    }
}

/// The parsed files, by path relative to the spec directory.
struct Docs(BTreeMap<String, Value>);

impl Docs {
    fn load(dir: &Path) -> Result<Docs, String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut docs = BTreeMap::new();
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_some_and(|e| e == "yaml") {
                let name = path.file_name().expect("a file name").to_string_lossy();
                docs.insert(name.into_owned(), read_yaml(&path)?);
            }
        }
        if docs.is_empty() {
            return Err(format!("no *.yaml file in {}", dir.display()));
        }
        Ok(Docs(docs))
    }

    /// Follows `$ref`s from `value` (found in `file`) to a value that is
    /// not a reference, and says which file that value is in.
    fn resolve<'a>(&'a self, file: &str, value: &'a Value) -> Result<(String, &'a Value), String> {
        let (mut file, mut value) = (file.to_owned(), value);
        for _ in 0..32 {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                return Ok((file, value));
            };
            let (target, pointer) = reference.split_once('#').unwrap_or((reference, ""));
            if !target.is_empty() {
                file = join(&file, target);
            }
            let doc = self.0.get(&file).ok_or_else(|| {
                format!("`{reference}`: `{file}` is not a YAML file of the spec directory")
            })?;
            value = doc
                .pointer(pointer)
                .ok_or_else(|| format!("`{reference}`: nothing at `{pointer}` in {file}"))?;
        }
        Err(format!("`$ref`s in {file} do not end (a cycle?)"))
    }

    /// The events of `file`'s `x-webhooks`, with their examples.
    fn webhooks(&self, file: &str) -> Result<Vec<(String, Webhook)>, String> {
        let mut found = Vec::new();
        let Some(events) = self.0[file].get("x-webhooks").and_then(Value::as_object) else {
            return Ok(found);
        };
        for (name, event) in events {
            let mut examples = Vec::new();
            for (key, example) in event
                .get("examples")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let (_, example) = self.resolve(file, example)?;
                let value = example.get("value").ok_or(format!(
                    "{file}: event `{name}`, example `{key}` has no `value`"
                ))?;
                examples.push((key.clone(), value.clone()));
            }
            let webhook = Webhook {
                file: file.to_owned(),
                examples,
            };
            found.push((name.clone(), webhook));
        }
        Ok(found)
    }

    fn operations(&self, file: &str) -> Result<Vec<Operation>, String> {
        let mut found = Vec::new();
        let Some(paths) = self.0[file].get("paths").and_then(Value::as_object) else {
            return Ok(found);
        };
        for (template, item) in paths {
            let (item_file, item) = self.resolve(file, item)?;
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                let at = format!("{file}: {} {template}", method.to_uppercase());
                let id = op["operationId"]
                    .as_str()
                    .ok_or(format!("{at}: no operationId"))?;
                let mut found_op = Operation {
                    id: id.to_owned(),
                    file: file.to_owned(),
                    method: method.to_uppercase(),
                    path: template.clone(),
                    query: Vec::new(),
                    uuid_params: Vec::new(),
                    request: None,
                    successes: Vec::new(),
                    failure: None,
                };
                self.fill(&item_file, item, op, &mut found_op)
                    .map_err(|e| format!("{at} ({id}): {e}"))?;
                found.push(found_op);
            }
        }
        Ok(found)
    }

    /// Fills in the parts of `out` that need `$ref`s resolved: parameters,
    /// request body and answers.
    fn fill(
        &self,
        file: &str,
        item: &Value,
        op: &Value,
        out: &mut Operation,
    ) -> Result<(), String> {
        for list in [item.get("parameters"), op.get("parameters")] {
            for param in list.and_then(Value::as_array).into_iter().flatten() {
                let (_, param) = self.resolve(file, param)?;
                let name = param["name"].as_str().ok_or("a parameter without a name")?;
                if param["in"] == "query" && !out.query.iter().any(|q| q == name) {
                    out.query.push(name.to_owned());
                }
                if param["in"] == "path" && param["x-zoom-uuid"] == true {
                    out.uuid_params.push(name.to_owned());
                }
            }
        }
        if let Some(body) = op.get("requestBody") {
            let (file, body) = self.resolve(file, body)?;
            out.request = self.content(&file, body)?;
        }
        let responses = op["responses"].as_object().ok_or("no responses")?;
        for (status, response) in responses {
            let (file, response) = self.resolve(file, response)?;
            let code = || {
                status
                    .parse::<u16>()
                    .map_err(|_| format!("status `{status}`"))
            };
            if status.starts_with('2') {
                out.successes
                    .push((code()?, self.content(&file, response)?));
            } else if status.starts_with('4') && out.failure.is_none() {
                let zoom_code = response["x-zoom-error-codes"][0]["code"].as_i64();
                out.failure = Some((code()?, zoom_code));
            }
        }
        Ok(())
    }

    /// The first media type of `holder.content`, if any.
    fn content(&self, file: &str, holder: &Value) -> Result<Option<Content>, String> {
        let media = holder.get("content").and_then(Value::as_object);
        let Some((media_type, media)) = media.and_then(|m| m.iter().next()) else {
            return Ok(None);
        };
        let file_field = if media_type.starts_with("multipart/") {
            self.file_field(file, media)?
        } else {
            None
        };
        Ok(Some(Content {
            media_type: media_type.clone(),
            examples: self.examples(file, media)?,
            file_field,
        }))
    }

    /// `example`, else each of `examples`, else the schema's `example`.
    fn examples(&self, file: &str, media: &Value) -> Result<Vec<(String, Value)>, String> {
        if let Some(example) = media.get("example") {
            return Ok(vec![(String::new(), example.clone())]);
        }
        if let Some(examples) = media.get("examples").and_then(Value::as_object) {
            let mut found = Vec::new();
            for (name, example) in examples {
                let (_, example) = self.resolve(file, example)?;
                let value = example.get("value");
                let value = value.ok_or(format!("example `{name}` has no `value`"))?;
                found.push((name.clone(), value.clone()));
            }
            return Ok(found);
        }
        let schema = match media.get("schema") {
            Some(schema) => self.resolve(file, schema)?.1,
            None => &Value::Null,
        };
        Ok(schema
            .get("example")
            .map(|e| vec![(String::new(), e.clone())])
            .unwrap_or_default())
    }

    /// The property of a multipart schema whose format is `binary`.
    fn file_field(&self, file: &str, media: &Value) -> Result<Option<String>, String> {
        let (file, schema) = self.resolve(file, &media["schema"])?;
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, property) in properties.into_iter().flatten() {
            if self.resolve(&file, property)?.1["format"] == "binary" {
                return Ok(Some(name.clone()));
            }
        }
        Ok(None)
    }
}

/// `target` relative to the directory of `from` (both relative paths).
fn join(from: &str, target: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// Reads a YAML file as JSON.
pub fn read_yaml(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let yaml: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    yaml_to_json(yaml).map_err(|e| format!("{}: {e}", path.display()))
}

/// YAML allows keys and values JSON has no place for; keys become strings.
fn yaml_to_json(yaml: serde_yaml::Value) -> Result<Value, String> {
    use serde_yaml::Value as Yaml;
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(b),
        Yaml::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => u.into(),
            (None, Some(i), _) => i.into(),
            (None, None, f) => f
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or(format!("number `{n}` has no JSON form"))?,
        },
        Yaml::String(s) => Value::String(s),
        Yaml::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(yaml_to_json)
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Mapping(mapping) => {
            let mut object = Map::new();
            for (key, value) in mapping {
                let key = match key {
                    Yaml::String(s) => s,
                    Yaml::Number(n) => n.to_string(),
                    Yaml::Bool(b) => b.to_string(),
                    other => return Err(format!("unsupported mapping key {other:?}")),
                };
                object.insert(key, yaml_to_json(value)?);
            }
            Value::Object(object)
        }
        Yaml::Tagged(tagged) => yaml_to_json(tagged.value)?,
    })
}
