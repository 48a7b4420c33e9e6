//! Single-flight token renewal across processes, through a [`TokenStore`].
//!
//! Each process keeps its own [`TokenCache`](super::auth::TokenCache) in
//! front (one renewal at a time within the process); behind it, this
//! provider makes the store the source of truth: read the shared token; if
//! it is due, take the store's lock for the key, read again (another
//! process may have just renewed), renew, save, release. A process that
//! finds the lock taken waits and reads what the holder saved. The lock
//! lapses by itself, so a holder that dies blocks the others for at most
//! its lifetime.

use std::hash::{BuildHasher, RandomState};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use super::auth::{AccessToken, BoxFuture, Secret, TokenProvider};
use super::redact;
use super::token_store::{StoredToken, TokenStore};
use crate::Error;
use crate::error::{AuthError, AuthErrorKind};

/// How long the renewal lock lives unless released: longer than a token
/// request takes, short enough that a crashed holder is soon forgotten.
pub(crate) const DEFAULT_LOCK_TTL: Duration = Duration::from_secs(15);

/// How often a process waiting for another's renewal reads the store.
const POLL_INTERVAL: Duration = Duration::from_millis(50);

/// Gets a new token for a [`Shared`] provider.
pub(crate) trait Renew: Send + Sync + 'static {
    /// A new token; `current` is the stored one, if any (user OAuth
    /// refreshes with its refresh token).
    fn renew<'a>(
        &'a self,
        current: Option<&'a StoredToken>,
    ) -> BoxFuture<'a, Result<StoredToken, AuthError>>;

    /// Removes this renewer's secrets from `text`.
    fn redact(&self, text: &mut String);
}

/// A token provider whose tokens live in a [`TokenStore`] under `key`.
pub(crate) struct Shared<R> {
    renew: R,
    store: Arc<dyn TokenStore>,
    key: String,
    /// This process's name on the lock: random, so no two processes share it.
    holder: String,
    lock_ttl: Duration,
    /// The access token Zoom last rejected (401 code 124): a stored copy of
    /// it is renewed, not used.
    rejected: Mutex<Option<Secret<String>>>,
    /// The refresh tokens this process has seen (the newest two), to keep
    /// them out of errors.
    refresh_tokens: Mutex<Vec<Secret<String>>>,
}

impl<R: Renew> Shared<R> {
    pub(crate) fn new(
        renew: R,
        store: Arc<dyn TokenStore>,
        key: String,
        lock_ttl: Duration,
    ) -> Self {
        Self {
            renew,
            store,
            key,
            holder: random_id(),
            lock_ttl,
            rejected: Mutex::new(None),
            refresh_tokens: Mutex::new(Vec::new()),
        }
    }

    #[cfg_attr(not(feature = "user-oauth"), allow(dead_code))]
    pub(crate) fn renewer(&self) -> &R {
        &self.renew
    }

    #[cfg_attr(not(feature = "user-oauth"), allow(dead_code))]
    pub(crate) fn store(&self) -> &Arc<dyn TokenStore> {
        &self.store
    }

    #[cfg_attr(not(feature = "user-oauth"), allow(dead_code))]
    pub(crate) fn key(&self) -> &str {
        &self.key
    }

    /// The stored token, if there is one to use as it is.
    async fn usable(&self) -> Result<(Option<StoredToken>, bool), AuthError> {
        let stored = self.store.load(&self.key).await?;
        let usable = stored.as_ref().is_some_and(|token| {
            self.remember(token);
            token.is_fresh(SystemTime::now()) && !self.is_rejected(token)
        });
        Ok((stored, usable))
    }

    /// A token to use: the shared one, or one this process renews.
    pub(crate) async fn get(&self) -> Result<StoredToken, AuthError> {
        let started = Instant::now();
        // Twice the lock's life: enough for a dead holder's lock to lapse
        // and for the next holder to renew.
        let give_up = self.lock_ttl * 2 + Duration::from_secs(1);
        loop {
            if let (Some(token), true) = self.usable().await? {
                return Ok(token);
            }
            if self
                .store
                .try_lock(&self.key, &self.holder, self.lock_ttl)
                .await?
            {
                let outcome = self.renew_holding_lock().await;
                if let Err(error) = self.store.unlock(&self.key, &self.holder).await {
                    // The lock lapses by itself; the others wait a little longer.
                    tracing::warn!(error = %error, "could not release the token renewal lock");
                }
                return outcome;
            }
            if started.elapsed() > give_up {
                return Err(AuthError::new(format!(
                    "another process has held the token renewal lock for over {} s",
                    give_up.as_secs()
                ))
                .with_kind(AuthErrorKind::Unavailable)
                .retryable(true));
            }
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }

    async fn renew_holding_lock(&self) -> Result<StoredToken, AuthError> {
        // Another process may have renewed between our read and the lock.
        let (stored, usable) = self.usable().await?;
        if let (Some(token), true) = (&stored, usable) {
            return Ok(token.clone());
        }
        tracing::debug!("renewing the shared access token");
        let renewed = match self.renew.renew(stored.as_ref()).await {
            Ok(token) => token,
            Err(error) if error.kind() == AuthErrorKind::AuthorizeAgain => {
                // A refresh token used by a process whose lock had lapsed
                // is dead because that process rotated it: its new token is
                // in the store.
                return match self.usable().await? {
                    (Some(token), true) => Ok(token),
                    _ => Err(error),
                };
            }
            Err(error) => return Err(error),
        };
        self.remember(&renewed);
        // Saved before anyone uses it: with rotating refresh tokens the old
        // one is already dead, so an unsaved new one would be lost.
        self.store.save(&self.key, &renewed).await?;
        Ok(renewed)
    }

    fn is_rejected(&self, token: &StoredToken) -> bool {
        lock(&self.rejected)
            .as_ref()
            .is_some_and(|rejected| rejected.expose() == token.access_token())
    }

    fn remember(&self, token: &StoredToken) {
        let Some(refresh) = token.refresh_token() else {
            return;
        };
        let mut seen = lock(&self.refresh_tokens);
        if seen.iter().any(|known| known.expose() == refresh) {
            return;
        }
        seen.push(Secret::new(refresh.to_owned()));
        if seen.len() > 2 {
            seen.remove(0);
        }
    }
}

impl<R: Renew> TokenProvider for Shared<R> {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, Error>> {
        Box::pin(async move { Ok(self.get().await?.to_access_token()) })
    }

    fn invalidate(&self, failed: &AccessToken) {
        *lock(&self.rejected) = Some(Secret::new(failed.secret().to_owned()));
    }

    fn redact(&self, text: &mut String) {
        self.renew.redact(text);
        for refresh in lock(&self.refresh_tokens).iter() {
            redact::remove(text, refresh.expose());
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every update is a single assignment or push.
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// 128 random bits as hex, from the standard library's randomly keyed
/// hasher (seeded from the OS): unique enough to name a lock holder.
pub(crate) fn random_id() -> String {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let a = RandomState::new().hash_one((std::process::id(), nanos));
    let b = RandomState::new().hash_one(nanos);
    format!("{a:016x}{b:016x}")
}
