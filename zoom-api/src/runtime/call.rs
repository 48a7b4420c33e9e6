//! What a generated request builder hands over and what it gets back.
//!
//! A builder implements [`Operation`]: it names how its 2xx answer is read
//! ([`Json`], [`Empty`] or [`File`]) and turns itself into a [`Request`].
//! [`send`] and [`send_with_response`] do the rest and return a
//! [`Pending`]: a named future that drives one shared, non-generic
//! request lifecycle (see `send.rs`) and then reads the answer. So no
//! operation compiles an async state machine of its own; per operation
//! there is only the decoding of its answer type.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use serde::de::DeserializeOwned;

use super::auth::BoxFuture;
use super::download::Download;
use super::request::Request;
use super::response::{BodyUse, RawResponse, Response, decode_json};
use crate::{Client, Error};

/// A generated request builder.
pub trait Operation: Sized {
    /// How a 2xx answer is read.
    type Answer: Answer + 'static;

    /// Checks the builder's values against the spec's rules and builds the
    /// request; the client it was made from comes along.
    fn into_request(self) -> Result<(Client, Request), Error>;
}

/// How a 2xx answer becomes the value a call returns.
pub trait Answer {
    /// What the call returns.
    type Output: Send + 'static;
    /// How much of the body the lifecycle must read.
    const BODY: BodyUse;
    /// Reads the answer.
    fn read(operation: &'static str, raw: RawResponse) -> Result<Self::Output, Error>;
}

/// A JSON body decoded as `T`.
pub struct Json<T>(PhantomData<fn() -> T>);

impl<T: DeserializeOwned + Send + 'static> Answer for Json<T> {
    type Output = T;
    const BODY: BodyUse = BodyUse::Json;
    fn read(operation: &'static str, raw: RawResponse) -> Result<T, Error> {
        decode_json(operation, &raw)
    }
}

/// No body (any body is drained and ignored).
pub struct Empty;

impl Answer for Empty {
    type Output = ();
    const BODY: BodyUse = BodyUse::Ignore;
    fn read(_: &'static str, _: RawResponse) -> Result<(), Error> {
        Ok(())
    }
}

/// A file, streamed as it arrives.
pub struct File;

impl Answer for File {
    type Output = Download;
    const BODY: BodyUse = BodyUse::Stream;
    fn read(operation: &'static str, raw: RawResponse) -> Result<Download, Error> {
        Download::new(operation, raw)
    }
}

/// Sends an operation; the future yields its answer.
pub fn send<O: Operation>(operation: O) -> Pending<<O::Answer as Answer>::Output> {
    Pending::start(
        operation.into_request(),
        O::Answer::BODY,
        Box::new(O::Answer::read),
    )
}

/// Sends an operation; the future yields its answer with the status and
/// headers.
pub fn send_with_response<O: Operation>(
    operation: O,
) -> Pending<Response<<O::Answer as Answer>::Output>> {
    let read = |operation: &'static str, raw: RawResponse| {
        let (status, headers) = (raw.status, raw.headers.clone());
        O::Answer::read(operation, raw).map(|body| Response::new(status, headers, body))
    };
    Pending::start(operation.into_request(), O::Answer::BODY, Box::new(read))
}

type Reader<T> = Box<dyn FnOnce(&'static str, RawResponse) -> Result<T, Error> + Send>;

/// A call on its way: `.await` it for the answer. It owns everything it
/// needs (`Send + 'static`, `Unpin`), so it can be spawned, stored or
/// raced; dropping it cancels the call.
#[must_use = "a call does nothing unless awaited"]
pub struct Pending<T> {
    state: State<T>,
}

enum State<T> {
    /// The request was refused before sending; the error is yielded once.
    Refused(Option<Error>),
    Running {
        operation: &'static str,
        call: BoxFuture<'static, Result<RawResponse, Error>>,
        read: Option<Reader<T>>,
    },
}

impl<T> Pending<T> {
    /// Starts `prepared` through the lifecycle; `read` turns its 2xx answer
    /// into the value, or a later step (a paged stream) into another.
    pub(crate) fn start(
        prepared: Result<(Client, Request), Error>,
        body: BodyUse,
        read: Reader<T>,
    ) -> Self {
        let state = match prepared {
            Err(error) => State::Refused(Some(error)),
            Ok((client, request)) => State::Running {
                operation: request.operation().id,
                call: execute(client, request, body),
                read: Some(read),
            },
        };
        Pending { state }
    }

    /// The same call, with its answer turned into something else.
    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U + Send + 'static) -> Pending<U>
    where
        T: 'static,
    {
        let state = match self.state {
            State::Refused(error) => State::Refused(error),
            State::Running {
                operation,
                call,
                read,
            } => State::Running {
                operation,
                call,
                read: read.map(|read| -> Reader<U> {
                    Box::new(move |operation, raw| read(operation, raw).map(f))
                }),
            },
        };
        Pending { state }
    }
}

/// The one lifecycle future, boxed: compiled once, not once per operation.
fn execute(
    client: Client,
    request: Request,
    body: BodyUse,
) -> BoxFuture<'static, Result<RawResponse, Error>> {
    Box::pin(async move { client.inner.execute(request, body).await })
}

impl<T> Future for Pending<T> {
    type Output = Result<T, Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match &mut self.state {
            State::Refused(error) => match error.take() {
                Some(error) => Poll::Ready(Err(error)),
                None => panic!("a zoom_api call was polled after it finished"),
            },
            State::Running {
                operation,
                call,
                read,
            } => {
                let raw = std::task::ready!(call.as_mut().poll(cx));
                let read = read
                    .take()
                    .expect("a zoom_api call was polled after it finished");
                Poll::Ready(raw.and_then(|raw| read(operation, raw)))
            }
        }
    }
}

impl<T> std::fmt::Debug for Pending<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.state {
            State::Refused(_) => f.write_str("Pending(refused)"),
            State::Running { operation, .. } => write!(f, "Pending({operation})"),
        }
    }
}
