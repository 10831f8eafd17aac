-- SLA metrics (docs/workflow-service.md, "SLA metrics"). What no longer changes about a case once it happened (it was
-- received, its clocks met on time or late, or stopped by a withdrawal after they were due, the customer's answer,
-- the proxy flag, the repeat link) is counted in one row per Beijing day of receipt, channel and group; how long
-- first contact and resolution took, in duration histograms per day, channel and group, per day, and per month,
-- channel and group (so that a year reads a few hundred histograms, not thousands). Triggers on complaint_case keep
-- both up to date. What changes with the passing
-- of time alone (an open clock becoming overdue, about to breach) is counted at query time from the open cases,
-- which a partial index keeps apart from the millions of finished ones.

-- Durations (time to first contact, time to resolution) are counted in 146 buckets: 1 = under a minute, then eight
-- buckets per doubling from one minute (bucket k covers [60 s * 2^((k-2)/8), 60 s * 2^((k-1)/8))), the last one
-- (146) everything from 2^18 minutes (182 days) on. A percentile read from them is within 4.5 % of the exact one.
CREATE FUNCTION sla_duration_bucket(seconds DOUBLE PRECISION) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN seconds < 60 THEN 1
                ELSE LEAST(146, 2 + floor(8 * ln(seconds / 60.0) / ln(2.0))::INTEGER) END
$$;

CREATE FUNCTION sla_histogram_add(histogram INTEGER[], bucket INTEGER, n INTEGER) RETURNS INTEGER[]
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    IF bucket IS NOT NULL THEN
        histogram[bucket] := histogram[bucket] + n;
    END IF;
    RETURN histogram;
END;
$$;

-- What one case adds to its rollup row: 1 or 0 per counter, and the bucket of each duration (null: not yet).
CREATE TYPE sla_case_figures AS (
    day                           DATE,
    channel                       VARCHAR(16),
    assigned_group                VARCHAR(32),
    received                      INTEGER,
    first_contact_on_time         INTEGER,
    first_contact_late            INTEGER,
    first_contact_stopped_overdue INTEGER,
    resolution_on_time            INTEGER,
    resolution_late               INTEGER,
    resolution_stopped_overdue    INTEGER,
    regulator_on_time             INTEGER,
    regulator_late                INTEGER,
    regulator_stopped_overdue     INTEGER,
    satisfied                     INTEGER,
    dissatisfied                  INTEGER,
    proxy_driven                  INTEGER,
    repeats                       INTEGER,
    first_contact_bucket          INTEGER,
    resolution_bucket             INTEGER
);

-- The one definition of the counted figures, used by the triggers and by sla_rollup_rebuild() alike. A set-returning
-- SQL function of a single SELECT, so that PostgreSQL inlines it into the rebuild's scan.
-- A clock is met on time at or before its due time (resolution_due_at counts the pauses, and is final once resolved
-- or withdrawn); a clock the customer's withdrawal stopped counts as a breach only if it was already overdue then.
CREATE FUNCTION sla_figures_of(c complaint_case) RETURNS SETOF sla_case_figures
    LANGUAGE sql STABLE AS $$
    SELECT (c.received_at AT TIME ZONE 'Asia/Shanghai')::DATE,
           c.channel,
           c.assigned_group,
           1,
           ((c.first_contacted_at <= c.first_contact_due_at) IS TRUE)::INTEGER,
           ((c.first_contacted_at > c.first_contact_due_at) IS TRUE)::INTEGER,
           ((c.first_contacted_at IS NULL AND c.withdrawn_at > c.first_contact_due_at) IS TRUE)::INTEGER,
           ((c.resolved_at <= c.resolution_due_at) IS TRUE)::INTEGER,
           ((c.resolved_at > c.resolution_due_at) IS TRUE)::INTEGER,
           ((c.resolved_at IS NULL AND c.withdrawn_at > c.resolution_due_at) IS TRUE)::INTEGER,
           ((c.resolved_at <= c.regulator_due_at) IS TRUE)::INTEGER,
           ((c.resolved_at > c.regulator_due_at) IS TRUE)::INTEGER,
           ((c.resolved_at IS NULL AND c.withdrawn_at > c.regulator_due_at) IS TRUE)::INTEGER,
           ((c.satisfaction = 'SATISFIED') IS TRUE)::INTEGER,
           ((c.satisfaction = 'DISSATISFIED') IS TRUE)::INTEGER,
           ((c.proxy_level IN ('HIGH', 'CRITICAL')) IS TRUE)::INTEGER,
           (c.repeat_of IS NOT NULL)::INTEGER,
           CASE WHEN c.first_contacted_at IS NOT NULL
                THEN sla_duration_bucket(EXTRACT(EPOCH FROM c.first_contacted_at - c.received_at)::DOUBLE PRECISION) END,
           CASE WHEN c.resolved_at IS NOT NULL
                THEN sla_duration_bucket(EXTRACT(EPOCH FROM c.resolved_at - c.received_at)::DOUBLE PRECISION) END
