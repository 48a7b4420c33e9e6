//! Listings whose date range Zoom limits per call (a month of recordings, a
//! week of dashboard data): [`Windowed`] walks any longer range window by
//! window, each window page by page. Generic over the operation, so it is
//! compiled only where it is used.

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::SystemTime;

use chrono::{DateTime, Days, NaiveDate, Utc};
use futures_core::Stream;

use super::paginate::{Paged, Paginated};
use crate::Error;

/// A paged listing with a limited `from`..`to` range (`x-zoom-date-window`).
pub trait DateWindowed: Paginated {
    /// Zoom's operationId, for errors.
    const OPERATION: &'static str;
    /// The longest range one call may ask for, in days (both ends counted).
    const MAX_DAYS: u32;
    /// How far back from today `from` may reach, when Zoom limits it.
    const MAX_AGE_DAYS: Option<u32>;
    /// The same request for the range `from`..`to`.
    fn with_range(self, from: NaiveDate, to: NaiveDate) -> Self;
}

/// Every item between two dates: a `Stream` of `Result<Item, Error>`,
/// `Send + 'static` and `Unpin`, like [`Paged`], with inherent `next()` and
/// `try_collect()`. A range that Zoom would refuse (`to` before `from`, or
/// `from` further back than Zoom keeps) yields one `InvalidRequest` error
/// and sends nothing.
#[must_use = "a stream does nothing unless polled"]
pub struct Windowed<O: DateWindowed> {
    base: O,
    windows: VecDeque<(NaiveDate, NaiveDate)>,
    current: Option<Paged<O>>,
    refused: Option<Error>,
}

impl<O: DateWindowed> Unpin for Windowed<O> {}

impl<O: DateWindowed> Windowed<O> {
    /// The stream of `base` over `from`..`to`, both included.
    pub fn new(base: O, from: NaiveDate, to: NaiveDate) -> Self {
        let today = DateTime::<Utc>::from(SystemTime::now()).date_naive();
        let (windows, refused) = match check::<O>(from, to, today) {
            Ok(()) => (windows(from, to, O::MAX_DAYS), None),
            Err(error) => (VecDeque::new(), Some(error)),
        };
        Windowed {
            base,
            windows,
            current: None,
            refused,
        }
    }

    /// The next item; `None` at the end.
    pub async fn next(&mut self) -> Option<Result<O::Item, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Every remaining item, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<O::Item>, Error> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }
}

/// Refuses a range Zoom would refuse, before anything is sent.
fn check<O: DateWindowed>(from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<(), Error> {
    let refuse = |field: &str, rule: String| Error::InvalidRequest {
        operation: O::OPERATION,
        field: field.to_owned(),
        rule,
    };
    if to < from {
        return Err(refuse("to", format!("{to} is before from ({from})")));
    }
    if let Some(days) = O::MAX_AGE_DAYS {
        let oldest = today
            .checked_sub_days(Days::new(days.into()))
            .unwrap_or(NaiveDate::MIN);
        if from < oldest {
            let rule =
                format!("{from} is more than {days} days ago; Zoom answers from {oldest} on");
            return Err(refuse("from", rule));
        }
    }
    Ok(())
}

/// `from`..`to` cut into consecutive windows of at most `max_days` days.
fn windows(from: NaiveDate, to: NaiveDate, max_days: u32) -> VecDeque<(NaiveDate, NaiveDate)> {
    let step = Days::new(u64::from(max_days.max(1)) - 1);
    let mut out = VecDeque::new();
    let mut start = from;
    loop {
        let end = start.checked_add_days(step).map_or(to, |end| end.min(to));
        out.push_back((start, end));
        match end.succ_opt() {
            Some(next) if end < to => start = next,
            _ => return out,
        }
    }
}

impl<O: DateWindowed> Stream for Windowed<O> {
    type Item = Result<O::Item, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if let Some(error) = this.refused.take() {
            return Poll::Ready(Some(Err(error)));
        }
        loop {
            if let Some(pages) = &mut this.current {
                match std::task::ready!(Pin::new(pages).poll_next(cx)) {
                    Some(Err(error)) => {
                        // An error ends the stream, as it does a `Paged`.
                        this.windows.clear();
                        this.current = None;
                        return Poll::Ready(Some(Err(error)));
                    }
                    Some(item) => return Poll::Ready(Some(item)),
                    None => this.current = None,
                }
            }
            let Some((from, to)) = this.windows.pop_front() else {
                return Poll::Ready(None);
            };
            this.current = Some(Paged::new(this.base.clone().with_range(from, to)));
        }
    }
}

impl<O: DateWindowed> std::fmt::Debug for Windowed<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Windowed")
            .field("operation", &O::OPERATION)
            .field("windows_left", &self.windows.len())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    #[test]
    fn ranges_are_cut_into_whole_windows() {
        let got: Vec<_> = windows(day("2026-09-01"), day("2026-11-29"), 30).into();
        assert_eq!(
            got,
            vec![
                (day("2026-09-01"), day("2026-09-30")),
                (day("2026-10-01"), day("2026-10-30")),
                (day("2026-10-31"), day("2026-11-29")),
            ]
        );
        let one: Vec<_> = windows(day("2026-09-01"), day("2026-09-01"), 30).into();
        assert_eq!(one, vec![(day("2026-09-01"), day("2026-09-01"))]);
        let weekly: Vec<_> = windows(day("2026-09-01"), day("2026-09-10"), 7).into();
        assert_eq!(
            weekly,
            vec![
                (day("2026-09-01"), day("2026-09-07")),
                (day("2026-09-08"), day("2026-09-10"))
            ]
        );
    }
}
