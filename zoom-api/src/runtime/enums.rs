//! Trait impls for generated open enums (known variants plus `Unknown`).
//!
//! Zoom adds enum values without notice, so generated enums keep unknown
//! values instead of failing, and write them back unchanged.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{self, Unexpected, Visitor};

/// Implements `Display`, `FromStr`, `Serialize` and `Deserialize` for a
/// generated string enum that has `as_str(&self) -> &str` and
/// `From<&str>`.
#[doc(hidden)]
#[macro_export]
macro_rules! __zoom_api_string_enum_impls {
    ($ty:ty) => {
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl $crate::runtime::QueryValue for $ty {
            fn to_query(&self) -> ::std::string::String {
                ::std::string::String::from(self.as_str())
            }
        }
        impl ::core::str::FromStr for $ty {
            type Err = ::core::convert::Infallible;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(<Self as ::core::convert::From<&str>>::from(s))
            }
        }
        impl $crate::runtime::serde::Serialize for $ty {
            fn serialize<S: $crate::runtime::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> $crate::runtime::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::runtime::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::runtime::deserialize_string_enum(deserializer)
            }
        }
    };
}

/// Implements `Display`, `FromStr`, `Serialize` and `Deserialize` for a
/// generated integer enum that has `value(&self) -> i64` and `From<i64>`.
#[doc(hidden)]
#[macro_export]
macro_rules! __zoom_api_int_enum_impls {
    ($ty:ty) => {
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.value(), f)
            }
        }
        impl $crate::runtime::QueryValue for $ty {
            fn to_query(&self) -> ::std::string::String {
                ::std::string::ToString::to_string(&self.value())
            }
        }
        impl ::core::str::FromStr for $ty {
            type Err = ::core::num::ParseIntError;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                s.trim()
                    .parse::<i64>()
                    .map(<Self as ::core::convert::From<i64>>::from)
            }
        }
        impl $crate::runtime::serde::Serialize for $ty {
            fn serialize<S: $crate::runtime::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }
        impl<'de> $crate::runtime::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::runtime::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::runtime::deserialize_int_enum(deserializer)
            }
        }
    };
}

pub use crate::__zoom_api_int_enum_impls as int_enum_impls;
pub use crate::__zoom_api_string_enum_impls as string_enum_impls;

/// Deserializes any string into `T` via `From<&str>`.
pub fn deserialize_string_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: for<'a> From<&'a str>,
{
    // `deserialize_any` so a number Zoom sends unquoted (`plan_united_type: 1`)
    // still lands in the enum, as its string form.
    deserializer.deserialize_any(StringEnumVisitor(PhantomData))
}

/// Deserializes a JSON integer, or a string holding one, into `T` via
/// `From<i64>`.
pub fn deserialize_int_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: From<i64>,
{
    // `deserialize_any` because Zoom sometimes quotes numbers: the input
    // type decides which visitor method runs.
    deserializer.deserialize_any(IntEnumVisitor(PhantomData))
}

struct StringEnumVisitor<T>(PhantomData<T>);

impl<T: for<'a> From<&'a str>> Visitor<'_> for StringEnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string (or a number standing for one)")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        Ok(T::from(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        Ok(T::from(v.to_string().as_str()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        Ok(T::from(v.to_string().as_str()))
    }
}

struct IntEnumVisitor<T>(PhantomData<T>);

impl<T: From<i64>> Visitor<'_> for IntEnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer or a string holding an integer")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        Ok(T::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        i64::try_from(v)
            .map(T::from)
            .map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.trim()
            .parse::<i64>()
            .map(T::from)
            .map_err(|_| E::invalid_value(Unexpected::Str(v), &self))
    }
}

#[cfg(test)]
mod tests {
    // Written exactly in the shape the generator emits, `crate::` paths
    // included, so a change in that shape breaks here first.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum UserStatus {
        Active,
        Inactive,
        Unknown(String),
    }
    impl UserStatus {
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Inactive => "inactive",
                Self::Unknown(v) => v,
            }
        }
    }
    impl From<&str> for UserStatus {
        fn from(v: &str) -> Self {
            match v {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    crate::runtime::string_enum_impls!(UserStatus);

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum LoginType {
        FacebookOauth,
        Sso,
        Unknown(i64),
    }
    impl LoginType {
        pub fn value(&self) -> i64 {
            match self {
                Self::FacebookOauth => 0,
                Self::Sso => 101,
                Self::Unknown(v) => *v,
            }
        }
    }
    impl From<i64> for LoginType {
        fn from(v: i64) -> Self {
            match v {
                0 => Self::FacebookOauth,
                101 => Self::Sso,
                other => Self::Unknown(other),
            }
        }
    }
    crate::runtime::int_enum_impls!(LoginType);

    #[test]
    fn string_enum_round_trips_known_and_unknown() {
        let s: UserStatus = serde_json::from_str(r#""active""#).unwrap();
        assert_eq!(s, UserStatus::Active);
        let u: UserStatus = serde_json::from_str(r#""frozen""#).unwrap();
        assert_eq!(u, UserStatus::Unknown("frozen".into()));
        assert_eq!(serde_json::to_string(&u).unwrap(), r#""frozen""#);
        assert_eq!(UserStatus::Inactive.to_string(), "inactive");
        assert_eq!(
            "x".parse::<UserStatus>(),
            Ok(UserStatus::Unknown("x".into()))
        );
        // Unquoted numbers keep their string form; other types still fail.
        let n: UserStatus = serde_json::from_str("1").unwrap();
        assert_eq!(n, UserStatus::Unknown("1".into()));
        assert!(serde_json::from_str::<UserStatus>("true").is_err());
    }

    #[test]
    fn int_enum_accepts_numbers_and_quoted_numbers() {
        let v: Vec<LoginType> = serde_json::from_str(r#"[101, "0", 7]"#).unwrap();
        assert_eq!(
            v,
            [
                LoginType::Sso,
                LoginType::FacebookOauth,
                LoginType::Unknown(7)
            ]
        );
        assert_eq!(serde_json::to_string(&v).unwrap(), "[101,0,7]");
        assert_eq!(LoginType::Sso.to_string(), "101");
        assert_eq!("101".parse::<LoginType>(), Ok(LoginType::Sso));
        for bad in [r#""sso""#, "1.5", "true", "null", "18446744073709551615"] {
            let err = serde_json::from_str::<LoginType>(bad).unwrap_err();
            assert!(err.to_string().contains("integer"), "{bad}: {err}");
        }
    }
}
