//! Pagination: whether an operation pages, by the one rule the generator
//! knows, and which fields carry the token and the items.

use crate::error::{Error, Result};
use crate::lower::schema::Types;
use crate::model::{Field, Pagination, Param, ParamLocation, Success, TypeRef};
use crate::pointer::Pointer;

/// The pagination rule, the only one: an operation pages when it has an
/// optional string query parameter `next_page_token` and answers with an
/// object that has a string property `next_page_token` and exactly one array
/// property, whose items the stream yields. An operation with the parameter
/// that breaks the rest of the rule is an error, not a silently unpaged call.
pub(super) fn pagination(
    params: &[Param],
    success: &Success,
    types: &Types<'_>,
    at: &Pointer,
) -> Result<Option<Pagination>> {
    const TOKEN: &str = "next_page_token";
    let Some(param) = params
        .iter()
        .find(|p| p.location == ParamLocation::Query && p.wire == TOKEN)
    else {
        return Ok(None);
    };
    if param.required || param.ty != TypeRef::String {
        return Err(Error::invalid(
            at,
            "`next_page_token` must be an optional string query parameter",
        ));
    }
    let fields = match success {
        Success::Json(TypeRef::Named(name)) => types.struct_fields(name),
        _ => None,
    };
    let Some(fields) = fields else {
        return Err(Error::unsupported(
            at,
            "a paged operation (it takes `next_page_token`) that does not answer with an object",
        ));
    };
    let Some(token) = fields
        .iter()
        .find(|f| f.wire == TOKEN && f.ty == TypeRef::String)
    else {
        return Err(Error::unsupported(
            at,
            "a paged operation whose answer has no string `next_page_token`",
        ));
    };
    let arrays: Vec<(&Field, &TypeRef)> = fields
        .iter()
        .filter_map(|f| match &f.ty {
            TypeRef::Array(item) => Some((f, &**item)),
            _ => None,
        })
        .collect();
    let [(items, item)] = arrays.as_slice() else {
        let what = format!(
            "a paged operation whose answer has {} array properties instead of one",
            arrays.len()
        );
        return Err(Error::unsupported(at, what));
    };
    Ok(Some(Pagination {
        token_setter: param.rust_name.clone(),
        token_field: token.rust_name.clone(),
        token_optional: token.optional(),
        items_field: items.rust_name.clone(),
        items_optional: items.optional(),
        item: (*item).clone(),
    }))
}
