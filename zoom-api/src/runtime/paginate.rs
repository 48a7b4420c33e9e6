//! Streams over paged listings. A generated `stream()` says how to split
//! one page into items and a next-page token and how to ask for the next
//! page; [`Paged`] walks the pages, holding one page at a time.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde::de::DeserializeOwned;

use super::call::{Json, Operation, Pending, send};
use crate::Error;

/// How many of the latest tokens are remembered: a server cycling through
/// more distinct tokens than this is not caught, but memory stays bounded.
const REMEMBERED_TOKENS: usize = 64;

/// One page: its items and the token of the next one.
pub(crate) struct Page<T> {
    items: Vec<T>,
    next: Option<String>,
}

/// What to fetch after the items in hand.
enum Next {
    First,
    Token(String),
    Done,
}

type Fetch<T> = Box<dyn FnMut(Option<String>) -> Pending<Page<T>> + Send>;

/// Every item of every page of a listing, in order: a `Stream` of
/// `Result<T, Error>`, `Send + 'static` and `Unpin`; `.next().await` works
/// on it directly, with no pinning and no extra import.
///
/// Each page is one ordinary request (with the client's retry policy), built
/// from the first request with only the token changed, so every parameter
/// the caller set is kept. The stream ends after a page whose token is
/// missing, empty or one of the last 64 followed. An error is yielded after
/// the items already received and ends the stream.
#[must_use = "a stream does nothing unless polled"]
pub struct Paged<T> {
    fetch: Fetch<T>,
    in_flight: Option<Pending<Page<T>>>,
    items: std::vec::IntoIter<T>,
    next: Next,
    /// The last tokens followed, so a server that repeats itself can't loop
    /// us; bounded, so memory does not grow with the listing.
    seen: VecDeque<String>,
}

// Nothing in `Paged` is ever pinned in place: the page future is boxed and
// items are moved out by value.
impl<T> Unpin for Paged<T> {}

/// The stream of a paged operation: `split` takes a page apart into items
/// and the next token, `with_token` makes the request for that token.
pub fn paginate<O, P, T>(
    first: O,
    split: fn(P) -> (Vec<T>, Option<String>),
    with_token: fn(O, String) -> O,
) -> Paged<T>
where
    O: Operation<Answer = Json<P>> + Clone + Send + 'static,
    P: DeserializeOwned + Send + 'static,
    T: Send + 'static,
{
    let fetch = move |token: Option<String>| {
        let request = match token {
            Some(token) => with_token(first.clone(), token),
            None => first.clone(),
        };
        send(request).map(move |page| {
            let (items, next) = split(page);
            Page { items, next }
        })
    };
    Paged {
        fetch: Box::new(fetch),
        in_flight: None,
        items: Vec::new().into_iter(),
        next: Next::First,
        seen: VecDeque::with_capacity(REMEMBERED_TOKENS),
    }
}

impl<T> Paged<T> {
    /// The next item, fetching the next page when needed; `None` at the
    /// end. (The same as `StreamExt::next`, without importing anything.)
    pub async fn next(&mut self) -> Option<Result<T, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Every remaining item, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<T>, Error> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }

    /// The next request to make after a page that named `token`.
    fn follow(&mut self, token: Option<String>) -> Next {
        let Some(token) = token.filter(|t| !t.is_empty()) else {
            return Next::Done;
        };
        if self.seen.contains(&token) {
            return Next::Done;
        }
        if self.seen.len() == REMEMBERED_TOKENS {
            self.seen.pop_front();
        }
        self.seen.push_back(token.clone());
        Next::Token(token)
    }
}

impl<T> Stream for Paged<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.items.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some(call) = &mut this.in_flight {
                let page = std::task::ready!(Pin::new(call).poll(cx));
                this.in_flight = None;
                match page {
                    Ok(page) => {
                        this.items = page.items.into_iter();
                        this.next = this.follow(page.next);
                    }
                    Err(error) => {
                        this.next = Next::Done;
                        return Poll::Ready(Some(Err(error)));
                    }
                }
                continue;
            }
            // Free the spent page's buffer before the next one arrives.
            this.items = Vec::new().into_iter();
            let token = match std::mem::replace(&mut this.next, Next::Done) {
                Next::First => None,
                Next::Token(token) => Some(token),
                Next::Done => return Poll::Ready(None),
            };
            this.in_flight = Some((this.fetch)(token));
        }
    }
}

impl<T> std::fmt::Debug for Paged<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paged")
            .field("items_in_hand", &self.items.len())
            .field("fetching", &self.in_flight.is_some())
            .finish_non_exhaustive()
    }
}
