-- The rules the SLA figures count in SQL, each defined once here and called by the rollup trigger's sla_figures_of and
-- by the open-case counts of SlaMetricsRepository (their Java homes are named on each; SlaParityIT checks that both
-- agree on the same cases). IMMUTABLE SQL functions of one expression, so PostgreSQL inlines them into the queries.

-- The on-time rule (OnTimeRule): something done, or looked at, at an instant is on time at or before the due time.
CREATE FUNCTION sla_on_time(at TIMESTAMPTZ, due_at TIMESTAMPTZ) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT at <= due_at
$$;

-- The resolution clock's due time as of an instant (PausableClock.dueAt): due_at counts the pauses that ended; a
-- current pause extends it by the time paused so far, but the pauses together count at most max_pause.
CREATE FUNCTION sla_resolution_due_at(due_at TIMESTAMPTZ, base_due_at TIMESTAMPTZ, paused_since TIMESTAMPTZ,
        max_pause INTERVAL, at TIMESTAMPTZ) RETURNS TIMESTAMPTZ
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN paused_since IS NULL THEN due_at
                ELSE LEAST(due_at + GREATEST(at - paused_since, INTERVAL '0'), base_due_at + max_pause) END
$$;

-- "Proxy driven" (org.complaintsuite.model.ProxyDriven): the proxy levels the router sends to ANTI_FRAUD. SlaParityIT
-- fails when this list and the Java type disagree.
CREATE FUNCTION sla_proxy_driven(proxy_level VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT proxy_level IN ('HIGH', 'CRITICAL')
$$;

-- V5's figures, the same counts written with the rules above (a clock met on time, late, or stopped by a withdrawal
-- after it was due). The rows already rolled up stay right: every expression gives what V5's gave.
CREATE OR REPLACE FUNCTION sla_figures_of(c complaint_case) RETURNS SETOF sla_case_figures
    LANGUAGE sql STABLE AS $$
    SELECT (c.received_at AT TIME ZONE 'Asia/Shanghai')::DATE,
           c.channel,
           c.assigned_group,
           1,
           (sla_on_time(c.first_contacted_at, c.first_contact_due_at) IS TRUE)::INTEGER,
           ((NOT sla_on_time(c.first_contacted_at, c.first_contact_due_at)) IS TRUE)::INTEGER,
           ((c.first_contacted_at IS NULL AND NOT sla_on_time(c.withdrawn_at, c.first_contact_due_at)) IS TRUE)::INTEGER,
           (sla_on_time(c.resolved_at, c.resolution_due_at) IS TRUE)::INTEGER,
           ((NOT sla_on_time(c.resolved_at, c.resolution_due_at)) IS TRUE)::INTEGER,
           ((c.resolved_at IS NULL AND NOT sla_on_time(c.withdrawn_at, c.resolution_due_at)) IS TRUE)::INTEGER,
           (sla_on_time(c.resolved_at, c.regulator_due_at) IS TRUE)::INTEGER,
           ((NOT sla_on_time(c.resolved_at, c.regulator_due_at)) IS TRUE)::INTEGER,
           ((c.resolved_at IS NULL AND NOT sla_on_time(c.withdrawn_at, c.regulator_due_at)) IS TRUE)::INTEGER,
           ((c.satisfaction = 'SATISFIED') IS TRUE)::INTEGER,
           ((c.satisfaction = 'DISSATISFIED') IS TRUE)::INTEGER,
           (sla_proxy_driven(c.proxy_level) IS TRUE)::INTEGER,
           (c.repeat_of IS NOT NULL)::INTEGER,
           CASE WHEN c.first_contacted_at IS NOT NULL
                THEN sla_duration_bucket(EXTRACT(EPOCH FROM c.first_contacted_at - c.received_at)::DOUBLE PRECISION) END,
           CASE WHEN c.resolved_at IS NOT NULL
                THEN sla_duration_bucket(EXTRACT(EPOCH FROM c.resolved_at - c.received_at)::DOUBLE PRECISION) END
$$;
