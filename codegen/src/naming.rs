//! The naming funnel: every Rust identifier the generator writes comes from
//! [`ident`], and every identifier that must be unique in some scope is
//! claimed through a [`Scope`], which reports collisions instead of quietly
//! adding suffixes.

use crate::error::{Error, ErrorKind, Result};
use crate::pointer::Pointer;
use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use std::collections::BTreeMap;

pub mod reserved;

/// How an identifier is cased.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// `UpperCamelCase`: types and enum variants.
    Pascal,
    /// `snake_case`: fields, methods, arguments.
    Snake,
    /// `SHOUTY_SNAKE_CASE`: statics.
    Shouty,
}

/// Turns a spec name into a Rust identifier of the given case.
///
/// Characters other than ASCII letters and digits separate words; a leading
/// digit gets a `v`/`V` prefix; keywords and reserved names get a trailing `_`.
pub fn ident(raw: &str, case: Case) -> Result<String, String> {
    let words: String = raw
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    if words.trim().is_empty() {
        return Err(format!(
            "{raw:?} has no ASCII letters or digits to build a Rust name from"
        ));
    }
    let mut name = match case {
        Case::Pascal => words.to_upper_camel_case(),
        Case::Snake => words.to_snake_case(),
        Case::Shouty => words.to_shouty_snake_case(),
    };
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        let prefix = match case {
            Case::Pascal => "V",
            Case::Snake => "v",
            Case::Shouty => "V_",
        };
        name.insert_str(0, prefix);
    }
    if reserved::KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    Ok(name)
}

/// A set of identifiers that must not collide: the fields of one struct, the
/// variants of one enum, the methods of `Client`, the types of a module.
#[derive(Debug, Clone)]
pub struct Scope {
    case: Case,
    /// Identifier -> who holds it (a pointer, or a note for reserved names).
    taken: BTreeMap<String, String>,
}

impl Scope {
    pub fn new(case: Case) -> Self {
        Scope {
            case,
            taken: BTreeMap::new(),
        }
    }

    /// Marks identifiers the generated code already uses in this scope.
    pub fn reserve(mut self, idents: &[&str]) -> Self {
        for id in idents {
            self.taken.insert(
                (*id).to_owned(),
                "reserved by the generated code".to_owned(),
            );
        }
        self
    }

    /// Names `raw` (found at `pointer`) in this scope's case, or explains why it can't.
    pub fn claim(&mut self, raw: &str, pointer: &Pointer) -> Result<String> {
        let name = ident(raw, self.case).map_err(|m| Error::new(pointer, ErrorKind::BadName(m)))?;
        self.claim_exact(name, pointer)
    }

    /// Claims an identifier that is already cased (built from other claimed names).
    pub fn claim_exact(&mut self, name: String, pointer: &Pointer) -> Result<String> {
        if let Some(first) = self.taken.get(&name) {
            return Err(Error::new(
                pointer,
                ErrorKind::NameCollision {
                    ident: name,
                    first: first.clone(),
                },
            ));
        }
        self.taken.insert(name.clone(), pointer.to_string());
        Ok(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_operation_ids_by_one_rule() {
        assert_eq!(
            ident("revokeUserSsoToken", Case::Snake).unwrap(),
            "revoke_user_sso_token"
        );
        assert_eq!(ident("getUserZak", Case::Snake).unwrap(), "get_user_zak");
        assert_eq!(ident("getUserZak", Case::Pascal).unwrap(), "GetUserZak");
        assert_eq!(ident("getUserZak", Case::Shouty).unwrap(), "GET_USER_ZAK");
    }

    #[test]
    fn keeps_wire_words_apart() {
        assert_eq!(ident("Do_No_Disturb", Case::Pascal).unwrap(), "DoNoDisturb");
        assert_eq!(
            ident("user:read:admin", Case::Snake).unwrap(),
            "user_read_admin"
        );
        assert_eq!(
            ident("Resource-intensive", Case::Pascal).unwrap(),
            "ResourceIntensive"
        );
    }

    #[test]
    fn escapes_keywords_and_reserved_names() {
        assert_eq!(ident("type", Case::Snake).unwrap(), "type_");
        assert_eq!(ident("self", Case::Snake).unwrap(), "self_");
        assert_eq!(ident("self", Case::Pascal).unwrap(), "Self_");
        assert_eq!(ident("string", Case::Pascal).unwrap(), "String_");
        assert_eq!(ident("gen", Case::Snake).unwrap(), "gen_");
    }

    #[test]
    fn fixes_leading_digits() {
        assert_eq!(ident("100", Case::Pascal).unwrap(), "V100");
        assert_eq!(ident("2fa", Case::Snake).unwrap(), "v2fa");
    }

    #[test]
    fn rejects_names_without_letters() {
        assert!(ident("", Case::Snake).is_err());
        assert!(ident("ü-ö", Case::Pascal).is_err());
    }

    #[test]
    fn reports_collisions_after_casing() {
        let mut scope = Scope::new(Case::Snake);
        let p = Pointer::root().push("a");
        assert_eq!(scope.claim("pageSize", &p).unwrap(), "page_size");
        let err = scope
            .claim("page_size", &Pointer::root().push("b"))
            .unwrap_err();
        assert_eq!(err.pointer.to_string(), "#/b");
        assert_eq!(
            err.kind,
            ErrorKind::NameCollision {
                ident: "page_size".into(),
                first: "#/a".into()
            }
        );
    }

    #[test]
    fn reserved_names_collide() {
        let mut scope = Scope::new(Case::Snake).reserve(&["client", "send"]);
        let err = scope.claim("Send", &Pointer::root()).unwrap_err();
        assert!(
            err.to_string().contains("reserved by the generated code"),
            "{err}"
        );
    }
}
