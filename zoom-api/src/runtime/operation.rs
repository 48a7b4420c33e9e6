//! Static description of one API operation, emitted by the generator.

use std::fmt;

use reqwest::Method;

/// Zoom's rate-limit category for an operation.
///
/// Zoom counts requests per category, so callers batching work can use this
/// to decide how aggressively to pace calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RateLimitCategory {
    /// "Light" category.
    Light,
    /// "Medium" category.
    Medium,
    /// "Heavy" category.
    Heavy,
    /// "Resource-intensive" category.
    ResourceIntensive,
}

impl RateLimitCategory {
    /// The category name as Zoom's documentation spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Light => "Light",
            Self::Medium => "Medium",
            Self::Heavy => "Heavy",
            Self::ResourceIntensive => "Resource-intensive",
        }
    }

    /// Reads a category name as Zoom sends it in `X-RateLimit-Category`,
    /// ignoring case, `-`, `_` and spaces; `None` for unknown names.
    pub fn parse(name: &str) -> Option<Self> {
        let key: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match key.as_str() {
            "light" => Some(Self::Light),
            "medium" => Some(Self::Medium),
            "heavy" => Some(Self::Heavy),
            "resourceintensive" => Some(Self::ResourceIntensive),
            _ => None,
        }
    }
}

impl fmt::Display for RateLimitCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the client needs to know about an operation to send it.
///
/// One `static` per operation lives in the generated code; errors carry its
/// [`id`](Self::id) so a failure always names the call that failed.
#[derive(Debug)]
#[non_exhaustive]
pub struct OperationInfo {
    /// Zoom's `operationId`, e.g. `getUser`.
    pub id: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path template relative to the base URL, e.g. `/users/{userId}`.
    pub path: &'static str,
    /// Zoom's rate-limit category.
    pub rate_limit: RateLimitCategory,
    /// OAuth scopes that allow the call; any one of them suffices.
    pub scopes: &'static [&'static str],
}

impl OperationInfo {
    /// Describes an operation; `const` so generated code can use `static`s.
    pub const fn new(
        id: &'static str,
        method: Method,
        path: &'static str,
        rate_limit: RateLimitCategory,
        scopes: &'static [&'static str],
    ) -> Self {
        Self {
            id,
            method,
            path,
            rate_limit,
            scopes,
        }
    }
}
