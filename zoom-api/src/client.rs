//! The client handle and its builder.

use std::fmt;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::Error;
use crate::runtime::{self, BodyUse, Inner, Request, Response};

mod builder;
mod config;
pub use builder::ClientBuilder;
#[cfg(feature = "user-oauth")]
pub(crate) use config::{check_credential, default_user_agent, http_client};

/// A Zoom API client.
///
/// Cloning is cheap and clones share connections, the cached access token
/// and its renewal, so build one and pass it around. Successful response
/// bodies are read up to 16 MiB; a larger body fails with [`Error::Decode`].
///
/// Every call runs in a `tracing` span `zoom_api.request` with the
/// operation id, the method and the path *template* (the filled path may
/// hold an email address), recording the final status, the number of
/// attempts and the duration; each retry logs a debug event with its reason
/// and wait.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client with server-to-server OAuth credentials from the
    /// environment; see [`ClientBuilder::from_env`].
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env()?.build()
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// A file Zoom gives out by URL, such as a recording file's
    /// `download_url`, streamed as it arrives:
    ///
    /// ```no_run
    /// # async fn demo(client: zoom_api::Client, url: &str) -> Result<(), zoom_api::Error> {
    /// let file = client.download(url).send().await?;
    /// let size = file
    ///     .on_progress(|got, total| eprintln!("{got} of {total:?} bytes"))
    ///     .save("recording.mp4")
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn download(&self, url: impl Into<String>) -> runtime::FileRequest {
        runtime::FileRequest::new(self.clone(), url.into())
    }

    // Raw access for tests of the runtime: generated operations go through
    // `runtime::send` instead.

    /// Sends `request` and decodes a 2xx JSON answer as `T`.
    #[doc(hidden)]
    pub async fn send_json<T: DeserializeOwned>(&self, request: Request) -> Result<T, Error> {
        let operation = request.operation().id;
        let raw = self.inner.execute(request, BodyUse::Json).await?;
        runtime::decode_json(operation, &raw)
    }

    /// Sends `request` and accepts any 2xx answer, ignoring its body.
    #[doc(hidden)]
    pub async fn send_empty(&self, request: Request) -> Result<(), Error> {
        self.inner.execute(request, BodyUse::Ignore).await.map(drop)
    }

    /// Like [`send_json`](Self::send_json), keeping status and headers.
    #[doc(hidden)]
    pub async fn send_json_with_response<T: DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<Response<T>, Error> {
        let operation = request.operation().id;
        let raw = self.inner.execute(request, BodyUse::Json).await?;
        let body = runtime::decode_json(operation, &raw)?;
        Ok(Response::new(raw.status, raw.headers, body))
    }

    /// Like [`send_empty`](Self::send_empty), keeping status and headers.
    #[doc(hidden)]
    pub async fn send_empty_with_response(&self, request: Request) -> Result<Response<()>, Error> {
        let raw = self.inner.execute(request, BodyUse::Ignore).await?;
        Ok(Response::new(raw.status, raw.headers, ()))
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("auth", &self.inner.auth)
            .field("user_agent", &self.inner.user_agent)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}
