//! Emitters: read the model, write Rust. Each file is built from small
//! `quote!` pieces, parsed with syn and printed with prettyplease.

mod checks;
mod docs;
mod operations;
mod types;

use crate::error::{Error, ErrorKind, Result};
use crate::model::{Api, TypeRef};
use crate::pointer::Pointer;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// One generated source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the crate's `src/generated/` folder, e.g. `types.rs`.
    pub path: String,
    pub contents: String,
}

/// Emits every file of the client's generated code.
pub fn emit(api: &Api, spec_name: &str) -> Result<Vec<GeneratedFile>> {
    let files = [
        ("types.rs", types::types_module(api)),
        ("operations.rs", operations::operations_module(api)),
    ];
    files
        .into_iter()
        .map(|(path, tokens)| {
            Ok(GeneratedFile {
                path: path.to_owned(),
                contents: format_file(tokens, spec_name, path)?,
            })
        })
        .collect()
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
