-- Which supervisor each agent reports to, kept by operations (PUT /api/v1/agents/{agentId}): the quality check's
-- findings about an agent's words go to this supervisor's inbox.
CREATE TABLE agent_roster (
    agent_id   VARCHAR(64) PRIMARY KEY,
    supervisor VARCHAR(64) NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by VARCHAR(64) NOT NULL
);

-- What the quality check of agents' words found (quality.findings), one row per finding, and the supervisor's review.
CREATE TABLE quality_finding (
    finding_id         UUID          PRIMARY KEY,
    conversation_id    VARCHAR(64)   NOT NULL,
    conversation_kind  VARCHAR(16)   NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    source             VARCHAR(16)   NOT NULL,
    external_reference VARCHAR(200)  NOT NULL,
    conversation_at    TIMESTAMPTZ   NOT NULL,
    category           VARCHAR(32)   NOT NULL,
    rule               VARCHAR(64)   NOT NULL,
    description        VARCHAR(300)  NOT NULL,
    agent_id           VARCHAR(64),
    -- the roster's supervisor of the agent when the finding arrived; null: it went to the supervisors of
    -- workflow.quality.unrostered-group
    supervisor         VARCHAR(64),
    turn               INTEGER       NOT NULL,
    said_at            TIMESTAMPTZ,
    -- the agent's turn, ID numbers masked; emptied with the evidence's quotes after the retention period
    words              TEXT,
    evidence           JSONB,
    received_at        TIMESTAMPTZ   NOT NULL,
    reviewed_at        TIMESTAMPTZ,
    reviewed_by        VARCHAR(64),
    verdict            VARCHAR(16),
    review_note        VARCHAR(2000)
);
CREATE INDEX quality_finding_received_idx ON quality_finding (received_at DESC);
CREATE INDEX quality_finding_unreviewed_idx ON quality_finding (received_at DESC) WHERE reviewed_at IS NULL;
CREATE INDEX quality_finding_agent_idx ON quality_finding (agent_id, received_at DESC);
