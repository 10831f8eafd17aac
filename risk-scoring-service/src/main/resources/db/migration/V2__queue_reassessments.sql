-- Earlier complaints whose evidence a new complaint changed (a ring that grew), to be assessed again after the new
-- complaint's own transaction: written in that transaction, so none is lost, and keyed by complaint so a complaint
-- queued by several newcomers is assessed again once.
CREATE TABLE reassessment_queue (
    complaint_id VARCHAR(64)  PRIMARY KEY REFERENCES complaint ON DELETE CASCADE,
    caused_by    VARCHAR(64)  NOT NULL,
    queued_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX reassessment_queue_queued_idx ON reassessment_queue (queued_at);
