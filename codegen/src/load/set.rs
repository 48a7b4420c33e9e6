//! A spec set: one file per group plus `common.yaml`, merged into one
//! document after the `$ref`s between files are checked and made local.
//!
//! Rules, each an error naming the file and the place of the `$ref`:
//! - `common.yaml#/components/schemas/X` must name a file of the set and a
//!   component that file defines;
//! - a group's file may refer to its own components and to common.yaml's,
//!   never to another group's (a shape two groups share belongs in
//!   common.yaml), and common.yaml refers only to itself;
//! - a local `#/components/...` must be defined in the same file.
//!
//! Merging keeps file order, then each file's order. A component name or a
//! path declared by two files is an error naming both; security schemes may
//! repeat (each fragment must validate alone) when identical, or when they
//! are the same OAuth2 scheme listing each its own group's scopes, which
//! are then joined. A file's
//! top-level `security` stays the default of its own operations only, and
//! all files that name servers must name the same ones.

use super::webhooks::{self, Webhook};
use super::{narrow, parse};
use crate::error::{Error, ErrorKind};
use crate::model::COMMON_GROUP;
use crate::naming::{self, Case};
use crate::pointer::Pointer;
use indexmap::IndexMap;
use openapiv3::{Components, OpenAPI, PathItem, ReferenceOr, SecurityRequirement, SecurityScheme};
use serde_yaml::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Where each part of the merged document came from.
#[derive(Debug, Default)]
pub(crate) struct Origins {
    files: Vec<String>,
    /// (components kind, name) -> index into `files`.
    components: BTreeMap<(String, String), usize>,
    /// Path template -> index into `files`.
    paths: BTreeMap<String, usize>,
    /// Webhook event name (`x-webhooks`) -> index into `files`.
    webhooks: BTreeMap<String, usize>,
    /// Each file's top-level `security`, which its operations default to.
    security: Vec<Option<Vec<SecurityRequirement>>>,
}

impl Origins {
    fn index_of(&self, pointer: &Pointer) -> usize {
        let tokens: Vec<String> = pointer.tokens().take(3).collect();
        let found = match tokens.as_slice() {
            [c, kind, name] if c == "components" => {
                self.components.get(&(kind.clone(), name.clone())).copied()
            }
            [p, path, ..] if p == "paths" => self.paths.get(path).copied(),
            [w, name, ..] if w == webhooks::KEY => self.webhooks.get(name).copied(),
            _ => None,
        };
        found.unwrap_or(0)
    }

    /// The spec set's files, in order.
    pub(crate) fn files(&self) -> &[String] {
        &self.files
    }

    /// The merged document with each file's top-level `security` written
    /// onto that file's operations that name none.
    pub(crate) fn bundle(&self, mut spec: OpenAPI) -> OpenAPI {
        for (path, item) in spec.paths.paths.iter_mut() {
            let at = Pointer::root().push("paths").push(path);
            let (Some(security), openapiv3::ReferenceOr::Item(item)) =
                (self.security_of(&at), item)
            else {
                continue;
            };
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.options,
                &mut item.head,
                &mut item.patch,
                &mut item.trace,
            ];
            for op in operations.into_iter().flatten() {
                if op.security.is_none() {
                    op.security = Some(security.to_vec());
                }
            }
        }
        spec
    }

    /// The file a pointer of the merged document points into.
    pub(crate) fn file_of(&self, pointer: &Pointer) -> &str {
        self.files
            .get(self.index_of(pointer))
            .map_or("", String::as_str)
    }

    /// The top-level `security` of the file a pointer points into.
    pub(crate) fn security_of(&self, pointer: &Pointer) -> Option<&[SecurityRequirement]> {
        self.security.get(self.index_of(pointer))?.as_deref()
    }

    /// The group (module and Cargo feature) of that file.
    pub(crate) fn group_of(&self, pointer: &Pointer) -> String {
        group_name(self.file_of(pointer)).unwrap_or_default()
    }

    /// Places an error of the merged document in its file, and the first
    /// holder of a colliding name too.
    pub(crate) fn place(&self, mut error: Error) -> Error {
        if error.file.is_empty() {
            self.file_of(&error.pointer).clone_into(&mut error.file);
        }
        if let ErrorKind::NameCollision { first, .. } = &mut error.kind
            && let Some(at) = Pointer::from_ref(first)
        {
            *first = format!("{}{first}", self.file_of(&at));
        }
        error
    }
}

/// The group a spec file holds: its name without folder and extension, in
/// snake case (`cloud-recording.yaml` is `cloud_recording`).
pub(crate) fn group_name(file: &str) -> Result<String, String> {
    let stem = base(file).split('.').next().unwrap_or_default();
    naming::ident(stem, Case::Snake)
}

