-- R17: every re-issue applied, with the exact plan that was confirmed, under the completed merge
-- that brought the tenant in (its history records it for both companies).
CREATE TABLE reissues (
  id          INTEGER PRIMARY KEY,
  request_id  INTEGER NOT NULL REFERENCES merge_requests(id),
  fingerprint TEXT NOT NULL,
  plan        TEXT NOT NULL,
  applied_by  TEXT NOT NULL,
  applied_at  TEXT NOT NULL
);
CREATE INDEX reissues_by_request ON reissues(request_id);
