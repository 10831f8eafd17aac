-- The link store: every complaint the service has scored, the identifiers it carries and the fingerprint of its
-- text, so that later complaints can be linked to it. Every row is keyed by complaint id: reprocessing a complaint
-- adds nothing.

CREATE TABLE complaint (
    complaint_id   VARCHAR(64)  PRIMARY KEY,
    customer_key   VARCHAR(128) NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    received_at    TIMESTAMPTZ  NOT NULL,
    -- MinHash signature of the customer's words (see TextFingerprint), for estimating similarity
    text_signature INTEGER[]    NOT NULL,
    -- the complaint as received, so that it can be assessed again when new evidence about it turns up
    payload        JSONB        NOT NULL
);
CREATE INDEX complaint_customer_idx ON complaint (customer_key, received_at);

-- An identifier a complaint carries: phone, e-mail, address key, organization, ID-number hash; as the customer's
-- or as the agent's.
CREATE TABLE complaint_identifier (
    kind         VARCHAR(16)  NOT NULL,
    value        VARCHAR(256) NOT NULL,
    role         VARCHAR(8)   NOT NULL,
    complaint_id VARCHAR(64)  NOT NULL REFERENCES complaint ON DELETE CASCADE,
    customer_key VARCHAR(128) NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, value, complaint_id, role)
);
CREATE INDEX complaint_identifier_complaint_idx ON complaint_identifier (complaint_id);

-- Locality-sensitive hashing bands of the text fingerprint: complaints with similar text share a band.
CREATE TABLE text_band (
    band_key     BIGINT       NOT NULL,
    complaint_id VARCHAR(64)  NOT NULL REFERENCES complaint ON DELETE CASCADE,
    customer_key VARCHAR(128) NOT NULL,
    PRIMARY KEY (band_key, complaint_id)
);
CREATE INDEX text_band_complaint_idx ON text_band (complaint_id);

-- Rings: complaints joined by suspicious links (a shared agency contact, near-duplicate text) across customers.
CREATE TABLE cluster_member (
    complaint_id VARCHAR(64) PRIMARY KEY REFERENCES complaint ON DELETE CASCADE,
    cluster_id   VARCHAR(64) NOT NULL
);
CREATE INDEX cluster_member_cluster_idx ON cluster_member (cluster_id);

-- Why two complaints are linked: the evidence a ring is shown with.
CREATE TABLE cluster_edge (
    complaint_a VARCHAR(64)  NOT NULL REFERENCES complaint ON DELETE CASCADE,
    complaint_b VARCHAR(64)  NOT NULL REFERENCES complaint ON DELETE CASCADE,
    reason      VARCHAR(32)  NOT NULL,
    detail      VARCHAR(300) NOT NULL,
    PRIMARY KEY (complaint_a, complaint_b, reason),
    CHECK (complaint_a < complaint_b)
);
CREATE INDEX cluster_edge_b_idx ON cluster_edge (complaint_b);

-- The latest assessment of each complaint, as published.
CREATE TABLE assessment (
    complaint_id     VARCHAR(64) PRIMARY KEY REFERENCES complaint ON DELETE CASCADE,
    event_id         UUID        NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL,
    content_hash     VARCHAR(64) NOT NULL,
    escalation_score INTEGER     NOT NULL,
    escalation_level VARCHAR(16) NOT NULL,
    proxy_score      INTEGER     NOT NULL,
    proxy_level      VARCHAR(16) NOT NULL,
    body             JSONB       NOT NULL
);

-- Assessments committed but not yet on Kafka; written in the same transaction as the assessment, so a committed
-- assessment is always published (at least once; consumers keep the newest).
CREATE TABLE assessment_outbox (
    id           BIGSERIAL   PRIMARY KEY,
    complaint_id VARCHAR(64) NOT NULL,
    body         JSONB       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE watchlist_entry (
    kind     VARCHAR(16)  NOT NULL,
    value    VARCHAR(256) NOT NULL,
    reason   VARCHAR(500) NOT NULL,
    added_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, value)
);