$$;

CREATE TABLE sla_daily_rollup (
    day                           DATE        NOT NULL,
    channel                       VARCHAR(16) NOT NULL,
    assigned_group                VARCHAR(32) NOT NULL,
    received                      INTEGER     NOT NULL DEFAULT 0,
    first_contact_on_time         INTEGER     NOT NULL DEFAULT 0,
    first_contact_late            INTEGER     NOT NULL DEFAULT 0,
    first_contact_stopped_overdue INTEGER     NOT NULL DEFAULT 0,
    resolution_on_time            INTEGER     NOT NULL DEFAULT 0,
    resolution_late               INTEGER     NOT NULL DEFAULT 0,
    resolution_stopped_overdue    INTEGER     NOT NULL DEFAULT 0,
    regulator_on_time             INTEGER     NOT NULL DEFAULT 0,
    regulator_late                INTEGER     NOT NULL DEFAULT 0,
    regulator_stopped_overdue     INTEGER     NOT NULL DEFAULT 0,
    satisfied                     INTEGER     NOT NULL DEFAULT 0,
    dissatisfied                  INTEGER     NOT NULL DEFAULT 0,
    proxy_driven                  INTEGER     NOT NULL DEFAULT 0,
    repeats                       INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel, assigned_group)
);

-- Duration histograms (element k = bucket k) of the cases received in a period: grain 'D' a Beijing day, 'M' a
-- month (period = its first day); channel and assigned_group '' when the row counts every channel and group (kept
-- for grain 'D' only, for the breakdown by day).
CREATE TABLE sla_duration_histogram (
    grain          CHAR(1)     NOT NULL CHECK (grain IN ('D', 'M')),
    period         DATE        NOT NULL,
    channel        VARCHAR(16) NOT NULL,
    assigned_group VARCHAR(32) NOT NULL,
    first_contact  INTEGER[]   NOT NULL DEFAULT array_fill(0, ARRAY[146]),
    resolution     INTEGER[]   NOT NULL DEFAULT array_fill(0, ARRAY[146]),
    PRIMARY KEY (grain, period, channel, assigned_group)
);

