//! Emits `types.rs`: one Rust item per named type of the model.

use super::checks;
use super::docs::{code, constraint_notes, default_note, doc, prose};
use super::rust_type;
use crate::model::*;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;

/// The types of one group, in name order; `None` when it has none.
///
/// ```text
/// //! Request and response types of the `users` group.
/// use super::super::common::types::{ErrorBody, VirtualBackgroundFile};
/// pub struct User { .. }
/// ```
pub fn types_module(api: &Api, group: &str, checked: &BTreeSet<String>) -> Option<TokenStream> {
    // Types only webhook events use are in the group's `events.rs`.
    let defs: Vec<&TypeDef> = api
        .types
        .values()
        .filter(|d| d.group == group && !api.event_types.contains(&d.name))
        .collect();
    if defs.is_empty() {
        return None;
    }
    let imports = common_imports(api, group, &defs);
    let items = defs.iter().map(|def| {
        let item = type_def(def);
        let check = checks::check_impl(def, checked);
        quote!(#item #check)
    });
    let docs =
        format!(" Request and response types of the `{group}` group, generated from its schemas.");
    Some(quote! {
        #![doc = #docs]
        // Deprecated items are marked for their users; the generated code
        // itself still has to name them.
        #![allow(deprecated)]
        #imports
        #(#items)*
    })
}

/// `use` of the common group's types that this group's types name.
fn common_imports(api: &Api, group: &str, defs: &[&TypeDef]) -> TokenStream {
    if group == COMMON_GROUP {
        return quote!();
    }
    let mut used = BTreeSet::new();
    for def in defs {
        def.kind.each_named(&mut |name| {
            if api.types.get(name).is_some_and(|d| d.group == COMMON_GROUP) {
                used.insert(format_ident!("{}", name));
            }
        });
    }
    if used.is_empty() {
        return quote!();
    }
    let common = format_ident!("{}", COMMON_GROUP);
    quote!(use super::super::#common::types::{#(#used),*};)
}

pub(super) fn type_def(def: &TypeDef) -> TokenStream {
    let docs = type_docs(def);
    let docs = match def.deprecated {
        true => quote!(#docs #[deprecated = "Zoom marks this type deprecated."]),
        false => docs,
    };
    match &def.kind {
        TypeKind::Struct(fields) => struct_def(&def.name, docs, fields),
        TypeKind::Enum(e) => enum_def(&def.name, docs, e),
        TypeKind::OneOf(branches) => one_of_def(&def.name, docs, branches),
        TypeKind::Alias(ty) => {
            // pub type Name = Target;
            let name = format_ident!("{}", def.name);
            let ty = rust_type(ty, false);
            quote! { #docs pub type #name = #ty; }
        }
    }
}

fn type_docs(def: &TypeDef) -> TokenStream {
    let mut text = match (&def.description, &def.kind) {
        (Some(d), _) => prose(d),
        // A component that is only a `$ref` (OpenAPI 3.0 allows nothing
        // beside it) is another name for its target.
        (None, TypeKind::Alias(TypeRef::Named(target))) => {
            format!("Another name for [`{target}`].")
        }
        (None, _) => format!("The {} schema.", code(&def.name)),
    };
    if def.deprecated {
        text.push_str("\n\nDeprecated by Zoom.");
    }
    doc(&text)
}

/// ```text
/// #[derive(Debug, Clone, PartialEq, Default)]
/// pub struct User {
///     pub type_: UserType,
///     pub first_name: Option<String>,
/// }
/// crate::runtime::object_impls!(User {
///     "type" => type_ required,
///     "first_name" => first_name optional,
/// });
/// ```
///
/// `Serialize` and `Deserialize` come from the runtime's macro rather than
/// serde's derives: the same JSON in a fraction of the code to type-check
/// (see `runtime/object.rs`).
fn struct_def(name: &str, docs: TokenStream, fields: &[Field]) -> TokenStream {
    let ident = format_ident!("{}", name);
    // Only a type whose every field may be absent has a meaningful empty value.
    let all_optional = fields.iter().all(Field::optional);
    let default = all_optional.then(|| quote!(, Default));
    let constructor = (!all_optional).then(|| constructor(name, fields));
    let serde = object_impls(&ident, fields);
    let fields = fields.iter().map(field);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq #default)]
        pub struct #ident {
            #(#fields)*
        }
        #serde
        #constructor
    }
}

/// ```text
/// crate::runtime::object_impls!(User { "type" => type_ required });
/// ```
///
/// `optional`: may be absent, left out when `None`; `nullable`: an
/// `Option` Zoom requires, written as `null` when `None`; `required`.
fn object_impls(ident: &proc_macro2::Ident, fields: &[Field]) -> TokenStream {
    let entries = fields.iter().map(|f| {
        let wire = &f.wire;
        let name = format_ident!("{}", f.rust_name);
        let need = match (f.optional(), f.required) {
            (true, false) => quote!(optional),
            (true, true) => quote!(nullable),
            (false, _) => quote!(required),
        };
        quote!(#wire => #name #need)
    });
    quote! {
        crate::runtime::object_impls!(#ident { #(#entries),* });
    }
}

/// For a type with required fields, in place of `Default`:
///
/// ```text
/// impl AddRegistrant {
///     /// A value with the required fields set and every other one `None`.
///     pub fn new(email: impl Into<String>, first_name: impl Into<String>) -> Self {
///         Self { email: email.into(), first_name: first_name.into(), last_name: None }
///     }
/// }
/// ```
fn constructor(name: &str, fields: &[Field]) -> TokenStream {
    let ident = format_ident!("{}", name);
    let required: Vec<&Field> = fields.iter().filter(|f| !f.optional()).collect();
    let params = required.iter().map(|f| {
        let arg = format_ident!("{}", f.rust_name);
        match (&f.ty, f.boxed) {
            (TypeRef::String, false) => quote!(#arg: impl Into<String>),
            _ => {
                let mut ty = rust_type(&f.ty, false);
                if f.boxed {
                    ty = quote!(Box<#ty>);
                }
                quote!(#arg: #ty)
            }
        }
    });
    let inits = fields.iter().map(|f| {
        let arg = format_ident!("{}", f.rust_name);
        match (f.optional(), &f.ty, f.boxed) {
            (true, _, _) => quote!(#arg: None),
            (false, TypeRef::String, false) => quote!(#arg: #arg.into()),
            (false, _, _) => quote!(#arg),
        }
    });
    let docs = doc("A value with the required fields set and every other one `None`.");
    let many = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    quote! {
        impl #ident {
            #docs
            #many
            pub fn new(#(#params),*) -> Self {
                Self { #(#inits),* }
            }
        }
    }
}

fn field(f: &Field) -> TokenStream {
    let docs = doc(&field_docs(f));
    let name = format_ident!("{}", f.rust_name);
    let mut ty = rust_type(&f.ty, false);
    if f.boxed {
        ty = quote!(Box<#ty>);
    }
    // The wire name and whether `None` is left out are in `object_impls`.
    if f.optional() {
        ty = quote!(Option<#ty>);
    }
    let deprecated = f
        .deprecated
        .then(|| quote!(#[deprecated = "Zoom marks this field deprecated."]));
    quote! { #docs #deprecated pub #name: #ty, }
}

fn field_docs(f: &Field) -> String {
    let mut parts = vec![match &f.description {
        Some(d) => prose(d),
        None => format!("The {} field.", code(&f.wire)),
    }];
    let mut notes = constraint_notes(&f.constraints);
    if f.required && f.nullable {
        notes.push("Always present, but may be `null`.".to_owned());
    }
    if let Some(d) = &f.default {
        notes.push(default_note(d));
    }
    if f.deprecated {
        notes.push("Deprecated by Zoom.".to_owned());
    }
    if !notes.is_empty() {
        parts.push(notes.join(" "));
    }
    parts.join("\n\n")
}

/// ```text
/// #[derive(Debug, Clone, PartialEq, Eq, Hash)]
/// pub enum UserStatus { Active, Inactive, Pending, Unknown(String) }
/// impl UserStatus { pub fn as_str(&self) -> &str { .. } }
/// impl From<&str> for UserStatus { .. }
/// crate::runtime::string_enum_impls!(UserStatus);
/// ```
fn enum_def(name: &str, docs: TokenStream, e: &EnumDef) -> TokenStream {
    let ident = format_ident!("{}", name);
    let variants = e.variants.iter().map(|v| {
        let docs = doc(&variant_docs(v));
        let name = format_ident!("{}", v.rust_name);
        quote! { #docs #name, }
    });
    let names: Vec<_> = e
        .variants
        .iter()
        .map(|v| format_ident!("{}", v.rust_name))
        .collect();
    let values: Vec<_> = e.variants.iter().map(|v| value_literal(&v.value)).collect();
    let (copy, unknown, accessor, from, impls) = match e.repr {
        EnumRepr::String => (
            quote!(),
            quote!(String),
            quote! {
                /// The value as Zoom writes it.
                pub fn as_str(&self) -> &str {
                    match self { #(Self::#names => #values,)* Self::Unknown(value) => value }
                }
            },
            quote! {
                impl From<&str> for #ident {
                    fn from(value: &str) -> Self {
                        match value { #(#values => Self::#names,)* other => Self::Unknown(other.to_owned()) }
                    }
                }
            },
            quote!(crate::runtime::string_enum_impls!(#ident);),
        ),
        EnumRepr::Integer => (
            quote!(Copy,),
            quote!(i64),
            quote! {
                /// The value as Zoom writes it.
                pub fn value(&self) -> i64 {
                    match self { #(Self::#names => #values,)* Self::Unknown(value) => *value }
                }
            },
            quote! {
                impl From<i64> for #ident {
                    fn from(value: i64) -> Self {
                        match value { #(#values => Self::#names,)* other => Self::Unknown(other) }
                    }
                }
            },
            quote!(crate::runtime::int_enum_impls!(#ident);),
        ),
    };
    quote! {
        #docs
        #[derive(Debug, Clone, #copy PartialEq, Eq, Hash)]
        pub enum #ident {
            #(#variants)*
            /// A value this client does not know yet, kept as received and sent back unchanged.
            Unknown(#unknown),
        }
        impl #ident { #accessor }
        #from
        #impls
    }
}

fn variant_docs(v: &Variant) -> String {
    let wire = match &v.value {
        EnumValue::String(s) => code(s),
        EnumValue::Integer(n) => code(&n.to_string()),
    };
    match &v.description {
        Some(d) => format!("{wire}: {}", prose(d)),
        None => format!("{wire}."),
    }
}

fn value_literal(value: &EnumValue) -> TokenStream {
    match value {
        EnumValue::String(s) => quote!(#s),
        EnumValue::Integer(n) if *n < 0 => {
            let abs = Literal::u64_unsuffixed(n.unsigned_abs());
            quote!(-#abs)
        }
        EnumValue::Integer(n) => {
            let n = Literal::i64_unsuffixed(*n);
            quote!(#n)
        }
    }
}

/// ```text
/// #[derive(Debug, Clone, PartialEq, serde::Serialize)]
/// #[serde(untagged)]
/// pub enum UserSettings { Full(Full), Security(Security), Other(serde_json::Value) }
/// impl<'de> serde::Deserialize<'de> for UserSettings { /* pick the branch by keys */ }
/// ```
fn one_of_def(name: &str, docs: TokenStream, branches: &[Branch]) -> TokenStream {
    let ident = format_ident!("{}", name);
    let variants = branches.iter().map(|b| {
        let text = format!("The [`{}`] shape.", b.ty);
        let docs = doc(&text);
        let name = format_ident!("{}", b.rust_name);
        let ty = format_ident!("{}", b.ty);
        let ty = if b.boxed {
            quote!(Box<#ty>)
        } else {
            quote!(#ty)
        };
        quote! { #docs #name(#ty), }
    });
    let keys = branches.iter().map(|b| {
        let keys = b.keys.iter().map(|(key, kind)| {
            let kind = format_ident!("{}", kind.variant());
            quote!((#key, K::#kind))
        });
        quote!(&[#(#keys),*])
    });
    // impl From<UserSettingsFull> for UserSettings { .. }
    let froms = branches.iter().map(|b| {
        let name = format_ident!("{}", b.rust_name);
        let ty = format_ident!("{}", b.ty);
        let value = if b.boxed {
            quote!(Box::new(value))
        } else {
            quote!(value)
        };
        quote! {
            impl From<#ty> for #ident {
                fn from(value: #ty) -> Self { Self::#name(#value) }
            }
        }
    });
    let arms = branches.iter().enumerate().map(|(i, b)| {
        let name = format_ident!("{}", b.rust_name);
        let i = Literal::usize_unsuffixed(i);
        if b.boxed {
            quote!(Some(#i) => serde_json::from_value(value).map(|v| Self::#name(Box::new(v))),)
        } else {
            quote!(Some(#i) => serde_json::from_value(value).map(Self::#name),)
        }
    });
    quote! {
        #docs
        ///
        /// Zoom does not tag which shape it sends; the client picks the variant
        /// whose properties best match the keys of the JSON object (a key whose
        /// value has the wrong JSON kind rules a variant out).
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        #[serde(untagged)]
        #[allow(clippy::large_enum_variant)] // built once per call; boxing would only make matching clumsier
        pub enum #ident {
            #(#variants)*
            /// A shape this client does not recognise, kept as received.
            Other(serde_json::Value),
        }
        impl<'de> serde::Deserialize<'de> for #ident {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use crate::runtime::JsonKind as K;
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                let parsed = match crate::runtime::pick_branch(&value, &[#(#keys),*]) {
                    #(#arms)*
                    _ => return Ok(Self::Other(value)),
                };
                parsed.map_err(serde::de::Error::custom)
            }
        }
        #(#froms)*
    }
}
