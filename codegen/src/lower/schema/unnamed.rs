//! Schemas that need no definition of their own: scalars, dates, arrays,
//! maps and free-form values map onto Rust types directly.

use super::{Types, is_plain_object};
use crate::error::{Error, Result};
use crate::model::TypeRef;
use crate::pointer::Pointer;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, BooleanType, IntegerFormat, IntegerType,
    NumberFormat, NumberType, Schema, SchemaKind, StringFormat, StringType, Type,
    VariantOrUnknownOrEmpty,
};

impl Types<'_> {
    /// Schemas that map onto a Rust type without a definition of their own.
    pub(super) fn lower_unnamed(
        &mut self,
        schema: &Schema,
        pointer: &Pointer,
        hint: &str,
    ) -> Result<TypeRef> {
        let string = matches!(schema.schema_kind, SchemaKind::Type(Type::String(_)));
        if !string
            && schema
                .schema_data
                .extensions
                .contains_key("x-zoom-wall-time")
        {
            let at = pointer.push("x-zoom-wall-time");
            return Err(Error::invalid(&at, "only a string can be a wall time"));
        }
        Ok(match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                wall_time(string_type(s, pointer)?, &schema.schema_data, pointer)?
            }
            SchemaKind::Type(Type::Integer(i)) => integer_type(i, pointer)?,
            SchemaKind::Type(Type::Number(n)) => number_type(n, pointer)?,
            SchemaKind::Type(Type::Boolean(b)) => boolean_type(b, pointer)?,
            SchemaKind::Type(Type::Array(array)) => self.array_type(array, pointer, hint)?,
            SchemaKind::Type(Type::Object(object)) => {
                self.map_type(object.additional_properties.as_ref(), pointer, hint)?
            }
            SchemaKind::Any(any) if is_plain_object(any) => {
                self.map_type(any.additional_properties.as_ref(), pointer, hint)?
            }
            SchemaKind::Any(any) if *any == AnySchema::default() => TypeRef::Any,
            SchemaKind::Any(any) => {
                return Err(Error::unsupported(pointer, mixed_keywords(any)));
            }
            SchemaKind::Not { .. } => return Err(Error::unsupported(pointer, "`not`")),
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::AllOf { .. } => {
                return Err(Error::invalid(pointer, "a union needs a name"));
            }
        })
    }

    /// An array of the lowered `items`; an inline item type is named `{hint}Item`.
    fn array_type(&mut self, array: &ArrayType, pointer: &Pointer, hint: &str) -> Result<TypeRef> {
        let items = array
            .items
            .as_ref()
            .ok_or_else(|| Error::invalid(pointer, "an array schema needs `items`"))?;
        let item = self.lower(items.into(), &pointer.push("items"), &format!("{hint}Item"))?;
        Ok(TypeRef::Array(Box::new(item)))
    }

    /// An object without properties: free-form, or a map with typed values.
    fn map_type(
        &mut self,
        extra: Option<&AdditionalProperties>,
        pointer: &Pointer,
        hint: &str,
    ) -> Result<TypeRef> {
        Ok(match extra {
            None | Some(AdditionalProperties::Any(_)) => TypeRef::FreeForm,
            Some(AdditionalProperties::Schema(schema)) => {
                let value = self.lower(
                    schema.as_ref().into(),
                    &pointer.push("additionalProperties"),
                    &format!("{hint}Value"),
                )?;
                TypeRef::Map(Box::new(value))
            }
        })
    }
}

/// A string, or a date or date-time by its `format`; binary data is only
/// understood as a multipart file part, which is lowered elsewhere.
fn string_type(s: &StringType, pointer: &Pointer) -> Result<TypeRef> {
    Ok(match &s.format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TypeRef::DateTime,
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => TypeRef::Date,
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => {
            return Err(Error::unsupported(
                &pointer.push("format"),
                "`format: binary` outside a multipart/form-data file part",
            ));
        }
        _ => TypeRef::String,
    })
}

/// `x-zoom-wall-time: true` on a date-time: Zoom reads the value as UTC
/// (with `Z`) or as local wall time (without, beside a `timezone` field).
fn wall_time(ty: TypeRef, data: &openapiv3::SchemaData, pointer: &Pointer) -> Result<TypeRef> {
    let at = pointer.push("x-zoom-wall-time");
    match (data.extensions.get("x-zoom-wall-time"), ty) {
        (None | Some(serde_json::Value::Bool(false)), ty) => Ok(ty),
        // Written as a plain string (best: `format: date-time` would tell
        // validators RFC 3339 only, which the local form is not) or a date-time.
        (Some(serde_json::Value::Bool(true)), TypeRef::DateTime | TypeRef::String) => {
            Ok(TypeRef::WallTime)
        }
        (Some(serde_json::Value::Bool(true)), _) => {
            Err(Error::invalid(&at, "only a string can be a wall time"))
        }
        (Some(_), _) => Err(Error::invalid(&at, "must be `true` or `false`")),
    }
}

/// An `i32` or an `i64` by its `format` (`i64` when there is none).
fn integer_type(i: &IntegerType, pointer: &Pointer) -> Result<TypeRef> {
    if i.multiple_of.is_some() {
        return Err(Error::unsupported(
            &pointer.push("multipleOf"),
            "`multipleOf`",
        ));
    }
    match &i.format {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Ok(TypeRef::I32),
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) | VariantOrUnknownOrEmpty::Empty => {
            Ok(TypeRef::I64)
        }
        VariantOrUnknownOrEmpty::Unknown(f) => {
            let what = format!("integer format {f:?}");
            Err(Error::unsupported(&pointer.push("format"), what))
        }
    }
}

/// An `f64`, whether the spec says `float` or `double`.
fn number_type(n: &NumberType, pointer: &Pointer) -> Result<TypeRef> {
    if !n.enumeration.is_empty() {
        return Err(Error::unsupported(
            &pointer.push("enum"),
            "an enum of numbers",
        ));
    }
    if n.multiple_of.is_some() {
        return Err(Error::unsupported(
            &pointer.push("multipleOf"),
            "`multipleOf`",
        ));
    }
    match &n.format {
        VariantOrUnknownOrEmpty::Unknown(f) => {
            let what = format!("number format {f:?}");
            Err(Error::unsupported(&pointer.push("format"), what))
        }
        VariantOrUnknownOrEmpty::Item(NumberFormat::Float | NumberFormat::Double)
        | VariantOrUnknownOrEmpty::Empty => Ok(TypeRef::F64),
    }
}

/// A `bool`; the generator has no enums of booleans.
fn boolean_type(b: &BooleanType, pointer: &Pointer) -> Result<TypeRef> {
    if !b.enumeration.is_empty() {
        return Err(Error::unsupported(
            &pointer.push("enum"),
            "an enum of booleans",
        ));
    }
    Ok(TypeRef::Bool)
}

/// Explains a schema `openapiv3` could not place in one type.
fn mixed_keywords(any: &AnySchema) -> String {
    let value = serde_json::to_value(any).unwrap_or_default();
    let keys: Vec<String> = value
        .as_object()
        .map(|m| m.keys().map(|k| format!("`{k}`")).collect())
        .unwrap_or_default();
    format!(
        "a schema whose keywords do not fit one type: {}",
        keys.join(", ")
    )
}
