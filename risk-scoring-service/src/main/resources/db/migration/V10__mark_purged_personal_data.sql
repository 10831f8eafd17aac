-- Retention (PIPL minimisation): when a complaint's payload and the customer's words in its assessment were purged
-- (AssessmentPurge). A purged complaint is never taken again, nor assessed again; the index finds those still to
-- purge, oldest first.
ALTER TABLE complaint ADD COLUMN personal_data_purged_at TIMESTAMPTZ;

CREATE INDEX complaint_purge_idx ON complaint (received_at) WHERE personal_data_purged_at IS NULL;
