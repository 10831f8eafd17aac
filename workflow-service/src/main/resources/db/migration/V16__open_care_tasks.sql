-- Care tasks (关怀工单) of the proactive group: an ordinary contact whose complaint propensity reached
-- workflow.care.open-at, with two clocks: quality-check feedback (someone reviews it and decides) and handling.
CREATE TABLE care_task (
    contact_id        VARCHAR(64)      PRIMARY KEY,
    customer_key      VARCHAR(128)     NOT NULL,
    contacted_at      TIMESTAMPTZ      NOT NULL,
    opened_at         TIMESTAMPTZ      NOT NULL,
    propensity_score  INTEGER          NOT NULL,
    propensity_level  VARCHAR(16)      NOT NULL,
    signals           JSONB            NOT NULL,
    dissatisfaction   DOUBLE PRECISION NOT NULL,
    status            VARCHAR(16)      NOT NULL,
    feedback_due_at   TIMESTAMPTZ      NOT NULL,
    feedback_at       TIMESTAMPTZ,
    feedback_by       VARCHAR(64),
    feedback_decision VARCHAR(16),
    feedback_note     VARCHAR(2000),
    handling_due_at   TIMESTAMPTZ      NOT NULL,
    closed_at         TIMESTAMPTZ,
    closed_by         VARCHAR(64),
    outcome           VARCHAR(32),
    outcome_note      VARCHAR(2000),
    -- the warnings (50/75/90 %) and breaches raised, a bit each (CareAlert.bit), and when the next one is due
    alerts_raised     INTEGER          NOT NULL DEFAULT 0,
    next_alert_at     TIMESTAMPTZ
);
CREATE INDEX care_task_queue_idx ON care_task (feedback_due_at) WHERE closed_at IS NULL;
CREATE INDEX care_task_next_alert_idx ON care_task (next_alert_at) WHERE next_alert_at IS NOT NULL;

-- What the contact said, as intake published it (contacts.received): shown with its care task. It may arrive before
-- or after the assessment; a task shows it once both are in.
CREATE TABLE care_contact (
    contact_id            VARCHAR(64)  PRIMARY KEY,
    channel               VARCHAR(16)  NOT NULL,
    contacted_at          TIMESTAMPTZ  NOT NULL,
    customer_id           VARCHAR(64),
    phone                 VARCHAR(32),
    agent_id              VARCHAR(64),
    customer_text         TEXT         NOT NULL,
    not_complaint_because VARCHAR(300) NOT NULL
);