-- plpgsql rather than SQL: it caches the statements' plans, where a SQL function would be planned again per row.
CREATE FUNCTION sla_rollup_add(f sla_case_figures, sign INTEGER, durations BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    month DATE := date_trunc('month', f.day)::DATE;
BEGIN
    INSERT INTO sla_daily_rollup AS r (day, channel, assigned_group, received, first_contact_on_time,
            first_contact_late, first_contact_stopped_overdue, resolution_on_time, resolution_late,
            resolution_stopped_overdue, regulator_on_time, regulator_late, regulator_stopped_overdue, satisfied,
            dissatisfied, proxy_driven, repeats)
    VALUES (f.day, f.channel, f.assigned_group, sign * f.received, sign * f.first_contact_on_time,
            sign * f.first_contact_late, sign * f.first_contact_stopped_overdue, sign * f.resolution_on_time,
            sign * f.resolution_late, sign * f.resolution_stopped_overdue, sign * f.regulator_on_time,
            sign * f.regulator_late, sign * f.regulator_stopped_overdue, sign * f.satisfied, sign * f.dissatisfied,
            sign * f.proxy_driven, sign * f.repeats)
    ON CONFLICT (day, channel, assigned_group) DO UPDATE SET
        received = r.received + EXCLUDED.received,
        first_contact_on_time = r.first_contact_on_time + EXCLUDED.first_contact_on_time,
        first_contact_late = r.first_contact_late + EXCLUDED.first_contact_late,
        first_contact_stopped_overdue = r.first_contact_stopped_overdue + EXCLUDED.first_contact_stopped_overdue,
        resolution_on_time = r.resolution_on_time + EXCLUDED.resolution_on_time,
        resolution_late = r.resolution_late + EXCLUDED.resolution_late,
        resolution_stopped_overdue = r.resolution_stopped_overdue + EXCLUDED.resolution_stopped_overdue,
        regulator_on_time = r.regulator_on_time + EXCLUDED.regulator_on_time,
        regulator_late = r.regulator_late + EXCLUDED.regulator_late,
        regulator_stopped_overdue = r.regulator_stopped_overdue + EXCLUDED.regulator_stopped_overdue,
        satisfied = r.satisfied + EXCLUDED.satisfied,
        dissatisfied = r.dissatisfied + EXCLUDED.dissatisfied,
        proxy_driven = r.proxy_driven + EXCLUDED.proxy_driven,
        repeats = r.repeats + EXCLUDED.repeats;
    IF durations AND (f.first_contact_bucket IS NOT NULL OR f.resolution_bucket IS NOT NULL) THEN
        -- always in this order (day and group, day, month and group), so that two cases cannot lock them crosswise
        INSERT INTO sla_duration_histogram AS h (grain, period, channel, assigned_group, first_contact, resolution)
        VALUES ('D', f.day, f.channel, f.assigned_group,
                sla_histogram_add(array_fill(0, ARRAY[146]), f.first_contact_bucket, sign),
                sla_histogram_add(array_fill(0, ARRAY[146]), f.resolution_bucket, sign)),
               ('D', f.day, '', '',
                sla_histogram_add(array_fill(0, ARRAY[146]), f.first_contact_bucket, sign),
                sla_histogram_add(array_fill(0, ARRAY[146]), f.resolution_bucket, sign)),
               ('M', month, f.channel, f.assigned_group,
                sla_histogram_add(array_fill(0, ARRAY[146]), f.first_contact_bucket, sign),
                sla_histogram_add(array_fill(0, ARRAY[146]), f.resolution_bucket, sign))
        ON CONFLICT (grain, period, channel, assigned_group) DO UPDATE SET
            first_contact = sla_histogram_add(h.first_contact, f.first_contact_bucket, sign),
            resolution = sla_histogram_add(h.resolution, f.resolution_bucket, sign);
    END IF;
END;
$$;

-- A change that leaves the case's figures as they were (an assignment, a pause, the alert scan) writes nothing; one
-- that changes them takes the case out of its old rows and adds it to its new ones (a re-routing moves it). The
-- histograms are written only when a duration or the case's day, channel or group changed.
CREATE FUNCTION sla_rollup_case_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    before_change sla_case_figures;
    after_change  sla_case_figures;
    durations     BOOLEAN := TRUE;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT * INTO before_change FROM sla_figures_of(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT * INTO after_change FROM sla_figures_of(NEW);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF before_change IS NOT DISTINCT FROM after_change THEN
            RETURN NULL;
        END IF;
        durations := (before_change.day, before_change.channel, before_change.assigned_group,
                      before_change.first_contact_bucket, before_change.resolution_bucket)
                     IS DISTINCT FROM (after_change.day, after_change.channel, after_change.assigned_group,
                                       after_change.first_contact_bucket, after_change.resolution_bucket);
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM sla_rollup_add(before_change, -1, durations);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM sla_rollup_add(after_change, 1, durations);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER sla_rollup_case_inserted
    AFTER INSERT OR DELETE ON complaint_case
    FOR EACH ROW EXECUTE FUNCTION sla_rollup_case_changed();

CREATE TRIGGER sla_rollup_case_updated
    AFTER UPDATE OF received_at, channel, assigned_group, first_contacted_at, first_contact_due_at, resolved_at,
        resolution_due_at, regulator_due_at, withdrawn_at, satisfaction, proxy_level, repeat_of
    ON complaint_case
    FOR EACH ROW EXECUTE FUNCTION sla_rollup_case_changed();

CREATE FUNCTION sla_rollup_cases_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE sla_daily_rollup, sla_duration_histogram;
    RETURN NULL;
END;
$$;

CREATE TRIGGER sla_rollup_cases_truncated
    AFTER TRUNCATE ON complaint_case
    FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_cases_truncated();

-- Computes the rollup and the histograms again from complaint_case: here for the cases that exist, and after a bulk
-- load that went around the triggers. Returns the rollup rows written.
CREATE FUNCTION sla_rollup_rebuild() RETURNS BIGINT
    LANGUAGE plpgsql AS $$
DECLARE
    written BIGINT;
BEGIN
    LOCK TABLE complaint_case IN SHARE MODE;
    DELETE FROM sla_daily_rollup;
    DELETE FROM sla_duration_histogram;
    INSERT INTO sla_daily_rollup (day, channel, assigned_group, received, first_contact_on_time, first_contact_late,
            first_contact_stopped_overdue, resolution_on_time, resolution_late, resolution_stopped_overdue,
            regulator_on_time, regulator_late, regulator_stopped_overdue, satisfied, dissatisfied, proxy_driven,
            repeats)
    SELECT f.day, f.channel, f.assigned_group, sum(f.received), sum(f.first_contact_on_time),
           sum(f.first_contact_late), sum(f.first_contact_stopped_overdue), sum(f.resolution_on_time),
           sum(f.resolution_late), sum(f.resolution_stopped_overdue), sum(f.regulator_on_time), sum(f.regulator_late),
           sum(f.regulator_stopped_overdue), sum(f.satisfied), sum(f.dissatisfied), sum(f.proxy_driven),
           sum(f.repeats)
    FROM complaint_case c CROSS JOIN LATERAL sla_figures_of(c) f
    GROUP BY f.day, f.channel, f.assigned_group;
    GET DIAGNOSTICS written = ROW_COUNT;

    CREATE TEMPORARY TABLE sla_rebuild_counts AS
    SELECT f.day, f.channel, f.assigned_group, f.first_contact_bucket, f.resolution_bucket, count(*)::INTEGER AS n
    FROM complaint_case c CROSS JOIN LATERAL sla_figures_of(c) f
    WHERE f.first_contact_bucket IS NOT NULL OR f.resolution_bucket IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO sla_duration_histogram (grain, period, channel, assigned_group, first_contact, resolution)
    WITH cells AS (
        SELECT g.grain, g.period, g.channel, g.assigned_group, 'F' AS clock, c.first_contact_bucket AS bucket, c.n
        FROM sla_rebuild_counts c
        CROSS JOIN LATERAL (VALUES ('D', c.day, c.channel, c.assigned_group), ('D', c.day, '', ''),
                                   ('M', date_trunc('month', c.day)::DATE, c.channel, c.assigned_group))
            g(grain, period, channel, assigned_group)
        WHERE c.first_contact_bucket IS NOT NULL
        UNION ALL
        SELECT g.grain, g.period, g.channel, g.assigned_group, 'R', c.resolution_bucket, c.n
        FROM sla_rebuild_counts c
        CROSS JOIN LATERAL (VALUES ('D', c.day, c.channel, c.assigned_group), ('D', c.day, '', ''),
                                   ('M', date_trunc('month', c.day)::DATE, c.channel, c.assigned_group))
            g(grain, period, channel, assigned_group)
        WHERE c.resolution_bucket IS NOT NULL),
    sums AS (
        SELECT grain, period, channel, assigned_group, clock, bucket, sum(n)::INTEGER AS n
        FROM cells GROUP BY 1, 2, 3, 4, 5, 6),
    keys AS (SELECT DISTINCT grain, period, channel, assigned_group FROM sums)
    SELECT k.grain, k.period, k.channel, k.assigned_group,
           array_agg(coalesce(f.n, 0) ORDER BY b.bucket), array_agg(coalesce(r.n, 0) ORDER BY b.bucket)
    FROM keys k
    CROSS JOIN generate_series(1, 146) b(bucket)
    LEFT JOIN sums f ON f.clock = 'F' AND f.grain = k.grain AND f.period = k.period AND f.channel = k.channel
                    AND f.assigned_group = k.assigned_group AND f.bucket = b.bucket
    LEFT JOIN sums r ON r.clock = 'R' AND r.grain = k.grain AND r.period = k.period AND r.channel = k.channel
                    AND r.assigned_group = k.assigned_group AND r.bucket = b.bucket
    GROUP BY k.grain, k.period, k.channel, k.assigned_group;
    DROP TABLE sla_rebuild_counts;
    RETURN written;
END;
$$;

SELECT sla_rollup_rebuild();

-- The open cases (no resolution yet, not withdrawn), with what the query-time figures read: a few thousand index
-- entries however many finished cases the table holds.
CREATE INDEX complaint_case_open_idx ON complaint_case (received_at)
    INCLUDE (channel, assigned_group, first_contacted_at, first_contact_due_at, resolution_due_at,
             resolution_base_due_at, resolution_paused_since, regulator_due_at)
    WHERE resolved_at IS NULL AND withdrawn_at IS NULL;
