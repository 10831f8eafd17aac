package org.complaintsuite.workflow.sla;

import java.time.Instant;

/**
 * The on-time rule (domain brief §4): a clock is on time at an instant at or before its due time, and overdue from
 * the first instant after it. A clock met then was met on time; a clock still open then is not yet overdue. The
 * due time is the clock's own (pauses counted, see {@link PausableClock#dueAt}).
 * <p>
 * The SLA figures count the same rule in SQL for speed: the function {@code sla_on_time} (migration V11), which the
 * rollup trigger's {@code sla_figures_of} and the open-case counts of {@code SlaMetricsRepository} call;
 * {@code SlaParityIT} runs both on the same cases.
 */
public final class OnTimeRule {

    private OnTimeRule() {
    }

    /** Whether something done (or looked at) {@code at} is within a clock due at {@code dueAt}. */
    public static boolean onTime(Instant at, Instant dueAt) {
        return !at.isAfter(dueAt);
    }
}
