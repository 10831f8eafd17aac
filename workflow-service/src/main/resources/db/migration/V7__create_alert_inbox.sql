-- The alert inbox: the SLA alerts consumed from sla.alerts, who each is addressed to, who has read what, and the
-- outbox of webhook deliveries to enterprise IM robots.

-- One row per alert consumed. The unique event id is what makes a redelivered alert add nothing: the items and the
-- webhook deliveries are written only by the transaction that inserted this row.
CREATE TABLE inbox_alert (
    id             BIGSERIAL   PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    complaint_id   VARCHAR(64) NOT NULL,
    clock          VARCHAR(16) NOT NULL,
    threshold      SMALLINT    NOT NULL CHECK (threshold BETWEEN 1 AND 100),
    kind           VARCHAR(16) NOT NULL,
    assigned_group VARCHAR(32) NOT NULL,
    assignee       VARCHAR(64),
    passed_at      TIMESTAMPTZ NOT NULL,
    due_at         TIMESTAMPTZ NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL
);

-- An alert as addressed to one audience: a user (the assignee), a group, or a group's supervisors. The address
-- ('USER:agent-li', 'GROUP:FEES', 'GROUP_SUPERVISORS:FEES') is what a reader's visibility is matched on.
CREATE TABLE inbox_item (
    id         BIGSERIAL   PRIMARY KEY,
    alert_id   BIGINT      NOT NULL REFERENCES inbox_alert (id) ON DELETE CASCADE,
    audience   VARCHAR(24) NOT NULL CHECK (audience IN ('USER', 'GROUP', 'GROUP_SUPERVISORS')),
    recipient  VARCHAR(64) NOT NULL CHECK (recipient <> ''),
    address    VARCHAR(96) GENERATED ALWAYS AS (audience || ':' || recipient) STORED,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (alert_id, audience, recipient)
);

-- a reader's inbox, newest first
CREATE INDEX inbox_item_address_idx ON inbox_item (address, created_at DESC, id DESC);

-- Read state per reader: a group's item read by one member stays unread for the others.
CREATE TABLE inbox_read (
    item_id BIGINT      NOT NULL REFERENCES inbox_item (id) ON DELETE CASCADE,
    reader  VARCHAR(64) NOT NULL,
    read_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_id, reader)
);

-- Webhook deliveries, written in the transaction that stores the alert's items (an outbox): the consumer never
-- waits on a robot. The sender claims due rows with FOR UPDATE SKIP LOCKED, so several instances can send.
CREATE TABLE inbox_webhook_delivery (
    id              BIGSERIAL   PRIMARY KEY,
    alert_id        BIGINT      NOT NULL REFERENCES inbox_alert (id) ON DELETE CASCADE,
    endpoint        VARCHAR(64) NOT NULL,
    body            TEXT        NOT NULL,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      VARCHAR(300),
    created_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    UNIQUE (alert_id, endpoint)
);

CREATE INDEX inbox_webhook_delivery_due_idx ON inbox_webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX inbox_webhook_delivery_failed_idx ON inbox_webhook_delivery (endpoint) WHERE status = 'FAILED';
