//! Cycles between named types: a type that holds itself by value needs a
//! `Box` somewhere on the way round, and an alias cycle is an error.

use super::COMPONENTS;
use crate::error::{Error, ErrorKind, Result};
use crate::model::{TypeDef, TypeKind, TypeRef};
use std::collections::{BTreeMap, BTreeSet};

/// Marks struct fields and union branches that contain their own type
/// (directly or through other types) so they are emitted behind a `Box`;
/// a cycle made only of aliases can't be built at all and is an error.
pub(super) fn box_cycles(defs: &mut BTreeMap<String, TypeDef>) -> Result<()> {
    // By-value edges: a type holds another without a Vec or map in between.
    let edges: BTreeMap<String, Vec<String>> = defs
        .iter()
        .map(|(name, def)| {
            let targets = match &def.kind {
                TypeKind::Struct(fields) => fields.iter().filter_map(|f| direct(&f.ty)).collect(),
                TypeKind::OneOf(branches) => branches.iter().map(|b| b.ty.clone()).collect(),
                TypeKind::Alias(ty) => direct(ty).into_iter().collect(),
                TypeKind::Enum(_) => Vec::new(),
            };
            (name.clone(), targets)
        })
        .collect();
    let reaches = |from: &str, to: &str| -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(node) = stack.pop() {
            if node == to {
                return true;
            }
            if seen.insert(node.clone()) {
                stack.extend(edges.get(&node).into_iter().flatten().cloned());
            }
        }
        false
    };
    for (name, def) in defs.iter_mut() {
        match &mut def.kind {
            TypeKind::Struct(fields) => {
                for f in fields {
                    f.boxed = direct(&f.ty).is_some_and(|t| reaches(&t, name));
                }
            }
            TypeKind::OneOf(branches) => {
                for b in branches {
                    b.boxed = reaches(&b.ty, name);
                }
            }
            TypeKind::Alias(_) | TypeKind::Enum(_) => {}
        }
    }
    // `type A = B; type B = A;` has no struct to put a Box in.
    for (name, def) in defs.iter() {
        let mut seen = BTreeSet::from([name.clone()]);
        let mut current = def;
        while let TypeKind::Alias(TypeRef::Named(next)) = &current.kind {
            if !seen.insert(next.clone()) {
                return Err(Error::new(
                    &def.pointer,
                    ErrorKind::RefCycle(format!("{COMPONENTS}{name}")),
                ));
            }
            match defs.get(next) {
                Some(d) => current = d,
                None => break,
            }
        }
    }
    Ok(())
}

fn direct(ty: &TypeRef) -> Option<String> {
    match ty {
        TypeRef::Named(n) => Some(n.clone()),
        _ => None,
    }
}
