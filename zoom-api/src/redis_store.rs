//! Tokens and pacing shared through Redis (feature `redis`).

use std::fmt;
use std::sync::LazyLock;
use std::time::Duration;

use redis::aio::ConnectionManager;
use redis::{AsyncCommands, Script};

use crate::Error;
use crate::error::AuthError;
use crate::runtime::{
    BoxFuture, PaceStore, PaceStoreError, Slot, StopKind, StoredToken, TokenStore,
};

/// Takes the next send slot of a pacing key, atomically, on the Redis
/// server's clock (every process sees one clock). KEYS[1] holds the next
/// free slot in microseconds, KEYS[2] a stop (`pause` or `daily`) with its
/// expiry. Answers `{kind, microseconds}`: 0 = send after the wait,
/// 1 = paused, 2 = daily limit.
const RESERVE: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local stop = redis.call('GET', KEYS[2])
if stop then
  local left = redis.call('PTTL', KEYS[2])
  if left > 0 then
    if stop == 'daily' then return {2, left * 1000} end
    return {1, left * 1000}
  end
end
local interval = tonumber(ARGV[1])
if interval <= 0 then return {0, 0} end
local slot = tonumber(redis.call('GET', KEYS[1]) or '0')
if slot < now then slot = now end
local after = slot + interval
redis.call('SET', KEYS[1], string.format('%d', after), 'PX', math.floor((after - now) / 1000) + 1000)
return {0, slot - now}
";

/// Stops a pacing key, never shortening a daily stop with a pause.
const STOP: &str = r"
if ARGV[1] == 'pause' and redis.call('GET', KEYS[1]) == 'daily' then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
";

/// Releases a lock only for the holder that took it.
const UNLOCK: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
";

// Each script's SHA-1 is computed once; Redis runs it by EVALSHA.
static RESERVE_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(RESERVE));
static STOP_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(STOP));
static UNLOCK_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(UNLOCK));

/// A [`TokenStore`] and [`PaceStore`] on Redis, for every process of a
/// service to share one server-to-server token, each user's rotating OAuth
/// tokens, and the account's rate budget.
///
/// Keys start with a prefix (default `zoom-api:`): `token:<key>` holds a
/// token as JSON (it expires with the token, unless it carries a refresh
/// token), `lock:<key>` a renewal lock, `pace:<account>:<category>` the
/// next send slot, `stop:<account>:<category>` a pause or daily stop.
/// Tokens are stored in clear: restrict access to the Redis instance (ACLs,
/// TLS with a `rediss://` URL and redis's TLS features) as you would the
/// client secret. Nothing here logs a token.
///
/// Cloning is cheap; clones share one reconnecting connection.
#[derive(Clone)]
pub struct RedisStore {
    connection: ConnectionManager,
    prefix: String,
}

impl RedisStore {
    /// Connects to `url` (`redis://host:port/db`), reconnecting by itself
    /// after failures.
    pub async fn connect(url: &str) -> Result<Self, Error> {
        let client = redis::Client::open(url).map_err(|e| Error::InvalidConfig {
            // Not the error text: the URL may hold a password.
            message: format!("Redis URL is not usable ({:?})", e.kind()),
        })?;
        let connection = ConnectionManager::new(client)
            .await
            .map_err(|e| AuthError::store("could not connect to Redis", e))?;
        Ok(Self::from_connection(connection))
    }

    /// Uses a connection manager you built (TLS, timeouts, ...).
    pub fn from_connection(connection: ConnectionManager) -> Self {
        Self {
            connection,
            prefix: "zoom-api:".to_owned(),
        }
    }

    /// Sets the key prefix, to keep several apps apart in one Redis.
    pub fn with_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    fn key(&self, kind: &str, key: &str) -> String {
        format!("{}{kind}:{key}", self.prefix)
    }
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisStore")
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis())
        .unwrap_or(u64::MAX)
        .max(1)
}

impl TokenStore for RedisStore {
    fn load<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<StoredToken>, AuthError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            let text: Option<String> = connection
                .get(self.key("token", key))
                .await
                .map_err(|e| AuthError::store("could not read the token from Redis", e))?;
            let Some(text) = text else {
                return Ok(None);
            };
            // The JSON holds tokens: the error says what broke, not where.
            serde_json::from_str(&text).map(Some).map_err(|e| {
                AuthError::store(
                    "the token in Redis is not one this crate wrote",
                    format!("at line {} column {}", e.line(), e.column()),
                )
            })
        })
    }

    fn save<'a>(
        &'a self,
        key: &'a str,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            let text = serde_json::to_string(token)
                .map_err(|e| AuthError::store("could not serialise the token", e.to_string()))?;
            let mut command = redis::cmd("SET");
            command.arg(self.key("token", key)).arg(text);
            // A token without a refresh token is worthless once expired.
            if token.refresh_token().is_none() {
                let left = token
                    .expires_at()
                    .duration_since(std::time::SystemTime::now())
                    .unwrap_or_default();
                command.arg("PX").arg(millis(left));
            }
            let mut connection = self.connection.clone();
            command
                .query_async::<()>(&mut connection)
                .await
                .map_err(|e| AuthError::store("could not save the token in Redis", e))
        })
    }

    fn try_lock<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<bool, AuthError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            let taken: Option<String> = redis::cmd("SET")
                .arg(self.key("lock", key))
                .arg(holder)
                .arg("NX")
                .arg("PX")
                .arg(millis(ttl))
                .query_async(&mut connection)
                .await
                .map_err(|e| AuthError::store("could not take the renewal lock in Redis", e))?;
            Ok(taken.is_some())
        })
    }

    fn unlock<'a>(&'a self, key: &'a str, holder: &'a str) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            UNLOCK_SCRIPT
                .key(self.key("lock", key))
                .arg(holder)
                .invoke_async::<i64>(&mut connection)
                .await
                .map(drop)
                .map_err(|e| AuthError::store("could not release the renewal lock in Redis", e))
        })
    }
}

impl PaceStore for RedisStore {
    fn reserve<'a>(
        &'a self,
        key: &'a str,
        interval: Duration,
    ) -> BoxFuture<'a, Result<Slot, PaceStoreError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            let micros = u64::try_from(interval.as_micros()).unwrap_or(u64::MAX);
            let (kind, wait): (i64, i64) = RESERVE_SCRIPT
                .key(self.key("pace", key))
                .key(self.key("stop", key))
                .arg(micros)
                .invoke_async(&mut connection)
                .await?;
            let wait = Duration::from_micros(u64::try_from(wait).unwrap_or_default());
            Ok(match kind {
                0 => Slot::After(wait),
                1 => Slot::Stopped(StopKind::Pause, wait),
                _ => Slot::Stopped(StopKind::Daily, wait),
            })
        })
    }

    fn stop<'a>(
        &'a self,
        key: &'a str,
        kind: StopKind,
        duration: Duration,
    ) -> BoxFuture<'a, Result<(), PaceStoreError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            let kind = match kind {
                StopKind::Pause => "pause",
                StopKind::Daily => "daily",
            };
            STOP_SCRIPT
                .key(self.key("stop", key))
                .arg(kind)
                .arg(millis(duration))
                .invoke_async::<i64>(&mut connection)
                .await?;
            Ok(())
        })
    }
}
