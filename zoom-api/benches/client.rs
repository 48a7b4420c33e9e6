//! What the client costs on top of the HTTP stack: `cargo bench -p zoom-api
//! --bench client` (see BENCHMARKS.md).
//!
//! - `request_overhead`: `get_user("me").send()` and `update_user("me",
//!   body).send()` against the same requests written by hand with the same
//!   `reqwest::Client` and serde_json, all against an in-process HTTP/1
//!   server on 127.0.0.1. The client keeps its default retry policy (no
//!   retry happens on a 2xx). After divan's table, an interleaved A/B run
//!   prints the zoom-api / hand-written ratio, which is less sensitive to
//!   drift on a busy machine than two medians taken a minute apart.
//!   Beside them, `get_user("me").send_with_response()` keeps the body's
//!   bytes next to the typed user (the way to reach fields the types
//!   lack), with and without reading them as `serde_json::Value`.
//! - `pagination`: `list_users().page_size(300).stream()` over 10,000 and
//!   100,000 users, against a hand-written loop over the same pages.
//! - `decode`: a 300-user page (`types::UserList`) and a Get-a-user body
//!   (`types::User`) into the generated types vs `serde_json::Value`, and
//!   the page into types that keep unknown fields with `#[serde(flatten)]`
//!   (the alternative the client does not take).
//!
//! `cargo test --all-targets` runs every benchmark once, with small sizes.

mod common;

use std::hint::black_box;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use divan::Bencher;
use divan::counter::{BytesCount, ItemsCount};
use futures_util::StreamExt;
use reqwest::header::CONTENT_TYPE;
use tokio::runtime::Runtime;
use zoom_api::types::{UpdateUserRequest, User, UserList};

use common::{Pages, Server, TOKEN};

fn main() {
    divan::main();
    // The A/B ratio runs with a plain `cargo bench`, not with a filter.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--bench") && args.iter().all(|a| a.starts_with("--")) {
        interleaved::report();
    }
}

fn bench_mode() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// A server, a single-threaded client runtime on the benchmark thread, and
/// one `reqwest::Client` shared by the zoom-api client and the hand-written
/// requests (so both use the same connection pool and settings).
struct Fixture {
    runtime: Runtime,
    http: reqwest::Client,
    client: zoom_api::Client,
    base: String,
    update: UpdateUserRequest,
    // Last, so it stops after the client's connections are gone.
    _server: Server,
}

impl Fixture {
    fn new(users: usize) -> Self {
        let server = Server::start(users);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("client runtime");
        let http = reqwest::Client::new();
        let client = zoom_api::Client::builder()
            .base_url(server.url())
            .bearer_token(TOKEN)
            .http_client(http.clone())
            .build()
            .expect("a client");
        Self {
            runtime,
            http,
            client,
            base: server.url(),
            update: common::update_body(),
            _server: server,
        }
    }

    async fn get_user_zoom_api(&self) -> User {
        self.client.get_user("me").send().await.expect("get_user")
    }

    /// The same call keeping status, headers and the body's bytes.
    async fn get_user_with_response(&self) -> zoom_api::Response<User> {
        let call = self.client.get_user("me").send_with_response();
        call.await.expect("get_user")
    }

    /// What a careful caller writes with reqwest and serde_json alone.
    async fn get_user_hand_written(&self) -> User {
        let response = self
            .http
            .get(format!("{}/users/me", self.base))
            .bearer_auth(TOKEN)
            .send()
            .await
            .expect("send");
        assert!(response.status().is_success(), "{}", response.status());
        let bytes = response.bytes().await.expect("body");
        serde_json::from_slice::<User>(&bytes).expect("a User")
    }

    async fn update_user_zoom_api(&self, body: UpdateUserRequest) {
        self.client
            .update_user("me", body)
            .send()
            .await
            .expect("update_user");
    }

    async fn update_user_hand_written(&self, body: UpdateUserRequest) {
        let json = serde_json::to_vec(&body).expect("serialize");
        let response = self
            .http
            .patch(format!("{}/users/me", self.base))
            .bearer_auth(TOKEN)
            .header(CONTENT_TYPE, "application/json")
            .body(json)
            .send()
            .await
            .expect("send");
        assert!(response.status().is_success(), "{}", response.status());
        response.bytes().await.expect("body");
    }

    async fn list_users_zoom_api(&self) -> usize {
        let users = self.client.list_users().page_size(300).stream();
        let mut users = std::pin::pin!(users);
        let mut count = 0;
        while let Some(user) = users.next().await {
            black_box(user.expect("a user"));
            count += 1;
        }
        count
    }

