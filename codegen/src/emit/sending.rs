//! What a builder does when it is sent: its `runtime::Operation` impl
//! (validation and request assembly), its `send` methods, and for a paged
//! operation `stream()` and its `runtime::Paginated` impl.

use super::checks;
use super::docs::{code, doc};
use super::operations::Arg;
use super::rust_type;
use crate::model::*;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;

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
pub(super) fn operation_impl(
    op: &Operation,
    args: &[Arg<'_>],
    checked: &BTreeSet<String>,
) -> TokenStream {
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
pub(super) fn send(op: &Operation) -> TokenStream {
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
pub(super) fn stream(op: &Operation, p: &Pagination) -> (TokenStream, TokenStream) {
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
    let (range_method, windowed) = match &op.date_window {
        Some(w) => date_window(op, w),
        None => (quote!(), quote!()),
    };
    let method = quote! {
        #docs
        pub fn stream(self) -> crate::runtime::Paged<Self> {
            crate::runtime::Paged::new(self)
        }
        #range_method
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
        #windowed
    };
    (method, paginated)
}

/// ```text
/// pub fn stream_range(self, from: NaiveDate, to: NaiveDate) -> crate::runtime::Windowed<Self> { .. }
/// impl crate::runtime::DateWindowed for ListRecordings {
///     const OPERATION: &'static str = "listRecordings";
///     const MAX_DAYS: u32 = 30;
///     const MAX_AGE_DAYS: Option<u32> = Some(180);
///     fn with_range(mut self, from: NaiveDate, to: NaiveDate) -> Self { self.from = Some(from); self.to = Some(to); self }
/// }
/// ```
fn date_window(op: &Operation, w: &DateWindow) -> (TokenStream, TokenStream) {
    let name = format_ident!("{}", op.builder_name);
    let id = &op.id;
    let max_days = Literal::u32_unsuffixed(w.max_days);
    let max_age = match w.max_age_days.map(Literal::u32_unsuffixed) {
        Some(days) => quote!(Some(#days)),
        None => quote!(None),
    };
    let set = |field: &str, required: bool, value: TokenStream| {
        let field = format_ident!("{}", field);
        match required {
            true => quote!(self.#field = #value;),
            false => quote!(self.#field = Some(#value);),
        }
    };
    let set_from = set(&w.from_field, w.from_required, quote!(from));
    let set_to = set(&w.to_field, w.to_required, quote!(to));
    let age = match w.max_age_days {
        Some(days) => {
            format!(" A `from` more than {days} days ago is refused before anything is sent.")
        }
        None => String::new(),
    };
    let docs = doc(&format!(
        "Streams every item from `from` to `to` (both included), however long the range:\n\
         Zoom answers at most {max_days} days per call, so the range is walked window by\n\
         window, and each window page by page, with every other parameter of this builder.{age}"
    ));
    let method = quote! {
        #docs
        pub fn stream_range(self, from: chrono::NaiveDate, to: chrono::NaiveDate) -> crate::runtime::Windowed<Self> {
            crate::runtime::Windowed::new(self, from, to)
        }
    };
    let windowed = quote! {
        impl crate::runtime::DateWindowed for #name {
            const OPERATION: &'static str = #id;
            const MAX_DAYS: u32 = #max_days;
            const MAX_AGE_DAYS: Option<u32> = #max_age;

            fn with_range(mut self, from: chrono::NaiveDate, to: chrono::NaiveDate) -> Self {
                #set_from
                #set_to
                self
            }
        }
    };
    (method, windowed)
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
        (ParamLocation::Path, _, TypeRef::String) if p.uuid => {
            quote!(.path_uuid(#wire, #field, &self.#ident))
        }
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
