//! Access: the OAuth scopes an operation's security asks for, and Zoom's
//! rate-limit label for it.

use super::Site;
use crate::error::{Error, Result};
use crate::model::RateLimit;
use crate::pointer::Pointer;

pub(super) fn rate_limit(op: &openapiv3::Operation, pointer: &Pointer) -> Result<RateLimit> {
    let at = pointer.push("x-zoom-rate-limit");
    match op.extensions.get("x-zoom-rate-limit").map(|v| v.as_str()) {
        Some(Some("Light")) => Ok(RateLimit::Light),
        Some(Some("Medium")) => Ok(RateLimit::Medium),
        Some(Some("Heavy")) => Ok(RateLimit::Heavy),
        Some(Some("Resource-intensive")) => Ok(RateLimit::ResourceIntensive),
        Some(_) => Err(Error::invalid(
            &at,
            "must be one of Light, Medium, Heavy, Resource-intensive",
        )),
        None => Err(Error::invalid(
            pointer,
            "every operation needs `x-zoom-rate-limit`",
        )),
    }
}

/// Scopes of the operation's security requirements (or the document's), in order.
pub(super) fn scopes_of(site: &Site<'_>) -> Result<Vec<String>> {
    let (requirements, at) = match &site.op.security {
        Some(reqs) => (reqs.as_slice(), site.pointer.push("security")),
        None => match site.file_security {
            Some(reqs) => (reqs, Pointer::root().push("security")),
            None => return Ok(Vec::new()),
        },
    };
    let known = site.spec.components.as_ref().map(|c| &c.security_schemes);
    let mut scopes: Vec<String> = Vec::new();
    for (i, requirement) in requirements.iter().enumerate() {
        for (scheme, list) in requirement {
            if !known.is_some_and(|k| k.contains_key(scheme)) {
                let what =
                    format!("security scheme {scheme:?} is not in #/components/securitySchemes");
                return Err(Error::invalid(&at.push(i).push(scheme), what));
            }
            for scope in list {
                if !scopes.contains(scope) {
                    scopes.push(scope.clone());
                }
            }
        }
    }
    Ok(scopes)
}
