-- SLA alerts. A row here is the permanent record that an alert was raised: the primary key (case, clock, threshold,
-- the clock's start) makes raising the same alert twice impossible, whatever the scanners do. A reopened case
-- starts a new resolution clock, so its thresholds can be raised again.
CREATE TABLE sla_alert (
    complaint_id     VARCHAR(64)  NOT NULL REFERENCES complaint_case (complaint_id),
    clock            VARCHAR(16)  NOT NULL,
    threshold        SMALLINT     NOT NULL CHECK (threshold BETWEEN 1 AND 100),
    clock_started_at TIMESTAMPTZ  NOT NULL,
    event_id         UUID         NOT NULL UNIQUE,
    kind             VARCHAR(16)  NOT NULL,
    passed_at        TIMESTAMPTZ  NOT NULL,
    due_at           TIMESTAMPTZ  NOT NULL,
    raised_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (complaint_id, clock, threshold, clock_started_at)
);

-- Alerts raised and not yet published to sla.alerts. Written in the transaction that raises the alert; the relay
-- deletes a row once the Kafka transaction carrying it committed.
CREATE TABLE sla_alert_outbox (
    id           BIGSERIAL   PRIMARY KEY,
    complaint_id VARCHAR(64) NOT NULL,
    event_id     UUID        NOT NULL,
    -- json, not jsonb: published byte for byte as it was written
    event        JSON        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);

-- The relay's identity: one per outbox, i.e. per database. Every workflow instance on this database uses it as its
-- Kafka transactional id (so a new relay leader fences the previous one) and as its key on the position topic.
CREATE TABLE sla_alert_relay (
    only_row   BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    relay_id   UUID        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

INSERT INTO sla_alert_relay (relay_id, created_at) VALUES (gen_random_uuid(), now());
