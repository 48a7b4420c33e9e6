//! Peak heap of `list_users().page_size(300).stream()` over 10,000 vs
//! 100,000 users: `cargo bench -p zoom-api --bench pagination_memory` (see
//! BENCHMARKS.md).
//!
//! A counting global allocator tracks the live and peak bytes allocated by
//! the client's thread (the benchmark's main thread, which runs the client
//! on a single-threaded tokio runtime, connection tasks included), so the
//! in-process server's own buffers do not count; the whole process is
//! tracked too. The figure is the peak over a walk minus the live bytes
//! before it. Each size is walked several times; the table shows the
//! median and the range. `cargo test --all-targets` runs it once with small
//! sizes.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, Ordering};

use futures_util::StreamExt;

use common::{Server, TOKEN};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Every thread's allocations.
static PROCESS: Counter = Counter::new();
/// Allocations made on threads marked with [`TRACKED`]: the client's.
static CLIENT: Counter = Counter::new();

thread_local! {
    static TRACKED: Cell<bool> = const { Cell::new(false) };
}

struct Counter {
    live: AtomicIsize,
    peak: AtomicIsize,
}

impl Counter {
    const fn new() -> Self {
        Self {
            live: AtomicIsize::new(0),
            peak: AtomicIsize::new(0),
        }
    }

    fn add(&self, delta: isize) {
        let live = self.live.fetch_add(delta, Ordering::Relaxed) + delta;
        if delta > 0 {
            self.peak.fetch_max(live, Ordering::Relaxed);
        }
    }

    /// Starts a measurement: the live bytes now, with the peak reset to them.
    fn start(&self) -> isize {
        let live = self.live.load(Ordering::Relaxed);
        self.peak.store(live, Ordering::Relaxed);
        live
    }

    fn peak(&self) -> isize {
        self.peak.load(Ordering::Relaxed)
    }

    fn live(&self) -> isize {
        self.live.load(Ordering::Relaxed)
    }
}

struct Counting;

fn record(delta: isize) {
    PROCESS.add(delta);
    if TRACKED.try_with(Cell::get).unwrap_or(false) {
        CLIENT.add(delta);
    }
}

fn signed(bytes: usize) -> isize {
    isize::try_from(bytes).unwrap_or(isize::MAX)
}

// SAFETY: every call is forwarded to `System` unchanged; only counters are
// updated besides.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on to `System`.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            record(signed(layout.size()));
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            record(signed(layout.size()));
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) };
        record(-signed(layout.size()));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            record(signed(new_size) - signed(layout.size()));
        }
        new
    }
}

/// One walk's figures, in bytes above the live heap before the walk.
struct Walk {
    client_peak: isize,
    process_peak: isize,
    /// Still allocated by the client thread after the stream was dropped.
    client_retained: isize,
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let (sizes, repeats): (&[usize], usize) = if bench {
        (&[300, 10_000, 100_000], 7)
    } else {
        (&[600, 1_200], 1)
    };
    TRACKED.with(|t| t.set(true));
    println!(
        "peak heap of list_users().page_size(300).stream(), above the live heap before the walk \
         (median [min – max] of {repeats} walks)"
    );
    println!(
        "{:>9} │ {:>28} │ {:>28} │ {:>15}",
        "users", "client thread", "whole process (+ server)", "client retained"
    );
    for &users in sizes {
        let walks = measure(users, repeats);
        let column = |pick: fn(&Walk) -> isize| {
            let mut values: Vec<isize> = walks.iter().map(pick).collect();
            values.sort_unstable();
            format!(
                "{} [{} – {}]",
                kib(values[values.len() / 2]),
                kib(values[0]),
                kib(values[values.len() - 1])
            )
        };
        println!(
            "{users:>9} │ {:>28} │ {:>28} │ {:>15}",
            column(|w| w.client_peak),
            column(|w| w.process_peak),
            column(|w| w.client_retained),
        );
    }
}

fn kib(bytes: isize) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// Walks a listing of `users` users `repeats` times after one warm-up walk
/// (which opens the connection and sizes the pools).
fn measure(users: usize, repeats: usize) -> Vec<Walk> {
    let server = Server::start(users);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    // The client as users build it, with its own reqwest client.
    let client = zoom_api::Client::builder()
        .base_url(server.url())
        .bearer_token(TOKEN)
        .build()
        .expect("a client");
    let walk = || runtime.block_on(walk(&client));
    assert_eq!(walk(), users);
    (0..repeats)
        .map(|_| {
            let (client_before, process_before) = (CLIENT.start(), PROCESS.start());
            assert_eq!(walk(), users);
            Walk {
                client_peak: CLIENT.peak() - client_before,
                process_peak: PROCESS.peak() - process_before,
                client_retained: CLIENT.live() - client_before,
            }
        })
        .collect()
}

async fn walk(client: &zoom_api::Client) -> usize {
    let users = client.list_users().page_size(300).stream();
    let mut users = std::pin::pin!(users);
    let mut count = 0;
    while let Some(user) = users.next().await {
        std::hint::black_box(user.expect("a user"));
        count += 1;
    }
    count
}
