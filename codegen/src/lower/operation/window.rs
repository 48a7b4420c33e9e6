//! `x-zoom-date-window`: a paged listing whose `from`..`to` range Zoom
//! limits (for example to one month per call), so the client can walk any
//! longer range window by window.
//!
//! ```yaml
//! x-zoom-date-window:
//!   from: from          # the query parameters holding the range (dates)
//!   to: to
//!   max-days: 30        # the longest range one call may ask for, in days
//!   max-age-days: 180   # optional: how far back `from` may reach from today
//! ```

use crate::error::{Error, Result};
use crate::model::{DateWindow, Pagination, Param, ParamLocation, TypeRef};
use crate::pointer::Pointer;
use serde_json::Value;

const KEY: &str = "x-zoom-date-window";

pub(super) fn date_window(
    op: &openapiv3::Operation,
    params: &[Param],
    pagination: Option<&Pagination>,
    pointer: &Pointer,
) -> Result<Option<DateWindow>> {
    let Some(value) = op.extensions.get(KEY) else {
        return Ok(None);
    };
    let at = pointer.push(KEY);
    let Some(map) = value.as_object() else {
        return Err(Error::invalid(&at, "must be a mapping"));
    };
    if let Some(extra) = map
        .keys()
        .find(|k| !["from", "to", "max-days", "max-age-days"].contains(&k.as_str()))
    {
        return Err(Error::invalid(
            &at.push(extra),
            "is not a key of a date window",
        ));
    }
    if pagination.is_none() {
        return Err(Error::invalid(
            &at,
            "a date window needs a paged operation (one that takes `next_page_token`)",
        ));
    }
    let from = range_param(map, "from", params, &at)?;
    let to = range_param(map, "to", params, &at)?;
    let max_days =
        days(map, "max-days", &at)?.ok_or_else(|| Error::invalid(&at, "needs `max-days`"))?;
    Ok(Some(DateWindow {
        from_field: from.rust_name.clone(),
        from_required: from.required,
        to_field: to.rust_name.clone(),
        to_required: to.required,
        max_days,
        max_age_days: days(map, "max-age-days", &at)?,
    }))
}

/// The date query parameter a window key names.
fn range_param<'p>(
    map: &serde_json::Map<String, Value>,
    key: &str,
    params: &'p [Param],
    at: &Pointer,
) -> Result<&'p Param> {
    let at = at.push(key);
    let name = map
        .get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| Error::invalid(&at, "needs the name of a query parameter"))?;
    params
        .iter()
        .find(|p| p.location == ParamLocation::Query && p.wire == name)
        .filter(|p| p.ty == TypeRef::Date)
        .ok_or_else(|| {
            Error::invalid(
                &at,
                format!("{name:?} is not a `format: date` query parameter"),
            )
        })
}

/// A whole number of days from 1 to 3,660, when the key is there.
fn days(map: &serde_json::Map<String, Value>, key: &str, at: &Pointer) -> Result<Option<u32>> {
    match map.get(key) {
        None => Ok(None),
        Some(value) => value
            .as_u64()
            .filter(|d| (1..=3660).contains(d))
            .map(|d| Some(d as u32))
            .ok_or_else(|| {
                Error::invalid(&at.push(key), "must be a number of days from 1 to 3660")
            }),
    }
}
