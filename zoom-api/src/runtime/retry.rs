//! When and how long to wait before sending a request again.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::Method;

use crate::Error;

/// How the client retries failed requests; set with
/// [`ClientBuilder::retry_policy`](crate::ClientBuilder::retry_policy).
///
/// What is retried:
///
/// - `429 Too Many Requests`, for every method (Zoom did not process the
///   request). The client waits as `Retry-After` says, or backs off when the
///   header is absent. A daily limit, or a wait longer than what is left of
///   [`max_total_wait`](Self::max_total_wait), is returned at once as an
///   error carrying [`Error::retry_after`].
/// - `5xx` answers except `501`, timeouts and connections lost mid-request,
///   only for idempotent methods (GET, PUT, DELETE, HEAD, OPTIONS): a POST
///   or PATCH that may have reached Zoom is never sent twice.
/// - Failures to connect, for every method, since nothing was sent.
///
/// Back-off uses "full jitter": before retry `n` (from 0) the client sleeps
/// a random time between zero and `min(max_delay, base_delay * 2^n)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_total_wait: Duration,
}

impl Default for RetryPolicy {
    /// Up to 3 retries, back-off from 500 ms capped at 8 s per wait, and at
    /// most 30 s of waiting in total per call.
    fn default() -> Self {
        Self {
            max_retries: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_total_wait: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// Never retries: every call sends its request once.
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// How many times a request may be sent again after the first attempt.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The back-off before the first retry (at most; jitter picks less).
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest single back-off (a `Retry-After` is not limited by it).
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The most time one call may spend waiting between attempts, summed
    /// over all its retries; `Retry-After` waits count too.
    pub fn max_total_wait(mut self, wait: Duration) -> Self {
        self.max_total_wait = wait;
        self
    }

    /// Decides whether to send again after `error`, and after how long.
    /// `retries` is the number of retries already made and `waited` the time
    /// already spent waiting.
    pub(crate) fn decide(
        &self,
        method: &Method,
        error: &Error,
        retries: u32,
        waited: Duration,
    ) -> Option<Retry> {
        if retries >= self.max_retries {
            return None;
        }
        let budget = self.max_total_wait.saturating_sub(waited);
        let idempotent = is_idempotent(method);
        let (reason, asked) = match error {
            Error::Api(api) if api.status() == 429 => {
                if api.rate_limit().is_daily_limit() {
                    return None;
                }
                ("rate limited (429)", api.retry_after())
            }
            Error::Api(api) if idempotent && crate::error::retryable_status(api.status()) => {
                ("server error", api.retry_after())
            }
            // Nothing left the machine, so even a POST is safe to resend.
            Error::Transport { source, .. } if source.is_connect() => ("connect failed", None),
            Error::Transport { source, .. }
                if idempotent && crate::error::retryable_transport(source) =>
            {
                if source.is_timeout() {
                    ("timed out", None)
                } else {
                    ("connection lost", None)
                }
            }
            _ => return None,
        };
        let wait = match asked {
            // Waiting less than asked would only earn another 429.
            Some(wait) if wait > budget => return None,
            Some(wait) => wait,
            None => {
                if budget.is_zero() {
                    return None;
                }
                self.backoff(retries).min(budget)
            }
        };
        Some(Retry { wait, reason })
    }

    /// A random wait in `[0, min(max_delay, base_delay * 2^retry)]`.
    fn backoff(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.min(31));
        let cap = self.base_delay.saturating_mul(factor).min(self.max_delay);
        cap.mul_f64(unit_random())
    }
}

/// The outcome of [`RetryPolicy::decide`]: wait, then send again.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Retry {
    pub(crate) wait: Duration,
    pub(crate) reason: &'static str,
}

/// Methods whose repetition has the same effect as sending them once.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
    )
}

/// A number in `[0, 1)`, different on every call. Jitter only needs to
/// spread clients apart, not to be unpredictable, so a counter mixed with
/// the clock through SplitMix64 replaces a `rand` dependency.
fn unit_random() -> f64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut z = nanos ^ count.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    // The top 53 bits fill an f64 mantissa exactly.
    (z >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_within_its_cap_and_varies() {
        let policy = RetryPolicy::default();
        let waits: Vec<Duration> = (0..200).map(|_| policy.backoff(0)).collect();
        assert!(waits.iter().all(|w| *w <= Duration::from_millis(500)));
        let distinct: std::collections::HashSet<_> = waits.iter().collect();
        assert!(distinct.len() > 150, "jitter is not random enough");
        assert!((0..200).all(|_| policy.backoff(40) <= Duration::from_secs(8)));
        let mean = (0..2000).map(|_| unit_random()).sum::<f64>() / 2000.0;
        assert!((0.4..0.6).contains(&mean), "{mean}");
    }

    #[test]
    fn idempotent_methods() {
        for m in [Method::GET, Method::PUT, Method::DELETE] {
            assert!(is_idempotent(&m));
        }
        for m in [Method::POST, Method::PATCH] {
            assert!(!is_idempotent(&m));
        }
    }
}
