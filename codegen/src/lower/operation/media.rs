//! Media types: which entry of a `content` map is meant, and whether it is
//! JSON, a multipart form or something else (a file).

use crate::error::{Error, Result};
use crate::pointer::Pointer;
use indexmap::IndexMap;
use openapiv3::MediaType;

/// The media types with a body shape of their own: JSON, and a multipart
/// form (which only a request may have).
pub(super) enum Media {
    Json,
    Multipart,
}

/// The kind of a media type, by its essence (parameters and case ignored).
pub(super) fn media_kind(media: &str) -> Option<Media> {
    let essence = media
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    match essence.as_str() {
        "application/json" => Some(Media::Json),
        "multipart/form-data" => Some(Media::Multipart),
        _ => None,
    }
}

/// The one entry of a `content` map; a choice of media types is not supported.
pub(super) fn single_media<'c>(
    content: &'c IndexMap<String, MediaType>,
    at: &Pointer,
) -> Result<(&'c str, &'c MediaType)> {
    let mut entries = content.iter();
    match (entries.next(), entries.next()) {
        (Some((media, content)), None) => Ok((media, content)),
        (None, _) => Err(Error::invalid(at, "`content` is empty")),
        (Some(_), Some(_)) => Err(Error::unsupported(at, "more than one media type")),
    }
}
