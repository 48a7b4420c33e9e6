//! Differences kept on purpose: `spec/curation/accepted-differences.yaml`,
//! a list of `{operation, kind, item, reason}` (see CURATION.md). They are
//! shown apart and not counted; one that no longer differs is stale.

use serde_json::Value;

use super::compare::Difference;
use super::surface::key;

/// One declared difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// `GET /users/{userId}` as written in the file.
    pub operation: String,
    /// Its key (`GET /users/{}`).
    pub key: String,
    pub kind: String,
    pub item: String,
    pub reason: String,
}

impl Accepted {
    pub fn matches(&self, difference: &Difference) -> bool {
        self.key == difference.key && self.kind == difference.kind && self.item == difference.item
    }
}

/// Reads the declared differences; every malformed entry is named.
pub fn parse(text: &str, file: &str) -> Result<Vec<Accepted>, String> {
    let value: Value = serde_yaml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    let Value::Array(entries) = value else {
        return Err(format!(
            "{file}: expected a list of {{operation, kind, item, reason}}"
        ));
    };
    let mut out = Vec::with_capacity(entries.len());
    let mut problems = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        match entry_of(entry) {
            Ok(accepted) => out.push(accepted),
            Err(why) => problems.push(format!("{file}: entry {i}: {why}")),
        }
    }
    match problems.is_empty() {
        true => Ok(out),
        false => Err(problems.join("\n")),
    }
}

fn entry_of(entry: &Value) -> Result<Accepted, String> {
    let text = |name: &str| {
        entry
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| format!("needs a string `{name}`"))
    };
    let operation = text("operation")?;
    let (method, path) = operation
        .split_once(' ')
        .ok_or_else(|| format!("operation {operation:?} is not `METHOD /path`"))?;
    let reason = text("reason")?;
    if reason.trim().is_empty() {
        return Err("the reason must say why".to_owned());
    }
    Ok(Accepted {
        key: key(method, path),
        operation: operation.clone(),
        kind: text("kind")?,
        item: entry
            .get("item")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        reason,
    })
}
