//! Emits `operations.rs`: per operation a metadata static, a method on
//! `Client` and a request builder whose `send` hands a `Request` to the runtime.

use super::docs::doc;
use super::operation_docs::{operation_docs, setter_docs};
use super::rust_type;
use super::sending::{operation_impl, send, stream};
use crate::model::*;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;

/// The operations of one group, in spec order; `None` when it has none.
pub fn operations_module(
    api: &Api,
    group: &str,
    checked: &BTreeSet<String>,
) -> Option<TokenStream> {
    let ops: Vec<&Operation> = api.operations.iter().filter(|o| o.group == group).collect();
    if ops.is_empty() {
        return None;
    }
    // Only what some operation uses, so small specs compile without warnings.
    let uploads = ops
        .iter()
        .any(|op| matches!(op.body, Some(Body::Multipart { .. })));
    let named = ops.iter().any(|op| uses_named_types(op));
    let ops = ops.iter().map(|op| operation(op, checked));
    // `types` by a relative path: the generated tree works wherever it is
    // mounted (the crate's `generated`, or a fixture in its tests).
    let uploads = uploads.then(|| {
        quote!(
            use crate::Upload;
        )
    });
    let named = named.then(|| {
        quote!(
            use super::super::types;
        )
    });
    let imports = quote!(#uploads #named);
    let docs = format!(
        " Operations of the `{group}` group: a method on [`Client`] and a request builder for each."
    );
    Some(quote! {
        #![doc = #docs]
        #![allow(deprecated)]
        use crate::runtime::{OperationInfo, RateLimitCategory, Request};
        use crate::{Client, Error};
        #imports
        use reqwest::Method;

        #(#ops)*
    })
}

/// Whether an operation's code names anything in `types`.
fn uses_named_types(op: &Operation) -> bool {
    fn named(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(_) => true,
            TypeRef::Array(inner) | TypeRef::Map(inner) => named(inner),
            _ => false,
        }
    }
    op.params.iter().any(|p| named(&p.ty))
        || matches!(&op.body, Some(Body::Json { ty, .. }) if named(ty))
        || matches!(&op.success, Success::Json(ty) if named(ty))
}

