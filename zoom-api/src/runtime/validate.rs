//! Request validation: generated code describes each field's rules from the
//! spec, and this module checks values against them before anything is sent.

use crate::Error;
use crate::runtime::OperationInfo;

/// The spec's validation keywords for one value. Generated code writes
/// `&Rules { max_length: Some(64), ..Rules::NONE }`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    /// The string must look like an email address.
    pub email: bool,
    /// Rules for each item of an array.
    pub items: Option<&'static Rules>,
}

impl Rules {
    /// No rules at all.
    pub const NONE: Rules = Rules {
        min_length: None,
        max_length: None,
        minimum: None,
        maximum: None,
        exclusive_minimum: false,
        exclusive_maximum: false,
        min_items: None,
        max_items: None,
        email: false,
        items: None,
    };
}

/// A value that can be checked: against its own rules, and (for structs,
/// arrays and options) by looking inside.
pub trait Check {
    /// The first rule this value itself breaks, as a phrase (`longer than 64 characters`).
    fn broken_rule(&self, rules: &Rules) -> Option<String> {
        let _ = rules;
        None
    }

    /// Checks the fields or items inside this value.
    fn check_inside(&self, validator: &mut Validator) {
        let _ = validator;
    }
}

/// Walks a request's values and remembers the first broken rule with its path.
#[derive(Debug)]
pub struct Validator {
    operation: &'static OperationInfo,
    path: Vec<String>,
    failure: Option<(String, String)>,
}

impl Validator {
    pub fn new(operation: &'static OperationInfo) -> Self {
        Validator {
            operation,
            path: Vec::new(),
            failure: None,
        }
    }

    /// Checks the value of field `name` against `rules`, then inside it.
    pub fn field<T: Check + ?Sized>(&mut self, name: &str, value: &T, rules: &Rules) {
        self.descend(name.to_owned(), value, rules);
    }

    /// Checks a value that has no name of its own (the request body).
    pub fn root<T: Check + ?Sized>(&mut self, value: &T) {
        if self.failure.is_none() {
            value.check_inside(self);
        }
    }

    /// `Ok` when every rule held, else the invalid-request error for the first that didn't.
    pub fn finish(self) -> Result<(), Error> {
        match self.failure {
            None => Ok(()),
            Some((field, rule)) => Err(Error::InvalidRequest {
                operation: self.operation.id,
                field,
                rule,
            }),
        }
    }

    fn descend<T: Check + ?Sized>(&mut self, segment: String, value: &T, rules: &Rules) {
        if self.failure.is_some() {
            return;
        }
        self.path.push(segment);
        match value.broken_rule(rules) {
            Some(rule) => self.failure = Some((self.path_text(), rule)),
            None => value.check_inside(self),
        }
        self.path.pop();
    }

    /// `user_info.first_name`, `users[3].type`.
    fn path_text(&self) -> String {
        let mut text = String::new();
        for segment in &self.path {
            if !text.is_empty() && !segment.starts_with('[') {
                text.push('.');
            }
            text.push_str(segment);
        }
        text
    }
}

impl Check for str {
    fn broken_rule(&self, rules: &Rules) -> Option<String> {
        // JSON Schema counts characters, not bytes.
        let length = self.chars().count() as u64;
        if let Some(max) = rules.max_length.filter(|max| length > *max) {
            return Some(format!("longer than {max} characters"));
        }
        if let Some(min) = rules.min_length.filter(|min| length < *min) {
            return Some(format!("shorter than {min} characters"));
        }
        if rules.email && !looks_like_email(self) {
            return Some("not an email address".to_owned());
        }
        None
    }
}

impl Check for String {
    fn broken_rule(&self, rules: &Rules) -> Option<String> {
        self.as_str().broken_rule(rules)
    }
}

/// Cheap shape check only; Zoom has the final word.
fn looks_like_email(value: &str) -> bool {
    match value.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

fn number_rule(value: f64, rules: &Rules) -> Option<String> {
    let shown = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            v.to_string()
        }
    };
    if let Some(max) = rules.maximum
        && (value > max || (rules.exclusive_maximum && value == max))
    {
        let word = if rules.exclusive_maximum {
            "at least"
        } else {
            "greater than"
        };
        return Some(format!("{word} {}", shown(max)));
    }
    if let Some(min) = rules.minimum
        && (value < min || (rules.exclusive_minimum && value == min))
    {
        let word = if rules.exclusive_minimum {
            "at most"
        } else {
            "less than"
        };
        return Some(format!("{word} {}", shown(min)));
    }
    None
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl Check for $t {
            fn broken_rule(&self, rules: &Rules) -> Option<String> {
                number_rule(*self as f64, rules)
            }
        }
    )*};
}
numbers!(i32, i64, f64);

