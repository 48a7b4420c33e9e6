//! The pacing state of one client (shared by its clones): a GCRA limiter per
//! category in process (governor's), the stops learned from Zoom's answers,
//! and the shared [`PaceStore`] when configured.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use governor::clock::Clock;
use governor::middleware::NoOpMiddleware;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use tokio::time::Instant;

use super::operation::{OperationInfo, RateLimitCategory};
use super::pacing::{CATEGORIES, Pacing, Slot, StopKind, index};
use super::rate_limit::{RateLimitInfo, parse_retry_after, until_utc_midnight};
use crate::Error;

/// The pause after `X-RateLimit-Remaining: 0` or a 429 without
/// `Retry-After`: Zoom's per-second windows.
const DEFAULT_PAUSE: Duration = Duration::from_secs(1);

/// governor's clock on tokio's time, so tests with paused time pace too.
#[derive(Clone)]
struct TokioClock {
    start: Instant,
}

impl Clock for TokioClock {
    type Instant = Duration;
    fn now(&self) -> Duration {
        self.start.elapsed()
    }
}

type Limiter = RateLimiter<NotKeyed, InMemoryState, TokioClock, NoOpMiddleware<Duration>>;

/// The client's pacing state.
pub(crate) struct Pacer {
    config: Pacing,
    clock: TokioClock,
    local: [Option<Limiter>; 4],
    stops: Mutex<[Option<(StopKind, Instant)>; 4]>,
    /// Set after a shared-store failure was logged, so an outage logs once.
    store_failing: AtomicBool,
}

impl Pacer {
    pub(crate) fn new(config: Pacing) -> Self {
        let clock = TokioClock {
            start: Instant::now(),
        };
        let local = CATEGORIES.map(|category| {
            let interval = config.interval(category);
            // Burst 1: requests are spaced evenly, so no window of Zoom's
            // sees more than the limit, however it is aligned.
            Quota::with_period(interval)
                .map(|quota| RateLimiter::direct_with_clock(quota, clock.clone()))
        });
        Self {
            config,
            clock,
            local,
            stops: Mutex::new([None; 4]),
            store_failing: AtomicBool::new(false),
        }
    }

    fn stops(&self) -> MutexGuard<'_, [Option<(StopKind, Instant)>; 4]> {
        self.stops.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until `op` may be sent, or fails at once if its category's
    /// daily limit is used up.
    pub(crate) async fn acquire(&self, op: &'static OperationInfo) -> Result<(), Error> {
        let category = op.rate_limit;
        loop {
            let stop = self.stops()[index(category)];
            if let Some((kind, until)) = stop {
                let now = Instant::now();
                if until > now {
                    match kind {
                        StopKind::Daily => return Err(daily_limit(op, until - now)),
                        StopKind::Pause => {
                            tokio::time::sleep_until(until).await;
                            continue;
                        }
                    }
                }
            }
            match self.reserve_shared(category).await {
                Some(Slot::After(wait)) => {
                    tokio::time::sleep(wait).await;
                    return Ok(());
                }
                Some(Slot::Stopped(kind, left)) => {
                    // Remember it here too, so the next call does not ask.
                    self.stop_locally(category, kind, left);
                    continue;
                }
                None => {
                    self.acquire_local(category).await;
                    return Ok(());
                }
            }
        }
    }

    /// The shared store's answer; `None` when there is no store or it
    /// failed (then this process paces alone).
    async fn reserve_shared(&self, category: RateLimitCategory) -> Option<Slot> {
        let (store, account) = self.config.shared_store()?;
        match store
            .reserve(
                &shared_key(account, category),
                self.config.interval(category),
            )
            .await
        {
            Ok(slot) => {
                self.store_failing.store(false, Ordering::Relaxed);
                Some(slot)
            }
            Err(error) => {
                if !self.store_failing.swap(true, Ordering::Relaxed) {
                    tracing::warn!(%error, "shared pacing store failed; pacing in process");
                }
                None
            }
        }
    }

    async fn acquire_local(&self, category: RateLimitCategory) {
        let Some(limiter) = &self.local[index(category)] else {
            return;
        };
        while let Err(not_until) = limiter.check() {
            tokio::time::sleep(not_until.wait_time_from(self.clock.now())).await;
        }
    }

    fn stop_locally(&self, category: RateLimitCategory, kind: StopKind, left: Duration) {
        let until = Instant::now() + left;
        let mut stops = self.stops();
        let slot = &mut stops[index(category)];
        // A daily stop is not shortened by a pause.
        let keep =
            slot.is_some_and(|(k, u)| u > until || (k == StopKind::Daily && u > Instant::now()));
        if !keep {
            *slot = Some((kind, until));
        }
    }

    /// Learns from an answer: 429s and exhausted budgets stop or pause the
    /// category, here and in the shared store.
    pub(crate) async fn observe(
        &self,
        op: &'static OperationInfo,
        status: StatusCode,
        headers: &HeaderMap,
    ) {
        let info = RateLimitInfo::from_headers(headers);
        let Some((kind, left)) = stop_for(status, &info, headers) else {
            return;
        };
        let category = info.category().unwrap_or(op.rate_limit);
        tracing::debug!(
            category = category.as_str(),
            ?kind,
            wait_ms = u64::try_from(left.as_millis()).unwrap_or(u64::MAX),
            "pausing a rate-limit category"
        );
        self.stop_locally(category, kind, left);
        if let Some((store, account)) = self.config.shared_store()
            && let Err(error) = store.stop(&shared_key(account, category), kind, left).await
        {
            tracing::warn!(%error, "could not share a rate-limit stop");
        }
    }
}

/// The store key of `account`'s budget for `category`, e.g. `acct-42:Light`.
fn shared_key(account: &str, category: RateLimitCategory) -> String {
    format!("{account}:{}", category.as_str())
}

/// What an answer says about the category: a daily stop, a pause, or
/// nothing.
fn stop_for(
    status: StatusCode,
    info: &RateLimitInfo,
    headers: &HeaderMap,
) -> Option<(StopKind, Duration)> {
    let exhausted = status == StatusCode::TOO_MANY_REQUESTS || info.remaining() == Some(0);
    if !exhausted {
        return None;
    }
    let now = SystemTime::now();
    let asked = headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, now));
    if info.is_daily_limit() {
        Some((
            StopKind::Daily,
            asked.unwrap_or_else(|| until_utc_midnight(now)),
        ))
    } else {
        Some((StopKind::Pause, asked.unwrap_or(DEFAULT_PAUSE)))
    }
}

fn daily_limit(op: &'static OperationInfo, left: Duration) -> Error {
    Error::DailyLimit {
        operation: op.id,
        category: op.rate_limit,
        retry_after: left,
    }
}
