//! A file to send as a `multipart/form-data` part.

use std::fmt;
use std::io;
use std::path::Path;

use bytes::Bytes;

/// A file held in memory, ready to upload (e.g. a profile picture).
///
/// Cloning is cheap: the bytes are shared.
#[derive(Clone)]
pub struct Upload {
    file_name: String,
    content_type: String,
    data: Bytes,
}

impl Upload {
    /// An upload from bytes already in memory.
    ///
    /// `content_type` is checked when the request is sent; an invalid MIME
    /// type makes the call fail with [`Error::InvalidRequest`](crate::Error).
    pub fn from_bytes(
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        data: impl Into<Bytes>,
    ) -> Upload {
        Upload {
            file_name: file_name.into(),
            content_type: content_type.into(),
            data: data.into(),
        }
    }

    /// Reads the file at `path`. The file name comes from the path and the
    /// content type from the extension (png, jpg/jpeg, gif, webp, mp4, mov;
    /// otherwise `application/octet-stream`).
    pub fn from_path(path: impl AsRef<Path>) -> io::Result<Upload> {
        let path = path.as_ref();
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                io::Error::new(io::ErrorKind::InvalidInput, "upload path has no file name")
            })?;
        let data = std::fs::read(path)?;
        Ok(Upload::from_bytes(file_name, content_type_for(path), data))
    }

    /// The file name sent in the part's `Content-Disposition`.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The part's `Content-Type`.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// Size in bytes.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The bytes, shared rather than copied.
    pub(crate) fn data(&self) -> Bytes {
        self.data.clone()
    }
}

impl fmt::Debug for Upload {
    // File contents can be large and private, so only metadata is shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Upload")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.data.len())
            .finish()
    }
}

fn content_type_for(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("mp4") => "video/mp4",
        Some("mov") => "video/quicktime",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_content_type_from_extension() {
        assert_eq!(content_type_for(Path::new("a/B.JPG")), "image/jpeg");
        assert_eq!(content_type_for(Path::new("x.mov")), "video/quicktime");
        assert_eq!(
            content_type_for(Path::new("noext")),
            "application/octet-stream"
        );
    }

    #[test]
    fn debug_hides_bytes() {
        let u = Upload::from_bytes("a.png", "image/png", &b"secretbytes"[..]);
        let shown = format!("{u:?}");
        assert!(shown.contains("a.png") && shown.contains("11"));
        assert!(!shown.contains("secretbytes") && !shown.contains("115"));
    }

    #[test]
    fn from_path_reads_name_and_type() {
        let path = std::env::temp_dir().join(format!("zoom-api-upload-{}.png", std::process::id()));
        std::fs::write(&path, b"\x89PNG").expect("write temp file");
        let u = Upload::from_path(&path).expect("read temp file");
        let _ = std::fs::remove_file(&path);
        assert_eq!(u.content_type(), "image/png");
        assert!(u.file_name().ends_with(".png"));
        assert_eq!(u.len(), 4);
        assert!(Upload::from_path("/").is_err());
    }
}
