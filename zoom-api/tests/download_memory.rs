//! A 50 MB file is streamed with bounded memory: a counting allocator
//! (this test binary's own) measures the peak the client adds while the
//! whole file passes through it. The server writes the file on the fly, so
//! none of the 50 MB is ever held in this process.

#[path = "support/raw.rs"]
mod raw;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use raw::{Conn, RawServer};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: defers to the system allocator and only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        // SAFETY: the caller's layout is passed on unchanged.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SIZE: usize = 50 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

/// Script: 200 with 50 MB announced, written in 64 KiB pieces.
async fn fifty_megabytes(mut conn: Conn, _: usize) {
    conn.read_request().await;
    let head =
        format!("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: {SIZE}\r\n\r\n");
    if conn.write(head.as_bytes()).await.is_err() {
        return;
    }
    let piece = vec![7u8; CHUNK];
    for _ in 0..SIZE / CHUNK {
        if conn.write(&piece).await.is_err() {
            return;
        }
    }
}

#[tokio::test]
async fn a_50_mb_download_holds_a_few_chunks_at_a_time() {
    let server = RawServer::start(fifty_megabytes).await;
    let client = zoom_api::Client::builder()
        .base_url(server.url())
        .bearer_token("t")
        .build()
        .expect("valid configuration");
    let file = client
        .download(format!("{}/rec/big.mp4", server.url()))
        .send()
        .await
        .expect("headers");
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let mut out = tokio::io::sink();
    let size = file.write_to(&mut out).await.expect("the whole file");
    let added = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    assert_eq!(size, SIZE as u64);
    // The server's own pieces count too; 4 MiB is 8% of the file.
    assert!(
        added < 4 * 1024 * 1024,
        "peak grew by {added} bytes while 50 MB passed"
    );
    eprintln!("peak added while streaming 50 MB: {added} bytes");
}
