-- The case as the agents work it: its three clocks (first contact, resolution, regulator deadline), the SLA policy
-- applied, who holds it, how it ended, and the risk it was routed on. An append-only timeline records every change.

ALTER TABLE complaint_case
    ADD COLUMN business_type              VARCHAR(32),
    ADD COLUMN regulator_case_number      VARCHAR(128),
    ADD COLUMN escalation_level           VARCHAR(16),
    ADD COLUMN proxy_level                VARCHAR(16),
    ADD COLUMN repeat_of                  VARCHAR(64),
    ADD COLUMN assignee                   VARCHAR(64),
    ADD COLUMN sla_policy                 VARCHAR(64)  NOT NULL DEFAULT 'standard',
    ADD COLUMN first_contacted_at         TIMESTAMPTZ,
    -- the resolution clock: it starts at receipt (again at a reopening), is due at base + completed pauses
    ADD COLUMN resolution_started_at      TIMESTAMPTZ,
    ADD COLUMN resolution_base_due_at     TIMESTAMPTZ,
    ADD COLUMN resolution_due_at          TIMESTAMPTZ,
    ADD COLUMN resolution_due_provisional BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN resolution_paused_seconds  BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN resolution_paused_since    TIMESTAMPTZ,
    ADD COLUMN pause_reason               VARCHAR(500),
    ADD COLUMN paused_by                  VARCHAR(64),
    ADD COLUMN resolved_at                TIMESTAMPTZ,
    ADD COLUMN resolution_outcome         VARCHAR(2000),
    ADD COLUMN resolution_reason          VARCHAR(32),
    ADD COLUMN regulator_last_day         DATE,
    ADD COLUMN regulator_due_at           TIMESTAMPTZ,
    ADD COLUMN regulator_due_provisional  BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN closed_at                  TIMESTAMPTZ,
    ADD COLUMN withdrawn_at               TIMESTAMPTZ,
    ADD COLUMN satisfaction               VARCHAR(16),
    -- the earliest due time among the clocks still running: the queue's urgency order
    ADD COLUMN next_due_at                TIMESTAMPTZ,
    -- SLA alerts: when the next warning or breach falls due, and which were raised (bit per clock and threshold)
    ADD COLUMN next_alert_at              TIMESTAMPTZ,
    ADD COLUMN alerts_raised              INTEGER      NOT NULL DEFAULT 0;

-- Cases opened before the resolution clock existed: due at the end of the 5th week day after the day of receipt,
-- marked provisional because holidays were not taken into account; loading a calendar year recomputes them.
UPDATE complaint_case c
SET resolution_started_at = c.received_at,
    resolution_base_due_at = due.at,
    resolution_due_at = due.at,
    resolution_due_provisional = TRUE,
    next_due_at = LEAST(c.first_contact_due_at, due.at)
FROM (SELECT complaint_id,
             ((SELECT d FROM generate_series((received_at AT TIME ZONE 'Asia/Shanghai')::date + 1,
                                             (received_at AT TIME ZONE 'Asia/Shanghai')::date + 14, INTERVAL '1 day') d
               WHERE EXTRACT(ISODOW FROM d) < 6 ORDER BY d OFFSET 4 LIMIT 1) + INTERVAL '1 day')
                 AT TIME ZONE 'Asia/Shanghai' AS at
      FROM complaint_case) due
WHERE due.complaint_id = c.complaint_id;

ALTER TABLE complaint_case
    ALTER COLUMN resolution_started_at SET NOT NULL,
    ALTER COLUMN resolution_base_due_at SET NOT NULL,
    ALTER COLUMN resolution_due_at SET NOT NULL;

DROP INDEX complaint_case_status_idx;
CREATE INDEX complaint_case_queue_idx ON complaint_case (assigned_group, status, next_due_at);
CREATE INDEX complaint_case_urgency_idx ON complaint_case (next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX complaint_case_assignee_idx ON complaint_case (assignee, next_due_at) WHERE assignee IS NOT NULL;
CREATE INDEX complaint_case_next_alert_idx ON complaint_case (next_alert_at) WHERE next_alert_at IS NOT NULL;

ALTER TABLE risk_assessment ADD COLUMN topics VARCHAR(200) NOT NULL DEFAULT '';

-- Every change to a case: who, when, what. Rows are only ever added.
CREATE TABLE case_event (
    id           BIGSERIAL    PRIMARY KEY,
    complaint_id VARCHAR(64)  NOT NULL REFERENCES complaint_case (complaint_id),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    type         VARCHAR(32)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    detail       JSONB        NOT NULL DEFAULT '{}'
);

CREATE INDEX case_event_case_idx ON case_event (complaint_id, id);

CREATE FUNCTION case_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_event is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER case_event_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON case_event
    FOR EACH STATEMENT EXECUTE FUNCTION case_event_append_only();
