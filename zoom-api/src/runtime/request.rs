//! The request a generated operation builder assembles before sending.

use std::fmt;

use bytes::Bytes;
use reqwest::multipart::{Form, Part};
use reqwest::{RequestBuilder, Url};

use super::auth::Secret;
use super::operation::OperationInfo;
use super::path::{self, Encoding, PathError, PathParam};
use super::query::{QueryValue, list_pairs};
use crate::{Error, Upload};

/// Body of a request. JSON is encoded eagerly so failures are deferred like
/// other builder mistakes; the multipart form is built at send time. Both
/// share their bytes, so attaching the body again for a retry is cheap.
pub(crate) enum Body {
    None,
    Json(Bytes),
    Multipart { field: &'static str, upload: Upload },
}

impl Body {
    /// Attaches the body, setting its content type.
    pub(crate) fn apply(
        &self,
        builder: RequestBuilder,
        operation: &'static str,
    ) -> Result<RequestBuilder, Error> {
        Ok(match self {
            Body::None => builder,
            Body::Json(bytes) => builder
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(bytes.clone()),
            Body::Multipart { field, upload } => {
                // A length lets reqwest send Content-Length instead of chunking.
                let len = u64::try_from(upload.len()).unwrap_or(u64::MAX);
                let part = Part::stream_with_length(upload.data(), len)
                    .file_name(upload.file_name().to_owned())
                    .mime_str(upload.content_type())
                    .map_err(|_| Error::InvalidRequest {
                        operation,
                        field: (*field).to_owned(),
                        rule: format!(
                            "content type `{}` is not a valid MIME type",
                            upload.content_type()
                        ),
                    })?;
                builder.multipart(Form::new().part(*field, part))
            }
        })
    }
}

/// An operation call being assembled by generated code.
///
/// Mistakes (bad path values, unserialisable bodies) do not panic: the first
/// one is remembered and returned when the request is sent, so builders can
/// stay infallible and chainable.
pub struct Request {
    op: &'static OperationInfo,
    params: Vec<PathParam>,
    query: Vec<(&'static str, String)>,
    body: Body,
    error: Option<Error>,
    /// A whole URL (a file's `download_url`) instead of base URL + path.
    absolute: Option<String>,
    /// A credential sent in the query instead of the client's token; kept
    /// apart so no `Debug` shows it.
    secret_query: Option<(&'static str, Secret<String>)>,
}

/// A request checked and resolved against a base URL, ready for the wire.
pub(crate) struct Prepared {
    pub(crate) url: Url,
    pub(crate) body: Body,
    /// Whether the client's `Authorization` goes with it.
    pub(crate) send_auth: bool,
}

impl Request {
    /// Starts a request for `op`.
    pub fn new(op: &'static OperationInfo) -> Self {
        Self {
            op,
            params: Vec::new(),
            query: Vec::new(),
            body: Body::None,
            error: None,
            absolute: None,
            secret_query: None,
        }
    }

    /// A request to a whole URL Zoom gave out (a file's `download_url`).
    pub(crate) fn absolute(op: &'static OperationInfo, url: &str) -> Self {
        Self {
            absolute: Some(url.to_owned()),
            ..Self::new(op)
        }
    }

    /// Sends `name=value` in the query in place of the client's token.
    pub(crate) fn credential_in_query(mut self, name: &'static str, value: Secret<String>) -> Self {
        self.secret_query = Some((name, value));
        self
    }

    /// The operation this request calls.
    pub fn operation(&self) -> &'static OperationInfo {
        self.op
    }

    /// Fills `{name}` in the path template with `value` percent-encoded as
    /// one path segment; `field` is the Rust argument name for errors.
    ///
    /// Empty, `.` and `..` values are rejected when the request is sent.
    pub fn path(self, name: &'static str, field: &'static str, value: &str) -> Self {
        self.encoded_path(name, field, value, Encoding::Once)
    }

    /// Like [`path`](Self::path) for a meeting or webinar instance UUID,
    /// which Zoom wants percent-encoded twice when it starts with `/` or
    /// contains `//` (so `/ab==` is sent as `%252Fab%253D%253D`).
    pub fn path_uuid(self, name: &'static str, field: &'static str, value: &str) -> Self {
        self.encoded_path(name, field, value, Encoding::Uuid)
    }

    fn encoded_path(
        mut self,
        name: &'static str,
        field: &'static str,
        value: &str,
        encoding: Encoding,
    ) -> Self {
        match path::encode_param(self.op.path, name, field, value, encoding) {
            Ok(param) => self.params.push(param),
            Err(e) => self.defer(e),
        }
        self
    }

    /// Adds `name=value` to the query string when `value` is `Some`, in
    /// its [`QueryValue`] form, form-encoded when sent.
    pub fn query(mut self, name: &'static str, value: Option<&(impl QueryValue + ?Sized)>) -> Self {
        if let Some(value) = value {
            self.query.push((name, value.to_query()));
        }
        self
    }

    /// Adds a list when `values` is `Some`: one `name=value` pair per item
    /// when `explode`, else one pair with the items joined by commas.
    pub fn query_list<T: QueryValue>(
        mut self,
        name: &'static str,
        values: Option<&[T]>,
        explode: bool,
    ) -> Self {
        if let Some(values) = values {
            self.query.extend(list_pairs(name, values, explode));
        }
        self
    }

    /// Sets a JSON request body.
    pub fn json<B: serde::Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Body::Json(Bytes::from(bytes)),
            Err(e) => self.defer(PathError {
                field: "body".to_owned(),
                rule: format!("could not be serialized as JSON: {e}"),
            }),
        }
        self
    }

