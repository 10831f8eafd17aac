-- Supervisors' reviews of proxy flags (ProxyFlagReviewed, from workflow on cases.proxy-reviews), as they arrived:
-- who decided what about which complaint, when and why. Keyed by event id: a redelivered review is recorded once.
CREATE TABLE proxy_review (
    event_id     UUID         PRIMARY KEY,
    complaint_id VARCHAR(64)  NOT NULL,
    customer_key VARCHAR(128) NOT NULL,
    decision     VARCHAR(16)  NOT NULL,
    -- the ring the flag named, as workflow sent it
    ring_id      VARCHAR(64),
    reviewer     VARCHAR(256) NOT NULL,
    reason       TEXT         NOT NULL,
    reviewed_at  TIMESTAMPTZ  NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX proxy_review_complaint_idx ON proxy_review (complaint_id, reviewed_at);

-- The verdict in force for a customer in a ring (scope RING), or on one complaint that was in no ring when reviewed
-- (scope COMPLAINT): the latest review wins, whatever order the reviews arrive in. Scoring reads a customer's rows
-- to leave the members of the rings the customer was cleared of out of that customer's links. A RING row follows its
-- ring when rings merge.
CREATE TABLE proxy_verdict (
    customer_key VARCHAR(128) NOT NULL,
    scope        VARCHAR(16)  NOT NULL,
    scope_id     VARCHAR(64)  NOT NULL,
    decision     VARCHAR(16)  NOT NULL,
    event_id     UUID         NOT NULL,
    reviewer     VARCHAR(256) NOT NULL,
    reason       TEXT         NOT NULL,
    decided_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (customer_key, scope, scope_id)
);
