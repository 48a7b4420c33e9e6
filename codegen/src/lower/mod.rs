//! Lowering: from the `openapiv3` document to the generator's [`Api`] model.
//! Every check about what the spec says happens here, with a pointer into it.

mod operation;
mod schema;
#[cfg(test)]
mod tests;
mod webhooks;

use crate::error::{Error, Result};
use crate::load::{Loaded, Origins, group_name};
use crate::model::{Api, HttpMethod, Operation};
use crate::pointer::Pointer;
use openapiv3::{OpenAPI, ReferenceOr};
use operation::{OperationScopes, Site, lower_operation};
use schema::Types;

/// Lowers a merged spec set: all component schemas, then every operation
/// in spec order. Each component and each operation is lowered on its own,
/// so one run reports a mistake in each of them; every error is placed in
/// its file.
pub(crate) fn lower(loaded: &Loaded) -> Result<Api, Vec<Error>> {
    let Loaded {
        spec,
        webhooks: declared,
        origins,
    } = loaded;
    let (mut types, mut errors) = Types::new(spec);
    errors.extend(types.lower_components());
    let mut scopes = OperationScopes::new();
    let mut operations = Vec::new();
    for (path, item) in &spec.paths.paths {
        match lower_path(spec, origins, path, item, &mut types, &mut scopes) {
            Ok((lowered, failed)) => {
                operations.extend(lowered);
                errors.extend(failed);
            }
            Err(error) => errors.push(error),
        }
    }
    let (events, failed) = webhooks::lower_webhooks(declared, origins, &mut types);
    errors.extend(failed);
    let base_url = base_url(spec).map_err(|e| errors.push(e)).ok().flatten();
    let components = types.component_types();
    let all_of_members = types.all_of_members().clone();
    // Unions are checked once every type is known; with types missing,
    // that check would only repeat the errors above.
    let defs = if errors.is_empty() {
        types.finish().map_err(|e| errors.push(e)).ok()
    } else {
        None
    };
    match defs {
        Some(mut defs) if errors.is_empty() => {
            for def in defs.values_mut() {
                def.group = origins.group_of(&def.pointer);
            }
            for op in &mut operations {
                op.group = origins.group_of(&op.pointer);
            }
            let uses = webhooks::Uses {
                operations: &operations,
                webhooks: &events,
                components,
                all_of_members: &all_of_members,
            };
            let event_types = webhooks::event_types(&defs, &uses);
            Ok(Api {
                base_url,
                groups: groups(origins),
                operations,
                types: defs,
                webhooks: events,
                event_types,
            })
        }
        _ => Err(errors.into_iter().map(|e| origins.place(e)).collect()),
    }
}

/// The group of every file, in file order.
fn groups(origins: &Origins) -> Vec<String> {
    origins
        .files()
        .iter()
        .filter_map(|f| group_name(f).ok())
        .collect()
}

/// The operations of one path item, and the errors of those that failed.
fn lower_path(
    spec: &OpenAPI,
    origins: &Origins,
    path: &str,
    item: &ReferenceOr<openapiv3::PathItem>,
    types: &mut Types<'_>,
    scopes: &mut OperationScopes,
) -> Result<(Vec<Operation>, Vec<Error>)> {
    let at = Pointer::root().push("paths").push(path);
    if !path.starts_with('/') {
        return Err(Error::invalid(&at, "paths must start with `/`"));
    }
    let ReferenceOr::Item(item) = item else {
        return Err(Error::unsupported(&at, "`$ref` path items"));
    };
    let mut operations = Vec::new();
    let mut errors = Vec::new();
    for (key, method, op) in methods(item) {
        let Some(method) = method else {
            errors.push(Error::unsupported(
                &at.push(key),
                "HEAD, OPTIONS and TRACE operations",
            ));
            continue;
        };
        let pointer = at.push(method.as_str().to_ascii_lowercase());
        let site = Site {
            spec,
            file_security: origins.security_of(&pointer),
            path,
            item,
            method,
            op,
            pointer,
        };
        match lower_operation(&site, types, scopes) {
            Ok(op) => operations.push(op),
            // Outside the components, the operation's own file is meant
            // (its path, or its file's top-level `security`).
            Err(error) if in_components(&error) => errors.push(error),
            Err(error) => errors.push(error.in_file(origins.file_of(&site.pointer))),
        }
    }
    Ok((operations, errors))
}

fn in_components(error: &Error) -> bool {
    error
        .pointer
        .tokens()
        .next()
        .is_some_and(|t| t == "components")
}

/// The operations of a path item in a fixed method order, with their key in
/// the path item; `None` for methods we don't emit.
fn methods(
    item: &openapiv3::PathItem,
) -> Vec<(&'static str, Option<HttpMethod>, &openapiv3::Operation)> {
    [
        ("get", Some(HttpMethod::Get), &item.get),
        ("put", Some(HttpMethod::Put), &item.put),
        ("post", Some(HttpMethod::Post), &item.post),
        ("delete", Some(HttpMethod::Delete), &item.delete),
        ("patch", Some(HttpMethod::Patch), &item.patch),
        ("head", None, &item.head),
        ("options", None, &item.options),
        ("trace", None, &item.trace),
    ]
    .into_iter()
    .filter_map(|(key, m, op)| op.as_ref().map(|op| (key, m, op)))
    .collect()
}

/// The single server URL, if the spec names one.
fn base_url(spec: &OpenAPI) -> Result<Option<String>> {
    let at = Pointer::root().push("servers");
    match spec.servers.as_slice() {
        [] => Ok(None),
        [server] if server.variables.as_ref().is_none_or(|v| v.is_empty()) => {
            Ok(Some(server.url.trim_end_matches('/').to_owned()))
        }
        [_] => Err(Error::unsupported(
            &at.push(0).push("variables"),
            "server variables",
        )),
        _ => Err(Error::unsupported(&at, "more than one server")),
    }
}
