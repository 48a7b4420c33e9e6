//! Emitters: read the model, write Rust. Each file is built from small
//! `quote!` pieces, parsed with syn and printed with prettyplease.

mod checks;
mod docs;
mod events;
mod operation_docs;
mod operations;
mod sending;
mod types;

use crate::Options;
use crate::error::{Error, ErrorKind, Result};
use crate::load::SpecFile;
use crate::model::{Api, COMMON_GROUP, TypeRef};
use crate::pointer::Pointer;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// One generated source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the crate's `src/generated/` folder, e.g. `users/types.rs`.
    pub path: String,
    pub contents: String,
}

/// Emits every file of the client's generated code: per group a folder with
/// `types.rs`, `operations.rs` and `events.rs` (each only when the group has
/// some), and `mod.rs`, which declares them behind the group's Cargo feature
/// (and `events` behind `webhooks` too).
pub fn emit(api: &Api, files: &[SpecFile<'_>], options: Options) -> Result<Vec<GeneratedFile>> {
    let checked = checks::checked_types(api);
    let mut out = Vec::new();
    let mut modules = Vec::new();
    for (group, file) in api.groups.iter().zip(files) {
        let parts = [
            (
                "operations",
                operations::operations_module(api, group, &checked),
            ),
            ("types", types::types_module(api, group, &checked)),
            ("events", events::events_module(api, group)),
        ];
        let mut present = Vec::new();
        for (part, tokens) in parts {
            if let Some(tokens) = tokens {
                let path = format!("{group}/{part}.rs");
                let contents = format_file(tokens, file.name, &path)?;
                out.push(GeneratedFile { path, contents });
                present.push(part);
            }
        }
        modules.push((group.as_str(), present));
    }
    let names: Vec<&str> = files.iter().map(|f| f.name).collect();
    let root = root_module(api, &modules, options);
    let contents = format_file(root, &names.join(", "), "mod.rs")?;
    out.push(GeneratedFile {
        path: "mod.rs".to_owned(),
        contents,
    });
    Ok(out)
}

/// ```text
/// pub mod common { pub mod types; #[cfg(feature = "webhooks")] pub mod events; }
/// #[cfg(feature = "users")]
/// pub mod users { pub mod operations; pub mod types; #[cfg(feature = "webhooks")] pub mod events; }
/// pub const DEFAULT_BASE_URL: &str = "https://api.zoom.us/v2";
/// pub mod types { pub use super::common::types::*; #[cfg(feature = "users")] pub use super::users::types::*; }
/// pub mod operations { #[cfg(feature = "users")] pub use super::users::operations::*; }
/// #[cfg(feature = "webhooks")]
/// pub mod events { pub use super::common::events::*; #[cfg(feature = "users")] pub use super::users::events as users; }
/// ```
fn root_module(api: &Api, modules: &[(&str, Vec<&str>)], options: Options) -> TokenStream {
    let gate = |group: &str| {
        (options.feature_gates && group != COMMON_GROUP).then(|| quote!(#[cfg(feature = #group)]))
    };
    // Event code is compiled only for those who receive webhooks.
    let webhooks = options
        .feature_gates
        .then(|| quote!(#[cfg(feature = "webhooks")]));
    let declarations =
        modules
            .iter()
            .filter(|(_, parts)| !parts.is_empty())
            .map(|(group, parts)| {
                let cfg = gate(group);
                let name = format_ident!("{}", group);
                let parts = parts.iter().map(|p| {
                    let part_cfg = (*p == "events").then(|| webhooks.clone());
                    let p = format_ident!("{}", p);
                    quote!(#part_cfg pub mod #p;)
                });
                quote! { #cfg pub mod #name { #(#parts)* } }
            });
    let holding = |part: &'static str| {
        modules
            .iter()
            .filter(move |(_, parts)| parts.contains(&part))
            .map(|(group, _)| (*group, gate(group), format_ident!("{}", group)))
    };
    let views = |part: &'static str| {
        let part_ident = format_ident!("{}", part);
        let uses = holding(part)
            .map(|(_, cfg, name)| quote! { #cfg pub use super::#name::#part_ident::*; });
        quote!(#(#uses)*)
    };
    let types = views("types");
    let operations = views("operations");
    let events = events_view(holding("events").collect(), webhooks.clone());
    let base_url = api.base_url.as_deref().unwrap_or("");
    quote! {
        #![doc = " Generated code: a module per group of the spec, each behind its Cargo feature."]
        #(#declarations)*

        /// The server URL the spec names, used unless the builder is given another.
        pub const DEFAULT_BASE_URL: &str = #base_url;

        /// Request and response types of the enabled groups, and the shared ones.
        pub mod types {
            #types
        }

        /// Operations of the enabled groups: a method on `Client` and a request builder each.
        pub mod operations {
            #operations
        }

        #events
    }
}

/// The `events` view: the shared event types, and each group's events
/// module under the group's name (each group has its own `Event`).
fn events_view(
    holding: Vec<(&str, Option<TokenStream>, proc_macro2::Ident)>,
    webhooks: Option<TokenStream>,
) -> TokenStream {
    // Present even without events, so `zoom_api::events` always exists.
    let uses = holding.iter().map(|(group, cfg, name)| {
        if *group == COMMON_GROUP {
            quote! { pub use super::#name::events::*; }
        } else {
            quote! { #cfg pub use super::#name::events as #name; }
        }
    });
    quote! {
        /// Webhook events of the enabled groups: `events::<group>::Event` for
        /// each, with the types of their bodies.
        #webhooks
        pub mod events {
            #(#uses)*
        }
    }
}

fn format_file(tokens: TokenStream, spec_name: &str, path: &str) -> Result<String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| {
        Error::new(
            &Pointer::root(),
            ErrorKind::Internal(format!("{path} does not parse: {e}")),
        )
    })?;
    let header = format!(
        "// @generated from {spec_name} by `cargo xtask codegen`. Do not edit by hand:\n\
         // change the spec or the generator, then run `cargo xtask codegen`.\n\n"
    );
    Ok(header + &spaced(&prettyplease::unparse(&file)))
}

/// prettyplease packs items together; a blank line between items (top-level,
/// and methods in an impl) makes the generated files readable.
fn spaced(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut previous = "";
    for line in code.lines() {
        let indent = line.len() - line.trim_start().len();
        let text = line.trim_start();
        let prev_indent = previous.len() - previous.trim_start().len();
        let prev = previous.trim_start();
        let starts_item = [
            "///", "#[", "pub ", "fn ", "impl", "crate::", "static ", "const ",
        ]
        .iter()
        .any(|p| text.starts_with(p));
        let ended_item = prev == "}"
            || prev == ");"
            || (indent == 0 && prev.ends_with(';') && !prev.starts_with("use "));
        if starts_item && ended_item && indent == prev_indent {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = line;
    }
    out
}

/// The Rust type for a model type; `qualified` prefixes named types with `types::`.
pub(crate) fn rust_type(ty: &TypeRef, qualified: bool) -> TokenStream {
    match ty {
        TypeRef::Named(name) => {
            let name = format_ident!("{}", name);
            if qualified {
                quote!(types::#name)
            } else {
                quote!(#name)
            }
        }
        TypeRef::String => quote!(String),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F64 => quote!(f64),
        TypeRef::Bool => quote!(bool),
        TypeRef::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        TypeRef::WallTime => quote!(crate::ZoomDateTime),
        TypeRef::Date => quote!(chrono::NaiveDate),
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::FreeForm => quote!(serde_json::Map<String, serde_json::Value>),
        TypeRef::Map(value) => {
            let value = rust_type(value, qualified);
            quote!(std::collections::BTreeMap<String, #value>)
        }
        TypeRef::Array(item) => {
            let item = rust_type(item, qualified);
            quote!(Vec<#item>)
        }
    }
}