/// Values the spec puts no checkable rules on.
macro_rules! unchecked {
    ($($t:ty),*) => {$( impl Check for $t {} )*};
}
unchecked!(
    bool,
    serde_json::Value,
    serde_json::Map<String, serde_json::Value>,
    chrono::DateTime<chrono::Utc>,
    chrono::NaiveDate,
    super::wall_time::ZoomDateTime
);

impl<V> Check for std::collections::BTreeMap<String, V> {}

impl<T: Check> Check for Option<T> {
    fn broken_rule(&self, rules: &Rules) -> Option<String> {
        self.as_ref().and_then(|v| v.broken_rule(rules))
    }

    fn check_inside(&self, validator: &mut Validator) {
        if let Some(v) = self {
            v.check_inside(validator);
        }
    }
}

impl<T: Check + ?Sized> Check for Box<T> {
    fn broken_rule(&self, rules: &Rules) -> Option<String> {
        (**self).broken_rule(rules)
    }

    fn check_inside(&self, validator: &mut Validator) {
        (**self).check_inside(validator);
    }
}

impl<T: Check> Check for Vec<T> {
    fn broken_rule(&self, rules: &Rules) -> Option<String> {
        let count = self.len() as u64;
        if let Some(max) = rules.max_items.filter(|max| count > *max) {
            return Some(format!("more than {max} items"));
        }
        if let Some(min) = rules.min_items.filter(|min| count < *min) {
            return Some(format!("fewer than {min} items"));
        }
        // Item rules are checked per item, so the path names the item.
        rules.items.and_then(|item_rules| {
            self.iter().enumerate().find_map(|(i, item)| {
                item.broken_rule(item_rules)
                    .map(|r| format!("item {i}: {r}"))
            })
        })
    }

    fn check_inside(&self, validator: &mut Validator) {
        for (i, item) in self.iter().enumerate() {
            validator.descend(format!("[{i}]"), item, &Rules::NONE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::Method;

    static OP: OperationInfo = OperationInfo::new(
        "createUser",
        Method::POST,
        "/users",
        crate::RateLimitCategory::Light,
        &[],
    );

    struct Inner {
        first_name: Option<String>,
    }
    impl Check for Inner {
        fn check_inside(&self, v: &mut Validator) {
            v.field(
                "first_name",
                &self.first_name,
                &Rules {
                    max_length: Some(3),
                    ..Rules::NONE
                },
            );
        }
    }

    fn failure(run: impl FnOnce(&mut Validator)) -> Option<(String, String)> {
        let mut v = Validator::new(&OP);
        run(&mut v);
        match v.finish() {
            Ok(()) => None,
            Err(Error::InvalidRequest { field, rule, .. }) => Some((field, rule)),
            Err(other) => panic!("unexpected error {other}"),
        }
    }

    #[test]
    fn names_the_nested_field_and_rule() {
        let users = vec![
            Inner {
                first_name: Some("ok".into()),
            },
            Inner {
                first_name: Some("toolong".into()),
            },
        ];
        let got = failure(|v| v.field("users", &users, &Rules::NONE));
        assert_eq!(
            got,
            Some((
                "users[1].first_name".into(),
                "longer than 3 characters".into()
            ))
        );
    }

    #[test]
    fn counts_characters_not_bytes() {
        let rules = Rules {
            max_length: Some(3),
            ..Rules::NONE
        };
        assert_eq!("äöü".broken_rule(&rules), None);
        assert_eq!(
            "äöüß".broken_rule(&rules).as_deref(),
            Some("longer than 3 characters")
        );
    }

    #[test]
    fn numbers_and_absent_values() {
        let rules = Rules {
            minimum: Some(20.0),
            maximum: Some(1440.0),
            ..Rules::NONE
        };
        assert_eq!(19i64.broken_rule(&rules).as_deref(), Some("less than 20"));
        assert_eq!(
            1441i64.broken_rule(&rules).as_deref(),
            Some("greater than 1440")
        );
        assert_eq!(20i64.broken_rule(&rules), None);
        assert_eq!(None::<i64>.broken_rule(&rules), None);
    }

    #[test]
    fn arrays_and_emails() {
        static ITEM: Rules = Rules {
            min_length: Some(5),
            ..Rules::NONE
        };
        let rules = Rules {
            max_items: Some(2),
            items: Some(&ITEM),
            ..Rules::NONE
        };
        assert_eq!(
            vec![1i64, 2, 3].broken_rule(&rules).as_deref(),
            Some("more than 2 items")
        );
        let domains = vec!["example.com".to_owned(), "a.io".to_owned()];
        assert_eq!(
            domains.broken_rule(&rules).as_deref(),
            Some("item 1: shorter than 5 characters")
        );
        let email = Rules {
            email: true,
            ..Rules::NONE
        };
        assert_eq!("a@example.com".broken_rule(&email), None);
        assert!("not-an-email".broken_rule(&email).is_some());
        assert!("a b@example.com".broken_rule(&email).is_some());
    }
}
