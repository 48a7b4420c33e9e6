//! Pacing by rate-limit category, in one process and shared through Redis:
//! counted at the server, per sliding one-second window.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use zoom_api::{Client, Error, PaceStore, Pacing, RateLimitCategory, RetryPolicy};

use super::redis_server::RedisServer;
use crate::support::auth::{USER_PATH, get_me, user_ok};
use crate::support::{MockServer, Reply};

const LIGHT_PER_SECOND: u32 = 10;

fn light_limit() -> Pacing {
    Pacing::unlimited().limit(
        RateLimitCategory::Light,
        LIGHT_PER_SECOND,
        Duration::from_secs(1),
    )
}

fn client(server: &MockServer, pacing: Pacing) -> Client {
    Client::builder()
        .base_url(server.url())
        .bearer_token("paced-token-0123456789")
        .retry_policy(RetryPolicy::none())
        .pacing(pacing)
        .build()
        .expect("valid")
}

/// The most requests the server saw in any one-second window starting at
/// an arrival.
fn busiest_second(arrivals: &[Instant]) -> usize {
    let mut sorted = arrivals.to_vec();
    sorted.sort();
    (0..sorted.len())
        .map(|i| {
            sorted[i..]
                .iter()
                .take_while(|t| **t - sorted[i] < Duration::from_secs(1))
                .count()
        })
        .max()
        .unwrap_or(0)
}

fn arrivals(server: &MockServer) -> Vec<Instant> {
    server
        .received()
        .iter()
        .filter(|r| r.path == USER_PATH)
        .map(|r| r.at)
        .collect()
}

/// Each client keeps `in_flight` calls going until `run` is over (a call
/// waiting for its slot counts as in flight).
async fn hammer(clients: &[Client], in_flight: usize, run: Duration) {
    let started = Instant::now();
    let workers = clients.iter().flat_map(|client| {
        (0..in_flight).map(move |_| async move {
            while started.elapsed() < run {
                client.send_empty(get_me()).await.expect("call succeeds");
            }
        })
    });
    join_all(workers).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_processes_sharing_redis_stay_within_the_light_limit() {
    let redis = RedisServer::start().await;
    let server = MockServer::start().await;
    server.mock("GET", USER_PATH, user_ok());
    let mut clients = Vec::new();
    for _ in 0..8 {
        let store: Arc<dyn PaceStore> = Arc::new(redis.store().await);
        clients.push(client(&server, light_limit().shared(store, "acct-42")));
    }
    let run = Duration::from_secs(3);
    hammer(&clients, 1, run).await;
    let seen = arrivals(&server);
    let busiest = busiest_second(&seen);
    let span = seen
        .iter()
        .max()
        .zip(seen.iter().min())
        .map(|(a, b)| *a - *b);
    let span = span.unwrap_or_default().as_secs_f64();
    let rate = (seen.len() - 1) as f64 / span;
    eprintln!(
        "shared pacing: {} requests in {span:.2} s ({rate:.2}/s), busiest second {busiest}",
        seen.len()
    );
    assert!(
        busiest <= LIGHT_PER_SECOND as usize,
        "{busiest} in one second"
    );
    assert!(
        rate >= 0.8 * f64::from(LIGHT_PER_SECOND),
        "only {rate:.2} requests per second"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_process_paces_alone_without_a_store() {
    let server = MockServer::start().await;
    server.mock("GET", USER_PATH, user_ok());
    let client = client(&server, light_limit());
    hammer(std::slice::from_ref(&client), 4, Duration::from_secs(2)).await;
    let busiest = busiest_second(&arrivals(&server));
    assert!(
        busiest <= LIGHT_PER_SECOND as usize,
        "{busiest} in one second"
    );
    assert!(
        busiest >= 8,
        "pacing too slow: {busiest} in the busiest second"
    );
}

fn daily_limit_reply() -> Reply {
    Reply::json(
        429,
        serde_json::json!({"code": 429, "message": "daily limit"}),
    )
    .header("x-ratelimit-category", "Light")
    .header("x-ratelimit-type", "Daily-limit")
    .header("retry-after", "3600")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_daily_limit_answer_stops_every_process_without_sending() {
    let redis = RedisServer::start().await;
    let server = MockServer::start().await;
    server.mock("GET", USER_PATH, daily_limit_reply());
    let mut clients = Vec::new();
    for _ in 0..8 {
        let store: Arc<dyn PaceStore> = Arc::new(redis.store().await);
        clients.push(client(&server, light_limit().shared(store, "acct-42")));
    }
    let first = clients[0].send_empty(get_me()).await.unwrap_err();
    assert_eq!(first.status(), Some(429));
    for client in &clients {
        let started = Instant::now();
        let err = client.send_empty(get_me()).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::DailyLimit {
                    category: RateLimitCategory::Light,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.is_rate_limited());
        let left = err.retry_after().expect("time to the reset");
        assert!(left > Duration::from_secs(3500) && left <= Duration::from_secs(3600));
        assert!(
            started.elapsed() < Duration::from_millis(500),
            "failed fast"
        );
    }
    assert_eq!(server.count("GET", USER_PATH), 1, "nothing else was sent");
    // Another category of the account is not stopped.
    let heavy = clients[1]
        .send_empty(crate::support::auth::get_me_as(RateLimitCategory::Heavy))
        .await
        .unwrap_err();
    assert_eq!(heavy.status(), Some(429), "sent: {heavy:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_and_an_empty_budget_pause_the_category() {
    let server = MockServer::start().await;
    server.mock_sequence(
        "GET",
        USER_PATH,
        vec![
            Reply::json(
                429,
                serde_json::json!({"code": 429, "message": "slow down"}),
            )
            .header("x-ratelimit-type", "QPS")
            .header("retry-after", "1"),
            user_ok().header("x-ratelimit-remaining", "0"),
            user_ok(),
        ],
    );
    let client = client(&server, Pacing::unlimited());
    assert_eq!(
        client.send_empty(get_me()).await.unwrap_err().status(),
        Some(429)
    );
    client.send_empty(get_me()).await.expect("second call");
    client.send_empty(get_me()).await.expect("third call");
    let seen = arrivals(&server);
    let gaps: Vec<Duration> = seen.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(
        gaps[0] >= Duration::from_millis(950),
        "after Retry-After: {gaps:?}"
    );
    assert!(
        gaps[1] >= Duration::from_millis(950),
        "after Remaining 0: {gaps:?}"
    );
}