fn base(file: &str) -> &str {
    file.rsplit('/').next().unwrap_or(file)
}

/// What every file defines, to check `$ref`s against.
struct Catalogue<'a> {
    names: &'a [String],
    /// Per file of `names`: its group, and its components when it was readable.
    groups: Vec<String>,
    defined: Vec<Option<BTreeSet<(String, String)>>>,
}

/// A merged spec set: the document and the webhook events of all files.
pub(super) struct Merged {
    pub spec: OpenAPI,
    pub webhooks: Vec<Webhook>,
}

/// The merged document (`None` when a file could not be read: lowering the
/// rest would only report what that file would have defined), where its
/// parts came from, and every problem found so far.
pub(super) fn merge(
    documents: Vec<(String, Value)>,
    names: &[String],
) -> (Option<Merged>, Origins, Vec<Error>) {
    let mut errors = Vec::new();
    let mut defined = vec![None; names.len()];
    let mut groups = Vec::with_capacity(names.len());
    for name in names {
        match group_name(name) {
            Ok(group) => groups.push(group),
            Err(why) => {
                let what = format!("the file name makes no group name: {why}");
                errors.push(Error::new(&Pointer::root(), ErrorKind::BadName(what)).in_file(name));
                groups.push(String::new());
            }
        }
    }
    for (name, document) in &documents {
        if let Some(i) = names.iter().position(|n| n == name) {
            defined[i] = Some(components_of(document));
        }
    }
    let catalogue = Catalogue {
        names,
        groups,
        defined,
    };
    let mut parsed = Vec::new();
    let mut events = Vec::new();
    for (name, mut document) in documents {
        let this = names.iter().position(|n| *n == name).unwrap_or(0);
        let mut found = Vec::new();
        rewrite_refs(
            &mut document,
            &Pointer::root(),
            this,
            &catalogue,
            &mut found,
        );
        let (declared, unreadable) = webhooks::read(&document);
        found.extend(unreadable);
        events.push((this, declared));
        // A `$ref` that leads nowhere stays as written; lowering meets it
        // at the same place, where this error already stands.
        match parse::<OpenAPI>(document.clone(), Pointer::root()) {
            Ok(spec) => parsed.push((this, spec)),
            Err(error) => found.push(narrow(&document, error)),
        }
        errors.extend(found.into_iter().map(|e| e.in_file(&name)));
    }
    let complete = parsed.len() == names.len();
    let (spec, mut origins) = join(parsed, names, &mut errors);
    let mut declared = Vec::new();
    for (file, webhook) in webhooks::join(events, names, &mut errors) {
        origins.webhooks.insert(webhook.name.clone(), file);
        declared.push(webhook);
    }
    let merged = Merged {
        spec,
        webhooks: declared,
    };
    (complete.then_some(merged), origins, errors)
}

/// (kind, name) of every component a document defines.
fn components_of(document: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    if let Some(components) = document.get("components").and_then(Value::as_mapping) {
        for (kind, entries) in components {
            let (Some(kind), Some(entries)) = (kind.as_str(), entries.as_mapping()) else {
                continue;
            };
            for name in entries.keys().filter_map(Value::as_str) {
                out.insert((kind.to_owned(), name.to_owned()));
            }
        }
    }
    out
}

