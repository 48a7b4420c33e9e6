//! Parameters: path-level and operation-level ones merged, checked against
//! the path template and lowered to typed path and query parameters.

use super::Site;
use crate::error::{Error, ErrorKind, Result};
use crate::lower::schema::{SchemaRef, Types};
use crate::model::{Param, ParamLocation, TypeRef};
use crate::naming::{self, Case, Scope};
use crate::pointer::Pointer;
use indexmap::IndexMap;
use openapiv3::{OpenAPI, Parameter, ParameterSchemaOrContent, PathStyle, QueryStyle, ReferenceOr};

/// Path-level parameters, overridden by operation-level ones of the same name and place.
pub(super) fn params(
    site: &Site<'_>,
    types: &mut Types<'_>,
    builder: &str,
    args: &mut Scope,
) -> Result<Vec<Param>> {
    let path_level = Pointer::root()
        .push("paths")
        .push(site.path)
        .push("parameters");
    let mut merged: IndexMap<(bool, String), (&Parameter, Pointer)> = IndexMap::new();
    let levels = [
        (&site.item.parameters, path_level),
        (&site.op.parameters, site.pointer.push("parameters")),
    ];
    for (list, base) in levels {
        for (i, p) in list.iter().enumerate() {
            let at = base.push(i);
            let param = resolve_param(site.spec, p, &at)?;
            let data = param.parameter_data_ref();
            merged.insert(
                (matches!(param, Parameter::Path { .. }), data.name.clone()),
                (param, at),
            );
        }
    }
    let item_at = Pointer::root().push("paths").push(site.path);
    let template = template_names(site.path, &item_at)?;
    let mut path_params = Vec::new();
    let mut query_params = Vec::new();
    for (param, at) in merged.values() {
        let lowered = param_of(param, at, types, builder, args)?;
        match lowered.location {
            ParamLocation::Path => {
                if !template.contains(&lowered.wire) {
                    let what = format!(
                        "path parameter {:?} is not in the path template",
                        lowered.wire
                    );
                    return Err(Error::invalid(at, what));
                }
                path_params.push(lowered);
            }
            ParamLocation::Query => query_params.push(lowered),
        }
    }
    let mut ordered = Vec::with_capacity(path_params.len() + query_params.len());
    for name in &template {
        let i = path_params
            .iter()
            .position(|p| &p.wire == name)
            .ok_or_else(|| {
                Error::invalid(
                    &site.pointer,
                    format!("path template variable {{{name}}} has no path parameter"),
                )
            })?;
        ordered.push(path_params.remove(i));
    }
    ordered.extend(query_params);
    Ok(ordered)
}

fn resolve_param<'s>(
    spec: &'s OpenAPI,
    p: &'s ReferenceOr<Parameter>,
    at: &Pointer,
) -> Result<&'s Parameter> {
    match p {
        ReferenceOr::Item(param) => Ok(param),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/parameters/")
            .and_then(|name| spec.components.as_ref()?.parameters.get(name))
            .and_then(|p| p.as_item())
            .ok_or_else(|| Error::dangling(at, reference)),
    }
}

/// The `{name}`s of a path template, in order.
fn template_names(path: &str, pointer: &Pointer) -> Result<Vec<String>> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| Error::invalid(pointer, format!("unclosed `{{` in path {path:?}")))?;
        names.push(rest[open + 1..open + close].to_owned());
        rest = &rest[open + close + 1..];
    }
    if rest.contains('}') {
        return Err(Error::invalid(
            pointer,
            format!("stray `}}` in path {path:?}"),
        ));
    }
    Ok(names)
}

