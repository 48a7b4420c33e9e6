//! Lowering schemas: `openapiv3` schemas become [`TypeRef`]s and named
//! [`TypeDef`]s. Components keep their (cased) names; inline objects and
//! enums are named after where they sit (`Parent` + `Property`).
//!
//! This module is the [`Types`] collector: it names the components, follows
//! `$ref`s and decides which schema gets a definition of its own. Each kind
//! of schema is lowered in a module of its own below.

mod cycles;
mod enums;
mod facts;
mod objects;
mod unions;
mod unnamed;

use crate::error::{Error, ErrorKind, Result};
use crate::model::*;
use crate::naming::{self, Case, Scope};
use crate::pointer::Pointer;
use cycles::box_cycles;
use enums::{enum_def, enum_values};
use objects::{all_of_with_siblings, is_plain_object, object_keywords};
use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaData, SchemaKind, Type};
use std::collections::{BTreeMap, BTreeSet};

/// Deeper inline nesting than this is refused rather than recursed into.
const MAX_DEPTH: usize = 64;
const COMPONENTS: &str = "#/components/schemas/";

/// A schema or a `$ref` to one, whichever box `openapiv3` put it in.
#[derive(Clone, Copy)]
pub(super) enum SchemaRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
}

/// Collects every named type while schemas are lowered.
pub(super) struct Types<'a> {
    spec: &'a OpenAPI,
    scope: Scope,
    /// Component name -> Rust type name.
    components: BTreeMap<String, String>,
    defs: BTreeMap<String, TypeDef>,
    /// Components being lowered right now, to catch allOf/oneOf cycles.
    in_progress: BTreeSet<String>,
    /// Components that failed, with their error: met again, they fail the
    /// same way (the repeat is dropped when errors are collected).
    failed: BTreeMap<String, Error>,
    /// Owner -> the components its `allOf` copied fields from.
    all_of_members: BTreeMap<String, BTreeSet<String>>,
    depth: usize,
}

impl<'a> Types<'a> {
    /// Names every component first, so `$ref`s resolve in any order; the
    /// names that cannot be claimed are returned as errors.
    pub(super) fn new(spec: &'a OpenAPI) -> (Self, Vec<Error>) {
        let mut types = Types {
            spec,
            scope: Scope::new(Case::Pascal).reserve(naming::reserved::TYPE_NAMES),
            components: BTreeMap::new(),
            defs: BTreeMap::new(),
            in_progress: BTreeSet::new(),
            failed: BTreeMap::new(),
            all_of_members: BTreeMap::new(),
            depth: 0,
        };
        let mut errors = Vec::new();
        if let Some(components) = &spec.components {
            for name in components.schemas.keys() {
                let pointer = component_pointer(name);
                match types.scope.claim(name, &pointer) {
                    Ok(rust) => {
                        types.components.insert(name.clone(), rust);
                    }
                    Err(error) => {
                        // A clash still resolves `$ref`s to the name, so the
                        // clash is reported once, not once per use.
                        if let ErrorKind::NameCollision { ident, .. } = &error.kind {
                            types.components.insert(name.clone(), ident.clone());
                        }
                        errors.push(error);
                    }
                }
            }
        }
        (types, errors)
    }

    /// Lowers every component (in name order, so inline names are stable),
    /// each on its own: one that fails does not stop the others.
    pub(super) fn lower_components(&mut self) -> Vec<Error> {
        let names: Vec<String> = self.components.keys().cloned().collect();
        names
            .iter()
            .filter_map(|name| self.ensure_component(name, &component_pointer(name)).err())
            .collect()
    }

    /// Which types each type needs beyond the names it holds: the
    /// components its `allOf` copied fields from.
    pub(super) fn all_of_members(&self) -> &BTreeMap<String, BTreeSet<String>> {
        &self.all_of_members
    }

    /// The Rust names of the components.
    pub(super) fn component_types(&self) -> BTreeSet<String> {
        self.components.values().cloned().collect()
    }

    /// Finishes: marks self-containing fields as boxed and returns the types.
    pub(super) fn finish(mut self) -> Result<BTreeMap<String, TypeDef>> {
        self.settle_branch_kinds()?;
        box_cycles(&mut self.defs)?;
        Ok(self.defs)
    }

