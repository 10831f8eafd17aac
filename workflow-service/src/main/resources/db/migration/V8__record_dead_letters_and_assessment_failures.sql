-- Dead letters: every record a consumer of the suite gave up on, as read from the dead-letter topics, so that
-- operations can list them and replay them after a fix. The value is kept as the bytes on the dead-letter topic
-- (ID numbers already masked by the recoverer that published it): replay sends exactly those bytes back.
CREATE TABLE dead_letter (
    id                    BIGSERIAL     PRIMARY KEY,
    dlt_topic             VARCHAR(249)  NOT NULL,
    dlt_partition         INTEGER       NOT NULL,
    dlt_offset            BIGINT        NOT NULL,
    topic                 VARCHAR(249)  NOT NULL,
    original_partition    INTEGER,
    original_offset       BIGINT,
    consumer_group        VARCHAR(255),
    record_key            VARCHAR(1000),
    value                 BYTEA,
    exception_class       VARCHAR(500),
    exception_cause_class VARCHAR(500),
    exception_message     VARCHAR(4000),
    received_at           TIMESTAMPTZ   NOT NULL,
    replayed_at           TIMESTAMPTZ,
    replayed_by           VARCHAR(64),
    replay_count          INTEGER       NOT NULL DEFAULT 0 CHECK (replay_count >= 0),
    UNIQUE (dlt_topic, dlt_partition, dlt_offset)
);

CREATE INDEX dead_letter_pending_idx ON dead_letter (topic, id) WHERE replayed_at IS NULL;
CREATE INDEX dead_letter_topic_idx ON dead_letter (topic, id DESC);

-- A complaint whose risk scoring was dead-lettered: its case shows "assessment failed" until an assessment arrives.
-- No foreign key to complaint_case: the dead letter may be read before the case is opened.
CREATE TABLE assessment_failure (
    complaint_id   VARCHAR(64)   PRIMARY KEY,
    reason         VARCHAR(1000) NOT NULL,
    failed_at      TIMESTAMPTZ   NOT NULL,
    dead_letter_id BIGINT        REFERENCES dead_letter (id)
);

-- The inbox takes alerts other than SLA ones: to a role (audience ROLE, recipient OPERATIONS), of a kind such as
-- ASSESSMENT_FAILED, with a reason. The SLA columns stay for SLA alerts and are empty for the others.
ALTER TABLE inbox_alert
    ALTER COLUMN clock DROP NOT NULL,
    ALTER COLUMN threshold DROP NOT NULL,
    ALTER COLUMN assigned_group DROP NOT NULL,
    ALTER COLUMN passed_at DROP NOT NULL,
    ALTER COLUMN due_at DROP NOT NULL,
    ALTER COLUMN complaint_id DROP NOT NULL,
    ALTER COLUMN kind TYPE VARCHAR(32),
    ADD COLUMN reason VARCHAR(1000);

ALTER TABLE inbox_item DROP CONSTRAINT inbox_item_audience_check;
ALTER TABLE inbox_item ADD CONSTRAINT inbox_item_audience_check
    CHECK (audience IN ('USER', 'GROUP', 'GROUP_SUPERVISORS', 'ROLE'));
