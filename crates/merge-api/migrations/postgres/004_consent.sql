-- The consent trail of a request, on the request itself: who accepted it and when, and who
-- closed it (rejected, cancelled or confirmed; at updated_at). Filled from the history for
-- requests made before.
ALTER TABLE merge_requests ADD COLUMN accepted_by TEXT;
ALTER TABLE merge_requests ADD COLUMN accepted_at TEXT;
ALTER TABLE merge_requests ADD COLUMN closed_by TEXT;
UPDATE merge_requests SET
  accepted_by = (SELECT actor FROM history h WHERE h.request_id = merge_requests.id AND h.event = 'accepted' ORDER BY h.id DESC LIMIT 1),
  accepted_at = (SELECT at FROM history h WHERE h.request_id = merge_requests.id AND h.event = 'accepted' ORDER BY h.id DESC LIMIT 1),
  closed_by = (SELECT actor FROM history h WHERE h.request_id = merge_requests.id AND h.event IN ('rejected', 'cancelled', 'completed') ORDER BY h.id DESC LIMIT 1);