    /// The Rust type of a schema or `$ref`; `hint` names an inline type if one is needed.
    pub(super) fn lower(
        &mut self,
        schema: SchemaRef<'_>,
        pointer: &Pointer,
        hint: &str,
    ) -> Result<TypeRef> {
        match schema {
            SchemaRef::Ref(reference) => Ok(TypeRef::Named(self.resolve(reference, pointer)?.1)),
            SchemaRef::Inline(s) => {
                self.depth += 1;
                let result = if self.depth > MAX_DEPTH {
                    Err(Error::unsupported(
                        pointer,
                        format!("schemas nested deeper than {MAX_DEPTH} levels"),
                    ))
                } else {
                    self.lower_inline(s, pointer, hint)
                };
                self.depth -= 1;
                result
            }
        }
    }

    /// What a named type is once aliases are followed (`None` for an
    /// unknown name or an alias cycle).
    fn resolved(&self, name: &str) -> Option<&TypeKind> {
        let mut seen = BTreeSet::new();
        let mut current = name;
        while seen.insert(current) {
            match self.defs.get(current).map(|d| &d.kind) {
                Some(TypeKind::Alias(TypeRef::Named(next))) => current = next,
                other => return other,
            }
        }
        None
    }

    /// The fields of a named struct (following aliases).
    pub(super) fn struct_fields(&self, name: &str) -> Option<&[Field]> {
        match self.resolved(name) {
            Some(TypeKind::Struct(fields)) => Some(fields),
            _ => None,
        }
    }

    /// Whether a named type is an enum (following aliases).
    pub(super) fn is_enum(&self, name: &str) -> bool {
        matches!(self.resolved(name), Some(TypeKind::Enum(_)))
    }

    /// Follows a `$ref` to a component: (component name, Rust name).
    fn resolve(&self, reference: &str, pointer: &Pointer) -> Result<(String, String)> {
        let dangling = || Error::dangling(pointer, reference);
        let name = reference.strip_prefix(COMPONENTS).ok_or_else(dangling)?;
        // The component name is one pointer token, so unescape it.
        let name = name.replace("~1", "/").replace("~0", "~");
        let rust = self.components.get(&name).ok_or_else(dangling)?;
        Ok((name, rust.clone()))
    }

