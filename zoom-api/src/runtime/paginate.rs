//! Streams over paged listings. Generated `stream()` methods describe how to
//! send one page, split it into items and a next-page token, and ask for the
//! next page; this module walks the pages, holding one page at a time.

use crate::Error;
use futures_core::Stream;
use std::collections::VecDeque;
use std::future::Future;

/// How many of the latest tokens are remembered: a server cycling through
/// more distinct tokens than this is not caught, but memory stays bounded.
const REMEMBERED_TOKENS: usize = 64;

struct State<B, T, S, Sp, W> {
    /// The request for the next page; `None` once the listing is done.
    next: Option<B>,
    items: std::vec::IntoIter<T>,
    /// The last tokens followed, so a server that repeats itself can't loop
    /// us; bounded, so memory does not grow with the listing.
    seen: VecDeque<String>,
    /// The generated pieces, carried along because each step's future owns the state.
    send: S,
    split: Sp,
    with_token: W,
}

/// Every item of every page, in order.
///
/// Each page is one ordinary request (with the client's retry policy), built
/// from the first request with only the token changed, so every parameter the
/// caller set is kept. The stream ends after a page whose token is missing,
/// empty or one of the last 64 followed. An error is yielded after the items already
/// received and ends the stream.
pub fn paginate<B, P, T, Fut>(
    first: B,
    send: impl Fn(B) -> Fut + Send + 'static,
    split: impl Fn(P) -> (Vec<T>, Option<String>) + Send + 'static,
    with_token: impl Fn(B, String) -> B + Send + 'static,
) -> impl Stream<Item = Result<T, Error>> + Send + 'static
where
    B: Clone + Send + 'static,
    P: Send + 'static,
    T: Send + 'static,
    Fut: Future<Output = Result<P, Error>> + Send,
{
    let state = State {
        next: Some(first),
        items: Vec::new().into_iter(),
        seen: VecDeque::with_capacity(REMEMBERED_TOKENS),
        send,
        split,
        with_token,
    };
    futures_util::stream::unfold(state, |mut state| async move {
        loop {
            if let Some(item) = state.items.next() {
                return Some((Ok(item), state));
            }
            let request = state.next.take()?;
            // Free the spent page's buffer before the next one arrives.
            state.items = Vec::new().into_iter();
            match (state.send)(request.clone()).await {
                Ok(page) => {
                    let (items, token) = (state.split)(page);
                    state.items = items.into_iter();
                    if let Some(token) = token.filter(|t| !t.is_empty()) {
                        if !state.seen.contains(&token) {
                            if state.seen.len() == REMEMBERED_TOKENS {
                                state.seen.pop_front();
                            }
                            state.seen.push_back(token.clone());
                            state.next = Some((state.with_token)(request, token));
                        }
                    }
                }
                Err(error) => return Some((Err(error), state)),
            }
        }
    })
}