/// Makes every cross-file `$ref` local, or reports why it cannot be.
fn rewrite_refs(
    node: &mut Value,
    at: &Pointer,
    this: usize,
    catalogue: &Catalogue<'_>,
    errors: &mut Vec<Error>,
) {
    match node {
        Value::Mapping(entries) => {
            for (key, value) in entries.iter_mut() {
                let token = super::key_token(key);
                match (token.as_str(), value) {
                    ("$ref", Value::String(reference)) => {
                        match resolve(reference, this, catalogue) {
                            Ok(Some(local)) => *reference = local,
                            Ok(None) => {}
                            Err(reason) => errors.push(Error::new(
                                at,
                                ErrorKind::DanglingRef {
                                    reference: reference.clone(),
                                    reason,
                                },
                            )),
                        }
                    }
                    (_, value) => rewrite_refs(value, &at.push(&token), this, catalogue, errors),
                }
            }
        }
        Value::Sequence(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                rewrite_refs(item, &at.push(i), this, catalogue, errors);
            }
        }
        Value::Tagged(tagged) => rewrite_refs(&mut tagged.value, at, this, catalogue, errors),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

/// The local form of a `$ref` (`None`: leave it as written, for lowering to
/// judge), or the reason it leads nowhere.
fn resolve(
    reference: &str,
    this: usize,
    catalogue: &Catalogue<'_>,
) -> Result<Option<String>, String> {
    let (file, fragment) = reference.split_once('#').unwrap_or((reference, ""));
    let component = component_key(fragment);
    if file.is_empty() {
        let Some(key) = component else {
            return Ok(None);
        };
        let here = catalogue.defined[this]
            .as_ref()
            .is_some_and(|d| d.contains(&key));
        let elsewhere = (0..catalogue.names.len()).find(|&j| {
            j != this
                && catalogue.defined[j]
                    .as_ref()
                    .is_some_and(|d| d.contains(&key))
        });
        return match (here, elsewhere) {
            (false, Some(j)) => {
                let other = base(&catalogue.names[j]);
                Err(format!(
                    "does not point to a definition in this file; {other} has it: write `{other}#{fragment}`"
                ))
            }
            _ => Ok(None),
        };
    }
    let wanted = file.trim_start_matches("./");
    let Some(target) = catalogue.names.iter().position(|n| base(n) == wanted) else {
        let files: Vec<&str> = catalogue.names.iter().map(|n| base(n)).collect();
        return Err(format!(
            "names a file that is not in the spec set ({})",
            files.join(", ")
        ));
    };
    let group = &catalogue.groups[target];
    if target != this && group != COMMON_GROUP {
        return Err(format!(
            "reaches into the `{group}` group's file; a shape two groups share belongs in {COMMON_GROUP}.yaml"
        ));
    }
    let Some(defined) = &catalogue.defined[target] else {
        // That file could not be read; its own errors say why.
        return Ok(Some(format!("#{fragment}")));
    };
    match component {
        Some(key) if defined.contains(&key) => Ok(Some(format!("#{fragment}"))),
        _ => Err(format!(
            "does not point to a definition in the components of {wanted}"
        )),
    }
}

/// `/components/<kind>/<name>` as (kind, name).
fn component_key(fragment: &str) -> Option<(String, String)> {
    let pointer = Pointer::from_ref(&format!("#{fragment}"))?;
    let tokens: Vec<String> = pointer.tokens().collect();
    match tokens.as_slice() {
        [c, kind, name] if c == "components" => Some((kind.clone(), name.clone())),
        _ => None,
    }
}

/// Joins the parsed files into one document.
fn join(
    parsed: Vec<(usize, OpenAPI)>,
    names: &[String],
    errors: &mut Vec<Error>,
) -> (OpenAPI, Origins) {
    let mut origins = Origins {
        files: names.to_vec(),
        security: vec![None; names.len()],
        ..Origins::default()
    };
    let mut merged = OpenAPI {
        openapi: "3.0.3".to_owned(),
        ..OpenAPI::default()
    };
    let mut servers_from: Option<usize> = None;
    for (i, spec) in parsed {
        let file = &names[i];
        if servers_from.is_none() {
            merged.info = spec.info.clone();
        }
        if !spec.servers.is_empty() {
            match servers_from {
                Some(j) if merged.servers != spec.servers => {
                    let what = format!("the servers differ from those of {}", names[j]);
                    let at = Pointer::root().push("servers");
                    errors.push(Error::invalid(&at, what).in_file(file));
                }
                Some(_) => {}
                None => {
                    merged.servers = spec.servers.clone();
                    servers_from = Some(i);
                }
            }
        }
        merged.tags.extend(spec.tags);
        origins.security[i] = spec.security;
        let mut join = Joiner {
            file: i,
            names,
            origins: &mut origins,
            errors,
        };
        join.paths(&mut merged.paths.paths, spec.paths.paths);
        if let Some(components) = spec.components {
            join.components(
                merged.components.get_or_insert_with(Default::default),
                components,
            );
        }
    }
    (merged, origins)
}

/// Joins a second declaration of a name into the first, if they fit.
type Merge<T> = Option<fn(&mut T, &T) -> bool>;

/// The same security scheme in two files: identical, or an OAuth2 scheme
/// that differs only in the scopes it lists (each file lists its group's),
/// whose scope lists are then joined.
fn merge_scheme(
    into: &mut ReferenceOr<SecurityScheme>,
    other: &ReferenceOr<SecurityScheme>,
) -> bool {
    if into == other {
        return true;
    }
    let (
        ReferenceOr::Item(SecurityScheme::OAuth2 {
            flows,
            description,
            extensions,
        }),
        ReferenceOr::Item(SecurityScheme::OAuth2 {
            flows: theirs,
            description: d2,
            extensions: e2,
        }),
    ) = (into, other)
    else {
        return false;
    };
    if description != d2 || extensions != e2 {
        return false;
    }
    let mut joined = flows.clone();
    let pairs = [
        (
            joined.implicit.as_mut().map(|f| &mut f.scopes),
            theirs.implicit.as_ref().map(|f| &f.scopes),
        ),
        (
            joined.password.as_mut().map(|f| &mut f.scopes),
            theirs.password.as_ref().map(|f| &f.scopes),
        ),
        (
            joined.client_credentials.as_mut().map(|f| &mut f.scopes),
            theirs.client_credentials.as_ref().map(|f| &f.scopes),
        ),
        (
            joined.authorization_code.as_mut().map(|f| &mut f.scopes),
            theirs.authorization_code.as_ref().map(|f| &f.scopes),
        ),
    ];
    for (mine, other) in pairs {
        match (mine, other) {
            (Some(mine), Some(other)) => {
                for (scope, text) in other {
                    mine.entry(scope.clone()).or_insert_with(|| text.clone());
                }
            }
            (None, None) => {}
            _ => return false,
        }
    }
    // With the scopes joined, everything else must be the same.
    let mut compare = joined.clone();
    let mut other_flows = theirs.clone();
    for flows in [&mut compare, &mut other_flows] {
        clear_scopes(flows);
    }
    if compare != other_flows {
        return false;
    }
    *flows = joined;
    true
}

fn clear_scopes(flows: &mut openapiv3::OAuth2Flows) {
    if let Some(f) = &mut flows.implicit {
        f.scopes.clear();
    }
    if let Some(f) = &mut flows.password {
        f.scopes.clear();
    }
    if let Some(f) = &mut flows.client_credentials {
        f.scopes.clear();
    }
    if let Some(f) = &mut flows.authorization_code {
        f.scopes.clear();
    }
}

/// Joins one file's component maps into the merged ones.
struct Joiner<'a> {
    file: usize,
    names: &'a [String],
    origins: &'a mut Origins,
    errors: &'a mut Vec<Error>,
}

