//! The one error type of the generator: what went wrong, and where in the spec.

use crate::pointer::Pointer;
use std::fmt;

/// A spec the generator cannot turn into code, with the place in the spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Error {
    /// The spec file the problem is in (e.g. `users.yaml`); empty until the
    /// loader has placed the error.
    pub file: String,
    /// Where in that file the problem is.
    pub pointer: Pointer,
    /// What the problem is.
    pub kind: ErrorKind,
}

/// The kinds of problems the generator reports.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
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
    /// schema, parameter, request body or response that does not exist, to
    /// a file outside the spec set, or across groups.
    DanglingRef {
        /// The `$ref` as written.
        reference: String,
        /// Why it leads nowhere.
        reason: String,
    },
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
            file: String::new(),
            pointer: pointer.clone(),
            kind,
        }
    }

    /// The same error, placed in `file`.
    pub(crate) fn in_file(mut self, file: &str) -> Self {
        file.clone_into(&mut self.file);
        self
    }

    pub(crate) fn dangling(pointer: &Pointer, reference: &str) -> Self {
        let reason = "does not point to a definition in #/components".to_owned();
        Self::new(
            pointer,
            ErrorKind::DanglingRef {
                reference: reference.to_owned(),
                reason,
            },
        )
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
        write!(f, "{}{}: ", self.file, self.pointer)?;
        match &self.kind {
            ErrorKind::Syntax(m) => write!(f, "not a readable OpenAPI document: {m}"),
            ErrorKind::UnsupportedVersion(v) => {
                write!(f, "OpenAPI version {v:?} is not supported (only 3.0.x is)")
            }
            ErrorKind::Unsupported(m) => write!(f, "unsupported: {m}"),
            ErrorKind::Invalid(m) => write!(f, "invalid: {m}"),
            ErrorKind::DanglingRef { reference, reason } => {
                write!(f, "$ref {reference:?} {reason}")
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

/// Every problem found in one run over a spec set, sorted by file and
/// pointer, without repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Errors(Vec<Error>);

/// At most this many errors are printed; the rest are counted.
const SHOWN: usize = 200;

impl Errors {
    pub(crate) fn new(mut errors: Vec<Error>) -> Self {
        errors.sort();
        errors.dedup();
        Errors(errors)
    }

    /// The errors, sorted by file and pointer.
    pub fn as_slice(&self) -> &[Error] {
        &self.0
    }

    /// The first error (by file and pointer).
    pub fn first(&self) -> Option<&Error> {
        self.0.first()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Error> for Errors {
    fn from(error: Error) -> Self {
        Errors(vec![error])
    }
}

impl fmt::Display for Errors {
    /// One `error: file#/pointer: message` line each, like a compiler.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in self.0.iter().take(SHOWN) {
            writeln!(f, "error: {error}")?;
        }
        if self.0.len() > SHOWN {
            writeln!(f, "... and {} more errors", self.0.len() - SHOWN)?;
        }
        let noun = if self.0.len() == 1 { "error" } else { "errors" };
        write!(f, "{} {noun} in the spec", self.0.len())
    }
}

impl std::error::Error for Errors {}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;
