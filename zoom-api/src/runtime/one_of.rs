//! Choosing the branch of an untagged `oneOf` from an object's keys.

use serde_json::Value;

/// Picks the branch of an untagged union that best matches `value`.
///
/// Each branch is given as its property names. For a JSON object, a
/// branch scores one point per object key it declares; the best score above
/// zero wins, ties going to the earlier branch. Non-objects and objects that
/// match no branch give `None`, so the caller can keep the raw value.
pub fn pick_branch(value: &Value, branches: &[&[&str]]) -> Option<usize> {
    let object = value.as_object()?;
    let mut best: Option<(usize, usize)> = None;
    for (index, properties) in branches.iter().enumerate() {
        let score = object
            .keys()
            .filter(|key| properties.contains(&key.as_str()))
            .count();
        if score > 0 && best.is_none_or(|(_, top)| score > top) {
            best = Some((index, score));
        }
    }
    best.map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use super::pick_branch;
    use serde_json::json;

    #[test]
    fn scores_by_shared_keys() {
        let branches: &[&[&str]] = &[&["a", "b"], &["b", "c", "d"]];
        assert_eq!(pick_branch(&json!({"a": 1}), branches), Some(0));
        assert_eq!(pick_branch(&json!({"c": 1, "d": 2}), branches), Some(1));
        assert_eq!(pick_branch(&json!({"b": 1}), branches), Some(0));
        assert_eq!(pick_branch(&json!({"z": 1}), branches), None);
        assert_eq!(pick_branch(&json!([1]), branches), None);
        assert_eq!(pick_branch(&json!({}), branches), None);
    }
}
