//! Facts: what a property or parameter schema says about its value besides
//! its type (nullability, docs, default), and its validation keywords.

use super::{COMPONENTS, SchemaRef, Types};
use crate::model::Constraints;
use openapiv3::{ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};

/// What a property or parameter schema says about its value, besides its type.
#[derive(Debug, Default)]
pub(in crate::lower) struct Facts {
    pub nullable: bool,
    pub description: Option<String>,
    pub deprecated: bool,
    pub default: Option<serde_json::Value>,
    pub constraints: Constraints,
}

impl Types<'_> {
    /// Validation keywords and docs of a property or parameter schema (none for a `$ref`).
    pub(in crate::lower) fn facts(&self, schema: SchemaRef<'_>) -> Facts {
        match schema {
            SchemaRef::Inline(s) => Facts {
                nullable: s.schema_data.nullable,
                description: s.schema_data.description.clone(),
                deprecated: s.schema_data.deprecated,
                default: s.schema_data.default.clone(),
                constraints: constraints(s),
            },
            // OpenAPI 3.0 ignores a `$ref`'s siblings, so what a property
            // says of itself comes from the target: its nullability, its
            // limits (a length-limited string component) and, failing
            // anything better, its description. A component's default and
            // deprecation describe the type, not each use, so they stay there.
            SchemaRef::Ref(reference) => {
                let target = reference
                    .strip_prefix(COMPONENTS)
                    .map(|name| name.replace("~1", "/").replace("~0", "~"))
                    .and_then(|name| self.component_schema(&name))
                    .and_then(|s| s.as_item());
                match target {
                    Some(s) => Facts {
                        nullable: s.schema_data.nullable,
                        description: s.schema_data.description.clone(),
                        constraints: constraints(s),
                        ..Facts::default()
                    },
                    None => Facts::default(),
                }
            }
        }
    }
}

/// The validation keywords of a schema, and those of its inline array items.
fn constraints(schema: &Schema) -> Constraints {
    let mut c = Constraints::default();
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            c.min_length = s.min_length.map(|v| v as u64);
            c.max_length = s.max_length.map(|v| v as u64);
            c.pattern = s.pattern.clone();
            c.format = match &s.format {
                VariantOrUnknownOrEmpty::Item(StringFormat::Password) => Some("password".into()),
                VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some("byte".into()),
                VariantOrUnknownOrEmpty::Unknown(f) => Some(f.clone()),
                _ => None,
            };
        }
        SchemaKind::Type(Type::Integer(i)) => {
            c.minimum = i.minimum.map(|v| v as f64);
            c.maximum = i.maximum.map(|v| v as f64);
            c.exclusive_minimum = i.exclusive_minimum;
            c.exclusive_maximum = i.exclusive_maximum;
        }
        SchemaKind::Type(Type::Number(n)) => {
            c.minimum = n.minimum;
            c.maximum = n.maximum;
            c.exclusive_minimum = n.exclusive_minimum;
            c.exclusive_maximum = n.exclusive_maximum;
        }
        SchemaKind::Type(Type::Array(a)) => {
            c.min_items = a.min_items.map(|v| v as u64);
            c.max_items = a.max_items.map(|v| v as u64);
            c.unique_items = a.unique_items;
            if let Some(ReferenceOr::Item(items)) = &a.items {
                let inner = constraints(items);
                if inner != Constraints::default() {
                    c.items = Some(Box::new(inner));
                }
            }
        }
        _ => {}
    }
    c
}
