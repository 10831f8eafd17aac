-- Rings whose membership changed (a complaint joined, or rings merged), to have their members assessed again: one row
-- per ring, written in the scoring transaction of the complaint that grew it, and expanded into reassessment_queue
-- afterwards in a transaction of its own. The scoring transaction so writes one row however big the ring, and growths
-- of a ring before it is expanded make one job: the expansion reads the members as they are then.
CREATE TABLE ring_reassessment (
    cluster_id VARCHAR(64) PRIMARY KEY,
    -- the complaint that first grew the ring since its last expansion
    caused_by  VARCHAR(64) NOT NULL,
    queued_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX ring_reassessment_queued_idx ON ring_reassessment (queued_at);
