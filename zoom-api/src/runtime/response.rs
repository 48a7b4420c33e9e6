//! Turning HTTP responses into values or [`Error`]s, with bounded reads.

use reqwest::Response;
use reqwest::header::CONTENT_TYPE;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::{Error, FieldError};

/// Largest successful body we buffer. Zoom's answers are far smaller, so
/// anything bigger is treated as a broken response rather than risking
/// unbounded memory use.
const BODY_LIMIT: usize = 16 * 1024 * 1024;

/// Error bodies are small JSON documents; reading more only wastes memory.
const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// Bytes of a body kept in errors for diagnosis.
const EXCERPT_LIMIT: usize = 1024;

const TRACKING_ID: &str = "x-zm-trackingid";

/// Decodes a 2xx JSON body into `T`; other statuses become [`Error::Api`].
pub(crate) async fn decode_json<T: DeserializeOwned>(
    operation: &'static str,
    mut response: Response,
) -> Result<T, Error> {
    if !response.status().is_success() {
        return Err(api_error(operation, response).await);
    }
    let status = response.status().as_u16();
    let content_type = header(&response, CONTENT_TYPE.as_str());
    let decode_error = |path: String, message: String, body: &[u8]| Error::Decode {
        operation,
        status,
        content_type: content_type.clone(),
        path,
        message,
        body_excerpt: excerpt(body),
    };
    let (body, complete) = read_capped(&mut response, BODY_LIMIT)
        .await
        .map_err(|source| Error::Transport { operation, source })?;
    if !complete {
        return Err(decode_error(
            String::new(),
            format!("response body exceeds the {} MiB limit", BODY_LIMIT >> 20),
            &body,
        ));
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(decode_error(
            String::new(),
            "expected a JSON body but the response was empty".to_owned(),
            &body,
        ));
    }
    let mut de = serde_json::Deserializer::from_slice(&body);
    let value = serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
        let path = e.path().to_string();
        // The root path prints as "."; an empty path reads better in errors.
        let path = if path == "." { String::new() } else { path };
        decode_error(path, e.into_inner().to_string(), &body)
    })?;
    de.end()
        .map_err(|e| decode_error(String::new(), e.to_string(), &body))?;
    Ok(value)
}

/// Accepts any 2xx response, discarding its body; other statuses become
/// [`Error::Api`].
pub(crate) async fn expect_empty(
    operation: &'static str,
    mut response: Response,
) -> Result<(), Error> {
    if !response.status().is_success() {
        return Err(api_error(operation, response).await);
    }
    // Draining lets the connection be reused; a body that is too large (or
    // fails mid-way) is simply dropped, since nobody asked for it.
    let _ = read_capped(&mut response, ERROR_BODY_LIMIT).await;
    Ok(())
}

/// Builds [`Error::Api`] from a non-2xx response, tolerating any body.
async fn api_error(operation: &'static str, mut response: Response) -> Error {
    let status = response.status().as_u16();
    let tracking_id = header(&response, TRACKING_ID);
    // The status alone is a usable error, so a body that cannot be read in
    // full is not worth replacing it with a transport error.
    let body = match read_capped(&mut response, ERROR_BODY_LIMIT).await {
        Ok((body, _)) => body,
        Err(_) => Vec::new(),
    };
    let parsed = ZoomError::parse(&body);
    Error::Api {
        operation,
        status,
        code: parsed.code,
        message: parsed.message,
        errors: parsed.errors,
        tracking_id,
        body_excerpt: excerpt(&body),
    }
}

/// The parts of Zoom's error body we understand.
#[derive(Default)]
struct ZoomError {
    code: Option<i64>,
    message: Option<String>,
    errors: Vec<FieldError>,
}

impl ZoomError {
    /// Reads `{"code", "message", "errors": [{"field", "message"}]}` field
    /// by field, so one odd field does not lose the others.
    fn parse(body: &[u8]) -> Self {
        let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
            return Self::default();
        };
        let code = map.get("code").and_then(|c| match c {
            Value::Number(n) => n.as_i64(),
            // Zoom sometimes quotes numbers.
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        });
        // OAuth endpoints answer `{"reason": ..}` instead of `message`.
        let message = ["message", "reason"]
            .iter()
            .find_map(|k| map.get(*k).and_then(Value::as_str))
            .map(str::to_owned);
        let errors = map
            .get("errors")
            .and_then(Value::as_array)
            .map(|items| items.iter().filter_map(field_error).collect())
            .unwrap_or_default();
        Self {
            code,
            message,
            errors,
        }
    }
}

fn field_error(item: &Value) -> Option<FieldError> {
    let text = |key: &str| item.get(key).and_then(Value::as_str).map(str::to_owned);
    let (field, message) = (text("field"), text("message"));
    if field.is_none() && message.is_none() {
        return None;
    }
    Some(FieldError {
        field: field.unwrap_or_default(),
        message: message.unwrap_or_default(),
    })
}

/// Reads at most `limit` bytes of the body. The flag is `false` when the
/// body was longer and has been cut.
async fn read_capped(response: &mut Response, limit: usize) -> reqwest::Result<(Vec<u8>, bool)> {
    let hint = response.content_length().unwrap_or(0);
    let mut body = Vec::with_capacity(usize::try_from(hint).unwrap_or(limit).min(limit));
    while let Some(chunk) = response.chunk().await? {
        let room = limit - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            return Ok((body, false));
        }
        body.extend_from_slice(&chunk);
    }
    Ok((body, true))
}

/// At most [`EXCERPT_LIMIT`] bytes of `body` as text, cut on a character
/// boundary, with invalid UTF-8 replaced.
fn excerpt(body: &[u8]) -> String {
    let head = &body[..body.len().min(EXCERPT_LIMIT)];
    let mut text = String::from_utf8_lossy(head).into_owned();
    // Replacement characters are wider than the bytes they replace, so the
    // text can outgrow the limit even though the input did not.
    if text.len() > EXCERPT_LIMIT {
        let mut end = EXCERPT_LIMIT;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

fn header(response: &Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_bounded_and_cut_on_a_char_boundary() {
        let body = "é".repeat(1000);
        let text = excerpt(body.as_bytes());
        assert!(text.len() <= EXCERPT_LIMIT);
        assert!(text.chars().all(|c| c == 'é'));
        let invalid = vec![0xff; 4096];
        assert!(excerpt(&invalid).len() <= EXCERPT_LIMIT);
        assert_eq!(excerpt(b"short"), "short");
    }

    #[test]
    fn zoom_error_parsing_tolerates_odd_bodies() {
        let e = ZoomError::parse(br#"{"code":"1001","message":"nope","errors":[1,{"field":"a"}]}"#);
        assert_eq!(e.code, Some(1001));
        assert_eq!(e.message.as_deref(), Some("nope"));
        assert_eq!(e.errors.len(), 1);
        assert_eq!(e.errors[0].field, "a");
        let e = ZoomError::parse(b"<html>");
        assert_eq!((e.code, e.message, e.errors.len()), (None, None, 0));
        let e = ZoomError::parse(b"[1,2]");
        assert_eq!(e.code, None);
    }
}
