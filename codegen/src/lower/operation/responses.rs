//! Responses: the success body all 2xx answers agree on (JSON, a file or
//! nothing), and the documented errors with Zoom's `x-zoom-error-codes`.

use super::Site;
use super::media::{Media, media_kind, single_media};
use crate::error::{Error, Result};
use crate::lower::schema::Types;
use crate::model::{ErrorCode, ErrorResponse, Success, TypeRef};
use crate::pointer::Pointer;
use openapiv3::{MediaType, OpenAPI, ReferenceOr, Response, Schema, SchemaKind, StatusCode, Type};

/// The success body all 2xx answers agree on, and the documented errors.
pub(super) fn responses(
    site: &Site<'_>,
    types: &mut Types<'_>,
    builder: &str,
) -> Result<(Success, Vec<ErrorResponse>)> {
    let at = site.pointer.push("responses");
    let mut successes: Vec<(Success, Pointer)> = Vec::new();
    let mut errors = Vec::new();
    let coded = site
        .op
        .responses
        .responses
        .iter()
        .map(|(code, r)| (code.to_string(), is_success(code), r));
    let default = site
        .op
        .responses
        .default
        .iter()
        .map(|r| ("default".to_owned(), false, r));
    for (status, success, response) in coded.chain(default) {
        let r_at = at.push(&status);
        let response = resolve_response(site.spec, response, &r_at)?;
        // Response headers need no code: every answer's headers are there
        // to read (`send_with_response`, `Download::headers`).
        if !response.links.is_empty() {
            return Err(Error::unsupported(&r_at.push("links"), "response links"));
        }
        if success {
            successes.push((success_body(response, &r_at, types, builder)?, r_at));
        } else {
            errors.push(error_response(status, response, &r_at)?);
        }
    }
    let Some((first, _)) = successes.first().cloned() else {
        return Err(Error::invalid(&at, "no 2xx response"));
    };
    if let Some((_, differing)) = successes.iter().find(|(s, _)| *s != first) {
        return Err(Error::unsupported(
            differing,
            "2xx responses with different bodies",
        ));
    }
    Ok((first, errors))
}

fn is_success(code: &StatusCode) -> bool {
    match code {
        StatusCode::Code(n) => (200..300).contains(n),
        StatusCode::Range(n) => *n == 2,
    }
}

fn resolve_response<'s>(
    spec: &'s OpenAPI,
    r: &'s ReferenceOr<Response>,
    at: &Pointer,
) -> Result<&'s Response> {
    match r {
        ReferenceOr::Item(response) => Ok(response),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/responses/")
            .and_then(|name| spec.components.as_ref()?.responses.get(name))
            .and_then(|r| r.as_item())
            .ok_or_else(|| Error::dangling(at, reference)),
    }
}

fn success_body(
    response: &Response,
    at: &Pointer,
    types: &mut Types<'_>,
    builder: &str,
) -> Result<Success> {
    if response.content.is_empty() {
        return Ok(Success::Empty);
    }
    let (media, content) = single_media(&response.content, &at.push("content"))?;
    let content_at = at.push("content").push(media);
    match media_kind(media) {
        Some(Media::Json) => {}
        Some(Media::Multipart) => {
            return Err(Error::unsupported(&content_at, "multipart responses"));
        }
        // Any other media type is a file: a recording, a transcript, a PDF.
        None => return file_answer(content, &content_at),
    }
    match &content.schema {
        None => Ok(Success::Json(TypeRef::Any)),
        Some(schema) => {
            let ty = types.lower(
                schema.into(),
                &content_at.push("schema"),
                &format!("{builder}Response"),
            )?;
            Ok(Success::Json(ty))
        }
    }
}

/// A file answer: its schema, when given, is a string (usually `format: binary`).
fn file_answer(content: &MediaType, at: &Pointer) -> Result<Success> {
    match &content.schema {
        None
        | Some(ReferenceOr::Item(Schema {
            schema_kind: SchemaKind::Type(Type::String(_)),
            ..
        })) => Ok(Success::File),
        Some(_) => Err(Error::unsupported(
            &at.push("schema"),
            "a non-JSON answer whose schema is not a string (a file)",
        )),
    }
}

fn error_response(status: String, response: &Response, at: &Pointer) -> Result<ErrorResponse> {
    for (media, _) in &response.content {
        if !matches!(media_kind(media), Some(Media::Json)) {
            return Err(Error::unsupported(
                &at.push("content").push(media),
                "error bodies that are not JSON",
            ));
        }
    }
    let codes = match response.extensions.get("x-zoom-error-codes") {
        None => Vec::new(),
        Some(value) => error_codes(value, &at.push("x-zoom-error-codes"))?,
    };
    Ok(ErrorResponse {
        status,
        description: response.description.clone(),
        codes,
    })
}

fn error_codes(value: &serde_json::Value, at: &Pointer) -> Result<Vec<ErrorCode>> {
    let list = value
        .as_array()
        .ok_or_else(|| Error::invalid(at, "must be a list of {code, description}"))?;
    list.iter()
        .enumerate()
        .map(|(i, entry)| {
            let code = entry.get("code").and_then(|c| c.as_i64());
            let description = entry.get("description").and_then(|d| d.as_str());
            match (code, description) {
                (Some(code), Some(description)) => Ok(ErrorCode {
                    code,
                    description: description.to_owned(),
                }),
                _ => Err(Error::invalid(
                    &at.push(i),
                    "needs an integer `code` and a string `description`",
                )),
            }
        })
        .collect()
}
