//! Zoom's rate-limit headers and `Retry-After` in all the forms Zoom sends.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;

use super::operation::RateLimitCategory;

/// The kind of limit an answer reports (`X-RateLimit-Type`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RateLimitType {
    /// Requests per second (`QPS`); waits are short.
    Qps,
    /// Requests per day (`Daily-limit`); it resets at 00:00 UTC.
    DailyLimit,
    /// A value this crate does not know, kept as sent.
    Other(String),
}

impl RateLimitType {
    fn parse(value: &str) -> Self {
        let value = value.trim();
        if value.eq_ignore_ascii_case("QPS") {
            Self::Qps
        } else if value.eq_ignore_ascii_case("Daily-limit") || value.eq_ignore_ascii_case("Daily") {
            Self::DailyLimit
        } else {
            Self::Other(value.to_owned())
        }
    }

    /// The header value as Zoom spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Qps => "QPS",
            Self::DailyLimit => "Daily-limit",
            Self::Other(other) => other,
        }
    }
}

impl fmt::Display for RateLimitType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Zoom's rate-limit headers of one answer (`X-RateLimit-Category`,
/// `-Type`, `-Limit`, `-Remaining`); each is `None` when absent or
/// unreadable. Zoom does not send them on every answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RateLimitInfo {
    category: Option<String>,
    limit_type: Option<RateLimitType>,
    limit: Option<u64>,
    remaining: Option<u64>,
}

impl RateLimitInfo {
    /// Reads the headers; absent or malformed ones are `None`.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let number = |name: &str| text(name).and_then(|v| v.parse().ok());
        Self {
            category: text("x-ratelimit-category").map(str::to_owned),
            limit_type: text("x-ratelimit-type").map(RateLimitType::parse),
            limit: number("x-ratelimit-limit"),
            remaining: number("x-ratelimit-remaining"),
        }
    }

    /// The category the server counted the request in, when it is one this
    /// crate knows (`X-RateLimit-Category`).
    pub fn category(&self) -> Option<RateLimitCategory> {
        self.category.as_deref().and_then(RateLimitCategory::parse)
    }

    /// `X-RateLimit-Category` exactly as sent, e.g. `Light`.
    pub fn category_name(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// `X-RateLimit-Type`: per-second or daily limit.
    pub fn limit_type(&self) -> Option<&RateLimitType> {
        self.limit_type.as_ref()
    }

    /// Whether the answer reports the daily limit.
    pub fn is_daily_limit(&self) -> bool {
        self.limit_type == Some(RateLimitType::DailyLimit)
    }

    /// `X-RateLimit-Limit`: requests allowed in the current window.
    pub fn limit(&self) -> Option<u64> {
        self.limit
    }

    /// `X-RateLimit-Remaining`: requests left in the current window.
    pub fn remaining(&self) -> Option<u64> {
        self.remaining
    }

    /// Whether none of the headers were present.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// How long `Retry-After` asks to wait, counted from `now`: delta seconds,
/// an HTTP date (any RFC 9110 form), or an RFC 3339 / ISO-8601 timestamp
/// (a missing offset means UTC). A time in the past means no wait.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if value.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let seconds: f64 = value.parse().ok()?;
        // Anything beyond a year is nonsense; cap it rather than overflow.
        return Some(Duration::from_secs_f64(seconds.min(365.0 * 86_400.0)));
    }
    let at = httpdate::parse_http_date(value)
        .ok()
        .or_else(|| parse_iso8601(value))?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

fn parse_iso8601(value: &str) -> Option<SystemTime> {
    use chrono::{DateTime, NaiveDateTime};
    if let Ok(at) = DateTime::parse_from_rfc3339(value) {
        return Some(at.into());
    }
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(value, format).ok())
        .map(|naive| naive.and_utc().into())
}

/// Time from `now` until the next 00:00 UTC, when daily limits reset.
pub(crate) fn until_utc_midnight(now: SystemTime) -> Duration {
    const DAY: u64 = 86_400;
    let since_epoch = now.duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO);
    let into_day = Duration::new(since_epoch.as_secs() % DAY, since_epoch.subsec_nanos());
    Duration::from_secs(DAY) - into_day
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn at(rfc3339: &str) -> SystemTime {
        chrono::DateTime::parse_from_rfc3339(rfc3339)
            .expect("valid timestamp")
            .into()
    }

    #[test]
    fn retry_after_in_every_form() {
        let now = at("2024-05-01T12:00:00Z");
        let secs = |s| Some(Duration::from_secs(s));
        assert_eq!(parse_retry_after("3", now), secs(3));
        assert_eq!(parse_retry_after(" 120 ", now), secs(120));
        assert_eq!(
            parse_retry_after("1.5", now),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(
            parse_retry_after("Wed, 01 May 2024 12:00:07 GMT", now),
            secs(7)
        );
        // RFC 850 and asctime, the obsolete HTTP-date forms.
        assert_eq!(
            parse_retry_after("Wednesday, 01-May-24 12:00:07 GMT", now),
            secs(7)
        );
        assert_eq!(parse_retry_after("Wed May  1 12:00:07 2024", now), secs(7));
        assert_eq!(parse_retry_after("2024-05-01T12:00:09Z", now), secs(9));
        assert_eq!(parse_retry_after("2024-05-01T14:00:09+02:00", now), secs(9));
        assert_eq!(
            parse_retry_after("2024-05-01T12:00:09.500Z", now),
            Some(Duration::from_millis(9500))
        );
        assert_eq!(parse_retry_after("2024-05-01T12:00:09", now), secs(9));
        assert_eq!(parse_retry_after("2024-05-01 12:00:09", now), secs(9));
        assert_eq!(parse_retry_after("2024-05-02T00:00:00Z", now), secs(43_200));
        // In the past: no wait.
        assert_eq!(parse_retry_after("2024-05-01T11:00:00Z", now), secs(0));
        for bad in ["", "soon", "-1", "1.2.3", "2024-13-01T00:00:00Z"] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad:?}");
        }
    }

    #[test]
    fn midnight_utc() {
        assert_eq!(
            until_utc_midnight(at("2024-05-01T23:59:30Z")),
            Duration::from_secs(30)
        );
        assert_eq!(
            until_utc_midnight(at("2024-05-01T00:00:00Z")),
            Duration::from_secs(86_400)
        );
    }

    #[test]
    fn reads_rate_limit_headers() {
        let mut headers = HeaderMap::new();
        assert!(RateLimitInfo::from_headers(&headers).is_empty());
        for (name, value) in [
            ("x-ratelimit-category", "Resource-intensive"),
            ("x-ratelimit-type", "Daily-limit"),
            ("x-ratelimit-limit", "60000"),
            ("x-ratelimit-remaining", "not a number"),
        ] {
            headers.insert(name, HeaderValue::from_static(value));
        }
        let info = RateLimitInfo::from_headers(&headers);
        assert_eq!(info.category(), Some(RateLimitCategory::ResourceIntensive));
        assert_eq!(info.category_name(), Some("Resource-intensive"));
        assert!(info.is_daily_limit());
        assert_eq!((info.limit(), info.remaining()), (Some(60_000), None));
        headers.insert("x-ratelimit-type", HeaderValue::from_static("QPS"));
        headers.insert("x-ratelimit-category", HeaderValue::from_static("Odd"));
        let info = RateLimitInfo::from_headers(&headers);
        assert_eq!(info.limit_type(), Some(&RateLimitType::Qps));
        assert_eq!((info.category(), info.category_name()), (None, Some("Odd")));
    }
}
