-- Merger or acquisition (R22, issue #32): the deal kind the initiator chose on the invitation,
-- with which the request is planned. Requests sent before have none and are planned as they
-- were, so their stored plans and fingerprints stay valid.
ALTER TABLE merge_requests ADD COLUMN deal TEXT CHECK (deal IN ('merger', 'acquisition'));
