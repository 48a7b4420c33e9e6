//! What a generated request builder hands over and what it gets back.
//!
//! A builder implements [`Operation`]: it names how its 2xx answer is read
//! ([`Json`], [`Empty`] or [`File`]) and turns itself into a [`Request`].
//! [`send`] and [`send_with_response`] do the rest and return a
//! [`Pending`]: a named future that drives one shared, non-generic
//! request lifecycle (see `send.rs`) and then reads the answer. No
//! operation compiles an async state machine of its own, and the decoding
//! of an answer is only compiled in the crate that awaits it (nothing here
//! takes a function pointer to it), so unused operations stay cheap.

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

/// The answer with the status, headers and body bytes it came with.
pub struct WithResponse<A>(PhantomData<fn() -> A>);

impl<A: Answer> Answer for WithResponse<A> {
    type Output = Response<A::Output>;
    const BODY: BodyUse = A::BODY;
    fn read(operation: &'static str, raw: RawResponse) -> Result<Self::Output, Error> {
        // A handle on the same buffer, not a copy: decoding is unchanged.
        let (status, headers, bytes) = (raw.status, raw.headers.clone(), raw.body.clone());
        A::read(operation, raw)
            .map(|body| Response::new(status, headers, body).with_raw(operation, bytes))
    }
}

/// Sends an operation; the future yields its answer.
pub fn send<O: Operation>(operation: O) -> Pending<O::Answer> {
    Pending::start(operation.into_request())
}

/// Sends an operation; the future yields its answer with the status and
/// headers.
pub fn send_with_response<O: Operation>(operation: O) -> Pending<WithResponse<O::Answer>> {
    Pending::start(operation.into_request())
}

/// A call on its way: `.await` it for the answer. It owns everything it
/// needs (`Send + 'static`, `Unpin`), so it can be spawned, stored or
/// raced; dropping it cancels the call.
///
/// `A` says how the answer is read; the reading is compiled where the
/// future is awaited, so an operation nobody calls costs no decoding code.
#[must_use = "a call does nothing unless awaited"]
pub struct Pending<A> {
    state: State,
    answer: PhantomData<fn() -> A>,
}

enum State {
    /// The request was refused before sending; the error is yielded once.
    Refused(Option<Error>),
    Running {
        operation: &'static str,
        call: BoxFuture<'static, Result<RawResponse, Error>>,
    },
    Done,
}

impl<A: Answer> Pending<A> {
    fn start(prepared: Result<(Client, Request), Error>) -> Self {
        Pending {
            state: begin(prepared, A::BODY),
            answer: PhantomData,
        }
    }
}

/// The state of a call that is starting, kept out of the generic `start`
/// so that its body is compiled once, not once per answer type (cargo
/// llvm-lines counted 378 copies of it at 400 operations).
fn begin(prepared: Result<(Client, Request), Error>, body: BodyUse) -> State {
    match prepared {
        Err(error) => State::Refused(Some(error)),
        Ok((client, request)) => State::Running {
            operation: request.operation().id,
            call: execute(client, request, body),
        },
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

impl<A: Answer> Future for Pending<A> {
    type Output = Result<A::Output, Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let answer = match &mut this.state {
            State::Refused(error) => Err(error.take().unwrap_or_else(polled_again)),
            State::Running { operation, call } => {
                let operation = *operation;
                std::task::ready!(call.as_mut().poll(cx)).and_then(|raw| A::read(operation, raw))
            }
            State::Done => Err(polled_again()),
        };
        this.state = State::Done;
        Poll::Ready(answer)
    }
}

/// Polling a finished call is a caller's mistake; it gets an error, not a panic.
fn polled_again() -> Error {
    Error::InvalidRequest {
        operation: "(finished call)",
        field: String::new(),
        rule: "the call was polled again after it finished".to_owned(),
    }
}

impl<A> std::fmt::Debug for Pending<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.state {
            State::Refused(_) => f.write_str("Pending(refused)"),
            State::Running { operation, .. } => write!(f, "Pending({operation})"),
            State::Done => f.write_str("Pending(done)"),
        }
    }
}
