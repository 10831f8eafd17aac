-- What an agent needs to work a case (docs/workflow-service.md, "A case"): what the complaint says and who made it,
-- the risk signals with their evidence, the supervisors' decisions, and who read the personal data.

-- The complaint's content, as intake normalized it. Personal data: name, phone, e-mail and address in clear (the
-- agent calls or writes to the customer); the ID number only in its masked form (its keyed hash stays with intake
-- and risk scoring). Every read through the API is recorded in personal_data_access. Free text is TEXT: a complaint
-- must never fail to become a case because a field is longer than expected.
CREATE TABLE case_content (
    complaint_id           VARCHAR(64) PRIMARY KEY REFERENCES complaint_case (complaint_id),
    customer_text          TEXT        NOT NULL,
    original_text          TEXT        NOT NULL,
    agent_summary          TEXT,
    demands                TEXT,
    business_category      TEXT,
    regulator_deadline     DATE,
    customer_id            TEXT,
    customer_name          TEXT,
    customer_phone         TEXT,
    customer_email         TEXT,
    customer_address       TEXT,
    customer_id_masked     TEXT,
    representative         JSONB,
    conversation           JSONB       NOT NULL DEFAULT '[]',
    attachments            JSONB       NOT NULL DEFAULT '[]',
    normalization_warnings JSONB       NOT NULL DEFAULT '[]'
);

-- The signals behind the current assessment, with their evidence, and the ring its proxy signals name.
ALTER TABLE risk_assessment
    ADD COLUMN escalation_signals JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN proxy_signals      JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN ring_id            VARCHAR(128);

CREATE INDEX risk_assessment_ring_idx ON risk_assessment (ring_id) WHERE ring_id IS NOT NULL;

-- A case merged into another (closed as its duplicate), and a group a supervisor chose (automatic routing no longer
-- moves the case).
ALTER TABLE complaint_case
    ADD COLUMN merged_into  VARCHAR(64),
    ADD COLUMN group_set_by VARCHAR(64);

CREATE INDEX complaint_case_repeat_of_idx ON complaint_case (repeat_of) WHERE repeat_of IS NOT NULL;
CREATE INDEX complaint_case_merged_into_idx ON complaint_case (merged_into) WHERE merged_into IS NOT NULL;

-- Supervisors' reviews of proxy flags; the latest of a case is in force. A review is published to
-- cases.proxy-reviews (for risk scoring) by the relay, which sets published_at once the broker acknowledged it.
CREATE TABLE proxy_review (
    event_id     UUID         PRIMARY KEY,
    complaint_id VARCHAR(64)  NOT NULL REFERENCES complaint_case (complaint_id),
    customer_key VARCHAR(128) NOT NULL,
    decision     VARCHAR(16)  NOT NULL CHECK (decision IN ('CONFIRMED', 'DISMISSED')),
    ring_id      VARCHAR(128),
    reviewer     VARCHAR(64)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    reviewed_at  TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ
);

CREATE INDEX proxy_review_case_idx ON proxy_review (complaint_id, reviewed_at DESC);
CREATE INDEX proxy_review_reviewed_idx ON proxy_review (reviewed_at);
CREATE INDEX proxy_review_unpublished_idx ON proxy_review (reviewed_at) WHERE published_at IS NULL;

-- Extensions of a regulator transfer's deadline (Order No. 3: 15 days, extendable to 30, then with approval to 60):
-- requested by one person, approved or rejected by another, a supervisor. At most one request pending per case.
CREATE TABLE regulator_extension (
    id              BIGSERIAL    PRIMARY KEY,
    complaint_id    VARCHAR(64)  NOT NULL REFERENCES complaint_case (complaint_id),
    days            INTEGER      NOT NULL CHECK (days IN (30, 60)),
    reason          VARCHAR(500) NOT NULL,
    requested_by    VARCHAR(64)  NOT NULL,
    requested_at    TIMESTAMPTZ  NOT NULL,
    approved        BOOLEAN,
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMPTZ,
    decision_reason VARCHAR(500),
    CHECK ((decided_at IS NULL) = (approved IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)),
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);

CREATE UNIQUE INDEX regulator_extension_pending_idx ON regulator_extension (complaint_id) WHERE decided_at IS NULL;
CREATE INDEX regulator_extension_case_idx ON regulator_extension (complaint_id, id);

-- Who read a case's personal data, when (PIPL: access to personal data is auditable). Rows are only ever added.
CREATE TABLE personal_data_access (
    id           BIGSERIAL   PRIMARY KEY,
    complaint_id VARCHAR(64) NOT NULL,
    actor        VARCHAR(64) NOT NULL,
    action       VARCHAR(32) NOT NULL,
    accessed_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX personal_data_access_case_idx ON personal_data_access (complaint_id, accessed_at);
CREATE INDEX personal_data_access_actor_idx ON personal_data_access (actor, accessed_at);
CREATE INDEX personal_data_access_time_idx ON personal_data_access (accessed_at);

CREATE FUNCTION personal_data_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'personal_data_access is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER personal_data_access_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON personal_data_access
    FOR EACH STATEMENT EXECUTE FUNCTION personal_data_access_append_only();
