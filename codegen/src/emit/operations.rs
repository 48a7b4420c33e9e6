//! Emits `operations.rs`: per operation a metadata static, a method on
//! `Client` and a request builder whose `send` hands a `Request` to the runtime.

use super::checks;
use super::docs::{code, constraint_notes, default_note, doc, prose};
use super::rust_type;
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
enum Arg<'a> {
    Param(&'a Param),
    Json { ty: &'a TypeRef, required: bool },
    File { field: &'a str },
}

impl Arg<'_> {
    fn ident(&self) -> Ident {
        match self {
            Arg::Param(p) => format_ident!("{}", p.rust_name),
            Arg::Json { .. } => format_ident!("body"),
            Arg::File { .. } => format_ident!("file"),
        }
    }

    /// Positional arguments of the `Client` method; the rest are setters.
    fn positional(&self) -> bool {
        match self {
            Arg::Param(p) => p.required,
            Arg::Json { required, .. } => *required,
            Arg::File { .. } => true,
        }
    }

    fn is_string(&self) -> bool {
        matches!(
            self,
            Arg::Param(Param {
                ty: TypeRef::String,
                ..
            })
        )
    }

    /// The type stored in the builder (before `Option` for setters).
    fn stored_type(&self) -> TokenStream {
        match self {
            Arg::Param(p) => rust_type(&p.ty, true),
            Arg::Json { ty, .. } => rust_type(ty, true),
            Arg::File { .. } => quote!(Upload),
        }
    }

    /// `user_id: impl Into<String>` or `body: types::UpdateUserRequest`.
    fn parameter(&self) -> TokenStream {
        let ident = self.ident();
        if self.is_string() {
            quote!(#ident: impl Into<String>)
        } else {
            let ty = self.stored_type();
            quote!(#ident: #ty)
        }
    }

    /// The stored value made from the parameter of the same name.
    fn convert(&self) -> TokenStream {
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

fn operation_docs(op: &Operation, args: &[Arg<'_>]) -> String {
    let mut sections = Vec::new();
    sections.push(match &op.docs.summary {
        Some(s) => prose(s),
        None => format!("Calls {}.", code(&op.id)),
    });
    if let Some(d) = &op.docs.description {
        sections.push(prose(d));
    }
    let mut facts = vec![format!(
        "- Request: {} (operation {})",
        code(&format!("{} {}", op.http_method.as_str(), op.path)),
        code(&op.id)
    )];
    if !op.scopes.is_empty() {
        let scopes: Vec<String> = op.scopes.iter().map(|s| code(s)).collect();
        facts.push(format!("- Scopes (any one): {}", scopes.join(", ")));
    }
    facts.push(format!("- Rate limit: {}", op.rate_limit.label()));
    let setters: Vec<String> = args
        .iter()
        .filter(|a| !a.positional())
        .map(|a| format!("[`{0}`]({1}::{0})", a.ident(), op.builder_name))
        .collect();
    if !setters.is_empty() {
        facts.push(format!("- Optional: {}", setters.join(", ")));
    }
    sections.push(facts.join("\n"));
    let positional: Vec<String> = args
        .iter()
        .filter(|a| a.positional())
        .map(argument_doc)
        .collect();
    if !positional.is_empty() {
        sections.push(format!("# Arguments\n\n{}", positional.join("\n")));
    }
    sections.push(errors_docs(op));
    sections.join("\n\n")
}

/// `- `user_id`: The user's ID, email or `me`.`
fn argument_doc(arg: &Arg<'_>) -> String {
    let text = match arg {
        Arg::Param(p) => {
            let mut text = p
                .description
                .as_deref()
                .map(prose)
                .unwrap_or_else(|| format!("The {} parameter.", code(&p.wire)));
            let notes = constraint_notes(&p.constraints);
            if !notes.is_empty() {
                text = format!("{text} {}", notes.join(" "));
            }
            text
        }
        Arg::Json { ty, .. } => match ty {
            TypeRef::Named(name) => format!("The request body, a [`{name}`](types::{name})."),
            _ => "The request body.".to_owned(),
        },
        Arg::File { field } => format!("The file, sent as the multipart part {}.", code(field)),
    };
    // Continuation lines of a list item are indented to stay in the item.
    format!(
        "- {}: {}",
        code(&arg.ident().to_string()),
        text.replace('\n', "\n  ")
    )
}

fn errors_docs(op: &Operation) -> String {
    let mut lines = vec!["# Errors".to_owned(), String::new()];
    lines.push(
        "Fails with [`Error`] when the request is invalid, cannot be sent, or Zoom refuses it."
            .to_owned(),
    );
    if !op.errors.is_empty() {
        lines.push(String::new());
        lines.push("Zoom documents these answers:".to_owned());
        lines.push(String::new());
        for e in &op.errors {
            if e.codes.is_empty() {
                lines.push(format!("- {}: {}", code(&e.status), prose(&e.description)));
            }
            for c in &e.codes {
                lines.push(format!(
                    "- {} code {}: {}",
                    code(&e.status),
                    code(&c.code.to_string()),
                    prose(&c.description)
                ));
            }
        }
    }
    lines.join("\n")
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

fn setter_docs(arg: &Arg<'_>) -> String {
    match arg {
        Arg::Param(p) => {
            let mut parts = vec![match &p.description {
                Some(d) => prose(d),
                None => format!("Sets the {} query parameter.", code(&p.wire)),
            }];
            let mut notes = constraint_notes(&p.constraints);
            if let Some(d) = &p.default {
                notes.push(default_note(d));
            }
            if p.deprecated {
                notes.push("Deprecated by Zoom.".to_owned());
            }
            if !notes.is_empty() {
                parts.push(notes.join(" "));
            }
            parts.join("\n\n")
        }
        Arg::Json { .. } => "Sets the JSON request body.".to_owned(),
        Arg::File { field } => format!("Sets the file sent as the {} part.", code(field)),
    }
}

/// ```text
/// impl crate::runtime::Operation for ListUsers {
///     type Answer = crate::runtime::Json<types::UserList>;
///     fn into_request(self) -> Result<(Client, Request), Error> {
///         let mut v = crate::runtime::Validator::new(&LIST_USERS);
///         v.field("page_size", &self.page_size, &crate::runtime::Rules { .. });
///         v.finish()?;
///         let request = Request::new(&LIST_USERS).query("page_size", self.page_size.as_ref());
///         Ok((self.client, request))
///     }
/// }
/// ```
fn operation_impl(op: &Operation, args: &[Arg<'_>], checked: &BTreeSet<String>) -> TokenStream {
    let name = format_ident!("{}", op.builder_name);
    let info = format_ident!("{}", op.info_name);
    let mut checks: Vec<TokenStream> = Vec::new();
    for arg in args {
        let ident = arg.ident();
        match arg {
            Arg::Param(p) => checks.extend(checks::field_check(
                &p.wire,
                quote!(self.#ident),
                &p.ty,
                &p.constraints,
                checked,
            )),
            Arg::Json { ty, .. } if checks::holds_checked(ty, checked) => {
                checks.push(quote!(v.root(&self.body);))
            }
            Arg::Json { .. } | Arg::File { .. } => {}
        }
    }
    let validation = (!checks.is_empty()).then(|| {
        quote! {
            let mut v = crate::runtime::Validator::new(&#info);
            #(#checks)*
            v.finish()?;
        }
    });
    let steps = args.iter().filter_map(|a| request_step(a));
    let body = args.iter().find_map(|a| body_step(a));
    let answer = answer_type(&op.success);
    quote! {
        impl crate::runtime::Operation for #name {
            type Answer = #answer;

            fn into_request(self) -> Result<(Client, Request), Error> {
                #validation
                let request = Request::new(&#info) #(#steps)*;
                #body
                Ok((self.client, request))
            }
        }
    }
}

/// `crate::runtime::Json<types::User>`, `crate::runtime::Empty` or `crate::runtime::File`.
fn answer_type(success: &Success) -> TokenStream {
    match success {
        Success::Empty => quote!(crate::runtime::Empty),
        Success::File => quote!(crate::runtime::File),
        Success::Json(ty) => {
            let ty = rust_type(ty, true);
            quote!(crate::runtime::Json<#ty>)
        }
    }
}

/// ```text
/// pub fn send(self) -> crate::runtime::Pending<crate::runtime::Json<types::User>> {
///     crate::runtime::send(self)
/// }
/// ```
fn send(op: &Operation) -> TokenStream {
    let answer = answer_type(&op.success);
    let docs = doc(&match &op.success {
        Success::Empty => "Sends the request; Zoom answers without a body.".to_owned(),
        Success::Json(_) => format!(
            "Sends the request; `.await` gives Zoom's answer as {}.",
            docs_type(&op.success)
        ),
        Success::File => {
            "Sends the request; the answer is a file, read as it arrives (see [`Download`](crate::Download))."
                .to_owned()
        }
    });
    quote! {
        #docs
        pub fn send(self) -> crate::runtime::Pending<#answer> {
            crate::runtime::send(self)
        }

        /// Like [`send`](Self::send), and also returns the status, headers and
        /// rate-limit information of Zoom's answer.
        pub fn send_with_response(self) -> crate::runtime::Pending<crate::runtime::WithResponse<#answer>> {
            crate::runtime::send_with_response(self)
        }
    }
}

/// ```text
/// pub fn stream(self) -> crate::runtime::Paged<Self> { crate::runtime::Paged::new(self) }
/// impl crate::runtime::Paginated for ListUsers {
///     type Page = types::UserList;
///     type Item = types::UserListItem;
///     fn split(page: types::UserList) -> (Vec<types::UserListItem>, Option<String>) {
///         (page.users.unwrap_or_default(), page.next_page_token)
///     }
///     fn with_token(self, token: String) -> Self { self.next_page_token(token) }
/// }
/// ```
fn stream(op: &Operation, p: &Pagination) -> (TokenStream, TokenStream) {
    let Success::Json(page_ty) = &op.success else {
        return (quote!(), quote!());
    };
    let name = format_ident!("{}", op.builder_name);
    let page_ty = rust_type(page_ty, true);
    let item = rust_type(&p.item, true);
    let items = format_ident!("{}", p.items_field);
    let items = if p.items_optional {
        quote!(page.#items.unwrap_or_default())
    } else {
        quote!(page.#items)
    };
    let token = format_ident!("{}", p.token_field);
    let token = if p.token_optional {
        quote!(page.#token)
    } else {
        quote!(Some(page.#token))
    };
    let setter = format_ident!("{}", p.token_setter);
    let docs = doc(&format!(
        "Streams the {} of every page, one page in memory at a time.\n\n\
         Every parameter set on this builder is sent with each page; the stream follows\n\
         {} until Zoom returns none (or one it already sent) and ends after yielding\n\
         the first error. Each page is sent with the client's retry policy.",
        code(&p.items_field),
        code("next_page_token")
    ));
    let method = quote! {
        #docs
        pub fn stream(self) -> crate::runtime::Paged<Self> {
            crate::runtime::Paged::new(self)
        }
    };
    let paginated = quote! {
        impl crate::runtime::Paginated for #name {
            type Page = #page_ty;
            type Item = #item;

            fn split(page: #page_ty) -> (Vec<#item>, Option<String>) {
                (#items, #token)
            }

            fn with_token(self, token: String) -> Self {
                self.#setter(token)
            }
        }
    };
    (method, paginated)
}

/// How the docs name an answer type: a link for a named type.
fn docs_type(success: &Success) -> String {
    match success {
        Success::Json(TypeRef::Named(name)) => format!("a [`{name}`](types::{name})"),
        Success::Json(TypeRef::Array(item)) => match &**item {
            TypeRef::Named(name) => format!("a list of [`{name}`](types::{name})"),
            _ => "a list".to_owned(),
        },
        _ => "JSON".to_owned(),
    }
}

/// `.path(..)` or `.query(..)` for a parameter.
fn request_step(arg: &Arg<'_>) -> Option<TokenStream> {
    let Arg::Param(p) = arg else { return None };
    let ident = arg.ident();
    let wire = &p.wire;
    let field = &p.rust_name;
    let explode = p.explode;
    Some(match (p.location, p.required, &p.ty) {
        (ParamLocation::Path, _, TypeRef::String) => quote!(.path(#wire, #field, &self.#ident)),
        // An integer or an enum: its query form is its path form too.
        (ParamLocation::Path, _, _) => {
            quote!(.path(#wire, #field, &crate::runtime::QueryValue::to_query(&self.#ident)))
        }
        (ParamLocation::Query, true, TypeRef::Array(_)) => {
            quote!(.query_list(#wire, Some(self.#ident.as_slice()), #explode))
        }
        (ParamLocation::Query, false, TypeRef::Array(_)) => {
            quote!(.query_list(#wire, self.#ident.as_deref(), #explode))
        }
        (ParamLocation::Query, true, _) => quote!(.query(#wire, Some(&self.#ident))),
        (ParamLocation::Query, false, _) => quote!(.query(#wire, self.#ident.as_ref())),
    })
}

/// Attaches the body, if the operation has one.
fn body_step(arg: &Arg<'_>) -> Option<TokenStream> {
    Some(match arg {
        Arg::Param(_) => return None,
        Arg::Json { required: true, .. } => quote!(let request = request.json(&self.body);),
        Arg::Json {
            required: false, ..
        } => quote! {
            let request = match &self.body {
                Some(body) => request.json(body),
                None => request,
            };
        },
        Arg::File { field } => quote!(let request = request.multipart(#field, self.file);),
    })
}
