//! `Serialize` and `Deserialize` for generated object types, smaller than
//! serde's derives.
//!
//! serde's derive writes, per struct, an enum of its fields with a visitor
//! matching them three ways (by name, by bytes, by index), a sequence
//! visitor for structs sent as arrays (JSON never does), and a map visitor
//! with a duplicate check per field. The generated types have hundreds of
//! fields, mostly optional, and type-checking that code was most of this
//! crate's build time. [`object_impls!`](crate::runtime::object_impls)
//! writes one map visitor per type: a match on the key, with unknown keys
//! skipped (Zoom adds fields) and a later duplicate key winning (as with
//! `serde_json::Value`). Errors read as serde's: `missing field `id``,
//! and the inner value's own message for a wrong type. Serializing writes
//! the fields in order as a map, leaving out optional ones that are `None`
//! (a field Zoom requires but allows `null` for is written as `null`).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// Implements `Serialize` and `Deserialize` for a generated struct from its
/// fields: `Type { "wire" => field optional, "id" => id required, .. }`.
/// `optional` fields (`Option<T>`) are `None` when absent and left out when
/// `None`; `nullable` ones (`Option<T>` that Zoom requires) are `None` when
/// absent or `null` and written as `null`; a `required` one missing is
/// serde's `missing_field` error.
#[doc(hidden)]
#[macro_export]
macro_rules! __zoom_api_object_impls {
    ($ty:ident { $($wire:literal => $field:ident $need:ident),* $(,)? }) => {
        #[allow(deprecated)]
        impl $crate::runtime::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::runtime::serde::Serializer,
            {
                use $crate::runtime::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(::core::option::Option::None)?;
                $($crate::__zoom_api_object_write!($need, map, $wire, &self.$field);)*
                map.end()
            }
        }
        #[allow(deprecated)]
        impl<'de> $crate::runtime::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::runtime::serde::Deserializer<'de>,
            {
                struct Fields;
                impl<'de> $crate::runtime::serde::de::Visitor<'de> for Fields {
                    type Value = $ty;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str(::core::concat!("struct ", ::core::stringify!($ty)))
                    }
                    fn visit_map<A>(self, mut map: A) -> ::core::result::Result<$ty, A::Error>
                    where
                        A: $crate::runtime::serde::de::MapAccess<'de>,
                    {
                        $(let mut $field = ::core::option::Option::None;)*
                        while let ::core::option::Option::Some(key) =
                            map.next_key::<$crate::runtime::FieldName<'de>>()?
                        {
                            match key.as_str() {
                                $($wire => $field = ::core::option::Option::Some(map.next_value()?),)*
                                _ => $crate::runtime::skip_value(&mut map)?,
                            }
                        }
                        ::core::result::Result::Ok($ty {
                            $($field: $crate::__zoom_api_object_read!($need, $field, $wire),)*
                        })
                    }
                }
                deserializer.deserialize_map(Fields)
            }
        }
    };
}

/// One field's value at the end of deserializing.
#[doc(hidden)]
#[macro_export]
macro_rules! __zoom_api_object_read {
    (required, $field:ident, $wire:literal) => {
        $crate::runtime::required($field, $wire)?
    };
    ($optional_or_nullable:ident, $field:ident, $wire:literal) => {
        $field.unwrap_or_default()
    };
}

/// One field written while serializing.
#[doc(hidden)]
#[macro_export]
macro_rules! __zoom_api_object_write {
    (optional, $map:ident, $wire:literal, $value:expr) => {
        if let ::core::option::Option::Some(value) = $value {
            $map.serialize_entry($wire, value)?;
        }
    };
    ($required_or_nullable:ident, $map:ident, $wire:literal, $value:expr) => {
        $map.serialize_entry($wire, $value)?;
    };
}

/// A key of a JSON object, borrowed from the input when it can be.
pub struct FieldName<'de>(Cow<'de, str>);

impl FieldName<'_> {
    /// The key.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for FieldName<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(NameVisitor)
    }
}

struct NameVisitor;

impl<'de> Visitor<'de> for NameVisitor {
    type Value = FieldName<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(FieldName(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(FieldName(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(FieldName(Cow::Owned(v)))
    }
}

/// Reads and drops the value of a key no field has.
pub fn skip_value<'de, A: de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(drop)
}

/// A required field's value, or serde's `missing field` error.
pub fn required<T, E: de::Error>(value: Option<T>, name: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(name))
}

#[cfg(test)]
mod tests {
    // In the shape the generator emits, `crate::` paths included.
    #[derive(Debug, PartialEq)]
    pub struct Registrant {
        pub email: String,
        pub r#type: Option<i64>,
        pub first_name: Option<String>,
        #[deprecated]
        pub old: Option<bool>,
    }
    crate::runtime::object_impls!(Registrant {
        "email" => email required,
        "type" => r#type optional,
        "first_name" => first_name nullable,
        "old" => old optional,
    });

    #[test]
    #[allow(deprecated)]
    fn reads_fields_skips_unknown_ones_and_names_what_is_missing() {
        let r: Registrant = serde_json::from_str(
            r#"{"email":"a@b.c","type":2,"extra":{"x":[1]},"first_name":null,"old":true}"#,
        )
        .unwrap();
        let expected = Registrant {
            email: "a@b.c".into(),
            r#type: Some(2),
            first_name: None,
            old: Some(true),
        };
        assert_eq!(r, expected);
        let err = serde_json::from_str::<Registrant>(r#"{"type":2}"#).unwrap_err();
        assert!(
            err.to_string().starts_with("missing field `email`"),
            "{err}"
        );
        let err = serde_json::from_str::<Registrant>(r#"{"email":5}"#).unwrap_err();
        assert!(err.to_string().contains("expected a string"), "{err}");
        let err = serde_json::from_str::<Registrant>("[1]").unwrap_err();
        assert!(err.to_string().contains("struct Registrant"), "{err}");
        // Through serde_json::Value too (unions decode that way), and with
        // an escaped key, which cannot be borrowed.
        let value = serde_json::json!({"email": "x@y.z", "first_name": "Ada"});
        let r: Registrant = serde_json::from_value(value).unwrap();
        assert_eq!(r.first_name.as_deref(), Some("Ada"));
        let r: Registrant = serde_json::from_str(r#"{"em\u0061il":"e@f.g"}"#).unwrap();
        assert_eq!(r.email, "e@f.g");
    }

    #[test]
    fn writes_fields_in_order_leaving_out_unset_optional_ones() {
        #[allow(deprecated)]
        let r = Registrant {
            email: "a@b.c".into(),
            r#type: None,
            first_name: None,
            old: Some(false),
        };
        // `first_name` is nullable: written as null; `type` is left out.
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"email":"a@b.c","first_name":null,"old":false}"#
        );
    }
}
