//! Pacing by Zoom's rate-limit categories: how many requests per category
//! the client lets out, in this process or shared by every process of an
//! account, and how answers adjust it.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::auth::BoxFuture;
use super::operation::RateLimitCategory;

/// The account's Zoom plan, which sets its per-second limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Plan {
    /// Free accounts.
    Free,
    /// Pro accounts.
    Pro,
    /// Business, Education, Enterprise and Partner accounts ("Business+").
    Business,
}

/// A category's budget: `requests` per `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    requests: u32,
    per: Duration,
}

impl Limit {
    /// `requests` per `per`; `None` when either is zero.
    pub fn new(requests: u32, per: Duration) -> Option<Self> {
        (requests > 0 && !per.is_zero()).then_some(Self { requests, per })
    }

    /// Requests allowed per period.
    pub fn requests(&self) -> u32 {
        self.requests
    }

    /// The period.
    pub fn per(&self) -> Duration {
        self.per
    }
}

/// The four categories, in the order the pacing tables use.
pub(crate) const CATEGORIES: [RateLimitCategory; 4] = [
    RateLimitCategory::Light,
    RateLimitCategory::Medium,
    RateLimitCategory::Heavy,
    RateLimitCategory::ResourceIntensive,
];

pub(crate) fn index(category: RateLimitCategory) -> usize {
    CATEGORIES
        .iter()
        .position(|c| *c == category)
        .unwrap_or_default()
}

/// How the client paces its requests; set with
/// [`ClientBuilder::pacing`](crate::ClientBuilder::pacing).
///
/// Zoom's limits belong to the account, per category (every operation's
/// [`RateLimitCategory`] comes from the spec). The client spaces the
/// requests of a category evenly, `period / requests` apart plus a safety
/// margin (default 5 %, so that network jitter cannot bunch one period's
/// requests into Zoom's window), and adapts to what Zoom answers:
///
/// - a `429` with `Retry-After`, or `X-RateLimit-Remaining: 0`, pauses the
///   category until then (one second when Zoom gives no time);
/// - a `429` whose `X-RateLimit-Type` is `Daily-limit` stops the category
///   until Zoom's reset (`Retry-After`, else 00:00 UTC): calls fail at once
///   with [`Error::DailyLimit`](crate::Error::DailyLimit) and send nothing.
///
/// The state lives in this process (shared by the client's clones) unless
/// [`shared`](Self::shared) puts it in a [`PaceStore`], such as
/// `RedisStore` (feature `redis`), for every process of the account.
#[derive(Clone)]
pub struct Pacing {
    limits: [Option<Limit>; 4],
    margin_percent: u32,
    shared: Option<(Arc<dyn PaceStore>, String)>,
}

impl Pacing {
    /// Zoom's documented per-second limits for `plan` (Light, Medium,
    /// Heavy; Resource-intensive per minute).
    pub fn plan(plan: Plan) -> Self {
        let second = Duration::from_secs(1);
        let minute = Duration::from_secs(60);
        let (light, medium, heavy, intensive) = match plan {
            Plan::Free => (4, 2, 1, 10),
            Plan::Pro => (30, 20, 10, 10),
            Plan::Business => (80, 60, 40, 20),
        };
        Self {
            limits: [
                Limit::new(light, second),
                Limit::new(medium, second),
                Limit::new(heavy, second),
                Limit::new(intensive, minute),
            ],
            ..Self::unlimited()
        }
    }

    /// No per-category limits, only the adjustments to Zoom's answers
    /// (pauses after `Retry-After`, stops after a daily limit).
    pub fn unlimited() -> Self {
        Self {
            limits: [None; 4],
            margin_percent: 5,
            shared: None,
        }
    }

    /// Sets `category` to `requests` per `per` (custom values, or Zoom's
    /// when they change); zero removes the limit.
    pub fn limit(mut self, category: RateLimitCategory, requests: u32, per: Duration) -> Self {
        self.limits[index(category)] = Limit::new(requests, per);
        self
    }

