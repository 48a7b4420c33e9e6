//! Enums: the values of a string or integer `enum`, and the variant names
//! and docs that Zoom's `x-enum-varnames` and `x-enum-descriptions` give them.

use crate::error::{Error, Result};
use crate::model::{EnumDef, EnumRepr, EnumValue, Variant};
use crate::naming::{Case, Scope, reserved};
use crate::pointer::Pointer;
use openapiv3::Schema;

/// The values of an enum, with `null` allowed only on a nullable schema.
pub(super) fn enum_values<T>(
    values: &[Option<T>],
    schema: &Schema,
    pointer: &Pointer,
    wrap: impl Fn(&T) -> EnumValue,
) -> Result<Vec<EnumValue>> {
    let mut out: Vec<EnumValue> = Vec::new();
    for (i, value) in values.iter().enumerate() {
        let at = pointer.push("enum").push(i);
        match value {
            None if schema.schema_data.nullable => {}
            None => {
                return Err(Error::invalid(
                    &at,
                    "`null` in the enum of a schema that is not nullable",
                ));
            }
            Some(v) => {
                let v = wrap(v);
                if out.contains(&v) {
                    let shown = match &v {
                        EnumValue::String(s) => format!("{s:?}"),
                        EnumValue::Integer(n) => n.to_string(),
                    };
                    return Err(Error::invalid(&at, format!("duplicate enum value {shown}")));
                }
                out.push(v);
            }
        }
    }
    Ok(out)
}

/// Reads an `x-enum-*` list that must have one string per enum value.
fn enum_extension(
    schema: &Schema,
    key: &str,
    len: usize,
    pointer: &Pointer,
) -> Result<Option<Vec<String>>> {
    let Some(value) = schema.schema_data.extensions.get(key) else {
        return Ok(None);
    };
    let at = pointer.push(key);
    let list: Option<Vec<String>> = value
        .as_array()
        .and_then(|a| a.iter().map(|v| v.as_str().map(str::to_owned)).collect());
    match list {
        Some(list) if list.len() == len => Ok(Some(list)),
        Some(list) => Err(Error::invalid(
            &at,
            format!("{} entries for {len} enum values", list.len()),
        )),
        None => Err(Error::invalid(&at, "must be a list of strings")),
    }
}

pub(super) fn enum_def(
    repr: EnumRepr,
    values: Vec<EnumValue>,
    schema: &Schema,
    pointer: &Pointer,
) -> Result<EnumDef> {
    if values.is_empty() {
        return Err(Error::invalid(
            &pointer.push("enum"),
            "an enum needs at least one value",
        ));
    }
    let names = enum_extension(schema, "x-enum-varnames", values.len(), pointer)?;
    let docs = enum_extension(schema, "x-enum-descriptions", values.len(), pointer)?;
    let mut scope = Scope::new(Case::Pascal).reserve(reserved::ENUM_VARIANTS);
    let mut variants = Vec::with_capacity(values.len());
    for (i, value) in values.into_iter().enumerate() {
        let raw = match (&names, &value) {
            (Some(names), _) => names[i].clone(),
            (None, EnumValue::String(s)) => s.clone(),
            (None, EnumValue::Integer(n)) if *n < 0 => format!("Minus{}", n.unsigned_abs()),
            (None, EnumValue::Integer(n)) => format!("V{n}"),
        };
        let at = match &names {
            Some(_) => pointer.push("x-enum-varnames").push(i),
            None => pointer.push("enum").push(i),
        };
        let rust_name = scope.claim(&raw, &at)?;
        let description = docs
            .as_ref()
            .map(|d| d[i].clone())
            .filter(|d| !d.is_empty());
        variants.push(Variant {
            rust_name,
            value,
            description,
        });
    }
    Ok(EnumDef { repr, variants })
}
