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
  request_id      BIGINT NOT NULL REFERENCES merge_requests(id),
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
ALTER TABLE merge_requests DROP CONSTRAINT merge_requests_state_check;
ALTER TABLE merge_requests ADD CONSTRAINT merge_requests_state_check
  CHECK (state IN ('pending', 'accepted', 'rejected', 'cancelled', 'completed', 'expired'));
ALTER TABLE merge_requests ADD COLUMN reminded_for TEXT;
