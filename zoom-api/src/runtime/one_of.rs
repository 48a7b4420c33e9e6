//! Choosing the branch of an untagged `oneOf` from an object's keys.

use serde_json::Value;

/// The kind of JSON value a branch expects under a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Object,
    Array,
    String,
    Number,
    Boolean,
    /// Anything; the key still counts, its value tells nothing.
    Any,
}

impl JsonKind {
    fn admits(self, value: &Value) -> bool {
        match (self, value) {
            // `null` is how Zoom leaves an optional value out.
            (JsonKind::Any, _) | (_, Value::Null) => true,
            (JsonKind::Object, Value::Object(_)) => true,
            (JsonKind::Array, Value::Array(_)) => true,
            (JsonKind::String, Value::String(_)) => true,
            (JsonKind::Number, Value::Number(_)) => true,
            (JsonKind::Boolean, Value::Bool(_)) => true,
            _ => false,
        }
    }
}

/// Picks the branch of an untagged union that best matches `value`.
///
/// Each branch is given as its property names with the kind of value each
/// holds. For a JSON object, a branch scores one point per object key it
/// declares; a key whose value has the wrong kind rules the branch out (so
/// an array under `authentication_options` never decodes as the branch that
/// has an object there). The best score above zero wins, ties going to the
/// earlier branch. Non-objects and objects that match no branch give `None`,
/// so the caller can keep the raw value.
pub fn pick_branch(value: &Value, branches: &[&[(&str, JsonKind)]]) -> Option<usize> {
    let object = value.as_object()?;
    let mut best: Option<(usize, usize)> = None;
    'branches: for (index, properties) in branches.iter().enumerate() {
        let mut score = 0;
        for (key, value) in object {
            if let Some((_, kind)) = properties.iter().find(|(name, _)| name == key) {
                if !kind.admits(value) {
                    continue 'branches;
                }
                score += 1;
            }
        }
        if score > 0 && best.is_none_or(|(_, top)| score > top) {
            best = Some((index, score));
        }
    }
    best.map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use super::{JsonKind as K, pick_branch};
    use serde_json::json;

    #[test]
    fn scores_by_shared_keys() {
        let branches: &[&[(&str, K)]] = &[
            &[("a", K::Any), ("b", K::Any)],
            &[("b", K::Any), ("c", K::Any), ("d", K::Any)],
        ];
        assert_eq!(pick_branch(&json!({"a": 1}), branches), Some(0));
        assert_eq!(pick_branch(&json!({"c": 1, "d": 2}), branches), Some(1));
        assert_eq!(pick_branch(&json!({"b": 1}), branches), Some(0));
        assert_eq!(pick_branch(&json!({"z": 1}), branches), None);
        assert_eq!(pick_branch(&json!([1]), branches), None);
        assert_eq!(pick_branch(&json!({}), branches), None);
    }

    #[test]
    fn a_value_of_the_wrong_kind_rules_a_branch_out() {
        let branches: &[&[(&str, K)]] = &[
            &[("options", K::Object)],
            &[("options", K::Array), ("flag", K::Boolean)],
        ];
        assert_eq!(pick_branch(&json!({"options": {}}), branches), Some(0));
        assert_eq!(pick_branch(&json!({"options": []}), branches), Some(1));
        assert_eq!(pick_branch(&json!({"options": null}), branches), Some(0));
        assert_eq!(pick_branch(&json!({"options": "x"}), branches), None);
    }
}
