//! How values are written in a query string: Zoom's forms for dates and
//! date-times, numbers and booleans as JSON writes them, enums as their
//! wire value, and lists either as repeated pairs or joined with commas.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

/// A value that can stand in a query string.
pub trait QueryValue {
    /// The value as it is written before form-encoding.
    fn to_query(&self) -> String;
}

impl QueryValue for str {
    fn to_query(&self) -> String {
        self.to_owned()
    }
}

impl QueryValue for String {
    fn to_query(&self) -> String {
        self.clone()
    }
}

macro_rules! display_query_value {
    ($($ty:ty),*) => {
        $(impl QueryValue for $ty {
            fn to_query(&self) -> String {
                self.to_string()
            }
        })*
    };
}

display_query_value!(bool, i32, i64, f64);

/// `2026-12-01`, as Zoom writes dates (`yyyy-mm-dd`).
impl QueryValue for NaiveDate {
    fn to_query(&self) -> String {
        self.format("%Y-%m-%d").to_string()
    }
}

/// `2026-12-01T15:00:00Z`: UTC, whole seconds unless there is a fraction.
impl QueryValue for DateTime<Utc> {
    fn to_query(&self) -> String {
        self.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }
}

impl<T: QueryValue + ?Sized> QueryValue for &T {
    fn to_query(&self) -> String {
        (**self).to_query()
    }
}

/// The pairs for a list: `name=a&name=b` when `explode`, `name=a,b` when not.
pub(crate) fn list_pairs<T: QueryValue>(
    name: &'static str,
    values: &[T],
    explode: bool,
) -> Vec<(&'static str, String)> {
    if explode {
        values.iter().map(|v| (name, v.to_query())).collect()
    } else if values.is_empty() {
        Vec::new()
    } else {
        let joined: Vec<String> = values.iter().map(QueryValue::to_query).collect();
        vec![(name, joined.join(","))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_and_times_use_zooms_forms() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        assert_eq!(day.to_query(), "2026-12-01");
        let at = Utc
            .with_ymd_and_hms(2026, 12, 1, 15, 0, 0)
            .single()
            .expect("a time");
        assert_eq!(at.to_query(), "2026-12-01T15:00:00Z");
    }

    #[test]
    fn lists_repeat_or_join() {
        let ids = ["a", "b"];
        assert_eq!(
            list_pairs("id", &ids, true),
            vec![("id", "a".to_owned()), ("id", "b".to_owned())]
        );
        assert_eq!(
            list_pairs("id", &ids, false),
            vec![("id", "a,b".to_owned())]
        );
        assert!(list_pairs::<&str>("id", &[], false).is_empty());
    }
}