impl Joiner<'_> {
    /// Paths of one file; a path another file declared already is an error.
    fn paths(
        &mut self,
        into: &mut IndexMap<String, ReferenceOr<PathItem>>,
        from: IndexMap<String, ReferenceOr<PathItem>>,
    ) {
        for (path, item) in from {
            if let Some(&j) = self.origins.paths.get(&path) {
                let at = Pointer::root().push("paths").push(&path);
                let what = format!("the path is declared in {} too", self.names[j]);
                self.errors
                    .push(Error::invalid(&at, what).in_file(&self.names[self.file]));
                continue;
            }
            self.origins.paths.insert(path.clone(), self.file);
            into.insert(path, item);
        }
    }

    /// Every kind of component of one file; only security schemes may repeat.
    fn components(&mut self, into: &mut Components, from: Components) {
        self.map(&mut into.schemas, from.schemas, "schemas", None);
        let schemes = from.security_schemes;
        let scheme_merge: Merge<_> = Some(merge_scheme);
        self.map(
            &mut into.security_schemes,
            schemes,
            "securitySchemes",
            scheme_merge,
        );
        self.map(&mut into.responses, from.responses, "responses", None);
        self.map(&mut into.parameters, from.parameters, "parameters", None);
        self.map(&mut into.examples, from.examples, "examples", None);
        let bodies = from.request_bodies;
        self.map(&mut into.request_bodies, bodies, "requestBodies", None);
        self.map(&mut into.headers, from.headers, "headers", None);
        self.map(&mut into.links, from.links, "links", None);
        self.map(&mut into.callbacks, from.callbacks, "callbacks", None);
    }

    /// Joins one map; a name two files declare is a collision unless
    /// `merge` can join the two declarations.
    fn map<T>(
        &mut self,
        into: &mut IndexMap<String, T>,
        from: IndexMap<String, T>,
        kind: &str,
        merge: Merge<T>,
    ) {
        for (name, value) in from {
            let key = (kind.to_owned(), name.clone());
            if let Some(&j) = self.origins.components.get(&key) {
                let merged = match (merge, into.get_mut(&name)) {
                    (Some(merge), Some(existing)) => merge(existing, &value),
                    _ => false,
                };
                if merged {
                    continue;
                }
                let at = Pointer::root().push("components").push(kind).push(&name);
                let kind = ErrorKind::NameCollision {
                    ident: name,
                    first: format!("{}{at}", self.names[j]),
                };
                self.errors
                    .push(Error::new(&at, kind).in_file(&self.names[self.file]));
                continue;
            }
            self.origins.components.insert(key, self.file);
            into.insert(name, value);
        }
    }
}
