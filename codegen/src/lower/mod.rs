//! Lowering: from the `openapiv3` document to the generator's [`Api`] model.
//! Every check about what the spec says happens here, with a pointer into it.

mod operation;
mod schema;
#[cfg(test)]
mod tests;

use crate::error::{Error, Result};
use crate::model::{Api, HttpMethod};
use crate::pointer::Pointer;
use openapiv3::{OpenAPI, ReferenceOr};
use operation::{OperationScopes, Site, lower_operation};
use schema::Types;

/// Lowers a parsed document: all component schemas, then every operation in spec order.
pub fn lower(spec: &OpenAPI) -> Result<Api> {
    let mut types = Types::new(spec)?;
    types.lower_components()?;
    let mut scopes = OperationScopes::new();
    let mut operations = Vec::new();
    for (path, item) in &spec.paths.paths {
        let at = Pointer::root().push("paths").push(path);
        if !path.starts_with('/') {
            return Err(Error::invalid(&at, "paths must start with `/`"));
        }
        let ReferenceOr::Item(item) = item else {
            return Err(Error::unsupported(&at, "`$ref` path items"));
        };
        for (key, method, op) in methods(item) {
            let Some(method) = method else {
                return Err(Error::unsupported(
                    &at.push(key),
                    "HEAD, OPTIONS and TRACE operations",
                ));
            };
            let pointer = at.push(method.as_str().to_ascii_lowercase());
            let site = Site {
                spec,
                path,
                item,
                method,
                op,
                pointer,
            };
            operations.push(lower_operation(&site, &mut types, &mut scopes)?);
        }
    }
    Ok(Api {
        base_url: base_url(spec)?,
        operations,
        types: types.finish()?,
    })
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
