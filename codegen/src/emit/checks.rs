//! Request validation, emitted from the spec's constraints: `Check` impls
//! for the types and the per-operation checks of parameters and bodies. The
//! walking and the messages are the runtime's (`runtime::validate`).

use crate::model::*;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;

/// Named types that have something to check, directly or inside.
pub fn checked_types(api: &Api) -> BTreeSet<String> {
    let mut checked = BTreeSet::new();
    // A fixed point: a type is checked when a field has rules or holds a checked type.
    loop {
        let before = checked.len();
        for (name, def) in &api.types {
            let needs = match &def.kind {
                TypeKind::Struct(fields) => fields
                    .iter()
                    .any(|f| field_needs_check(&f.ty, &f.constraints, &checked)),
                TypeKind::OneOf(branches) => branches.iter().any(|b| checked.contains(&b.ty)),
                TypeKind::Alias(ty) => holds_checked(ty, &checked),
                TypeKind::Enum(_) => false,
            };
            if needs {
                checked.insert(name.clone());
            }
        }
        if checked.len() == before {
            return checked;
        }
    }
}

fn field_needs_check(ty: &TypeRef, constraints: &Constraints, checked: &BTreeSet<String>) -> bool {
    rules(constraints).is_some() || holds_checked(ty, checked)
}

/// Whether a value of this type contains a checked named type.
pub fn holds_checked(ty: &TypeRef, checked: &BTreeSet<String>) -> bool {
    match ty {
        TypeRef::Named(name) => checked.contains(name),
        TypeRef::Array(item) => holds_checked(item, checked),
        _ => false,
    }
}

/// `&crate::runtime::Rules { max_length: Some(64), ..crate::runtime::Rules::NONE }`,
/// or `None` when the constraints hold nothing the runtime checks (patterns
/// and `uniqueItems` are documented, not checked).
pub fn rules(c: &Constraints) -> Option<TokenStream> {
    let mut parts = Vec::new();
    let mut count = |name: &str, value: Option<u64>| {
        if let Some(v) = value {
            let name = format_ident!("{name}");
            let v = Literal::u64_unsuffixed(v);
            parts.push(quote!(#name: Some(#v)));
        }
    };
    count("min_length", c.min_length);
    count("max_length", c.max_length);
    count("min_items", c.min_items);
    count("max_items", c.max_items);
    for (name, value) in [("minimum", c.minimum), ("maximum", c.maximum)] {
        if let Some(v) = value {
            let name = format_ident!("{name}");
            let v = Literal::f64_unsuffixed(v);
            parts.push(quote!(#name: Some(#v)));
        }
    }
    if c.exclusive_minimum && c.minimum.is_some() {
        parts.push(quote!(exclusive_minimum: true));
    }
    if c.exclusive_maximum && c.maximum.is_some() {
        parts.push(quote!(exclusive_maximum: true));
    }
    if c.format.as_deref() == Some("email") {
        parts.push(quote!(email: true));
    }
    if let Some(items) = c.items.as_deref().and_then(rules) {
        parts.push(quote!(items: Some(#items)));
    }
    if parts.is_empty() {
        return None;
    }
    Some(quote!(&crate::runtime::Rules { #(#parts,)* ..crate::runtime::Rules::NONE }))
}

/// `v.field("first_name", &self.first_name, &Rules { .. });`
pub fn field_check(
    wire: &str,
    access: TokenStream,
    ty: &TypeRef,
    c: &Constraints,
    checked: &BTreeSet<String>,
) -> Option<TokenStream> {
    if !field_needs_check(ty, c, checked) {
        return None;
    }
    let rules = rules(c).unwrap_or_else(|| quote!(&crate::runtime::Rules::NONE));
    Some(quote!(v.field(#wire, &#access, #rules);))
}

/// ```text
/// impl crate::runtime::Check for CreateUserInfo {
///     fn check_inside(&self, v: &mut crate::runtime::Validator) {
///         v.field("first_name", &self.first_name, &crate::runtime::Rules { .. });
///     }
/// }
/// ```
pub fn check_impl(def: &TypeDef, checked: &BTreeSet<String>) -> TokenStream {
    let name = format_ident!("{}", def.name);
    if !checked.contains(&def.name) {
        // Still a `Check`, so containers of it can be checked.
        return match def.kind {
            TypeKind::Alias(_) => quote!(),
            _ => quote!(impl crate::runtime::Check for #name {}),
        };
    }
    let body =
        match &def.kind {
            TypeKind::Struct(fields) => {
                let checks = fields.iter().filter_map(|f| {
                    let ident = format_ident!("{}", f.rust_name);
                    field_check(&f.wire, quote!(self.#ident), &f.ty, &f.constraints, checked)
                });
                quote!(#(#checks)*)
            }
            TypeKind::OneOf(branches) => {
                let arms = branches.iter().filter(|b| checked.contains(&b.ty)).map(|b| {
                let variant = format_ident!("{}", b.rust_name);
                quote!(Self::#variant(inner) => crate::runtime::Check::check_inside(inner, v),)
            });
                quote!(match self { #(#arms)* _ => {} })
            }
            TypeKind::Alias(_) | TypeKind::Enum(_) => return quote!(),
        };
    quote! {
        impl crate::runtime::Check for #name {
            fn check_inside(&self, v: &mut crate::runtime::Validator) {
                #body
            }
        }
    }
}
