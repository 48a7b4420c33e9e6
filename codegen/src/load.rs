//! Reading spec text into `openapiv3` types, with the failing place as a pointer.

use crate::error::{Error, ErrorKind, Result};
use crate::pointer::Pointer;
use openapiv3::OpenAPI;
use serde::Deserialize;

mod schemas;
mod set;
mod webhooks;

pub(crate) use set::{Origins, group_name};
pub(crate) use webhooks::Webhook;

/// Just enough of a document to tell which specification it follows.
#[derive(Deserialize)]
struct Version {
    openapi: Option<serde_yaml::Value>,
    swagger: Option<serde_yaml::Value>,
}

/// One file of a spec set: its name (how errors and `$ref`s name it, e.g.
/// `users.yaml`) and its text.
#[derive(Debug, Clone, Copy)]
pub struct SpecFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// A spec set read and merged into one document, with where each part came from.
pub(crate) struct Loaded {
    pub spec: OpenAPI,
    /// The webhook events of every file (`x-webhooks`), in file order.
    pub webhooks: Vec<Webhook>,
    pub origins: Origins,
}

/// Reads every file of a spec set, resolves the `$ref`s between them and
/// merges them into one document. Every problem found is returned, each
/// placed in its file. The merged document comes back when every file could
/// be read, even with other problems, so lowering can report its own too.
pub(crate) fn load_set(files: &[SpecFile<'_>]) -> (Option<Loaded>, Vec<Error>) {
    let mut errors = Vec::new();
    let mut documents = Vec::new();
    for file in files {
        match read(file.text) {
            Ok(document) => documents.push((file.name.to_owned(), document)),
            Err(found) => errors.extend(found.into_iter().map(|e| e.in_file(file.name))),
        }
    }
    let names: Vec<String> = files.iter().map(|f| f.name.to_owned()).collect();
    let (merged, origins, merge_errors) = set::merge(documents, &names);
    errors.extend(merge_errors);
    let loaded = merged.map(|merged| Loaded {
        spec: merged.spec,
        webhooks: merged.webhooks,
        origins,
    });
    (loaded, errors)
}

/// Reads one file as YAML and checks what the full reading (after the
/// `$ref`s between files are resolved) would drop or get stuck on; the
/// errors point into this file.
fn read(text: &str) -> Result<serde_yaml::Value, Vec<Error>> {
    let version: Version = serde_yaml::from_str(text).map_err(|e| {
        vec![Error::new(
            &Pointer::root(),
            ErrorKind::Syntax(e.to_string()),
        )]
    })?;
    match (&version.openapi, &version.swagger) {
        (Some(serde_yaml::Value::String(v)), _) if v.starts_with("3.0.") => {}
        (Some(other), _) => {
            let shown = serde_yaml::to_string(other).unwrap_or_default();
            let err = ErrorKind::UnsupportedVersion(shown.trim().to_owned());
            return Err(vec![Error::new(&Pointer::root().push("openapi"), err)]);
        }
        (None, Some(_)) => {
            let err = ErrorKind::UnsupportedVersion("Swagger 2.0".to_owned());
            return Err(vec![Error::new(&Pointer::root().push("swagger"), err)]);
        }
        (None, None) => {
            let err = ErrorKind::Invalid("no `openapi` version field".to_owned());
            return Err(vec![Error::new(&Pointer::root(), err)]);
        }
    }
    let document: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        vec![Error::new(
            &Pointer::root(),
            ErrorKind::Syntax(e.to_string()),
        )]
    })?;
    check_numbers(&document).map_err(|e| vec![e])?;
    let mut errors = schemas::check(&document);
    errors.extend(check_path_keys(&document).err());
    if errors.is_empty() {
        Ok(document)
    } else {
        Err(errors)
    }
}