    /// The extra spacing, in percent of the even spacing (default 5).
    pub fn safety_margin_percent(mut self, percent: u32) -> Self {
        self.margin_percent = percent.min(100);
        self
    }

    /// Shares the pacing state with every process using `store` with the
    /// same `account` (say, the Zoom account id): they all draw on one
    /// budget per category, and one daily-limit answer stops them all.
    pub fn shared(mut self, store: Arc<dyn PaceStore>, account: impl Into<String>) -> Self {
        self.shared = Some((store, account.into()));
        self
    }

    /// The limit of `category`, if any.
    pub fn limit_of(&self, category: RateLimitCategory) -> Option<Limit> {
        self.limits[index(category)]
    }

    /// The spacing between two requests of `category`; zero when
    /// unlimited.
    pub fn interval(&self, category: RateLimitCategory) -> Duration {
        match self.limit_of(category) {
            None => Duration::ZERO,
            Some(limit) => {
                let even = limit.per / limit.requests;
                even + even * self.margin_percent / 100
            }
        }
    }

    pub(crate) fn shared_store(&self) -> Option<&(Arc<dyn PaceStore>, String)> {
        self.shared.as_ref()
    }
}

impl fmt::Debug for Pacing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pacing")
            .field("limits", &self.limits)
            .field("margin_percent", &self.margin_percent)
            .field("shared_account", &self.shared.as_ref().map(|(_, a)| a))
            .finish()
    }
}

/// Why a category is not sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopKind {
    /// A short wait (`Retry-After`, no requests left this second): calls
    /// wait it out.
    Pause,
    /// The daily limit is used up: calls fail until the reset.
    Daily,
}

/// What a [`PaceStore`] answers for a reservation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Send after this wait (zero: at once); the slot is taken.
    After(Duration),
    /// The category is stopped for this long; no slot was taken.
    Stopped(StopKind, Duration),
}

/// An error of a [`PaceStore`]; the client logs it and paces in process
/// until the store answers again.
pub type PaceStoreError = Box<dyn std::error::Error + Send + Sync>;

/// Pacing state shared by several processes. Both calls must be atomic
/// across every process using the store: `RedisStore` runs each as one Lua
/// script on the server's clock.
pub trait PaceStore: Send + Sync + 'static {
    /// Takes the next send slot of `key`: `interval` after the previous slot
    /// any process took, or now if that is past. A stopped key answers
    /// [`Slot::Stopped`] and takes no slot; a zero `interval` only checks
    /// for a stop.
    fn reserve<'a>(
        &'a self,
        key: &'a str,
        interval: Duration,
    ) -> BoxFuture<'a, Result<Slot, PaceStoreError>>;

    /// Stops `key` for `duration`.
    fn stop<'a>(
        &'a self,
        key: &'a str,
        kind: StopKind,
        duration: Duration,
    ) -> BoxFuture<'a, Result<(), PaceStoreError>>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_space_requests_with_the_margin() {
        let pro = Pacing::plan(Plan::Pro);
        // 1 s / 30 = 33.33 ms, plus 5 %.
        assert_eq!(
            pro.interval(RateLimitCategory::Light),
            Duration::from_nanos(33_333_333 + 1_666_666)
        );
        let custom = Pacing::unlimited()
            .limit(RateLimitCategory::Light, 10, Duration::from_secs(1))
            .safety_margin_percent(0);
        assert_eq!(
            custom.interval(RateLimitCategory::Light),
            Duration::from_millis(100)
        );
        assert_eq!(custom.interval(RateLimitCategory::Heavy), Duration::ZERO);
        let free = Pacing::plan(Plan::Free).safety_margin_percent(0);
        assert_eq!(
            free.interval(RateLimitCategory::ResourceIntensive),
            Duration::from_secs(6)
        );
        assert_eq!(Limit::new(0, Duration::from_secs(1)), None);
    }
}