    fn component_schema(&self, name: &str) -> Option<&'a ReferenceOr<Schema>> {
        self.spec.components.as_ref()?.schemas.get(name)
    }

    /// Lowers a component once; a component met again while being lowered is a cycle.
    fn ensure_component(&mut self, name: &str, at: &Pointer) -> Result<String> {
        let rust = self
            .components
            .get(name)
            .cloned()
            .ok_or_else(|| Error::dangling(at, &format!("{COMPONENTS}{name}")))?;
        if self.defs.contains_key(&rust) {
            return Ok(rust);
        }
        if let Some(error) = self.failed.get(&rust) {
            return Err(error.clone());
        }
        if !self.in_progress.insert(rust.clone()) {
            return Err(Error::new(
                at,
                ErrorKind::RefCycle(format!("{COMPONENTS}{name}")),
            ));
        }
        let result = self.define_component(name, &rust, at);
        self.in_progress.remove(&rust);
        match result {
            Ok(def) => {
                self.defs.insert(rust.clone(), def);
                Ok(rust)
            }
            Err(error) => {
                self.failed.insert(rust, error.clone());
                Err(error)
            }
        }
    }

    fn define_component(&mut self, name: &str, rust: &str, at: &Pointer) -> Result<TypeDef> {
        let pointer = component_pointer(name);
        let schema = self
            .component_schema(name)
            .ok_or_else(|| Error::invalid(at, "missing component"))?;
        Ok(match schema {
            ReferenceOr::Reference { reference } => {
                let (_, target) = self.resolve(reference, &pointer)?;
                TypeDef {
                    name: rust.to_owned(),
                    group: String::new(),
                    description: None,
                    deprecated: false,
                    kind: TypeKind::Alias(TypeRef::Named(target)),
                    pointer: pointer.clone(),
                }
            }
            ReferenceOr::Item(schema) => self.define(rust.to_owned(), schema, &pointer)?,
        })
    }

    /// The definition a named type gets from its schema.
    fn define(&mut self, name: String, schema: &Schema, pointer: &Pointer) -> Result<TypeDef> {
        check_schema_data(&schema.schema_data, pointer)?;
        let kind = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) if !object.properties.is_empty() => {
                TypeKind::Struct(self.fields(&name, object, pointer)?)
            }
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                let values = enum_values(&s.enumeration, schema, pointer, |v| {
                    EnumValue::String(v.clone())
                })?;
                TypeKind::Enum(enum_def(EnumRepr::String, values, schema, pointer)?)
            }
            SchemaKind::Type(Type::Integer(i)) if !i.enumeration.is_empty() => {
                let values =
                    enum_values(&i.enumeration, schema, pointer, |v| EnumValue::Integer(*v))?;
                TypeKind::Enum(enum_def(EnumRepr::Integer, values, schema, pointer)?)
            }
            SchemaKind::OneOf { one_of } => {
                TypeKind::OneOf(self.branches(&name, "oneOf", one_of, pointer)?)
            }
            // Branches whose properties are all optional overlap, so a value
            // can match several: `anyOf` says that honestly. The client still
            // decodes into the one branch that fits best.
            SchemaKind::AnyOf { any_of } => {
                TypeKind::OneOf(self.branches(&name, "anyOf", any_of, pointer)?)
            }
            SchemaKind::AllOf { all_of } => TypeKind::Struct(self.merge(&name, all_of, pointer)?),
            // `allOf` beside object keywords: the siblings are one more member.
            SchemaKind::Any(any) if all_of_with_siblings(any) => {
                TypeKind::Struct(self.merge_with_siblings(&name, any, pointer)?)
            }
            SchemaKind::Any(any) if is_plain_object(any) && !any.properties.is_empty() => {
                TypeKind::Struct(self.fields(&name, &object_keywords(any), pointer)?)
            }
            _ => TypeKind::Alias(self.lower_unnamed(schema, pointer, &name)?),
        };
        Ok(TypeDef {
            name,
            group: String::new(),
            description: schema.schema_data.description.clone(),
            deprecated: schema.schema_data.deprecated,
            kind,
            pointer: pointer.clone(),
        })
    }

    fn lower_inline(&mut self, schema: &Schema, pointer: &Pointer, hint: &str) -> Result<TypeRef> {
        if needs_name(schema) {
            let name = self.scope.claim(hint, pointer)?;
            let def = self.define(name.clone(), schema, pointer)?;
            self.defs.insert(name.clone(), def);
            Ok(TypeRef::Named(name))
        } else {
            check_schema_data(&schema.schema_data, pointer)?;
            self.lower_unnamed(schema, pointer, hint)
        }
    }
}

fn component_pointer(name: &str) -> Pointer {
    Pointer::root()
        .push("components")
        .push("schemas")
        .push(name)
}

fn pascal(raw: &str, at: &Pointer) -> Result<String> {
    naming::ident(raw, Case::Pascal).map_err(|m| Error::new(at, ErrorKind::BadName(m)))
}

/// Objects with properties, enums and unions become named types.
fn needs_name(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Any(any) if all_of_with_siblings(any) => true,
        SchemaKind::Type(Type::Object(o)) => !o.properties.is_empty(),
        SchemaKind::Type(Type::String(s)) => !s.enumeration.is_empty(),
        SchemaKind::Type(Type::Integer(i)) => !i.enumeration.is_empty(),
        SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::AllOf { .. } => true,
        SchemaKind::Any(any) => is_plain_object(any) && !any.properties.is_empty(),
        _ => false,
    }
}

/// Keywords the generator would otherwise drop without a trace.
fn check_schema_data(data: &SchemaData, pointer: &Pointer) -> Result<()> {
    if data.discriminator.is_some() {
        return Err(Error::unsupported(
            &pointer.push("discriminator"),
            "`discriminator`",
        ));
    }
    if data.read_only || data.write_only {
        let keyword = if data.read_only {
            "readOnly"
        } else {
            "writeOnly"
        };
        return Err(Error::unsupported(
            &pointer.push(keyword),
            "`readOnly`/`writeOnly`",
        ));
    }
    Ok(())
}
