-- One row per complaint. The primary key is the complaint id intake derives from the channel's reference, so a
-- complaint delivered twice can only ever make one case.
CREATE TABLE complaint_case (
    complaint_id          VARCHAR(64)  PRIMARY KEY,
    channel               VARCHAR(16)  NOT NULL,
    source                VARCHAR(16)  NOT NULL,
    external_reference    VARCHAR(128) NOT NULL,
    customer_key          VARCHAR(128) NOT NULL,
    received_at           TIMESTAMPTZ  NOT NULL,
    first_contact_due_at  TIMESTAMPTZ  NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    assigned_group        VARCHAR(32)  NOT NULL,
    routing_reason        VARCHAR(200) NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL
);

CREATE INDEX complaint_case_status_idx ON complaint_case (status, assigned_group);
CREATE INDEX complaint_case_customer_idx ON complaint_case (customer_key);
CREATE INDEX complaint_case_received_idx ON complaint_case (received_at);

-- The latest risk assessment of a complaint. Kept apart from the case because the two arrive on different topics
-- and either may come first.
CREATE TABLE risk_assessment (
    complaint_id       VARCHAR(64) PRIMARY KEY,
    event_id           UUID        NOT NULL,
    assessed_at        TIMESTAMPTZ NOT NULL,
    escalation_score   INTEGER     NOT NULL CHECK (escalation_score BETWEEN 0 AND 100),
    escalation_level   VARCHAR(16) NOT NULL,
    proxy_score        INTEGER     NOT NULL CHECK (proxy_score BETWEEN 0 AND 100),
    proxy_level        VARCHAR(16) NOT NULL
);
