//! A file answer (a recording, a transcript, an invoice), read as it
//! arrives so that memory stays bounded whatever its size.

use std::fmt;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, HeaderMap};
use tokio::io::{AsyncWrite, AsyncWriteExt};

use super::auth::Secret;
use super::call::{File, Operation, Pending, send};
use super::operation::{OperationInfo, RateLimitCategory};
use super::request::Request;
use super::response::RawResponse;
use crate::error::DecodeError;
use crate::{Client, Error};

type Progress = Box<dyn FnMut(u64, Option<u64>) + Send>;

/// A file Zoom is sending: its headers now, its bytes as they arrive.
///
/// Read it chunk by chunk with [`chunk`](Self::chunk), copy it into any
/// `AsyncWrite` with [`write_to`](Self::write_to), or [`save`](Self::save) it
/// to a path. A body that ends early (fewer bytes than `Content-Length`) or
/// a connection lost midway is an error, never a short file that looks whole.
pub struct Download {
    operation: &'static str,
    status: StatusCode,
    headers: HeaderMap,
    body: reqwest::Response,
    /// `Content-Length`, read once: reqwest's own hint shrinks as the body is read.
    total: Option<u64>,
    received: u64,
    progress: Option<Progress>,
}

impl Download {
    pub(crate) fn new(operation: &'static str, raw: RawResponse) -> Result<Self, Error> {
        let RawResponse {
            status,
            headers,
            unread,
            ..
        } = raw;
        let body = unread.ok_or_else(|| {
            short(
                operation,
                status,
                &headers,
                "the answer has no body to stream",
            )
        })?;
        let total = body.content_length();
        Ok(Download {
            operation,
            status,
            headers,
            body,
            total,
            received: 0,
            progress: None,
        })
    }

    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status.as_u16()
    }

    /// All response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The `Content-Type` header, e.g. `video/mp4`.
    pub fn content_type(&self) -> Option<&str> {
        self.headers.get(CONTENT_TYPE)?.to_str().ok()
    }

    /// The size announced by `Content-Length`, when Zoom sends one.
    pub fn content_length(&self) -> Option<u64> {
        self.total
    }

    /// The file name the server suggests in `Content-Disposition`. It comes
    /// from the server: never use it as a path without checking it.
    pub fn file_name(&self) -> Option<String> {
        let value = self.headers.get(CONTENT_DISPOSITION)?.to_str().ok()?;
        value.split(';').find_map(|part| {
            let (key, name) = part.trim().split_once('=')?;
            (key.trim().eq_ignore_ascii_case("filename"))
                .then(|| name.trim().trim_matches('"').to_owned())
        })
    }

    /// Bytes received so far.
    pub fn received(&self) -> u64 {
        self.received
    }

    /// Calls `progress(received, total)` after every chunk; `total` is the
    /// announced size, when there is one.
    pub fn on_progress(mut self, progress: impl FnMut(u64, Option<u64>) + Send + 'static) -> Self {
        self.progress = Some(Box::new(progress));
        self
    }

    /// The next chunk of the file, or `None` once it is complete.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        let operation = self.operation;
        let chunk = self.body.chunk().await.map_err(|source| Error::Transport {
            operation,
            source: source.without_url(),
        })?;
        match chunk {
            Some(chunk) => {
                self.received += chunk.len() as u64;
                let total = self.content_length();
                if let Some(progress) = &mut self.progress {
                    progress(self.received, total);
                }
                Ok(Some(chunk))
            }
            None => match self.content_length() {
                Some(total) if self.received != total => {
                    let what = format!(
                        "the file ended after {} of the {total} bytes announced",
                        self.received
                    );
                    Err(short(operation, self.status, &self.headers, &what))
                }
                _ => Ok(None),
            },
        }
    }

    /// Copies the whole file into `out` (flushed at the end) and returns
    /// its size.
    pub async fn write_to<W: AsyncWrite + Unpin + ?Sized>(
        mut self,
        out: &mut W,
    ) -> Result<u64, Error> {
        let operation = self.operation;
        let io = |source| Error::Io { operation, source };
        while let Some(chunk) = self.chunk().await? {
            out.write_all(&chunk).await.map_err(io)?;
        }
        out.flush().await.map_err(io)?;
        Ok(self.received)
    }

    /// Writes the file to `path` and returns its size. The bytes go to
    /// `path` + `.part` first, which is renamed to `path` only once the
    /// whole file has arrived and is on disk; on any failure it is removed.
    pub async fn save(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let operation = self.operation;
        let path = path.as_ref();
        let partial = partial_path(path);
        let result = async {
            let io = |source| Error::Io { operation, source };
            let mut file = tokio::fs::File::create(&partial).await.map_err(io)?;
            let size = self.write_to(&mut file).await?;
            file.sync_all().await.map_err(io)?;
            drop(file);
            tokio::fs::rename(&partial, path).await.map_err(io)?;
            Ok(size)
        }
        .await;
        if result.is_err() {
            // Best effort: the error that matters is the one returned.
            let _ = tokio::fs::remove_file(&partial).await;
        }
        result
    }
}

