//! Request bodies: a JSON body of a lowered type, or a multipart form with
//! exactly one file part.

use super::Site;
use super::media::{Media, media_kind, single_media};
use crate::error::{Error, Result};
use crate::lower::schema::Types;
use crate::model::Body;
use crate::naming::Scope;
use crate::pointer::Pointer;
use openapiv3::{
    MediaType, ReferenceOr, RequestBody, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty,
};

pub(super) fn request_body(
    site: &Site<'_>,
    body: &ReferenceOr<RequestBody>,
    types: &mut Types<'_>,
    builder: &str,
    args: &mut Scope,
) -> Result<Body> {
    let at = site.pointer.push("requestBody");
    let body = match body {
        ReferenceOr::Item(b) => b,
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/requestBodies/")
            .and_then(|name| site.spec.components.as_ref()?.request_bodies.get(name))
            .and_then(|b| b.as_item())
            .ok_or_else(|| Error::dangling(&at, reference))?,
    };
    let (media, content) = single_media(&body.content, &at.push("content"))?;
    let content_at = at.push("content").push(media);
    match media_kind(media) {
        Some(Media::Json) => {
            args.claim("body", &at)?;
            let schema = content.schema.as_ref().ok_or_else(|| {
                Error::invalid(&content_at, "a JSON request body needs a `schema`")
            })?;
            let ty = types.lower(
                schema.into(),
                &content_at.push("schema"),
                &format!("{builder}Request"),
            )?;
            Ok(Body::Json {
                ty,
                required: body.required,
                description: body.description.clone(),
            })
        }
        Some(Media::Multipart) => {
            args.claim("file", &at)?;
            if !content.encoding.is_empty() {
                return Err(Error::unsupported(
                    &content_at.push("encoding"),
                    "multipart `encoding`",
                ));
            }
            let field = file_part(content, &content_at)?;
            Ok(Body::Multipart {
                field,
                required: body.required,
                description: body.description.clone(),
            })
        }
        None => Err(Error::unsupported(
            &content_at,
            format!("request bodies of type {media:?}"),
        )),
    }
}

/// The one binary property of an inline multipart schema.
fn file_part(content: &MediaType, at: &Pointer) -> Result<String> {
    let schema_at = at.push("schema");
    let Some(ReferenceOr::Item(schema)) = &content.schema else {
        return Err(Error::unsupported(
            &schema_at,
            "a multipart body without an inline object schema",
        ));
    };
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return Err(Error::unsupported(
            &schema_at,
            "a multipart body that is not an object",
        ));
    };
    let mut props = object.properties.iter();
    let (Some((name, prop)), None) = (props.next(), props.next()) else {
        return Err(Error::unsupported(
            &schema_at.push("properties"),
            "multipart bodies with other than exactly one part",
        ));
    };
    let binary = matches!(
        prop.as_item().map(|s| &s.schema_kind),
        Some(SchemaKind::Type(Type::String(s))) if s.format == VariantOrUnknownOrEmpty::Item(StringFormat::Binary)
    );
    if !binary {
        let what = "a multipart part that is not a file (`type: string, format: binary`)";
        return Err(Error::unsupported(
            &schema_at.push("properties").push(name),
            what,
        ));
    }
    if !object.required.contains(name) {
        let what = format!(
            "the file part {name:?} must be required: an upload without a file does nothing"
        );
        return Err(Error::invalid(&schema_at.push("required"), what));
    }
    Ok(name.clone())
}
