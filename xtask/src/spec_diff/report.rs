//! The comparison's outcome, as a report to read or JSON for tools.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::json;

use super::accepted::Accepted;
use super::compare::{Difference, Side};
use super::surface::Surface;

pub struct Outcome {
    pub undeclared: Vec<Difference>,
    pub accepted: Vec<(Difference, Accepted)>,
    /// Declared differences of compared operations that no longer differ.
    pub stale: Vec<Accepted>,
}

impl Outcome {
    pub fn new(differences: Vec<Difference>, declared: &[Accepted], ours: &Surface) -> Self {
        let mut undeclared = Vec::new();
        let mut accepted = Vec::new();
        for difference in differences {
            match declared.iter().find(|a| a.matches(&difference)) {
                Some(entry) => accepted.push((difference, entry.clone())),
                None => undeclared.push(difference),
            }
        }
        let stale = declared
            .iter()
            .filter(|a| ours.contains_key(&a.key) || accepted.iter().any(|(d, _)| d.key == a.key))
            .filter(|a| !accepted.iter().any(|(_, used)| used == *a))
            .cloned()
            .collect();
        Outcome {
            undeclared,
            accepted,
            stale,
        }
    }

    /// Nothing undeclared differs and no declaration is stale.
    pub fn clean(&self) -> bool {
        self.undeclared.is_empty() && self.stale.is_empty()
    }

    /// Grouped by operation, one line per difference.
    pub fn text(&self, title: &str) -> String {
        let mut out = format!("spec-diff: {title}\n");
        let mut by_op: BTreeMap<&str, Vec<&Difference>> = BTreeMap::new();
        for d in &self.undeclared {
            by_op.entry(&d.operation).or_default().push(d);
        }
        for (operation, differences) in by_op {
            let _ = writeln!(out, "\n{operation}");
            for d in differences {
                let _ = writeln!(out, "  {}", line(d));
            }
        }
        if !self.accepted.is_empty() {
            let _ = writeln!(out, "\naccepted (declared, not counted):");
            for (d, a) in &self.accepted {
                let _ = writeln!(out, "  {} {}: {}", d.operation, line(d), a.reason);
            }
        }
        if !self.stale.is_empty() {
            let _ = writeln!(out, "\nstale (declared, but no longer different):");
            for a in &self.stale {
                let _ = writeln!(out, "  {} {} {}", a.operation, a.kind, a.item);
            }
        }
        let _ = writeln!(
            out,
            "\n{} undeclared, {} accepted, {} stale",
            self.undeclared.len(),
            self.accepted.len(),
            self.stale.len()
        );
        out
    }

    pub fn json(&self) -> serde_json::Value {
        let difference = |d: &Difference| {
            json!({
                "operation": d.operation,
                "kind": d.kind,
                "item": d.item,
                "side": match d.side { Side::Zoom => "zoom", Side::Ours => "ours", Side::Both => "both" },
                "detail": d.detail,
            })
        };
        json!({
            "undeclared": self.undeclared.iter().map(difference).collect::<Vec<_>>(),
            "accepted": self.accepted.iter().map(|(d, a)| {
                let mut entry = difference(d);
                entry["reason"] = json!(a.reason);
                entry
            }).collect::<Vec<_>>(),
            "stale": self.stale.iter().map(|a| json!({
                "operation": a.operation, "kind": a.kind, "item": a.item, "reason": a.reason,
            })).collect::<Vec<_>>(),
        })
    }
}

/// `+ query page_size (integer): Zoom has it, spec/ does not`.
fn line(d: &Difference) -> String {
    let (sign, whose) = match d.side {
        Side::Zoom => ("+", "Zoom has it, spec/ does not"),
        Side::Ours => ("-", "spec/ has it, Zoom does not"),
        Side::Both => ("~", "both have it"),
    };
    let item = d.item.as_str();
    match d.kind {
        "operation" => format!("{sign} the operation ({}): {whose}", d.detail),
        "deprecated" if item.is_empty() => {
            format!("{sign} deprecation of the operation: {}", d.detail)
        }
        "enum" => format!("{sign} enum value {item}: {whose}"),
        "query" | "request" | "answer" => format!("{sign} {item} ({}): {whose}", d.detail),
        kind => format!("{sign} {kind} of {item}: {}", d.detail),
    }
}