    /// The same walk by hand: follow `next_page_token` until it is empty.
    async fn list_users_hand_written(&self) -> usize {
        let mut token = String::new();
        let mut count = 0;
        loop {
            let mut request = self
                .http
                .get(format!("{}/users", self.base))
                .bearer_auth(TOKEN)
                .query(&[("page_size", "300")]);
            if !token.is_empty() {
                request = request.query(&[("next_page_token", &token)]);
            }
            let response = request.send().await.expect("send");
            assert!(response.status().is_success(), "{}", response.status());
            let bytes = response.bytes().await.expect("body");
            let page: UserList = serde_json::from_slice(&bytes).expect("a UserList");
            for user in page.users.unwrap_or_default() {
                black_box(user);
                count += 1;
            }
            match page.next_page_token {
                Some(next) if !next.is_empty() => token = next,
                _ => return count,
            }
        }
    }

    /// Opens the connection and checks both paths answer as expected.
    fn warm_up(&self) {
        self.runtime.block_on(async {
            for _ in 0..50 {
                let (a, b) = (
                    self.get_user_zoom_api().await,
                    self.get_user_hand_written().await,
                );
                assert_eq!(a, b);
                let kept = self.get_user_with_response().await;
                assert_eq!(kept.body(), &a);
                assert!(kept.raw_json().expect("JSON").get("email").is_some());
                self.update_user_zoom_api(self.update.clone()).await;
                self.update_user_hand_written(self.update.clone()).await;
            }
        });
    }
}

/// Per-call cost; the two variants of each request share a server and a
/// connection pool shape, and get the body to send as an owned value
/// prepared outside the timing (the client's API takes it by value).
mod request_overhead {
    use super::*;

    const SAMPLES: u32 = 200;
    const SAMPLE_SIZE: u32 = 25;

    fn fixture() -> Fixture {
        let fixture = Fixture::new(0);
        fixture.warm_up();
        fixture
    }

    #[divan::bench(sample_count = SAMPLES, sample_size = SAMPLE_SIZE)]
    fn get_user_hand_written(bencher: Bencher) {
        let f = fixture();
        bencher.bench_local(|| f.runtime.block_on(f.get_user_hand_written()));
    }

    #[divan::bench(sample_count = SAMPLES, sample_size = SAMPLE_SIZE)]
    fn get_user_zoom_api(bencher: Bencher) {
        let f = fixture();
        bencher.bench_local(|| f.runtime.block_on(f.get_user_zoom_api()));
    }

    #[divan::bench(sample_count = SAMPLES, sample_size = SAMPLE_SIZE)]
    fn get_user_with_response(bencher: Bencher) {
        let f = fixture();
        bencher.bench_local(|| f.runtime.block_on(f.get_user_with_response()));
    }

    /// Opting in and reading every field Zoom sent as JSON.
    #[divan::bench(sample_count = SAMPLES, sample_size = SAMPLE_SIZE)]
    fn get_user_with_raw_json(bencher: Bencher) {
        let f = fixture();
        bencher.bench_local(|| {
            let kept = f.runtime.block_on(f.get_user_with_response());
            kept.raw_json().expect("JSON")
        });
    }

    #[divan::bench(sample_count = SAMPLES, sample_size = SAMPLE_SIZE)]
    fn update_user_hand_written(bencher: Bencher) {
        let f = fixture();
        bencher
            .with_inputs(|| f.update.clone())
            .bench_local_values(|body| f.runtime.block_on(f.update_user_hand_written(body)));
    }

    #[divan::bench(sample_count = SAMPLES, sample_size = SAMPLE_SIZE)]
    fn update_user_zoom_api(bencher: Bencher) {
        let f = fixture();
        bencher
            .with_inputs(|| f.update.clone())
            .bench_local_values(|body| f.runtime.block_on(f.update_user_zoom_api(body)));
    }
}

/// Walking a listing of 300-user pages that the server renders on the fly.
mod pagination {
    use super::*;

    fn user_counts() -> Vec<usize> {
        if bench_mode() {
            vec![10_000, 100_000]
        } else {
            vec![1_000]
        }
    }

    fn fixture(users: usize) -> Fixture {
        let f = Fixture::new(users);
        f.runtime.block_on(async {
            assert_eq!(f.list_users_zoom_api().await, users);
            assert_eq!(f.list_users_hand_written().await, users);
        });
        f
    }

    #[divan::bench(args = user_counts(), sample_count = 10, sample_size = 1)]
    fn stream_zoom_api(bencher: Bencher, users: usize) {
        let f = fixture(users);
        bencher
            .counter(ItemsCount::new(users))
            .bench_local(|| f.runtime.block_on(f.list_users_zoom_api()));
    }