/// One parameter, lowered; `builder` prefixes the name of an inline type.
fn param_of(
    param: &Parameter,
    at: &Pointer,
    types: &mut Types<'_>,
    builder: &str,
    args: &mut Scope,
) -> Result<Param> {
    let location = location(param, at)?;
    let data = param.parameter_data_ref();
    if location == ParamLocation::Path && !data.required {
        return Err(Error::invalid(
            &at.push("required"),
            "path parameters must be required",
        ));
    }
    let ParameterSchemaOrContent::Schema(schema) = &data.format else {
        return Err(Error::unsupported(
            &at.push("content"),
            "parameters described by `content`",
        ));
    };
    let schema_at = at.push("schema");
    let hint = format!(
        "{builder}{}",
        naming::ident(&data.name, Case::Pascal)
            .map_err(|m| Error::new(&at.push("name"), ErrorKind::BadName(m)))?
    );
    let schema: SchemaRef<'_> = schema.into();
    let ty = types.lower(schema, &schema_at, &hint)?;
    check_fits(&ty, location, types, &schema_at)?;
    if data.explode.is_some() && !matches!(ty, TypeRef::Array(_)) {
        return Err(Error::invalid(
            &at.push("explode"),
            "`explode` only means something for an array parameter",
        ));
    }
    let facts = types.facts(schema);
    let uuid = zoom_uuid(data, location, &ty, at)?;
    Ok(Param {
        wire: data.name.clone(),
        rust_name: args.claim(&data.name, &at.push("name"))?,
        location,
        required: data.required,
        ty,
        description: data.description.clone().or(facts.description),
        deprecated: data.deprecated.unwrap_or(false),
        default: facts.default,
        constraints: facts.constraints,
        // Form style explodes unless told otherwise.
        explode: data.explode.unwrap_or(true),
        uuid,
    })
}

/// `x-zoom-uuid: true`: a path parameter that takes a meeting or webinar
/// instance UUID, which the runtime double-encodes when Zoom's rule says so.
fn zoom_uuid(
    data: &openapiv3::ParameterData,
    location: ParamLocation,
    ty: &TypeRef,
    at: &Pointer,
) -> Result<bool> {
    let at = at.push("x-zoom-uuid");
    match data.extensions.get("x-zoom-uuid") {
        None => Ok(false),
        Some(serde_json::Value::Bool(flag)) => {
            if *flag && (location != ParamLocation::Path || *ty != TypeRef::String) {
                return Err(Error::invalid(
                    &at,
                    "only a string path parameter can be a UUID",
                ));
            }
            Ok(*flag)
        }
        Some(_) => Err(Error::invalid(&at, "must be `true` or `false`")),
    }
}

/// Where a parameter goes: the path (`simple` style) or the query (`form`
/// style); other places and styles are not supported.
fn location(param: &Parameter, at: &Pointer) -> Result<ParamLocation> {
    Ok(match param {
        Parameter::Path {
            style: PathStyle::Simple,
            ..
        } => ParamLocation::Path,
        Parameter::Path { .. } => {
            return Err(Error::unsupported(
                &at.push("style"),
                "path parameter styles other than `simple`",
            ));
        }
        Parameter::Query {
            style: QueryStyle::Form,
            allow_reserved: false,
            allow_empty_value: None | Some(false),
            ..
        } => ParamLocation::Query,
        Parameter::Query { .. } => {
            return Err(Error::unsupported(
                at,
                "query parameter `style`, `allowReserved` or `allowEmptyValue`",
            ));
        }
        Parameter::Header { .. } => return Err(Error::unsupported(at, "header parameters")),
        Parameter::Cookie { .. } => return Err(Error::unsupported(at, "cookie parameters")),
    })
}

/// Checks that the lowered type is one the parameter's place can carry.
fn check_fits(
    ty: &TypeRef,
    location: ParamLocation,
    types: &Types<'_>,
    schema_at: &Pointer,
) -> Result<()> {
    let fits = match (ty, location) {
        (TypeRef::Array(item), ParamLocation::Query) => query_scalar(item, types),
        (ty, ParamLocation::Query) => query_scalar(ty, types),
        (TypeRef::String | TypeRef::I32 | TypeRef::I64, ParamLocation::Path) => true,
        (TypeRef::Named(name), ParamLocation::Path) => types.is_enum(name),
        _ => false,
    };
    if !fits {
        let what = match location {
            ParamLocation::Path => "path parameters that are not strings, integers or enums",
            ParamLocation::Query => {
                "query parameters that are not strings, numbers, booleans, dates, enums \
                 or arrays of those"
            }
        };
        return Err(Error::unsupported(schema_at, what));
    }
    Ok(())
}

/// A type one query pair can carry.
fn query_scalar(ty: &TypeRef, types: &Types<'_>) -> bool {
    match ty {
        TypeRef::String
        | TypeRef::I32
        | TypeRef::I64
        | TypeRef::F64
        | TypeRef::Bool
        | TypeRef::Date
        | TypeRef::WallTime
        | TypeRef::DateTime => true,
        TypeRef::Named(name) => types.is_enum(name),
        _ => false,
    }
}
