-- A batch of complaint events (CaseEventBatches) opens and re-routes hundreds of cases in one transaction. Applied row
-- by row, V5's trigger would lock the same few rollup rows (today, channel, group) early in every such transaction and
-- in the order of its events, so that concurrent batches wait on each other for their whole length or deadlock. In a
-- transaction that calls sla_rollup_defer() the trigger only notes each case's figures in a temporary table, and
-- sla_rollup_flush() adds them up and writes them once per rollup row, in one order (day, channel, group), just
-- before the commit. Every other transaction writes the rollup at once, as before; the figures are the same.

CREATE FUNCTION sla_rollup_defer() RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.sla_rollup_pending') IS NULL THEN
        CREATE TEMPORARY TABLE sla_rollup_pending (
            figures   sla_case_figures NOT NULL,
            sign      INTEGER          NOT NULL,
            durations BOOLEAN          NOT NULL
        ) ON COMMIT DELETE ROWS;
    END IF;
    PERFORM set_config('workflow.sla_rollup_deferred', 'on', true);
END;
$$;

-- Writes what the transaction noted since sla_rollup_defer(), and writes at once again from here on.
CREATE FUNCTION sla_rollup_flush() RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    total sla_case_figures;
    pending RECORD;
BEGIN
    PERFORM set_config('workflow.sla_rollup_deferred', 'off', true);
    IF to_regclass('pg_temp.sla_rollup_pending') IS NULL THEN
        RETURN;
    END IF;
    FOR total IN
        SELECT (p.figures).day, (p.figures).channel, (p.figures).assigned_group,
               sum(p.sign * (p.figures).received), sum(p.sign * (p.figures).first_contact_on_time),
               sum(p.sign * (p.figures).first_contact_late), sum(p.sign * (p.figures).first_contact_stopped_overdue),
               sum(p.sign * (p.figures).resolution_on_time), sum(p.sign * (p.figures).resolution_late),
               sum(p.sign * (p.figures).resolution_stopped_overdue), sum(p.sign * (p.figures).regulator_on_time),
               sum(p.sign * (p.figures).regulator_late), sum(p.sign * (p.figures).regulator_stopped_overdue),
               sum(p.sign * (p.figures).satisfied), sum(p.sign * (p.figures).dissatisfied),
               sum(p.sign * (p.figures).proxy_driven), sum(p.sign * (p.figures).repeats), NULL, NULL
        FROM sla_rollup_pending p
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
    LOOP
        PERFORM sla_rollup_add(total, 1, false);
    END LOOP;
    -- the durations, rare in a batch of events (a re-routed case already contacted or resolved), one case at a time:
    -- their counters were written above, so only the histograms are added here
    FOR pending IN
        SELECT p.figures, p.sign FROM sla_rollup_pending p
        WHERE p.durations AND ((p.figures).first_contact_bucket IS NOT NULL OR (p.figures).resolution_bucket IS NOT NULL)
        ORDER BY (p.figures).day, (p.figures).channel, (p.figures).assigned_group
    LOOP
        total := pending.figures;
        total.received := 0;
        total.first_contact_on_time := 0;
        total.first_contact_late := 0;
        total.first_contact_stopped_overdue := 0;
        total.resolution_on_time := 0;
        total.resolution_late := 0;
        total.resolution_stopped_overdue := 0;
        total.regulator_on_time := 0;
        total.regulator_late := 0;
        total.regulator_stopped_overdue := 0;
        total.satisfied := 0;
        total.dissatisfied := 0;
        total.proxy_driven := 0;
        total.repeats := 0;
        PERFORM sla_rollup_add(total, pending.sign, true);
    END LOOP;
    DELETE FROM sla_rollup_pending;
END;
$$;

-- V5's trigger, writing through sla_rollup_note: at once, or noted while the transaction defers the rollup.
CREATE FUNCTION sla_rollup_note(f sla_case_figures, sign INTEGER, durations BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('workflow.sla_rollup_deferred', true) = 'on' THEN
        INSERT INTO sla_rollup_pending (figures, sign, durations) VALUES (f, sign, durations);
    ELSE
        PERFORM sla_rollup_add(f, sign, durations);
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION sla_rollup_case_changed() RETURNS trigger
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
        PERFORM sla_rollup_note(before_change, -1, durations);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM sla_rollup_note(after_change, 1, durations);
    END IF;
    RETURN NULL;
END;
$$;