/// How a parameter or body reaches the builder.
pub(super) enum Arg<'a> {
    Param(&'a Param),
    Json { ty: &'a TypeRef, required: bool },
    File { field: &'a str },
}

impl Arg<'_> {
    pub(super) fn ident(&self) -> Ident {
        match self {
            Arg::Param(p) => format_ident!("{}", p.rust_name),
            Arg::Json { .. } => format_ident!("body"),
            Arg::File { .. } => format_ident!("file"),
        }
    }

    /// Positional arguments of the `Client` method; the rest are setters.
    pub(super) fn positional(&self) -> bool {
        match self {
            Arg::Param(p) => p.required,
            Arg::Json { required, .. } => *required,
            Arg::File { .. } => true,
        }
    }

    pub(super) fn is_string(&self) -> bool {
        matches!(
            self,
            Arg::Param(Param {
                ty: TypeRef::String,
                ..
            })
        )
    }

    /// The type stored in the builder (before `Option` for setters).
    pub(super) fn stored_type(&self) -> TokenStream {
        match self {
            Arg::Param(p) => rust_type(&p.ty, true),
            Arg::Json { ty, .. } => rust_type(ty, true),
            Arg::File { .. } => quote!(Upload),
        }
    }

    /// `user_id: impl Into<String>` or `body: types::UpdateUserRequest`.
    pub(super) fn parameter(&self) -> TokenStream {
        let ident = self.ident();
        if self.is_string() {
            quote!(#ident: impl Into<String>)
        } else {
            let ty = self.stored_type();
            quote!(#ident: #ty)
        }
    }

    /// The stored value made from the parameter of the same name.
    pub(super) fn convert(&self) -> TokenStream {
        let ident = self.ident();
        if self.is_string() {
            quote!(#ident: #ident.into())
        } else {
            quote!(#ident)
        }
    }
}

fn args(op: &Operation) -> Vec<Arg<'_>> {
    let mut args: Vec<Arg<'_>> = op.params.iter().map(Arg::Param).collect();
    match &op.body {
        Some(Body::Json { ty, required, .. }) => args.push(Arg::Json {
            ty,
            required: *required,
        }),
        Some(Body::Multipart { field, .. }) => args.push(Arg::File { field }),
        None => {}
    }
    args
}

fn operation(op: &Operation, checked: &BTreeSet<String>) -> TokenStream {
    let args = args(op);
    let info = info_static(op);
    let method = client_method(op, &args);
    let builder = builder(op, &args, checked);
    quote! { #info #method #builder }
}

/// ```text
/// pub static GET_USER: OperationInfo = OperationInfo::new(
///     "getUser", Method::GET, "/users/{userId}", RateLimitCategory::Light, &["user:read"]);
/// ```
fn info_static(op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.info_name);
    let docs = doc(&format!("Metadata of [`Client::{}`].", op.method_name));
    let id = &op.id;
    let method = format_ident!("{}", op.http_method.as_str());
    let path = &op.path;
    let rate = format_ident!("{}", op.rate_limit.variant());
    let scopes = &op.scopes;
    quote! {
        #docs
        pub static #name: OperationInfo =
            OperationInfo::new(#id, Method::#method, #path, RateLimitCategory::#rate, &[#(#scopes),*]);
    }
}

/// ```text
/// impl Client {
///     pub fn get_user(&self, user_id: impl Into<String>) -> GetUser {
///         GetUser { client: self.clone(), user_id: user_id.into(), login_type: None }
///     }
/// }
/// ```
fn client_method(op: &Operation, args: &[Arg<'_>]) -> TokenStream {
    let docs = doc(&operation_docs(op, args));
    let deprecated = op
        .deprecated
        .then(|| quote!(#[deprecated = "Zoom marks this operation deprecated."]));
    let name = format_ident!("{}", op.method_name);
    let builder = format_ident!("{}", op.builder_name);
    let params = args.iter().filter(|a| a.positional()).map(Arg::parameter);
    let inits = args.iter().map(|a| {
        let ident = a.ident();
        if a.positional() {
            a.convert()
        } else {
            quote!(#ident: None)
        }
    });
    quote! {
        impl Client {
            #docs
            #deprecated
            pub fn #name(&self, #(#params),*) -> #builder {
                #builder { client: self.clone(), #(#inits),* }
            }
        }
    }
}

/// ```text
/// pub struct GetUser { client: Client, user_id: String, login_type: Option<types::LoginType> }
/// impl GetUser {
///     pub fn login_type(mut self, value: types::LoginType) -> Self { .. }
///     pub async fn send(self) -> Result<types::User, Error> { .. }
/// }
/// ```
fn builder(op: &Operation, args: &[Arg<'_>], checked: &BTreeSet<String>) -> TokenStream {
    let name = format_ident!("{}", op.builder_name);
    let then = if args.iter().any(|a| !a.positional()) {
        "set optional values, then call"
    } else {
        "call"
    };
    let docs = doc(&format!(
        "Request builder of [`Client::{}`]: {then} [`send`](Self::send).",
        op.method_name
    ));
    let fields = args.iter().map(|a| {
        let ident = a.ident();
        let ty = a.stored_type();
        if a.positional() {
            quote!(#ident: #ty,)
        } else {
            quote!(#ident: Option<#ty>,)
        }
    });
    let setters = args.iter().filter(|a| !a.positional()).map(setter);
    let operation = operation_impl(op, args, checked);
    let send = send(op);
    let (stream, paginated) = match &op.pagination {
        Some(p) => stream(op, p),
        None => (quote!(), quote!()),
    };
    quote! {
        #docs
        #[derive(Debug, Clone)]
        #[must_use = "a request does nothing until it is sent"]
        pub struct #name {
            client: Client,
            #(#fields)*
        }
        impl #name {
            #(#setters)*
            #send
            #stream
        }
        #operation
        #paginated
    }
}

/// ```text
/// pub fn login_type(mut self, value: types::LoginType) -> Self {
///     self.login_type = Some(value);
///     self
/// }
/// ```
fn setter(arg: &Arg<'_>) -> TokenStream {
    let ident = arg.ident();
    let docs = doc(&setter_docs(arg));
    let (param, value) = if arg.is_string() {
        (quote!(value: impl Into<String>), quote!(value.into()))
    } else {
        let ty = arg.stored_type();
        (quote!(value: #ty), quote!(value))
    };
    let deprecated = matches!(arg, Arg::Param(p) if p.deprecated)
        .then(|| quote!(#[deprecated = "Zoom marks this parameter deprecated."]));
    quote! {
        #docs
        #deprecated
        pub fn #ident(mut self, #param) -> Self {
            self.#ident = Some(#value);
            self
        }
    }
}
