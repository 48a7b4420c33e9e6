//! Lowering one operation: parameters (path-level merged in), request body,
//! success and error responses, scopes and Zoom's rate-limit label.

mod access;
mod body;
mod media;
mod pagination;
mod params;
mod responses;
mod window;

use super::schema::Types;
use crate::error::{Error, Result};
use crate::model::{Docs, HttpMethod, Operation};
use crate::naming::{Case, Scope, reserved};
use crate::pointer::Pointer;
use access::{rate_limit, scopes_of};
use body::request_body;
use openapiv3::{OpenAPI, PathItem};
use pagination::pagination;
use params::params;
use responses::responses;

/// Names that must be unique across all operations.
pub(super) struct OperationScopes {
    /// Methods on `Client`.
    methods: Scope,
    /// Builder types in the `operations` module.
    builders: Scope,
    /// Metadata statics in the `operations` module.
    statics: Scope,
}

impl OperationScopes {
    pub(super) fn new() -> Self {
        OperationScopes {
            methods: Scope::new(Case::Snake).reserve(reserved::CLIENT_METHODS),
            builders: Scope::new(Case::Pascal).reserve(reserved::OPERATIONS_IMPORTS),
            statics: Scope::new(Case::Shouty),
        }
    }
}

/// Everything lowering an operation needs to look at.
pub(super) struct Site<'s> {
    pub spec: &'s OpenAPI,
    /// The top-level `security` of the operation's own file.
    pub file_security: Option<&'s [openapiv3::SecurityRequirement]>,
    pub path: &'s str,
    pub item: &'s PathItem,
    pub method: HttpMethod,
    pub op: &'s openapiv3::Operation,
    pub pointer: Pointer,
}

pub(super) fn lower_operation(
    site: &Site<'_>,
    types: &mut Types<'_>,
    scopes: &mut OperationScopes,
) -> Result<Operation> {
    let Site { op, pointer, .. } = site;
    let id = op
        .operation_id
        .clone()
        .ok_or_else(|| Error::invalid(pointer, "every operation needs an `operationId`"))?;
    let id_at = pointer.push("operationId");
    let method_name = scopes.methods.claim(&id, &id_at)?;
    let builder_name = scopes.builders.claim(&id, &id_at)?;
    let info_name = scopes.statics.claim(&id, &id_at)?;
    if !op.callbacks.is_empty() {
        return Err(Error::unsupported(&pointer.push("callbacks"), "callbacks"));
    }
    let item_at = Pointer::root().push("paths").push(site.path);
    let servers_at = match (op.servers.is_empty(), site.item.servers.is_empty()) {
        (false, _) => Some(pointer.push("servers")),
        (true, false) => Some(item_at.push("servers")),
        (true, true) => None,
    };
    if let Some(at) = servers_at {
        return Err(Error::unsupported(&at, "per-operation servers"));
    }
    // Argument and setter names of this operation; `client` and `send` are taken by the builder.
    let mut args = Scope::new(Case::Snake).reserve(reserved::BUILDER_MEMBERS);
    let params = params(site, types, &builder_name, &mut args)?;
    let body = match &op.request_body {
        None => None,
        Some(body) => Some(request_body(site, body, types, &builder_name, &mut args)?),
    };
    let (success, errors) = responses(site, types, &builder_name)?;
    let pagination = pagination(&params, &success, types, pointer)?;
    let date_window = window::date_window(op, &params, pagination.as_ref(), pointer)?;
    Ok(Operation {
        id,
        group: String::new(),
        method_name,
        builder_name,
        info_name,
        http_method: site.method,
        path: site.path.to_owned(),
        docs: Docs {
            summary: op.summary.clone(),
            description: op.description.clone(),
        },
        deprecated: op.deprecated,
        scopes: scopes_of(site)?,
        rate_limit: rate_limit(op, pointer)?,
        params,
        body,
        success,
        errors,
        pagination,
        date_window,
        pointer: pointer.clone(),
    })
}
