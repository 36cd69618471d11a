-- Issue #30. Who signs in is a directory user: each user is bound to the provider's stable
-- subject at first sign-in (JSON text: {"iss","sub"}, or Entra's {"tid","oid"}); one directory
-- user is one user here.
ALTER TABLE users ADD COLUMN subject TEXT;
CREATE UNIQUE INDEX users_by_subject ON users(subject);

-- Users the demo seed made: the only ones demo sign-in accepts.
ALTER TABLE users ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;

-- What the database is: `mode` is `demo` (seeded, sign-in by email alone) or `real` (imported
-- accounts, sign-in through identity providers), recorded once; a server in the other mode
-- refuses it.
CREATE TABLE settings (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- W1 in constant time: each location MPN ID of an account still standing, to its account (a
-- global MPN ID is the accounts table's key).
CREATE TABLE location_ids (
  mpn_id  TEXT PRIMARY KEY,
  account TEXT NOT NULL REFERENCES accounts(mpn_id)
);
CREATE INDEX location_ids_by_account ON location_ids(account);
INSERT OR IGNORE INTO location_ids (mpn_id, account)
  SELECT json_extract(l.value, '$.mpn_id'), a.mpn_id
  FROM accounts a, json_each(a.snapshot, '$.locations') l
  WHERE a.merged_into IS NULL AND json_extract(l.value, '$.mpn_id') <> a.mpn_id;

-- Every invitation an account tried, sent or refused: the limit counts them all.
CREATE TABLE invitation_attempts (
  account TEXT NOT NULL REFERENCES accounts(mpn_id),
  at      TEXT NOT NULL
);
CREATE INDEX invitation_attempts_by_account ON invitation_attempts(account, at);
INSERT INTO invitation_attempts (account, at) SELECT initiator, created_at FROM merge_requests;
