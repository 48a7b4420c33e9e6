//! Streams over paged listings. A paged operation's builder implements
//! [`Paginated`] (how to take a page apart, how to ask for the next one);
//! [`Paged`] walks the pages, holding one page at a time. Everything here is
//! generic over the operation, so it is compiled only where a stream is used.

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

/// A builder of a paged operation (see the pagination rule in the README).
pub trait Paginated: Operation<Answer = Json<Self::Page>> + Clone {
    /// One page of the answer.
    type Page: DeserializeOwned + Send + 'static;
    /// What the stream yields.
    type Item;
    /// A page's items and the token of the next page.
    fn split(page: Self::Page) -> (Vec<Self::Item>, Option<String>);
    /// The same request for the page `token` names.
    fn with_token(self, token: String) -> Self;
}

/// What to fetch after the items in hand.
enum Next {
    First,
    Token(String),
    Done,
}

/// Every item of every page of a listing, in order: a `Stream` of
/// `Result<Item, Error>`, `Send + 'static` and `Unpin`; `.next().await` works
/// on it directly, with no pinning and no extra import.
///
/// Each page is one ordinary request (with the client's retry policy), built
/// from the first request with only the token changed, so every parameter
/// the caller set is kept. The stream ends after a page whose token is
/// missing, empty or one of the last 64 followed. An error is yielded after
/// the items already received and ends the stream.
#[must_use = "a stream does nothing unless polled"]
pub struct Paged<O: Paginated> {
    first: O,
    in_flight: Option<Pending<Json<O::Page>>>,
    items: std::vec::IntoIter<O::Item>,
    next: Next,
    /// The last tokens followed, so a server that repeats itself can't loop
    /// us; bounded, so memory does not grow with the listing.
    seen: VecDeque<String>,
}

// Nothing in `Paged` is ever pinned in place: the page future is boxed and
// items are moved out by value.
impl<O: Paginated> Unpin for Paged<O> {}

impl<O: Paginated> Paged<O> {
    /// The stream of `first` and the pages after it.
    pub fn new(first: O) -> Self {
        Paged {
            first,
            in_flight: None,
            items: Vec::new().into_iter(),
            next: Next::First,
            seen: VecDeque::with_capacity(REMEMBERED_TOKENS),
        }
    }

    /// The next item, fetching the next page when needed; `None` at the
    /// end. (The same as `StreamExt::next`, without importing anything.)
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

impl<O: Paginated> Stream for Paged<O> {
    type Item = Result<O::Item, Error>;

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
                        let (items, token) = O::split(page);
                        this.items = items.into_iter();
                        this.next = this.follow(token);
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
            let request = match std::mem::replace(&mut this.next, Next::Done) {
                Next::First => this.first.clone(),
                Next::Token(token) => this.first.clone().with_token(token),
                Next::Done => return Poll::Ready(None),
            };
            this.in_flight = Some(send(request));
        }
    }
}

impl<O: Paginated> std::fmt::Debug for Paged<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paged")
            .field("items_in_hand", &self.items.len())
            .field("fetching", &self.in_flight.is_some())
            .finish_non_exhaustive()
    }
}