    #[divan::bench(args = user_counts(), sample_count = 10, sample_size = 1)]
    fn loop_hand_written(bencher: Bencher, users: usize) {
        let f = fixture(users);
        bencher
            .counter(ItemsCount::new(users))
            .bench_local(|| f.runtime.block_on(f.list_users_hand_written()));
    }
}

/// Bodies decoded from bytes: a 300-user page of List users (about 180 KB)
/// and the Get-a-user body (about 1.3 KB), each into the generated types
/// with plain serde_json, into the generated types the way the client
/// decodes every answer (through serde_path_to_error, so that a failure
/// names the field, e.g. `users[3].type`), and into `serde_json::Value`.
mod decode {
    use super::*;

    use serde::de::DeserializeOwned;

    pub(super) static PAGE: LazyLock<Vec<u8>> = LazyLock::new(|| Pages::new(300).page(300, None));
    static USER: LazyLock<Vec<u8>> = LazyLock::new(|| common::get_user_body().to_vec());

    const SAMPLES: u32 = 200;

    pub(super) fn typed<T: DeserializeOwned>(bytes: &[u8]) -> T {
        serde_json::from_slice(bytes).expect("decodes")
    }

    /// What `zoom_api::runtime::decode_json` does on success.
    fn typed_with_error_path<T: DeserializeOwned>(bytes: &[u8]) -> T {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let value = serde_path_to_error::deserialize(&mut de).expect("decodes");
        de.end().expect("nothing after the JSON");
        value
    }

    pub(super) fn value(bytes: &[u8]) -> serde_json::Value {
        serde_json::from_slice(bytes).expect("JSON")
    }

    /// Unknown fields kept in a map beside the typed ones, here only on
    /// the page and on each user (generated types would need it on every
    /// object): serde then buffers each such object before decoding it.
    #[derive(serde::Deserialize)]
    struct FlattenedUser {
        #[serde(flatten)]
        _user: zoom_api::types::UserListItem,
        #[serde(flatten)]
        _unknown: serde_json::Map<String, serde_json::Value>,
    }

    #[derive(serde::Deserialize)]
    struct FlattenedPage {
        users: Vec<FlattenedUser>,
        #[serde(flatten)]
        _unknown: serde_json::Map<String, serde_json::Value>,
    }

    fn check() {
        let page: UserList = typed(&PAGE);
        assert_eq!(page.users.map(|u| u.len()), Some(300));
        assert_eq!(typed::<FlattenedPage>(&PAGE).users.len(), 300);
        let user: User = typed_with_error_path(&USER);
        assert_eq!(user, typed::<User>(&USER));
    }

    #[divan::bench(sample_count = SAMPLES)]
    fn page_typed(bencher: Bencher) {
        check();
        bencher
            .counter(BytesCount::of_slice(&*PAGE))
            .bench(|| typed::<UserList>(black_box(&PAGE)));
    }

    #[divan::bench(sample_count = SAMPLES)]
    fn page_typed_with_error_path(bencher: Bencher) {
        bencher
            .counter(BytesCount::of_slice(&*PAGE))
            .bench(|| typed_with_error_path::<UserList>(black_box(&PAGE)));
    }

    #[divan::bench(sample_count = SAMPLES)]
    fn page_value(bencher: Bencher) {
        bencher
            .counter(BytesCount::of_slice(&*PAGE))
            .bench(|| value(black_box(&PAGE)));
    }

    /// What a caller pays who opts in and reads the raw JSON too.
    #[divan::bench(sample_count = SAMPLES)]
    fn page_typed_and_value(bencher: Bencher) {
        bencher
            .counter(BytesCount::of_slice(&*PAGE))
            .bench(|| (typed::<UserList>(black_box(&PAGE)), value(black_box(&PAGE))));
    }

    #[divan::bench(sample_count = SAMPLES)]
    fn page_typed_flatten_unknown(bencher: Bencher) {
        bencher
            .counter(BytesCount::of_slice(&*PAGE))
            .bench(|| typed::<FlattenedPage>(black_box(&PAGE)));
    }

    #[divan::bench(sample_count = SAMPLES, sample_size = 100)]
    fn user_typed(bencher: Bencher) {
        check();
        bencher
            .counter(BytesCount::of_slice(&*USER))
            .bench(|| typed::<User>(black_box(&USER)));
    }

    #[divan::bench(sample_count = SAMPLES, sample_size = 100)]
    fn user_typed_with_error_path(bencher: Bencher) {
        bencher
            .counter(BytesCount::of_slice(&*USER))
            .bench(|| typed_with_error_path::<User>(black_box(&USER)));
    }

    #[divan::bench(sample_count = SAMPLES, sample_size = 100)]
    fn user_value(bencher: Bencher) {
        bencher
            .counter(BytesCount::of_slice(&*USER))
            .bench(|| value(black_box(&USER)));
    }
}

