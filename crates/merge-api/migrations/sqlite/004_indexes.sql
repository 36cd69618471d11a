-- Look-ups by a column other than the key, each a full scan before. Emails are kept in lower
-- case (the API lowers them when it adds users), as on PostgreSQL, where nothing ignores case.
CREATE INDEX accounts_by_merged_into ON accounts(merged_into);
CREATE INDEX users_by_account ON users(account);
CREATE INDEX merge_requests_by_initiator ON merge_requests(initiator, created_at);
CREATE INDEX merge_requests_by_invitee ON merge_requests(invitee);
CREATE INDEX open_merges_by_request ON open_merges(request_id);
UPDATE users SET email = lower(email);
