-- Who gains which rights (R23, A3): the reading of admin rights the initiator acknowledged when
-- confirming, so that the report of an applied merge says what was agreed even after the
-- deployment changes its reading. Merges applied before have none: the report then reads them
-- as the deployment does now.
ALTER TABLE merge_requests ADD COLUMN rights_reading TEXT CHECK (rights_reading IN ('own_tenants', 'both_tenants'));