/// zoom-api / hand-written per-call time, measured in alternating blocks
/// so that both see the same machine load.
mod interleaved {
    use super::*;

    const ROUNDS: usize = 41;
    const CALLS: usize = 400;

    pub fn report() {
        let f = Fixture::new(0);
        f.warm_up();
        println!();
        println!("request overhead, interleaved: {ROUNDS} rounds of {CALLS} calls per variant");
        let get = ratio(
            || calls(&f, || f.get_user_zoom_api()),
            || calls(&f, || f.get_user_hand_written()),
        );
        print("get_user", &get);
        // The bodies are cloned before the clock starts, as in divan's run.
        let bodies = || vec![f.update.clone(); CALLS];
        let update = ratio(
            || {
                let bodies = bodies();
                let started = Instant::now();
                f.runtime.block_on(async {
                    for body in bodies {
                        f.update_user_zoom_api(body).await;
                    }
                });
                started.elapsed()
            },
            || {
                let bodies = bodies();
                let started = Instant::now();
                f.runtime.block_on(async {
                    for body in bodies {
                        f.update_user_hand_written(body).await;
                    }
                });
                started.elapsed()
            },
        );
        print("update_user", &update);
        report_raw_bodies(&f);
    }

    /// Keeping the raw body against not keeping it, and the typed page
    /// against `Value` (the decoding goal).
    fn report_raw_bodies(f: &Fixture) {
        let kept = ratio(
            || calls(f, || f.get_user_with_response()),
            || calls(f, || f.get_user_zoom_api()),
        );
        print_as("get_user", ("send_with_response", "send"), &kept);
        // A page takes about a millisecond: fewer per block.
        let decodes = CALLS / 20;
        let timed = |decode: &dyn Fn()| {
            let started = Instant::now();
            (0..decodes).for_each(|_| decode());
            started.elapsed() * (CALLS / decodes) as u32
        };
        let page = ratio(
            || timed(&|| drop(black_box(decode::typed::<UserList>(&decode::PAGE)))),
            || timed(&|| drop(black_box(decode::value(&decode::PAGE)))),
        );
        print_as("300-user page", ("UserList", "Value"), &page);
    }

    /// The time of [`CALLS`] awaited calls of `call`, one after the other.
    fn calls<F: std::future::Future>(f: &Fixture, mut call: impl FnMut() -> F) -> Duration {
        let started = Instant::now();
        f.runtime.block_on(async {
            for _ in 0..CALLS {
                black_box(call().await);
            }
        });
        started.elapsed()
    }

    /// Per-call times of both variants and their ratio, one per round.
    struct Rounds {
        zoom_api: Vec<f64>,
        hand_written: Vec<f64>,
        ratio: Vec<f64>,
    }

    /// Runs `a` (zoom-api) and `b` (hand-written) alternately, swapping
    /// which goes first every round; each returns the time of its block.
    fn ratio(mut a: impl FnMut() -> Duration, mut b: impl FnMut() -> Duration) -> Rounds {
        let mut rounds = Rounds {
            zoom_api: Vec::new(),
            hand_written: Vec::new(),
            ratio: Vec::new(),
        };
        for round in 0..ROUNDS {
            let (ta, tb) = if round % 2 == 0 {
                let ta = a();
                (ta, b())
            } else {
                let tb = b();
                (a(), tb)
            };
            let per_call = |t: Duration| t.as_secs_f64() * 1e6 / CALLS as f64;
            rounds.zoom_api.push(per_call(ta));
            rounds.hand_written.push(per_call(tb));
            rounds.ratio.push(ta.as_secs_f64() / tb.as_secs_f64());
        }
        rounds
    }

    fn print(name: &str, rounds: &Rounds) {
        print_as(name, ("zoom-api", "hand-written"), rounds);
    }

    /// Like [`print`], naming the two variants.
    fn print_as(name: &str, (a, b): (&str, &str), rounds: &Rounds) {
        let (za, zq) = stats(&rounds.zoom_api);
        let (ha, hq) = stats(&rounds.hand_written);
        let (ra, rq) = stats(&rounds.ratio);
        println!(
            "  {name:<12} {a} {za:7.2} µs [{:.2} – {:.2}]   {b} {ha:7.2} µs [{:.2} – {:.2}]   \
             ratio {ra:.3} [{:.3} – {:.3}]   (median [interquartile range])",
            zq.0, zq.1, hq.0, hq.1, rq.0, rq.1
        );
    }

    /// Median and interquartile range.
    fn stats(values: &[f64]) -> (f64, (f64, f64)) {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
        (at(0.5), (at(0.25), at(0.75)))
    }
}
