//! tower-sessions' store on the app's own database and pool, SQLite or PostgreSQL (the published
//! sqlx stores keep ids as they are: docs/decisions.md). Ids are kept only as their SHA-256, so
//! the database holds no live session.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

use crate::db::{sql, Db};
use crate::error::ApiError;

#[derive(Clone)]
pub struct DbSessions {
    db: Db,
    /// A session whose data is unchanged is written again only when its expiry moved this
    /// many seconds: reading a page should not queue a write per request.
    refresh: i64,
    /// What each session last read or wrote here holds, so that `save` can tell, without a
    /// read, whether there is anything to write. Only ever skips a write: a stale entry at
    /// worst moves an idle expiry one refresh later.
    stored: Arc<Mutex<HashMap<String, (String, i64)>>>,
}

/// Sessions remembered at most; past it the memory starts afresh (and writes resume).
const REMEMBERED: usize = 100_000;

impl DbSessions {
    /// For sessions that end after `idle` without a request: their expiry is kept to within a
    /// thirtieth of it (at most a minute).
    pub fn new(db: Db, idle: std::time::Duration) -> Self {
        let refresh = (idle.as_secs() / 30).min(60) as i64;
        Self {
            db,
            refresh,
            stored: Arc::default(),
        }
    }

    fn remember(&self, key: &str, data: &str, expires: i64) {
        let mut stored = self.stored.lock().unwrap_or_else(|e| e.into_inner());
        if stored.len() >= REMEMBERED {
            stored.clear();
        }
        stored.insert(key.to_string(), (data.to_string(), expires));
    }

    fn forget(&self, key: &str) {
        self.stored
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(key);
    }

    fn unchanged(&self, key: &str, data: &str, expires: i64) -> bool {
        let stored = self.stored.lock().unwrap_or_else(|e| e.into_inner());
        stored
            .get(key)
            .is_some_and(|(d, at)| d == data && (expires - at).abs() <= self.refresh)
    }
}

impl fmt::Debug for DbSessions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DbSessions")
    }
}

fn key(id: &Id) -> String {
    Sha256::digest(id.to_string().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn backend(error: ApiError) -> session_store::Error {
    session_store::Error::Backend(error.message)
}

fn encode(record: &Record) -> session_store::Result<String> {
    serde_json::to_string(&record.data).map_err(|e| session_store::Error::Encode(e.to_string()))
}

#[async_trait]
impl SessionStore for DbSessions {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let data = encode(record)?;
        let expires = record.expiry_date.unix_timestamp();
        loop {
            let id = key(&record.id);
            let created = self
                .db
                .autocommit((&id, &data), |conn, (id, data)| {
                    Box::pin(async move {
                        let now = OffsetDateTime::now_utc().unix_timestamp();
                        // Sign-ins sweep the sessions that ended, so the table stays small.
                        sql::query("DELETE FROM sessions WHERE expires_at <= $1")
                            .bind(now)
                            .execute(&mut *conn)
                            .await?;
                        let inserted = sql::query(
                            "INSERT INTO sessions (id_sha256, data, expires_at) VALUES ($1, $2, $3)
                             ON CONFLICT (id_sha256) DO NOTHING",
                        )
                        .bind(*id)
                        .bind(*data)
                        .bind(expires)
                        .execute(&mut *conn)
                        .await?;
                        Ok(inserted == 1)
                    })
                })
                .await
                .map_err(backend)?;
            if created {
                self.remember(&id, &data, expires);
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let id = key(&record.id);
        let data = encode(record)?;
        let expires = record.expiry_date.unix_timestamp();
        if self.unchanged(&id, &data, expires) {
            return Ok(());
        }
        self.remember(&id, &data, expires);
        let written = self
            .db
            .autocommit((&id, &data), |conn, (id, data)| {
                Box::pin(async move {
                    // An update, never an insert: a request still in flight when its session
                    // was signed out (deleted) or swept must not bring it back.
                    sql::query(
                        "UPDATE sessions SET data = $2, expires_at = $3 WHERE id_sha256 = $1",
                    )
                    .bind(*id)
                    .bind(*data)
                    .bind(expires)
                    .execute(&mut *conn)
                    .await?;
                    Ok(())
                })
            })
            .await;
        if written.is_err() {
            self.forget(&id);
        }
        written.map_err(backend)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let hashed = key(id);
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let row: Option<(String, i64)> = self
            .db
            .read_one((&hashed, now), |conn, (hashed, now)| {
                Box::pin(async move {
                    Ok(sql::query_as(
                        "SELECT data, expires_at FROM sessions
                         WHERE id_sha256 = $1 AND expires_at > $2",
                    )
                    .bind(*hashed)
                    .bind(*now)
                    .fetch_optional(conn)
                    .await?)
                })
            })
            .await
            .map_err(backend)?;
        let Some((data, expires)) = row else {
            return Ok(None);
        };
        self.remember(&hashed, &data, expires);
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data)
                .map_err(|e| session_store::Error::Decode(e.to_string()))?,
            expiry_date: OffsetDateTime::from_unix_timestamp(expires)
                .map_err(|e| session_store::Error::Decode(e.to_string()))?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        let key = key(id);
        self.forget(&key);
        self.db
            .autocommit(key, |conn, key| {
                Box::pin(async move {
                    sql::query("DELETE FROM sessions WHERE id_sha256 = $1")
                        .bind(key)
                        .execute(&mut *conn)
                        .await?;
                    Ok(())
                })
            })
            .await
            .map_err(backend)
    }
}
