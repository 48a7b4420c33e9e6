//! Server-to-server tokens shared through a token store: one token request
//! for a whole fleet, and recovery from a holder that dies mid-renewal.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use zoom_api::{Client, MemoryTokenStore, TokenStore};

use super::redis_server::RedisServer;
use crate::support::MockServer;
use crate::support::auth::{TOKEN_PATH, USER_PATH, get_me, issue_tokens, s2s, user_ok};

/// `clients` calls of `get_me` from each client, all at once.
async fn call_all(clients: &[Client], calls: usize) -> Vec<Result<(), zoom_api::Error>> {
    let calls = clients
        .iter()
        .flat_map(|client| (0..calls).map(move |_| client.send_empty(get_me())));
    join_all(calls).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_processes_make_one_token_request_between_them() {
    let redis = RedisServer::start().await;
    let server = MockServer::start().await;
    // A slow token endpoint, so that every client asks while it answers.
    issue_tokens(&server, 3600, Duration::from_millis(300));
    server.mock("GET", USER_PATH, user_ok());
    let mut clients = Vec::new();
    for _ in 0..8 {
        let store: Arc<dyn TokenStore> = Arc::new(redis.store().await);
        clients.push(s2s(&server).token_store(store).build().expect("valid"));
    }
    let results = call_all(&clients, 50).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(server.count("POST", TOKEN_PATH), 1, "token requests");
    assert_eq!(server.count("GET", USER_PATH), 400);
    // Every call carried the one token.
    let tokens: std::collections::BTreeSet<String> = server
        .received()
        .iter()
        .filter(|r| r.path == USER_PATH)
        .filter_map(|r| r.header("authorization").map(str::to_owned))
        .collect();
    assert_eq!(tokens.len(), 1, "{tokens:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_memory_store_shares_the_token_between_clients_of_one_process() {
    let server = MockServer::start().await;
    issue_tokens(&server, 3600, Duration::from_millis(100));
    server.mock("GET", USER_PATH, user_ok());
    let store: Arc<dyn TokenStore> = Arc::new(MemoryTokenStore::new());
    let clients: Vec<Client> = (0..3)
        .map(|_| {
            s2s(&server)
                .token_store(store.clone())
                .build()
                .expect("valid")
        })
        .collect();
    assert!(call_all(&clients, 10).await.iter().all(Result::is_ok));
    assert_eq!(server.count("POST", TOKEN_PATH), 1);
}

/// The holder of the renewal lock is killed while its token request is in
/// flight (its task is aborted: the lock stays in Redis, as a killed
/// process leaves it). The others wait for the lock to lapse, then one of
/// them renews. Bound: the lock's lifetime plus one poll of the store
/// (50 ms) plus the token request, here under `LOCK_TTL + 1 s`.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn when_the_renewing_process_dies_the_others_renew_after_the_lock_lapses() {
    const LOCK_TTL: Duration = Duration::from_secs(2);
    let redis = RedisServer::start().await;
    let server = MockServer::start().await;
    // The first token request never gets its answer in time.
    server.mock_fn("POST", TOKEN_PATH, |_, n| {
        let delay = if n == 0 {
            Duration::from_secs(60)
        } else {
            Duration::ZERO
        };
        crate::support::auth::token_reply(n, 3600).delay(delay)
    });
    server.mock("GET", USER_PATH, user_ok());
    let mut clients = Vec::new();
    for _ in 0..8 {
        let store: Arc<dyn TokenStore> = Arc::new(redis.store().await);
        let client = s2s(&server)
            .token_store(store)
            .token_lock_ttl(LOCK_TTL)
            .build()
            .expect("valid");
        clients.push(client);
    }
    let holder = clients.remove(0);
    let doomed = tokio::spawn(async move { holder.send_empty(get_me()).await });
    let started = Instant::now();
    while server.count("POST", TOKEN_PATH) == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "no token request"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    doomed.abort();
    let killed_at = Instant::now();
    let results = call_all(&clients, 5).await;
    let waited = killed_at.elapsed();
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(
        server.count("POST", TOKEN_PATH),
        2,
        "one more token request"
    );
    assert!(
        waited < LOCK_TTL + Duration::from_secs(1),
        "renewed {waited:?} after the holder died"
    );
    // They did wait for the dead holder's lock, not ignore it.
    let lapse = LOCK_TTL.saturating_sub(killed_at - started);
    assert!(
        waited + Duration::from_millis(100) >= lapse,
        "{waited:?} < {lapse:?}"
    );
}
