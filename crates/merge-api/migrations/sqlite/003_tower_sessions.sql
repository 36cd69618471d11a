-- Sessions move to tower-sessions (idle and absolute expiry, id renewal at sign-in). Earlier
-- sessions are ended: their users sign in again. Ids are stored only as their SHA-256, so the
-- file does not hold live sessions; `data` is the session's JSON, `expires_at` Unix seconds.
DROP TABLE sessions;
CREATE TABLE sessions (
  id_sha256  TEXT PRIMARY KEY,
  data       TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions(expires_at);
