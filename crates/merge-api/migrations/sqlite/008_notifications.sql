-- no-transaction
-- (SQLite changes a CHECK constraint only by rebuilding the table, which needs foreign keys off,
-- which needs no transaction around it: the migration opens its own.)
PRAGMA foreign_keys = OFF;
BEGIN;

-- Issue #31. The language each user reads their messages in (en, nl, de), set from the app's
-- language switch; none: the language of their account's first admin, else English.
ALTER TABLE users ADD COLUMN lang TEXT;

-- The transactional outbox: every message a workflow step owes someone, written in the step's
-- own transaction (no message for a step that rolled back, no step without its messages) and
-- sent after commit by the delivery task. `id` is stable: the email's Message-ID and the
-- webhook's delivery id, so a receiver recognises a repeat. An `event` row is a step for the
-- operators' webhooks: the delivery task fans it out into one `webhook` row per webhook. `facts` is what the message says
-- (JSON), rendered in `lang` when it is sent; `subject`, `body_text` and `body_html` are the
-- email as sent. A message is claimed for a send until `claimed_until`: a process that dies
-- mid-send leaves it to another once that passes.
CREATE TABLE outbox (
  id              TEXT PRIMARY KEY,
  channel         TEXT NOT NULL CHECK (channel IN ('email', 'event', 'webhook')),
  recipient       TEXT NOT NULL,
  lang            TEXT NOT NULL,
  request_id      INTEGER NOT NULL REFERENCES merge_requests(id),
  event           TEXT NOT NULL,
  facts           TEXT NOT NULL,
  state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  claimed_until   TEXT,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  sent_at         TEXT,
  subject         TEXT,
  body_text       TEXT,
  body_html       TEXT
);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
CREATE INDEX outbox_by_request ON outbox(request_id);

-- Requests that expire (issue #31): a pending invitation nobody answers, an accepted request
-- nobody confirms. `reminded_for` is the state whose reminder went out (a request is reminded
-- once while pending and once while accepted).
CREATE TABLE merge_requests_new (
  id           INTEGER PRIMARY KEY,
  initiator    TEXT NOT NULL REFERENCES accounts(mpn_id),
  invitee      TEXT NOT NULL REFERENCES accounts(mpn_id),
  state        TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'rejected', 'cancelled', 'completed', 'expired')),
  reason       TEXT,
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  accepted_by  TEXT,
  accepted_at  TEXT,
  closed_by    TEXT,
  reminded_for TEXT,
  CHECK (initiator <> invitee)
);
INSERT INTO merge_requests_new (id, initiator, invitee, state, reason, created_by, created_at,
                                updated_at, accepted_by, accepted_at, closed_by)
  SELECT id, initiator, invitee, state, reason, created_by, created_at, updated_at, accepted_by,
         accepted_at, closed_by
  FROM merge_requests;
DROP TABLE merge_requests;
ALTER TABLE merge_requests_new RENAME TO merge_requests;
CREATE INDEX merge_requests_by_initiator ON merge_requests(initiator, created_at);
CREATE INDEX merge_requests_by_invitee ON merge_requests(invitee);

COMMIT;
PRAGMA foreign_keys = ON;