/// What [`Client::download`] calls: not an operation of the spec, a URL
/// Zoom gave out.
static DOWNLOAD: OperationInfo = OperationInfo::new(
    "downloadFile",
    reqwest::Method::GET,
    "{download_url}",
    RateLimitCategory::Medium,
    &[],
);

/// A file Zoom gives out by URL, such as a recording's `download_url`:
/// made by [`Client::download`], sent with [`send`](Self::send).
///
/// The client's token goes with it only to the API's host and Zoom's own
/// domains, and with [`access_token`](Self::access_token) not at all.
/// Redirects are followed (at most 5, never from `https` to `http`), the
/// token only while the host stays the same.
#[must_use = "a request does nothing until it is sent"]
pub struct FileRequest {
    client: Client,
    url: String,
    access_token: Option<Secret<String>>,
}

impl FileRequest {
    pub(crate) fn new(client: Client, url: String) -> Self {
        FileRequest {
            client,
            url,
            access_token: None,
        }
    }

    /// Sends `token` (a recording's `download_access_token`) as the
    /// `access_token` query parameter, instead of the client's own token.
    pub fn access_token(mut self, token: impl Into<String>) -> Self {
        self.access_token = Some(Secret::new(token.into()));
        self
    }

    /// Sends the request; the answer's headers arrive first, the file as it
    /// is read from the [`Download`].
    pub fn send(self) -> Pending<File> {
        send(self)
    }
}

impl Operation for FileRequest {
    type Answer = File;

    fn into_request(self) -> Result<(Client, Request), Error> {
        let mut request = Request::absolute(&DOWNLOAD, &self.url);
        if let Some(token) = self.access_token {
            request = request.credential_in_query("access_token", token);
        }
        Ok((self.client, request))
    }
}

impl fmt::Debug for FileRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The path alone: a query could hold a credential.
        let shown = self.url.split('?').next().unwrap_or_default();
        f.debug_struct("FileRequest")
            .field("url", &shown)
            .field("access_token", &self.access_token)
            .finish_non_exhaustive()
    }
}

/// `file.mp4` -> `file.mp4.part`.
fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".part");
    PathBuf::from(name)
}

fn short(operation: &'static str, status: StatusCode, headers: &HeaderMap, what: &str) -> Error {
    Error::Decode(Box::new(DecodeError {
        operation,
        status: status.as_u16(),
        content_type: headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        path: String::new(),
        message: what.to_owned(),
        body_excerpt: String::new(),
    }))
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("content_type", &self.content_type())
            .field("content_length", &self.content_length())
            .field("received", &self.received)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_files_sit_beside_the_target() {
        assert_eq!(
            partial_path(Path::new("/tmp/rec.mp4")),
            PathBuf::from("/tmp/rec.mp4.part")
        );
    }
}