/// Refuses `.inf` and `.nan`: OpenAPI documents are JSON, which has no such
/// numbers. (Left in, they make `openapiv3` panic: it re-reads a failed item
/// through `serde_json::Value`, where they become `null`, and expects that
/// second reading to fail too.)
fn check_numbers(document: &serde_yaml::Value) -> Result<()> {
    use serde_yaml::Value;
    let mut stack = vec![(Pointer::root(), document)];
    while let Some((at, node)) = stack.pop() {
        match node {
            Value::Number(n) if n.is_infinite() || n.is_nan() => {
                let what = format!("`{n}` is not a JSON number");
                return Err(Error::new(&at, ErrorKind::Syntax(what)));
            }
            Value::Sequence(items) => {
                stack.extend(items.iter().enumerate().rev().map(|(i, v)| (at.push(i), v)));
            }
            Value::Mapping(entries) => {
                let children: Vec<_> = entries
                    .iter()
                    .map(|(k, v)| (at.push(key_token(k)), v))
                    .collect();
                stack.extend(children.into_iter().rev());
            }
            Value::Tagged(tagged) => stack.push((at, &tagged.value)),
            Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
        }
    }
    Ok(())
}

/// A mapping key as a pointer token.
fn key_token(key: &serde_yaml::Value) -> String {
    match key.as_str() {
        Some(s) => s.to_owned(),
        None => serde_yaml::to_string(key)
            .unwrap_or_default()
            .trim()
            .to_owned(),
    }
}

/// `openapiv3` silently drops `paths` keys that start with neither `/` nor
/// `x-`, so a path written without its leading slash would vanish unnoticed.
fn check_path_keys(document: &serde_yaml::Value) -> Result<()> {
    let Some(paths) = document.get("paths").and_then(|p| p.as_mapping()) else {
        return Ok(());
    };
    for key in paths.keys().filter_map(|k| k.as_str()) {
        if !key.starts_with('/') && !key.starts_with("x-") {
            let at = Pointer::root().push("paths").push(key);
            return Err(Error::new(
                &at,
                ErrorKind::Invalid("paths must start with `/`".to_owned()),
            ));
        }
    }
    Ok(())
}

pub(crate) fn parse<T: serde::de::DeserializeOwned>(
    value: serde_yaml::Value,
    base: Pointer,
) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let pointer = to_pointer(base, e.path());
        Error::new(&pointer, ErrorKind::Syntax(e.into_inner().to_string()))
    })
}

/// `openapiv3` reads `paths` through `#[serde(flatten)]`, which hides where
/// inside it the error was; parsing each path item alone finds the place.
pub(crate) fn narrow(document: &serde_yaml::Value, error: Error) -> Error {
    if error.pointer != Pointer::root().push("paths") {
        return error;
    }
    let Some(paths) = document.get("paths").and_then(|p| p.as_mapping()) else {
        return error;
    };
    for (key, item) in paths {
        let Some(key) = key.as_str() else { continue };
        if let Err(inner) =
            parse::<openapiv3::PathItem>(item.clone(), Pointer::root().push("paths").push(key))
        {
            return inner;
        }
    }
    error
}

fn to_pointer(base: Pointer, path: &serde_path_to_error::Path) -> Pointer {
    use serde_path_to_error::Segment;
    path.iter().fold(base, |pointer, segment| match segment {
        Segment::Seq { index } => pointer.push(index),
        Segment::Map { key } => pointer.push(key),
        Segment::Enum { variant } => pointer.push(variant),
        Segment::Unknown => pointer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<OpenAPI, Error> {
        let file = SpecFile {
            name: "t.yaml",
            text,
        };
        match load_set(&[file]) {
            (Some(loaded), errors) if errors.is_empty() => Ok(loaded.spec),
            (_, mut errors) => Err(errors.remove(0)),
        }
    }

    #[test]
    fn rejects_swagger_2() {
        let err = load("swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n").unwrap_err();
        assert_eq!(
            err.kind,
            ErrorKind::UnsupportedVersion("Swagger 2.0".into())
        );
    }

    #[test]
    fn rejects_openapi_3_1() {
        let err = load("openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\n").unwrap_err();
        assert_eq!(err.pointer.to_string(), "#/openapi");
    }

    #[test]
    fn points_at_the_broken_place() {
        let text = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses: 7\n";
        let err = load(text).unwrap_err();
        assert_eq!(err.pointer.to_string(), "#/paths/~1a/get/responses");
    }

    #[test]
    fn reports_yaml_syntax_errors() {
        let err = load("openapi: [unclosed").unwrap_err();
        assert!(matches!(err.kind, ErrorKind::Syntax(_)), "{err}");
    }
}