    /// Sets a `multipart/form-data` body with one file part named `field`.
    pub fn multipart(mut self, field: &'static str, upload: Upload) -> Self {
        self.body = Body::Multipart { field, upload };
        self
    }

    /// Checks the request and resolves it against `base_url` (which has no
    /// trailing slash), returning the first deferred error if any.
    pub(crate) fn prepare(self, base_url: &str) -> Result<Prepared, Error> {
        if let Some(error) = self.error {
            return Err(error);
        }
        let op = self.op.id;
        let invalid = |e: PathError| Error::InvalidRequest {
            operation: op,
            field: e.field,
            rule: e.rule,
        };
        let mut url = match &self.absolute {
            Some(raw) => whole_url(raw).map_err(invalid)?,
            None => url_of(self.op.path, &self.params, base_url).map_err(invalid)?,
        };
        // Only the API's host and Zoom's own get the client's token, and
        // never alongside a credential of the URL's own.
        let send_auth = self.secret_query.is_none()
            && (self.absolute.is_none() || super::base_url::trusted_for_token(&url, base_url));
        if !self.query.is_empty() || self.secret_query.is_some() {
            let mut pairs = url.query_pairs_mut();
            pairs.extend_pairs(&self.query);
            if let Some((name, value)) = &self.secret_query {
                pairs.append_pair(name, value.expose());
            }
        }
        Ok(Prepared {
            url,
            body: self.body,
            send_auth,
        })
    }

    fn defer(&mut self, e: PathError) {
        if self.error.is_none() {
            self.error = Some(Error::InvalidRequest {
                operation: self.op.id,
                field: e.field,
                rule: e.rule,
            });
        }
    }
}

/// Base URL + the filled path template, checked to reach the wire as built.
fn url_of(template: &str, params: &[PathParam], base_url: &str) -> Result<Url, PathError> {
    let filled = path::fill(template, params)?;
    let url = Url::parse(&format!("{base_url}{filled}")).map_err(|e| PathError {
        field: "path".to_owned(),
        rule: format!("does not form a valid URL: {e}"),
    })?;
    // Defence in depth: the encoded path must reach the wire untouched.
    if !url.path().ends_with(&filled) {
        return Err(PathError {
            field: "path".to_owned(),
            rule: format!("was rewritten by URL normalisation to `{}`", url.path()),
        });
    }
    Ok(url)
}

/// A URL Zoom gave out: absolute, `https` (or `http` to a loopback test
/// server), without credentials of its own.
fn whole_url(raw: &str) -> Result<Url, PathError> {
    let refuse = |rule: String| PathError {
        field: "url".to_owned(),
        rule,
    };
    let url = Url::parse(raw).map_err(|e| refuse(format!("is not an absolute URL: {e}")))?;
    if !super::base_url::secure_enough(&url) {
        return Err(refuse(format!("must use https, not `{}`", url.scheme())));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refuse("must not carry a user name or password".to_owned()));
    }
    Ok(url)
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = match &self.body {
            Body::None => "none",
            Body::Json(_) => "json",
            Body::Multipart { .. } => "multipart",
        };
        f.debug_struct("Request")
            .field("operation", &self.op.id)
            .field("params", &self.params)
            .field("query", &self.query)
            .field("body", &body)
            .field("error", &self.error)
            .field("absolute", &self.absolute.is_some())
            .field("secret_query", &self.secret_query)
            .finish()
    }
}
