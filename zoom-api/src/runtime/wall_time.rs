//! Zoom's two ways of writing a start time.

use std::fmt;

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::{Serialize, Serializer};

use super::query::QueryValue;

/// A date-time Zoom reads either as a moment in UTC or as wall-clock time
/// in the time zone given beside it (the `timezone` field).
///
/// Written as `2026-12-01T15:00:00Z` (UTC) or `2026-12-01T15:00:00` (local);
/// both decode, and a value with an offset (`+01:00`) decodes as the UTC
/// moment it names.
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use zoom_api::ZoomDateTime;
///
/// let utc = ZoomDateTime::from(Utc.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).unwrap());
/// let local = ZoomDateTime::from(
///     NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(9, 30, 0).unwrap(),
/// );
/// assert_eq!(utc.to_string(), "2026-12-01T15:00:00Z");
/// assert_eq!(local.to_string(), "2026-12-01T09:30:00");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoomDateTime {
    /// A moment in UTC.
    Utc(DateTime<Utc>),
    /// Wall-clock time in the time zone Zoom is told beside it.
    Local(NaiveDateTime),
}

impl ZoomDateTime {
    /// The UTC moment, when the value names one.
    pub fn utc(&self) -> Option<DateTime<Utc>> {
        match self {
            Self::Utc(at) => Some(*at),
            Self::Local(_) => None,
        }
    }

    /// Reads either form; `None` when `text` is neither.
    pub fn parse(text: &str) -> Option<Self> {
        if let Ok(at) = DateTime::parse_from_rfc3339(text) {
            return Some(Self::Utc(at.with_timezone(&Utc)));
        }
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
            .ok()
            .map(Self::Local)
    }
}

impl From<DateTime<Utc>> for ZoomDateTime {
    fn from(at: DateTime<Utc>) -> Self {
        Self::Utc(at)
    }
}

impl From<NaiveDateTime> for ZoomDateTime {
    fn from(at: NaiveDateTime) -> Self {
        Self::Local(at)
    }
}

impl fmt::Display for ZoomDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Utc(at) => f.write_str(&at.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
            Self::Local(at) => write!(f, "{}", at.format("%Y-%m-%dT%H:%M:%S%.f")),
        }
    }
}

impl QueryValue for ZoomDateTime {
    fn to_query(&self) -> String {
        self.to_string()
    }
}

impl Serialize for ZoomDateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for ZoomDateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Either;
        impl Visitor<'_> for Either {
            type Value = ZoomDateTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date-time such as 2026-12-01T15:00:00Z or 2026-12-01T15:00:00")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<ZoomDateTime, E> {
                ZoomDateTime::parse(text)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(Either)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_round_trip() {
        for text in [
            "2026-12-01T15:00:00Z",
            "2026-12-01T15:00:00",
            "2026-12-01T15:00:00.250",
        ] {
            let value: ZoomDateTime =
                serde_json::from_value(serde_json::json!(text)).expect("decodes");
            assert_eq!(
                serde_json::to_value(value).expect("encodes"),
                serde_json::json!(text)
            );
        }
    }

    #[test]
    fn an_offset_names_a_utc_moment() {
        let value = ZoomDateTime::parse("2026-12-01T16:00:00+01:00").expect("parses");
        assert_eq!(value.to_string(), "2026-12-01T15:00:00Z");
        assert!(value.utc().is_some());
    }

    #[test]
    fn anything_else_is_refused() {
        for text in ["", "2026-12-01", "15:00", "yesterday"] {
            assert!(ZoomDateTime::parse(text).is_none(), "{text:?}");
        }
        let err = serde_json::from_value::<ZoomDateTime>(serde_json::json!("soon")).unwrap_err();
        assert!(err.to_string().contains("2026-12-01T15:00:00Z"), "{err}");
    }
}
