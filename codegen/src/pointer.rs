//! JSON pointers (RFC 6901) into the spec, carried by every error so a
//! maintainer can jump straight to the offending place.

use std::fmt;

/// A location in the spec document, such as `#/paths/~1users/get/parameters/2`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pointer(String);

impl Pointer {
    /// The document root, `#`.
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// This pointer extended by one reference token, escaped as RFC 6901 says
    /// (`~` becomes `~0`, `/` becomes `~1`).
    pub fn push(&self, token: impl fmt::Display) -> Self {
        let token = token.to_string().replace('~', "~0").replace('/', "~1");
        Pointer(format!("{}/{}", self.0, token))
    }

    /// Parses a local `$ref` target (`#/components/schemas/User`) back into a pointer.
    pub fn from_ref(reference: &str) -> Option<Self> {
        reference
            .strip_prefix('#')
            .map(|rest| Pointer(rest.to_owned()))
    }
}

impl Pointer {
    /// The reference tokens, unescaped: `#/paths/~1users` gives `["paths", "/users"]`.
    pub fn tokens(&self) -> impl Iterator<Item = String> + '_ {
        self.0
            .split('/')
            .skip(1)
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_slash_and_tilde() {
        let p = Pointer::root()
            .push("paths")
            .push("/users/{userId}")
            .push("a~b");
        assert_eq!(p.to_string(), "#/paths/~1users~1{userId}/a~0b");
    }
}
