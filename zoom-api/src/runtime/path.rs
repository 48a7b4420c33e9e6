//! Filling path templates so that a value can never change the route.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything except RFC 3986 "unreserved" characters is escaped, so `/`,
/// `?`, `#`, `%` and friends in a value stay inside its segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Why a path could not be built: the offending field and the broken rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PathError {
    pub(crate) field: String,
    pub(crate) rule: String,
}

impl PathError {
    fn new(field: &str, rule: impl Into<String>) -> Self {
        Self {
            field: field.to_owned(),
            rule: rule.into(),
        }
    }
}

/// One placeholder value, already encoded.
#[derive(Debug, Clone)]
pub(crate) struct PathParam {
    name: &'static str,
    encoded: String,
}

/// How a path value is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    /// Percent-encoded once, as one segment.
    Once,
    /// A meeting or webinar instance UUID: Zoom wants one that starts with
    /// `/` or contains `//` percent-encoded twice (its documented rule);
    /// any other UUID once.
    Uuid,
}

/// Encodes `value` as exactly one path segment for placeholder `name`.
///
/// `field` is the Rust argument name, used so errors point at the caller's
/// code rather than at the wire name.
pub(crate) fn encode_param(
    template: &str,
    name: &'static str,
    field: &str,
    value: &str,
    encoding: Encoding,
) -> Result<PathParam, PathError> {
    if !has_placeholder(template, name) {
        return Err(PathError::new(
            field,
            format!("`{{{name}}}` is not a placeholder of `{template}` (generated code bug)"),
        ));
    }
    // Escaping cannot help with these: URL normalisation treats them as
    // "current" and "parent" directory and would move the request elsewhere.
    match value {
        "" => return Err(PathError::new(field, "must not be empty")),
        "." | ".." => {
            return Err(PathError::new(
                field,
                format!("must not be `{value}` (it would change the request path)"),
            ));
        }
        _ => {}
    }
    let once = utf8_percent_encode(value, SEGMENT).to_string();
    let twice = encoding == Encoding::Uuid && (value.starts_with('/') || value.contains("//"));
    let encoded = match twice {
        true => utf8_percent_encode(&once, SEGMENT).to_string(),
        false => once,
    };
    Ok(PathParam { name, encoded })
}

/// Substitutes every `{name}` in `template`; every placeholder must be set.
pub(crate) fn fill(template: &str, params: &[PathParam]) -> Result<String, PathError> {
    if !template.starts_with('/') {
        return Err(PathError::new(
            "path",
            format!("template `{template}` must start with `/` (generated code bug)"),
        ));
    }
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(PathError::new(
                "path",
                format!("template `{template}` has an unclosed `{{` (generated code bug)"),
            ));
        };
        let name = &after[..close];
        // The last value set wins, like any builder setter.
        let Some(param) = params.iter().rev().find(|p| p.name == name) else {
            return Err(PathError::new(
                name,
                format!("path parameter `{{{name}}}` was never set (generated code bug)"),
            ));
        };
        out.push_str(&param.encoded);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn has_placeholder(template: &str, name: &str) -> bool {
    template
        .split('{')
        .skip(1)
        .any(|part| part.split_once('}').is_some_and(|(n, _)| n == name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(value: &str) -> Result<String, PathError> {
        let t = "/users/{userId}/x";
        let p = encode_param(t, "userId", "user_id", value, Encoding::Once)?;
        fill(t, &[p])
    }

    fn uuid(value: &str) -> Result<String, PathError> {
        let t = "/past_meetings/{meetingUUID}";
        let p = encode_param(t, "meetingUUID", "meeting_uuid", value, Encoding::Uuid)?;
        fill(t, &[p])
    }

    #[test]
    fn uuids_with_a_leading_or_double_slash_are_encoded_twice() {
        // Zoom's rule: double-encode a UUID that starts with `/` or holds `//`.
        assert_eq!(
            uuid("/ajXp112QmuoKj4854875==").as_deref(),
            Ok("/past_meetings/%252FajXp112QmuoKj4854875%253D%253D")
        );
        assert_eq!(
            uuid("aB//cd==").as_deref(),
            Ok("/past_meetings/aB%252F%252Fcd%253D%253D")
        );
        // Any other UUID once, like every path value.
        assert_eq!(
            uuid("4444AAAiAAAAAiAiAiiAii==").as_deref(),
            Ok("/past_meetings/4444AAAiAAAAAiAiAiiAii%3D%3D")
        );
        assert_eq!(uuid("a/b").as_deref(), Ok("/past_meetings/a%2Fb"));
        // Still one segment, still refused when it would move the route.
        for bad in ["", ".", ".."] {
            assert!(uuid(bad).is_err(), "{bad:?}");
        }
        assert_eq!(uuid("//..").as_deref(), Ok("/past_meetings/%252F%252F.."));
    }

    #[test]
    fn encodes_as_a_single_segment() {
        assert_eq!(one("a/b").as_deref(), Ok("/users/a%2Fb/x"));
        assert_eq!(one("%2F").as_deref(), Ok("/users/%252F/x"));
        assert_eq!(one("x?y#z").as_deref(), Ok("/users/x%3Fy%23z/x"));
        assert_eq!(one("ü ñ").as_deref(), Ok("/users/%C3%BC%20%C3%B1/x"));
        assert_eq!(one("a.b-c_d~e").as_deref(), Ok("/users/a.b-c_d~e/x"));
        assert_eq!(one("...").as_deref(), Ok("/users/.../x"));
    }

    #[test]
    fn rejects_values_that_move_the_route() {
        for bad in ["", ".", ".."] {
            let err = one(bad).unwrap_err();
            assert_eq!(err.field, "user_id");
        }
    }

    #[test]
    fn template_mistakes_are_errors() {
        assert!(encode_param("/users/{userId}", "id", "id", "x", Encoding::Once).is_err());
        assert!(fill("/users/{userId}", &[]).is_err());
        assert!(fill("/users/{userId", &[]).is_err());
        assert!(fill("users", &[]).is_err());
        assert_eq!(fill("/users", &[]).as_deref(), Ok("/users"));
    }
}
