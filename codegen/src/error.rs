//! The one error type of the generator: what went wrong, and where in the spec.

use crate::pointer::Pointer;
use std::fmt;

/// A spec the generator cannot turn into code, with the place in the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Where in the spec the problem is.
    pub pointer: Pointer,
    /// What the problem is.
    pub kind: ErrorKind,
}

/// The kinds of problems the generator reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text is not YAML/JSON, or not shaped like an OpenAPI document.
    Syntax(String),
    /// The document is not OpenAPI 3.0.x.
    UnsupportedVersion(String),
    /// A valid OpenAPI construct this generator does not implement.
    Unsupported(String),
    /// The spec contradicts itself or breaks an OpenAPI or project rule.
    Invalid(String),
    /// A `$ref` that points nowhere (or outside `#/components/...`): to a
    /// schema, parameter, request body or response that does not exist.
    DanglingRef(String),
    /// `$ref`s that only lead back to themselves.
    RefCycle(String),
    /// Two spec names that become the same Rust identifier.
    NameCollision {
        /// The Rust identifier both would get.
        ident: String,
        /// Where the first holder of that identifier is.
        first: String,
    },
    /// A name from which no Rust identifier can be made.
    BadName(String),
    /// The generator produced code that does not parse: a bug in the generator.
    Internal(String),
}

impl Error {
    pub(crate) fn new(pointer: &Pointer, kind: ErrorKind) -> Self {
        Error {
            pointer: pointer.clone(),
            kind,
        }
    }

    pub(crate) fn unsupported(pointer: &Pointer, what: impl Into<String>) -> Self {
        Self::new(pointer, ErrorKind::Unsupported(what.into()))
    }

    pub(crate) fn invalid(pointer: &Pointer, what: impl Into<String>) -> Self {
        Self::new(pointer, ErrorKind::Invalid(what.into()))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.pointer)?;
        match &self.kind {
            ErrorKind::Syntax(m) => write!(f, "not a readable OpenAPI document: {m}"),
            ErrorKind::UnsupportedVersion(v) => {
                write!(f, "OpenAPI version {v:?} is not supported (only 3.0.x is)")
            }
            ErrorKind::Unsupported(m) => write!(f, "unsupported: {m}"),
            ErrorKind::Invalid(m) => write!(f, "invalid: {m}"),
            ErrorKind::DanglingRef(r) => {
                write!(
                    f,
                    "$ref {r:?} does not point to a definition in #/components"
                )
            }
            ErrorKind::RefCycle(r) => write!(f, "$ref {r:?} only leads back to itself"),
            ErrorKind::NameCollision { ident, first } => {
                write!(
                    f,
                    "name collision: this becomes `{ident}`, which is already taken ({first})"
                )
            }
            ErrorKind::BadName(m) => write!(f, "bad name: {m}"),
            ErrorKind::Internal(m) => write!(f, "generator bug: {m}"),
        }
    }
}

impl std::error::Error for Error {}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;
