//! Every name the generated code or the hand-written runtime already uses
//! in a scope the spec's names go into: the one list each scope reserves.
//! `xtask`'s tests check `CLIENT_METHODS` against `Client`'s public methods,
//! so a new runtime method cannot silently collide with an operation.

/// Rust keywords (strict, reserved and edition-2024 `gen`) plus the prelude
/// names that generated code itself uses, which a type must not shadow.
/// Any identifier equal to one of these gets a trailing `_`.
pub const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield", "Box",
    "Option", "Result", "String", "Vec", "Some", "None", "Ok", "Err", "From", "Into",
];

/// Methods on `Client` that the runtime defines (and the traits it
/// implements); operations become methods on `Client` too.
pub const CLIENT_METHODS: &[&str] = &[
    "builder",
    "base_url",
    "send_json",
    "send_empty",
    "send_json_with_response",
    "send_empty_with_response",
    "download",
    "clone",
    "fmt",
    "from_env",
];

/// Names a generated `operations` module imports, beside its builders.
pub const OPERATIONS_IMPORTS: &[&str] = &[
    "Client",
    "Error",
    "Upload",
    "Request",
    "OperationInfo",
    "RateLimitCategory",
    "Method",
];

/// Members of every request builder: its client and its own methods;
/// arguments and setters of an operation share this scope.
pub const BUILDER_MEMBERS: &[&str] = &[
    "client",
    "send",
    "send_with_response",
    "stream",
    "into_request",
];

/// The variant every enum has for values the client does not know.
pub const ENUM_VARIANTS: &[&str] = &["Unknown"];

/// The variant every union has for an object that fits no branch.
pub const UNION_VARIANTS: &[&str] = &["Other"];

/// Type names the generated code defines itself: each group's enum of
/// webhook events, which sits beside the event types in its module.
pub const TYPE_NAMES: &[&str] = &["Event"];

/// The variant every group's `Event` enum has for events it does not know.
pub const EVENT_VARIANTS: &[&str] = &["Unknown"];
