-- Accounts are stored as snapshots (docs/snapshot-format.md): the engine plans from them and the
-- API writes the plan's `result` back, so what is stored is exactly what was previewed.
CREATE TABLE accounts (
  mpn_id      TEXT PRIMARY KEY,
  company     TEXT NOT NULL,
  snapshot    TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  merged_into TEXT REFERENCES accounts(mpn_id)
);

-- Who signs in to which account; kept in step with the snapshots' users.
CREATE TABLE users (
  email   TEXT PRIMARY KEY COLLATE NOCASE,
  account TEXT NOT NULL REFERENCES accounts(mpn_id)
);

-- Random session tokens, stored only as their SHA-256.
CREATE TABLE sessions (
  token_sha256 TEXT PRIMARY KEY,
  email        TEXT NOT NULL REFERENCES users(email),
  created_at   TEXT NOT NULL
);

CREATE TABLE merge_requests (
  id         INTEGER PRIMARY KEY,
  initiator  TEXT NOT NULL REFERENCES accounts(mpn_id),
  invitee    TEXT NOT NULL REFERENCES accounts(mpn_id),
  state      TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'rejected', 'cancelled', 'completed')),
  reason     TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (initiator <> invitee)
);

-- W6, held by the database: an account has a row here while it takes part in an open request,
-- and the primary key allows one.
CREATE TABLE open_merges (
  account    TEXT PRIMARY KEY REFERENCES accounts(mpn_id),
  request_id INTEGER NOT NULL REFERENCES merge_requests(id)
);

-- W5: every step of every request, for both companies.
CREATE TABLE history (
  id         INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES merge_requests(id),
  account    TEXT NOT NULL REFERENCES accounts(mpn_id),
  event      TEXT NOT NULL,
  actor      TEXT NOT NULL,
  at         TEXT NOT NULL,
  detail     TEXT
);
CREATE INDEX history_by_account ON history(account, id);

-- W4: every plan shown in a preview, so that a stale confirmation can say what changed since.
CREATE TABLE previews (
  request_id  INTEGER NOT NULL REFERENCES merge_requests(id),
  fingerprint TEXT NOT NULL,
  plan        TEXT NOT NULL,
  shown_at    TEXT NOT NULL,
  PRIMARY KEY (request_id, fingerprint)
);
