//! The changes made to a real spec, and the strategies that draw them.

use proptest::prelude::*;
use proptest::sample::Index;

/// A change to the document. Places are [`Index`]es into the list of
/// candidate nodes of the current document, resolved when applied.
#[derive(Debug, Clone)]
pub(crate) enum Mutation {
    /// Removes a mapping entry anywhere.
    DeleteKey(Index),
    /// Replaces any node with a scalar, an empty mapping or an empty list.
    Replace(Index, Replacement),
    /// Gives an operation the `operationId` of another.
    DuplicateOperationId(Index, Index),
    /// Swaps two nodes, neither inside the other.
    Swap(Index, Index),
    /// Renames a property to a Rust keyword, a reserved or a non-ASCII name.
    RenameProperty(Index, &'static str),
    /// Replaces a schema with a `$ref` to a missing component, or to the
    /// component the schema sits in.
    InsertRef(Index, RefTarget),
    /// Wraps a schema in 70 levels of `{type: object, properties: {a: ...}}`.
    Nest(Index),
    /// Rewrites a `description`, `summary` or `title` with text that doc
    /// comments must survive.
    Prose(Index, String),
}

#[derive(Debug, Clone)]
pub(crate) enum Replacement {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
    EmptyMap,
    EmptyList,
}

#[derive(Debug, Clone)]
pub(crate) enum RefTarget {
    Missing(&'static str),
    Enclosing,
}

const NEW_NAMES: &[&str] = &[
    "type",
    "self",
    "Self",
    "match",
    "async",
    "gen",
    "crate",
    "super",
    "client",
    "send",
    "body",
    "file",
    "Unknown",
    "Other",
    "from",
    "into",
    "ü",
    "名前",
    "naïve",
    "Ωmega",
    "🙂",
    "a b",
    "",
    "_",
    "1st",
    "next_page_token",
];

const MISSING_REFS: &[&str] = &[
    "#/components/schemas/DoesNotExist",
    "#/components/schemas/",
    "#/components/schemas/a~1b",
    "#/components/parameters/Nope",
    "#/definitions/Old",
    "other.yaml#/components/schemas/X",
    "#",
    "",
];

fn replacement() -> impl Strategy<Value = Replacement> {
    let text = prop_oneof![
        any::<String>(),
        "[a-zA-Z_{}/ -]{0,12}",
        prop::sample::select(vec![
            "",
            " ",
            "\r",
            "x\ry",
            "`",
            "``",
            "}",
            "{",
            "{id}",
            "/",
            "$ref",
            "object",
            "string",
            "integer",
            "array",
            "date-time",
            "binary",
            "Light",
            "3.0.3",
            "3.1.0",
            "default",
            "200",
            "2XX",
            "#/components/schemas/User",
            "<b>",
            "[link](x)",
            "https://zoom.us",
        ])
        .prop_map(str::to_owned),
    ];
    prop_oneof![
        3 => text.prop_map(Replacement::Str),
        1 => any::<i64>().prop_map(Replacement::Int),
        1 => prop::sample::select(vec![
            0.5, -1.0, 1e300, f64::INFINITY, f64::NEG_INFINITY, f64::NAN,
        ])
        .prop_map(Replacement::Float),
        1 => any::<bool>().prop_map(Replacement::Bool),
        1 => Just(Replacement::Null),
        1 => Just(Replacement::EmptyMap),
        1 => Just(Replacement::EmptyList),
    ]
}

pub(crate) fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::DeleteKey),
        3 => (any::<Index>(), replacement()).prop_map(|(i, r)| Mutation::Replace(i, r)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::DuplicateOperationId(a, b)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        2 => (any::<Index>(), prop::sample::select(NEW_NAMES))
            .prop_map(|(i, n)| Mutation::RenameProperty(i, n)),
        2 => (
            any::<Index>(),
            prop_oneof![
                prop::sample::select(MISSING_REFS).prop_map(RefTarget::Missing),
                Just(RefTarget::Enclosing),
            ],
        )
            .prop_map(|(i, t)| Mutation::InsertRef(i, t)),
        1 => any::<Index>().prop_map(Mutation::Nest),
        2 => (any::<Index>(), prose()).prop_map(|(i, text)| Mutation::Prose(i, text)),
    ]
}

/// Text with what doc comments find hard: line breaks of every kind, markdown,
/// HTML, URLs, backticks, comment terminators.
fn prose() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z ]{0,8}",
        any::<char>().prop_map(String::from),
        prop::sample::select(vec![
            "\n",
            "\r",
            "\r\n",
            "\n\n",
            "\u{2028}",
            "\u{85}",
            "\t",
            "\0",
            "`",
            "```",
            "[x]",
            "[x](y)",
            "<b>",
            "</b>",
            "&amp;",
            "*/",
            "/*",
            "//",
            "///",
            "#",
            "# Errors",
            "- ",
            "* ",
            "\\",
            "\"",
            "https://zoom.us/a_b.",
            "(http://x.y)",
            "<https://x>",
            "{",
            "}",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}
