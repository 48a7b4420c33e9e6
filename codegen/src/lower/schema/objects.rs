//! Objects: the fields of an object schema, and `allOf` members merged
//! side by side into one struct.

use super::{SchemaRef, Types, check_schema_data, pascal};
use crate::error::{Error, Result};
use crate::model::{Field, TypeKind};
use crate::naming::{Case, Scope};
use crate::pointer::Pointer;
use openapiv3::{
    AdditionalProperties, AnySchema, ObjectType, ReferenceOr, Schema, SchemaKind, Type,
};

impl Types<'_> {
    /// The fields of an object schema, in spec order.
    pub(super) fn fields(
        &mut self,
        owner: &str,
        object: &ObjectType,
        pointer: &Pointer,
    ) -> Result<Vec<Field>> {
        match &object.additional_properties {
            None | Some(AdditionalProperties::Any(false)) => {}
            Some(_) => {
                return Err(Error::unsupported(
                    &pointer.push("additionalProperties"),
                    "an object with both `properties` and `additionalProperties`",
                ));
            }
        }
        if object.min_properties.is_some() || object.max_properties.is_some() {
            let keyword = match object.min_properties {
                Some(_) => "minProperties",
                None => "maxProperties",
            };
            return Err(Error::unsupported(
                &pointer.push(keyword),
                "`minProperties`/`maxProperties`",
            ));
        }
        for (i, name) in object.required.iter().enumerate() {
            if !object.properties.contains_key(name) {
                let at = pointer.push("required").push(i);
                return Err(Error::invalid(
                    &at,
                    format!("required property {name:?} is not among the properties"),
                ));
            }
        }
        let mut scope = Scope::new(Case::Snake);
        let mut fields = Vec::with_capacity(object.properties.len());
        for (wire, schema) in &object.properties {
            let at = pointer.push("properties").push(wire);
            let rust_name = scope.claim(wire, &at)?;
            let hint = format!("{owner}{}", pascal(wire, &at)?);
            let schema: SchemaRef<'_> = schema.into();
            let ty = self.lower(schema, &at, &hint)?;
            let facts = self.facts(schema);
            fields.push(Field {
                wire: wire.clone(),
                rust_name,
                ty,
                required: object.required.contains(wire),
                nullable: facts.nullable,
                boxed: false,
                description: facts.description,
                deprecated: facts.deprecated,
                default: facts.default,
                constraints: facts.constraints,
            });
        }
        Ok(fields)
    }

    /// `allOf`: the members' properties side by side in one struct.
    pub(super) fn merge(
        &mut self,
        owner: &str,
        members: &[ReferenceOr<Schema>],
        pointer: &Pointer,
    ) -> Result<Vec<Field>> {
        let mut fields: Vec<Field> = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let at = pointer.push("allOf").push(i);
            let member_fields = match member {
                ReferenceOr::Reference { reference } => {
                    let (component, _) = self.resolve(reference, &at)?;
                    let rust = self.ensure_component(&component, &at)?;
                    // The member's fields are copied, so only this records
                    // that the owner needs it (for placing types, see
                    // `lower::webhooks`).
                    let members = self.all_of_members.entry(owner.to_owned());
                    members.or_default().insert(rust.clone());
                    match self.defs.get(&rust).map(|d| &d.kind) {
                        Some(TypeKind::Struct(f)) => f.clone(),
                        _ => {
                            return Err(Error::unsupported(
                                &at,
                                "an `allOf` member that is not an object",
                            ));
                        }
                    }
                }
                ReferenceOr::Item(schema) => {
                    check_schema_data(&schema.schema_data, &at)?;
                    let object = match &schema.schema_kind {
                        SchemaKind::Type(Type::Object(o)) => o.clone(),
                        SchemaKind::Any(any) if is_plain_object(any) => object_keywords(any),
                        _ => {
                            return Err(Error::unsupported(
                                &at,
                                "an `allOf` member that is not an object",
                            ));
                        }
                    };
                    self.fields(owner, &object, &at)?
                }
            };
            for field in member_fields {
                if fields.iter().any(|f| f.rust_name == field.rust_name) {
                    let what = format!(
                        "property {:?} appears in more than one `allOf` member",
                        field.wire
                    );
                    return Err(Error::invalid(&at, what));
                }
                fields.push(field);
            }
        }
        Ok(fields)
    }

    /// `allOf` with object keywords beside it: the members' fields, then
    /// those of the siblings, which no member may already have.
    pub(super) fn merge_with_siblings(
        &mut self,
        owner: &str,
        any: &AnySchema,
        pointer: &Pointer,
    ) -> Result<Vec<Field>> {
        let mut fields = self.merge(owner, &any.all_of, pointer)?;
        for field in self.fields(owner, &object_keywords(any), pointer)? {
            if fields.iter().any(|f| f.rust_name == field.rust_name) {
                let what = format!("property {:?} is both in `allOf` and beside it", field.wire);
                return Err(Error::invalid(&pointer.push("properties"), what));
            }
            fields.push(field);
        }
        Ok(fields)
    }
}

/// `allOf` with object keywords beside it (`properties`, `required`, an
/// optional `type: object`), and nothing else.
pub(super) fn all_of_with_siblings(any: &AnySchema) -> bool {
    let expected = AnySchema {
        typ: any.typ.clone(),
        properties: any.properties.clone(),
        required: any.required.clone(),
        all_of: any.all_of.clone(),
        ..AnySchema::default()
    };
    *any == expected
        && !any.all_of.is_empty()
        && matches!(any.typ.as_deref(), None | Some("object"))
}

/// An untyped schema that only has object keywords (the `type` was left out).
pub(super) fn is_plain_object(any: &AnySchema) -> bool {
    let object_only = AnySchema {
        typ: any.typ.clone(),
        properties: any.properties.clone(),
        required: any.required.clone(),
        additional_properties: any.additional_properties.clone(),
        ..AnySchema::default()
    };
    *any == object_only
        && matches!(any.typ.as_deref(), None | Some("object"))
        && (!any.properties.is_empty() || any.additional_properties.is_some())
}

/// The object keywords of a schema `openapiv3` left untyped (no `type`, or
/// `allOf` beside them), as the object type they describe.
pub(super) fn object_keywords(any: &AnySchema) -> ObjectType {
    ObjectType {
        properties: any.properties.clone(),
        required: any.required.clone(),
        additional_properties: any.additional_properties.clone(),
        ..ObjectType::default()
    }
}
