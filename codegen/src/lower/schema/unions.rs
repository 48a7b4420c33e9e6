//! Unions: `oneOf` and `anyOf` branches, the property names and kinds of
//! value that tell them apart, and the names of their variants.

use super::{COMPONENTS, Types, pascal};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Branch, EnumRepr, JsonKind, TypeDef, TypeKind, TypeRef};
use crate::naming::{Case, Scope, reserved};
use crate::pointer::Pointer;
use openapiv3::{ReferenceOr, Schema};
use std::collections::{BTreeMap, BTreeSet};

impl Types<'_> {
    /// `oneOf` (or `anyOf`, lowered the same way): each branch a `$ref` to an
    /// object, told apart by property names.
    pub(super) fn branches(
        &mut self,
        owner: &str,
        keyword: &str,
        members: &[ReferenceOr<Schema>],
        pointer: &Pointer,
    ) -> Result<Vec<Branch>> {
        if members.is_empty() {
            return Err(Error::invalid(
                &pointer.push(keyword),
                format!("`{keyword}` without branches"),
            ));
        }
        let mut scope = Scope::new(Case::Pascal).reserve(reserved::UNION_VARIANTS);
        let mut branches: Vec<Branch> = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let at = pointer.push(keyword).push(i);
            let ty = match member {
                ReferenceOr::Reference { reference } => {
                    let (component, _) = self.resolve(reference, &at)?;
                    self.ensure_component(&component, &at)?
                }
                ReferenceOr::Item(schema) => self.inline_branch(owner, i, schema, &at)?,
            };
            let keys = self.keys(&ty, &at)?;
            if keys.is_empty() {
                return Err(Error::unsupported(
                    &at,
                    format!("a `{keyword}` branch without properties"),
                ));
            }
            let rust_name = scope.claim_exact(variant_name(owner, &ty), &at)?;
            branches.push(Branch {
                rust_name,
                ty,
                keys,
                boxed: false,
                pointer: at,
            });
        }
        Ok(branches)
    }

    /// Names and defines an inline union branch: the union's name and the
    /// branch's `title` (`Setting` + `By time` is `SettingByTime`), or,
    /// without a title, its position (`SettingOption2` for the second).
    fn inline_branch(
        &mut self,
        owner: &str,
        index: usize,
        schema: &Schema,
        at: &Pointer,
    ) -> Result<String> {
        let suffix = match &schema.schema_data.title {
            Some(title) => pascal(title, &at.push("title"))?,
            None => format!("Option{}", index + 1),
        };
        match self.lower_inline(schema, at, &format!("{owner}{suffix}"))? {
            TypeRef::Named(name) => Ok(name),
            _ => Err(Error::unsupported(
                at,
                "a union branch that is not an object",
            )),
        }
    }

    /// Property names (sorted) that identify a branch type, with the JSON
    /// kind of each value.
    fn keys(&self, ty: &str, at: &Pointer) -> Result<Vec<(String, JsonKind)>> {
        let mut keys: BTreeMap<String, JsonKind> = BTreeMap::new();
        match self.defs.get(ty).map(|d| &d.kind) {
            Some(TypeKind::Struct(fields)) => {
                keys.extend(
                    fields
                        .iter()
                        .map(|f| (f.wire.clone(), self.json_kind(&f.ty))),
                );
            }
            Some(TypeKind::OneOf(branches)) => {
                for (key, kind) in branches.iter().flat_map(|b| b.keys.iter()) {
                    // A key whose kind differs between nested branches tells nothing by kind.
                    let merged = match keys.get(key) {
                        Some(seen) if seen != kind => JsonKind::Any,
                        _ => *kind,
                    };
                    keys.insert(key.clone(), merged);
                }
            }
            Some(TypeKind::Alias(TypeRef::Named(target))) => {
                // Aliases that only lead to each other are reported by `finish`;
                // following them here would never end.
                if self.alias_loops(ty) {
                    return Err(Error::new(
                        at,
                        ErrorKind::RefCycle(format!("{COMPONENTS}{ty}")),
                    ));
                }
                return self.keys(target, at);
            }
            _ => {
                return Err(Error::unsupported(
                    at,
                    "a `oneOf` branch that is not an object",
                ));
            }
        }
        Ok(keys.into_iter().collect())
    }

    /// Branch keys were collected while types were still being lowered, so a
    /// key naming a type not lowered yet got kind `Any`; with every type known,
    /// recompute until nested unions agree.
    pub(super) fn settle_branch_kinds(&mut self) -> Result<()> {
        let unions: Vec<String> = self
            .defs
            .iter()
            .filter(|(_, d)| matches!(d.kind, TypeKind::OneOf(_)))
            .map(|(n, _)| n.clone())
            .collect();
        for _ in 0..=unions.len() {
            let mut changed = false;
            for name in &unions {
                let Some(TypeDef {
                    kind: TypeKind::OneOf(branches),
                    pointer,
                    ..
                }) = self.defs.get(name)
                else {
                    continue;
                };
                let pointer = pointer.clone();
                let fresh: Vec<_> = branches
                    .iter()
                    .map(|b| self.keys(&b.ty, &pointer))
                    .collect::<Result<_>>()?;
                if let Some(TypeDef {
                    kind: TypeKind::OneOf(branches),
                    ..
                }) = self.defs.get_mut(name)
                {
                    for (branch, keys) in branches.iter_mut().zip(fresh) {
                        if branch.keys != keys {
                            branch.keys = keys;
                            changed = true;
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
        // With every kind known, each branch must be recognisable.
        for name in &unions {
            if let Some(TypeDef {
                kind: TypeKind::OneOf(branches),
                ..
            }) = self.defs.get(name)
            {
                for (i, branch) in branches.iter().enumerate() {
                    if let Some(twin) = branches[..i]
                        .iter()
                        .position(|b| indistinguishable(&b.keys, &branch.keys))
                    {
                        let what = format!(
                            "union branches {twin} and {i} have the same properties with the same kinds of value, \
                             so they cannot be told apart"
                        );
                        return Err(Error::invalid(&branch.pointer, what));
                    }
                }
            }
        }
        Ok(())
    }

    /// Whether following aliases from `name` comes back to an alias already passed.
    fn alias_loops(&self, name: &str) -> bool {
        let mut seen = BTreeSet::new();
        let mut current = name;
        while let Some(TypeKind::Alias(TypeRef::Named(next))) =
            self.defs.get(current).map(|d| &d.kind)
        {
            if !seen.insert(current) {
                return true;
            }
            current = next;
        }
        false
    }

    /// The kind of JSON value a type is written as.
    fn json_kind(&self, ty: &TypeRef) -> JsonKind {
        match ty {
            TypeRef::String | TypeRef::DateTime | TypeRef::WallTime | TypeRef::Date => {
                JsonKind::String
            }
            TypeRef::I32 | TypeRef::I64 | TypeRef::F64 => JsonKind::Number,
            TypeRef::Bool => JsonKind::Boolean,
            TypeRef::Array(_) => JsonKind::Array,
            TypeRef::FreeForm | TypeRef::Map(_) => JsonKind::Object,
            TypeRef::Any => JsonKind::Any,
            TypeRef::Named(name) => match self.defs.get(name).map(|d| &d.kind) {
                Some(TypeKind::Struct(_) | TypeKind::OneOf(_)) => JsonKind::Object,
                Some(TypeKind::Enum(e)) => match e.repr {
                    EnumRepr::String => JsonKind::String,
                    EnumRepr::Integer => JsonKind::Number,
                },
                // Aliases are resolved lazily; any kind is safe, only less telling.
                Some(TypeKind::Alias(_)) | None => JsonKind::Any,
            },
        }
    }
}

/// Two branches no object can tell apart: the same property names, and no
/// property whose kinds of value are both known and differ.
fn indistinguishable(a: &[(String, JsonKind)], b: &[(String, JsonKind)]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|((ka, va), (kb, vb))| {
            ka == kb && (va == vb || *va == JsonKind::Any || *vb == JsonKind::Any)
        })
}

/// A union variant named by the words of its type that are not already in
/// the union's name: `UserSettingsFullUpdate` in `UserSettingsUpdate` is `Full`.
fn variant_name(owner: &str, ty: &str) -> String {
    let owner_words = pascal_words(owner);
    let rest: String = pascal_words(ty)
        .into_iter()
        .filter(|w| !owner_words.contains(w))
        .collect();
    if rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit()) {
        ty.to_owned()
    } else {
        rest
    }
}

fn pascal_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices().skip(1) {
        if c.is_ascii_uppercase() {
            words.push(&name[start..i]);
            start = i;
        }
    }
    words.push(&name[start..]);
    words
}
